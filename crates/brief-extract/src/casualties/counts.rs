//! Head counts and the groups they count: the count before or after a casualty cue, lists of
//! counted groups, parts of a total, and the words that tell a count of people from one of
//! things.

use super::figures::*;
use super::lists::{
    add_counts_listed_before, count_or_one, is_exactly_one, one_more_after_the_count,
    one_of_a_people_listed,
};
use super::{is_filler, is_person_noun, Outcome, Part, PERSON_NOUNS, WORDS};
use brief_text::gazetteer::{TermKind, GAZETTEER};
use brief_text::numbers::{parse_quantity, Quantity};

/// The head count before a cue: "five people had been killed", "two civilians and four
/// soldiers died", "80 wounded". Returns the figure, the group, and where the figure ends.
pub(super) fn count_before(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    // The count ends before an inserted clause: "41 people, including members of the
    // security forces, had died".
    let end = inserted_clause(words, lower, c).unwrap_or(c);
    // (The ages that describe the counted people stand beside them: "26 pupils between the
    // ages of 10 and 20 died".)
    // (Words already read for an earlier figure may reach past the cue: none then.)
    let near = end.saturating_sub(2 * MODIFIER_WORDS).max(from).min(end);
    let ages = end - near - without_an_age(&lower[near..end]).len();
    let lo = end.saturating_sub(8 + ages).max(from);
    for p in (lo..end).rev() {
        if words[p + 1..end].iter().any(|w| w.break_before) || end == c && words[c].break_before {
            return None;
        }
        let Some((q, len)) =
            parse_quantity(lower, p).or_else(|| both_before_the_cue(lower, p, end))
        else {
            continue;
        };
        if p + len > end {
            continue;
        }
        let (q, start) = widen_back(lower, p, p + len, q);
        let (q, start) = part_out_of(lower, start, q, the_cue_is_the_predicate(lower, p + len, c));
        // "set up in 1948 to house Palestinians who fled": a year, whatever follows it.
        if looks_like_year(&q) && start > 0 && WORDS.has("year-before", lower[start - 1]) {
            return None;
        }
        // "26 pupils between the ages of 10 and 20 died": an age, not a head count.
        if states_an_age(lower, start) {
            continue;
        }
        let between = without_an_age(&lower[p + len..end]);
        let between = &between[..];
        // "at least 10 had been shot dead": the manner of death is part of the cue.
        let between = match between.split_last() {
            Some((last, rest)) if lower[c] == "dead" && WORDS.has("dead-manner", last) => rest,
            _ => between,
        };
        // "14 children … and one adult": a count of one closing a list is read with the list
        // (`add_counts_listed_before` and the one-by-one sums), not alone.
        let closes_a_list = start > 0 && lower[start - 1] == "and";
        // ("37 foreigners of eight nationalities were killed": a count after "of" describes
        // the people counted further back.)
        // "Sixteen of those killed were from …": a part of the people the cue counts, as the
        // clause's subject ("displaying the passports of three of those killed" counts no one).
        // ("… said that 33 of the injured remained in hospital": a clause's subject after "that".)
        // ("25 of those who died were women".)
        // ("428 poisoned cases, 19 of which had died", "19 of whom died": a part of the people
        // counted before, under an outcome of its own.)
        let of_whom = matches!(between, ["of", pronoun, rest @ ..]
            if WORDS.has("part-pronoun", pronoun) && rest.iter().all(|w| WORDS.has("aux", w)));
        let part_of_the_counted =
            (matches!(between, ["of", "those" | "the"] | ["of", "those", "who"]) || of_whom)
                && (start == 0
                    || words[start].break_before
                    || WORDS.has("subordinator", lower[start - 1]))
                && !q.vague
                && !looks_like_year(&q);
        let head_count = part_of_the_counted
            || gap_is_head_count(between, &q, !closes_a_list)
            || (start == 0 || lower[start - 1] != "of")
                && subject_of_a_predicate(between, lower[c], &q);
        let described = !head_count && describes_the_counted(between, lower[c]);
        if !head_count && !described && !counts_patients(between, lower[c]) {
            // "Five people from one camp were killed": a count inside a place phrase
            // counts no one; the head count stands further back.
            if in_a_place_phrase(lower, start, lo) {
                continue;
            }
            // "37 foreigners of eight nationalities were killed": a count describing the
            // people counted further back.
            if start >= 2 && lower[start - 1] == "of" && names_people(lower[start - 2], false) {
                continue;
            }
            return None;
        }
        // "11 Gambians including six children have died": the part is inside a larger
        // count, further back.
        if is_part_marker(lower, start) {
            if (lo..start).any(|k| parse_quantity(lower, k).is_some()) {
                continue;
            }
            return None;
        }
        // "six suspicious deaths": the words describe the deaths, not who died.
        let group = if described {
            String::new()
        } else {
            group_words(up_to_the_counted(between))
        };
        let (q, group) = match one_more_after_the_count(between) {
            Some(one) if !q.vague => (
                Quantity {
                    value: q.value + 1,
                    ..q
                },
                format!("{group} and {one}"),
            ),
            _ => (q, group),
        };
        let (total, groups) = add_counts_listed_before(words, lower, start, from, q, group);
        return Some((total, join_groups(&groups), c));
    }
    None
}

