//! A saved web page as the text a person pastes from it: every block of the body (headings,
//! paragraphs, list items, table cells, captions) on a line of its own, scripts, styles and
//! form controls dropped, as a browser's select-all gives it. The line classifier judges this
//! text as it judges a pasted seed; `tools/corpus_lines.py` renders the labelled pages the
//! same way for fitting and measuring.

use std::borrow::Cow;

use dom_query::{Document, NodeRef};

/// Elements whose start and end break the line, as a browser lays them out.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
    "option",
];

/// Elements whose text a person never pastes (`page_furniture` leaves them out of its
/// counts too).
pub(crate) const DROPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "head", "template", "svg", "iframe", "object", "embed",
    "select", "textarea", "button", "input", "map", "canvas", "audio", "video", "math",
];

/// The page with a `<title>` that is never closed closed at the end of its line. An HTML
/// parser reads everything after an unclosed title as the title's text, so a page saved
/// truncated or mangled there would have no body at all for the extractor or the classifier.
pub fn close_open_title(html: &str) -> Cow<'_, str> {
    let lower = html.to_ascii_lowercase();
    let Some(start) = lower.find("<title") else {
        return Cow::Borrowed(html);
    };
    if closes_title(&lower[start..]) {
        return Cow::Borrowed(html);
    }
    let Some(open_end) = lower[start..].find('>').map(|i| start + i + 1) else {
        return Cow::Borrowed(html);
    };
    let end = lower[open_end..]
        .find(['\n', '<'])
        .map_or(html.len(), |i| open_end + i);
    let mut fixed = String::with_capacity(html.len() + 8);
    fixed.push_str(&html[..end]);
    fixed.push_str("</title>");
    fixed.push_str(&html[end..]);
    Cow::Owned(fixed)
}

/// Whether the (lowercased) text holds an end tag the parser takes as the title's: `</title`
/// then `>`, a space or `/` (a mangled `</titlevalue="…"` closes nothing).
fn closes_title(lower: &str) -> bool {
    lower.match_indices("</title").any(|(i, m)| {
        lower[i + m.len()..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
    })
}

/// The page without its comment threads: elements whose id or class names comments (the
/// markup of comment systems, not words of the text).
pub fn drop_comment_threads(html: &str) -> String {
    let doc = Document::from(html);
    if !remove_comment_threads(&doc) {
        return html.to_string();
    }
    doc.html().to_string()
}

/// The page without its comment threads nor the furniture its markup shows by structure
/// (`page_furniture`): what the extractor and the classifier read.
pub fn drop_page_furniture(html: &str) -> String {
    let doc = Document::from(html);
    let threads = remove_comment_threads(&doc);
    let furniture = crate::page_furniture::remove_page_furniture(&doc);
    if !threads && !furniture {
        return html.to_string();
    }
    doc.html().to_string()
}

/// Removes from `doc` the elements whose id or class names comments; whether any were.
fn remove_comment_threads(doc: &Document) -> bool {
    let threads = doc.select(r#"[id*="comment" i], [class*="comment" i]"#);
    let mut dropped = false;
    for node in threads.nodes() {
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        // A page, or an article, flagged as having comments is not a thread.
        if matches!(name.as_str(), "html" | "body" | "main" | "article")
            || !node.find(&["h1"]).is_empty()
            || !node.find(&["article"]).is_empty()
        {
            continue;
        }
        node.remove_from_parent();
        dropped = true;
    }
    dropped
}

/// The page as a Markdown seed without front matter: its title as the first paragraph (the
/// document's `<title>`, else its first block), then every block of the body a paragraph.
pub fn page_as_text(html: &str) -> String {
    let lines = page_lines(html);
    let title = Document::from(html)
        .select("title")
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    if !title.is_empty() {
        out.push_str(&title);
        out.push_str("\n\n");
    }
    for line in lines {
        out.push_str(&line);
        out.push_str("\n\n");
    }
    out
}

/// The body's blocks, one a line, spaces collapsed, empty blocks left out.
pub fn page_lines(html: &str) -> Vec<String> {
    let doc = Document::from(html);
    let body = doc.select("body");
    let Some(root) = body.nodes().first().cloned() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let mut current = String::new();
    // An explicit stack, so a deep page costs memory, not the call stack.
    let mut stack: Vec<Step> = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave => flush(&mut current, &mut lines),
            Step::Enter(node) => enter(&node, &mut current, &mut lines, &mut stack),
        }
    }
    flush(&mut current, &mut lines);
    lines
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    /// The end of a block element: the line breaks.
    Leave,
}

fn enter<'a>(
    node: &NodeRef<'a>,
    current: &mut String,
    lines: &mut Vec<String>,
    stack: &mut Vec<Step<'a>>,
) {
    if node.is_text() {
        current.push_str(&node.text());
        return;
    }
    if !node.is_element() {
        return;
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if DROPPED_TAGS.contains(&name.as_str()) {
        return;
    }
    let block = BLOCK_TAGS.contains(&name.as_str());
    if block {
        flush(current, lines);
        stack.push(Step::Leave);
    }
    // Children in reverse, so that the stack gives them back in document order.
    stack.extend(node.children_it(true).map(Step::Enter));
}

fn flush(current: &mut String, lines: &mut Vec<String>) {
    let line = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !line.is_empty() {
        lines.push(line);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_block_is_a_line_and_inline_markup_joins_its_words() {
        let lines = page_lines(
            "<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a>News</a></nav>\
             <p>Rescuers <b>found</b> 14 people.</p><ul><li>One</li><li>Two</li></ul></body></html>",
        );
        assert_eq!(
            lines,
            ["Home News", "Rescuers found 14 people.", "One", "Two"]
        );
    }

    #[test]
    fn scripts_styles_and_buttons_are_not_pasted() {
        let lines = page_lines(
            "<body><script>track()</script><style>p{}</style><button>Share</button><p>Text.</p></body>",
        );
        assert_eq!(lines, ["Text."]);
    }

    #[test]
    fn a_title_never_closed_does_not_swallow_the_page() {
        let page = "<html><head><title>Gaza crossings closed - Ne\n<script>x()</script></head>\
                    <body><p>The crossings were closed on Friday.</p></body></html>";
        let lines = page_lines(&close_open_title(page));
        assert_eq!(lines, ["The crossings were closed on Friday."]);
    }

    #[test]
    fn a_mangled_end_tag_does_not_close_the_title() {
        let page =
            "<title>Oil - News</titlevalue=\"true\" --> <body><p>Bush urged OPEC.</p></body>";
        assert_eq!(page_lines(&close_open_title(page)), ["Bush urged OPEC."]);
    }

    #[test]
    fn a_page_with_its_title_closed_is_left_as_it_is() {
        let page = "<title>A</title><p>B</p>";
        assert!(matches!(close_open_title(page), Cow::Borrowed(_)));
    }

    #[test]
    fn a_comment_thread_is_dropped_and_the_article_kept() {
        let page = "<html class='has-comments'><body><article class='commentable'><h1>Dam breaks</h1>\
                    <p>The dam broke.</p></article><div id='comments'><p>Great read!</p></div></body></html>";
        let lines = page_lines(&drop_comment_threads(page));
        assert_eq!(lines, ["Dam breaks", "The dam broke."]);
    }

    #[test]
    fn a_page_without_markup_is_its_text() {
        assert_eq!(page_lines("just words"), ["just words"]);
    }
}
