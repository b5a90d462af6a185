//! A bound on how deeply a saved web page's elements nest, applied before the page is parsed.
//!
//! dom_smoothie walks the tree recursively and measures each node's text and links again at
//! every level above it, so its time grows with the square of the depth and its stack with the
//! depth: 100,000 nested `<div>`s overflowed the stack and killed the whole build (issue 14).
//! Real pages nest a few dozen levels. Here one linear pass over the markup drops the tags of
//! elements opened deeper than a limit (their text stays, in their parent), so the parser never
//! sees a deeper tree.

use std::borrow::Cow;
use std::collections::HashMap;

/// How deep elements may nest; news pages rarely pass 60 levels.
pub const MAX_HTML_DEPTH: usize = 256;

/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose end tag may be left out (a new `<p>` or `<li>` closes the open one), and the
/// document's own frame: a parser never nests them inside themselves, so they are not counted.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements holding raw text up to their end tag in HTML (not inside SVG or MathML): markup
/// inside them is not markup. `noscript` is not one: whether it is depends on the parser, and
/// counting too much only flattens, where counting too little lets a deep page through.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose content is SVG or MathML, where the raw-text elements are ordinary.
const FOREIGN: &[&str] = &["svg", "math"];

/// The page with every tag opened deeper than `max_depth` (and its end tag) left out, and how
/// many elements were flattened so; the page itself when none were.
pub fn flatten_deep_nesting(html: &str, max_depth: usize) -> (Cow<'_, str>, usize) {
    let mut scan = Scan {
        html,
        out: String::new(),
        copied_to: 0,
        open: Vec::new(),
        dropped: HashMap::new(),
        unclosed: Vec::new(),
        flattened: 0,
    };
    scan.run(max_depth);
    if scan.flattened == 0 {
        return (Cow::Borrowed(html), 0);
    }
    scan.out.push_str(&html[scan.copied_to..]);
    (Cow::Owned(scan.out), scan.flattened)
}

struct Scan<'a> {
    html: &'a str,
    out: String,
    /// Bytes of `html` before this are in `out` (or dropped).
    copied_to: usize,
    /// Open counted elements, innermost last; never longer than the limit.
    open: Vec<String>,
    /// Elements past the limit whose end tag has not come yet, by name.
    dropped: HashMap<String, usize>,
    /// Raw-text elements with no end tag anywhere after one of them: looking again would
    /// read the rest of the page once per such tag (quadratic).
    unclosed: Vec<String>,
    flattened: usize,
}

impl Scan<'_> {
    fn run(&mut self, max_depth: usize) {
        let bytes = self.html.as_bytes();
        let mut at = 0;
        while let Some(lt) = self.html[at..].find('<').map(|i| at + i) {
            let rest = &bytes[lt + 1..];
            let next = match rest.first() {
                Some(b'!') if rest.starts_with(b"!--") => comment_end(self.html, lt),
                Some(b'!' | b'?') => find_from(self.html, lt, ">", 1),
                Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => {
                    let end = start_tag_end(bytes, lt + 2);
                    if let Some(end) = end {
                        self.end_tag(lt, end);
                    }
                    end
                }
                Some(c) if c.is_ascii_alphabetic() => {
                    self.start_tag(lt, max_depth).map(|(end, name)| {
                        let raw = RAW_TEXT.contains(&name.as_str())
                            && !self.unclosed.contains(&name)
                            && !self.in_foreign();
                        // Without its end tag, the rest is scanned as markup: too much, not
                        // too little.
                        let content_end = raw.then(|| raw_text_end(self.html, end, &name));
                        if content_end == Some(None) {
                            self.unclosed.push(name);
                        }
                        content_end.flatten().unwrap_or(end)
                    })
                }
                _ => Some(lt + 1),
            };
            // An unterminated comment or tag runs to the end of the page.
            let Some(next) = next else { break };
            at = next;
        }
    }

    /// Inside an SVG or MathML element (as far as the scan can tell).
    fn in_foreign(&self) -> bool {
        self.open.iter().any(|n| FOREIGN.contains(&n.as_str()))
            || FOREIGN
                .iter()
                .any(|f| self.dropped.get(*f).is_some_and(|c| *c > 0))
    }

    /// Handles the start tag at `lt`; returns where it ends and its name.
    fn start_tag(&mut self, lt: usize, max_depth: usize) -> Option<(usize, String)> {
        let name = tag_name(&self.html[lt + 1..]);
        let end = start_tag_end(self.html.as_bytes(), lt + 1 + name.len())?;
        let counted = !VOID.contains(&name.as_str())
            && !OPTIONAL_END.contains(&name.as_str())
            && !RAW_TEXT.contains(&name.as_str());
        if counted {
            if self.open.len() < max_depth {
                self.open.push(name.clone());
            } else {
                *self.dropped.entry(name.clone()).or_default() += 1;
                self.flattened += 1;
                self.drop_range(lt, end);
            }
        }
        Some((end, name))
    }

    /// Handles the end tag `lt..end`: drops it when it closes a flattened element, else closes
    /// the innermost open element of its name (and any left open inside it).
    fn end_tag(&mut self, lt: usize, end: usize) {
        let name = tag_name(&self.html[lt + 2..]);
        if let Some(count) = self.dropped.get_mut(&name).filter(|c| **c > 0) {
            *count -= 1;
            self.drop_range(lt, end);
        } else if let Some(at) = self.open.iter().rposition(|n| *n == name) {
            self.open.truncate(at);
        }
    }

    /// Leaves `from..to` out of the page; a space keeps the words on either side apart.
    fn drop_range(&mut self, from: usize, to: usize) {
        self.out.push_str(&self.html[self.copied_to..from]);
        self.out.push(' ');
        self.copied_to = to;
    }
}