/// The most words of a phrase of place or belonging between the people counted and the verb.
const MODIFIER_WORDS: usize = 10;

/// "Forty cadets in the Israel Prison Service officer course died", "10 United Nations
/// peacekeepers from Chad have been killed": the counted people, a phrase of place or
/// belonging describing them (names and nouns, no verb), then the casualty predicate.
pub(super) fn count_before_a_modifier(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    // ("help search for missing people": a cue before the people it describes is no
    // predicate.)
    let describes_next = lower.get(c + 1).is_some_and(|w| is_person_noun(w));
    if !WORDS.has("predicate", lower[c]) || describes_next {
        return None;
    }
    let mut k = c;
    while k > from && WORDS.has("aux", lower[k - 1]) {
        k -= 1;
    }
    // ("on an overcrowded bus": a word in -ed after an article describes the noun.)
    let after_article = |i: usize| i > 0 && matches!(lower[i - 1], "a" | "an" | "the");
    let name_or_not_verb =
        |i: usize| words[i].capital || !looks_like_verb(lower[i]) || after_article(i);
    let lo = k.saturating_sub(MODIFIER_WORDS).max(from + 1);
    for prep in (lo..k).rev() {
        if words[prep + 1..=c].iter().any(|w| w.break_before)
            || !name_or_not_verb(prep)
            || WORDS.has("clause-break", lower[prep])
            || cue_at(lower[prep]).is_some()
            || lower[prep] == "to"
        {
            return None;
        }
        let opens = WORDS.has("place-preposition", lower[prep])
            || WORDS.has("carried-preposition", lower[prep])
            || lower[prep] == "of";
        let noun = prep - 1;
        let people = is_person_noun(lower[noun])
            || is_demonym_plural(lower[noun])
            || named_after_a_place(&words[noun], lower[noun]);
        if !opens || !people {
            continue;
        }
        let counted = (noun.saturating_sub(3).max(from)..noun)
            .rev()
            .find_map(|p| {
                let (q, len) = parse_quantity(lower, p)?;
                (p + len <= noun
                    && (p + len..noun).all(|i| name_or_not_verb(i) && !words[i].break_before)
                    && !looks_like_year(&q))
                .then_some(q)
            })?;
        return Some((counted, lower[noun].to_string(), c));
    }
    None
}

/// "Both died on Monday", "both were killed": two people, the subject right before the cue
/// with only auxiliaries between.
fn both_before_the_cue(lower: &[&str], p: usize, end: usize) -> Option<(Quantity, usize)> {
    (WORDS.has("both", lower[p]) && lower[p + 1..end].iter().all(|w| WORDS.has("aux", w)))
        .then_some((Quantity::exact(2), 1))
}

/// The subject counted "among those killed": "Five foreigners, including four Asian nationals,
/// were among those killed" gives five foreigners, the first count of people of the clause.
pub(super) fn count_among_those(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    if c < 4
        || !matches!(lower[c - 1], "those" | "the")
        || lower[c - 2] != "among"
        || !matches!(lower[c - 3], "were" | "was" | "are" | "is")
    {
        return None;
    }
    let clause_start = (from..c - 3)
        .rev()
        .find(|&k| words[k].break_before && !matches!(lower[k], "including"))
        .unwrap_or(from);
    (clause_start..c - 3).find_map(|p| {
        // "A US citizen is among the dead": one person (not "X, a 25-year-old, was among
        // those hurt", who is named, not counted).
        let opens = p == 0 || !words[p].break_before;
        let (q, len, singular) = count_or_one(lower, p, opens)?;
        let group_end =
            (p + len..(p + len + 3).min(c - 3)).find(|&k| names_people(lower[k], singular))?;
        (!looks_like_year(&q) && !is_part_marker(lower, p))
            .then(|| (q, group_words(&lower[p + len..=group_end]), c))
    })
}

