//! Who says what: finding the speaker of a sentence ("X said", "“…,” said X", "according to
//! X", "he said"), people's names with their roles, and the affiliation a role implies.
//!
//! - `attribution`: the forms of attribution, tried on every reporting verb of a sentence;
//! - `subject`: whether the words before a verb are a noun phrase naming an actor;
//! - `names`: people's names and the names of bodies;
//! - `directory`: every person the sources name, with their role;
//! - `roles`: the role written beside a name;
//! - `affiliation`: whom a role says a person serves;
//! - `lexicon`: the word tables of `data/lexicon/` these rules read.

mod affiliation;
mod attribution;
mod directory;
mod lexicon;
mod names;
mod noun_from;
mod participles;
mod quotes;
mod roles;
mod stretch;
mod subject;
mod verb_forms;

#[cfg(test)]
mod form_tests;
#[cfg(test)]
mod sieve_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod verb_form_tests;

pub use affiliation::{affiliation_of, is_analyst_phrase};
pub(crate) use attribution::unquoted;
pub use attribution::{
    attributions_read, find_attribution_in, find_attributions, Attribution, Sieve,
};
pub use directory::{PeopleDirectory, Person};
pub use lexicon::refers_to_last_speaker;
pub use names::{
    capitalised_name_at, is_body_head, names_a_body, person_names, title_of_single_name,
    titled_surname, valid_mention,
};
pub(crate) use quotes::speaks_in_first_person;
pub use quotes::{bracketed_speaker, quoted_statement};
pub use roles::role_near;
pub use subject::clean_subject;

use lexicon::REPORTING;

/// Whether a word, in any case, is a title rather than a part of a name ("PM", "minister").
pub fn is_title_word(word: &str) -> bool {
    lexicon::is("title", &word.to_lowercase())
}

/// The verbs that make a statement by themselves ("said", "condemned").
pub fn reporting_verbs() -> impl Iterator<Item = &'static str> {
    REPORTING.words("speech").iter().map(String::as_str)
}

/// Verbs that make a statement only with one of their objects: ("extended", "condolences").
fn verbs_with_object() -> impl Iterator<Item = (&'static str, &'static str)> {
    REPORTING
        .words("with-object")
        .iter()
        .filter_map(|p| p.split_once(' '))
}

/// Is `word` the object that makes a statement of its verb ("condolences", "sympathy"), or
/// its plural?
pub fn is_statement_object(word: &str) -> bool {
    verbs_with_object().any(|(_, o)| names_object(word, o))
}

/// Is `word` the listed `object`, its plural ("messages" for "message") or its singular
/// ("the message of condolence" for "condolences")?
fn names_object(word: &str, object: &str) -> bool {
    word == object
        || word.strip_suffix('s') == Some(object)
        || object.strip_suffix('s') == Some(word)
}

/// Phrases that address a statement to another country ("condolences to", "his
/// counterpart"): its speaker is not of the country consoled.
pub fn outward_phrases() -> impl Iterator<Item = &'static str> {
    REPORTING.words("outward").iter().map(String::as_str)
}

/// How far after a verb its object ("his heartfelt condolences") may stand.
const OBJECT_WINDOW: usize = 4;
/// Finds any reporting verb or "according to", so most sentences are passed over at once.
static REPORTING_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                reporting_verbs()
                    .chain(verbs_with_object().map(|(v, _)| v))
                    .chain(lexicon::words("participle"))
                    .chain(lexicon::words("feeling"))
                    .chain(lexicon::words("chain"))
                    .chain(REPORTING.words("after-quote").iter().map(String::as_str))
                    .chain(["according to"])
                    .chain(lexicon::words("from-phrase"))
                    .chain(DERIVED_FORMS.iter().map(String::as_str)),
            )
            .expect("reporting verbs build a searcher")
    });

/// What the forms of a listed past form look like in text, for the searcher: "warn " and
/// "describe " (the base form), "questioning" (the progressive), "reports" (the present). A
/// stem that is a word of its own ("not" of "noted") is left out.
static DERIVED_FORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    reporting_verbs()
        .filter_map(|v| v.strip_suffix("ed").map(|stem| (stem, &v[..v.len() - 1])))
        .filter(|(stem, _)| !lexicon::is("not-in-subject", stem))
        .flat_map(|(stem, e_stem)| {
            [
                format!("{stem} "),
                format!("{e_stem} "),
                format!("{stem}ing"),
                format!("{stem}s"),
                format!("{e_stem}s"),
            ]
        })
        .collect()
});

/// The reporting verbs for a per-word lookup.
static REPORTING_VERB_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        reporting_verbs()
            .chain(verbs_with_object().map(|(v, _)| v))
            .collect()
    });

/// A verb that reports only right after a quotation ("…,” the Secretary-General concluded),
/// never on its own ("rescuers continued to search").
fn after_quote_verb(word: &str) -> Option<&'static str> {
    let lower = word.to_ascii_lowercase();
    REPORTING
        .words("after-quote")
        .iter()
        .find(|v| **v == lower)
        .map(String::as_str)
}

/// The reporting verb a word is, in any case ("Said" → "said").
fn reporting_verb(word: &str) -> Option<&'static str> {
    // Verbs are short ASCII words: lowercase into a buffer on the stack, not a new string.
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    REPORTING_VERB_SET.get(lower).copied()
}
