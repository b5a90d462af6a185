//! Lists of counted people: the items before the last count ("two civilians and four
//! soldiers", "Four Kenyans, a Briton and two Americans"), one person more after a count
//! ("Five soldiers and a civilian"), and the count or one person an item opens with.

use super::counts::{
    group_words, is_demonym_plural, is_demonym_singular, is_demonym_word, is_part_marker,
    widen_back,
};
use super::figures::*;
use super::{is_person_noun, WORDS};
use brief_text::numbers::{parse_quantity, Quantity};

/// "Five soldiers and a civilian were killed": one person more, by an article and a person
/// noun in the singular, joined to the count by "and" right before the cue (auxiliaries
/// between). Returns that person's noun.
pub(super) fn one_more_after_the_count<'w>(between: &[&'w str]) -> Option<&'w str> {
    /// The most words between the article and its noun ("a police officer").
    const NOUN_MODIFIERS: usize = 1;
    let and = between.iter().position(|w| *w == "and")?;
    // ("29 worshippers including children and a pregnant woman perished": a part of them.)
    if between[..and].iter().any(|w| WORDS.has("clause-opener", w)) {
        return None;
    }
    let rest = &between[and + 1..];
    let auxiliaries = rest
        .iter()
        .rev()
        .take_while(|w| WORDS.has("aux", w))
        .count();
    let (article, phrase) = rest[..rest.len() - auxiliaries].split_first()?;
    let noun = phrase.last()?;
    (opens_one_person(article)
        && phrase.len() <= NOUN_MODIFIERS + 1
        && super::one_person::is_one_person_noun(noun))
    .then_some(*noun)
}

/// Coordinated counts before the last one: "two civilians and four soldiers", "17 men, seven
/// women and three minors". Adds them to `total` (the last count, starting at `start`).
pub(super) fn add_counts_listed_before(
    words: &[Word],
    lower: &[&str],
    start: usize,
    from: usize,
    mut total: Quantity,
    group: String,
) -> (Quantity, Vec<String>) {
    let mut groups = vec![group];
    let mut k = start;
    let mut listed = false;
    loop {
        // Not across a comma: "73 injured, including 13 children, and 40 missing" — except
        // between the items of a list already joined by "and".
        let joined = k >= 2 && lower[k - 1] == "and" && !words[k - 1].break_before;
        // ("… three Tanzanians, and one Canadian": a serial comma before the last item, when
        // the item before it follows a comma too.)
        let serial = !listed && k >= 2 && lower[k - 1] == "and" && words[k - 1].break_before;
        let listed_before = listed && k >= 1 && words[k].break_before;
        let item_end = if joined || serial {
            k - 1
        } else if listed_before {
            k
        } else {
            break;
        };
        let Some((q2, p2, g2)) = count_ending_at(words, lower, item_end)
            .or_else(|| one_listed_ending_at(words, lower, item_end))
        else {
            break;
        };
        let opens_the_list = p2 == 0
            || words[p2].break_before
            || WORDS.has("subordinator", lower[p2 - 1])
            || WORDS.has("list-opener", lower[p2 - 1]);
        if listed_before && (p2 < from || !opens_the_list) || serial && !words[p2].break_before {
            break;
        }
        listed = true;
        if is_part_marker(lower, p2) {
            break;
        }
        total.value += q2.value;
        if total.qualifier.is_none() {
            total.qualifier = q2.qualifier;
        }
        groups.insert(0, g2);
        k = p2;
    }
    (total, groups)
}

