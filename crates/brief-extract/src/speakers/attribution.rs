//! The forms of attribution: "X said", "“…,” said X", "X, …, saying", "according to X", and
//! the subject a reporting verb has.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use brief_text::gazetteer::{word_spans, GAZETTEER};
use brief_text::reading::Reading;

use super::names::has_actor_cue;
use super::participles::{participle_attribution, with_participle};
use super::quotes::scare_quote_marks;
use super::stretch::{
    ends_with_conjunction, listed_agents, name_after_opening_phrase, name_before_appositive,
    subject_before_first_verb, subject_reach,
};
use super::subject::{clean_subject, cut_relative, is_actor, tidy_speaker};
use super::verb_forms::{
    feeling_at, in_title_case, is_act, may_open_a_quotation, name_after_subordinator,
    plural_subject, progressive_at, verb_form_at, VerbForm,
};
use super::{after_quote_verb, REPORTING, REPORTING_FINDER};
use super::{
    lexicon, names_object, reporting_verb, verbs_with_object, PeopleDirectory, OBJECT_WINDOW,
};

/// A statement's attribution in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The speaker as written, tidied ("Kremlin spokesperson Dmitry Peskov").
    pub speaker: String,
    pub verb: String,
    /// The speaker is a pronoun ("he", "she", "it") to resolve from earlier sentences.
    pub pronoun: bool,
    /// The rule that found it.
    pub sieve: Sieve,
}

/// The rules ("sieves") that find an attribution, in the order `find_attributions` tries
/// them, so each can be counted and measured alone (`brief build --explain`,
/// `tools/polnear_eval.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sieve {
    /// "has been condemned by the United Nations": the agent of a passive reporting verb.
    PassiveAgent,
    /// "“…,” said X", or a sentence opening with its verb: the speaker after the verb.
    Inverted,
    /// "X said", "X is warning", "X went on to commend": the subject before the verb.
    SubjectBefore,
    /// "X recalled: “…”", "X joked, “…”": the subject of any verb that opens a quotation.
    OpensQuotation,
    /// "… shortly after X said": a name right after a word opening a clause.
    NameInClause,
    /// "…, the losses would outstrip the gains, said X": the speaker after a comma.
    AfterComma,
    /// "X recognised the winner, saying …": the clause before a participle.
    Participle,
    /// "…, with the EU saying …": the noun phrase between "with" and a participle.
    WithParticiple,
    /// "according to X".
    AccordingTo,
    /// "British Prime Minister David Cameron: “The murders are sickening.”": a speaker set
    /// before a colon and the quotation, as lists of reactions write them.
    Labelled,
    /// "“The State of Qatar expresses its strong condemnation …": a statement quoted as it
    /// was issued, its first words the body that issues it.
    QuotedStatement,
    /// A quotation of its own right after a speaker's, carrying their words on (the
    /// reactions extractor's, not `find_attributions`').
    QuotationGoesOn,
    /// "Condemnation came from the pope and Turkey": statements named by a noun, then the
    /// speakers they came from.
    NounFrom,
}

impl Sieve {
    /// Every sieve, in the order they are tried.
    pub const ALL: [Sieve; 13] = [
        Sieve::PassiveAgent,
        Sieve::Inverted,
        Sieve::SubjectBefore,
        Sieve::OpensQuotation,
        Sieve::NameInClause,
        Sieve::AfterComma,
        Sieve::Participle,
        Sieve::WithParticiple,
        Sieve::AccordingTo,
        Sieve::Labelled,
        Sieve::QuotedStatement,
        Sieve::QuotationGoesOn,
        Sieve::NounFrom,
    ];

