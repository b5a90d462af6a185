//! Forms of a listed reporting verb that the table does not write out, and verbs that report
//! by the shape of the sentence: the progressive with words between ("is once again
//! questioning"), the base form after a plural subject ("the leaders warn"), any verb that
//! opens a quotation ("Kowalczyk recalled: “…”"), and a name right after a subordinating
//! word ("… after Dahl said").

use brief_text::gazetteer::word_spans;

use super::{lexicon, reporting_verb, REPORTING};

/// The reporting verb at a word, in one of the forms of this module.
pub(super) struct VerbForm {
    /// The listed form ("warned" for "warn"), or the word itself for a quotation's verb.
    pub verb: String,
    /// A base form: it reports only after a subject in the plural ("leaders warn", not "to
    /// warn" or "will warn").
    pub plural_only: bool,
    /// A verb that reports only because a quotation follows it ("joked: “…”").
    pub opens_quotation: bool,
}

impl VerbForm {
    /// A verb as written or listed, reporting in any sentence.
    pub fn listed(verb: &str) -> Self {
        VerbForm {
            verb: verb.to_string(),
            plural_only: false,
            opens_quotation: false,
        }
    }
}

/// Adverbs that may stand between "be" and its participle ("is once again questioning").
const MAX_ADVERBS: usize = 2;

/// A listed verb with a suffix added to `stem`, looked up without a new string.
fn listed_with(stem: &str, suffix: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    let len = stem.len() + suffix.len();
    let joined = buf.get_mut(..len)?;
    joined[..stem.len()].copy_from_slice(stem.as_bytes());
    joined[stem.len()..].copy_from_slice(suffix.as_bytes());
    reporting_verb(std::str::from_utf8(joined).ok()?)
}

/// The listed past form whose stem a word is, with a suffix it carries ("questioning" →
/// "questioned", "warn" → "warned"): a verb that reports by itself, not one that needs its
/// object ("extended condolences").
fn listed_past_of(stem: &str) -> Option<&'static str> {
    listed_with(stem, "ed")
        .or_else(|| listed_with(stem, "d"))
        .filter(|v| REPORTING.has("speech", v))
}

/// A lowercase adverb: listed beside the auxiliaries, or an "-ly" word ("is also calling",
/// "is now openly questioning").
fn is_adverb(word: &str) -> bool {
    lexicon::is("trailing-aux", word)
        || word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_ascii_lowercase())
}

/// "is confirming", "has been once again questioning": a form of "be", up to two adverbs,
/// then the -ing form of a listed verb. Gives the index of the "be" word (where the subject
/// ends) and the listed form.
pub(super) fn progressive_at(
    words: &[(usize, usize, &str)],
    i: usize,
) -> Option<(usize, &'static str)> {
    let word = words.get(i)?.2;
    let stem = word.strip_suffix("ing")?;
    if stem.len() < 2 || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let verb = lexicon::words("participle")
        .find(|p| *p == word)
        .or_else(|| listed_past_of(stem))?;
    be_before(words, i).map(|be| (be, verb))
}

/// "the Secretary-General is shocked by the murder", "X is deeply saddened": a form of "be",
/// up to two adverbs, then a participle of feeling (`feeling` in `attribution.tsv`). Gives the
/// index of the "be" word and the participle.
pub(super) fn feeling_at(
    words: &[(usize, usize, &str)],
    i: usize,
) -> Option<(usize, &'static str)> {
    let word = words.get(i)?.2;
    let verb = lexicon::words("feeling").find(|p| *p == word)?;
    be_before(words, i).map(|be| (be, verb))
}

