//! The line classifier: shallow, site-independent features of each body line (its length,
//! stop words, punctuation, capitals, figures, where it sits against the headline and the
//! article's long paragraphs, its neighbours, and the junk rules of `rules.rs` as one cue among
//! many), and a small boosted-tree model fitted on hand-labelled web pages
//! (`tools/fit_cleaner.py`, Dragnet data, CC BY 4.0) that gives each line its chance of being
//! the article. The features are computed here only: the fitting tool reads them from
//! `examples/line_features.rs`, which calls the same function, so the shipped model sees what
//! it was fitted on.

use crate::wordlists::{FINITE_VERBS, STAMP_WORDS};
use std::sync::LazyLock;

use serde::Deserialize;

use super::rules;

const STOP_WORDS: &str = include_str!("../../../data/stopwords-en.txt");
const MODEL_JSON: &str = include_str!("../../../data/cleaner-model.json");

// A fast hash: every word of every line is looked up, and the set is never iterated.
static STOPS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    STOP_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The names of the features, in the order `page_features` writes them.
pub const FEATURE_NAMES: [&str; NF] = [
    "words",
    "chars",
    "stop_share",
    "ends_sentence",
    "sentence_marks",
    "cap_share",
    "upper_share",
    "digit_share",
    "stamp",
    "separators",
    "web_address",
    "rule_junk",
    "headline_overlap",
    "is_headline",
    "repeated_on_page",
    "opens_with_quote",
    "rel_position",
    "from_first_long",
    "to_last_long",
    "nearest_long",
    "long_share_near",
    "prev_words",
    "next_words",
    "prev_stop_share",
    "next_stop_share",
    "prev_ends_sentence",
    "next_ends_sentence",
    "prev_rule_junk",
    "next_rule_junk",
    "prev2_words",
    "next2_words",
    "window_words",
    "page_lines",
    "page_long_share",
    "ends_ellipsis",
    "credit_tail",
    "stamp_only",
    "title_case",
    "starts_bullet",
    "prev3_words",
    "next3_words",
    "wide_window_words",
    "short_run",
    "long_before",
    "long_after",
];
/// How many features a line has.
pub const NF: usize = 45;

/// The features of one line.
pub type Features = [f32; NF];

/// Why the model took a line out, by the family of cues that weighed most against it.
pub const SHORT_LABEL: &str = "short label between page furniture";
pub const OUTSIDE_ARTICLE: &str = "page furniture outside the article";
pub const STAMP: &str = "stamp (date, time or figures)";
pub const LINK_STRIP: &str = "menu or link strip";
pub const HEADLINE_REPEAT: &str = "headline repeated";
pub const REPEATED_LINE: &str = "line repeated on the page";
pub const NOT_PROSE: &str = "headline or label, not a sentence of the article";
pub const CAPTION: &str = "caption or credit";

/// Does the line (its words, lowercase) hold a finite verb?
pub(crate) fn has_finite_verb(words: &[String]) -> bool {
    words.iter().any(|w| FINITE_VERBS.contains(&w.as_str()))
}

/// Which reason each feature speaks for when it weighs against a line.
fn cue_reason(feature: usize) -> &'static str {
    match FEATURE_NAMES[feature] {
        "digit_share" | "stamp" => STAMP,
        "separators" | "web_address" => LINK_STRIP,
        "headline_overlap" | "is_headline" => HEADLINE_REPEAT,
        "repeated_on_page" => REPEATED_LINE,
        "stamp_only" => STAMP,
        "credit_tail" => CAPTION,
        "rel_position" | "from_first_long" | "to_last_long" | "nearest_long"
        | "long_share_near" | "page_lines" | "page_long_share" | "long_before" | "long_after" => {
            OUTSIDE_ARTICLE
        }
        "stop_share" | "ends_sentence" | "sentence_marks" | "cap_share" | "upper_share"
        | "opens_with_quote" | "rule_junk" | "ends_ellipsis" | "title_case" | "starts_bullet" => {
            NOT_PROSE
        }
        _ => SHORT_LABEL,
    }
}

