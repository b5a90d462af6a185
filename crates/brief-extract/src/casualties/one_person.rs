//! One person counted by the words that name them: an article before a person noun ("a
//! police officer was injured"), a name ("Boris Nemtsov died", "the manager, Tori Johnson,
//! was also killed") or a pronoun ("He died at a hospital"), and one person with a count of
//! others ("the pilot and five other people").

use super::counts::{is_part_marker, names_people};
use super::figures::*;
use super::{is_person_noun, Outcome, PERSON_NOUNS, WORDS};
use brief_text::gazetteer::GAZETTEER;
use brief_text::numbers::{parse_quantity, Quantity};

/// "President Ebrahim Raisi has been killed", "an Australian tourist died", "a man was
/// arrested", "a police officer was injured": one person, named or counted by an article, who is the subject of a verb of
/// death or detention, is a count of one.
pub(super) fn one_person_died(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    let verb = lower[c];
    let is_verb = verb.ends_with("ed") || WORDS.has("predicate", verb);
    // "A man was arrested", "a police officer was injured": one person detained or hurt
    // counts as one killed does.
    let of_one = matches!(
        cue_at(verb),
        Some(Outcome::Killed | Outcome::Detained | Outcome::Injured)
    );
    if !of_one || !is_verb || words[c].break_before {
        return None;
    }
    one_person_before(words, lower, c, from, verb == "dead")
        .or_else(|| one_person_left(words, lower, c, from))
}

/// "the attack that left a soldier dead", "leaving a policeman wounded": one person, an
/// article before a person noun in the singular (a word describing them between), the
/// object of a verb that leaves people in a state, and the outcome right after them.
fn one_person_left(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    let noun = c.checked_sub(1).filter(|&k| k > from)?;
    if !is_one_person_noun(lower[noun]) {
        return None;
    }
    let article = (noun.saturating_sub(2).max(from)..noun)
        .rev()
        .find(|&k| WORDS.has("one-person", lower[k]))?;
    let leaves = article
        .checked_sub(1)
        .filter(|&k| k >= from && WORDS.has("leaving", lower[k]))?;
    let one_clause = (leaves + 1..=c).all(|k| !words[k].break_before);
    one_clause.then(|| (Quantity::exact(1), lower[noun].to_string(), c))
}

/// "Iran's Revolutionary Guards confirmed the death of Haniyeh": a noun of one death
/// (`one-death` in `casualties.tsv`), "of", and a phrase that ends on a name, a title before
/// it ("Hamas leader") as lowercase or capitalised words, no number; the phrase is the object
/// of a verb announcing the death.
pub(super) fn one_named_after(words: &[Word], lower: &[&str], c: usize) -> Option<Quantity> {
    if !WORDS.has("one-death", lower[c]) || lower.get(c + 1) != Some(&"of") {
        return None;
    }
    // Only as the news itself, the object of a verb announcing the death. ("Ban Ki-moon is
    // shocked by the murder of Boris Nemtsov", "The assassination of President Moise has drawn
    // condemnation": what the world feels about a death the story told already.)
    let announced = c >= 2 && lower[c - 1] == "the" && WORDS.has("death-announced", lower[c - 2]);
    if !announced {
        return None;
    }
    let from = c + 2;
    let limit = lower.len().min(from + 7);
    // The phrase ends at a break, or at the first lowercase word after its capitalised ones.
    let end = (from..limit)
        .find(|&k| k > from && (words[k].break_before || !words[k].capital && words[k - 1].capital))
        .unwrap_or(limit);
    // The name: capitalised words that end the phrase, after a title of any case.
    let name_start = (from..end)
        .rev()
        .take_while(|&k| is_name_word(words, lower, k))
        .last()?;
    let title_is_words = (from..name_start).all(|k| {
        lower[k].chars().all(char::is_alphabetic) && !is_person_noun(lower[k]) && lower[k] != "and"
    });
    let phrase_ends = end == lower.len() || words[end].break_before || !words[end].capital;
    (title_is_words && phrase_ends && end - from <= 6).then(|| Quantity::exact(1))
}

