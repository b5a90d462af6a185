//! Whether an attributed sentence is a reaction to the event: not a fact reported, not a
//! statement made before the event, not a figure given, unless the position is taken on the
//! figure's event.

use super::{stance, WORDS};
use crate::Sentence;
use brief_clean::BlockKind;

/// Is an attributed sentence a reaction to the event? Not when it reports a fact, when it
/// was said before the event ("had said on Monday"), or when it gives a casualty figure
/// (those are on the casualties page with their claimant).
pub(super) fn is_reaction(s: &Sentence<'_>, verb: &str) -> bool {
    // "had warned on Monday" was said before; "said it had warned for years" is said now.
    let pluperfect = brief_text::find_ascii_ci(&s.text, &format!("had {verb}")).is_some();
    // A standfirst sums up statements the body reports in full.
    // "announced sanctions" takes a position; "announced a curfew" reports a fact.
    s.block_kind != BlockKind::Standfirst
        && (!WORDS.has("fact-verb", verb) || !s.stances().is_empty())
        && !pluperfect
        && !says_nothing(s, verb)
        && !asks_a_question(s)
        && (!s.has_figures() || toll_describes_what_they_react_to(s, verb))
}

/// "What Did The Police Say?": a question of the page's own, not inside a quotation, opening
/// on a question word (`question-opener` in `reactions.tsv`), is no one's statement.
fn asks_a_question(s: &Sentence<'_>) -> bool {
    let text = s.reading.straight().trim();
    let first = (!s.reading.words().is_empty()).then(|| s.reading.lower_word(0));
    text.ends_with('?')
        && text.starts_with(char::is_alphabetic)
        && first.is_some_and(|w| WORDS.has("question-opener", w))
}

/// "The Kremlin offered no immediate comment": a verb whose object is none (`none-object` in
/// `reactions.tsv`) says nothing.
fn says_nothing(s: &Sentence<'_>, verb: &str) -> bool {
    let text = s.reading.straight();
    brief_text::find_ascii_ci(text, verb).is_some_and(|at| {
        let next = text[at + verb.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        WORDS.has("none-object", &next.to_lowercase())
    })
}

/// "“The Secretary-General is deeply saddened by reports that more than 50 civilians have been
/// killed …,” X said", "Guterres is “deeply concerned” over a strike that left 56 dead, his
/// spokesman said": the words before the first figure tell the speaker's feeling, a participle
/// of a stance after "is" or "are" (an adverb between), not an adjective of the event ("the
/// devastating strikes").
pub(super) fn feels_before_the_figure(s: &Sentence<'_>) -> bool {
    let text = s.reading.straight();
    let first_number = s.reading.numbers().iter().map(|n| n.span.start).min();
    let opening = &text[..first_number.unwrap_or(text.len()).min(text.len())];
    let words: Vec<&str> = opening.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "is" | "are" | "am" | "was" | "were")
            && words[i + 1..].iter().take(2).any(|p| {
                let p = p.trim_matches(|c: char| !c.is_alphabetic());
                p.ends_with("ed") && !stance::stances(p).is_empty()
            })
    })
}

/// The words of a verb and its object's head ("expressed deep concern over", "called for a
/// prompt, independent and transparent investigation").
const OBJECT_HEAD_WORDS: usize = 10;

/// "Biden offered his condolences to Haiti after the country was hit by an earthquake that
/// has killed over 300 people": the figure is in a clause about what the speaker reacts to,
/// after a stance verb whose own clause gives none, so the sentence is a reaction too.
fn toll_describes_what_they_react_to(s: &Sentence<'_>, verb: &str) -> bool {
    if WORDS.has("fact-verb", verb) {
        return false;
    }
    // "Obama condemned the massacre of 92 people": the verb itself takes the position, and
    // the toll is in what it is taken on.
    let text = s.reading.straight();
    let verb_at = brief_text::find_ascii_ci(text, verb);
    if !stance::stances(verb).is_empty()
        && verb_at.is_some_and(|at| !crate::casualties::has_figures(&text[..at]))
    {
        return true;
    }
    let Some(at) = verb_at else {
        return false;
    };
    if feels_before_the_figure(s) {
        return true;
    }
    let first_number = s.reading.numbers().iter().map(|n| n.span.start).min();
    // "The Commission has expressed deep concern over reports of another massacre of over
    // 100 villagers": the stance is the head of the verb's object, a few words on, before
    // the first number.
    if let Some(number_at) = first_number.filter(|&n| n > at) {
        let object_head: String = text[at..number_at]
            .split_whitespace()
            .take(OBJECT_HEAD_WORDS)
            .collect::<Vec<_>>()
            .join(" ");
        if !crate::casualties::has_figures(&text[..at]) && !stance::stances(&object_head).is_empty()
        {
            return true;
        }
    }
    let after_verb = at + verb.len();
    // The clause about the event opens a few words after the verb ("urged … restraint, after
    // …"), not right on it ("said that 40 were killed" tells the figure).
    let opens = WORDS
        .words("event-clause")
        .iter()
        .filter_map(|m| brief_text::find_ascii_ci(&text[after_verb..], &format!(" {m} ")))
        .filter(|&k| text[after_verb..after_verb + k].split_whitespace().count() >= 2)
        .min();
    // The stance is taken in the speaker's own clause, before the clause about the event.
    opens.is_some_and(|k| {
        let own_clause = &text[at..after_verb + k];
        !crate::casualties::has_figures(&text[..after_verb + k])
            && !own_clause.chars().any(|c| c.is_ascii_digit())
            && !stance::stances(own_clause).is_empty()
    })
}
