//! The cleaner's English word lists (`data/clean/*.tsv`), kept as data that ships with the
//! project so a general cue is a row in a file, not a literal in code. Each file is embedded
//! at build time and parsed once, at first use; each file's header says what each kind is for
//! and how to add a row.
//!
//! A row is `kind<TAB>word`; `#` starts a comment line; a word with a space at either end is
//! written in double quotes. A row that is not so, or names a kind the code does not read, is
//! an error naming the file and line (the shipped files are checked by a test).

use std::sync::LazyLock;

use anyhow::{bail, Context, Result};

/// One file's words, grouped by kind in file order.
pub(crate) struct Table {
    kinds: Vec<(&'static str, Vec<&'static str>)>,
}

impl Table {
    /// The words of `kind`, in file order (empty for a kind the file does not hold).
    pub(crate) fn words(&'static self, kind: &str) -> &'static [&'static str] {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, words)| words.as_slice())
    }
}

/// Parses one file's rows; `kinds` are the kinds the code reads from it.
pub(crate) fn parse(file: &str, text: &'static str, kinds: &[&'static str]) -> Result<Table> {
    let mut table: Vec<(&'static str, Vec<&'static str>)> =
        kinds.iter().map(|k| (*k, Vec::new())).collect();
    for (n, line) in text.lines().enumerate() {
        let row = || format!("data/clean/{file}, line {}", n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, word) = parse_row(line).with_context(row)?;
        let Some((_, words)) = table.iter_mut().find(|(k, _)| *k == kind) else {
            bail!(
                "{}: kind '{kind}' is not one the cleaner reads ({})",
                row(),
                kinds.join(", ")
            );
        };
        words.push(word);
    }
    Ok(Table { kinds: table })
}

/// One row: its kind and its word, unquoted.
fn parse_row(line: &'static str) -> Result<(&'static str, &'static str)> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let Some((kind, word)) = line.split_once('\t') else {
        bail!("no tab between kind and word in {line:?}");
    };
    if word.contains('\t') {
        bail!("more than one tab in {line:?}");
    }
    let word = match word.strip_prefix('"') {
        Some(quoted) => quoted
            .strip_suffix('"')
            .with_context(|| format!("a quotation not closed in {line:?}"))?,
        None if word != word.trim() => {
            bail!("a space at an end of {word:?}: write it in double quotes")
        }
        None => word,
    };
    if kind.is_empty() || kind != kind.trim() {
        bail!("no kind, or spaces around it, in {line:?}");
    }
    if word.trim().is_empty() {
        bail!("no word in {line:?}");
    }
    Ok((kind, word))
}

/// Loads a shipped file; a malformed row in it is a defect of the build, caught by
/// `tests::every_shipped_row_parses_and_is_read`.
fn load(file: &str, text: &'static str, kinds: &[&'static str]) -> Table {
    parse(file, text, kinds).unwrap_or_else(|e| panic!("{e:#}"))
}

/// The kinds of `data/clean/furniture.tsv`.
const FURNITURE_KINDS: &[&str] = &[
    "share-phrase",
    "reaction-phrase",
    "cookie-phrase",
    "player-phrase",
    "comment-phrase",
    "notice-phrase",
    "subscription-phrase",
    "desk-byline",
    "caption-label",
    "section-label",
    "ad-label",
    "share-button",
    "photo-agency",
    "pointer",
];
/// The kinds of `data/clean/pictures.tsv`.
const PICTURE_KINDS: &[&str] = &[
    "picture-word",
    "picture-phrase",
    "seen-phrase",
    "picture-opening",
    "credit-label",
];
/// The kinds of `data/clean/grammar.tsv`.
const GRAMMAR_KINDS: &[&str] = &[
    "finite-verb",
    "stamp-word",
    "month",
    "irregular-past",
    "relative",
    "reader",
    "outlet-voice",
    "self",
    "person",
    "reporting",
    "past-report",
    "writing",
    "reader-verb",
    "not-an-order-after",
    "pointer-end",
];
/// The kinds of `data/clean/outlets.tsv`.
const OUTLET_KINDS: &[&str] = &["outlet-word", "masthead-joining", "found-out", "trade-noun"];

const FURNITURE_TSV: &str = include_str!("../../../data/clean/furniture.tsv");
const PICTURES_TSV: &str = include_str!("../../../data/clean/pictures.tsv");
const GRAMMAR_TSV: &str = include_str!("../../../data/clean/grammar.tsv");
const OUTLETS_TSV: &str = include_str!("../../../data/clean/outlets.tsv");

static FURNITURE: LazyLock<Table> =
    LazyLock::new(|| load("furniture.tsv", FURNITURE_TSV, FURNITURE_KINDS));
static PICTURES: LazyLock<Table> =
    LazyLock::new(|| load("pictures.tsv", PICTURES_TSV, PICTURE_KINDS));