/// Where a clause set off by commas between a count and its cue begins (", including …," or
/// ", most of them …,"), when only auxiliaries stand after it.
pub(super) fn inserted_clause(words: &[Word], lower: &[&str], c: usize) -> Option<usize> {
    let closes = (c.saturating_sub(3)..=c)
        .rev()
        .find(|&k| words[k].break_before)?;
    if !lower[closes..c].iter().all(|w| is_filler(w)) {
        return None;
    }
    let opens = (closes.saturating_sub(16)..closes)
        .rev()
        .find(|&k| words[k].break_before)?;
    WORDS.has("clause-opener", lower[opens]).then_some(opens)
}

/// Extends a number back over a qualifier or article ("more than 30,000", "a million").
pub(super) fn widen_back(lower: &[&str], p: usize, end: usize, q: Quantity) -> (Quantity, usize) {
    for back in (1..=3).rev() {
        if p >= back {
            if let Some((q2, len2)) = parse_quantity(lower, p - back) {
                if p - back + len2 == end {
                    return (q2, p - back);
                }
            }
        }
    }
    (q, p)
}

/// "49 out of 71 people on board dead": the count before "out of" is the one the cue counts;
/// the one after is the whole it is part of.
fn part_out_of(
    lower: &[&str],
    start: usize,
    whole: Quantity,
    cue_is_the_predicate: bool,
) -> (Quantity, usize) {
    if start >= 3 && lower[start - 2] == "out" && lower[start - 1] == "of" {
        if let Some((part, 1)) = parse_quantity(lower, start - 3) {
            return (part, start - 3);
        }
    }
    // "Forty-three of the 45 people on board died": the part died, not all aboard. ("80 of
    // the 115 injured are in critical condition", "eight of the 70 inmates who were injured
    // were in critical condition": the cue counts the whole; "all but one of the 29 victims
    // died": not the part.)
    if start >= 3 && cue_is_the_predicate && lower[start - 2] == "of" && lower[start - 1] == "the" {
        let of = start - 2;
        let part = (of.saturating_sub(3)..of).find_map(|k| {
            parse_quantity(lower, k)
                .filter(|&(_, len)| k + len == of)
                .map(|(q, _)| (q, k))
        });
        let valid = |(q, k): &(Quantity, usize)| {
            !q.vague && q.value < whole.value && (*k == 0 || lower[*k - 1] != "but")
        };
        if let Some((part, k)) = part.filter(valid) {
            return (part, k);
        }
    }
    (whole, start)
}

/// Whether the cue at `c` is the verb of the clause whose subject ends at `after_count`
/// ("Three of the 20 passengers were killed"), not a word describing the people counted
/// ("the 115 injured are …", "the 178 people injured have been treated", "the contractors who
/// were injured are …").
fn the_cue_is_the_predicate(lower: &[&str], after_count: usize, c: usize) -> bool {
    if after_count >= c {
        return false;
    }
    // ("two of the 19 people injured in the crash …": a participle without its auxiliary
    // describes them.)
    let participle = WORDS.has("active", lower[c]) && !WORDS.has("aux", lower[c - 1]);
    !participle
        && !lower[after_count..c]
            .iter()
            .any(|w| WORDS.has("relative", w))
        && !lower.get(c + 1).is_some_and(|w| WORDS.has("aux", w))
}