    /// The sieve's name as serialised ("subject_before").
    pub fn name(self) -> &'static str {
        match self {
            Sieve::PassiveAgent => "passive_agent",
            Sieve::Inverted => "inverted",
            Sieve::SubjectBefore => "subject_before",
            Sieve::OpensQuotation => "opens_quotation",
            Sieve::NameInClause => "name_in_clause",
            Sieve::AfterComma => "after_comma",
            Sieve::Participle => "participle",
            Sieve::WithParticiple => "with_participle",
            Sieve::AccordingTo => "according_to",
            Sieve::Labelled => "labelled",
            Sieve::QuotedStatement => "quoted_statement",
            Sieve::QuotationGoesOn => "quotation_goes_on",
            Sieve::NounFrom => "noun_from",
        }
    }

    /// The form it finds, as a person reads it.
    pub fn label(self) -> &'static str {
        match self {
            Sieve::PassiveAgent => "condemned by X",
            Sieve::Inverted => "“…,” said X",
            Sieve::SubjectBefore => "X said, X is warning, X went on to",
            Sieve::OpensQuotation => "X recalled: “…”",
            Sieve::NameInClause => "… after X said",
            Sieve::AfterComma => "…, said X",
            Sieve::Participle => "X …, saying",
            Sieve::WithParticiple => "with X saying",
            Sieve::AccordingTo => "according to X",
            Sieve::Labelled => "X: “…”",
            Sieve::QuotedStatement => "“X expresses …” quoted as issued",
            Sieve::QuotationGoesOn => "a quotation after X's carries X's words on",
            Sieve::NounFrom => "condemnation came from X and Y",
        }
    }
}

/// Where in a sentence the quoted stretches are, so verbs inside quotes are not attributions.
fn quoted_mask(s: &str, starts_quoted: bool) -> Vec<bool> {
    let mut mask = Vec::with_capacity(s.len());
    let mut inside = starts_quoted;
    for c in s.chars() {
        if c == '"' {
            inside = !inside;
        }
        for _ in 0..c.len_utf8() {
            mask.push(inside);
        }
    }
    mask
}

/// The text with every quoted stretch blanked out (curly quotes straightened first), so
/// names inside quotes are not read as speakers or principals.
pub(crate) fn unquoted(text: &str) -> String {
    let straight = brief_text::straighten(text);
    let mask = quoted_mask(&straight, false);
    straight
        .char_indices()
        .map(|(i, c)| if c == '"' || mask[i] { ' ' } else { c })
        .collect()
}

/// Finds the attribution of a sentence, if it has one. The sentence may begin inside a quotation opened by an
/// earlier sentence of its paragraph (`starts_quoted`): words there are the quote, not the
/// reporter's.
pub fn find_attribution_in(
    sentence: &str,
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Option<Attribution> {
    find_attributions(sentence, starts_quoted, people)
        .into_iter()
        .next()
}

/// "Iran hasn't acknowledged taking the shipment", "the ministry did not comment": a verb
/// denied right before it says nothing was said.
fn denied(words: &[(usize, usize, &str)], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| words[k].2.to_ascii_lowercase()) else {
        return false;
    };
    // (The words are of the straightened text: "hasn’t" reads "hasn't".)
    matches!(before.as_str(), "not" | "never") || before.ends_with("n't")
}

/// "“…”, continued Mr. Guterres": the text before a verb ends with a quotation.
fn right_after_a_quotation(before: &str) -> bool {
    before
        .trim_end()
        .trim_end_matches(',')
        .trim_end()
        .ends_with('"')
}

/// The reporting verb word `i` of `s` is: listed, a progressive ("is warning"), carried on
/// ("went on to commend"), or one that reports only after a quotation ("…,” he concluded).
fn reporting_verb_at(s: &str, words: &[(usize, usize, &str)], i: usize) -> Option<&'static str> {
    let (start, _, word) = words[i];
    reporting_verb(word)
        .or_else(|| progressive_at(words, i).map(|(_, verb)| verb))
        .or_else(|| feeling_at(words, i).map(|(_, verb)| verb))
        .or_else(|| chained(words, i))
        // The word is looked up first: scanning the text before it for every word of a long
        // sentence would be quadratic.
        .or_else(|| {
            after_quote_verb(word)
                .filter(|_| right_after_a_quotation(&s[..start]) || closes_a_quotation(&s[..start]))
        })
}

/// A subject that says no one spoke ("No group", "nobody").
fn names_no_one(speaker: &str) -> bool {
    // "To date, no group": the subject is what follows the opening phrase.
    let subject = speaker.rsplit(',').next().unwrap_or(speaker);
    let first = subject.split_whitespace().next().unwrap_or("");
    lexicon::is_ascii_ci("no-one", first)
}

