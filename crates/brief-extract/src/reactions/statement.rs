//! Whether an attributed sentence is a reaction to the event: not a fact reported, not a
//! statement made before the event, not a figure given, unless the position is taken on the
//! figure's event.

use super::{stance, WORDS};
use crate::Sentence;
use brief_clean::BlockKind;
use chrono::{Datelike, NaiveDate};

/// Is an attributed sentence a reaction to the event? Not when it reports a fact, when it
/// was said before the event ("had said on Monday"), or when it gives a casualty figure
/// (those are on the casualties page with their claimant).
pub(super) fn is_reaction(s: &Sentence<'_>, verb: &str, event: Option<NaiveDate>) -> bool {
    // "had warned on Monday" was said before, and so were "the department had warned" (of
    // what was to come) and a pluperfect taking no stance, in a story told from before. A
    // position taken in the pluperfect with no earlier day ("Modi had tweeted his
    // condemnation") is the story's past, and "said it had warned for years" is said now.
    let said_before = in_the_pluperfect(s, verb)
        && (s.stances().is_empty()
            || WORDS.has("foretelling", verb)
            || tells_an_earlier_day(s, event));
    // A standfirst sums up statements the body reports in full.
    // "announced sanctions" takes a position; "announced a curfew" reports a fact.
    s.block_kind != BlockKind::Standfirst
        && (!WORDS.has("fact-verb", verb) || !s.stances().is_empty())
        && !said_before
        && !says_nothing(s, verb)
        && !asks_a_question(s)
        && !headline_verb(s, verb)
        && (!s.has_figures() || toll_describes_what_they_react_to(s, verb))
}

/// Is the reporting verb in the pluperfect, "had" right before it ("had said")? ("had also
/// said" most often reports a statement of the story's own days.)
fn in_the_pluperfect(s: &Sentence<'_>, verb: &str) -> bool {
    let r = &s.reading;
    let verb = verb.split_whitespace().next().unwrap_or(verb);
    (1..r.words().len())
        .any(|i| r.lower_word(i).eq_ignore_ascii_case(verb) && r.lower_word(i - 1) == "had")
}

/// Does the sentence date what it reports before the event: a day of a month before the
/// event's, a weekday up to three days before the event's own ("had said on Monday" of a
/// Tuesday's attack), or a word that says so ("had previously said")? "Earlier" and
/// "yesterday" are most often the event's own day or after.
fn tells_an_earlier_day(s: &Sentence<'_>, event: Option<NaiveDate>) -> bool {
    let r = &s.reading;
    let weekday_before = |w: chrono::Weekday| {
        event.is_some_and(|e| {
            let back = (7 + e.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
            (1..=3).contains(&back)
        })
    };
    let day_before = |(month, day): (u32, u32)| {
        event.is_some_and(|e| (month, day) < (e.month(), e.day()) && e.month() - month < 2)
    };
    (0..r.words().len()).any(|i| {
        brief_text::lexicon::TIME_CUES.has("told-before", r.lower_word(i))
            || brief_text::dates::weekday_named(r.lower_word(i)).is_some_and(weekday_before)
    }) || brief_text::dates::month_days(&s.text)
        .into_iter()
        .any(day_before)
}

/// "Japanese Chancellor Expresses Condolences for Air Crash": a verb written capitalised
/// after the first word is a headline's, in title case, summing up a statement the story
/// reports in full (or another story's, listed beside it).
fn headline_verb(s: &Sentence<'_>, verb: &str) -> bool {
    let r = &s.reading;
    let verb = verb
        .split_whitespace()
        .next()
        .unwrap_or(verb)
        .to_lowercase();
    (0..r.words().len())
        .find(|&i| r.lower_word(i) == verb)
        .is_some_and(|i| i > 0 && r.word(i).starts_with(char::is_uppercase))
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
    let opening = &text[..first_figure_at(s).unwrap_or(text.len()).min(text.len())];
    let words: Vec<&str> = opening.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "is" | "are" | "am" | "was" | "were")
            && words[i + 1..].iter().take(2).any(|p| {
                let p = p.trim_matches(|c: char| !c.is_alphabetic());
                p.ends_with("ed") && !stance::stances(p).is_empty()
            })
    })
}

/// "X tweeted that “I deeply regret the death of three people …”": a stance taken in the
/// words before the first figure, so the figure is what the stance is taken on.
pub(super) fn stance_before_the_figure(s: &Sentence<'_>) -> bool {
    first_figure_at(s).is_some_and(|at| {
        s.reading
            .straight()
            .get(..at)
            .is_some_and(|before| !stance::stances(before).is_empty())
    })
}

/// "“We strongly condemn the airstrikes that have killed more than 60 people,” X said": the
/// statement is the quotation that opens the sentence before its verb, and the speaker takes
/// a stance in the first person before the figure.
fn quoted_stance_before_the_figure(s: &Sentence<'_>, verb_at: usize) -> bool {
    let text = s.reading.straight();
    let Some(closes) = text
        .strip_prefix('"')
        .and_then(|rest| rest.find('"'))
        .map(|k| k + 1)
    else {
        return false;
    };
    let Some(figure) = first_figure_at(s).filter(|&figure| figure < closes) else {
        return false;
    };
    let speaks_for_itself = crate::speakers::speaks_in_first_person(&text[..figure]);
    closes < verb_at && speaks_for_itself && stance_before_the_figure(s)
}

/// Where the sentence's first number starts, if it has one.
fn first_figure_at(s: &Sentence<'_>) -> Option<usize> {
    s.reading.numbers().iter().map(|n| n.span.start).min()
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
    if feels_before_the_figure(s) || quoted_stance_before_the_figure(s, at) {
        return true;
    }
    let first_number = first_figure_at(s);
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
        .filter(|&k| words_besides_a_day(&text[after_verb..after_verb + k]) >= 2)
        .min();
    // The stance is taken in the speaker's own clause, before the clause about the event.
    opens.is_some_and(|k| {
        let own_clause = &text[at..after_verb + k];
        !crate::casualties::has_figures(&text[..after_verb + k])
            && !has_digits_outside_dates(own_clause)
            && !stance::stances(own_clause).is_empty()
    })
}

/// How many words a stretch has besides those naming a day ("said on June 28 that …":
/// none, so "that" opens what was said, not a clause about the event).
fn words_besides_a_day(stretch: &str) -> usize {
    use brief_text::lexicon::TIME_CUES;
    stretch
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| {
            let day_number = w.trim_end_matches(char::is_alphabetic);
            !(brief_text::dates::month_named(w).is_some()
                || brief_text::dates::weekday_named(w).is_some()
                || (!day_number.is_empty() && day_number.chars().all(|c| c.is_ascii_digit()))
                || TIME_CUES.has("day-opener", w)
                || TIME_CUES.kind_of("relative", w).is_some())
        })
        .count()
}

/// Does a clause write a number other than a day or a year beside its month ("said
/// Wednesday (June 28) that Bogota would send a note of protest …" writes none)?
fn has_digits_outside_dates(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let is_month =
        |k: Option<&&str>| k.is_some_and(|w| brief_text::dates::month_named(w).is_some());
    words.iter().enumerate().any(|(i, w)| {
        w.chars().any(|c| c.is_ascii_digit())
            && !is_month(i.checked_sub(1).and_then(|j| words.get(j)))
            && !is_month(words.get(i + 1))
    })
}