/// The victims after an active cue: "killed four troops and two civilians", "Among the dead
/// were an Australian woman, two Danish citizens and a US citizen".
pub(super) fn count_after(
    words: &[Word],
    lower: &[&str],
    c: usize,
) -> Option<(Quantity, String, usize)> {
    // "killing all 167 people on board": "all" before the count.
    // "injuring another 15": a second count, not an increment of the first.
    // "which killed on Friday 28 civilians": the day between the verb and its count.
    let c = if lower.get(c + 1) == Some(&"on")
        && lower
            .get(c + 2)
            .is_some_and(|w| brief_text::dates::weekday_named(w).is_some())
    {
        c + 2
    } else {
        c
    };
    let p = if matches!(lower.get(c + 1), Some(&"all" | &"another")) {
        c + 2
    } else {
        c + 1
    };
    if p >= lower.len() || words[p].break_before {
        return None;
    }
    if let Some(found) = super::one_person::one_and_others(words, lower, p) {
        return Some(found);
    }
    if let Some((total, len)) = parse_quantity(lower, p) {
        let end = p + len;
        // "killing 41 people and injuring 230, the agency said": a bare figure ends its
        // clause. So does one followed by when or where: "wounded 55 on Sunday", "killed 12
        // in the north".
        let bare =
            end == lower.len() || words[end].break_before || WORDS.has("bare-end", lower[end]);
        if bare && !looks_like_year(&total) {
            return Some((total, "total".into(), end));
        }
    }
    let (mut total, first_group, mut end) = counted_group_at(words, lower, p)?;
    let first = total.value;
    let mut groups = vec![first_group];
    // More counted groups joined by "and" or listed with commas.
    loop {
        let joined = lower.get(end) == Some(&"and");
        // ("killing two foreigners — a Chinese citizen and a Myanmar worker —": what the
        // dashes set apart restates the count.)
        let listed =
            !joined && end < lower.len() && words[end].break_before && !words[end].dash_before;
        if !joined && !listed {
            break;
        }
        let next = end + usize::from(joined);
        // ("killing 15 people, 11 of them children": a part of the count, not more victims.)
        if count_of_those(lower, next).is_some() {
            break;
        }
        let Some((q, group, g_end)) = counted_group_at(words, lower, next)
            .or_else(|| one_of_a_people_listed(words, lower, next))
            // ("killed 113 people, the deputy governor said": after a comma, "the" opens
            // another clause.)
            .or_else(|| {
                joined
                    .then(|| super::one_person::the_one_person_listed(words, lower, next))
                    .flatten()
            })
        else {
            break;
        };
        // "killed 40 people, and dozens were injured": a clause of its own, not more victims.
        // "killing 70 detainees, a minister said": a listed item ends at a break, "and" or
        // the sentence's end, or it is the subject of a clause of its own.
        let closes = g_end == lower.len() || words[g_end].break_before || lower[g_end] == "and";
        // "killed 64 people and 16 people were missing": the item before a verb of its own is
        // that clause's subject.
        // ("The bodies of a woman and a girl were recovered": after a noun, the list is the
        // subject and the verb is its own.)
        // "resulted in the death of one spectator and two others sustained critical
        // injuries": an item that suffers a harm of its own is that clause's subject too.
        let own_verb = looks_like_verb(lower[c])
            && lower.get(g_end).is_some_and(|w| WORDS.has("aux", w))
            || lower.get(g_end).is_some_and(|w| WORDS.has("suffered", w));
        if lower[next..g_end].iter().any(|w| WORDS.has("aux", w)) || own_verb || listed && !closes {
            break;
        }
        total.value += q.value;
        groups.push(group);
        end = g_end;
    }
    // "carrying 92 people, 84 passengers, and 8 crew": a count followed by its parts, which
    // add up to it, is counted once.
    if groups.len() > 2 && total.value == 2 * first {
        total.value = first;
        groups.truncate(1);
    }
    looks_like_year(&total)
        .then_some(())
        .map_or(Some((total, join_groups(&groups), end)), |_| None)
}

/// "11 of them", "eight of whom": a count at `k` of the people just counted, and how many
/// words the count takes.
fn count_of_those(lower: &[&str], k: usize) -> Option<(Quantity, usize)> {
    parse_quantity(lower, k).filter(|&(_, len)| {
        lower.get(k + len) == Some(&"of")
            && lower
                .get(k + len + 1)
                .is_some_and(|w| WORDS.has("part-pronoun", w))
    })
}

/// Does a word name people: a person noun or a demonym in the plural, or in the singular
/// when one person is counted ("woman", "citizen")?
pub(super) fn names_people(word: &str, singular: bool) -> bool {
    is_person_noun(word)
        || is_demonym_plural(word)
        // "one man", "one Algerian": the singular of a person noun or of a people.
        || singular && (is_person_noun(&format!("{word}s")) || is_demonym_singular(word))
}

