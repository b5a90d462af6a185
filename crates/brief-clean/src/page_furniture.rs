//! Furniture a saved page's markup shows by its structure, never by its words, so the tests
//! hold on sites nobody looked at.
//!
//! Before the extractor reads the page: a comment thread laid out after an empty anchor named
//! for comments (`<a name="comments">`, where a "Read comments" link jumps), and asides.
//! Inside the article the extractor found: blocks whose words are mostly links (lists of other
//! stories, share buttons), the boxes of other stories' linked headlines, and photo captions
//! and credits; a table laying the page out becomes boxes, so each of its paragraphs is a
//! line the classifier judges on its own. Link blocks are looked for only inside the article:
//! taken out of the whole page, they change which part of it the extractor picks, and on the
//! labelled pages that cost more than it gave.
//!
//! Every pass is linear in the page (explicit stacks, one tally per element), so a page
//! nesting deep or weighing megabytes costs no more than it does to parse.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

use crate::page_text::DROPPED_TAGS;

/// Elements a block of links is made of: lists, boxes, table parts, paragraphs.
const LINK_BLOCKS: &[&str] = &[
    "ul", "ol", "dl", "div", "table", "tbody", "tr", "td", "section", "p", "span", "header",
    "footer", "nav", "aside",
];

/// Elements that break a run of text.
const BREAKS_RUN: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "section",
    "article",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
];

/// Parts of a table, renamed to boxes when the table only lays the page out.
const TABLE_PARTS: &[&str] = &["thead", "tbody", "tfoot", "tr", "td", "th", "caption"];

/// A block of links: at least this many links…
const LINK_BLOCK_MIN_LINKS: usize = 3;
/// …holding at least this share of its words…
const LINK_BLOCK_SHARE: f64 = 0.6;
/// …and no run of plain text this long (a paragraph of the story among its links).
const LINK_BLOCK_MAX_RUN: usize = 30;
/// A paragraph is a block of links only when its links are this short on average (buttons:
/// "Email", "Print", "Digg"), not a sentence naming linked things.
const BUTTON_WORDS: usize = 3;
/// A caption or credit is short; a box whose class says "caption" around more is a layout.
const CAPTION_MAX_WORDS: usize = 60;
/// A teaser of another story is a headline and a few sentences at most.
const TEASER_MAX_RUN: usize = 80;
/// A table cell holding this many words lays text out (a table of figures holds less).
const LAYOUT_CELL_WORDS: usize = 40;

/// Words, links and landmarks under one element.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    words: usize,
    link_words: usize,
    links: usize,
    /// Holds the page's headline, an `article` or a `main`: never furniture as a whole.
    landmark: bool,
    /// Words of the longest run of text outside links (a paragraph of the story).
    longest_run: usize,
    /// Headings whose every word is a link: the headlines of other stories.
    link_headings: usize,
    /// Holds a paragraph, a box, a list or a table (as a cell laying out a page does).
    holds_blocks: bool,
    /// Line breaks under it.
    breaks: usize,
}

/// Removes from the whole page, before the extractor reads it, a comment thread after its
/// marker and the asides; whether anything was removed.
pub fn remove_page_furniture(doc: &Document) -> bool {
    let threads = remove_after_comment_markers(doc);
    let Some(body) = body_of(doc) else {
        return threads;
    };
    let tallies = tally(&body);
    let asides = outermost(&body, |node| {
        name_of(node) == "aside" && tallies.get(&node.id).is_some_and(|t| !t.landmark)
    });
    remove_all(&asides);
    threads || !asides.is_empty()
}

/// The extracted article's HTML (dom_smoothie's `content`) as Markdown without the furniture
/// inside it and with its layout tables unwrapped; `None` when it has neither (its Markdown
/// is then dom_smoothie's own).
pub fn article_markdown(content: &str) -> Option<String> {
    let doc = Document::from(content);
    let body = body_of(&doc)?;
    let tallies = tally(&body);
    let furniture = outermost(&body, |node| is_article_furniture(node, &tallies));
    remove_all(&furniture);
    let unwrapped = unwrap_layout_tables(&body, &tally(&body));
    if furniture.is_empty() && !unwrapped {
        return None;
    }
    // dom_smoothie's content is one box (`#readability-page-1`) holding the article.
    let root = body.first_element_child().unwrap_or(body);
    Some(root.md(None).to_string())
}

fn body_of(doc: &Document) -> Option<NodeRef<'_>> {
    doc.select("body").nodes().first().cloned()
}