/// A paragraph long enough and prose-like enough to anchor where the article is.
fn is_long_paragraph(words: usize, stop_share: f32, ends_sentence: bool) -> bool {
    words >= LONG_PARAGRAPH_WORDS && ends_sentence && stop_share >= 0.2
}

/// The fewest words of a long paragraph.
const LONG_PARAGRAPH_WORDS: usize = 20;

/// How many words `word_list` finds in a line and how many of them are stop words, each word
/// lowercased into one buffer rather than a string of its own (asked of every line).
fn words_and_stops(line: &str) -> (usize, usize) {
    let mut word = String::new();
    let (mut words, mut stops) = (0, 0);
    let mut count = |word: &mut String| {
        if !word.is_empty() {
            words += 1;
            if STOPS.contains(word.as_str()) {
                stops += 1;
            }
            word.clear();
        }
    };
    for c in line.chars() {
        // Most characters are ASCII, lowercased without `char::to_lowercase`'s iterator.
        if c.is_ascii_alphanumeric() || c == '\'' {
            word.push(c.to_ascii_lowercase());
        } else if c == '’' {
            word.push('\'');
        } else if !c.is_ascii() && c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            count(&mut word);
        }
    }
    count(&mut word);
    (words, stops)
}

/// How many words `word_list` finds in a line, without writing them out.
pub(crate) fn word_count(line: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    // ASCII is classified byte by byte; other characters are decoded (asked of every line).
    while let Some(&b) = line.as_bytes().get(i) {
        let (w, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'', 1)
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        };
        if w && !in_word {
            count += 1;
        }
        in_word = w;
        i += len;
    }
    count
}

/// Is the word (lowercase) a stop word?
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOPS.contains(word)
}

/// A line that is, on its own, a long paragraph of prose.
pub(crate) fn is_long_line(line: &str) -> bool {
    // A long paragraph ends like a sentence: asked first, it spares reading the words of
    // every other line (this is asked of every line by several passes).
    if !rules::ends_like_sentence(line) || word_count(line) < LONG_PARAGRAPH_WORDS {
        return false;
    }
    let (words, stops) = words_and_stops(line);
    is_long_paragraph(words, share(stops, words), true)
}

/// What each line is on its own, before its neighbours are looked at.
struct Own {
    /// The line's words, lowercase.
    list: Vec<String>,
    words: usize,
    stop_share: f32,
    ends_sentence: bool,
    long: bool,
}

/// The first `n` words of `word_list`, without reading the rest.
pub(crate) fn word_list_head(line: &str, n: usize) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

pub(crate) fn word_list(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(lowercase_word)
        .collect()
}

/// A word in lowercase with its curly apostrophes straight. Most words are ASCII, which has
/// no curly apostrophe and lowercases in one pass (every line's words are listed several
/// times while a page is cleaned).
fn lowercase_word(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    }
}

pub(crate) fn has_stamp(line: &str, words: &[String]) -> bool {
    let has_digit = line.chars().any(|c| c.is_ascii_digit());
    rules::CLOCK_RE.is_match(line)
        || has_digit && words.iter().any(|w| STAMP_WORDS.contains(&w.as_str()))
        || has_digit && has_numeric_date(line)
}

/// A date written in figures: "2022-01-21", "21/11/2022", "06.08.2023".
fn has_numeric_date(line: &str) -> bool {
    line.split(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .any(|token| {
            let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
            parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && p.len() <= 4)
                && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
                && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
                && (parts[0].len() == 4 || parts[2].len() == 4 || parts[2].len() == 2)
                && parts[1].len() <= 2
        })
}

fn separator_count(line: &str) -> usize {
    line.chars()
        .filter(|c| matches!(c, '|' | '·' | '•' | '»' | '«' | '›' | '>' | '/'))
        .count()
}