/// The form of "be" right before word `i`, up to two adverbs between.
fn be_before(words: &[(usize, usize, &str)], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    for _ in 0..=MAX_ADVERBS {
        let w = words[k].2;
        if lexicon::is("be", w) {
            return Some(k);
        }
        if !is_adverb(w) {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// "the leaders warn", "X and Y question": the base form of a listed past form, not after
/// "to", an auxiliary or a negation (which make it no statement of its own), nor after a
/// determiner ("the comment" is a noun).
pub(super) fn base_form_at(words: &[(usize, usize, &str)], i: usize) -> Option<&'static str> {
    let word = words.get(i)?.2;
    // "not" is no base form of "noted".
    if word.len() < 3
        || !word.chars().all(|c| c.is_ascii_lowercase())
        || lexicon::is("not-in-subject", word)
    {
        return None;
    }
    let before = words.get(i.checked_sub(1)?)?.2.to_ascii_lowercase();
    let bound = lexicon::is("not-in-subject", &before)
        || lexicon::is("auxiliary", &before)
        || lexicon::is("object-preposition", &before)
        || lexicon::is("determiner", &before);
    // "the state Sen. Angela Kim": a word before a title or a name is a noun.
    let before_a_name = words
        .get(i + 1)
        .is_some_and(|w| brief_text::names::is_capitalised(w.2));
    if bound || before_a_name {
        return None;
    }
    listed_past_of(word).filter(|v| !REPORTING.has("fact-base", v))
}

/// Does a speaker stand in the plural, as a base form's subject must ("E.U. leaders", "Kim
/// and Lee", "Kim, others")?
pub(super) fn plural_subject(speaker: &str) -> bool {
    let last = speaker.split_whitespace().last().unwrap_or("");
    let plural_noun = last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && last.chars().all(|c| c.is_lowercase());
    plural_noun || speaker.contains(" and ")
}

/// "Limbaugh continued: “…”", "Brinkley recalled, “…”", "The Gazette reports:": a verb in
/// the past or present right before a colon, or a comma and an opening quotation, opens
/// a quotation its subject speaks (the colon may end the sentence, the quotation following).
pub(super) fn opens_a_quotation(s: &str, words: &[(usize, usize, &str)], i: usize) -> bool {
    let Some(&(_, end, word)) = words.get(i) else {
        return false;
    };
    let verb_like = word.len() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (word.ends_with("ed")
            || word.ends_with('s') && !word.ends_with("ss")
            || lexicon::is("past-verb", word));
    if !verb_like || lexicon::is("not-in-subject", word) {
        return false;
    }
    let rest = s[end..].trim_start();
    if let Some(after) = rest.strip_prefix(':') {
        let after = after.trim_start();
        return after.is_empty() || after.starts_with('"');
    }
    rest.strip_prefix(',')
        .is_some_and(|after| after.trim_start().starts_with('"'))
}

/// Could a sentence hold a verb that opens a quotation, with no listed verb in it?
pub(super) fn may_open_a_quotation(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(':')
        || [": \"", ": \u{201c}", ", \"", ", \u{201c}"]
            .iter()
            .any(|q| text.contains(q))
}

/// "… shortly after Dahl said", "what Kowalczyk says his plan would do": the stretch before a
/// verb ends with a subordinating word and a name of one to three capitalised words, the
/// subject of the clause it opens.
pub(super) fn name_after_subordinator(stretch: &str) -> Option<&str> {
    if stretch.contains('"') {
        return None;
    }
    let words = word_spans(stretch);
    let capital = |w: &&(usize, usize, &str)| brief_text::names::is_capitalised(w.2);
    let run = words.iter().rev().take_while(capital).count();
    if !(1..=3).contains(&run) {
        return None;
    }
    let first = words.len().checked_sub(run)?;
    let mut k = first.checked_sub(1)?;
    if lexicon::is("determiner", words[k].2) {
        k = k.checked_sub(1)?;
    }
    let opener = words[k].2;
    let subordinating = lexicon::is_ascii_ci("name-clause", opener);
    let name = stretch.get(words.get(first)?.0..)?.trim_end();
    let whole = run == 1 || super::names::person_names(name) == [name];
    (subordinating && whole && !name.contains(',')).then_some(name)
}

/// "The Gazette reports that …", "…, the Gazette reports.": the present form of a listed
/// past form before "that" or ending a sentence after what it reports, where a noun would
/// leave it no verb.
fn present_form_at(s: &str, words: &[(usize, usize, &str)], i: usize) -> Option<&'static str> {
    let &(_, end, word) = words.get(i)?;
    let stem = word.strip_suffix('s')?;
    if stem.len() < 3 || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let rest = s[end..].trim_start();
    let before_that = words.get(i + 1).is_some_and(|w| w.2 == "that") && rest.starts_with("that");
    // "X reports." alone is a credit line: the statement is the words before it.
    let ends =
        rest.trim_end_matches(['.', '!', ')']).trim().is_empty() && s[..words[i].0].contains(',');
    (before_that || ends)
        .then(|| listed_past_of(stem))
        .flatten()
}

/// "Rep. Ines Dahl (D-Ore.)", "Hensley (pictured)": a short bracket after a name says more
/// about them; it is no part of the speaker.
pub(super) fn without_short_bracket(part: &str) -> std::borrow::Cow<'_, str> {
    const MAX_WORDS: usize = 3;
    let Some(open) = part.find(" (") else {
        return part.into();
    };
    let Some(close) = part[open..].find(')').map(|c| open + c) else {
        return part.into();
    };
    let inside = &part[open + 2..close];
    if inside.split_whitespace().count() > MAX_WORDS || open == 0 {
        return part.into();
    }
    format!("{}{}", &part[..open], &part[close + 1..]).into()
}

/// Is a verb in one of this module's forms, and which?
pub(super) fn verb_form_at(s: &str, words: &[(usize, usize, &str)], i: usize) -> Option<VerbForm> {
    if let Some(verb) = base_form_at(words, i) {
        return Some(VerbForm {
            plural_only: true,
            ..VerbForm::listed(verb)
        });
    }
    if let Some(verb) = present_form_at(s, words, i) {
        return Some(VerbForm::listed(verb));
    }
    opens_a_quotation(s, words, i).then(|| VerbForm {
        opens_quotation: true,
        ..VerbForm::listed(words[i].2)
    })
}

/// A verb of an act ("directed") after a subordinating word recalls the act, saying nothing.
pub(super) fn is_act(verb: &str) -> bool {
    REPORTING.has("act", verb)
}

/// Is a sentence written in title case, most of its words capitalised ("Kremlin Says It's
/// 'Shocking' If Britain Didn't Share Intelligence"), as headlines are?
pub(super) fn in_title_case(words: &[(usize, usize, &str)]) -> bool {
    let lettered = words
        .iter()
        .filter(|w| w.2.chars().any(char::is_alphabetic));
    let (mut all, mut capitalised) = (0, 0);
    for (_, _, w) in lettered {
        all += 1;
        capitalised += usize::from(
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase),
        );
    }
    all > 0 && capitalised * 10 >= all * TITLE_CASE_TENTHS
}

/// The share of capitalised words, in tenths, that makes a sentence title case.
const TITLE_CASE_TENTHS: usize = 6;
