//! "Condemnation came from the pope and European leaders as well as from Turkey": statements
//! named by a noun, then the speakers they came from, each a speaker of its own.

use std::sync::LazyLock;

use super::attribution::{Attribution, Sieve};
use super::subject::{clean_subject, is_actor};
use super::{lexicon, PeopleDirectory};

/// The most words of the subject before the verb ("Messages of condolence").
const SUBJECT_WORDS: usize = 5;

static FROM_PHRASES: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("from-phrase", true, true));
static LIST_JOINERS: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("list-joiner", true, true));

/// The speakers a statement noun came from, in the order written: "Condolences came from
/// X and Y", or inside a noun phrase, "offers of help from Russia and Saudi Arabia".
pub(super) fn statements_from_speakers(s: &str, people: &PeopleDirectory) -> Vec<Attribution> {
    let came_from = FROM_PHRASES
        .iter()
        .find_map(|p| brief_text::find_ascii_ci(s, p).map(|at| (at, p.len())))
        .and_then(|(at, len)| Some((statement_noun(&s[..at])?, &s[at + len..])));
    let Some((noun, after)) = came_from.or_else(|| noun_from_inline(s)) else {
        return Vec::new();
    };
    let clause = after
        .split([';', ':', '(', '"', '“'])
        .next()
        .unwrap_or_default();
    let clause = clause.trim_end().trim_end_matches('.');
    speakers_listed(clause)
        .filter_map(clean_subject)
        .filter(|speaker| is_actor(speaker, false, people))
        .map(|speaker| Attribution {
            speaker,
            verb: noun.clone(),
            pronoun: false,
            sieve: Sieve::NounFrom,
        })
        .collect()
}

/// The most words between a statement noun and the "from" naming its speakers ("offers of
/// humanitarian help from").
const NOUN_TO_FROM: usize = 4;

/// "… offers of help from Russia and Saudi Arabia, have come …": a statement noun, a few
/// words, then "from" and the speakers up to the next comma. The noun, and what follows
/// "from".
fn noun_from_inline(s: &str) -> Option<(String, &str)> {
    let words = brief_text::gazetteer::word_spans(s);
    words.iter().enumerate().find_map(|(i, &(_, _, w))| {
        let noun = w.to_lowercase();
        if !lexicon::is("from-noun", &noun) {
            return None;
        }
        let from = words
            .iter()
            .skip(i + 1)
            .take(NOUN_TO_FROM + 1)
            .find(|&&(_, _, w)| w == "from")?;
        let after = &s[from.1..];
        Some((noun, after.split(',').next().unwrap_or(after)))
    })
}

/// The subject's head when it is a statement noun ("Condemnations", "Messages of
/// condolence"): the noun lowercased.
fn statement_noun(subject: &str) -> Option<String> {
    let words: Vec<&str> = subject.split_whitespace().collect();
    if words.is_empty() || words.len() > SUBJECT_WORDS {
        return None;
    }
    words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .find(|w| lexicon::is("statement-noun", w))
}

/// The items of a list of speakers: split at commas and joining words, each without the
/// "from" a joined item repeats ("as well as from Turkey").
fn speakers_listed(clause: &str) -> impl Iterator<Item = &str> {
    let mut items = vec![clause];
    for joiner in LIST_JOINERS.iter() {
        items = items
            .into_iter()
            .flat_map(|item| split_ascii_ci(item, joiner))
            .collect();
    }
    items
        .into_iter()
        .flat_map(|item| item.split(','))
        .map(|item| {
            let item = item.trim();
            item.strip_prefix("from ").unwrap_or(item).trim()
        })
        .filter(|item| !item.is_empty())
}

/// `text` split at every `sep`, case ignored.
fn split_ascii_ci<'t>(text: &'t str, sep: &str) -> Vec<&'t str> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = brief_text::find_ascii_ci(rest, sep) {
        parts.push(&rest[..at]);
        rest = &rest[at + sep.len()..];
    }
    parts.push(rest);
    parts
}
