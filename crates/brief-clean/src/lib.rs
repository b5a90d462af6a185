//! Clean: one raw seed → one `Article` with its title, publisher, date, standfirst and body
//! blocks, minus web junk. Every removed line is kept with the reason it was removed.

mod blocks;
mod calls;
mod frontmatter;
pub mod html;
pub mod ingest;
pub mod model;
mod neighbours;
pub mod nesting;
pub mod page_furniture;
pub mod page_text;
mod publisher;
mod publisher_cues;
mod publisher_lines;
pub mod publisher_model;
pub mod rules;
pub mod shapes;
mod wordlists;
mod wrapped;

use crate::wordlists::OUTLET_WORDS;
use std::path::Path;

use serde::Serialize;

use crate::ingest::RawSource;
use brief_text as text;
use brief_text::diag::Warning;

pub use frontmatter::FrontMatter;

/// What a body block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Standfirst,
    Paragraph,
    Heading,
    Quote,
}

/// One citable block of an article's body; `id` (`p1`, `p2`, …) is its anchor.
#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub text: String,
}

/// The most words of a dated line heading a timeline's entry ("December 29th-30th, 2013").
pub const TIMELINE_DATE_WORDS: usize = 5;

/// The headings inside the story, after its first paragraph: a timeline's entries ("Torino –
/// May 4, 1949"), whose dates are what the entries recall, not when the page was written.
pub fn headings_inside_story(blocks: &[Block]) -> impl Iterator<Item = usize> + '_ {
    let first_paragraph = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Paragraph)
        .unwrap_or(blocks.len());
    (first_paragraph..blocks.len()).filter(|&i| blocks[i].kind == BlockKind::Heading)
}

impl brief_text::fields::Fields for Block {
    const LEN: usize = 3;
    fn write_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        brief_text::write_fields!(s, self, id, kind, text);
        Ok(())
    }
}

brief_text::serialize_by_fields!(Block);

/// A line taken out of the body, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    /// 1-based line in the seed file.
    pub line: usize,
    pub text: String,
    pub reason: &'static str,
}