/// The one person, named or counted by an article, who is the subject of the verb at `c`
/// ("an Australian tourist died", "a British man lost his life"); `needs_aux`: the verb is
/// no verb without an auxiliary ("was dead").
pub(super) fn one_person_before(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
    needs_aux: bool,
) -> Option<(Quantity, String, usize)> {
    // The subject ends before the auxiliaries and manner words: "has been", "was shot".
    let mut end = c;
    // ("was shot and killed": a manner joined to the cue by "and" is part of it.)
    let manner_and =
        |k: usize| lower[k] == "and" && k > from && WORDS.has("dead-manner", lower[k - 1]);
    while end > from
        && !words[end].break_before
        && (WORDS.has("aux", lower[end - 1])
            || WORDS.has("dead-manner", lower[end - 1])
            || manner_and(end - 1))
    {
        end -= 1;
    }
    if end == c && needs_aux || end <= from {
        return None;
    }
    // (Someone named held is not counted: "Hamdok was arrested" tells what befell a leader.)
    let hurt = matches!(cue_at(lower[c]), Some(Outcome::Killed | Outcome::Injured));
    if hurt && named_before_who(words, lower, end, c, from) {
        return Some((Quantity::exact(1), String::new(), c));
    }
    if words[end].break_before {
        return appositive_name_before(words, lower, end, from, hurt)
            .then(|| (Quantity::exact(1), String::new(), c));
    }
    let one = Quantity::exact(1);
    let last = lower[end - 1];
    // "an Australian tourist", "a 17-year-old boy": an article a few words before a singular
    // person noun, all in one clause.
    if is_one_person_noun(last) {
        let article = (end.saturating_sub(4).max(from)..end - 1)
            .rev()
            .take_while(|&k| !words[k + 1].break_before)
            .find(|&k| WORDS.has("one-person", lower[k]))
            // "The gunman was killed": "the" right before the noun, opening the sentence.
            .or_else(|| (end == 2 && lower[0] == "the" && cue_at(last).is_none()).then_some(0));
        // ("Nearly 200 people including a provincial governor": a part of a count, not one.)
        let a_part = |k: usize| k > 0 && is_part_marker(lower, k);
        return article
            .filter(|&k| !a_part(k))
            .map(|k| (one_more_before(words, lower, k, from), last.to_string(), c));
    }
    if hurt && names_one_alone(words, lower, end, c, from) {
        return Some((one, String::new(), c));
    }
    // "President Ebrahim Raisi": two capitalised words or more, not opening the sentence.
    let name_start = (from..end)
        .rev()
        .take_while(|&k| words[k].capital && (k + 1 == end || !words[k + 1].break_before))
        .last()?;
    // The name is the clause's subject: it opens the sentence or a clause, or follows "the";
    // "condoled the deaths of X and his minister Y died" is not a count.
    let opens_clause =
        name_start == 0 || words[name_start].break_before || lower[name_start - 1] == "the";
    // ("Boris Nemtsov died": two words opening the sentence are a name when neither is a
    // common word, a person noun or a place.)
    let long_enough = end - name_start >= 3
        || end - name_start >= 2
            && (name_start > 0 || (name_start..end).all(|k| is_name_word(words, lower, k)));
    (opens_clause && long_enough).then_some((one, String::new(), c))
}

/// "He died at a hospital", "Moise was killed": the clause opens on one word before the
/// verb's auxiliaries, and that word is a singular pronoun (`one-pronoun` in `casualties.tsv`)
/// or a capitalised name (not a common word, a person noun or a place), with a singular
/// auxiliary or none ("Police were killed" counts no one).
fn names_one_alone(words: &[Word], lower: &[&str], end: usize, c: usize, from: usize) -> bool {
    let at = end - 1;
    // "Hospitals treated 32": a word ending like a plural is one name only before an
    // auxiliary ("Jones was killed").
    if lower[at].ends_with('s') && end == c {
        return false;
    }
    // ("… suffered injuries when he was shot and wounded", "Hamas said that Haniyeh was
    // killed": a clause opened by a subordinator.)
    let opens_clause = at == 0
        || words[at].break_before
        || WORDS.has("subordinator", lower[at - 1])
            && (WORDS.has("one-pronoun", lower[at]) || is_name_word(words, lower, at));
    if at < from
        || !opens_clause
        || lower[end..]
            .first()
            .is_some_and(|w| WORDS.has("plural-aux", w))
    {
        return false;
    }
    WORDS.has("one-pronoun", lower[at]) || is_name_word(words, lower, at)
}

