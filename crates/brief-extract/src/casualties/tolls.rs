//! Tolls: a count of the dead given as a whole ("the death toll rose to 92", "the number of
//! people killed has grown to 28", "Reported deaths reached 378") and the figure it is given as.

use super::figures::Word;
use super::{is_filler, is_person_noun, Outcome, WORDS};
use brief_text::numbers::{parse_quantity, Quantity};

use super::counts::*;
use super::figures::{cue_at, is_hypothetical, Figure};

/// The figure a death toll is given as: "the death toll from the storm rose to 92", "put
/// the number of dead at 1,000" (`t` at "toll" or at "dead"; `named`: the dead or injured
/// are named, not left to "toll").
fn toll_figure(words: &[Word], lower: &[&str], t: usize, named: bool) -> Option<(Quantity, usize)> {
    // "injury toll", "economic toll": only a death toll, or a toll on its own, counts the dead.
    if t > 0 && !named && !WORDS.has("toll-kind", lower[t - 1]) {
        return None;
    }
    // "put the death toll from the floods … at 324": a verb before the toll leads to its
    // figure after "at", however far.
    let put = (t.saturating_sub(4)..t).any(|k| WORDS.has("toll-put", lower[k]));
    // Commas crossed: an appositive may stand between ("the toll from the blast in the
    // capital, Beirut, has risen to 135").
    let mut crossed = 0;
    for p in t + 1..lower.len().min(t + 30) {
        if words[p].break_before && p > t + 1 {
            crossed += 1;
            if crossed > 2 {
                return None;
            }
        }
        // Past a few words or a comma only a verb leads to the figure: "the death toll from a
        // missile strike on an apartment building in the city has risen to 30", not "a
        // convoy of 20".
        let put_at = put && lower[p - 1] == "at";
        if (p > t + 8 || crossed > 0) && !rises_to(&lower[..p]) && !put_at {
            continue;
        }
        // "the toll could rise to 60" is a fear, not a count.
        if WORDS.has("hypothetical", lower[p]) || WORDS.has("toll-fear", lower[p]) {
            return None;
        }
        if !WORDS.has("toll-link", lower[p - 1]) {
            continue;
        }
        // "a toll of 40", not "the toll in the accident of three trains … rose to 261".
        if lower[p - 1] == "of" && p != t + 2 {
            continue;
        }
        if let Some((q, len)) = parse_quantity(lower, p) {
            // "has surpassed 2,000": a year is never written with a thousands comma.
            if looks_like_year(&q) && !lower[p].contains(',') {
                return None;
            }
            return Some((q, p + len));
        }
    }
    None
}

/// Do the words before a figure end with a verb of a toll's change ("has risen to", "climbed
/// to", "reached", "stood at")?
pub(super) fn rises_to(before: &[&str]) -> bool {
    match before {
        [.., v, link] if WORDS.has("toll-verb", v) && WORDS.has("toll-link", link) => true,
        [.., v] => WORDS.has("toll-verb", v),
        [] => false,
    }
}

/// A death toll at `c` ("the death toll rose to 92", "the number of people killed … has grown
/// to 28"): `None` when there is none, else the figure if one is given.
pub(super) fn toll_at(
    words: &[Word],
    lower: &[&str],
    c: usize,
    used_until: usize,
) -> Option<Option<(Figure, usize)>> {
    let (outcome, figure) = if is_toll_noun(lower, c) {
        (
            Outcome::Killed,
            toll_figure(words, lower, c, lower[c] != "toll"),
        )
    } else if let Some(outcome) = number_of_outcome(lower, c) {
        (outcome, toll_figure(words, lower, c, true))
    } else {
        // A tally that opens the sentence is a toll only with its figure.
        let outcome = tally_outcome(lower, c)?;
        (outcome, Some(toll_figure(words, lower, c, true)?))
    };
    if c < used_until || is_hypothetical(lower, c) {
        return None;
    }
    Some(figure.map(|(quantity, end)| (Figure::of(outcome, quantity, "total".into()), end)))
}

/// "toll", or "count" with a word before it that makes it a toll ("the fatality count").
fn is_toll_noun(lower: &[&str], c: usize) -> bool {
    lower[c] == "toll" || lower[c] == "count" && c > 0 && WORDS.has("count-toll", lower[c - 1])
}

/// "the number of deaths", "the number of known deaths", "the number of people who have
/// died", "the number of people injured": a cue counted by "the number of" a few words
/// before it, with only the counted people, a relative and auxiliaries between.
fn number_of_outcome(lower: &[&str], c: usize) -> Option<Outcome> {
    let w = lower[c];
    let outcome = tallied(w)?;
    let k = (c.saturating_sub(6)..c.saturating_sub(1))
        .rev()
        .find(|&k| lower[k] == "number" && lower[k + 1] == "of")?;
    let between = &lower[k + 2..c];
    let counted = between.iter().any(|b| is_person_noun(b));
    let fits = between.iter().all(|b| {
        is_person_noun(b)
            || WORDS.has("relative", b)
            || is_filler(b)
            || WORDS.has("count-adjective", b)
    });
    // "the number of aid workers killed": a word or two naming the people before their noun.
    let described = matches!(between, [first @ .., last] if is_person_noun(last)
        && first.len() <= 2
        && first.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    let fits = fits || described;
    // "the number of deaths" and "the number of injured" (the cue as a noun) need no
    // people; "the number of people killed" does.
    (fits && (counted || between.is_empty() || WORDS.has("number-of", w))).then_some(outcome)
}

/// What a word a toll can count is: "deaths", "victims" the dead, else the outcome its cue
/// names ("the number of students abducted has risen to 1,400").
fn tallied(w: &str) -> Option<Outcome> {
    if WORDS.has("number-of", w) {
        Some(Outcome::Killed)
    } else {
        cue_at(w)
    }
}

/// "Reported deaths from the typhoon reached 378", "Total reported injured stood at 742",
/// "…, with injured individuals totaling 2,421": a dead or injured noun heading the sentence
/// or a clause, with only counting words before it, tallies
/// like "the number of" when a toll's verb leads from it to a figure (`toll_figure`), so
/// "The dead included …" is no toll.
fn tally_outcome(lower: &[&str], c: usize) -> Option<Outcome> {
    let outcome = tallied(lower[c])?;
    // The tally heads the sentence, or a clause opened by "with" or "putting", with only
    // counting words between (read back from the cue, so a long sentence is read once).
    let counting = |b: &str| is_filler(b) || WORDS.has("count-adjective", b);
    // Where the run of counting words before the cue begins.
    let run = (0..c)
        .rev()
        .take_while(|&k| counting(lower[k]))
        .last()
        .unwrap_or(c);
    let opened = run > 0 && WORDS.has("tally-opener", lower[run - 1]);
    // "Reported deaths … reached 378", and "Deaths from flooding have passed 1,000": a noun of
    // the dead may head the sentence alone.
    let heads = run == 0
        && (lower[..c].iter().any(|b| *b != "the") || c == 0 && WORDS.has("number-of", lower[c]));
    (opened || heads).then_some(outcome)
}
