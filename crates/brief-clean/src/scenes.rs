//! A photo's caption with neither a credit, a date nor a picture word, told by its tense
//! (issue 12): a caption says what its picture shows as it happens ("Men dig graves for the
//! victims … in Kabul.", "Police and firefighters walk past a crushed vehicle …"), while a news
//! story tells what happened ("… were killed", "… said"). A line of one sentence whose subject
//! does something one can see, in the present, between paragraphs told in the past, is the
//! picture's text. Runs after every other pass; a line the author marked always stays.

use crate::{model, shapes};

/// Why a scene in the present among a story told in the past was taken out.
pub const SCENE_CAPTION: &str = "caption (a scene in the present among a story told in the past)";

/// Verbs of something a camera sees people do, in their plain form. Verbs of thought, speech
/// or state ("says", "uses", "looks", "lies") are left out: a story's own present (a review, a
/// column, a place described) is made of those.
const SCENE_VERBS: &[&str] = &[
    "walk",
    "inspect",
    "stand",
    "gather",
    "carry",
    "wait",
    "mourn",
    "cry",
    "pray",
    "dig",
    "place",
    "climb",
    "ride",
    "work",
    "search",
    "clear",
    "attend",
    "gesture",
    "pose",
    "watch",
    "queue",
    "sift",
    "survey",
    "comfort",
    "hug",
    "embrace",
    "weep",
    "light",
    "march",
    "chant",
    "rally",
    "salvage",
    "rescue",
    "remove",
    "collect",
    "check",
    "receive",
    "arrive",
    "visit",
    "deliver",
    "meet",
    "greet",
    "wave",
    "sleep",
    "cross",
    "block",
    "load",
    "unload",
    "transport",
    "tend",
    "bury",
    "pull",
    "kneel",
    "huddle",
    "shelter",
    "wade",
    "lift",
    "stare",
    "observe",
    "examine",
    "evacuate",
    "clean",
];

/// Words of a reported sentence: a caption reports no one.
const REPORTING_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "according",
    "added",
    "stated",
];

/// Plural subjects not ending in -s.
const PLURAL_NOUNS: &[&str] = &["people", "men", "women", "children", "police"];

/// Words allowed inside the subject before the verb besides names and nouns.
const SUBJECT_WORDS: &[&str] = &["a", "an", "the", "and", "of"];

/// The words of a caption, and how far into the line its verb may come.
const SCENE_MIN_WORDS: usize = 5;
const SCENE_MAX_WORDS: usize = 45;
const SCENE_VERB_REACH: usize = 9;

/// Takes out each open line that is a scene in the present (`is_scene`) when the nearest
/// paragraphs of prose kept above and below it are told in the past.
pub fn mark(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len() {
        if reasons[i].is_some() || marked[i] || !is_scene(texts[i]) {
            continue;
        }
        let kept_prose = |j: &usize| reasons[*j].is_none() && crate::is_prose(texts[*j]);
        let above = (0..i).rev().find(kept_prose);
        let below = (i + 1..texts.len()).find(kept_prose);
        let around: Vec<usize> = above.into_iter().chain(below).collect();
        if !around.is_empty() && around.iter().all(|&j| is_told_in_past(texts[j])) {
            reasons[i] = Some(SCENE_CAPTION);
        }
    }
}

/// One sentence, ending on a full stop, quoting and reporting no one, whose first verb (within
/// its first words, right after a subject of names and nouns) is a verb of `SCENE_VERBS` in the
/// present: "A Sri Lankan police officer inspects the scene …", "Men dig graves …".
fn is_scene(line: &str) -> bool {
    let t = line.trim_end();
    if !t.ends_with('.') || !t.starts_with(char::is_uppercase) {
        return false;
    }
    // Most sentences have no scene verb in their first words: those are read no further.
    let tokens: Vec<&str> = t.split_whitespace().take(SCENE_MAX_WORDS + 1).collect();
    let Some(verb) = scene_verb_at(&tokens) else {
        return false;
    };
    let after_verb = tokens
        .get(verb + 1)
        .is_some_and(|next| is_finite_or_past(next, &bare(next)));
    !after_verb
        && (SCENE_MIN_WORDS..=SCENE_MAX_WORDS).contains(&tokens.len())
        && !line.contains(['"', '“', '”'])
        && !has_second_sentence(&t[..t.len() - 1])
        && !model::word_list(t)
            .iter()
            .any(|w| REPORTING_WORDS.contains(&w.as_str()))
}