fn name_of(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

fn remove_all(nodes: &[NodeRef]) {
    for node in nodes {
        node.remove_from_parent();
    }
}

/// The elements under `root` that `doomed` picks, none inside another.
fn outermost<'a>(root: &NodeRef<'a>, doomed: impl Fn(&NodeRef<'a>) -> bool) -> Vec<NodeRef<'a>> {
    let mut found = Vec::new();
    let mut stack = vec![*root];
    while let Some(node) = stack.pop() {
        if doomed(&node) {
            found.push(node);
            continue;
        }
        stack.extend(node.children_it(true).filter(|c| c.is_element()));
    }
    found
}

/// Inside the article: a block of links, a box around another story's linked headline, or a
/// caption.
fn is_article_furniture(node: &NodeRef, tallies: &HashMap<NodeId, Tally>) -> bool {
    let Some(t) = tallies.get(&node.id) else {
        return false;
    };
    if t.landmark {
        return false;
    }
    let name = name_of(node);
    is_link_block(&name, t) || is_teaser(node, t, tallies) || is_caption(node, &name, t)
}

/// A list, box or row whose words are mostly links and that holds no paragraph: related
/// stories, section menus, share buttons.
fn is_link_block(name: &str, t: &Tally) -> bool {
    let buttons = !matches!(name, "p" | "span") || t.link_words <= BUTTON_WORDS * t.links;
    LINK_BLOCKS.contains(&name)
        && t.links >= LINK_BLOCK_MIN_LINKS
        && t.words > 0
        && t.link_words as f64 >= LINK_BLOCK_SHARE * t.words as f64
        && t.longest_run < LINK_BLOCK_MAX_RUN
        && buttons
}

/// One of a list of other stories: the box around one linked headline (and its teaser) in a
/// box holding several.
fn is_teaser(node: &NodeRef, t: &Tally, tallies: &HashMap<NodeId, Tally>) -> bool {
    t.link_headings == 1
        && t.longest_run < TEASER_MAX_RUN
        && node
            .parent()
            .and_then(|p| tallies.get(&p.id))
            .is_some_and(|p| p.link_headings >= 2)
}

/// A photo's caption or credit: `figcaption`, or a short element whose class or id names one.
fn is_caption(node: &NodeRef, name: &str, t: &Tally) -> bool {
    if name == "figcaption" {
        return true;
    }
    let names = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    )
    .to_ascii_lowercase();
    (names.contains("caption") || names.contains("credit")) && t.words <= CAPTION_MAX_WORDS
}

/// Every element's tally, children before parents, without recursion (a page may nest deep).
fn tally(root: &NodeRef) -> HashMap<NodeId, Tally> {
    let mut tallies: HashMap<NodeId, Tally> = HashMap::new();
    // (node, whether its children are tallied already)
    let mut stack = vec![(*root, false)];
    while let Some((node, expanded)) = stack.pop() {
        if !expanded {
            stack.push((node, true));
            let children = node.children_it(true).filter(|c| c.is_element());
            stack.extend(
                children
                    .filter(|c| !DROPPED_TAGS.contains(&name_of(c).as_str()))
                    .map(|c| (c, false)),
            );
            continue;
        }
        let name = name_of(&node);
        let own = tally_of(&node, &name, &tallies);
        tallies.insert(node.id, own);
    }
    tallies
}

/// One element's tally from its text and its children's tallies.
fn tally_of(node: &NodeRef, name: &str, tallies: &HashMap<NodeId, Tally>) -> Tally {
    let mut own = Tally {
        landmark: matches!(name, "h1" | "article" | "main" | "body" | "html"),
        breaks: usize::from(name == "br"),
        ..Tally::default()
    };
    let mut run = 0;
    for child in node.children_it(false) {
        if child.is_text() {
            let words = child.text().split_whitespace().count();
            own.words += words;
            run += words;
            continue;
        }
        let Some(c) = tallies.get(&child.id).copied() else {
            continue;
        };
        let child_name = name_of(&child);
        own.words += c.words;
        own.link_words += c.link_words;
        own.links += c.links;
        own.landmark |= c.landmark;
        own.link_headings += c.link_headings;
        own.breaks += c.breaks;
        own.holds_blocks |=
            c.holds_blocks || matches!(child_name.as_str(), "p" | "div" | "table" | "ul");
        own.longest_run = own.longest_run.max(c.longest_run);
        if c.link_words == 0 && !BREAKS_RUN.contains(&child_name.as_str()) {
            run += c.words;
        } else {
            own.longest_run = own.longest_run.max(run);
            run = 0;
        }
    }
    own.longest_run = own.longest_run.max(run);
    if name == "a" && node.has_attr("href") {
        own.links += 1;
        own.link_words = own.words;
        own.longest_run = 0;
    }
    if matches!(name, "h2" | "h3" | "h4" | "h5" | "h6")
        && own.words > 0
        && own.link_words == own.words
    {
        own.link_headings = 1;
    }
    own
}

/// Renames to `div`s the parts of every table that lays text out (a cell of its own, not a
/// nested table's, holding paragraphs, line breaks or a long text), so each of its blocks is
/// a line of its own rather than one Markdown table row holding the story and the menus
/// beside it; whether any was. A table of figures stays a table.
fn unwrap_layout_tables(root: &NodeRef, tallies: &HashMap<NodeId, Tally>) -> bool {
    // Each table part with the table it belongs to, found in one walk down.
    let mut parts: Vec<(NodeRef, NodeId)> = Vec::new();
    let mut tables: Vec<NodeRef> = Vec::new();
    let mut layout: HashSet<NodeId> = HashSet::new();
    let mut stack: Vec<(NodeRef, Option<NodeId>)> = vec![(*root, None)];
    while let Some((node, table)) = stack.pop() {
        let name = name_of(&node);
        let inner = if name == "table" {
            tables.push(node);
            Some(node.id)
        } else {
            if let (Some(t), true) = (table, TABLE_PARTS.contains(&name.as_str())) {
                parts.push((node, t));
                let cell = matches!(name.as_str(), "td" | "th");
                if cell && tallies.get(&node.id).is_some_and(lays_out) {
                    layout.insert(t);
                }
            }
            table
        };
        stack.extend(
            node.children_it(true)
                .filter(|c| c.is_element())
                .map(|c| (c, inner)),
        );
    }
    for (part, table) in &parts {
        if layout.contains(table) {
            part.rename("div");
        }
    }
    for table in tables.iter().filter(|t| layout.contains(&t.id)) {
        table.rename("div");
    }
    !layout.is_empty()
}

/// Whether a table cell holds what a page's layout puts in one: blocks, breaks, long text.
fn lays_out(cell: &Tally) -> bool {
    cell.holds_blocks || cell.breaks >= 2 || cell.words > LAYOUT_CELL_WORDS
}

/// Removes, after each empty marker whose name names comments (`<a name="comments">`,
/// the anchor a "Read comments" link jumps to), the marker and everything after it in its
/// parent: the thread a page lays out with no markup saying so. A sibling holding the
/// headline or an `article` stays. Whether anything was removed.
fn remove_after_comment_markers(doc: &Document) -> bool {
    // By name only: an empty element whose id names comments is a placeholder a script fills
    // (a comment count beside the byline) as often as a thread's start, and the comment
    // threads pass has taken those out already.
    let markers = doc.select(r#"[name*="comment" i]"#);
    let mut doomed: Vec<NodeRef> = Vec::new();
    let mut seen: HashSet<NodeId> = HashSet::new();
    for marker in markers.nodes() {
        // A marker inside a part already doomed: its siblings are gone with it (and walking
        // them again would make many markers quadratic).
        if !is_marker(marker) || marker.ancestors_it(None).any(|a| seen.contains(&a.id)) {
            continue;
        }
        let mut next = Some(*marker);
        while let Some(node) = next {
            next = node.next_sibling();
            if !seen.insert(node.id) {
                break;
            }
            if !holds_story(&node) {
                doomed.push(node);
            }
        }
    }
    remove_all(&doomed);
    !doomed.is_empty()
}

/// An element with no text nor child elements, that is no form control.
fn is_marker(node: &NodeRef) -> bool {
    let control = matches!(
        name_of(node).as_str(),
        "input" | "textarea" | "select" | "button" | "meta" | "link" | "script" | "form"
    );
    !control && node.children_it(false).all(|c| c.is_text()) && node.text().trim().is_empty()
}

fn holds_story(node: &NodeRef) -> bool {
    node.is_element()
        && (matches!(name_of(node).as_str(), "h1" | "article" | "main")
            || !node.find(&["h1"]).is_empty()
            || !node.find(&["article"]).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// dom_smoothie's content around a body.
    fn article(body: &str) -> String {
        format!(r#"<div id="readability-page-1" class="page">{body}</div>"#)
    }

    const STORY: &str = "<p>An old dam gave way before dawn on Thursday, sending water through \
        three villages and forcing hundreds of families from their homes, the governor said.</p>";

    #[test]
    fn a_list_of_links_inside_the_article_is_dropped() {
        let md = article_markdown(&article(&format!(
            "{STORY}<ul><li><a href='/a'>Floods hit the north</a></li>\
             <li><a href='/b'>Rain returns next week</a></li><li><a href='/c'>Road closed</a></li></ul>"
        )))
        .unwrap();
        assert!(
            md.contains("old dam gave way") && !md.contains("Floods hit"),
            "{md}"
        );
    }

    #[test]
    fn a_paragraph_with_links_in_its_sentences_stays() {
        let page = article(
            "<p>The <a href='/a'>governor</a> met the <a href='/b'>mayor</a> and the \
             <a href='/c'>engineers</a> at the dam, where rescuers had worked through the night.</p>",
        );
        assert_eq!(article_markdown(&page), None);
    }

    #[test]
    fn share_buttons_in_a_paragraph_are_dropped() {
        let md = article_markdown(&article(&format!(
            "{STORY}<p><a href='/e'>Email</a> | <a href='/p'>Print</a> | <a href='/d'>Digg</a></p>"
        )))
        .unwrap();
        assert!(!md.contains("Digg"), "{md}");
    }

    #[test]
    fn boxes_of_other_stories_headlines_are_dropped() {
        let md = article_markdown(&article(&format!(
            "{STORY}<div><div><h4><a href='/a'>Storm nears coast</a></h4>Forecasters warn of \
             high winds.</div><div><h4><a href='/b'>Bridge reopens</a></h4>Traffic flows again.</div></div>"
        )))
        .unwrap();
        assert!(
            !md.contains("Storm nears") && !md.contains("Traffic flows"),
            "{md}"
        );
    }

    #[test]
    fn a_caption_is_dropped_and_the_story_kept() {
        let md = article_markdown(&article(&format!(
            "<figure><img src='x.jpg'><figcaption>Water covers the road. Photo: Agency</figcaption>\
             </figure>{STORY}<p class='photo-credit'>Jo Lens</p>"
        )))
        .unwrap();
        assert!(md.contains("old dam gave way"), "{md}");
        assert!(
            !md.contains("Water covers") && !md.contains("Jo Lens"),
            "{md}"
        );
    }

    #[test]
    fn a_layout_table_becomes_a_line_per_block() {
        let md = article_markdown(&article(&format!(
            "<table><tr><td>{STORY}<p>Rescuers said 14 people were missing.</p></td></tr></table>"
        )))
        .unwrap();
        let lines: Vec<&str> = md.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 2, "{md}");
        assert!(!md.contains('|'), "{md}");
    }

    #[test]
    fn a_table_of_figures_stays_a_table() {
        let page = article(&format!(
            "{STORY}<table><tr><th>Village</th><th>Missing</th></tr><tr><td>Upton</td><td>9</td></tr></table>"
        ));
        assert_eq!(article_markdown(&page), None);
    }

    #[test]
    fn a_thread_after_a_comments_anchor_is_dropped() {
        let doc = Document::from(format!(
            "<body><div><h1>Dam breaks</h1>{STORY}<hr><a name='commentSection'></a>\
             <b>Comments are closed</b><br><b>Stephen</b><br>Stop spending my money!<hr></div></body>"
        ));
        assert!(remove_page_furniture(&doc));
        let text = doc.select("body").text();
        assert!(
            text.contains("old dam gave way") && !text.contains("spending"),
            "{text}"
        );
    }

    #[test]
    fn a_link_to_the_comments_is_no_marker() {
        let doc = Document::from(format!(
            "<body><div><a href='#comments' id='to-comments'>Read comments</a>{STORY}</div></body>"
        ));
        assert!(!remove_page_furniture(&doc));
    }

    #[test]
    fn an_empty_comment_count_beside_the_byline_is_no_marker() {
        let doc = Document::from(format!(
            "<body><div><span id='comment-count'></span>{STORY}</div></body>"
        ));
        assert!(!remove_page_furniture(&doc));
    }

    #[test]
    fn an_aside_is_dropped() {
        let doc = Document::from(format!(
            "<body><article><h1>Dam breaks</h1>{STORY}</article><aside>Most read</aside></body>"
        ));
        assert!(remove_page_furniture(&doc));
        assert!(!doc.select("body").text().contains("Most read"));
    }

    #[test]
    fn deep_and_wide_pages_are_read_in_linear_time() {
        // 240 levels: the nesting bound (`nesting::MAX_HTML_DEPTH`) keeps pages under 256.
        let deep =
            "<div><table><tr><td>".repeat(60) + STORY + &"</td></tr></table></div>".repeat(60);
        let markers = "<a name='comment'></a><p>x</p>".repeat(20_000);
        let started = std::time::Instant::now();
        article_markdown(&article(&deep));
        let doc = Document::from(format!("<body>{markers}</body>"));
        remove_page_furniture(&doc);
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }
}
