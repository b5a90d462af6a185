//! Template whitespace out of the written pages.
//!
//! Templates are indented for their authors, and a loop leaves a blank, indented line per
//! item: on the summary pages and the print edition of 2,000 sources that was 1.4 MB of
//! spaces. A browser shows a run of spaces and newlines between words or tags as at most one
//! space, so dropping the indentation at the start of a line and the empty lines changes
//! nothing a reader sees. The newline itself stays, so text split over lines keeps its space.
//! Inside `<pre>`, `<textarea>` and `<script>` whitespace is kept as it is.

use std::io::Write;

/// Elements whose content keeps its whitespace: the opening tag's name, and its closing tag.
const RAW: [(&[u8], &[u8]); 3] = [
    (b"<pre", b"</pre>"),
    (b"<textarea", b"</textarea>"),
    (b"<script", b"</script>"),
];

/// A writer that passes HTML through without the indentation at the start of its lines or
/// its empty lines (see the module's comment).
pub struct TrimLines<'a> {
    inner: &'a mut dyn Write,
    /// Right after a newline written: spaces and tabs are indentation, another newline an
    /// empty line.
    line_start: bool,
    /// The closing tag that ends the raw element we are in, if any.
    raw_until: Option<&'static [u8]>,
    /// The last 16 bytes written, lowercased, the latest in the low byte: enough to know
    /// the raw elements' tags however the writes split them, at a shift per byte.
    tail: u128,
    /// Inside a tag's name (`<pre`), which is followed byte by byte; the rest of the page
    /// is copied a run at a time.
    in_name: bool,
    out: Vec<u8>,
}

/// Whether the bytes in `tail` end with `tag`.
fn ends_with(tail: u128, tag: &[u8]) -> bool {
    let want = tag.iter().fold(0u128, |acc, &b| (acc << 8) | u128::from(b));
    let mask = if tag.len() >= 16 {
        u128::MAX
    } else {
        (1u128 << (8 * tag.len())) - 1
    };
    tail & mask == want
}

impl<'a> TrimLines<'a> {
    pub fn new(inner: &'a mut dyn Write) -> Self {
        TrimLines {
            inner,
            line_start: false,
            raw_until: None,
            tail: 0,
            in_name: false,
            out: Vec::new(),
        }
    }

    /// Takes one byte: keeps it, or drops it as indentation or an empty line.
    fn take(&mut self, b: u8) {
        if self.line_start && matches!(b, b' ' | b'\t' | b'\n') {
            return;
        }
        self.out.push(b);
        self.remember(b);
        self.line_start = b == b'\n' && self.raw_until.is_none();
    }

    /// Follows the tags written so far: entering or leaving a raw element.
    fn remember(&mut self, b: u8) {
        let before = self.tail;
        self.tail = (self.tail << 8) | u128::from(b.to_ascii_lowercase());
        match self.raw_until {
            Some(close) if b == b'>' && ends_with(self.tail, close) => self.raw_until = None,
            Some(_) => {}
            // An opening tag is known once the byte after its name is: `<pre>` or
            // `<pre class=…>`, not `<prefix>`.
            None if matches!(b, b'>' | b' ' | b'\t' | b'\n' | b'/') => {
                if let Some((_, close)) = RAW.iter().find(|(open, _)| ends_with(before, open)) {
                    self.raw_until = Some(close);
                }
            }
            None => {}
        }
    }
}

impl Write for TrimLines<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.clear();
        self.out.reserve(buf.len());
        let mut i = 0;
        while i < buf.len() {
            if self.raw_until.is_none() && !self.line_start && !self.in_name {
                // Text and attributes up to the next newline or tag: nothing to drop, and of
                // its bytes only the last few matter to the tags after it.
                let run = buf[i..]
                    .iter()
                    .position(|&b| b == b'\n' || b == b'<')
                    .unwrap_or(buf.len() - i);
                if run > 0 {
                    let chunk = &buf[i..i + run];
                    self.out.extend_from_slice(chunk);
                    for &b in &chunk[chunk.len().saturating_sub(16)..] {
                        self.tail = (self.tail << 8) | u128::from(b.to_ascii_lowercase());
                    }
                    i += run;
                    continue;
                }
            }
            let b = buf[i];
            self.take(b);
            self.in_name = b == b'<' || (self.in_name && b.is_ascii_alphanumeric());
            i += 1;
        }
        self.inner.write_all(&self.out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(pieces: &[&str]) -> String {
        let mut out = Vec::new();
        let mut t = TrimLines::new(&mut out);
        for p in pieces {
            t.write_all(p.as_bytes()).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn indentation_and_empty_lines_go() {
        assert_eq!(
            trimmed(&["<ul>\n    \n  <li>a</li>\n\n\n  <li>b</li>\n</ul>\n"]),
            "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
        );
    }

    #[test]
    fn words_split_over_lines_keep_their_space() {
        assert_eq!(trimmed(&["<p>one\n   two</p>"]), "<p>one\ntwo</p>");
    }

    #[test]
    fn preformatted_text_keeps_its_whitespace() {
        let pre = "<pre class=\"highlight\">{\n  \"a\": 1\n\n}</pre>\n  <p>x</p>";
        assert_eq!(
            trimmed(&[pre]),
            "<pre class=\"highlight\">{\n  \"a\": 1\n\n}</pre>\n<p>x</p>"
        );
    }

    #[test]
    fn a_tag_split_over_writes_is_still_recognised() {
        assert_eq!(
            trimmed(&["<pr", "e>\n  a\n</p", "re>\n  b"]),
            "<pre>\n  a\n</pre>\nb"
        );
    }

    #[test]
    fn a_tag_that_only_begins_like_pre_is_trimmed() {
        assert_eq!(trimmed(&["<preview>\n  a"]), "<preview>\na");
    }

    #[test]
    fn a_tag_name_split_over_writes_is_still_recognised() {
        assert_eq!(
            trimmed(&["x <", "p", "re", ">\n  a</pre>\n  b"]),
            "x <pre>\n  a</pre>\nb"
        );
    }

    #[test]
    fn spaces_inside_a_line_stay() {
        assert_eq!(trimmed(&["<p>a  b</p> <a>c</a>"]), "<p>a  b</p> <a>c</a>");
    }
}