/// A cleaned source article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    /// Slug, unique across the briefing; pages live at `sources/<id>/`.
    pub id: String,
    /// The seed's path relative to the site root.
    pub file: String,
    pub title: String,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD` where the front matter or the text gives one.
    pub date: Option<String>,
    /// `HH:MM` where the front matter's date or the page's published time gives a clock.
    pub time: Option<String>,
    /// Place and agency of an opening dateline such as `BAKU (Reuters) -`.
    pub dateline: Option<String>,
    pub standfirst: Option<String>,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
    pub words: usize,
}

/// Cleans one source; `id` is the slug chosen by the caller (unique across sources).
pub fn clean_article(raw: &RawSource, id: String) -> (Article, Vec<Warning>) {
    let mut warnings = Vec::new();
    let extension = raw
        .rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    // A saved web page becomes a Markdown seed first: its article, its metadata as front matter.
    let converted;
    // The saved page itself, for the whole page's lines should the extractor miss the story.
    let mut saved_page = None;
    let text = if matches!(extension.as_str(), "html" | "htm") {
        let closed = page_text::close_open_title(&raw.text);
        let (page, flattened) = nesting::flatten_deep_nesting(&closed, nesting::MAX_HTML_DEPTH);
        if flattened > 0 {
            warnings.push(Warning::new(
                &raw.file,
                format!(
                    "elements nested deeper than {} levels: {flattened} flattened into their parents",
                    nesting::MAX_HTML_DEPTH
                ),
            ));
        }
        // Readers' comments and the furniture the markup shows (asides) are no part of a
        // source: neither the extractor nor the classifier sees them.
        let page = page_text::drop_page_furniture(&page);
        let extracted = html::to_markdown_article(&page);
        saved_page = Some(page);
        match extracted {
            Ok(md) => {
                converted = md;
                converted.as_str()
            }
            Err(why) => {
                warnings.push(Warning::new(&raw.file, why));
                // Every block of the page then, as pasted text, for the classifier to judge;
                // never the markup itself.
                converted = page_text::page_as_text(saved_page.as_deref().unwrap_or_default());
                converted.as_str()
            }
        }
    } else {
        raw.text.as_str()
    };
    let is_markdown = extension != "txt";
    let (front, body, body_first_line) = if is_markdown {
        match frontmatter::split(text) {
            Ok(split) => {
                let unused = split.0.unused_keys();
                if !unused.is_empty() {
                    warnings.push(Warning::new(
                        &raw.file,
                        format!(
                            "front matter: {} not used by brief (ignored)",
                            unused.join(", ")
                        ),
                    ));
                }
                split
            }
            Err(err) => {
                warnings.push(Warning {
                    line: err.line,
                    ..Warning::new(&raw.file, err.message)
                });
                (FrontMatter::default(), text, 1)
            }
        }
    } else {
        (FrontMatter::default(), text, 1)
    };
    let mut lines = split_lines(body, body_first_line, is_markdown);
    let opening = open_page(&mut lines, front.title.is_some());
    let (title_line, rest) = match (&front.title, opening.lead, lines.split_first()) {
        (Some(_), _, _) | (None, Some(_), _) | (None, None, None) => (None, &lines[..]),
        (None, None, Some((first, rest))) => (Some(first), rest),
    };
    let title = front
        .title
        .clone()
        .or_else(|| title_line.map(|l| l.text.trim_start_matches('#').trim().to_string()))
        .or_else(|| {
            let lead = lines.get(opening.lead.unwrap_or(0));
            lead.map(|l| headline_from_lead(&l.text))
        })
        .unwrap_or_else(|| file_stem(&raw.rel));
    let (blocks, mut removed) = classify_lines(&title, rest);
    removed.splice(0..0, opening.removed());
    let (blocks, removed) = match &saved_page {
        Some(page) => whole_page_if_missed(&title, page, blocks, removed),
        None => (blocks, removed),
    };
    let all_text: Vec<&str> = opening
        .furniture
        .iter()
        .chain(&lines)
        .map(|l| l.text.as_str())
        .collect();
    // The outlet a byline names on the line under it ("By Jane Doe," / "BBC News").
    let byline_outlet = || {
        removed
            .windows(2)
            .find(|w| {
                w[0].reason == rules::BYLINE
                    && w[1].reason == rules::BYLINE
                    && w[1].line == w[0].line + 1
                    && rules::byline_author(&w[1].text).is_none()
                    && is_outlet_line(&w[1].text)
            })
            .map(|w| w[1].text.clone())
    };
    let publisher = front
        .publisher
        .clone()
        .or_else(|| publisher::find_publisher(&all_text))
        .or_else(byline_outlet)
        .or_else(|| outlet_under_title(&removed))
        .or_else(|| {
            removed
                .iter()
                .find_map(|r| publisher::masthead_in_furniture(&r.text))
        })
        // Where no shape names the outlet, the fitted model weighs every name on the page
        // by the words around it ("Sign up for _'s newsletter", "_'s Jane Doe reports").
        .or_else(|| publisher_model::likeliest(&all_text).map(|(name, _)| name));
    // ("Torino – May 4, 1949" heading an entry of a timeline inside the story dates what the
    // entry recalls, not the page.)
    let entry_headings: Vec<&str> = headings_inside_story(&blocks)
        .map(|i| blocks[i].text.as_str())
        .collect();
    let dated_lines: Vec<&str> = all_text
        .iter()
        .copied()
        .filter(|l| !entry_headings.contains(&l.trim()))
        .collect();
    let date = front.date.clone().or_else(|| page_date(&dated_lines));
    let dateline = blocks.first().and_then(|b| publisher::dateline(&b.text));
    let standfirst = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Standfirst)
        .map(|b| b.text.clone());
    let words = blocks
        .iter()
        .map(|b| b.text.split_whitespace().count())
        .sum();
    // Only web addresses become links; anything else ("javascript:…") is dropped.
    let url = match front.url {
        Some(u) if is_web_url(&u) => Some(u),
        Some(u) => {
            warnings.push(Warning::new(
                &raw.file,
                format!("front matter url {u:?} is not an http(s) address; ignored"),
            ));
            None
        }
        None => None,
    };
    if publisher.is_none() {
        warnings.push(Warning::new(
            &raw.file,
            "no publisher found (add `publisher` front matter)",
        ));
    }
    if blocks.is_empty() {
        warnings.push(Warning::new(&raw.file, "no body text after the headline"));
    }
    warnings.extend(overlong_sentence_warning(&raw.file, &lines));
    let article = Article {
        id,
        file: raw.file.clone(),
        title,
        publisher,
        author: front.author.or_else(|| {
            removed
                .iter()
                .filter(|r| r.reason == rules::BYLINE)
                .find_map(|r| rules::byline_author(&r.text))
                .map(|a| a.trim_end_matches([',', ';', ' ']).to_string())
        }),
        url,
        time: front.time.clone().filter(|_| front.date.is_some()),
        date,
        dateline,
        standfirst,
        blocks,
        removed,
        words,
    };
    (article, warnings)
}

/// Whether a seed is left out before cleaning, and why: a Markdown seed whose front matter
/// cannot be read (named by line; it once went on with the whole file as its title), or a
/// draft when the build does not ask for drafts.
pub fn screen_seed(raw: &RawSource, drafts: bool) -> Option<Warning> {
    let extension = raw
        .rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if !matches!(extension.as_deref(), Some("md" | "markdown")) {
        return None;
    }
    match frontmatter::split(&raw.text) {
        Err(err) => Some(Warning {
            line: err.line,
            ..Warning::new(&raw.file, format!("skipped: {}", err.message))
        }),
        Ok((front, _, _)) if front.draft == Some(true) && !drafts => Some(Warning::new(
            &raw.file,
            "skipped: a draft (draft = true in its front matter; --drafts builds it)",
        )),
        Ok(_) => None,
    }
}

/// Names the first line holding a sentence longer than extraction reads in one piece, and how
/// many such lines there are (one warning per file, however many).
fn overlong_sentence_warning(file: &str, lines: &[Line]) -> Option<Warning> {
    let limit = text::sentences::MAX_SENTENCE_BYTES;
    let mut overlong = lines.iter().filter_map(|l| {
        let longest = text::sentences::longest_sentence_bytes(&l.text);
        (longest > limit).then_some((l.number, longest))
    });
    let (line, longest) = overlong.next()?;
    let more = overlong.count();
    let others = match more {
        0 => String::new(),
        n => format!(" ({n} more lines like it)"),
    };
    Some(Warning {
        line: Some(line),
        ..Warning::new(
            file,
            format!("a sentence of {longest} bytes without a full stop{others}; read in pieces of at most {limit} bytes"),
        )
    })
}

/// An absolute http(s) address with no spaces or quotes.
pub fn is_web_url(u: &str) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > 8
        && !u.contains(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

/// The day a pasted page says it was written: the first full date of a stamp or a dateline,
/// written within a line's first words, else one its opening lines give ("struck on Monday,
/// March 4, 2024"). A date deeper in the story ("abuses since 1 February 2021") is one the
/// article recalls, not its own.
fn page_date(lines: &[&str]) -> Option<String> {
    const OPENING_LINES: usize = 3;
    // The most words of a line that is a stamp and nothing else.
    const STAMP_LINE_WORDS: usize = 8;
    let lines: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !rules::is_archive_caption(l))
        .collect();
    let first_date = |text: &str| text::dates::explicit_dates(text).first().copied();
    // A page stamped twice ("KonkNaija Media | May 2, 2016" above "| On 14, Apr 2014") was
    // written on the earlier day; the later is an update's or a copy's.
    let stamps = lines
        .iter()
        .filter(|l| l.split_whitespace().count() <= STAMP_LINE_WORDS)
        .filter_map(|l| first_date(l))
        .min();
    stamps
        .or_else(|| {
            lines
                .iter()
                .filter(|l| opens_like_a_stamp(l))
                .find_map(|l| first_date(&stamp_reach(l)))
        })
        .map(|d| d.to_string())
        .or_else(|| {
            // (A line about a commemorated day or a life, "… to mark the fifth anniversary of
            // their abduction, in Abuja, Nigeria, April 14, 2019", is a file photo's.)
            lines
                .iter()
                .take(OPENING_LINES)
                .filter(|l| !text::dates::tells_a_life_day(l))
                .find_map(|l| {
                    text::dates::dates_not_bounds(l)
                        .first()
                        .map(|d| d.to_string())
                })
        })
}

/// Do the words before a line's first figure or month read as a stamp's or a dateline's
/// ("First Published Apr 12", "KYIV, March 3", "Posted on")? "A blaze on 2 August 1962 …
/// also killed 44 people" opens a sentence of the story, about another day.
fn opens_like_a_stamp(line: &str) -> bool {
    let reach = stamp_reach(line);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    reach
        .split_whitespace()
        .take_while(|w| {
            !w.chars().any(|c| c.is_ascii_digit()) && !wordlists::MONTHS.contains(&bare(w).as_str())
        })
        .all(|w| {
            let b = bare(w);
            b.is_empty()
                || w.starts_with(char::is_uppercase)
                || wordlists::STAMP_WORDS.contains(&b.as_str())
                || matches!(b.as_str(), "on" | "at" | "by" | "last")
        })
}

/// The first words of a line, where a stamp or a dateline writes the page's date ("First
/// Published Apr 12, 2023, 11:34 AM IST"); a date further on is in the story's text.
pub fn stamp_reach(line: &str) -> String {
    const STAMP_REACH: usize = 8;
    line.split_whitespace()
        .take(STAMP_REACH)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Was a line removed as a photo caption or credit (by a rule or by the line model)?
pub fn removed_as_caption(r: &Removed) -> bool {
    [rules::PHOTO_CAPTION, rules::PHOTO_CREDIT, model::CAPTION].contains(&r.reason)
}

/// The paragraph without its opening dateline, if it has one.
pub fn strip_dateline(paragraph: &str) -> Option<&str> {
    let dl = publisher::dateline(paragraph)?;
    let rest = paragraph[dl.len()..]
        .trim_start()
        .trim_start_matches(['-', '–', '—', ':'])
        .trim_start();
    Some(rest)
}

/// How a pasted page opens: the furniture above its headline, taken out of its lines, and,
/// when it has no headline line, where its first paragraph is.
struct Opening {
    furniture: Vec<Line>,
    lead: Option<usize>,
}

impl Opening {
    fn removed(&self) -> impl Iterator<Item = Removed> + '_ {
        self.furniture.iter().map(|l| Removed {
            line: l.number,
            text: l.text.clone(),
            reason: FURNITURE_ABOVE,
        })
    }
}

/// A page pasted from above its headline opens on furniture ("date 2021-05-07", "The
/// Guardian - Back to home"): the headline is the first line after it, and the furniture is
/// removed. A page pasted without its headline opens on the story's first paragraph, after
/// any furniture: that paragraph is the article's, and the title is made from it.
fn open_page(lines: &mut Vec<Line>, titled: bool) -> Opening {
    if titled {
        return Opening {
            furniture: Vec::new(),
            lead: None,
        };
    }
    let above = lines_above_headline(lines);
    if above > 0 && rules::ends_like_sentence(&lines[above].text) {
        return Opening {
            furniture: Vec::new(),
            lead: Some(above),
        };
    }
    let furniture: Vec<Line> = lines.drain(..above).collect();
    let lead = lines
        .first()
        .is_some_and(|first| is_lead_not_headline(&first.text))
        .then_some(0);
    Opening { furniture, lead }
}

/// Why the lines above a page's headline are removed.
const FURNITURE_ABOVE: &str = "page furniture above the headline";

/// The most lines of furniture looked past for a headline.
const FURNITURE_ABOVE_HEADLINE: usize = 6;

/// How many lines open the page before its headline: lines the junk rules remove and short
/// lines naming the outlet ("The Guardian - Back to home"), when another line follows within
/// reach.
fn lines_above_headline(lines: &[Line]) -> usize {
    let count = |short_is_furniture: bool| {
        lines
            .iter()
            .take(FURNITURE_ABOVE_HEADLINE)
            .take_while(|l| is_furniture_above_headline(&l.text, short_is_furniture))
            .count()
    };
    let mut above = count(true);
    // "Dam holds" above "Engineers said the dam held overnight.": a short line right above
    // the story's first sentence is its headline, not a label.
    if lines
        .get(above)
        .is_some_and(|l| rules::ends_like_sentence(&l.text))
    {
        above = count(false);
    }
    if above < lines.len() && above < FURNITURE_ABOVE_HEADLINE {
        above
    } else {
        0
    }
}

/// The fewest words of a headline: a shorter line opening the page is a label or a button
/// ("Home News World", "Hurricane News", "close").
const HEADLINE_WORDS: usize = 4;

/// Is a line opening the page furniture above the headline: a line the junk rules remove, a
/// short line naming the outlet, a label too short for a headline, or a menu of items
/// between bars ("Home Page | Photos | Video")?
fn is_furniture_above_headline(line: &str, short_is_furniture: bool) -> bool {
    rules::junk_reason(line).is_some()
        || model::has_credit_tail(line)
        || shapes::has_picture_credit(line)
        || publisher::masthead_in_furniture(line).is_some()
        || short_is_furniture && line.split_whitespace().count() < HEADLINE_WORDS
        || line.matches(" | ").count() >= 2
}

/// The fewest words of a first line that is the story's first paragraph, not its headline:
/// over the annotated pages, no headline ends like a sentence at this length, and 8 of the 18
/// pages pasted without a headline open on such a paragraph.
const LEAD_WORDS: usize = 20;

/// Is a page's first line the story's first paragraph rather than a headline?
fn is_lead_not_headline(line: &str) -> bool {
    // ("Nyanya Bus Station Awash with Body Parts …, 75 Dead, 124 Injured – Viewer Discretion
    // Advised!": a headline in Title Case, however long and whatever it ends with.)
    line.split_whitespace().count() >= LEAD_WORDS
        && rules::ends_like_sentence(line)
        && !mostly_capitalised(line)
}

/// Are four fifths or more of a line's longer words capitalised, as in a headline set in
/// Title Case ("with", "of" and "the" left small)?
fn mostly_capitalised(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 4 && capitalised * 5 >= long.len() * 4
}

/// How many words of the first paragraph a title made from it keeps.
const LEAD_TITLE_WORDS: usize = 12;

/// A title for a page without a headline: its first paragraph's opening clause, cut at a
/// word and marked as cut ("Sudan's military moved to seize power on Monday, …").
fn headline_from_lead(lead: &str) -> String {
    let clause = lead
        .split_once(": ")
        .filter(|(dateline, _)| dateline.split_whitespace().count() <= 2)
        .map_or(lead, |(_, rest)| rest);
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() <= LEAD_TITLE_WORDS {
        return clause.trim_end_matches('.').to_string();
    }
    let cut = words[..LEAD_TITLE_WORDS].join(" ");
    format!("{} …", cut.trim_end_matches([',', ';', ':']))
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A body line (a paragraph in `.md`, where lines are joined until a blank line).
#[derive(Debug, Clone)]
struct Line {
    number: usize,
    text: String,
    /// A Markdown heading (`## …`) or block quote (`> …`), as marked by the author.
    marked: Option<BlockKind>,
}