/// The lowercase tag name at the start of `s` (which follows `<` or `</`).
fn tag_name(s: &str) -> String {
    s.split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Just past the `>` closing a start tag whose attributes begin at `from`; quoted attribute
/// values may hold `>`.
fn start_tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut j = from;
    loop {
        match bytes.get(j)? {
            b'>' => return Some(j + 1),
            b'=' => {
                j += 1;
                while bytes.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = bytes.get(j) {
                    j += 1 + bytes.get(j + 1..)?.iter().position(|&b| b == q)?;
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
}

/// Just past the end of the comment opening at `lt`: `-->` or `--!>`, where `<!-->` and
/// `<!--->` are whole (empty) comments, as HTML parsers read them.
fn comment_end(html: &str, lt: usize) -> Option<usize> {
    let mut at = lt + 2;
    loop {
        let dashes = at + html.get(at..)?.find("--")?;
        let after = &html.as_bytes()[dashes + 2..];
        if after.starts_with(b">") {
            return Some(dashes + 3);
        }
        if after.starts_with(b"!>") {
            return Some(dashes + 4);
        }
        at = dashes + 1;
    }
}

/// Just past the first `needle` at or after `from`.
fn find_from(html: &str, from: usize, needle: &str, len: usize) -> Option<usize> {
    html.get(from..)?.find(needle).map(|i| from + i + len)
}

/// Just past the end tag closing the raw-text element `name` whose content starts at `from`.
fn raw_text_end(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut at = from;
    loop {
        let lt = at + html.get(at..)?.find("</")?;
        let after = lt + 2;
        let closes = bytes
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if closes {
            return find_from(html, after, ">", 1);
        }
        at = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_within_the_limit_is_left_as_it_is() {
        let page = "<html><body><div><p>One<p>Two</div><br><img src='a>b'></body></html>";
        let (out, flattened) = flatten_deep_nesting(page, 3);
        assert_eq!((out.as_ref(), flattened), (page, 0));
    }

    #[test]
    fn tags_past_the_limit_are_dropped_and_their_text_kept() {
        let page = "<div><div><div><b>deep</b> text</div></div></div><i>after</i>";
        let (out, flattened) = flatten_deep_nesting(page, 2);
        assert_eq!(flattened, 2);
        assert_eq!(out, "<div><div>  deep  text </div></div><i>after</i>");
    }

    #[test]
    fn markup_inside_scripts_and_comments_is_not_counted() {
        let page = "<div><script>'<div><div><div>'</script><!-- <div><div> --></div>";
        assert_eq!(flatten_deep_nesting(page, 1).1, 0);
    }

    #[test]
    fn a_hundred_thousand_levels_are_flattened_in_one_pass() {
        let page = "<div>".repeat(100_000) + "text" + &"</div>".repeat(100_000);
        let (out, flattened) = flatten_deep_nesting(&page, MAX_HTML_DEPTH);
        assert_eq!(flattened, 100_000 - MAX_HTML_DEPTH);
        assert_eq!(out.matches("<div>").count(), MAX_HTML_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_HTML_DEPTH);
    }

    #[test]
    fn an_empty_comment_does_not_hide_the_nesting_after_it() {
        let page = "<!-->".to_string() + &"<div>".repeat(10) + "-->";
        assert_eq!(flatten_deep_nesting(&page, 5).1, 5);
    }

    #[test]
    fn a_style_inside_svg_does_not_hide_the_nesting_after_it() {
        let page = "<svg><style>".to_string() + &"<div>".repeat(10) + "</style>";
        assert_eq!(flatten_deep_nesting(&page, 5).1, 6);
    }

    #[test]
    fn many_unclosed_titles_are_scanned_once() {
        let page = "<title>".repeat(50_000) + &"<div>".repeat(10);
        let started = std::time::Instant::now();
        assert_eq!(flatten_deep_nesting(&page, 5).1, 5);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }

    #[test]
    fn unterminated_tags_and_comments_end_the_scan_without_panicking() {
        for page in [
            "<div",
            "<div a='",
            "<!-- open",
            "<script>never closed",
            "</",
            "<",
            "é<",
        ] {
            flatten_deep_nesting(page, 1);
        }
    }
}