/// Where the scene's verb is among the first words, right after a subject of names and nouns
/// it agrees with.
fn scene_verb_at(tokens: &[&str]) -> Option<usize> {
    let mut before = String::new();
    for (k, token) in tokens.iter().enumerate().take(SCENE_VERB_REACH) {
        let word = bare(token);
        let lowercase = token.starts_with(char::is_lowercase);
        if let Some(third_person) = scene_verb(&word).filter(|_| lowercase && k > 0) {
            return agrees_with_subject(&before, third_person).then_some(k);
        }
        // The subject is names and nouns: a comma, a stop word or a verb before the scene's
        // verb makes it some other sentence.
        if token.contains(',')
            || lowercase
                && (model::is_stop_word(&word) && !SUBJECT_WORDS.contains(&word.as_str())
                    || is_finite_or_past(token, &word))
        {
            return None;
        }
        before = word;
    }
    None
}

/// A full stop, question or exclamation mark followed by a capital: a second sentence.
fn has_second_sentence(text: &str) -> bool {
    text.match_indices(['.', '!', '?']).any(|(k, _)| {
        text[k + 1..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// The verb of `SCENE_VERBS` the word is in the present, and whether in the third person
/// singular ("digs") rather than the plain form ("dig").
fn scene_verb(word: &str) -> Option<bool> {
    if SCENE_VERBS.contains(&word) {
        return Some(false);
    }
    let plain = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    plain
        .into_iter()
        .flatten()
        .any(|p| SCENE_VERBS.contains(&p.as_str()))
        .then_some(true)
}

/// "A police officer inspects", "Men dig", "Rescuers search": the verb agrees with the word
/// before it, which is a noun (not "the", "a", "and" or "of").
fn agrees_with_subject(before: &str, third_person: bool) -> bool {
    if SUBJECT_WORDS.contains(&before) {
        return false;
    }
    let plural = PLURAL_NOUNS.contains(&before)
        || before.ends_with('s') && !before.ends_with("ss") && !before.ends_with("'s");
    third_person || plural
}

fn is_finite_or_past(token: &str, word: &str) -> bool {
    model::FINITE_VERBS.contains(&word) || shapes::is_past_tense(token, word)
}

/// A paragraph told in the past: a verb in the past or a "said".
fn is_told_in_past(line: &str) -> bool {
    line.split_whitespace().any(|token| {
        let word = bare(token);
        ["was", "were", "had", "said", "told"].contains(&word.as_str())
            || shapes::is_past_tense(token, &word)
    })
}

/// The token's letters and apostrophes, lowercase.
fn bare(token: &str) -> String {
    model::word_list(token).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOLD: &str = "Gunmen stormed the village before dawn and killed at least twelve people, officials said on Sunday.";

    fn removed(lines: &[&str]) -> Vec<bool> {
        let marked = vec![false; lines.len()];
        let mut reasons = vec![None; lines.len()];
        mark(lines, &marked, &mut reasons);
        reasons.iter().map(Option::is_some).collect()
    }

    #[test]
    fn a_scene_in_the_present_between_paragraphs_in_the_past_is_a_caption() {
        let lines = [
            TOLD,
            "Men dig graves for the victims during a mass funeral in the town.",
            TOLD,
        ];
        assert_eq!(removed(&lines), [false, true, false]);
    }

    #[test]
    fn a_single_subject_with_its_verb_in_the_third_person_is_a_caption() {
        let lines = [
            TOLD,
            "A police officer inspects the scene of a blast at the hotel on Sunday.",
            TOLD,
        ];
        assert_eq!(removed(&lines), [false, true, false]);
    }

    #[test]
    fn a_story_told_in_the_present_keeps_its_present() {
        let present = "The new phone comes in three colours and costs less than the old one, which many buyers like.";
        let lines = [
            present,
            "Reviewers walk through its menus in a few minutes.",
            present,
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }

    #[test]
    fn a_noun_that_looks_like_a_verb_is_not_read_as_one() {
        let lines = [
            TOLD,
            "Two border guards were killed in a clash near the post.",
            TOLD,
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }

    #[test]
    fn a_reported_scene_is_the_story() {
        let lines = [
            TOLD,
            "Rescuers search the rubble for survivors, the governor said.",
            TOLD,
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }

    #[test]
    fn a_headline_in_the_present_without_a_full_stop_stays() {
        let lines = [
            TOLD,
            "Planes arrive carrying cargo and emergency workers",
            TOLD,
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }
}