fn split_lines(body: &str, first_line: usize, markdown: bool) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut open = false;
    let hard_wrapped = !markdown && wrapped::is_hard_wrapped(body);
    for (i, raw) in body.lines().enumerate() {
        let number = first_line + i;
        let trimmed = collapse_spaces(raw);
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if markdown {
            if let Some(h) = trimmed.strip_prefix('#') {
                out.push(Line {
                    number,
                    text: h.trim_start_matches('#').trim().to_string(),
                    marked: Some(BlockKind::Heading),
                });
                open = false;
                continue;
            }
            let (text, marked) = match trimmed.strip_prefix('>') {
                Some(q) => (q.trim().to_string(), Some(BlockKind::Quote)),
                None => (trimmed.clone(), None),
            };
            match out.last_mut() {
                Some(last) if open && last.marked == marked => {
                    last.text.push(' ');
                    last.text.push_str(&text);
                }
                _ => out.push(Line {
                    number,
                    text,
                    marked,
                }),
            }
            open = true;
        } else {
            // Plain text: a line is a paragraph, as written, unless the page is hard-wrapped
            // and the line carries on the one before.
            match out.last_mut() {
                Some(last) if hard_wrapped && open && wrapped::continues(&last.text, &trimmed) => {
                    last.text.push(' ');
                    last.text.push_str(&trimmed);
                }
                _ => out.push(Line {
                    number,
                    text: trimmed,
                    marked: None,
                }),
            }
            open = true;
        }
    }
    if markdown {
        for line in &mut out {
            line.text = inline_text(&line.text);
        }
        out.retain(|l| !l.text.is_empty());
    }
    out
}

/// The text of a Markdown paragraph without its inline markup: links keep their words, not
/// their addresses; emphasis and code marks go; raw HTML is kept as the text it is.
fn inline_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            // Markup written into a seed stays visible as text (templates escape it).
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    collapse_spaces(&out)
}

fn collapse_spaces(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest a line without closing punctuation may be and still be a subheading.
const MAX_HEADING_WORDS: usize = 12;
/// A line is prose when it ends like a sentence and has at least this many words.
const MIN_PROSE_WORDS: usize = 12;

/// The reasons the junk rules of `rules.rs` give each line, neighbours considered.
fn rule_reasons(lines: &[Line]) -> Vec<Option<&'static str>> {
    let mut reasons: Vec<Option<&'static str>> = lines
        .iter()
        .map(|l| {
            l.marked
                .map_or_else(|| rules::junk_reason(&l.text), |_| None)
        })
        .collect();
    mark_caption_alt_text(lines, &mut reasons);
    mark_opening_bylines(lines, &mut reasons);
    mark_labelled_captions(lines, &mut reasons);
    mark_tail_furniture(lines, &mut reasons);
    reasons
}

