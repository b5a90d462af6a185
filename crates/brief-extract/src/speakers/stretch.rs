//! The stretch of words before a reporting verb, read for its subject: a name after an
//! opening phrase without a comma, a subject trailing a conjunction or an appositive, how far
//! back a subject may reach.

use brief_text::gazetteer::{word_spans, GAZETTEER};

use super::lexicon;
use super::reporting_verb;
use super::subject::is_past_participle;

/// "In a Bloomberg interview Trump declared …": an opening phrase with no comma after it,
/// then the speaker's name, capitalised, right before the verb.
pub(super) fn name_after_opening_phrase(stretch: &str) -> Option<&str> {
    let words = word_spans(stretch);
    let opens = words
        .first()
        .is_some_and(|w| lexicon::is("intro", &w.2.to_lowercase()));
    if !opens || stretch.contains([',', ';', ':', '"']) {
        return None;
    }
    let capital = |w: &&(usize, usize, &str)| brief_text::names::is_capitalised(w.2);
    // A run of one to three capitalised words ends the stretch.
    let run = words.iter().rev().take_while(capital).count();
    if !(1..=3).contains(&run) {
        return None;
    }
    let first = words.len().checked_sub(run)?;
    // The run follows a lowercase word that is no determiner ("interview Trump", not "the
    // Harbour Board").
    let after_lowercase = first
        .checked_sub(1)
        .and_then(|k| words.get(k))
        .is_some_and(|w| w.2.starts_with(char::is_lowercase) && !lexicon::is("determiner", w.2));
    let name = stretch.get(words.get(first)?.0..)?.trim_end();
    // "In a statement issued on Tuesday the European Union deplored …": a country or body
    // known by name after its article.
    let known_after_article = GAZETTEER.lookup(name).is_some()
        && first
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|w| w.2.eq_ignore_ascii_case("the"));
    // One word, or a run that is a person's name whole (not "Harbour Board Kowalczyk").
    let whole = run == 1 || super::names::person_names(name) == [name];
    (after_lowercase && whole || known_after_article).then_some(name)
}

/// Does a stretch before a verb end with "and" or "but", auxiliaries and adverbs after it
/// ("…, and has also")?
pub(super) fn ends_with_conjunction(stretch: &str) -> bool {
    let mut words = stretch.split_whitespace().rev().skip_while(|w| {
        let lower = w.to_lowercase();
        lexicon::is("trailing-aux", &lower) || lexicon::is("auxiliary", &lower)
    });
    words.next().is_some_and(|w| lexicon::is("coordinator", w))
}

/// How far before its verb a subject may begin, in bytes: longer than any speaker with
/// their titles and a clause about them, short enough that trying every comma before every
/// verb stays cheap in a sentence full of both (issue 14).
const SUBJECT_REACH_BYTES: usize = 240;

/// Where the stretch searched for the subject of a verb ending `head` starts: the sentence's
/// start when it is within `SUBJECT_REACH_BYTES`, else just after the first comma within reach
/// (or the verb itself when there is none).
pub(super) fn subject_reach(head: &str) -> usize {
    let Some(mut earliest) = head.len().checked_sub(SUBJECT_REACH_BYTES) else {
        return 0;
    };
    while !head.is_char_boundary(earliest) {
        earliest += 1;
    }
    head[earliest..]
        .find(',')
        .map_or(head.len(), |at| earliest + at + 1)
}

/// The name opening a clause before an appositive that describes it: "Armenia, a majority
/// Christian country …," → "Armenia".
pub(super) fn name_before_appositive(clause: &str) -> Option<&str> {
    let (name, rest) = clause.split_once(',')?;
    let described = ["a ", "an ", "the "]
        .iter()
        .any(|d| rest.trim_start().starts_with(d));
    (described && rest.contains(',')).then_some(name)
}

/// The words of a clause before its first lowercase past-tense verb: "the prime minister, X,
/// ordered …" → "the prime minister, X,".
pub(super) fn subject_before_first_verb(clause: &str) -> Option<&str> {
    let words = word_spans(clause);
    let lower: Vec<String> = words.iter().map(|w| w.2.to_string()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let at = (0..lower.len()).find(|&i| {
        let w = lower[i];
        w.chars().all(char::is_lowercase)
            && (lexicon::is("past-verb", w)
                || lexicon::is("auxiliary", w)
                || is_past_participle(&lower, i)
                || reporting_verb(w).is_some())
    })?;
    (at > 0).then(|| &clause[..words[at].0])
}

/// "condolences were offered by Japanese Foreign Minister Taro Kono, Chinese President Xi
/// Jinping and Turkish President Recep Tayyip Erdogan": the agents listed after the first,
/// each a capitalised phrase, up to the clause's end.
pub(super) fn listed_agents(rest: &str, first: &str) -> Option<String> {
    let clause = rest
        .split([';', ':', '.', '"', '(', ')'])
        .next()
        .unwrap_or_default();
    let items: Vec<&str> = clause
        .split(',')
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let capitalised = |item: &str| {
        let words: Vec<&str> = item.split_whitespace().collect();
        (2..=7).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w.len() <= 3)
    };
    (items.len() > 1 && items[0] == first && items.iter().all(|i| capitalised(i)))
        .then(|| items.join(", "))
}