fn has_web_address(line: &str) -> bool {
    let has = |needle: &str| {
        line.as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    line.contains('@') || has("http") || has("www.") || has(".com")
}

/// A line that trails off: a teaser cut short ("… the…", "Read more...").
pub(crate) fn ends_with_ellipsis(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with('…') || t.ends_with("...")
}

/// The tail of a caption: a credit after the sentence, in brackets ("… damaged. (AP: Name)",
/// "… Aqaba [Getty]") or after a colon ("… palace. Photo: Agency"), or a copyright sign.
pub(crate) fn has_credit_tail(line: &str) -> bool {
    // "(Copyright 2021 The Associated Press. All rights reserved)": the sign in words.
    if line.contains('©') || line.contains("(Copyright ") {
        return true;
    }
    let t = line.trim_end();
    let bracketed = |open: char, close: char| {
        t.strip_suffix(close)
            .and_then(|rest| rest.rfind(open).map(|k| (&rest[..k], &rest[k + 1..])))
            .is_some_and(|(before, inside)| {
                let n = inside.split_whitespace().count();
                (1..=6).contains(&n)
                    && !inside.trim_end().ends_with('.')
                    && (inside.contains([':', '/'])
                        || before.trim_end().ends_with(['.', '!', '?'])
                        || !before.trim().is_empty() && inside.starts_with(char::is_uppercase))
            })
    };
    let after_colon = last_colon_space(t).is_some_and(|k| {
        let (before, tail) = (&t[..k], &t[k + 2..]);
        let label_and_tail: Vec<&str> = before
            .rsplit(' ')
            .take(1)
            .chain(tail.split_whitespace())
            .collect();
        label_and_tail.len() <= 5
            && tail
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && before
                .trim_end()
                .rsplit_once(' ')
                .is_some_and(|(s, _)| s.trim_end().ends_with(['.', '!', '?']))
    });
    bracketed('(', ')') || bracketed('[', ']') || after_colon
}

/// `t.rfind(": ")`, read byte by byte from the end: searching for the two-byte needle cost
/// more than the rest of `has_credit_tail` (asked of every line).
fn last_colon_space(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let mut end = bytes.len();
    while let Some(k) = bytes[..end].iter().rposition(|&b| b == b':') {
        if bytes.get(k + 1) == Some(&b' ') {
            return Some(k);
        }
        end = k;
    }
    None
}

/// Every word of some length capitalised and no sentence end: a link or section title.
fn is_title_case(line: &str, ends_sentence: bool) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    !ends_sentence
        && long.len() >= 2
        && long.iter().all(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase)
        })
}

fn starts_with_bullet(line: &str) -> bool {
    line.trim_start()
        .starts_with(['•', '·', '-', '–', '—', '*', '►', '▶', '■', '▪'])
}