/// The lines the rules left that the fitted model finds to be page furniture, each with the
/// cue that weighed most. Content first: a sentence of the article is never taken out, nor a
/// heading or quote the author marked.
fn mark_model_furniture(
    title: &str,
    lines: &[Line],
    reasons: &mut [Option<&'static str>],
) -> (Vec<model::Features>, Vec<model::Verdict>) {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let rule_junk: Vec<bool> = reasons.iter().map(Option::is_some).collect();
    let features = model::page_features(title, &texts, &rule_junk);
    let deck = deck_line(lines, reasons);
    // Subheadings are judged against the lines the rules left, as the fitting tool does.
    let by_rules = reasons.to_vec();
    let model = &*model::MODEL;
    let settled: Vec<bool> = (0..lines.len())
        .map(|i| reasons[i].is_some() || lines[i].marked.is_some())
        .collect();
    let verdicts = model.judge_page(&features, &settled);
    for (i, verdict) in verdicts.iter().enumerate() {
        if reasons[i].is_some() || lines[i].marked.is_some() {
            continue;
        }
        if verdict.content < keep_threshold(&lines[i].text, model.threshold)
            && !is_protected(&lines[i], verdict.content, deck == Some(i))
            && !is_subheading_in_story(lines, &by_rules, i)
        {
            // A line with a photographer's or agency's credit after it is a caption.
            let caption = model::has_credit_tail(&lines[i].text);
            reasons[i] = Some(if caption { model::CAPTION } else { verdict.cue });
        }
    }
    mark_shapes(title, lines, reasons);
    (features, verdicts)
}

/// What the model cannot learn from its labels or see in a line's own words, told by shape
/// (`shapes.rs`): captions without a credit or with one in a new form, the posting stamp above
/// the story, and headlines of other stories.
fn mark_shapes(title: &str, lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let marked: Vec<bool> = lines.iter().map(|l| l.marked.is_some()).collect();
    shapes::keep_story_lists(&texts, reasons);
    shapes::mark_captions(&texts, &marked, reasons);
    let first_prose = (0..lines.len())
        .find(|&i| reasons[i].is_none() && is_prose(&lines[i].text))
        .unwrap_or(lines.len());
    shapes::mark_stamps_above_story(&texts, &marked, first_prose, reasons);
    shapes::mark_headline_again(title, &texts, &marked, first_prose, reasons);
    shapes::mark_other_stories(title, &texts, &marked, reasons);
    shapes::mark_pointers(&texts, &marked, reasons);
    shapes::mark_related_lists(&texts, &marked, reasons);
    shapes::mark_menu_lists(&texts, &marked, reasons);
    shapes::mark_appeals(&texts, &marked, reasons);
    neighbours::mark(title, &texts, &marked, reasons);
    blocks::mark(&texts, &marked, reasons);
    calls::mark(&texts, &marked, reasons);
    shapes::keep_speaker_headings(&texts, reasons);
    shapes::keep_timeline_dates(&texts, reasons);
    shapes::keep_year_lists(&texts, reasons);
}

/// The model's chance of content a line needs to stay. A short line that is no sentence (a
/// label, a button, a section name) stays only when the model is all but sure: a subheading
/// of the story is kept by its place between paragraphs (`is_subheading_in_story`), and the
/// model's keeping of short lines is its weakest verdict on sites it never saw.
fn keep_threshold(line: &str, threshold: f32) -> f32 {
    let words = line.split_whitespace().count();
    if words <= SHORT_LINE_WORDS && !rules::ends_like_sentence(line) || model::has_credit_tail(line)
    {
        SHORT_LINE_SURE.max(threshold)
    } else {
        threshold
    }
}

/// The most words of a short line, and the chance it needs to stay.
const SHORT_LINE_WORDS: usize = 4;
const SHORT_LINE_SURE: f32 = 0.95;

/// The deck under the headline (or the story's first paragraph): the first line the rules
/// left, when it is a phrase of some length.
/// Short lines the rules left above it (a section name such as "Nation & World News") do not
/// hide it.
fn deck_line(lines: &[Line], reasons: &[Option<&'static str>]) -> Option<usize> {
    (0..lines.len())
        .filter(|&i| reasons[i].is_none())
        .find(|&i| lines[i].text.split_whitespace().count() >= DECK_WORDS)
}

/// The fewest words of a deck.
const DECK_WORDS: usize = 8;

/// Content first: the deck, a heading or quote the author marked, and any sentence of some
/// length stay whatever the model says, unless it is all but certain the sentence is not the
/// story's (a teaser, a comment, a legal notice).
fn is_protected(line: &Line, content: f32, is_deck: bool) -> bool {
    is_deck
        || line.marked.is_some()
        || rules::quotes_someone(&line.text)
        || is_article_sentence(&line.text) && content >= SURELY_FURNITURE
}

/// A short line between two paragraphs of the story's prose is its subheading (the context
/// pass of jusText: a short line between good ones stays).
fn is_subheading_in_story(lines: &[Line], reasons: &[Option<&'static str>], i: usize) -> bool {
    if !is_heading_shape(&lines[i].text) {
        return false;
    }
    // The neighbours the rules left (a caption between a paragraph and its subheading is
    // gone), past one more heading: a subheading may come with a line of its own under it.
    let left: Vec<usize> = (0..i)
        .rev()
        .filter(|&j| reasons[j].is_none())
        .take(2)
        .collect();
    let right: Vec<usize> = (i + 1..lines.len())
        .filter(|&j| reasons[j].is_none())
        .take(2)
        .collect();
    // Prose of the story, not a teaser cut short or a caption with its credit.
    let story = |j: usize| {
        let text = &lines[j].text;
        is_prose(text) && !model::ends_with_ellipsis(text) && !model::has_credit_tail(text)
    };
    // A heading of words only (no stamp, no "Home | World" strip) between it and the prose.
    let plain_heading = |j: usize| {
        let text = &lines[j].text;
        is_heading_shape(text)
            && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, '|' | '/' | '•' | '»'))
    };
    let prose_past_heading = |side: &[usize]| match side {
        [first, ..] if story(*first) => true,
        [first, second] => plain_heading(*first) && story(*second),
        _ => false,
    };
    // Two headings in a row need prose on the far side of each.
    let beside_heading = [left.first(), right.first()]
        .iter()
        .flatten()
        .any(|&&j| is_heading_shape(&lines[j].text));
    let near_prose = |side: &[usize]| side.first().is_some_and(|&j| story(j));
    prose_past_heading(&left)
        && prose_past_heading(&right)
        && (!beside_heading || near_prose(&left) || near_prose(&right))
}

/// The model's chance of content below which even a sentence is furniture.
const SURELY_FURNITURE: f32 = 0.1;

/// A sentence of the article: prose-like words ending like a sentence. Such a line is kept
/// whatever the model says, so a wrong guess costs junk left in, never the story cut.
fn is_article_sentence(line: &str) -> bool {
    if rules::quotes_someone(line) {
        return true;
    }
    let words = line.split_whitespace().count();
    // A teaser cut short ("… the…") or a caption with its credit after the full stop is no
    // sentence of the story, however it ends: the model alone judges it.
    rules::ends_like_sentence(line)
        && (words >= ARTICLE_SENTENCE_WORDS
            || words >= SHORT_SENTENCE_WORDS && states_something(line))
        && !model::ends_with_ellipsis(line)
        && !model::has_credit_tail(line)
}

/// The fewest words of a line the model may not take out when it ends like a sentence.
const ARTICLE_SENTENCE_WORDS: usize = 8;
/// The fewest words of a shorter sentence the model may not take out when a subject opens it
/// and a verb in the past follows ("Russia's Defense Ministry denied the claims.").
const SHORT_SENTENCE_WORDS: usize = 5;

/// A capitalised subject, then a verb in the past tense: a statement of the story, where
/// page furniture in a sentence's shape tells the reader what to do ("Be the first to
/// comment.") or what the page is ("This story has been updated.").
fn states_something(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words[1..].iter().any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
        })
        && !line.to_lowercase().contains("updated")
}

