//! A writer that passes a rendered page through and, where one of its marks stands, has the
//! part it stands for written instead: the print edition's sections and its appendix, each
//! rendered on its own with only the long list it reads (see `render_site`).

use std::io::Write;

use anyhow::Result;

/// What was written before the marks so far, kept for the handler (the print edition's
/// appendix looks in it for the paragraphs the text quotes whole); `None` when not kept.
pub type Body = Option<Vec<u8>>;

/// Passes what is written to `inner`, replacing each mark of `marks` by what `handle` writes
/// for it (a mark may arrive split over several writes).
pub struct MarksAt<'a, F> {
    inner: &'a mut dyn Write,
    marks: &'a [String],
    /// The longest mark's length, and the bytes marks begin with.
    longest: usize,
    firsts: Vec<u8>,
    finder: aho_corasick::AhoCorasick,
    handle: F,
    /// Bytes that may be the start of a mark, held until the next write tells.
    pending: Vec<u8>,
    /// The handler's error, which `Write` cannot carry.
    failed: Option<anyhow::Error>,
    body: Body,
}

impl<'a, F: FnMut(usize, &mut Body, &mut dyn Write) -> Result<()>> MarksAt<'a, F> {
    /// `keep_body`: keep what is written for the handler. `handle` gets the mark's index in
    /// `marks`, the body and where to write.
    pub fn new(inner: &'a mut dyn Write, marks: &'a [String], keep_body: bool, handle: F) -> Self {
        MarksAt {
            inner,
            marks,
            longest: marks.iter().map(String::len).max().unwrap_or(0),
            firsts: marks.iter().filter_map(|m| m.bytes().next()).collect(),
            // Marks are a few short fixed strings; building them cannot fail, and if it did
            // the page would only be passed through unchanged.
            finder: aho_corasick::AhoCorasick::new(marks).unwrap_or_else(|_| {
                aho_corasick::AhoCorasick::new([] as [&str; 0]).expect("no patterns")
            }),
            handle,
            pending: Vec::new(),
            failed: None,
            body: keep_body.then(Vec::new),
        }
    }

    /// Writes `data`, which holds no mark.
    fn write_body(&mut self, data: &[u8]) -> std::io::Result<()> {
        if let Some(body) = &mut self.body {
            body.extend_from_slice(data);
        }
        self.inner.write_all(data)
    }

    /// Writes what was held back; the handler's error, if it failed.
    pub fn finish(mut self) -> Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.inner.write_all(&self.pending)?;
        Ok(())
    }

    fn pass(&mut self, mut data: &[u8]) -> std::io::Result<()> {
        while let Some(found) = self.finder.find(data) {
            self.write_body(&data[..found.start()])?;
            let mark = found.pattern().as_usize();
            if let Err(e) = (self.handle)(mark, &mut self.body, &mut *self.inner) {
                self.failed = Some(e);
                return Err(std::io::Error::other("a part of the page failed"));
            }
            data = &data[found.end()..];
        }
        // Hold back the longest end of `data` that could begin a mark. Tera writes a page a
        // few bytes at a time, so only a byte that begins some mark is looked at further.
        let tail = data.len().saturating_sub(self.longest.saturating_sub(1));
        let held = (tail..data.len())
            .find(|&i| {
                self.firsts.contains(&data[i])
                    && self
                        .marks
                        .iter()
                        .any(|m| m.as_bytes().starts_with(&data[i..]))
            })
            .unwrap_or(data.len());
        self.write_body(&data[..held])?;
        self.pending = data[held..].to_vec();
        Ok(())
    }
}

impl<F: FnMut(usize, &mut Body, &mut dyn Write) -> Result<()>> Write for MarksAt<'_, F> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            self.pass(buf)?;
        } else {
            let mut data = std::mem::take(&mut self.pending);
            data.extend_from_slice(buf);
            self.pass(&data)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks() -> Vec<String> {
        vec!["<!-- brief: a -->".into(), "<!-- brief: bb -->".into()]
    }

    /// The page written in the given pieces; each mark is replaced by `[index: body so far]`.
    fn written_in(pieces: &[&str]) -> String {
        let marks = marks();
        let mut out = Vec::new();
        let mut split = MarksAt::new(&mut out, &marks, true, |i, body: &mut Body, w| {
            let body = String::from_utf8(body.clone().unwrap_or_default()).unwrap();
            Ok(write!(w, "[{i}:{body}]")?)
        });
        for p in pieces {
            split.write_all(p.as_bytes()).unwrap();
        }
        split.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_part_stands_where_its_mark_was() {
        assert_eq!(
            written_in(&["<h1>A</h1><!-- brief: bb --><p>x</p><!-- brief: a --></section>"]),
            "<h1>A</h1>[1:<h1>A</h1>]<p>x</p>[0:<h1>A</h1><p>x</p>]</section>"
        );
    }

    #[test]
    fn a_mark_split_over_writes_is_still_found() {
        assert_eq!(
            written_in(&["<p>x</p><", "!-- bri", "ef: a -", "-><p>y</p>"]),
            "<p>x</p>[0:<p>x</p>]<p>y</p>"
        );
    }

    #[test]
    fn text_that_only_begins_like_a_mark_is_kept() {
        assert_eq!(
            written_in(&["<p>a</p><!-- b", "rief -->", "<!"]),
            "<p>a</p><!-- brief --><!"
        );
    }
}