/// A count and the people it counts at `p`: "two Danish citizens", "an Australian woman" (one
/// person), with where the group's words end.
fn counted_group_at(words: &[Word], lower: &[&str], p: usize) -> Option<(Quantity, String, usize)> {
    let (q, len, by_article) = count_or_one(lower, p, true)?;
    // "one U.S. citizen": a count of one names its people in the singular too.
    let singular = by_article || is_exactly_one(&q);
    let start = p + len;
    // "an Australian woman": one person is counted only by a noun right after.
    let reach = if by_article { 2 } else { 5 };
    let names_people = |k: usize| names_people(lower[k], singular);
    let mut group_end = (start..lower.len().min(start + reach))
        .take_while(|&k| k == start || !words[k].break_before)
        .find(|&k| names_people(k))?;
    // "an Australian woman": the demonym, then the noun it describes.
    while group_end + 1 < lower.len()
        && !words[group_end + 1].break_before
        && names_people(group_end + 1)
    {
        group_end += 1;
    }
    Some((q, group_words(&lower[start..=group_end]), group_end + 1))
}

/// "six suspicious deaths", "three new fatalities": a word or two describing what a noun cue
/// counts.
fn describes_the_counted(between: &[&str], cue: &str) -> bool {
    WORDS.has("counted-noun", cue)
        && (1..=2).contains(&between.len())
        && between.iter().all(|w| {
            w.chars().all(char::is_alphabetic) && !looks_like_verb(w) && cue_at(w).is_none()
        })
}

/// "two constables were injured", "14 revelers died": a plural noun counted right before a
/// casualty predicate (`predicate` in `casualties.tsv`) is its subject, and what befalls it
/// befalls people, whether or not the person-noun table lists the noun.
fn subject_of_a_predicate(between: &[&str], cue: &str, q: &Quantity) -> bool {
    if !WORDS.has("predicate", cue) || looks_like_year(q) {
        return false;
    }
    let Some(noun_at) = between.iter().rposition(|w| !WORDS.has("aux", w)) else {
        return false;
    };
    // "tornadoes killed at least 18 people": an active verb with no auxiliary before it has
    // its victims after it, and its subject is what killed them.
    let passive = noun_at + 1 < between.len() || !WORDS.has("active", cue);
    let describing = &between[..noun_at];
    passive
        && describing.len() <= 1
        && describing
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic()) && !looks_like_verb(w))
        && is_plural_noun(between[noun_at])
}

/// Rough: a lowercase plural noun ("constables", "jawans"), not one the person-noun table
/// marks as a thing ("vehicles", "hours").
fn is_plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| w.ends_with(end))
        && w.chars().all(|c| c.is_lowercase())
        && !looks_like_verb(w)
        && !PERSON_NOUNS.has("not-person", w)
}

/// "eight suspected cases receiving care": the sick, counted where they are in care.
fn counts_patients(between: &[&str], cue: &str) -> bool {
    WORDS.has("care-cue", cue)
        && between.iter().any(|w| PERSON_NOUNS.has("patient", w))
        && between.len() <= 4
        && between.iter().all(|w| !looks_like_verb(w) || is_filler(w))
}

/// The most words between an age's opener and the number ("between the ages of 10 and 20").
const AGE_REACH: usize = 4;

/// Is the number at `start` an age: after "aged" or "the ages of" (`age-opener` in
/// `casualties.tsv`), with only other ages and the words joining them between?
fn states_an_age(lower: &[&str], start: usize) -> bool {
    (start.saturating_sub(AGE_REACH)..start)
        .rev()
        .find(|&k| WORDS.has("age-opener", lower[k]))
        .is_some_and(|opener| lower[opener + 1..start].iter().all(|w| is_age_word(w)))
}

/// A number or a word joining ages ("between the ages of 10 and 20").
fn is_age_word(w: &str) -> bool {
    WORDS.has("age-joiner", w) || w.chars().all(|c| c.is_ascii_digit())
}