static GRAMMAR: LazyLock<Table> = LazyLock::new(|| load("grammar.tsv", GRAMMAR_TSV, GRAMMAR_KINDS));
static OUTLETS: LazyLock<Table> = LazyLock::new(|| load("outlets.tsv", OUTLETS_TSV, OUTLET_KINDS));

/// One kind's words, read at first use.
pub(crate) type Words = LazyLock<&'static [&'static str]>;

pub(crate) static SHARE_PHRASES: Words = LazyLock::new(|| FURNITURE.words("share-phrase"));
pub(crate) static REACTION_PHRASES: Words = LazyLock::new(|| FURNITURE.words("reaction-phrase"));
pub(crate) static COOKIE_PHRASES: Words = LazyLock::new(|| FURNITURE.words("cookie-phrase"));
pub(crate) static PLAYER_PHRASES: Words = LazyLock::new(|| FURNITURE.words("player-phrase"));
pub(crate) static COMMENT_PHRASES: Words = LazyLock::new(|| FURNITURE.words("comment-phrase"));
pub(crate) static NOTICE_PHRASES: Words = LazyLock::new(|| FURNITURE.words("notice-phrase"));
pub(crate) static SUBSCRIPTION_PHRASES: Words =
    LazyLock::new(|| FURNITURE.words("subscription-phrase"));
pub(crate) static DESK_BYLINES: Words = LazyLock::new(|| FURNITURE.words("desk-byline"));
pub(crate) static CAPTION_LABELS: Words = LazyLock::new(|| FURNITURE.words("caption-label"));
pub(crate) static SECTION_LABELS: Words = LazyLock::new(|| FURNITURE.words("section-label"));
pub(crate) static AD_LABELS: Words = LazyLock::new(|| FURNITURE.words("ad-label"));
pub(crate) static SHARE_BUTTONS: Words = LazyLock::new(|| FURNITURE.words("share-button"));
pub(crate) static PHOTO_AGENCIES: Words = LazyLock::new(|| FURNITURE.words("photo-agency"));
pub(crate) static STORY_POINTERS: Words = LazyLock::new(|| FURNITURE.words("pointer"));

pub(crate) static PICTURE_WORDS: Words = LazyLock::new(|| PICTURES.words("picture-word"));
pub(crate) static PICTURE_PHRASES: Words = LazyLock::new(|| PICTURES.words("picture-phrase"));
pub(crate) static SEEN_PHRASES: Words = LazyLock::new(|| PICTURES.words("seen-phrase"));
pub(crate) static PICTURE_OPENINGS: Words = LazyLock::new(|| PICTURES.words("picture-opening"));
pub(crate) static CREDIT_LABELS: Words = LazyLock::new(|| PICTURES.words("credit-label"));

pub(crate) static FINITE_VERBS: Words = LazyLock::new(|| GRAMMAR.words("finite-verb"));
pub(crate) static STAMP_WORDS: Words = LazyLock::new(|| GRAMMAR.words("stamp-word"));
pub(crate) static MONTHS: Words = LazyLock::new(|| GRAMMAR.words("month"));
pub(crate) static IRREGULAR_PASTS: Words = LazyLock::new(|| GRAMMAR.words("irregular-past"));
pub(crate) static RELATIVE_WORDS: Words = LazyLock::new(|| GRAMMAR.words("relative"));
pub(crate) static READER_WORDS: Words = LazyLock::new(|| GRAMMAR.words("reader"));
pub(crate) static OUTLET_VOICE_WORDS: Words = LazyLock::new(|| GRAMMAR.words("outlet-voice"));
pub(crate) static SELF_WORDS: Words = LazyLock::new(|| GRAMMAR.words("self"));
pub(crate) static PERSON_WORDS: Words = LazyLock::new(|| GRAMMAR.words("person"));
pub(crate) static REPORTING_WORDS: Words = LazyLock::new(|| GRAMMAR.words("reporting"));
pub(crate) static PAST_REPORT_WORDS: Words = LazyLock::new(|| GRAMMAR.words("past-report"));
pub(crate) static WRITING_WORDS: Words = LazyLock::new(|| GRAMMAR.words("writing"));
pub(crate) static READER_VERBS: Words = LazyLock::new(|| GRAMMAR.words("reader-verb"));
pub(crate) static NOT_AN_ORDER_AFTER: Words = LazyLock::new(|| GRAMMAR.words("not-an-order-after"));
pub(crate) static POINTER_ENDS: Words = LazyLock::new(|| GRAMMAR.words("pointer-end"));