fn share(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

/// Distance in lines, clipped so far-away pages look alike.
fn clip(d: i64) -> f32 {
    d.clamp(-30, 30) as f32
}

/// Lines shorter than this make up a run of furniture (a menu, a link list).
const SHORT_RUN_WORDS: usize = 10;

/// The features of every line of a page's body. `title` is the headline; `rule_junk` says
/// which lines the junk rules of `rules.rs` took out.
pub fn page_features(title: &str, lines: &[&str], rule_junk: &[bool]) -> Vec<Features> {
    let title_words: rustc_hash::FxHashSet<String> = word_list(title).into_iter().collect();
    let title_key = rules::fold(title.trim());
    let title_len = title_key.len();
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for l in lines {
        *seen.entry(l.trim()).or_default() += 1;
    }
    let own: Vec<Own> = lines
        .iter()
        .map(|l| {
            let words = word_list(l);
            let stops = words.iter().filter(|w| STOPS.contains(w.as_str())).count();
            let count = words.len();
            let stop_share = share(stops, count);
            let ends_sentence = rules::ends_like_sentence(l);
            Own {
                list: words,
                words: count,
                stop_share,
                ends_sentence,
                long: is_long_paragraph(count, stop_share, ends_sentence),
            }
        })
        .collect();
    let n = lines.len();
    let first_long = own.iter().position(|o| o.long);
    let last_long = own.iter().rposition(|o| o.long);
    let long_positions: Vec<usize> = (0..n).filter(|&i| own[i].long).collect();
    let total_words: usize = own.iter().map(|o| o.words).sum();
    let long_words: usize = own.iter().filter(|o| o.long).map(|o| o.words).sum();
    let page_long_share = share(long_words, total_words);
    // The run of short lines each line sits in (menus and link lists come in runs).
    let mut short_run = vec![0usize; n];
    let mut k = 0;
    while k < n {
        if own[k].words >= SHORT_RUN_WORDS {
            k += 1;
            continue;
        }
        let end = (k..n)
            .find(|&j| own[j].words >= SHORT_RUN_WORDS)
            .unwrap_or(n);
        short_run[k..end].fill(end - k);
        k = end;
    }
    let junk = |i: usize| rule_junk.get(i).copied().unwrap_or(false);
    let at = |i: i64| -> Option<&Own> { usize::try_from(i).ok().and_then(|i| own.get(i)) };
    (0..n)
        .map(|i| {
            let line = lines[i];
            let o = &own[i];
            let words = &o.list;
            let (mut tokens, mut caps) = (0, 0);
            for t in line.split_whitespace() {
                tokens += 1;
                caps += usize::from(t.starts_with(char::is_uppercase));
            }
            let (mut letters, mut upper, mut chars, mut digits) = (0, 0, 0, 0);
            for c in line.chars() {
                chars += 1;
                letters += usize::from(c.is_alphabetic());
                upper += usize::from(c.is_uppercase());
                digits += usize::from(c.is_ascii_digit());
            }
            // Only a line of about the headline's length can repeat it.
            let is_headline = !title_key.is_empty()
                && line.trim().len().abs_diff(title_len) <= 8
                && rules::fold(line.trim()) == title_key;
            let marks = line
                .char_indices()
                .filter(|&(k, c)| {
                    matches!(c, '.' | '!' | '?')
                        && line[k + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace)
                })
                .count();
            let in_title = words.iter().filter(|w| title_words.contains(*w)).count();
            let ii = i as i64;
            // The nearest long paragraph: the one at or after the line, or the one before.
            let after = long_positions.partition_point(|&p| p < i);
            let nearest = [after.checked_sub(1), Some(after)]
                .into_iter()
                .flatten()
                .filter_map(|k| long_positions.get(k))
                .map(|&p| (p as i64 - ii).abs())
                .min()
                .unwrap_or(99);
            let near_long = (i.saturating_sub(3)..(i + 4).min(n))
                .filter(|&j| j != i && own[j].long)
                .count();
            let window: Vec<usize> = (i.saturating_sub(2)..(i + 3).min(n))
                .map(|j| own[j].words)
                .collect();
            let wide: Vec<usize> = (i.saturating_sub(5)..(i + 6).min(n))
                .map(|j| own[j].words)
                .collect();
            let long_before = long_positions[..after]
                .last()
                .map_or(30.0, |&p| clip(ii - p as i64));
            let long_after = long_positions[after..]
                .iter()
                .find(|&&p| p > i)
                .map_or(30.0, |&p| clip(p as i64 - ii));
            let stamp = has_stamp(line, words);
            let words_of = |k: i64| at(k).map_or(0.0, |o| o.words as f32);
            let stop_of = |k: i64| at(k).map_or(0.0, |o| o.stop_share);
            let ends_of = |k: i64| at(k).map_or(0.0, |o| f32::from(u8::from(o.ends_sentence)));
            let junk_of = |k: i64| {
                usize::try_from(k)
                    .ok()
                    .filter(|&k| k < n)
                    .map_or(1.0, |k| f32::from(u8::from(junk(k))))
            };
            [
                o.words as f32,
                chars as f32,
                o.stop_share,
                f32::from(u8::from(o.ends_sentence)),
                share(marks, o.words.max(1)),
                share(caps, tokens),
                share(upper, letters),
                share(digits, chars),
                f32::from(u8::from(stamp)),
                separator_count(line) as f32,
                f32::from(u8::from(has_web_address(line))),
                f32::from(u8::from(junk(i))),
                share(in_title, words.len()),
                f32::from(u8::from(is_headline)),
                f32::from(u8::from(seen.get(line.trim()).copied().unwrap_or(0) > 1)),
                f32::from(u8::from(line.starts_with(['"', '“', '‘', '\'', '«', '„']))),
                share(i, n.max(1)),
                first_long.map_or(-30.0, |f| clip(ii - f as i64)),
                last_long.map_or(-30.0, |l| clip(l as i64 - ii)),
                nearest.min(30) as f32,
                near_long as f32,
                words_of(ii - 1),
                words_of(ii + 1),
                stop_of(ii - 1),
                stop_of(ii + 1),
                ends_of(ii - 1),
                ends_of(ii + 1),
                junk_of(ii - 1),
                junk_of(ii + 1),
                words_of(ii - 2),
                words_of(ii + 2),
                share(window.iter().sum(), window.len()),
                n.min(500) as f32,
                page_long_share,
                f32::from(u8::from(ends_with_ellipsis(line))),
                f32::from(u8::from(has_credit_tail(line))),
                f32::from(u8::from(stamp && o.words <= 8)),
                f32::from(u8::from(is_title_case(line, o.ends_sentence))),
                f32::from(u8::from(starts_with_bullet(line))),
                words_of(ii - 3),
                words_of(ii + 3),
                share(wide.iter().sum(), wide.len()),
                short_run[i].min(30) as f32,
                long_before,
                long_after,
            ]
        })
        .collect()
}

/// The names of the context features the second pass adds to a line's own: the first pass's
/// chance of content of the line and of its neighbours, near and far.
pub const CONTEXT_NAMES: [&str; NC] = [
    "p_self",
    "p_prev",
    "p_next",
    "p_prev2",
    "p_next2",
    "p_max_near",
    "p_mean_wide",
    "p_page_mean",
    "p_share_before",
    "p_share_after",
    "to_content",
    "page_content_lines",
];
/// How many context features the second pass adds.
pub const NC: usize = 12;

/// A line's features for the second pass: its own, then its context.
pub type Stacked = [f32; NF + NC];

/// The first pass's chance at which a line counts as content for its neighbours.
const CONTENT_AT: f32 = 0.5;

/// The context of every line from the first pass's chances (`tools/fit_cleaner.py` computes
/// the same in `context_features`; the two must agree).
pub fn context_features(p: &[f32]) -> Vec<[f32; NC]> {
    let n = p.len();
    let at = |k: i64| {
        usize::try_from(k)
            .ok()
            .and_then(|k| p.get(k))
            .copied()
            .unwrap_or(0.0)
    };
    let content: Vec<usize> = (0..n).filter(|&j| p[j] >= CONTENT_AT).collect();
    let page_mean = if n == 0 {
        0.0
    } else {
        p.iter().sum::<f32>() / n as f32
    };
    let others = |lo: usize, hi: usize, i: usize| (lo..hi.min(n)).filter(move |&j| j != i);
    (0..n)
        .map(|i| {
            let ii = i as i64;
            let max_near = others(i.saturating_sub(3), i + 4, i)
                .map(|j| p[j])
                .fold(0.0, f32::max);
            let wide: Vec<f32> = others(i.saturating_sub(5), i + 6, i)
                .map(|j| p[j])
                .collect();
            let before = content.partition_point(|&j| j < i);
            let after = content.len() - content.partition_point(|&j| j <= i);
            // The nearest other content line: the last before the line or the first after it.
            let to_content = [
                before.checked_sub(1).map(|k| content[k]),
                content.get(content.len() - after).copied(),
            ]
            .into_iter()
            .flatten()
            .map(|j| (j as i64 - ii).abs())
            .min()
            .map_or(30.0, clip);
            [
                p[i],
                at(ii - 1),
                at(ii + 1),
                at(ii - 2),
                at(ii + 2),
                max_near,
                if wide.is_empty() {
                    0.0
                } else {
                    wide.iter().sum::<f32>() / wide.len() as f32
                },
                page_mean,
                share(before, i),
                share(after, n - 1 - i),
                to_content,
                content.len().min(500) as f32,
            ]
        })
        .collect()
}

/// A fitted model as `tools/fit_cleaner.py` writes it: the first pass on a line's own
/// features, the second (`context`) on those and the first pass's chances around the line.
#[derive(Debug, Deserialize)]
struct ModelFile {
    features: Vec<String>,
    /// The log-odds before any tree.
    base: f32,
    trees: Vec<TreeFile>,
    threshold: f32,
    context: PassFile,
}

/// The second pass as the file holds it.
#[derive(Debug, Deserialize)]
struct PassFile {
    features: Vec<String>,
    base: f32,
    trees: Vec<TreeFile>,
}

/// One tree as parallel arrays; `left[k] < 0` marks a leaf. `value` is each node's log-odds
/// share (leaves: the tree's output; inner nodes: the mean of their leaves, for the cues).
#[derive(Debug, Deserialize)]
struct TreeFile {
    feature: Vec<usize>,
    threshold: Vec<f32>,
    left: Vec<i32>,
    right: Vec<i32>,
    value: Vec<f32>,
}

/// Boosted regression trees on the log-odds that a line is the article, their nodes in one
/// array so that judging a line walks memory in order.
#[derive(Debug)]
struct Trees {
    base: f32,
    /// Where each tree's root is in `nodes`.
    roots: Vec<usize>,
    nodes: Vec<Node>,
}

/// A fitted model: two passes of trees.
#[derive(Debug)]
pub struct Model {
    first: Trees,
    context: Trees,
    /// Below this chance of being the article, a line is furniture.
    pub threshold: f32,
}

/// A tree node; `left == 0` marks a leaf (no node points back at a root). Every line of every
/// page walks 250 trees, so a node is 20 bytes (indices as `u32`), not 40: the trees fit the
/// cache twice as well.
#[derive(Debug, Clone, Copy)]
struct Node {
    feature: u32,
    threshold: f32,
    left: u32,
    right: u32,
    value: f32,
}

impl Trees {
    /// The trees in one array, checked so that every walk ends at a leaf inside it and reads
    /// only features below `width`.
    fn from_file(base: f32, trees: &[TreeFile], width: usize) -> Result<Trees, String> {
        let mut roots = Vec::new();
        let mut nodes = Vec::new();
        for tree in trees {
            let start = nodes.len();
            let n = tree.value.len();
            let sizes = [
                tree.feature.len(),
                tree.threshold.len(),
                tree.left.len(),
                tree.right.len(),
            ];
            if sizes.iter().any(|&s| s != n) {
                return Err("a tree's arrays differ in length".into());
            }
            roots.push(start);
            for k in 0..n {
                let child = |c: i32| usize::try_from(c).ok().filter(|&c| c > k && c < n);
                let (left, right) = match (child(tree.left[k]), child(tree.right[k])) {
                    (Some(l), Some(r)) if tree.feature[k] < width => (start + l, start + r),
                    _ if tree.left[k] < 0 => (0, 0),
                    _ => return Err(format!("tree node {k} points outside its tree")),
                };
                let index = |i: usize| u32::try_from(i).map_err(|_| "the trees are too large");
                nodes.push(Node {
                    // A leaf's feature is never read.
                    feature: if left == 0 {
                        0
                    } else {
                        index(tree.feature[k])?
                    },
                    threshold: tree.threshold[k],
                    left: index(left)?,
                    right: index(right)?,
                    value: tree.value[k],
                });
            }
        }
        Ok(Trees { base, roots, nodes })
    }

    /// The leaf a tree sends the line to, telling `visit` each step (feature, from, to).
    fn walk(&self, root: usize, x: &[f32], mut visit: impl FnMut(usize, &Node, &Node)) -> f32 {
        let mut node = &self.nodes[root];
        // Children always lie after their parent (checked at load), so this ends.
        while node.left != 0 {
            let next = if x[node.feature as usize] <= node.threshold {
                &self.nodes[node.left as usize]
            } else {
                &self.nodes[node.right as usize]
            };
            visit(node.feature as usize, node, next);
            node = next;
        }
        node.value
    }

    /// The chance the line is the article.
    fn content(&self, x: &[f32]) -> f32 {
        let raw: f32 = self.base
            + self
                .roots
                .iter()
                .map(|&r| self.walk(r, x, |_, _, _| {}))
                .sum::<f32>();
        1.0 / (1.0 + (-raw).exp())
    }

    /// The cue of the line's own features that weighed most against it.
    fn cue(&self, x: &[f32]) -> &'static str {
        let mut against = [0f32; NF];
        for &root in &self.roots {
            self.walk(root, x, |f, from, to| {
                if let Some(a) = against.get_mut(f) {
                    *a += from.value - to.value;
                }
            });
        }
        let mut by_reason: Vec<(&'static str, f32)> = Vec::new();
        for (f, w) in against.iter().enumerate() {
            let reason = cue_reason(f);
            match by_reason.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, total)) => *total += w,
                None => by_reason.push((reason, *w)),
            }
        }
        by_reason
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(SHORT_LABEL, |(r, _)| r)
    }
}