/// "The pilot, co-pilot and 16 passengers lost their lives": one person listed before the
/// last count, by an article and a person noun in the singular, or by the noun alone after a
/// comma (the list's article standing before its first item); the list opens the sentence
/// or a clause after a comma.
pub(super) fn one_listed_ending_at(
    words: &[Word],
    lower: &[&str],
    end: usize,
) -> Option<(Quantity, usize, String)> {
    let noun = end.checked_sub(1)?;
    // ("154 people, mostly in their 20s, dead and 33 others": "dead" is the outcome.)
    // ("three Kenyans, a Briton, two Americans": one of a people too.)
    let one_person =
        super::one_person::is_one_person_noun(lower[noun]) || is_demonym_singular(lower[noun]);
    if !one_person || cue_at(lower[noun]).is_some() {
        return None;
    }
    let start = match noun.checked_sub(1) {
        Some(article) if !words[noun].break_before && opens_one_person(lower[article]) => article,
        _ if words[noun].break_before || noun == 0 => noun,
        _ => return None,
    };
    // The item opens the sentence or follows a comma: "The suspected gunman was among the dead
    // and six people were hospitalised" lists no one.
    (start == 0 || words[start].break_before)
        .then(|| (Quantity::exact(1), start, lower[noun].to_string()))
}

/// A count phrase "NUMBER noun…" ending just before index `end` (exclusive).
pub(super) fn count_ending_at(
    words: &[Word],
    lower: &[&str],
    end: usize,
) -> Option<(Quantity, usize, String)> {
    for p in (end.saturating_sub(6)..end).rev() {
        // ("Four Kenyans, a Briton": an item of a list ends at its comma.)
        if words[p + 1..end].iter().any(|w| w.break_before) {
            break;
        }
        if let Some((q, len)) = parse_quantity(lower, p).filter(|(_, len)| p + len <= end) {
            let gap = &lower[p + len..end];
            let only_people = gap
                .iter()
                .all(|w| cue_at(w).is_none() && !WORDS.has("aux", w));
            // ("one British", "one Canadian": a people's word in the singular for one.)
            let one_of_a_people = |w: &&str| is_exactly_one(&q) && is_demonym_word(w);
            if only_people
                && gap
                    .iter()
                    .any(|w| is_person_noun(w) || is_demonym_plural(w) || one_of_a_people(w))
            {
                let (q, start) = widen_back(lower, p, p + len, q);
                return Some((q, start, group_words(&lower[p + len..end])));
            }
        }
    }
    super::one_person::one_person_ending_at(lower, end)
}

/// "14 Malaysians, a Korean, a Nepalese and one Frenchman": in a list of counted people, one
/// more named by a capitalised word alone after "a" or "one" (a people the gazetteer may not
/// know in the singular), the item ending there.
pub(super) fn one_of_a_people_listed(
    words: &[Word],
    lower: &[&str],
    p: usize,
) -> Option<(Quantity, String, usize)> {
    let (q, len, singular) = count_or_one(lower, p, true)?;
    let singular = singular || is_exactly_one(&q);
    let named = p + len;
    let closes = |k: usize| k == lower.len() || words[k].break_before || lower[k] == "and";
    (singular && named < lower.len() && words[named].capital && closes(named + 1))
        .then(|| (Quantity::exact(1), lower[named].to_string(), named + 1))
}

/// "one", not "about one" or "one or more": a count that names its people in the singular.
pub(super) fn is_exactly_one(q: &Quantity) -> bool {
    q.value == 1 && q.qualifier.is_none() && !q.vague
}

/// The count at `p`, or one person where an article stands before a singular noun ("a US
/// citizen") and `one_allowed`: the quantity, its length in words and whether it is one person.
pub(super) fn count_or_one(
    lower: &[&str],
    p: usize,
    one_allowed: bool,
) -> Option<(Quantity, usize, bool)> {
    if let Some((q, len)) = parse_quantity(lower, p) {
        return Some((q, len, false));
    }
    let one = Quantity::exact(1);
    (one_allowed && WORDS.has("one-person", lower.get(p)?)).then_some((one, 1, true))
}

/// "a", "an", "the", "their": a word that opens one person named by a noun (`one-person`,
/// `definite-one`).
fn opens_one_person(word: &str) -> bool {
    WORDS.has("one-person", word) || WORDS.has("definite-one", word)
}