/// One body line of a pasted page as the cleaner sees it: its features, what the rules say,
/// what the model says, and what is done. For the fitting and measuring tools
/// (`examples/line_features.rs`).
#[derive(Debug, Clone)]
pub struct LineRow {
    pub line: usize,
    pub text: String,
    pub features: model::Features,
    pub rule: Option<&'static str>,
    pub content: f32,
    /// The deck, a marked heading or quote, or a subheading between paragraphs: always kept.
    pub kept_always: bool,
    /// A sentence of some length: kept unless the model is all but sure it is furniture.
    pub sentence: bool,
    pub removed: Option<&'static str>,
}

/// Every body line of a plain-text page (headline first), judged as `clean_article` judges it.
pub fn line_table(text: &str) -> Vec<LineRow> {
    let lines = split_lines(text, 1, false);
    let Some((title, rest)) = lines.split_first() else {
        return Vec::new();
    };
    let rules_only = rule_reasons(rest);
    let deck = deck_line(rest, &rules_only);
    let mut reasons = rules_only.clone();
    let (features, verdicts) = mark_model_furniture(&title.text, rest, &mut reasons);
    rest.iter()
        .zip(features)
        .zip(verdicts)
        .enumerate()
        .map(|(i, ((line, features), verdict))| LineRow {
            line: line.number,
            text: line.text.clone(),
            content: verdict.content,
            features,
            rule: rules_only[i],
            kept_always: deck == Some(i)
                || line.marked.is_some()
                || is_subheading_in_story(rest, &rules_only, i),
            sentence: is_article_sentence(&line.text),
            removed: reasons[i],
        })
        .collect()
}

/// Sorts body lines into blocks and removed lines.
/// A line that is the headline again (a scraped page repeats it above the story, or in a
/// share box) is no paragraph of the story.
fn mark_repeated_headline(title: &str, lines: &[Line], reasons: &mut [Option<&'static str>]) {
    // Quotes differ between copies of one headline ("'Tough Day'" and "\"Tough Day\"").
    let key = |t: &str| {
        text::straighten(t)
            .replace(['"', '\''], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let title = key(title);
    if title.is_empty() {
        return;
    }
    // "Home Feeds <headline>": a breadcrumb trail ending in the page's own headline.
    const TRAIL_WORDS: usize = 4;
    for (line, reason) in lines.iter().zip(reasons.iter_mut()) {
        if reason.is_some() {
            continue;
        }
        let line = key(&line.text);
        if line == title || titles_the_page(&line, &title) {
            *reason = Some("the headline repeated");
        } else if ends_in_headline(&line, &title, TRAIL_WORDS) {
            *reason = Some("a breadcrumb trail to this page");
        }
    }
}

/// "<headline> | Jackson Free Press | Jackson, MS": the headline as the page's title, with the
/// site's name after a bar.
fn titles_the_page(line: &str, title: &str) -> bool {
    const SITE_WORDS: usize = 8;
    line.strip_prefix(title)
        .and_then(|rest| rest.trim_start().strip_prefix('|'))
        .is_some_and(|site| site.split_whitespace().count() <= SITE_WORDS)
}

/// "Home / India News / <headline>": a few words of trail, then the headline, whole or cut
/// short by the page (at least half of it).
fn ends_in_headline(line: &str, title: &str, trail_words: usize) -> bool {
    const HEAD_CHARS: usize = 24;
    let head: String = title.chars().take(HEAD_CHARS).collect();
    let Some(at) = line.find(&head) else {
        return false;
    };
    let (trail, rest) = line.split_at(at);
    let words = trail
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    // A trail is a couple of section names, or more parted by its signs ("Home / News /").
    let parted = trail.contains(['/', '>', '|', '»', '›']);
    let trail_ok = at > 0 && (words <= 2 || parted && words <= trail_words);
    trail_ok && title.starts_with(rest) && rest.len() * 2 >= title.len()
}

fn classify_lines(title: &str, lines: &[Line]) -> (Vec<Block>, Vec<Removed>) {
    let mut reasons = rule_reasons(lines);
    mark_repeated_headline(title, lines, &mut reasons);
    mark_model_furniture(title, lines, &mut reasons);

    let mut blocks = Vec::new();
    let mut removed = Vec::new();
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| reasons[i].is_none()).collect();
    for (k, &i) in kept.iter().enumerate() {
        let line = &lines[i];
        let next_is_prose = kept.get(k + 1).is_some_and(|&j| is_prose(&lines[j].text));
        let kind = match line.marked {
            Some(kind) => kind,
            None if k == 0
                && is_standfirst(
                    &line.text,
                    opening_set_apart(lines, &reasons, i, kept.get(1)),
                ) =>
            {
                BlockKind::Standfirst
            }
            None if k > 0 && next_is_prose && is_heading_shape(&line.text) => BlockKind::Heading,
            None => BlockKind::Paragraph,
        };
        blocks.push(Block {
            id: format!("p{}", blocks.len() + 1),
            kind,
            text: line.text.clone(),
        });
    }
    for (i, reason) in reasons.iter().enumerate() {
        if let Some(reason) = reason {
            removed.push(Removed {
                line: lines[i].number,
                text: lines[i].text.clone(),
                reason,
            });
        }
    }
    (blocks, removed)
}

/// The share of the extractor's words below which its body is not the story.
const EXTRACTED_STORY_SHARE: f64 = 0.5;
/// The least size, against the extractor's body, of the classifier's reading that replaces it.
const CLASSIFIED_STORY_SIZE: f64 = 0.25;

/// The extractor's body of a saved page, unless the line classifier, reading every block of
/// the page as pasted text, finds most of it to be furniture (the extractor took a list of
/// other stories, a comment thread or a sidebar for the article): then the classifier's own
/// reading of the whole page. The share and the size were chosen on Dragnet's saved pages;
/// on L3S-GN1's (measured only) this lifts F1 from 0.950 to 0.955.
fn whole_page_if_missed(
    title: &str,
    page: &str,
    blocks: Vec<Block>,
    removed: Vec<Removed>,
) -> (Vec<Block>, Vec<Removed>) {
    let lines: Vec<Line> = page_text::page_lines(page)
        .into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            number: i + 1,
            text,
            marked: None,
        })
        .collect();
    let (page_blocks, page_removed) = classify_lines(title, &lines);
    let extracted = word_counts(blocks.iter().map(|b| b.text.as_str()));
    let classified = word_counts(page_blocks.iter().map(|b| b.text.as_str()));
    let total: usize = extracted.values().sum();
    let shared: usize = extracted
        .iter()
        .map(|(w, n)| (*n).min(classified.get(w).copied().unwrap_or(0)))
        .sum();
    let share = if total == 0 {
        0.0
    } else {
        shared as f64 / total as f64
    };
    // A classifier that keeps only a few lines of a long extracted story has more likely
    // missed the story than found a truer one.
    let kept_total: usize = classified.values().sum();
    if share < EXTRACTED_STORY_SHARE
        && !page_blocks.is_empty()
        && kept_total as f64 >= CLASSIFIED_STORY_SIZE * total as f64
    {
        (page_blocks, page_removed)
    } else {
        (blocks, removed)
    }
}