impl Model {
    fn from_file(file: ModelFile) -> Result<Model, String> {
        let context_names: Vec<&str> = FEATURE_NAMES
            .iter()
            .chain(&CONTEXT_NAMES)
            .copied()
            .collect();
        if file.features != FEATURE_NAMES || file.context.features != context_names {
            return Err("fitted on other features; refit it (README, Measuring)".into());
        }
        Ok(Model {
            first: Trees::from_file(file.base, &file.trees, NF)?,
            context: Trees::from_file(file.context.base, &file.context.trees, NF + NC)?,
            threshold: file.threshold,
        })
    }
}

/// The model shipped in `data/cleaner-model.json`, or the file `BRIEF_CLEANER_MODEL` names:
/// a refit is measured on the fixtures through the whole build (each fold's model on the
/// events it never saw) without compiling brief again.
pub static MODEL: LazyLock<Model> = LazyLock::new(|| match std::env::var_os(MODEL_ENV) {
    Some(path) => {
        let shown = std::path::Path::new(&path).display().to_string();
        let json = std::fs::read_to_string(&path)
            .unwrap_or_else(|why| panic!("{MODEL_ENV}={shown}: {why}"));
        parse_model(&json).unwrap_or_else(|why| panic!("{MODEL_ENV}={shown}: {why}"))
    }
    None => parse_model(MODEL_JSON).unwrap_or_else(|why| panic!("data/cleaner-model.json: {why}")),
});