/// "pupils between the ages of 10 and 20", "children aged 5 to 12 were": the counted people
/// without the ages that describe them, when only auxiliaries follow the ages.
fn without_an_age<'a, 'w>(between: &'a [&'w str]) -> std::borrow::Cow<'a, [&'w str]> {
    use std::borrow::Cow;
    let Some(opener) = between.iter().rposition(|w| WORDS.has("age-opener", w)) else {
        return Cow::Borrowed(between);
    };
    let ages_end = (opener + 1..between.len())
        .find(|&k| !is_age_word(between[k]))
        .unwrap_or(between.len());
    if !between[ages_end..].iter().all(|w| WORDS.has("aux", w)) {
        return Cow::Borrowed(between);
    }
    let mut start = opener;
    while start > 0 && WORDS.has("age-joiner", between[start - 1]) {
        start -= 1;
    }
    Cow::Owned([&between[..start], &between[ages_end..]].concat())
}

/// Does the count at `start` follow a place preposition ("from one camp", "from the two
/// boats"), no further back than `lo`?
fn in_a_place_phrase(lower: &[&str], start: usize, lo: usize) -> bool {
    let before = |k: usize| (start >= lo + k).then(|| lower[start - k]);
    let opens = |w: Option<&str>| w.is_some_and(|w| WORDS.has("place-preposition", w));
    opens(before(1)) || matches!(before(1), Some("the" | "its" | "their")) && opens(before(2))
}

/// Between a count and its cue only the counted people and auxiliaries may stand
/// (`one_by_noun`: a count of one may name its people by a singular noun, "one suspect").
pub(super) fn gap_is_head_count(between: &[&str], q: &Quantity, one_by_noun: bool) -> bool {
    if between.is_empty() {
        return !looks_like_year(q);
    }
    // "60 because many of the wounded were …": a new clause counts others.
    if between.iter().any(|w| WORDS.has("clause-break", w)) {
        return false;
    }
    // "one Algerian was killed", "one suspect was arrested": one person, named by the
    // singular of a people or of a person noun.
    let one = q.value == 1 && !q.vague;
    // (The singular noun comes right after the count or one word on: "one suspect", "one
    // local resident"; "one on top of the other" counts no one.)
    let has_person = between.iter().enumerate().any(|(i, w)| {
        names_people(w, one && one_by_noun && i < 2)
            || is_demonym_plural(w)
            || one && is_demonym_singular(w)
    });
    // "three unidentified men", "12 mountaineering guides": a participle or gerund just
    // before the people describes them. ("comforting parents" after a cue is a verb and its
    // object; here the words lie between the count and its cue.)
    let describes_next = |i: usize| {
        (between[i].ends_with("ed") || between[i].ends_with("ing"))
            && between.get(i + 1).is_some_and(|n| is_person_noun(n))
    };
    has_person
        && between.len() <= 7
        && between
            .iter()
            .enumerate()
            .all(|(i, w)| !looks_like_verb(w) || is_filler(w) || describes_next(i))
        || between.iter().all(|w| is_filler(w)) && !looks_like_year(q)
        || people_doing_something(between)
}

/// "27 migrants trying to reach England from France died": the counted people and a
/// participle phrase saying what they were doing, with no other verb in it.
fn people_doing_something(between: &[&str]) -> bool {
    let Some(noun) = between
        .iter()
        .position(|w| is_person_noun(w) || is_demonym_plural(w))
    else {
        return false;
    };
    let rest = &between[noun + 1..];
    noun <= 2
        && between.len() <= 9
        && rest
            .first()
            .is_some_and(|w| w.ends_with("ing") && !is_person_noun(w))
        && rest[1..]
            .iter()
            .all(|w| !looks_like_verb(w) && cue_at(w).is_none())
        && between[..noun]
            .iter()
            .all(|w| !looks_like_verb(w) || is_filler(w))
}

pub(super) fn looks_like_year(q: &Quantity) -> bool {
    (1800..=2100).contains(&q.value) && q.qualifier.is_none()
}

/// Rough: a lowercase word ending like a past or present verb form that is not a person noun.
pub(super) fn looks_like_verb(w: &str) -> bool {
    (w.ends_with("ed") || w.ends_with("ing")) && !is_person_noun(w)
}

/// "Algerian", "Briton": one of a people the gazetteer knows by its plural.
/// A people's word in any form the gazetteer lists ("British", "Briton", "Kenyans").
pub(super) fn is_demonym_word(w: &str) -> bool {
    GAZETTEER
        .lookup(w)
        .is_some_and(|(_, t)| t == TermKind::Demonym)
        || is_demonym_singular(w)
}

