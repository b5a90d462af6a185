//! "A flight carrying 57 passengers and four crew crashed, killing all on board": a cue whose
//! victims are everyone aboard counts the people the vehicle was said to carry.

use super::counts::count_after;
use super::figures::{cue_at, Figure, Word};
use super::{Outcome, WORDS};

/// The figure of a sentence whose dead are "all on board", from the count it says the vehicle
/// carried; `None` when either half is missing.
pub(super) fn everyone_aboard(words: &[Word], lower: &[&str]) -> Option<Figure> {
    all_counted_aboard(words, lower)
        .or_else(|| carried_then_all_killed(words, lower))
        .or_else(|| no_survivors(lower))
}

/// "There were no survivors": everyone died, however many.
fn no_survivors(lower: &[&str]) -> Option<Figure> {
    lower
        .windows(2)
        .any(|w| w[0] == "no" && WORDS.has("survivors", w[1]))
        .then(|| Figure {
            outcome: Outcome::Killed,
            quantity: None,
            group: "total".to_string(),
            parts: Vec::new(),
        })
}

/// "The plane was carrying 92 people, 84 passengers, and 8 crew and all of them have died":
/// the count the vehicle carried, when "all of them" then died (the counts listed between
/// are its parts).
pub(super) fn all_of_them_died(words: &[Word], lower: &[&str]) -> Option<Figure> {
    let all = (0..lower.len()).find(|&k| {
        WORDS.has("everyone", lower[k])
            && lower.get(k + 1) == Some(&"of")
            && lower.get(k + 2) == Some(&"them")
            && lower
                .iter()
                .skip(k + 3)
                .take(3)
                .any(|w| cue_at(w) == Some(Outcome::Killed))
    })?;
    let (quantity, group, _) = (0..all)
        .filter(|&k| WORDS.has("carrying", lower[k]))
        .find_map(|k| count_after(words, lower, k))?;
    Some(Figure {
        outcome: Outcome::Killed,
        quantity: Some(quantity),
        group,
        parts: Vec::new(),
    })
}

/// "none of the 123 passengers and nine crew aboard … survived", "all 153 passengers and crew
/// on board the flight from Abuja to Lagos were killed": everyone of a count said to be
/// aboard, in the clause of a verb of dying or of a survival denied.
fn all_counted_aboard(words: &[Word], lower: &[&str]) -> Option<Figure> {
    let opener = (0..lower.len())
        .find(|&k| lower[k] == "all" || lower[k] == "none" && lower.get(k + 1) == Some(&"of"))?;
    let none = lower[opener] == "none";
    let before_count = if none {
        opener + 1 + usize::from(lower.get(opener + 2) == Some(&"the"))
    } else {
        opener
    };
    let (quantity, group, end) = count_after(words, lower, before_count)?;
    // The clause after the count: its people are aboard, then its verb tells their fate.
    let clause: Vec<usize> = (end..lower.len())
        .take_while(|&k| k == end || !words[k].break_before)
        .collect();
    let aboard = clause
        .iter()
        .take(5)
        .any(|&k| WORDS.has("aboard", lower[k]));
    let fate = clause.iter().any(|&k| {
        if none {
            WORDS.has("survived", lower[k])
        } else {
            cue_at(lower[k]) == Some(Outcome::Killed)
        }
    });
    (aboard && fate).then(|| Figure {
        outcome: Outcome::Killed,
        quantity: Some(quantity),
        group,
        parts: Vec::new(),
    })
}

/// "A flight carrying 57 passengers and four crew crashed, killing all on board".
fn carried_then_all_killed(words: &[Word], lower: &[&str]) -> Option<Figure> {
    let cue = (0..lower.len()).find(|&c| {
        cue_at(lower[c]) == Some(Outcome::Killed) && victims_are_everyone_aboard(lower, c + 1)
    })?;
    let carried = (0..cue)
        .filter(|&k| WORDS.has("carrying", lower[k]))
        .find_map(|k| count_after(words, lower, k));
    // "… crashed on landing, killing everyone on board": all of them, however many.
    let (quantity, group) = match carried {
        Some((quantity, group, _)) => (Some(quantity), group),
        None => (None, "total".to_string()),
    };
    Some(Figure {
        outcome: Outcome::Killed,
        quantity,
        group,
        parts: Vec::new(),
    })
}

/// "all on board", "everyone aboard", "all those on board" (no count between).
fn victims_are_everyone_aboard(lower: &[&str], from: usize) -> bool {
    if !lower.get(from).is_some_and(|w| WORDS.has("everyone", w)) {
        return false;
    }
    lower
        .iter()
        .skip(from + 1)
        // "everyone who was on board"
        .take(4)
        .any(|w| WORDS.has("aboard", w))
}