/// How often each word (lowercased, letters and digits) occurs in the texts.
fn word_counts<'a>(
    texts: impl Iterator<Item = &'a str>,
) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for t in texts {
        for w in t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            *counts.entry(w.to_lowercase()).or_insert(0) += 1;
        }
    }
    counts
}

pub(crate) fn is_prose(line: &str) -> bool {
    rules::ends_like_sentence(line) && line.split_whitespace().count() >= MIN_PROSE_WORDS
}

fn is_heading_shape(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_HEADING_WORDS && !rules::ends_like_sentence(line)
}

/// The deck under the headline: a one-sentence opening line set apart from the story, either
/// by the lead image between them or by the story's own dateline after it. A plain first
/// paragraph is the lead, not a standfirst.
fn is_standfirst(line: &str, set_apart: bool) -> bool {
    let words = line.split_whitespace().count();
    set_apart
        && (6..=45).contains(&words)
        && text::sentences::split_sentences(line).len() == 1
        && publisher::dateline(line).is_none()
}

/// Is the line at `i` followed by a photo caption, or is the next kept line a dateline?
fn opening_set_apart(
    lines: &[Line],
    reasons: &[Option<&'static str>],
    i: usize,
    next_kept: Option<&usize>,
) -> bool {
    let caption_next = matches!(reasons.get(i + 1), Some(Some(r)) if *r == rules::PHOTO_CREDIT || *r == rules::PHOTO_CAPTION);
    let dateline_next = next_kept.is_some_and(|&j| publisher::dateline(&lines[j].text).is_some());
    // A byline or a posting time between it and the story sets the deck apart too.
    let end = next_kept.copied().unwrap_or(lines.len());
    let byline_next = reasons[i + 1..end]
        .iter()
        .any(|r| matches!(r, Some(r) if *r == rules::BYLINE || *r == rules::BYLINE_STUB));
    caption_next || dateline_next || byline_next
}

/// The line after a caption label ("Image caption," / "Rescuers search the rubble") is the
/// caption; the line after a byline that only names the outlet ("By Jane Doe," / "BBC
/// News") belongs to the byline.
fn mark_labelled_captions(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    for i in 0..lines.len().saturating_sub(1) {
        let next = &lines[i + 1];
        if reasons[i + 1].is_some() || next.marked.is_some() {
            continue;
        }
        let label = rules::fold(&lines[i].text);
        let label = label.trim_end_matches([',', ':', '.']).trim();
        // A credit ("Getty Images") closes a picture rather than announcing its caption.
        if reasons[i] == Some(rules::PHOTO_CAPTION)
            && wordlists::CAPTION_LABELS.contains(&label)
            && label != "getty images"
            && next.text.split_whitespace().count() <= 30
        {
            reasons[i + 1] = Some(rules::PHOTO_CAPTION);
        } else if reasons[i] == Some(rules::BYLINE) && is_outlet_line(&next.text) {
            reasons[i + 1] = Some(rules::BYLINE);
        }
    }
}

/// A short line of capitalised words only, such as an outlet's name under a byline.
pub(crate) fn is_outlet_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !rules::ends_like_sentence(line)
}

/// "Jane Doe in Berlin" under the headline is a byline; the same shape later in the story
/// could be a subheading, so only the lines before the first paragraph of prose are taken.
fn mark_opening_bylines(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let first_prose = lines
        .iter()
        .position(|l| is_prose(&l.text))
        .unwrap_or(lines.len());
    for i in 0..first_prose {
        if reasons[i].is_some() || lines[i].marked.is_some() {
            continue;
        }
        // A name alone beside the posting time ("Io Dodds" / "Thursday 26 October 2023").
        let beside_stamp = [i.wrapping_sub(1), i + 1]
            .iter()
            .any(|&j| reasons.get(j).copied().flatten() == Some(rules::BYLINE_STUB));
        if rules::NAME_IN_PLACE_RE.is_match(&lines[i].text)
            || beside_stamp && looks_like_a_name(&lines[i].text)
        {
            reasons[i] = Some(rules::BYLINE);
        }
    }
}