/// The environment variable that names a refitted model to use instead of the shipped one.
pub const MODEL_ENV: &str = "BRIEF_CLEANER_MODEL";

fn parse_model(json: &str) -> Result<Model, String> {
    let file: ModelFile = serde_json::from_str(json).map_err(|why| why.to_string())?;
    Model::from_file(file)
}

/// The model's judgement of one line.
#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    /// The chance that the line is the article.
    pub content: f32,
    /// The reason of the cues that weighed most against it.
    pub cue: &'static str,
}

impl Model {
    /// The first pass's chance of content of every line, on its own features.
    pub fn first_pass(&self, features: &[Features]) -> Vec<f32> {
        features.iter().map(|x| self.first.content(x)).collect()
    }

    /// Every line judged in its context: the second pass over the line's own features and
    /// the first pass's chances around it. Lines `settled` (already taken out) keep the first
    /// pass's chance: they count as neighbours, but need no verdict of their own.
    pub fn judge_page(&self, features: &[Features], settled: &[bool]) -> Vec<Verdict> {
        let first = self.first_pass(features);
        let context = context_features(&first);
        features
            .iter()
            .zip(&context)
            .zip(&first)
            .enumerate()
            .map(|(i, ((own, ctx), &p))| {
                if settled.get(i).copied().unwrap_or(false) {
                    return Verdict {
                        content: p,
                        cue: SHORT_LABEL,
                    };
                }
                let mut x: Stacked = [0.0; NF + NC];
                x[..NF].copy_from_slice(own);
                x[NF..].copy_from_slice(ctx);
                let content = self.context.content(&x);
                // Only a line taken out needs its reason: what in the line itself weighed
                // against it, or, when the line alone looked like the article, its setting.
                let cue = if content >= self.threshold {
                    SHORT_LABEL
                } else if p < self.threshold {
                    self.first.cue(own)
                } else {
                    OUTSIDE_ARTICLE
                };
                Verdict { content, cue }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_counted_without_writing_them_out_agree_with_the_word_list() {
        for line in [
            "",
            "The Ministry’s spokesman said it was 'a tragedy' -- 12 dead, 3-4 missing…",
            "ÉCOLE Saint-Michel: Ärzte über Σ und Ω, O'Neil's",
        ] {
            let words = word_list(line);
            let stops = words.iter().filter(|w| STOPS.contains(w.as_str())).count();
            assert_eq!(word_count(line), words.len(), "{line}");
            assert_eq!(words_and_stops(line), (words.len(), stops), "{line}");
            assert_eq!(
                word_list_head(line, 3),
                words.iter().take(3).cloned().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_caption_with_its_credit_after_the_sentence_has_a_credit_tail() {
        assert!(has_credit_tail(
            "People inspect the wreckage of buildings. (AP: Hani Mohammed)"
        ));
        assert!(has_credit_tail(
            "Gen. Zúñiga was arrested at the palace. Photo: EFE"
        ));
        assert!(has_credit_tail("Investigators at the site [Getty]"));
        assert!(has_credit_tail(
            "Jen Psaki says the US is making an effort (Copyright 2021 The Associated Press. All rights reserved)"
        ));
        assert!(!has_credit_tail(
            "The agency said 40 people were hurt, according to the World Health Organization (WHO)."
        ));
        assert!(!has_credit_tail("He said: We will rebuild."));
    }

    #[test]
    fn the_last_colon_before_a_space_is_found_as_searching_for_it_finds_it() {
        for t in [
            "Photo: AP",
            "a: b: c",
            "ends with:",
            "no colon",
            "x:y: z",
            ": lead",
            "é: ü:",
        ] {
            assert_eq!(last_colon_space(t), t.rfind(": "), "{t:?}");
        }
    }

    #[test]
    fn a_caption_has_no_finite_verb() {
        assert!(!has_finite_verb(&word_list(
            "Firefighters at the scene in Vienna on June 27, 2019"
        )));
        assert!(has_finite_verb(&word_list(
            "The toll was 40, officials said."
        )));
    }

    #[test]
    fn a_date_in_figures_is_a_stamp() {
        let words = word_list("date 2022-01-21");
        assert!(has_stamp("date 2022-01-21", &words));
        assert!(has_numeric_date("Updated 21/11/2022"));
        assert!(!has_numeric_date("Scores rose 3-1 in 2022"));
    }

    #[test]
    fn the_context_of_a_line_is_its_neighbours_chances() {
        let ctx = context_features(&[0.9, 0.1, 0.8, 0.2]);
        assert_eq!(ctx.len(), 4);
        // The second line: its own chance, the line before and after it.
        assert_eq!(&ctx[1][..3], &[0.1, 0.9, 0.8]);
        // Content at one line's distance either side.
        assert_eq!(ctx[1][10], 1.0);
        // Nothing before the first line; the last line has no content after it.
        assert_eq!(ctx[0][8], 0.0);
        assert_eq!(ctx[3][9], 0.0);
    }
}