/// "The UN chief went on to commend …": a verb whose reporting form is listed, after a phrase
/// that carries the subject on to it (`chain` in `attribution.tsv`). Gives the listed form.
fn chained(words: &[(usize, usize, &str)], i: usize) -> Option<&'static str> {
    chain_start(words, i)?;
    let base = words[i].2.to_ascii_lowercase();
    reporting_verb(&base)
        .or_else(|| reporting_verb(&format!("{base}ed")))
        .or_else(|| reporting_verb(&format!("{base}d")))
        // "was quoted as saying", "were among those expressing": the -ing form.
        .or_else(|| {
            let stem = base.strip_suffix("ing")?;
            reporting_verb(stem)
                .or_else(|| reporting_verb(&format!("{stem}ed")))
                .or_else(|| reporting_verb(&format!("{stem}d")))
        })
}

/// Where the phrase leading to a chained verb starts ("went on to", "continued to").
fn chain_start(words: &[(usize, usize, &str)], i: usize) -> Option<usize> {
    among_those_start(words, i).or_else(|| listed_chain_start(words, i))
}

/// "X and Y were among world leaders expressing condolences", "X was among world leaders who
/// offered their condolences": a reporting -ing form, or a verb after "who", a few words after
/// "among", its subject the one of the "be" before "among".
fn among_those_start(words: &[(usize, usize, &str)], i: usize) -> Option<usize> {
    const AMONG_REACH: usize = 5;
    let after_who = i > 0 && words[i - 1].2.eq_ignore_ascii_case("who");
    if !words[i].2.ends_with("ing") && !after_who {
        return None;
    }
    let among = (i.saturating_sub(AMONG_REACH)..i)
        .rev()
        .find(|&k| words[k].2.eq_ignore_ascii_case("among"))?;
    let be = among.checked_sub(1)?;
    lexicon::is("be", &words[be].2.to_ascii_lowercase()).then_some(be)
}

/// Where a listed phrase leading to a chained verb starts ("went on to", "was quoted as").
fn listed_chain_start(words: &[(usize, usize, &str)], i: usize) -> Option<usize> {
    // Asked at every word: only the phrases whose last word is the one before are read.
    let before = words.get(i.checked_sub(1)?)?.2;
    let phrases = CHAINS_BY_LAST_WORD.get(before.to_ascii_lowercase().as_str())?;
    phrases.iter().find_map(|chain| {
        let first = i.checked_sub(chain.len())?;
        let matches = words[first..i]
            .iter()
            .zip(chain)
            .all(|(w, c)| w.2.eq_ignore_ascii_case(c));
        matches.then_some(first)
    })
}

/// The `chain` phrases of the lexicon as words, by their last word.
static CHAINS_BY_LAST_WORD: LazyLock<HashMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut by_last: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for chain in lexicon::words("chain") {
        let words: Vec<String> = chain.split(' ').map(str::to_ascii_lowercase).collect();
        let last = words.last().cloned().unwrap_or_default();
        by_last.entry(last).or_default().push(words);
    }
    by_last
});

/// "“…,” the Secretary-General concluded": the text before the verb is a quotation closed,
/// then a short subject with no clause of its own.
fn closes_a_quotation(before: &str) -> bool {
    let Some(close) = before.rfind('"') else {
        return false;
    };
    let subject = before[close + 1..].trim_start_matches([',', ' ']);
    let words = subject.split_whitespace().count();
    before[..close].trim_end().ends_with([',', '.', '!', '?'])
        && (1..=4).contains(&words)
        && !subject.contains([',', ';', ':'])
}

