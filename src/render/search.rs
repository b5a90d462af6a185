//! The client-side search index: every source paragraph and every summary entry, written as a
//! script (`search-index.js`) rather than JSON so it loads from `file://` as well as any host.
//!
//! Each text is written once. A source carries its id, publisher, title and paragraphs; a
//! summary entry (a casualty figure, a statement, an earlier event) quotes a sentence of a
//! paragraph, so it points into that paragraph (source, paragraph, UTF-16 offset and length,
//! as JavaScript counts) instead of repeating it, and carries its text only when the sentence
//! is not found there (a statement that runs on over several paragraphs). Entries are listed
//! by kind, and name their title by number, so a speaker with a hundred statements is written
//! once, not a hundred times. The theme's
//! `search.js` expands this into one entry per source, paragraph and summary entry.
//!
//! That JSON is then deflated and written as one base64 string, which the browser inflates
//! (`DecompressionStream`) before the first search: the paragraphs are the whole site's text
//! again, and compressed they take about a third of the room (39 KB → 17 KB on the seeds). A
//! `<script>` still loads it, so it works from `file://`, where no page may fetch a file.

use std::collections::HashMap;

use anyhow::Result;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use serde::Serialize;

use crate::briefing::Briefing;
use crate::extract::Cite;
use crate::output::FileSink;

/// `search-index.js`'s data.
#[derive(Debug, Serialize)]
struct Index<'a> {
    sources: Vec<Source<'a>>,
    /// Every summary entry's title once ("Charles Michel (European Union)" heads each of his
    /// statements); entries name theirs by number.
    titles: Vec<String>,
    /// The summary entries, by kind.
    entries: Entries<'a>,
}

/// A source: `[id, publisher, title, [[block id, text], …]]`.
type Source<'a> = (&'a str, &'a str, &'a str, Vec<(&'a str, &'a str)>);

/// The summary entries of each kind.
#[derive(Debug, Default, Serialize)]
struct Entries<'a> {
    casualty: Vec<Entry<'a>>,
    reaction: Vec<Entry<'a>>,
    background: Vec<Entry<'a>>,
}

/// One summary entry: `[title, source, paragraph, offset, length]`;
/// `[title, source, paragraph, text]` when the text is not in the paragraph; or
/// `[title, link, text]` when the paragraph is not in the index. `title` numbers a title of
/// `Index::titles`.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Entry<'a> {
    Span(usize, usize, usize, usize, usize),
    Text(usize, usize, usize, &'a str),
    Link(usize, String, &'a str),
}

/// `search-index.js`, defining `window.BRIEF_SEARCH_INDEX` as the index's JSON, deflated
/// (raw, RFC 1951) and in base64.
pub fn write_search_index(b: &Briefing, out: &dyn FileSink) -> Result<()> {
    let index = search_index(b);
    // Serialised, deflated and put in base64 as it is written: neither the deflated index
    // nor its base64 (21 and 28 MB at 10,000 articles) is held whole.
    out.stream(std::path::Path::new("search-index.js"), &mut |w| {
        w.write_all(b"window.BRIEF_SEARCH_INDEX = \"")?;
        let mut text = Base64Writer::new(&mut *w);
        // The default level: at 2,000 articles 0.8% larger than `best()` and a third less of
        // the build's longest serial job.
        let deflate = DeflateEncoder::new(&mut text, Compression::default());
        // serde_json writes a few bytes at a time; the encoder is fed in large pieces instead.
        // (Emptied by `into_inner`, not `flush`, which would make the encoder flush a block.)
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, deflate);
        serde_json::to_writer(&mut buffered, &index)?;
        let deflate = buffered.into_inner().map_err(|e| e.into_error())?;
        deflate.finish()?;
        text.finish()?;
        w.write_all(b"\";\n")?;
        Ok(())
    })
}

/// Writes what it is given in base64 (as `base64` would, the whole at once) to `inner`.
struct Base64Writer<W: std::io::Write> {
    inner: W,
    /// The last bytes given, short of a group of three.
    pending: Vec<u8>,
}

impl<W: std::io::Write> Base64Writer<W> {
    fn new(inner: W) -> Self {
        Base64Writer {
            inner,
            pending: Vec::with_capacity(3),
        }
    }

    /// Writes the last bytes, padded.
    fn finish(mut self) -> std::io::Result<()> {
        let tail = base64(&self.pending);
        self.inner.write_all(tail.as_bytes())
    }
}