pub(crate) static OUTLET_WORDS: Words = LazyLock::new(|| OUTLETS.words("outlet-word"));
pub(crate) static MASTHEAD_JOINING: Words = LazyLock::new(|| OUTLETS.words("masthead-joining"));
pub(crate) static FOUND_OUT: Words = LazyLock::new(|| OUTLETS.words("found-out"));
pub(crate) static TRADE_NOUNS: Words = LazyLock::new(|| OUTLETS.words("trade-noun"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped file with the kinds the code reads from it.
    const FILES: &[(&str, &str, &[&str])] = &[
        ("furniture.tsv", FURNITURE_TSV, FURNITURE_KINDS),
        ("pictures.tsv", PICTURES_TSV, PICTURE_KINDS),
        ("grammar.tsv", GRAMMAR_TSV, GRAMMAR_KINDS),
        ("outlets.tsv", OUTLETS_TSV, OUTLET_KINDS),
    ];

    /// Every list the code reads.
    fn lists() -> Vec<(&'static str, &'static [&'static str])> {
        vec![
            ("share-phrase", *SHARE_PHRASES),
            ("reaction-phrase", *REACTION_PHRASES),
            ("cookie-phrase", *COOKIE_PHRASES),
            ("player-phrase", *PLAYER_PHRASES),
            ("comment-phrase", *COMMENT_PHRASES),
            ("notice-phrase", *NOTICE_PHRASES),
            ("subscription-phrase", *SUBSCRIPTION_PHRASES),
            ("desk-byline", *DESK_BYLINES),
            ("caption-label", *CAPTION_LABELS),
            ("section-label", *SECTION_LABELS),
            ("ad-label", *AD_LABELS),
            ("share-button", *SHARE_BUTTONS),
            ("photo-agency", *PHOTO_AGENCIES),
            ("pointer", *STORY_POINTERS),
            ("picture-word", *PICTURE_WORDS),
            ("picture-phrase", *PICTURE_PHRASES),
            ("seen-phrase", *SEEN_PHRASES),
            ("picture-opening", *PICTURE_OPENINGS),
            ("credit-label", *CREDIT_LABELS),
            ("finite-verb", *FINITE_VERBS),
            ("stamp-word", *STAMP_WORDS),
            ("month", *MONTHS),
            ("irregular-past", *IRREGULAR_PASTS),
            ("relative", *RELATIVE_WORDS),
            ("reader", *READER_WORDS),
            ("outlet-voice", *OUTLET_VOICE_WORDS),
            ("self", *SELF_WORDS),
            ("person", *PERSON_WORDS),
            ("reporting", *REPORTING_WORDS),
            ("past-report", *PAST_REPORT_WORDS),
            ("writing", *WRITING_WORDS),
            ("reader-verb", *READER_VERBS),
            ("not-an-order-after", *NOT_AN_ORDER_AFTER),
            ("pointer-end", *POINTER_ENDS),
            ("outlet-word", *OUTLET_WORDS),
            ("masthead-joining", *MASTHEAD_JOINING),
            ("found-out", *FOUND_OUT),
            ("trade-noun", *TRADE_NOUNS),
        ]
    }

    #[test]
    fn every_shipped_row_parses_and_is_read() {
        for (file, text, kinds) in FILES {
            let table = parse(file, text, kinds).unwrap_or_else(|e| panic!("{e:#}"));
            for (kind, words) in &table.kinds {
                assert!(!words.is_empty(), "{file}: kind '{kind}' has no rows");
            }
        }
        let read: Vec<&str> = lists().iter().map(|(kind, _)| *kind).collect();
        for (file, _, kinds) in FILES {
            for kind in *kinds {
                assert!(read.contains(kind), "{file}: no list reads kind '{kind}'");
            }
        }
        for (kind, words) in lists() {
            assert!(!words.is_empty(), "the list of kind '{kind}' is empty");
        }
    }

    #[test]
    fn a_row_of_an_unknown_kind_names_its_file_and_line() {
        let err = parse(
            "x.tsv",
            "# head\nshare\tshare this\nshre\tcopy link\n",
            &["share"],
        )
        .err()
        .map(|e| format!("{e:#}"));
        let err = err.unwrap_or_default();
        assert!(err.contains("data/clean/x.tsv, line 3"), "{err}");
        assert!(err.contains("'shre'"), "{err}");
    }

    #[test]
    fn a_row_without_a_tab_names_its_file_and_line() {
        let err = parse("x.tsv", "share  copy link\n", &["share"])
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.contains("data/clean/x.tsv, line 1"), "{err}");
    }

    #[test]
    fn a_stray_space_must_be_quoted_and_a_quoted_one_is_kept() {
        assert!(parse("x.tsv", "seen\tis seen \n", &["seen"]).is_err());
        let table = parse("x.tsv", "seen\t\"is seen \"\n", &["seen"]).ok();
        let words = table.as_ref().map(|t| t.kinds[0].1.clone());
        assert_eq!(words, Some(vec!["is seen "]));
    }
}