/// "Tributes were paid to Labour MP Jo Cox, who died after being shot": a name of two or
/// three words right before ", who" and the clause on what befell them; `end` is where the
/// subject ends ("who").
///
/// Not a name after "the", "of" or a reporting verb ("the Prophet Muhammad, who died in AD
/// 680", "said Mahmoud Fojo, who was injured") or set off by commas ("a former minister,
/// Ralph Kasambara, who died five days ago"): those name someone else than the story's victim.
fn named_before_who(words: &[Word], lower: &[&str], end: usize, c: usize, from: usize) -> bool {
    // ("who was brutally murdered": an adverb after the auxiliary; "who were killed" is more
    // than one.)
    let adverb =
        |k: usize| k > from + 1 && lower[k].ends_with("ly") && WORDS.has("aux", lower[k - 1]);
    let mut end = end;
    while end > from + 1 && (adverb(end - 1) || WORDS.has("aux", lower[end - 1])) {
        end -= 1;
    }
    if lower[end..c].iter().any(|w| WORDS.has("plural-aux", w)) {
        return false;
    }
    let who = end - 1;
    if !WORDS.has("relative-person", lower[who]) || !words[who].break_before {
        return false;
    }
    // The whole run of capitalised words before "who".
    let start = (from..who)
        .rev()
        .take_while(|&k| {
            is_name_word(words, lower, k)
                && !crate::speakers::is_title_word(lower[k])
                && (k + 1 == who || !words[k + 1].break_before)
        })
        .last()
        .unwrap_or(who);
    let someone_else = words[start].break_before
        || start > 0
            && (matches!(lower[start - 1], "the" | "of")
                || crate::speakers::reporting_verbs().any(|v| v == lower[start - 1]));
    (2..=3).contains(&(who - start)) && !someone_else
}

/// "The cafe's manager, Tori Johnson, was also killed": a name of two or three words set off
/// by commas right before the verb. "Fernando Villavicencio, a presidential candidate in the
/// August election, was killed": a name opening the sentence, then a description set off by
/// commas that opens on an article, an owner or an age (`hurt`: only for one killed or injured,
/// as a name alone).
fn appositive_name_before(
    words: &[Word],
    lower: &[&str],
    end: usize,
    from: usize,
    hurt: bool,
) -> bool {
    let start = (from..end)
        .rev()
        .find(|&k| words[k].break_before)
        .unwrap_or(from);
    let is_name = |a: usize, b: usize| {
        (2..=3).contains(&(b - a)) && (a..b).all(|k| is_name_word(words, lower, k))
    };
    if start > from && is_name(start, end) {
        return true;
    }
    // ("Ismail Haniyeh, Hamas's political leader, was killed": or on an owner; "Vittorio
    // Iacovacci, 30, also died": or the person's age.)
    let age = start + 1 == end && brief_text::names::is_age(lower[start]);
    // ("Giorgos Karaivaz, who was known as a police reporter, was killed": or a clause on
    // who they were.)
    let described = start > from
        && (WORDS.has("one-person", lower[start])
            || words[start].possessive
            || age
            || WORDS.has("relative-person", lower[start]));
    let name_start = (from..start)
        .rev()
        .find(|&k| words[k].break_before)
        .unwrap_or(from);
    // ("Attanasio's bodyguard Vittorio Iacovacci, 30, also died": a name just before an age
    // is a person's wherever it stands.)
    let named_before_age = age
        && (2..=3).any(|n| {
            start >= name_start + n
                && is_name(start - n, start)
                && (start - n == name_start || !is_name_word(words, lower, start - n - 1))
        });
    hurt && described && (name_start == 0 && is_name(name_start, start) || named_before_age)
}

/// A capitalised word that can only be part of a person's name: not a common word, a person
/// noun, a people or a place.
fn is_name_word(words: &[Word], lower: &[&str], k: usize) -> bool {
    let w = lower[k];
    // ("al-Hashimi": a name's particle is joined by a hyphen.)
    words[k].capital
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !STOP_WORDS.contains(w)
        && !WORDS.has("indefinite", w)
        && !is_person_noun(w)
        && !names_people(w, true)
        && GAZETTEER.lookup(w).is_none()
}

static STOP_WORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../../../data/stopwords-en.txt")
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .collect()
    });

