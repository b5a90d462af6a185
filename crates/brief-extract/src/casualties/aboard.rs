//! "A flight carrying 57 passengers and four crew crashed, killing all on board": a cue whose
//! victims are everyone aboard counts the people the vehicle was said to carry.

use super::counts::count_after;
use super::figures::{cue_at, Figure, Word};
use super::{Outcome, WORDS};

/// The figure of a sentence whose dead are "all on board", from the count it says the vehicle
/// carried; `None` when either half is missing.
pub(super) fn everyone_aboard(words: &[Word], lower: &[&str]) -> Option<Figure> {
    let cue = (0..lower.len()).find(|&c| {
        cue_at(lower[c]) == Some(Outcome::Killed) && victims_are_everyone_aboard(lower, c + 1)
    })?;
    let (quantity, group, _) = (0..cue)
        .filter(|&k| WORDS.has("carrying", lower[k]))
        .find_map(|k| count_after(words, lower, k))?;
    Some(Figure {
        outcome: Outcome::Killed,
        quantity: Some(quantity),
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
        .take(3)
        .any(|w| WORDS.has("aboard", w))
}