fn names_an_outlet(line: &str) -> bool {
    is_outlet_line(line)
        && line
            .split_whitespace()
            .any(|w| OUTLET_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "Anadolu Agency" on a line of its own above the story: the outlet that published it.
fn outlet_under_title(removed: &[Removed]) -> Option<String> {
    removed
        .iter()
        .take(3)
        .find(|r| r.reason == rules::BYLINE && names_an_outlet(&r.text))
        .map(|r| publisher::tidy_name(&r.text))
}

/// Two to four capitalised words of letters: a person's name on a line of its own.
fn looks_like_a_name(line: &str) -> bool {
    text::names::looks_like_name(line)
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.'))
        && brief_text::gazetteer::GAZETTEER.mentions(line).is_empty()
}

/// An image's alt text sits just before its credited caption and has no closing punctuation
/// ("People run as gunfire is heard" / "People run … [Name/Agency]").
/// The page's deck (its first line of some length) is the story's, whatever picture follows it.
fn mark_caption_alt_text(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let deck = lines
        .iter()
        .position(|l| l.text.split_whitespace().count() >= DECK_WORDS);
    for i in 0..lines.len().saturating_sub(1) {
        let next_is_caption = reasons[i + 1] == Some(rules::PHOTO_CREDIT);
        if reasons[i].is_none()
            && lines[i].marked.is_none()
            && next_is_caption
            && deck != Some(i)
            && !rules::ends_like_sentence(&lines[i].text)
        {
            reasons[i] = Some(rules::PHOTO_CAPTION);
        }
    }
}

/// After the article's last paragraph of prose, a page carries menus, widgets and forms:
/// once a removed line has been seen there, every later line that is not prose goes too.
fn mark_tail_furniture(lines: &[Line], reasons: &mut [Option<&'static str>]) {
    let Some(last_prose) = (0..lines.len())
        .rev()
        .find(|&i| reasons[i].is_none() && is_prose(&lines[i].text))
    else {
        return;
    };
    let Some(first_junk) = (last_prose + 1..lines.len()).find(|&i| reasons[i].is_some()) else {
        return;
    };
    for i in first_junk..lines.len() {
        // A short sentence of the story after a share bar ("The last flood, in 1957, killed
        // 81 people.") is still the story.
        let sentence = rules::ends_like_sentence(&lines[i].text)
            && lines[i].text.split_whitespace().count() >= 8;
        if reasons[i].is_none() && lines[i].marked.is_none() && !sentence {
            reasons[i] = Some(rules::TAIL_FURNITURE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_page_that_opens_on_its_first_paragraph_keeps_it_and_is_titled_from_it() {
        let lead =
            "Khartoum: Sudan's military moved to seize power on Monday, detaining the prime \
                    minister and other civilian leaders and dissolving the government.";
        assert!(is_lead_not_headline(lead));
        assert!(!is_lead_not_headline(
            "Sudan's military seizes power, detains prime minister"
        ));
        assert_eq!(
            headline_from_lead(lead),
            "Sudan's military moved to seize power on Monday, detaining the prime minister …"
        );
        let raw = RawSource {
            file: "a.txt".into(),
            rel: "a.txt".into(),
            text: format!("{lead}\nThe army declared a state of emergency.\n"),
        };
        let (article, _) = clean_article(&raw, "a".into());
        assert!(article.blocks[0]
            .text
            .starts_with("Khartoum: Sudan's military moved"));
    }

    fn raw(name: &str, text: &str) -> RawSource {
        RawSource {
            file: format!("seeds/{name}"),
            rel: PathBuf::from(name),
            text: text.into(),
        }
    }

    fn body(article: &Article) -> Vec<&str> {
        article.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    const QUAKE: &str = "Quake kills dozens in mountain province\n\n4 min read\n\nANKARA (AP) - A magnitude 6.1 earthquake struck the mountain province before dawn on Monday, officials said, flattening homes.\n\nRescuers dug through the rubble of collapsed homes with their bare hands as aftershocks rattled the valley.\n\nRescuers search the rubble in the village [Jane Doe/AFP]\n\nAid arrives\n\nThe Red Crescent said it had sent 40 trucks of tents, blankets and food to the worst-hit villages overnight.\n\nSign up for our morning newsletter\n\nLeave a comment\n";

    const STORY_PAGE: &str = "<html><head><title>Quake kills dozens</title></head><body>\
        <ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li>\
        <li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a></li></ul>\
        <div><p>A magnitude 6.1 earthquake struck the mountain province before dawn on Monday, officials said, flattening homes.</p>\
        <p>Rescuers dug through the rubble of collapsed homes with their bare hands as aftershocks rattled the valley.</p>\
        <p>The Red Crescent said it had sent 40 trucks of tents, blankets and food to the worst-hit villages overnight.</p></div>\
        </body></html>";

    #[test]
    fn the_whole_page_stands_in_when_the_extractor_took_the_menu() {
        let menu = vec![Block {
            id: "p1".into(),
            kind: BlockKind::Paragraph,
            text: "Home World news Sport Weather".into(),
        }];
        let (blocks, _) = whole_page_if_missed("Quake kills dozens", STORY_PAGE, menu, Vec::new());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("Rescuers dug")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("Weather")), "{texts:?}");
    }

    #[test]
    fn the_extractor_body_stays_when_the_classifier_agrees() {
        let story: Vec<Block> = ["A magnitude 6.1 earthquake struck the mountain province before dawn on Monday, officials said, flattening homes.",
            "Rescuers dug through the rubble of collapsed homes with their bare hands as aftershocks rattled the valley."]
            .iter()
            .enumerate()
            .map(|(i, t)| Block { id: format!("p{}", i + 1), kind: BlockKind::Paragraph, text: (*t).into() })
            .collect();
        let (blocks, _) = whole_page_if_missed("Quake kills dozens", STORY_PAGE, story, Vec::new());
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn a_saved_page_whose_title_is_never_closed_keeps_its_story() {
        let page = STORY_PAGE.replace("Quake kills dozens</title>", "Quake kills dozens\n");
        let (article, _) = clean_article(&raw("quake.html", &page), "quake".into());
        assert!(
            body(&article).iter().any(|t| t.starts_with("Rescuers dug")),
            "{:?}",
            body(&article)
        );
    }

    #[test]
    fn first_line_is_the_title() {
        let (a, _) = clean_article(&raw("q.txt", QUAKE), "q".into());
        assert_eq!(a.title, "Quake kills dozens in mountain province");
    }

    #[test]
    fn a_page_pasted_from_above_its_headline_is_titled_by_the_headline() {
        let page = "date 2021-05-07\nThe Guardian - Back to home\nPolice raid on favela leaves dozens dead\nAt least 25 people were killed early on Thursday when police raided the favela, officials said.\n";
        let (a, _) = clean_article(&raw("g.txt", page), "g".into());
        assert_eq!(a.title, "Police raid on favela leaves dozens dead");
        assert_eq!(body(&a).len(), 1);
        assert_eq!(a.removed[0].reason, FURNITURE_ABOVE);
        // Labels too short for a headline and a caption with its credit are looked past too.
        let page = "Home News World\nWomen protest in Minsk (AFP or licensors)\nThousands detained as tensions escalate in Belarus\nAs many as 6,000 protesters were detained, the ministry said.\n";
        let (a, _) = clean_article(&raw("v.txt", page), "v".into());
        assert_eq!(
            a.title,
            "Thousands detained as tensions escalate in Belarus"
        );
        // Without a headline, the first paragraph after the stamp stays and titles the page.
        let page = "date 2019-07-17\nThe World Health Organization has declared the Ebola outbreak in Congo a public health emergency of international concern.\nThe outbreak has killed more than 1,600 people.\n";
        let (a, _) = clean_article(&raw("e.txt", page), "e".into());
        assert_eq!(body(&a).len(), 2);
        assert!(a
            .title
            .starts_with("The World Health Organization has declared"));
    }

    #[test]
    fn a_long_headline_in_title_case_is_no_lead() {
        assert!(!is_lead_not_headline(
            "Nyanya Bus Station Awash with Body Parts After Bomb Attack, Estimated – 75 Dead, 124 Injured – Viewer Discretion Advised!"
        ));
        assert!(is_lead_not_headline(
            "Sudan's military moved to seize power on Monday, arresting the prime minister and other civilian leaders and dissolving the government."
        ));
    }

    #[test]
    fn a_page_stamped_twice_was_written_on_the_earlier_day() {
        assert_eq!(
            page_date(&[
                "Bus station bombing kills 75",
                "KonkNaija Media | May 2, 2016",
                "| On 14, Apr 2014",
                "A bomb tore through the bus station this morning, killing 75 people.",
            ])
            .as_deref(),
            Some("2014-04-14")
        );
    }

    #[test]
    fn junk_lines_are_removed_with_reasons() {
        let (a, _) = clean_article(&raw("q.txt", QUAKE), "q".into());
        let text = body(&a).join("\n");
        for junk in [
            "4 min read",
            "[Jane Doe/AFP]",
            "newsletter",
            "Leave a comment",
        ] {
            assert!(!text.contains(junk), "{junk} kept");
        }
        assert!(a
            .removed
            .iter()
            .any(|r| r.reason == rules::READING_TIME && r.line == 3));
    }

    #[test]
    fn a_caption_with_its_credit_is_removed_as_a_caption() {
        let page = "Blasts hit a town in the north\n\
            A series of attacks in the north of the country on Saturday killed at least 18 people and wounded dozens more, officials said.\n\
            Rescuers search the rubble of a collapsed house in the town centre. (AP: Jane Doe)\n\
            Women also targeted a hospital in the same town, which lies close to the border, the police spokesman told reporters on Sunday.\n";
        let (a, _) = clean_article(&raw("c.txt", page), "c".into());
        let removed = a
            .removed
            .iter()
            .find(|r| r.text.contains("(AP: Jane Doe)"))
            .expect("the caption is removed");
        assert_eq!(removed.reason, model::CAPTION);
        assert_eq!(body(&a).len(), 2, "{:?}", body(&a));
    }

    #[test]
    fn the_story_sentence_a_caption_borrowed_is_kept_below_it() {
        let page = "Labourers die in heavy rains at a construction site\n\
            Published November 12, 2019\n\
            Six labourers died during heavy rains when they were buried at an excavation site for a water pipeline project, emergency services said Tuesday. — Reuters/File\n\
            Six labourers died during heavy rains when they were buried at an excavation site for a water pipeline project, emergency services said Tuesday. — Reuters/File\n\
            Six labourers died during heavy rains when they were buried at an excavation site for a water pipeline project, emergency services said Tuesday.\n\
            The men were working on a section of pipe 14 metres below the ground when mud and water trapped them, officials said.\n";
        let (a, _) = clean_article(&raw("d.txt", page), "d".into());
        let kept = body(&a);
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert!(kept[0].ends_with("said Tuesday."), "{kept:?}");
    }

    #[test]
    fn a_subheading_with_a_line_under_it_is_kept() {
        let page = "Blasts hit a town in the north\n\
            A series of attacks in the north of the country on Saturday killed at least 18 people and wounded dozens more, officials said.\n\
            Escalating violence\n\
            Further attacks amplify the toll\n\
            Women also targeted a hospital in the same town, which lies close to the border, the police spokesman told reporters on Sunday.\n";
        let (a, _) = clean_article(&raw("b.txt", page), "b".into());
        let body = body(&a);
        assert!(body.contains(&"Escalating violence"), "{body:?}");
        assert!(
            body.contains(&"Further attacks amplify the toll"),
            "{body:?}"
        );
    }

    #[test]
    fn subheading_is_kept_as_heading() {
        let (a, _) = clean_article(&raw("q.txt", QUAKE), "q".into());
        let heading = a
            .blocks
            .iter()
            .find(|b| b.text == "Aid arrives")
            .expect("heading kept");
        assert_eq!(heading.kind, BlockKind::Heading);
    }

    #[test]
    fn a_short_statement_of_the_story_is_never_taken_as_furniture() {
        assert!(is_article_sentence(
            "Russia’s Defense Ministry denied the claims."
        ));
        assert!(!is_article_sentence("Be the first to comment."));
        assert!(!is_article_sentence("This story has been updated."));
    }

    #[test]
    fn a_deadline_in_the_opening_lines_is_not_the_pages_date() {
        let lines = [
            "Bloc condemns coup",
            "The bloc asked the junta to return the country to civilian rule by July 1, 2030.",
            "Soldiers seized the state broadcaster on Friday.",
        ];
        assert_eq!(page_date(&lines), None);
        let dated = [
            "Floods",
            "Rivers burst their banks on 2 May 2024 after a week of rain.",
        ];
        assert_eq!(page_date(&dated).as_deref(), Some("2024-05-02"));
        // A file photo of an anniversary does not date the page.
        let file_photo = [
            "Group claims abduction of students",
            "Names of missing girls are displayed to mark the fifth anniversary of their abduction, in the capital, April 14, 2019.",
        ];
        assert_eq!(page_date(&file_photo), None);
    }

    #[test]
    fn a_date_opening_a_story_sentence_deeper_down_is_not_the_pages_date() {
        let lines = [
            "Fire kills dozens in housing estate",
            "The fire began on Wednesday afternoon and spread to seven towers.",
            "Firefighters were still at the scene on Thursday.",
            "Residents said the alarms did not sound.",
            "A blaze on 2 August 1962 in the Sham Shui Po district also killed 44 people.",
            "Posted on March 3, 2025",
        ];
        assert_eq!(page_date(&lines).as_deref(), Some("2025-03-03"));
        assert_eq!(page_date(&lines[..5]), None);
    }

    #[test]
    fn dateline_gives_the_publisher() {
        let (a, _) = clean_article(&raw("q.txt", QUAKE), "q".into());
        assert_eq!(a.publisher.as_deref(), Some("AP"));
        assert_eq!(a.dateline.as_deref(), Some("ANKARA (AP)"));
    }

    #[test]
    fn paragraphs_are_numbered_for_anchors() {
        let (a, _) = clean_article(&raw("q.txt", QUAKE), "q".into());
        let ids: Vec<&str> = a.blocks.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["p1", "p2", "p3", "p4"]);
    }

    #[test]
    fn markdown_front_matter_wins() {
        let md = "+++\ntitle = \"Floods\"\npublisher = \"The Courier\"\ndate = \"2024-05-02\"\nurl = \"https://example.org/floods\"\n+++\n\nRivers burst their banks after a week of rain, the agency said on Thursday.\n\n## Aftermath\n\nMore than 200 homes were flooded, the mayor said in a statement to reporters.\n";
        let (a, w) = clean_article(&raw("f.md", md), "f".into());
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(a.title, "Floods");
        assert_eq!(a.publisher.as_deref(), Some("The Courier"));
        assert_eq!(a.date.as_deref(), Some("2024-05-02"));
        assert_eq!(a.blocks[1].kind, BlockKind::Heading);
    }

    #[test]
    fn article_without_publisher_warns() {
        let (_, w) = clean_article(
            &raw(
                "x.txt",
                "Title\n\nSomething happened on Monday and people were surprised by it all.\n",
            ),
            "x".into(),
        );
        assert!(w.iter().any(|w| w.message.contains("no publisher")));
    }

    #[test]
    fn a_breadcrumb_ending_in_the_headline_is_furniture() {
        let (a, _) = clean_article(
            &raw(
                "bus.txt",
                "39 killed when bus goes over cliff\nHome Feeds 39 killed when bus goes over cliff\n\nThirty-nine migrants died when their bus plunged off a cliff in Panama on Wednesday, officials said.\n",
            ),
            "bus".into(),
        );
        assert!(a
            .removed
            .iter()
            .any(|r| r.text.starts_with("Home Feeds")
                && r.reason == "a breadcrumb trail to this page"));
    }

    #[test]
    fn the_headline_again_with_other_quotes_or_the_sites_name_is_furniture() {
        let (a, _) = clean_article(
            &raw(
                "kabul.txt",
                "\"Tough Day\": Biden In Address\n\nTwo explosions outside the airport killed 13 service members and at least 60 Afghans, officials said.\n\n'Tough Day': Biden In Address\n\n\"Tough Day\": Biden In Address | Daily Courier | Jackson, MS\n",
            ),
            "kabul".into(),
        );
        let repeated = a
            .removed
            .iter()
            .filter(|r| r.reason == "the headline repeated")
            .count();
        assert_eq!(repeated, 2, "{:#?}", a.removed);
    }

    #[test]
    fn a_trail_with_the_headline_cut_short_is_a_breadcrumb() {
        assert!(ends_in_headline(
            "home / india news / 'heartfelt condolences': putin joins world leaders over bridge colla",
            "'heartfelt condolences': putin joins world leaders over bridge collapse",
            4
        ));
        assert!(!ends_in_headline(
            "the governor said 'heartfelt condolences': putin joins",
            "'heartfelt condolences': putin joins world leaders over bridge collapse",
            4
        ));
    }
}