/// "A soldier and a policeman were shot dead": one more person for each "a <person> and"
/// before the article at `k`.
fn one_more_before(words: &[Word], lower: &[&str], mut k: usize, from: usize) -> Quantity {
    let mut total = Quantity::exact(1);
    while k >= from + 3
        && lower[k - 1] == "and"
        && !words[k - 1].break_before
        && !words[k - 2].break_before
        && WORDS.has("one-person", lower[k - 3])
        && names_people(lower[k - 2], true)
    {
        total.value += 1;
        k -= 3;
    }
    total
}

/// "killing 10 passengers and the Chinese driver", "four German climbers and their Filipino
/// guide": after "and" in a list of counted people, one more named by "the" or a possessive
/// (`definite-one`) and a person noun in the singular (a word or two between), the item
/// ending there.
pub(super) fn the_one_person_listed(
    words: &[Word],
    lower: &[&str],
    p: usize,
) -> Option<(Quantity, String, usize)> {
    if !lower.get(p).is_some_and(|w| WORDS.has("definite-one", w)) {
        return None;
    }
    // ("… and their Filipino guide on Tuesday": when or where may follow the item.)
    let closes = |k: usize| {
        k == lower.len()
            || words[k].break_before
            || lower[k] == "and"
            || WORDS.has("bare-end", lower[k])
    };
    (p + 1..lower.len().min(p + 4))
        .take_while(|&k| k == p + 1 || !words[k].break_before)
        .find(|&k| is_one_person_noun(lower[k]))
        .filter(|&k| closes(k + 1))
        .map(|k| (Quantity::exact(1), lower[k].to_string(), k + 1))
}

/// "A Malian soldier and three civilians were slain": one person, an article before a person
/// noun in the singular (a word or two describing them between), as an item of a list.
pub(super) fn one_person_ending_at(
    lower: &[&str],
    end: usize,
) -> Option<(Quantity, usize, String)> {
    let noun = lower.get(end.checked_sub(1)?)?;
    if !is_one_person_noun(noun) {
        return None;
    }
    (end.saturating_sub(4)..end - 1)
        .rev()
        .find(|&p| WORDS.has("one-person", lower[p]))
        .filter(|&p| {
            lower[p + 1..end]
                .iter()
                .all(|w| cue_at(w).is_none() && !WORDS.has("aux", w) && *w != "and")
        })
        .map(|p| {
            (
                Quantity::exact(1),
                p,
                super::counts::group_words(&lower[p + 1..end]),
            )
        })
}

/// A person noun in the singular ("tourist", "driver", "policeman"). A singular noun counts
/// when its plural is listed as one for people ("a suspect").
pub(super) fn is_one_person_noun(word: &str) -> bool {
    !word.ends_with('s')
        && (is_person_noun(word)
            || PERSON_NOUNS.has("person", &format!("{word}s"))
            || word
                .strip_suffix("man")
                .is_some_and(|stem| is_person_noun(&format!("{stem}men"))))
}

/// "killed the pilot and five other people", "wounded former President Mohamed Nasheed and
/// four other people": one person, by "the" and a person noun or by a name of two or three
/// words (titles before it), then "and" a count of others, is that count and one.
pub(super) fn one_and_others(
    words: &[Word],
    lower: &[&str],
    p: usize,
) -> Option<(Quantity, String, usize)> {
    const ONE_REACH: usize = 6;
    let and = (p + 1..lower.len().min(p + ONE_REACH + 1))
        .take_while(|&k| !words[k].break_before)
        .find(|&k| lower[k] == "and")?;
    let one = &lower[p..and];
    let by_noun = one.len() == 2 && one[0] == "the" && is_one_person_noun(one[1]);
    let by_name = one.len() >= 2
        && (p..and).all(|k| words[k].capital || crate::speakers::is_title_word(lower[k]))
        && words[and - 1].capital
        && (and - 2..and).all(|k| !is_person_noun(lower[k]));
    if !by_noun && !by_name {
        return None;
    }
    let (q, len) = parse_quantity(lower, and + 1)?;
    let rest = &lower[and + 1 + len..];
    // "and five others", "and four other people".
    let others = match rest {
        [word, noun, ..] if WORDS.has("others", word) && names_people(noun, false) => 2,
        [word, ..] if WORDS.has("others", word) && word.ends_with('s') => 1,
        _ => return None,
    };
    let total = Quantity {
        value: q.value + 1,
        ..q
    };
    Some((total, "total".into(), and + 1 + len + others))
}
