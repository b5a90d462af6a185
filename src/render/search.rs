//! The client-side search index: every source paragraph and every summary entry, written as a
//! script (`search-index.js`) rather than JSON so it loads from `file://` as well as any host.

use serde::Serialize;

use std::io::Write;

use anyhow::Result;

use crate::briefing::Briefing;
use crate::output::FileSink;

/// One searchable entry.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    /// What it is: "source", "paragraph", "casualty", "reaction", "background".
    k: &'static str,
    /// Title shown in results.
    t: String,
    /// Link from the site root.
    u: String,
    /// Text searched and shown.
    x: &'a str,
}

/// `search-index.js`, defining `window.BRIEF_SEARCH_INDEX`.
pub fn write_search_index(b: &Briefing, out: &dyn FileSink) -> Result<()> {
    let mut entries = Vec::new();
    for s in &b.sources {
        let title = format!("{} — {}", s.publisher_display, s.title);
        entries.push(Entry {
            k: "source",
            t: title.clone(),
            u: format!("sources/{}/index.html", s.id),
            x: &s.title,
        });
        for p in &s.paragraphs {
            entries.push(Entry {
                k: "paragraph",
                t: title.clone(),
                u: format!("sources/{}/index.html#{}", s.id, p.block.id),
                x: &p.block.text,
            });
        }
    }
    for c in &b.casualties {
        entries.push(Entry {
            k: "casualty",
            t: format!("{} ({})", c.figures, c.publisher),
            u: c.href.clone(),
            x: &c.claim.cite.sentence,
        });
    }
    for r in &b.reactions {
        let who = match &r.claim.affiliation {
            Some(a) if *a != r.claim.actor => format!("{} ({a})", r.claim.actor),
            _ => r.claim.actor.clone(),
        };
        entries.push(Entry {
            k: "reaction",
            t: who,
            u: r.href.clone(),
            x: &r.claim.cite.sentence,
        });
    }
    for e in &b.background {
        entries.push(Entry {
            k: "background",
            t: format!("{} — {}", e.claim.when, e.publisher),
            u: e.href.clone(),
            x: &e.claim.cite.sentence,
        });
    }
    out.stream(std::path::Path::new("search-index.js"), &mut |w| {
        w.write_all(b"window.BRIEF_SEARCH_INDEX = ")?;
        serde_json::to_writer(EscapeLessThan(&mut *w), &entries)?;
        w.write_all(b";\n")?;
        Ok(())
    })
}

/// Writes JSON with every `<` as `\u003c`, so `</script>` in a text cannot close the script
/// early. (`<` only ever occurs inside JSON strings, where the escape means the same.)
struct EscapeLessThan<W>(W);

impl<W: Write> Write for EscapeLessThan<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for (i, part) in buf.split(|&b| b == b'<').enumerate() {
            if i > 0 {
                self.0.write_all(b"\\u003c")?;
            }
            self.0.write_all(part)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}