pub(super) fn is_demonym_singular(w: &str) -> bool {
    is_demonym_plural(&format!("{w}s"))
}

pub(super) fn is_demonym_plural(w: &str) -> bool {
    // "Japanese", "Nepalese": the -ese names of peoples are their own plurals.
    (w.ends_with('s') || w.ends_with("ese"))
        && GAZETTEER
            .lookup(w)
            .is_some_and(|(_, t)| t == TermKind::Demonym)
}

/// "Kentuckians", "Muscovites": a capitalised plural with an ending that makes the people of a
/// place, which the gazetteer need not list (states, cities, regions).
fn named_after_a_place(word: &Word, lower: &str) -> bool {
    word.capital
        && lower.len() > 5
        && PERSON_NOUNS
            .words("people-of-place-ending")
            .iter()
            .any(|end| lower.ends_with(end.as_str()))
}

/// "including", "among them" before a count make it a part of a total.
pub(super) fn is_part_marker(lower: &[&str], at: usize) -> bool {
    if at == 0 || !matches!(lower[at - 1], "including" | "among") {
        return false;
    }
    // "Two Indians were among 37 tourists killed": the count after "were among" is the
    // whole, the one before it a part.
    if at >= 2 && lower[at - 1] == "among" && WORDS.has("copula", lower[at - 2]) {
        return false;
    }
    // "1,351 cholera cases, including 58 deaths": a part only of a count of people.
    at < 2
        || lower[..at - 1]
            .iter()
            .rev()
            .take(3)
            .any(|w| is_person_noun(w) || cue_at(w).is_some() || *w == "them")
}

/// Parts following a figure: ", including a child", ", eight of them minors".
pub(super) fn parts_after(
    words: &[Word],
    lower: &[&str],
    from: usize,
    outcome: Outcome,
) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut k = from;
    while k < lower.len() && k < from + 8 {
        if lower[k] == "including" || lower[k] == "among" && lower.get(k + 1) == Some(&"them") {
            let at = if lower[k] == "among" { k + 2 } else { k + 1 };
            let parsed = parse_quantity(lower, at).or_else(|| {
                (matches!(lower.get(at), Some(&"a" | &"an"))).then_some((Quantity::exact(1), 1))
            });
            if let Some((q, len)) = parsed {
                let group: Vec<&str> = lower[at + len..]
                    .iter()
                    .take(3)
                    .take_while(|w| !WORDS.has("group-stop", w))
                    .copied()
                    .collect();
                parts.push(Part {
                    count: q.value,
                    group: group.join(" "),
                    outcome,
                });
                k = at + len;
                continue;
            }
        }
        if words[k].break_before {
            if let Some((q, len)) = count_of_those(lower, k) {
                let group: Vec<&str> = lower[k + len + 2..].iter().take(2).copied().collect();
                parts.push(Part {
                    count: q.value,
                    group: group.join(" "),
                    outcome,
                });
                k += len + 2;
                continue;
            }
            if k > from && !lower[k].starts_with("including") {
                break;
            }
        }
        k += 1;
    }
    parts
}

/// "people shot and", "people lost": the words between a count and its cue, up to the last
/// noun of the people counted.
fn up_to_the_counted<'w>(between: &'w [&'w str]) -> &'w [&'w str] {
    // "Gambians including six children": the group ends where its part begins.
    let between = between
        .iter()
        .position(|w| WORDS.has("clause-opener", w))
        .map_or(between, |at| &between[..at]);
    between
        .iter()
        .rposition(|w| is_person_noun(w) || is_demonym_plural(w))
        .map_or(between, |last| &between[..=last])
}

pub(super) fn group_words(words: &[&str]) -> String {
    // "migrants trying to reach England": the group ends where what they did begins.
    let kept: Vec<&str> = words
        .iter()
        .take_while(|w| !w.ends_with("ing") || is_person_noun(w))
        .filter(|w| !is_filler(w))
        .copied()
        .collect();
    kept.join(" ")
}

pub(super) fn join_groups(groups: &[String]) -> String {
    let groups: Vec<&str> = groups
        .iter()
        .map(String::as_str)
        .filter(|g| !g.is_empty())
        .collect();
    match groups.as_slice() {
        [] | ["people"] | ["persons"] => "total".into(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
