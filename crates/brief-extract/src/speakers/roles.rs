//! The role written beside a name: a title before it, an appositive after it, or a relative
//! clause saying what the person heads.

use std::sync::LazyLock;

use brief_text::gazetteer::{EntityKind, GAZETTEER};

use super::lexicon;

/// Verbs of a relative clause that give a role, with the role, each with its trailing space:
/// (", who heads X" → "head of X").
static ROLE_VERBS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    lexicon::words("role-verb")
        .filter_map(|p| p.split_once(' '))
        .map(|(verb, title)| (format!("{verb} "), format!("{title} ")))
        .collect()
});

/// Words before a title that are no part of it, with their trailing space ("said ").
static ROLE_INTROS: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("role-intro", false, true));

/// Prepositions after which a title stands alone before a name, padded as whole words.
static TITLE_AFTER: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("title-after", true, true));

/// The title right before a name, in the same clause: "Health Minister" in "Health Minister
/// Jane Doe said".
fn title_right_before(before: &str) -> Option<String> {
    let clause_start = before.rfind([',', '"', ';', '(']).map_or(0, |i| i + 1);
    let prefix = strip_leading_intro(before[clause_start..].trim());
    let prefix = own_title_in_a_pair(prefix);
    // "The minister spoke by phone with the UN Secretary-General António Guterres": the title
    // is what follows the last preposition, when that alone is a title.
    let prefix = TITLE_AFTER
        .iter()
        .filter_map(|p| prefix.rfind(p.as_str()).map(|at| &prefix[at + p.len()..]))
        .min_by_key(|rest| rest.len())
        .filter(|rest| GAZETTEER.role_in(rest).is_some())
        .map_or(prefix.clone(), str::to_string);
    // "The Foreign Minister drew the attention of António Guterres": a name after a
    // preposition is its object, not the one the title is written for.
    let object = match prefix.rsplit(' ').collect::<Vec<_>>().as_slice() {
        [prep, noun, ..] => {
            lexicon::is("object-preposition", prep)
                && noun.starts_with(char::is_lowercase)
                && GAZETTEER.role_in(noun).is_none()
        }
        _ => false,
    };
    let titled = !prefix.is_empty()
        && !object
        && GAZETTEER.role_in(&prefix).is_some()
        && prefix.split_whitespace().count() <= 10;
    titled.then_some(prefix)
}

/// "Chinese President Xi Jinping and US President Joe Biden": the title after the last "and"
/// is the second person's own; "Singapore's President Halimah Yacob and Prime Minister Lee": a
/// country the first title names stands for both.
fn own_title_in_a_pair(prefix: &str) -> String {
    let Some((first, own)) = prefix
        .rsplit_once(" and ")
        .filter(|(_, own)| GAZETTEER.role_in(own).is_some())
    else {
        return prefix.to_string();
    };
    let shared = GAZETTEER
        .mentions(first)
        .into_iter()
        .find(|m| m.possessive && m.kind == EntityKind::Country);
    match shared {
        Some(m) if GAZETTEER.mentions(own).is_empty() => {
            let possessive = ["'s", "’s"]
                .iter()
                .find(|s| first[m.end..].starts_with(**s))
                .map_or(0, |s| s.len());
            format!("{} {own}", &first[m.start..m.end + possessive])
        }
        _ => own.to_string(),
    }
}

/// The role an appositive or a title gives a name in a sentence: "Toivo Klaar, the EU's special
/// representative", "Kremlin spokesperson Dmitry Peskov", "the spokesperson for X, Name".
pub fn role_near(sentence: &str, name: &str) -> Option<String> {
    let at = sentence.find(name)?;
    let before = &sentence[..at];
    let after = &sentence[at + name.len()..];
    if let Some(title) = title_right_before(before) {
        return Some(title);
    }
    // Appositive after the name: ", the EU's special representative for the South Caucasus,".
    if let Some(rest) = after.strip_prefix(',') {
        let appositive = rest.split([',', ';', '"']).next().unwrap_or("").trim();
        let appositive = appositive.trim_end_matches('.');
        let first = appositive
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let opener = lexicon::is("appositive-opener", &first)
            || GAZETTEER
                .mentions(appositive)
                .first()
                .is_some_and(|m| m.start == 0)
            || GAZETTEER.role_in(&first).is_some();
        if opener && GAZETTEER.role_in(appositive).is_some() {
            return Some(appositive.to_string());
        }
    }
    // A relative clause saying what the person heads: ", who heads the Tripoli-based
    // government," → "head of the Tripoli-based government".
    if let Some(rest) = after.strip_prefix(", who ") {
        for (verb, title) in ROLE_VERBS.iter() {
            if let Some(object) = rest.strip_prefix(verb.as_str()) {
                let object = object
                    .split([',', ';', '"', '.'])
                    .next()
                    .unwrap_or("")
                    .trim();
                if !object.is_empty() && object.split_whitespace().count() <= 10 {
                    return Some(format!("{title}{object}"));
                }
            }
        }
    }
    // Appositive before the name: "the spokesperson for the Russian Foreign Ministry, Name".
    if before.trim_end().ends_with(',') {
        let head = before.trim_end().trim_end_matches(',');
        let part = head.rsplit([',', '"']).next().unwrap_or("").trim();
        let part = strip_leading_intro(part);
        if GAZETTEER.role_in(part).is_some() && part.split_whitespace().count() <= 14 {
            return Some(part.to_string());
        }
    }
    None
}

/// A word before a title that is no part of it ("said Foreign Minister X" → "Foreign Minister X").
fn strip_leading_intro(phrase: &str) -> &str {
    for intro in ROLE_INTROS.iter() {
        if brief_text::starts_with_ascii_ci(phrase, intro) {
            return phrase[intro.len()..].trim();
        }
    }
    phrase
}