/// Every attribution in a sentence, in order: "it added, …, whose prime minister, X, said"
/// has two. "According to X" counts only where no reporting verb names a speaker.
pub fn find_attributions(
    sentence: &str,
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Vec<Attribution> {
    attributions_read(&Reading::new(sentence), starts_quoted, people)
}

/// `find_attributions` over a sentence's reading: its straightened text and words, unless
/// scare quotes are dropped from it (then that text is read on its own).
pub fn attributions_read(
    r: &Reading,
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Vec<Attribution> {
    if !REPORTING_FINDER.is_match(r.text()) && !may_open_a_quotation(r.text()) {
        return Vec::new();
    }
    // A wire dateline opening the sentence is read past ("UNITED NATIONS, (APP …) Guterres
    // condemned …").
    let straight = r.straight();
    let body = brief_text::sentences::after_dateline(straight);
    let scare = scare_quote_marks(body, starts_quoted);
    if scare.is_empty() && body.len() == straight.len() {
        return attributions_in(straight, &r.spans(), starts_quoted, people);
    }
    let s: String = body
        .char_indices()
        .filter(|(i, _)| !scare.contains(i))
        .map(|(_, c)| c)
        .collect();
    attributions_in(&s, &word_spans(&s), starts_quoted, people)
}

/// The attributions of the (straightened) sentence `s` cut into `words`.
pub(super) fn attributions_in(
    s: &str,
    words: &[(usize, usize, &str)],
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Vec<Attribution> {
    // Made on the first reporting verb: most sentences the prefilter lets through have none.
    let mut quoted: Option<Vec<bool>> = None;
    let mut found: Vec<Attribution> = Vec::new();
    for (i, (start, end, word)) in words.iter().enumerate() {
        // A verb written capitalised after the first word of a sentence in sentence case is
        // part of a name ("the Community of West African States congratulated …").
        if i > 0 && word.starts_with(char::is_uppercase) && !in_title_case(words) {
            continue;
        }
        let Some(form) = reporting_verb_at(s, words, i)
            .map(VerbForm::listed)
            .or_else(|| verb_form_at(s, words, i))
        else {
            continue;
        };
        let VerbForm {
            verb,
            plural_only,
            opens_quotation,
        } = form;
        let after_quote = right_after_a_quotation(&s[..*start]);
        let mask = quoted.get_or_insert_with(|| quoted_mask(s, starts_quoted));
        if mask.get(*start).copied().unwrap_or(false) {
            continue;
        }
        let lower = verb;
        // "has been condemned by the United Nations": the agent after "by" speaks.
        if is_passive(words, i) {
            if let Some(a) = passive_agent(s, words, i, &lower, people) {
                if !found.iter().any(|f| f.speaker == a.speaker) {
                    found.push(a);
                }
            }
            continue;
        }
        if !verb_is_reporting(words, i) || ends_a_name(s, words, i) || denied(words, i) {
            continue;
        }
        let before = s[..*start].trim_end();
        let attribution = if after_quote || before.is_empty() && i == 0 {
            inverted_speaker(&s[*end..]).map(|speaker| Attribution {
                speaker,
                verb: lower,
                pronoun: false,
                sieve: Sieve::Inverted,
            })
        } else {
            // "X is warning", "X went on to commend": the subject ends before the auxiliary.
            let verb_start = match chain_start(words, i) {
                Some(first) => words[first].0,
                None if reporting_verb(word).is_none() => progressive_at(words, i)
                    .or_else(|| feeling_at(words, i))
                    .map_or(*start, |(be, _)| words[be].0),
                None => *start,
            };
            subject_before(s, mask, verb_start, &lower, people)
                .or_else(|| speaker_after_comma(before, &s[*end..], &lower, people))
        };
        // "No group has claimed responsibility": no one speaks; "to warn" is no statement.
        // "According to Guterres, he was deeply saddened": a feeling told of a pronoun is the
        // named source's account, not a statement of its own.
        let feeling = reporting_verb(word).is_none() && feeling_at(words, i).is_some();
        let attribution = attribution.filter(|a| {
            !names_no_one(&a.speaker)
                && (!plural_only || a.pronoun || plural_subject(&a.speaker))
                && !(feeling && a.pronoun)
        });
        if let Some(mut a) = attribution {
            if opens_quotation && a.sieve == Sieve::SubjectBefore {
                a.sieve = Sieve::OpensQuotation;
            }
            if !found.iter().any(|f| f.speaker == a.speaker) {
                found.push(a);
            }
        }
    }
    if found.is_empty() {
        found = attributions_without_a_verb_s_subject(s, words, starts_quoted, people);
    }
    found
}

/// The sieves tried when no reporting verb has its speaker: "X …, saying", "with X saying",
/// "according to X", in that order.
fn attributions_without_a_verb_s_subject(
    s: &str,
    words: &[(usize, usize, &str)],
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Vec<Attribution> {
    let mut found: Vec<Attribution> = participle_attribution(s, words, people)
        .into_iter()
        .collect();
    if found.is_empty() {
        found.extend(with_participle(s, words, people));
    }
    if found.is_empty() && !starts_quoted {
        found.extend(according_to(s));
    }
    if found.is_empty() && !starts_quoted {
        found.extend(super::quotes::labelled_quotation(s));
    }
    if found.is_empty() && !starts_quoted {
        found.extend(super::noun_from::statements_from_speakers(s, people));
    }
    found
}

/// Rules out uses of a reporting verb that report nothing: "what it called", "which Armenians
/// call X", "so-called", "called off".
fn verb_is_reporting(words: &[(usize, usize, &str)], i: usize) -> bool {
    let verb = words[i].2;
    let naming = verb
        .get(..4)
        .is_some_and(|v| v.eq_ignore_ascii_case("call"));
    let relative = words[i.saturating_sub(3)..i]
        .iter()
        .any(|w| lexicon::is("relative-object", &w.2.to_ascii_lowercase()));
    // "what it called", "which Armenians call X": a label, not a statement; "which X says he
    // is doing" still reports X.
    if relative && naming || is_passive(words, i) {
        return false;
    }
    let lower_verb = verb.to_ascii_lowercase();
    let gated =
        !REPORTING.has("speech", &lower_verb) && verbs_with_object().any(|(v, _)| v == lower_verb);
    if gated {
        // "extended his condolences": only with its object, one or more ("sent messages").
        let objects = words[i + 1..words.len().min(i + 1 + OBJECT_WINDOW)]
            .iter()
            .map(|w| w.2.to_ascii_lowercase())
            .collect::<Vec<_>>();
        return verbs_with_object()
            .any(|(v, o)| v == lower_verb && objects.iter().any(|w| names_object(w, o)));
    }
    // "the Region has added another person": adding a thing, not words; "added, “The …"
    // opens a quotation.
    let adds_a_thing = matches!(lower_verb.as_str(), "added" | "adds" | "add")
        && words.get(i + 1).is_some_and(|n| {
            let right_after = n.0 == words[i].1 + 1;
            let next = n.2.to_ascii_lowercase();
            right_after
                && (lexicon::is("determiner", &next)
                    || next == "another"
                    || next.chars().all(|c| c.is_ascii_digit()))
        });
    if adds_a_thing {
        return false;
    }
    if naming {
        // "Stepanakert, called Khankendi by Azerbaijan": a name someone gives, not a statement.
        let named_by = words[i + 1..words.len().min(i + 5)]
            .iter()
            .any(|w| w.2 == "by");
        return !named_by
            && words
                .get(i + 1)
                .is_some_and(|n| !lexicon::is("call-particle", &n.2.to_ascii_lowercase()));
    }
    true
}

/// "the United States", "the Economic Community of West African States": a capitalised verb
/// that ends a known name with the words before it.
fn ends_a_name(s: &str, words: &[(usize, usize, &str)], i: usize) -> bool {
    i > 0
        && words[i].2.starts_with(char::is_uppercase)
        && (i.saturating_sub(6)..i).any(|k| GAZETTEER.lookup(&s[words[k].0..words[i].1]).is_some())
}

/// "should be recognized as", "was first reported by": a passive verb's subject is not who
/// speaks.
fn is_passive(words: &[(usize, usize, &str)], i: usize) -> bool {
    let verb = words[i].2.to_ascii_lowercase();
    // ("is shocked by the murder": a feeling, its subject's own.)
    let participle =
        (verb.ends_with("ed") || lexicon::is("past-verb", &verb)) && !lexicon::is("feeling", &verb);
    participle
        && words[..i]
            .iter()
            .rev()
            .map(|w| w.2.to_ascii_lowercase())
            .find(|w| !lexicon::is("trailing-aux", w))
            .is_some_and(|w| lexicon::is("passive-be", &w))
}

/// The agent of a passive reporting verb ("was condemned by the African Union", "has been
/// welcomed by Kenya's foreign ministry"), when it is an actor.
fn passive_agent(
    s: &str,
    words: &[(usize, usize, &str)],
    i: usize,
    verb: &str,
    people: &PeopleDirectory,
) -> Option<Attribution> {
    let by = words.get(i + 1).filter(|w| w.2 == "by")?;
    let rest = &s[by.1..];
    let phrase = rest
        .split([',', ';', ':', '.', '"', '(', ')'])
        .next()
        .unwrap_or_default()
        .trim();
    let speaker = clean_subject(phrase)?;
    let speaker = listed_agents(rest, &speaker).unwrap_or(speaker);
    is_actor(&speaker, false, people).then(|| Attribution {
        speaker,
        verb: verb.to_string(),
        pronoun: false,
        sieve: Sieve::PassiveAgent,
    })
}

/// Documents named before whoever issued them ("figures from …", "a statement by …").
static DOCUMENT_OF: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("document-of", false, true));

/// "according to the ombudsman, X" → the ombudsman.
fn according_to(s: &str) -> Option<Attribution> {
    let at = brief_text::find_ascii_ci(s, "according to ")?;
    let rest = &s[at + "according to ".len()..];
    // "according to figures from the interior ministry": the ministry gives them.
    let rest = DOCUMENT_OF
        .iter()
        .find_map(|d| {
            rest.get(..d.len())
                .filter(|head| head.eq_ignore_ascii_case(d))
                .map(|_| &rest[d.len()..])
        })
        .unwrap_or(rest);
    let phrase: String = rest
        .split([',', '.', ';'])
        .take(2)
        .collect::<Vec<_>>()
        .join(",");
    let first = rest.split([',', '.', ';']).next().unwrap_or("").trim();
    // "according to the Ombudsman of X, Name Surname," keeps the name that follows.
    let speaker = if rest
        .split(',')
        .nth(1)
        .is_some_and(|p| brief_text::names::looks_like_name(p.trim()))
    {
        phrase
    } else {
        first.to_string()
    };
    let speaker = clean_subject(&speaker)?;
    let known = has_actor_cue(&speaker) || GAZETTEER.role_in(&speaker).is_some();
    let lower = speaker.to_lowercase();
    let is_document = lower
        .split_whitespace()
        .next()
        .is_some_and(|w| lexicon::is("document-word", w))
        || lower.starts_with("a statement")
        || super::subject::is_a_document(&speaker);
    (known && !is_document).then(|| Attribution {
        speaker,
        verb: "according to".into(),
        pronoun: false,
        sieve: Sieve::AccordingTo,
    })
}

/// "…, the losses would outstrip the gains, said Batchelder.": an inverted verb after a comma,
/// its speaker a noun phrase naming an actor that ends the clause.
fn speaker_after_comma(
    before: &str,
    after: &str,
    verb: &str,
    people: &PeopleDirectory,
) -> Option<Attribution> {
    if !before.ends_with(',') {
        return None;
    }
    let part = after.split([',', ';', '"', '(']).next().unwrap_or("");
    let speaker = clean_subject(part)?;
    let first = speaker
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let when = super::names::is_calendar_word(&first);
    (!when && is_actor(&speaker, false, people)).then(|| Attribution {
        speaker,
        verb: verb.to_string(),
        pronoun: false,
        sieve: Sieve::AfterComma,
    })
}

/// Phrases of where or how a statement was made, after the speaker of an inverted verb.
static SETTING_AFTER: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("setting-after", true, true));

/// The speaker after an inverted verb: `“…,” said the spokesperson for X, Name, in …`.
fn inverted_speaker(after: &str) -> Option<String> {
    // ("said on Twitter Matthew Miller": the setting before the speaker is read past.)
    let trimmed = after.trim_start();
    let after = lexicon::words("inverted-setting")
        .find_map(|setting| {
            trimmed
                .get(..setting.len())
                .filter(|head| head.eq_ignore_ascii_case(setting))
                .and_then(|_| trimmed[setting.len()..].strip_prefix(' '))
        })
        .unwrap_or(after);
    let mut parts = Vec::new();
    for part in after.split(',') {
        let p = part.trim().trim_end_matches(['.', ';', ':']);
        let first = p.split_whitespace().next().unwrap_or("").to_lowercase();
        if p.is_empty()
            || lexicon::is("intro", &first)
            || lexicon::is("clause", &first)
            || first.ends_with("ing")
        {
            break;
        }
        // "said Modi in his letter", "said the minister in a statement": where it was said.
        let p = SETTING_AFTER
            .iter()
            .filter_map(|m| p.find(m))
            .min()
            .map_or(p, |at| &p[..at]);
        parts.push(cut_relative(p));
        if parts.len() == 3 {
            break;
        }
    }
    let speaker = tidy_speaker(&parts.join(", "));
    // "“…,” said the statement": a back-reference speaks as well after its verb as before.
    let bare = speaker.strip_prefix("the ").unwrap_or(&speaker);
    if lexicon::refers_to_last_speaker(bare) {
        return Some(bare.to_string());
    }
    (!speaker.is_empty() && has_actor_cue(&speaker)).then_some(speaker)
}

/// The subject before a verb at byte `verb_at`: tries the whole stretch from the sentence (or
/// quote) start, then shorter stretches after each comma, and keeps the first that is a noun
/// phrase naming an actor.
fn subject_before(
    s: &str,
    mask: &[bool],
    verb_at: usize,
    verb: &str,
    people: &PeopleDirectory,
) -> Option<Attribution> {
    let head = &s[..verb_at];
    // The subject comes after any quotation that precedes it (`“…,” Name said`), and within
    // reach of its verb.
    let start = head
        .rfind('"')
        .map_or(0, |q| q + 1)
        .max(subject_reach(head));
    let stretch = &s[start..verb_at];
    let starts = part_starts(stretch, &mask[start.min(mask.len())..]);
    // "X ordered the rescue and said …", "X has attacked Y, and has called for …": the speaker
    // is the subject of the first verb.
    let coordinated = ends_with_conjunction(stretch);
    let candidates = starts.iter().flat_map(|&from| {
        let candidate = &stretch[from..];
        let before_verb = coordinated
            .then(|| subject_before_first_verb(candidate))
            .flatten();
        // "Armenia, a country that had looked to Russia, has sought … and expressed …": the
        // name before its appositive.
        let appositive = coordinated
            .then(|| name_before_appositive(candidate))
            .flatten();
        // ("He called Indian PM Narendra Modi and condoled …": the first verb's subject
        // before the object that ends the stretch.)
        before_verb
            .map(|c| (from, c))
            .into_iter()
            .chain(std::iter::once((from, candidate)))
            .chain(appositive.map(|c| (from, c)))
    });
    for (from, candidate) in candidates {
        if let Some(speaker) = clean_subject(candidate)
            .filter(|sp| !(REPORTING.has("act", verb) && opens_a_subordinate(candidate, sp)))
        {
            // "The GOP nominee": a name after an opening "The" does not open the sentence.
            let at_sentence_start =
                start + from == 0 && candidate.trim_start().starts_with(&speaker);
            if let Some(pronoun) = lexicon::pronoun_speaker(&speaker) {
                return Some(Attribution {
                    speaker: pronoun,
                    verb: verb.to_string(),
                    pronoun: true,
                    sieve: Sieve::SubjectBefore,
                });
            }
            if is_actor(&speaker, at_sentence_start, people) {
                return Some(Attribution {
                    speaker,
                    verb: verb.to_string(),
                    pronoun: false,
                    sieve: Sieve::SubjectBefore,
                });
            }
        }
    }
    let (speaker, sieve) = name_after_opening_phrase(stretch)
        .map(|name| (name, Sieve::SubjectBefore))
        .or_else(|| {
            name_after_subordinator(stretch)
                .filter(|_| !is_act(verb))
                .map(|name| (name, Sieve::NameInClause))
        })?;
    is_actor(speaker, false, people).then(|| Attribution {
        speaker: speaker.to_string(),
        verb: verb.to_string(),
        pronoun: false,
        sieve,
    })
}

/// Where each comma part of the stretch before a verb begins (its start, then after each
/// comma, semicolon, colon or spaced dash outside quotation marks).
fn part_starts(stretch: &str, mask: &[bool]) -> Vec<usize> {
    let mut starts: Vec<usize> = vec![0];
    starts.extend(
        stretch
            .char_indices()
            .filter(|&(i, c)| {
                (c == ','
                    || c == ';'
                    || c == ':'
                    || c == '-' && stretch[i..].starts_with("- ") && stretch[..i].ends_with(' '))
                    && !mask.get(i).copied().unwrap_or(false)
            })
            .map(|(i, _)| i + 1),
    );
    starts
}

/// "… is losing influence after the president directed the army to invade": a subject
/// right after "after", "when" or "since" opens a clause saying when; with a verb of an act
/// it recalls the act and says nothing now.
fn opens_a_subordinate(candidate: &str, speaker: &str) -> bool {
    let Some(at) = candidate.rfind(speaker) else {
        return false;
    };
    candidate[..at]
        .split_whitespace()
        .rev()
        .map(str::to_lowercase)
        .find(|w| !lexicon::is("determiner", w))
        .is_some_and(|w| lexicon::is("subordinate", &w))
}