impl<W: std::io::Write> std::io::Write for Base64Writer<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let whole = self.pending.len() / 3 * 3;
        let text = base64(&self.pending[..whole]);
        self.inner.write_all(text.as_bytes())?;
        self.pending.drain(..whole);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn base64(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(DIGITS[(n >> (18 - 6 * k) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn search_index(b: &Briefing) -> Index<'_> {
    let sources = b
        .sources
        .iter()
        .map(|s| {
            let paragraphs = s
                .paragraphs
                .iter()
                .map(|p| (p.block.id.as_str(), p.block.text.as_str()))
                .collect();
            (
                s.id.as_str(),
                s.publisher_display.as_str(),
                s.title.as_str(),
                paragraphs,
            )
        })
        .collect();
    let places = ParagraphPlaces::new(b);
    let mut titles = Titles::default();
    let mut entries = Entries::default();
    for c in &b.casualties {
        let title = titles.number(format!("{} ({})", c.figures, c.publisher));
        entries.casualty.push(places.entry(title, &c.claim.cite));
    }
    for r in &b.reactions {
        let who = match &r.claim.affiliation {
            Some(a) if *a != r.claim.actor => format!("{} ({a})", r.claim.actor),
            _ => r.claim.actor.clone(),
        };
        entries
            .reaction
            .push(places.entry(titles.number(who), &r.claim.cite));
    }
    for e in &b.background {
        let title = titles.number(format!("{} — {}", e.claim.when, e.publisher));
        entries.background.push(places.entry(title, &e.claim.cite));
    }
    Index {
        sources,
        titles: titles.list,
        entries,
    }
}

/// The entries' titles, each kept once, numbered in the order first met.
#[derive(Default)]
struct Titles {
    list: Vec<String>,
    numbers: HashMap<String, usize>,
}

impl Titles {
    fn number(&mut self, title: String) -> usize {
        if let Some(&n) = self.numbers.get(&title) {
            return n;
        }
        let n = self.list.len();
        self.list.push(title.clone());
        self.numbers.insert(title, n);
        n
    }
}

/// Where each cited paragraph sits in the index (source and paragraph numbers), and where in
/// it each cited sentence starts, in UTF-16 code units.
struct ParagraphPlaces<'a> {
    by_cite: HashMap<(&'a str, &'a str), (usize, usize)>,
    /// The first place of each cited sentence in its paragraph; a sentence not found there
    /// has none. Found once per paragraph for all its sentences together: searching the
    /// paragraph once per claim, and counting UTF-16 units up to each find, was quadratic in
    /// a paragraph of thousands of cited sentences (a seed that is one long paragraph).
    starts: HashMap<(&'a str, &'a str, &'a str), usize>,
}

impl<'a> ParagraphPlaces<'a> {
    fn new(b: &'a Briefing) -> ParagraphPlaces<'a> {
        let mut by_cite = HashMap::new();
        let mut texts = HashMap::new();
        for (si, s) in b.sources.iter().enumerate() {
            for (pi, p) in s.paragraphs.iter().enumerate() {
                let key = (s.id.as_str(), p.block.id.as_str());
                by_cite.insert(key, (si, pi));
                texts.insert(key, p.block.text.as_str());
            }
        }
        let cites = b
            .casualties
            .iter()
            .map(|c| &c.claim.cite)
            .chain(b.reactions.iter().map(|r| &r.claim.cite))
            .chain(b.background.iter().map(|e| &e.claim.cite));
        let mut sentences: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
        for cite in cites {
            let list = sentences
                .entry((cite.source.as_str(), cite.block.as_str()))
                .or_default();
            if !list.contains(&cite.sentence.as_str()) {
                list.push(cite.sentence.as_str());
            }
        }
        let mut starts = HashMap::new();
        for ((source, block), list) in sentences {
            let Some(text) = texts.get(&(source, block)) else {
                continue;
            };
            for (sentence, at) in list.iter().zip(first_places(text, &list)) {
                if let Some(at) = at {
                    starts.insert((source, block, *sentence), at);
                }
            }
        }
        ParagraphPlaces { by_cite, starts }
    }

    /// The entry for a claim citing `cite`, under title number `title`.
    fn entry(&self, title: usize, cite: &'a Cite) -> Entry<'a> {
        let key = (cite.source.as_str(), cite.block.as_str());
        let Some(&(si, pi)) = self.by_cite.get(&key) else {
            return Entry::Link(title, crate::briefing::href(cite), &cite.sentence);
        };
        match self.starts.get(&(key.0, key.1, cite.sentence.as_str())) {
            Some(&at) => Entry::Span(title, si, pi, at, utf16_len(&cite.sentence)),
            None => Entry::Text(title, si, pi, &cite.sentence),
        }
    }
}

/// Where each of `sentences` first occurs in `text`, in UTF-16 code units (as `str::find`
/// would find it, then counted), all in one pass over the text.
fn first_places(text: &str, sentences: &[&str]) -> Vec<Option<usize>> {
    // Most paragraphs have one or two cited sentences: finding each directly gives the same
    // places without building an automaton per paragraph (5% of a 2,000-article build).
    if sentences.len() <= FIND_EACH_MAX {
        return find_each(text, sentences);
    }
    let mut found: Vec<Option<usize>> = vec![None; sentences.len()];
    // A non-contiguous NFA: built in time and room linear in the sentences (the automatic
    // choice may build a DFA, hundreds of states per byte of pattern).
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(sentences)
    else {
        // Too many or too long to build an automaton: one search each.
        return find_each(text, sentences);
    };
    let mut left = sentences.len();
    // Overlapping matches come in the order they end; for one sentence (one length) that is
    // the order they start, so the first match of each is its leftmost.
    for m in automaton.find_overlapping_iter(text) {
        let slot = &mut found[m.pattern().as_usize()];
        if slot.is_none() {
            *slot = Some(m.start());
            left -= 1;
            if left == 0 {
                break;
            }
        }
    }
    // Byte offsets to UTF-16 ones, counting the text once, in order.
    let mut order: Vec<usize> = (0..found.len()).filter(|&i| found[i].is_some()).collect();
    order.sort_by_key(|&i| found[i]);
    let (mut byte, mut units) = (0, 0);
    for i in order {
        if let Some(at) = found[i] {
            units += utf16_len(&text[byte..at]);
            byte = at;
            found[i] = Some(units);
        }
    }
    found
}

/// A text's length as JavaScript counts it (UTF-16 code units).
/// The most sentences of one paragraph `first_places` looks for one at a time; past it, one
/// pass of an automaton over the paragraph costs less than a pass for each.
const FIND_EACH_MAX: usize = 8;

/// Where each sentence first occurs in `text`, in UTF-16 code units, one search each.
fn find_each(text: &str, sentences: &[&str]) -> Vec<Option<usize>> {
    sentences
        .iter()
        .map(|s| text.find(s).map(|at| utf16_len(&text[..at])))
        .collect()
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_as_javascript_does() {
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("é’"), 2);
        assert_eq!(utf16_len("😀"), 2);
    }

    #[test]
    fn each_sentence_is_placed_where_it_first_occurs() {
        let text = "Ab é. Cd! Ab é. 😀 Ef.";
        let sentences = ["Cd!", "Ab é.", "😀 Ef.", "Gh."];
        let expected: Vec<_> = sentences
            .iter()
            .map(|s| text.find(s).map(|at| utf16_len(&text[..at])))
            .collect();
        assert_eq!(first_places(text, &sentences), expected);
        assert_eq!(expected, [Some(6), Some(0), Some(16), None]);
    }

    #[test]
    fn many_sentences_of_one_paragraph_are_placed_as_one_at_a_time() {
        let text = "One é. Two! One é. 😀 Three. Four. Five. Six. Seven. Eight. Nine.";
        let sentences = [
            "Nine.",
            "Two!",
            "One é.",
            "😀 Three.",
            "Four.",
            "Five.",
            "Six.",
            "Seven.",
            "Eight.",
            "Ten.",
        ];
        assert!(sentences.len() > FIND_EACH_MAX);
        assert_eq!(first_places(text, &sentences), find_each(text, &sentences));
    }

    #[test]
    fn base64_written_in_pieces_is_the_whole_in_base64() {
        use std::io::Write as _;
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        for piece in [1, 2, 3, 4, 7, 64] {
            let mut out = Vec::new();
            let mut w = Base64Writer::new(&mut out);
            for chunk in bytes.chunks(piece) {
                w.write_all(chunk).unwrap();
            }
            w.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), base64(&bytes));
        }
    }

    #[test]
    fn base64_pads_as_atob_expects() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }
}
