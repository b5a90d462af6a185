//! Figures read from a whole phrase rather than a count beside a cue: a life lost, the
//! victims counted, counts of none, people left without a roof, kin and people lost.

use super::counts::*;
use super::figures::{cue_at, Figure, Word};
use super::{is_person_noun, Outcome, OUTCOMES, WORDS};
use brief_text::numbers::parse_quantity;

/// "a 71-year-old British man lost his life": one person, counted by an article or named,
/// whose own life was lost.
pub(super) fn a_life_lost(words: &[Word], lower: &[&str]) -> Option<Figure> {
    let lost = (1..lower.len().saturating_sub(2)).find(|&k| {
        WORDS.has("life-lost", lower[k])
            && WORDS.has("life-owner", lower[k + 1])
            && lower[k + 2] == "life"
            // "lost his life savings" lost money: the life ends the phrase.
            && lower
                .get(k + 3)
                .is_none_or(|n| words[k + 3].break_before || !WORDS.has("life-compound", n))
    })?;
    let (quantity, group, _) = super::one_person::one_person_before(words, lower, lost, 0, false)?;
    let group = if group.is_empty() {
        "total".into()
    } else {
        group
    };
    Some(Figure::of(Outcome::Killed, quantity, group))
}

/// "mourning … for the 61 victims", "to mourn the 38 victims": the dead, counted with the
/// article, where nothing in the sentence counts the injured.
pub(super) fn the_victims_counted(lower: &[&str]) -> Option<Figure> {
    if lower.iter().any(|w| cue_at(w) == Some(Outcome::Injured)) {
        return None;
    }
    (2..lower.len()).find_map(|i| {
        if !WORDS.has("victims", lower[i]) || lower[i - 2] != "the" {
            return None;
        }
        let (q, _) = parse_quantity(lower, i - 1).filter(|(_, len)| *len == 1)?;
        (!q.vague && !looks_like_year(&q)).then(|| Figure::total(Outcome::Killed, q.value))
    })
}

/// "No casualties were reported", "no deaths were initially reported", "there were no
/// fatalities", "no initial reports of casualties": a count of none.
pub(super) fn none_reported(lower: &[&str]) -> Option<Figure> {
    (1..lower.len())
        .find_map(|i| {
            let outcome = none_noun(lower[i])?;
            // "no initial reports of casualties": the reports of none.
            let none_at = match lower[..i] {
                [.., "no", report, "of"] if WORDS.has("none-reports", report) => i - 3,
                [.., "no", _, report, "of"] if WORDS.has("none-reports", report) => i - 4,
                [.., "no"] => i - 1,
                _ => return None,
            };
            // ("no casualties figures available": a report of the count, not none.)
            if lower
                .get(i + 1)
                .is_some_and(|w| WORDS.has("none-reports", w))
            {
                return None;
            }
            if none_at + 1 < i {
                return Some(Figure::total(outcome, 0));
            }
            // "there were no fatalities", "there had been no casualties": none, said to be.
            // ("if there are no fatalities then it's a miracle": not when supposed.)
            let aux_from = (0..none_at)
                .rev()
                .take_while(|&k| WORDS.has("aux", lower[k]))
                .last()
                .unwrap_or(none_at);
            let there_were = aux_from < none_at
                && aux_from >= 1
                && lower[aux_from - 1] == "there"
                && (aux_from < 2 || !WORDS.has("hypothetical", lower[aux_from - 2]));
            let reported = lower[i + 1..]
                .iter()
                .filter(|w| !WORDS.has("aux", w))
                .take(2)
                .any(|w| WORDS.has("none-report", w));
            // "The ministry confirmed no casualties": the reporting verb before it.
            let reported_before = none_at >= 1 && WORDS.has("none-report", lower[none_at - 1]);
            (there_were || reported || reported_before).then(|| Figure::total(outcome, 0))
        })
        .or_else(|| none_denied(lower))
}

/// How many words before a casualty noun the denial of it may stand ("did not suffer
/// casualties", "Neither attack caused any casualties").
const DENIAL_REACH: usize = 4;

/// "Neither attack caused any casualties", "its forces did not suffer casualties": a noun of
/// `none-noun` after a verb of suffering or causing (`none-verb`, "any" between), a denial a
/// few words before the verb (`none-denial`), is a count of none.
fn none_denied(lower: &[&str]) -> Option<Figure> {
    (1..lower.len()).find_map(|i| {
        let outcome = none_noun(lower[i])?;
        // ("China did not confirm any casualties", "we have not seen any deaths": what is
        // denied is the report, not the harm.)
        let verb_at = if lower[i - 1] == "any" {
            i.checked_sub(2)?
        } else {
            i - 1
        };
        if !WORDS.has("none-verb", lower[verb_at]) {
            return None;
        }
        let denied = lower[verb_at.saturating_sub(DENIAL_REACH)..verb_at]
            .iter()
            .any(|w| WORDS.has("none-denial", w));
        denied.then(|| Figure::total(outcome, 0))
    })
}

/// The outcome a noun of `none-noun` counts ("casualties", "deaths", "injuries").
pub(super) fn none_noun(word: &str) -> Option<Outcome> {
    WORDS
        .words("none-noun")
        .iter()
        .filter_map(|e| e.split_once(' '))
        .find(|(_, noun)| *noun == word)
        .and_then(|(kind, _)| OUTCOMES.into_iter().find(|o| o.kind() == kind))
}

/// "leaving 12,000 refugees homeless", "left 500 families without shelter": people left with
/// no roof are displaced.
pub(super) fn left_unhoused(words: &[Word], lower: &[&str]) -> Option<Figure> {
    (0..lower.len()).find_map(|v| {
        if !WORDS.has("leaving", lower[v]) {
            return None;
        }
        let p = v + 1;
        let (quantity, len) = parse_quantity(lower, p)?;
        let start = p + len;
        let end = lower.len().min(start + 8);
        let group_end = (start..end)
            .take_while(|&k| k == start || !words[k].break_before)
            .find(|&k| is_person_noun(lower[k]) || is_demonym_plural(lower[k]))?;
        let state = lower.get(group_end + 1..)?;
        let unhoused = match state {
            [w, ..] if *w == "homeless" => true,
            ["without", rest @ ..] => rest.iter().take(3).any(|w| WORDS.has("unhoused", w)),
            _ => false,
        };
        (unhoused && !looks_like_year(&quantity)).then(|| Figure {
            outcome: Outcome::Displaced,
            quantity: Some(quantity),
            group: group_words(&lower[start..=group_end]),
            parts: Vec::new(),
        })
    })
}

/// "who lost three family members in the incident", "said he lost four relatives": people
/// bereaved of a count of their kin count those kin among the dead.
pub(super) fn kin_lost(lower: &[&str]) -> Option<Figure> {
    (0..lower.len()).find_map(|l| {
        if !WORDS.has("bereaved", lower[l]) {
            return None;
        }
        let (quantity, len) = parse_quantity(lower, l + 1)?;
        // ("In total, we lost nine people": people lost are dead as kin lost are.)
        let kin = (l + 1 + len..lower.len().min(l + len + 3)).find(|&k| {
            WORDS.has("kin", lower[k]) || k == l + 1 + len && is_person_noun(lower[k])
        })?;
        (!quantity.vague && !looks_like_year(&quantity)).then(|| {
            Figure::of(
                Outcome::Killed,
                quantity,
                lower[l + 1 + len..=kin].join(" "),
            )
        })
    })
}
