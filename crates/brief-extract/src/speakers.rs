//! Who says what: finding the speaker of a sentence ("X said", "“…,” said X", "according to
//! X", "he said"), people's names with their roles, and the affiliation a role implies.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use brief_clean::Article;
use brief_text::gazetteer::{word_spans, EntityKind, Mention, RoleKind, TermKind, GAZETTEER};
use brief_text::lexicon::WordTable;
use brief_text::names::{name_key, surname};
use brief_text::straighten;

/// Reporting verbs (`data/lexicon/reporting_verbs.tsv`): those that make a statement by
/// themselves, and those that do with a word such as "condolences" after them.
static REPORTING: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/reporting_verbs.tsv"))
});

/// The verbs that make a statement by themselves ("said", "condemned").
pub fn reporting_verbs() -> impl Iterator<Item = &'static str> {
    REPORTING.words("speech").iter().map(String::as_str)
}

/// Verbs that make a statement only with one of their objects: ("extended", "condolences").
fn verbs_with_object() -> impl Iterator<Item = (&'static str, &'static str)> {
    REPORTING
        .words("with-object")
        .iter()
        .filter_map(|p| p.split_once(' '))
}

/// Phrases that address a statement to another country ("condolences to", "his
/// counterpart"): its speaker is not of the country consoled.
pub fn outward_phrases() -> impl Iterator<Item = &'static str> {
    REPORTING.words("outward").iter().map(String::as_str)
}

/// How far after a verb its object ("his heartfelt condolences") may stand.
const OBJECT_WINDOW: usize = 4;

/// Participles that carry a statement on from a clause whose subject made it: "The US
/// recognised X, saying …", "They issued a joint statement urging …".
const REPORTING_PARTICIPLES: &[&str] = &[
    "saying",
    "urging",
    "calling",
    "warning",
    "insisting",
    "stressing",
    "noting",
];

/// Finds any reporting verb or "according to", so most sentences are passed over at once.
static REPORTING_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                reporting_verbs()
                    .chain(verbs_with_object().map(|(v, _)| v))
                    .chain(REPORTING_PARTICIPLES.iter().copied())
                    .chain(["according to"]),
            )
            .expect("reporting verbs build a searcher")
    });

/// The reporting verbs for a per-word lookup.
static REPORTING_VERB_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        reporting_verbs()
            .chain(verbs_with_object().map(|(v, _)| v))
            .collect()
    });

/// The reporting verb a word is, in any case ("Said" → "said").
fn reporting_verb(word: &str) -> Option<&'static str> {
    // Verbs are short ASCII words: lowercase into a buffer on the stack, not a new string.
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    REPORTING_VERB_SET.get(lower).copied()
}

/// Words that open an introductory phrase before the subject ("In a statement on Tuesday,").
const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "later",
    "earlier",
    "meanwhile",
    "however",
    "also",
    "separately",
    "according",
    "since",
    "following",
    "as",
    "while",
    "when",
    "with",
    "without",
    "from",
    "for",
    "despite",
    "amid",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "but",
    "and",
    "so",
    "then",
    "still",
    "instead",
    "asked",
    "overnight",
    "elsewhere",
    "by",
    "besides",
    "unlike",
    "although",
    "though",
    "among",
    "across",
    "under",
    "throughout",
];

/// Words that begin a clause hanging off the subject, ending the subject.
const CLAUSE_WORDS: &[&str] = &[
    "which",
    "who",
    "whose",
    "where",
    "that",
    "including",
    "adding",
    "as",
    "while",
    "whom",
];

/// Words that cannot stand inside a subject noun phrase: finite verbs and conjunctions of
/// clauses.
const NOT_IN_SUBJECT: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "may",
    "might", "must", "should", "do", "does", "did", "has", "have", "had", "not", "if", "that",
    "it", "there", "this", "these", "those", "because", "although", "when", "what", "how",
];

/// Common irregular past forms: a subject holding one is a clause, not a noun phrase.
const PAST_VERBS: &[&str] = &[
    "took",
    "made",
    "gave",
    "went",
    "came",
    "saw",
    "began",
    "brought",
    "held",
    "kept",
    "left",
    "lost",
    "met",
    "paid",
    "put",
    "ran",
    "sent",
    "stood",
    "won",
    "fought",
    "found",
    "led",
    "became",
    "broke",
    "chose",
    "drove",
    "fell",
    "felt",
    "flew",
    "got",
    "grew",
    "hit",
    "knew",
    "meant",
    "rose",
    "shot",
    "sold",
    "spoke",
    "spent",
    "struck",
    "thought",
    "threw",
    "seized",
    "tore",
    "swept",
    "blew",
    "burst",
    "dug",
    "shook",
    "sank",
    "spread",
    "froze",
    "drew",
    "withdrew",
    "overran",
    "wrote",
    "stole",
    "bore",
    "slid",
    "split",
    "sought",
    "caught",
    "taught",
    "bought",
    "built",
    "dealt",
    "fed",
    "fled",
    "forbade",
    "hung",
    "laid",
    "lit",
    "overtook",
    "rode",
    "rang",
    "sat",
    "slept",
    "stuck",
    "swore",
    "told",
    "understood",
    "woke",
    "cut",
    "shut",
    "quit",
    "cast",
];

/// Adjectives ending in -ed that do sit inside noun phrases ("armed forces").
const ED_ADJECTIVES: &[&str] = &[
    "armed",
    "united",
    "based",
    "elected",
    "appointed",
    "designated",
    "exiled",
    "recognised",
    "recognized",
    "proclaimed",
    "declared",
    "backed",
    "led",
    "retired",
    "unnamed",
    "embattled",
    "detained",
];

/// A lowercase -ed word not after a determiner reads as a verb ("forces seized", "agreement
/// signed"), unless it is a known adjective.
fn is_past_participle(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if !w.ends_with("ed")
        || w.len() < 5
        || w.contains('-')
        || !w.chars().all(|c| c.is_lowercase())
        || ED_ADJECTIVES.contains(&w)
    {
        return false;
    }
    let prev = i.checked_sub(1).map(|j| words[j]);
    !matches!(
        prev,
        Some("the" | "a" | "an" | "its" | "his" | "her" | "their" | "our")
    )
}

/// Adjectives ending in -ing that sit inside noun phrases ("the ruling party").
const ING_ADJECTIVES: &[&str] = &[
    "ruling",
    "leading",
    "governing",
    "opposing",
    "ongoing",
    "neighbouring",
    "neighboring",
    "incoming",
    "outgoing",
    "acting",
    "building",
    "warring",
    "reigning",
    "standing",
    "remaining",
    "visiting",
    "presiding",
];

/// A lowercase -ing word reads as a verb ("killing 41 people"), unless a known adjective.
fn is_gerund(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(|c| c.is_lowercase())
        && !ING_ADJECTIVES.contains(&w)
}

/// Words an attributed subject may trail before its verb ("has also said", "on Tuesday said").
const TRAILING_AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "again",
    "later",
    "earlier",
    "previously",
    "separately",
    "reportedly",
    "publicly",
    "repeatedly",
    "already",
    "would",
    "will",
    "had",
    "once",
    "quickly",
    "immediately",
    "swiftly",
    "strongly",
    "firmly",
    "jointly",
    "today",
    "yesterday",
];

const WEEKDAY_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Plural common nouns that report without being anyone in particular.
const ANONYMOUS_SUBJECTS: &[&str] = &[
    "analysts",
    "locals",
    "residents",
    "witnesses",
    "experts",
    "critics",
    "observers",
    "people",
    "sources",
    "reports",
    "media",
    "activists",
    "some",
    "many",
    "others",
    "protesters",
    "villagers",
];

/// Capitalised words that are titles, not names ("Foreign Minister Annalena Baerbock").
const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "secretary",
    "state",
    "general",
    "vice",
    "deputy",
    "chief",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "commissioner",
    "representative",
    "special",
    "high",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "col",
    "sen",
    "rep",
    "gov",
    "lt",
    "capt",
    "prof",
    "sheikh",
    "emir",
    "interior",
    "finance",
    "inspector",
    "officer",
    "police",
    "superintendent",
    "constable",
    // Portfolios a minister holds ("Health Minister").
    "health",
    "education",
    "agriculture",
    "environment",
    "energy",
    "trade",
    "transport",
    "home",
    "labour",
    "labor",
    "information",
    "culture",
    "tourism",
    "economy",
    "economic",
    "development",
    "water",
    "disaster",
    "emergency",
    "emergencies",
    "civil",
    "protection",
    "social",
    "welfare",
    "communications",
    // Political common nouns that open a title ("Opposition leader", "Rebel commander").
    "opposition",
    "government",
    "ruling",
    "rebel",
    "party",
    "interim",
    "transitional",
    "regional",
    "provincial",
    "federal",
    "electoral",
    "ombudsman",
    "director",
    "head",
    "leader",
    "commander",
    "adviser",
    "advisor",
    "former",
    "acting",
    "senior",
    "presidential",
    "human",
    "rights",
    "security",
    "council",
    "ministry",
    "policy",
    "supreme",
    "lieutenant",
    "colonel",
    "major",
    "captain",
    "sergeant",
    "professor",
    "judge",
    "justice",
    "speaker",
    "parliament",
    "sir",
    "lord",
    "lady",
    "dame",
    "saint",
    "st",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "and",
    "but",
    "for",
    "with",
    "after",
    "before",
    "when",
    "while",
    "since",
    "as",
    "by",
    "from",
    "to",
    "under",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "its",
    "if",
    "although",
    "though",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "instead",
    "yet",
    "according",
    "asked",
    "speaking",
    "writing",
    "there",
    "here",
];

/// A statement's attribution in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The speaker as written, tidied ("Kremlin spokesperson Dmitry Peskov").
    pub speaker: String,
    pub verb: String,
    /// The speaker is a pronoun ("he", "she", "it") to resolve from earlier sentences.
    pub pronoun: bool,
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

/// "The White House is warning …": a reporting participle after a form of "be" is the verb.
fn progressive(words: &[(usize, usize, &str)], i: usize) -> Option<&'static str> {
    let be = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .is_some_and(|w| matches!(w.2, "is" | "are" | "was" | "were" | "been"));
    let word = words.get(i)?.2;
    be.then(|| REPORTING_PARTICIPLES.iter().find(|p| **p == word).copied())
        .flatten()
}

/// Every attribution in a sentence, in order: "it added, …, whose prime minister, X, said"
/// has two. "According to X" counts only where no reporting verb names a speaker.
pub fn find_attributions(
    sentence: &str,
    starts_quoted: bool,
    people: &PeopleDirectory,
) -> Vec<Attribution> {
    if !REPORTING_FINDER.is_match(sentence) {
        return Vec::new();
    }
    let s = straighten(sentence);
    // Made on the first reporting verb: most sentences the prefilter lets through have none.
    let mut quoted: Option<Vec<bool>> = None;
    let words = word_spans(&s);
    let mut found: Vec<Attribution> = Vec::new();
    for (i, (start, end, word)) in words.iter().enumerate() {
        let Some(verb) = reporting_verb(word).or_else(|| progressive(&words, i)) else {
            continue;
        };
        let mask = quoted.get_or_insert_with(|| quoted_mask(&s, starts_quoted));
        if mask.get(*start).copied().unwrap_or(false) {
            continue;
        }
        let lower = verb.to_string();
        if !verb_is_reporting(&words, i) {
            continue;
        }
        let before = s[..*start].trim_end();
        let attribution = if before.ends_with('"') || before.is_empty() && i == 0 {
            inverted_speaker(&s[*end..]).map(|speaker| Attribution {
                speaker,
                verb: lower,
                pronoun: false,
            })
        } else {
            // "X is warning": the subject ends before the auxiliary.
            let verb_start = if reporting_verb(word).is_none() && i > 0 {
                words[i - 1].0
            } else {
                *start
            };
            subject_before(&s, mask, verb_start, &lower, people)
        };
        if let Some(a) = attribution {
            if !found.iter().any(|f| f.speaker == a.speaker) {
                found.push(a);
            }
        }
    }
    if found.is_empty() {
        found.extend(participle_attribution(&s, &words, people));
    }
    if found.is_empty() && !starts_quoted {
        found.extend(according_to(&s));
    }
    found
}

/// "The US has recognised X as the winner, saying …": with no reporting verb of its own, a
/// sentence whose clause runs on into "saying" or "urging" is its subject's statement.
fn participle_attribution(
    s: &str,
    words: &[(usize, usize, &str)],
    people: &PeopleDirectory,
) -> Option<Attribution> {
    let (i, &(start, _, word)) = words
        .iter()
        .enumerate()
        .find(|(_, w)| REPORTING_PARTICIPLES.contains(&w.2))?;
    // After a comma, or a statement ("a joint statement urging"), not inside a noun phrase
    // ("the calling of elections").
    let before = s[..start].trim_end();
    let after_statement = i > 0 && words[i - 1].2.starts_with("statement");
    if !(before.ends_with(',') || after_statement) {
        return None;
    }
    let clause = subject_before_first_verb(before)?;
    let speaker = clean_subject(clause.trim_end_matches(','))?;
    is_actor(&speaker, true, people).then(|| Attribution {
        speaker,
        verb: word.to_string(),
        pronoun: false,
    })
}

/// Rules out uses of a reporting verb that report nothing: "what it called", "which Armenians
/// call X", "so-called", "called off".
fn verb_is_reporting(words: &[(usize, usize, &str)], i: usize) -> bool {
    let relative = words[i.saturating_sub(3)..i]
        .iter()
        .any(|w| w.2.eq_ignore_ascii_case("what") || w.2.eq_ignore_ascii_case("which"));
    if relative {
        return false;
    }
    let verb = words[i].2;
    let lower_verb = verb.to_ascii_lowercase();
    let gated =
        !REPORTING.has("speech", &lower_verb) && verbs_with_object().any(|(v, _)| v == lower_verb);
    if gated {
        // "extended his condolences": only with its object.
        let objects = words[i + 1..words.len().min(i + 1 + OBJECT_WINDOW)]
            .iter()
            .map(|w| w.2.to_ascii_lowercase())
            .collect::<Vec<_>>();
        return verbs_with_object().any(|(v, o)| v == lower_verb && objects.iter().any(|w| w == o));
    }
    if verb
        .get(..4)
        .is_some_and(|v| v.eq_ignore_ascii_case("call"))
    {
        return words.get(i + 1).is_some_and(|n| {
            !["off", "up", "in", "back"]
                .iter()
                .any(|p| n.2.eq_ignore_ascii_case(p))
        });
    }
    true
}

/// "according to the ombudsman, X" → the ombudsman.
/// Documents named before whoever issued them ("figures from …", "a statement by …").
const DOCUMENT_OF: &[&str] = &[
    "figures from ",
    "official figures from ",
    "official figures cited by ",
    "figures cited by ",
    "the latest figures from ",
    "data from ",
    "statistics from ",
    "estimates from ",
    "a statement from ",
    "a statement by ",
    "a tally by ",
    "a tally from ",
    "a count by ",
    "a report by ",
    "a report from ",
];

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
    let is_document = [
        "statement",
        "report",
        "data",
        "figures",
        "reports",
        "which",
        "whom",
    ]
    .iter()
    .any(|w| lower.split_whitespace().next() == Some(w))
        || lower.starts_with("a statement");
    (known && !is_document).then(|| Attribution {
        speaker,
        verb: "according to".into(),
        pronoun: false,
    })
}

/// The speaker after an inverted verb: `“…,” said the spokesperson for X, Name, in …`.
fn inverted_speaker(after: &str) -> Option<String> {
    let mut parts = Vec::new();
    for part in after.split(',') {
        let p = part.trim().trim_end_matches(['.', ';', ':']);
        let first = p.split_whitespace().next().unwrap_or("").to_lowercase();
        if p.is_empty()
            || INTRO_WORDS.contains(&first.as_str())
            || CLAUSE_WORDS.contains(&first.as_str())
            || first.ends_with("ing")
        {
            break;
        }
        parts.push(cut_relative(p));
        if parts.len() == 3 {
            break;
        }
    }
    let speaker = tidy_speaker(&parts.join(", "));
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
    let mut starts: Vec<usize> = vec![0];
    starts.extend(
        stretch
            .char_indices()
            .filter(|&(i, c)| {
                (c == ','
                    || c == '-' && stretch[i..].starts_with("- ") && stretch[..i].ends_with(' '))
                    && !mask.get(start + i).copied().unwrap_or(false)
            })
            .map(|(i, _)| i + 1),
    );
    // "X ordered the rescue and said …": the speaker is the subject of the first verb.
    let coordinated = stretch.trim_end().ends_with(" and");
    let candidates = starts.iter().flat_map(|&from| {
        let candidate = &stretch[from..];
        let before_verb = coordinated
            .then(|| subject_before_first_verb(candidate))
            .flatten();
        std::iter::once((from, candidate)).chain(before_verb.map(|c| (from, c)))
    });
    for (from, candidate) in candidates {
        let at_sentence_start = start + from == 0;
        if let Some(speaker) = clean_subject(candidate) {
            if let Some(pronoun) = pronoun_speaker(&speaker) {
                return Some(Attribution {
                    speaker: pronoun,
                    verb: verb.to_string(),
                    pronoun: true,
                });
            }
            if is_actor(&speaker, at_sentence_start, people) {
                return Some(Attribution {
                    speaker,
                    verb: verb.to_string(),
                    pronoun: false,
                });
            }
        }
    }
    None
}

/// How far before its verb a subject may begin, in bytes: longer than any speaker with
/// their titles and a clause about them, short enough that trying every comma before every
/// verb stays cheap in a sentence full of both (issue 14).
const SUBJECT_REACH_BYTES: usize = 240;

/// Where the stretch searched for the subject of a verb ending `head` starts: the sentence's
/// start when it is within `SUBJECT_REACH_BYTES`, else just after the first comma within reach
/// (or the verb itself when there is none).
fn subject_reach(head: &str) -> usize {
    let Some(mut earliest) = head.len().checked_sub(SUBJECT_REACH_BYTES) else {
        return 0;
    };
    while !head.is_char_boundary(earliest) {
        earliest += 1;
    }
    head[earliest..]
        .find(',')
        .map_or(head.len(), |at| earliest + at + 1)
}

/// The words of a clause before its first lowercase past-tense verb: "the prime minister, X,
/// ordered …" → "the prime minister, X,".
fn subject_before_first_verb(clause: &str) -> Option<&str> {
    let words = word_spans(clause);
    let lower: Vec<String> = words.iter().map(|w| w.2.to_string()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let at = (0..lower.len()).find(|&i| {
        let w = lower[i];
        w.chars().all(char::is_lowercase)
            && (PAST_VERBS.contains(&w)
                || is_past_participle(&lower, i)
                || reporting_verb(w).is_some())
    })?;
    (at > 0).then(|| &clause[..words[at].0])
}

fn pronoun_speaker(np: &str) -> Option<String> {
    let lower = np.to_lowercase();
    matches!(lower.as_str(), "he" | "she" | "it").then_some(lower)
}

/// Tidies a candidate subject into a noun phrase, or rejects it.
pub fn clean_subject(text: &str) -> Option<String> {
    // "…, and Saudi Arabia said": the conjunction joins clauses, it is not the subject's.
    let text = text.trim_start();
    let text = ["and ", "but ", "while ", "And ", "But ", "Yet "]
        .iter()
        .find_map(|c| text.strip_prefix(c))
        .unwrap_or(text);
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut kept: Vec<String> = Vec::new();
    let mut after_intro = false;
    for (k, part) in parts.iter().enumerate() {
        let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
        let is_intro = kept.is_empty()
            && k + 1 < parts.len()
            && (INTRO_WORDS.contains(&first.as_str()) || first.ends_with("ing"));
        if is_intro {
            after_intro = true;
            continue;
        }
        if !kept.is_empty() && CLAUSE_WORDS.contains(&first.as_str()) {
            // "X, who heads Y, said" ends with its relative clause; "The toll from X, which
            // …, rose to 39, with …, authorities said" runs on past it: its subject is not
            // the speaker.
            let main_verb_after = parts[k + 1..].iter().any(|p| {
                let w = p.split_whitespace().next().unwrap_or("");
                PAST_VERBS.contains(&w) || w.ends_with("ed") && w.chars().all(char::is_lowercase)
            });
            if main_verb_after {
                return None;
            }
            break;
        }
        // "X, speaking on state television, said": the participle phrase is not the speaker.
        if !kept.is_empty() && first.ends_with("ing") {
            continue;
        }
        // "The White Helmets, a civil defence group operating in …": the appositive ends
        // where its participle begins.
        let part = if kept.is_empty() {
            part
        } else {
            cut_at_participle(part)
        };
        kept.push(cut_relative(part));
    }
    // "Among the dead was X, the head of Y, the party said": after an opening clause, or a
    // description with no name to describe, the parts describe someone named before; the
    // speaker is the last, a body named in lowercase.
    let describes_someone_before = kept
        .first()
        .is_some_and(|k| k.starts_with("the ") || k.starts_with("a "));
    if (after_intro || describes_someone_before) && kept.len() > 1 {
        let last = kept.last().expect("two parts");
        if last.starts_with("the ") && !last.contains(|c: char| c.is_uppercase()) {
            kept.drain(..kept.len() - 1);
        }
    }
    let mut np = kept.join(", ");
    loop {
        let trimmed = strip_trailing_aux(&np);
        if trimmed == np {
            break;
        }
        np = trimmed;
    }
    let np = tidy_speaker(&np);
    let words: Vec<String> = np.split_whitespace().map(|w| w.to_lowercase()).collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let starts_badly = bare
        .first()
        .is_some_and(|w| INTRO_WORDS.contains(w) || CLAUSE_WORDS.contains(w));
    // "a day after the commission declared …": a clause saying when, not who speaks.
    let subordinate = bare.iter().any(|w| {
        matches!(
            *w,
            "after" | "before" | "until" | "since" | "when" | "while" | "once"
        )
    });
    let ends_badly = bare
        .last()
        .is_some_and(|w| matches!(*w, "and" | "or" | "but" | "of" | "the" | "to" | ""))
        || np.ends_with('-')
        || np.contains(" - ");
    // Capitalised words are names, whatever they end in ("Ahmed", "Redding").
    let capitalised: Vec<bool> = np
        .split_whitespace()
        .map(|w| w.starts_with(char::is_uppercase))
        .collect();
    let has_verb = bare.iter().enumerate().any(|(i, w)| {
        let name = capitalised.get(i).copied().unwrap_or(false);
        NOT_IN_SUBJECT.contains(w)
            || PAST_VERBS.contains(w)
            || !name && (is_past_participle(&bare, i) || is_gerund(w))
            || !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
            // "Two dead, six hurt, the district office said": figures are not the speaker.
            || matches!(*w, "dead" | "killed" | "hurt" | "injured" | "wounded")
            || brief_text::numbers::parse_quantity(&[w], 0).is_some()
    });
    let valid = !words.is_empty()
        && words.len() <= 22
        && !np.contains('"')
        && !starts_badly
        && !subordinate
        && !ends_badly
        && !has_verb
        || matches!(np.to_lowercase().as_str(), "it");
    valid.then_some(np)
}

/// The words of an appositive before a participle that starts a clause of its own.
fn cut_at_participle(part: &str) -> &str {
    let mut at = 0;
    for w in part.split_whitespace() {
        let offset = at + part[at..].find(w).unwrap_or(0);
        if is_gerund(w) && offset > 0 {
            return part[..offset].trim_end();
        }
        at = offset + w.len();
    }
    part
}

/// Cuts a relative clause inside one comma part ("a banker who was a top official").
fn cut_relative(part: &str) -> String {
    let mut out = part.to_string();
    for marker in [" who ", " which ", " that ", " whose "] {
        if let Some(at) = out.find(marker) {
            out.truncate(at);
        }
    }
    out.trim().to_string()
}

fn strip_trailing_aux(np: &str) -> String {
    let words: Vec<&str> = np.split_whitespace().collect();
    let Some(last) = words.last() else {
        return String::new();
    };
    let last_l = last.to_lowercase();
    if TRAILING_AUX.contains(&last_l.as_str()) {
        return words[..words.len() - 1].join(" ");
    }
    if words.len() >= 2 && WEEKDAY_WORDS.contains(&last_l.as_str()) {
        let cut = if words.len() >= 3 && words[words.len() - 2].eq_ignore_ascii_case("on") {
            2
        } else {
            1
        };
        return words[..words.len() - cut].join(" ");
    }
    for tail in [
        " in a statement",
        " in a post",
        " in an interview",
        " on social media",
        " in a speech",
    ] {
        if let Some(stripped) = np.strip_suffix(tail) {
            return stripped.to_string();
        }
    }
    np.to_string()
}

fn tidy_speaker(s: &str) -> String {
    let s = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == ':' || c == ';' || c == '.' || c.is_whitespace());
    let s = s
        .strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does a noun phrase name something that can make a statement?
fn is_actor(np: &str, at_sentence_start: bool, people: &PeopleDirectory) -> bool {
    let words: Vec<&str> = np.split_whitespace().collect();
    let lower = np.to_lowercase();
    if words.len() == 1 && ANONYMOUS_SUBJECTS.contains(&lower.as_str()) {
        return false;
    }
    // "the human rights group Provea": a kind of body, then its name.
    if let [.., kind, name] = words.as_slice() {
        let kind = kind.to_lowercase();
        if matches!(
            kind.as_str(),
            "group" | "organisation" | "organization" | "monitor" | "watchdog" | "charity" | "ngo"
        ) && brief_text::names::is_capitalised(name)
        {
            return true;
        }
    }
    // "Hamas denied …": a name the sources write capitalised inside their sentences.
    if let [word] = words.as_slice() {
        if people.is_proper_word(word) {
            return true;
        }
    }
    // A reporting verb inside the subject means it is a clause ("Yerevan condemns … as Baku",
    // "his spokesman said, and the embassy").
    if words.iter().any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        w.chars().all(char::is_lowercase) && REPORTING.has("speech", w)
    }) {
        return false;
    }
    // "an accusation Baku (denies)": an indefinite common noun is not a speaker unless it is a
    // title ("a senior official").
    if matches!(
        words.first().map(|w| w.to_lowercase()).as_deref(),
        Some("a" | "an")
    ) && GAZETTEER.role_in(np).is_none()
    {
        return false;
    }
    // "Armenians", "local Armenians": a people, not a government.
    let last = words.last().copied().unwrap_or("");
    let people_word = GAZETTEER
        .lookup(last)
        .is_some_and(|(_, t)| t == TermKind::Demonym)
        && last.ends_with('s');
    if people_word
        && words
            .iter()
            .all(|w| !brief_text::names::is_capitalised(w) || *w == last)
    {
        return false;
    }
    if GAZETTEER.mentions(np).iter().any(|m| valid_mention(np, m))
        || GAZETTEER.role_in(np).is_some()
        || names_a_body(np)
    {
        return true;
    }
    if !person_names(np).is_empty() || title_of_single_name(np).is_some() {
        return true;
    }
    // "the RSF": a body known by its initials.
    let acronym = |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    if let ["the" | "The", name] | [name] = words.as_slice() {
        if acronym(name) {
            return true;
        }
    }
    // One capitalised word: a known surname, or a name not at the start of the sentence.
    words.len() == 1
        && (people.by_surname(words[0]).is_some()
            || !at_sentence_start && brief_text::names::is_capitalised(words[0]))
}

/// A person known by a title and one name ("Pope Francis", "King Charles"): the title.
pub fn title_of_single_name(speaker: &str) -> Option<&str> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let [title, name] = words.as_slice() else {
        return None;
    };
    // "State Department", "Defence Ministry": a body, not a title and a name.
    // "Mr. Clarke", "Gen. Burhan": an abbreviated title keeps its full stop.
    let bare = title.trim_end_matches('.');
    (TITLE_WORDS.contains(&bare.to_lowercase().as_str())
        && title.starts_with(char::is_uppercase)
        && brief_text::names::is_capitalised(name)
        && !is_body_head(&name.to_lowercase())
        && GAZETTEER.lookup(speaker).is_none()
        && GAZETTEER.lookup(name).is_none())
    .then_some(*title)
}

/// A known person named by title and surname ("President Banda" → "Banda").
pub fn titled_surname(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (last, titles) = words.split_last()?;
    let titled = !titles.is_empty()
        && titles
            .iter()
            .all(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()));
    (titled && people.by_surname(last).is_some()).then(|| last.to_string())
}

/// Does a phrase name a body by what it is rather than by name ("rights groups", "the
/// police")?
pub fn names_a_body(np: &str) -> bool {
    const BODIES: &[&str] = &[
        "group",
        "groups",
        "police",
        "authorities",
        "officials",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "agency",
        "agencies",
        "commission",
        "committee",
        "monitors",
        "observers",
        "union",
        "unions",
        "federation",
        "association",
        "activists",
        "witnesses",
        "institute",
        "institution",
        "service",
        "services",
        "department",
        "office",
        "centre",
        "center",
        "authority",
        "board",
        "bureau",
        "unit",
        "programme",
        "program",
        "forces",
        "army",
        "military",
        "guard",
        "media",
        "television",
        "tv",
        "radio",
        "broadcaster",
        "newspaper",
        "airline",
        "airlines",
        "company",
        "operator",
        "hospital",
        "hospitals",
        "embassy",
        "municipality",
        "ministry",
        "council",
    ];
    // "the disaster management institute (INGD)": the acronym after the name is no part of it.
    let np = match np.trim_end().strip_suffix(')') {
        Some(open) => open.rsplit_once('(').map_or(np, |(name, _)| name),
        None => np,
    };
    np.split_whitespace()
        .last()
        .is_some_and(|w| BODIES.iter().any(|b| w.eq_ignore_ascii_case(b)))
}

fn has_actor_cue(np: &str) -> bool {
    np.split_whitespace().any(brief_text::names::is_capitalised)
        || GAZETTEER.role_in(np).is_some()
        || names_a_body(np)
}

/// A gazetteer match that is not just the start of a longer proper name ("European Council"
/// in "European Council on Foreign Relations"). Adjectives ("Russian") are always fine.
pub fn valid_mention(text: &str, m: &Mention) -> bool {
    if m.term == TermKind::Demonym {
        return true;
    }
    let rest = text[m.end..].trim_start_matches(['\'', '’', 's']);
    let rest = if m.possessive { "" } else { rest };
    let mut next = rest.split_whitespace();
    let n1 = next.next().unwrap_or("");
    let n2 = next.next().unwrap_or("");
    // "African Union Commission": a body of the organisation, still the organisation.
    let capital_follows = brief_text::names::is_capitalised(n1)
        && !TITLE_WORDS.contains(&n1.to_lowercase().as_str())
        && !is_body_head(n1.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let of_name_follows =
        matches!(n1, "on" | "of" | "for") && brief_text::names::is_capitalised(n2);
    !(capital_follows || of_name_follows) || m.kind == EntityKind::Organisation && n1.is_empty()
}

/// How the sources write single words: capitalised inside a sentence, in lowercase, or before
/// what a body has.
#[derive(Default)]
struct WordCases {
    capitalised: HashMap<String, usize>,
    lowercase: HashSet<String>,
    attributive: HashSet<String>,
}

/// What a body has or does, written after its name ("Hamas fighters", "Hamas-run").
const BODY_MEMBERS: &[&str] = &[
    "commander",
    "commanders",
    "fighters",
    "militants",
    "gunmen",
    "leader",
    "leaders",
    "official",
    "officials",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "member",
    "members",
    "government",
    "forces",
    "run",
    "led",
    "backed",
    "controlled",
    "positions",
    "attack",
    "attacks",
    "movement",
    "group",
    "militia",
];

impl WordCases {
    /// Notes the words of one sentence: capitalised ones inside it (alone, not a part of a
    /// longer name, not a known country, title or weekday), lowercase ones, and the
    /// capitalised ones a body's member follows.
    fn count(&mut self, s: &str) {
        let words = word_spans(s);
        let capital = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.2.starts_with(char::is_uppercase))
        };
        for (i, &(_, end, w)) in words.iter().enumerate() {
            if !w.chars().all(char::is_alphabetic) || w.len() < 3 {
                continue;
            }
            if w.starts_with(char::is_lowercase) {
                continue;
            }
            let alone = i > 0 && !capital(i - 1) && !capital(i + 1);
            let lower = w.to_lowercase();
            if !alone
                || !w.chars().skip(1).all(char::is_lowercase)
                || TITLE_WORDS.contains(&lower.as_str())
                || is_calendar_word(&lower)
                || GAZETTEER.lookup(w).is_some()
            {
                continue;
            }
            *self.capitalised.entry(w.to_string()).or_default() += 1;
            let next = words.get(i + 1).map(|n| n.2.to_lowercase());
            let joined = s[end..].starts_with('-');
            if next.is_some_and(|n| {
                BODY_MEMBERS.contains(&n.as_str()) && (joined || !n.ends_with("ed"))
            }) {
                self.attributive.insert(w.to_string());
            }
        }
    }

    /// Notes which of the capitalised words an article also writes in lowercase ("Church"
    /// and "church"), looking for those few words only.
    fn find_lowercase(&mut self, text: &str) {
        for w in self.capitalised.keys() {
            let lower = w.to_lowercase();
            let as_word = text.match_indices(&lower).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + lower.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            });
            if as_word {
                self.lowercase.insert(lower);
            }
        }
    }

    fn merge(&mut self, other: WordCases) {
        for (w, n) in other.capitalised {
            *self.capitalised.entry(w).or_default() += n;
        }
        self.lowercase.extend(other.lowercase);
        self.attributive.extend(other.attributive);
    }
}

/// People's names in a text: two to four capitalised words that are not titles, places,
/// countries or organisations ("Dmitry Peskov", "Gegham Stepanián").
pub fn person_names(text: &str) -> Vec<String> {
    let words = word_spans(text);
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    // A run followed by what a body is called ("Rapid Support Forces") names the body.
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>, next: Option<&str>| {
        while run.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
            run.pop();
        }
        // Initials open a name of three words or more ("KP Sharma Oli"), or of two when they
        // are two letters ("AK Chhetri"), not "BBC News".
        if run.first().is_some_and(|w| is_initials(w))
            && run.len() < 3
            && !(run.len() == 2 && run[0].chars().filter(char::is_ascii_uppercase).count() == 2)
        {
            run.remove(0);
        }
        let names_body = next.is_some_and(is_body_head) || run.iter().any(|w| is_body_head(w));
        let phrase = run.join(" ");
        if (2..=4).contains(&run.len()) && !names_body && GAZETTEER.mentions(&phrase).is_empty() {
            out.push(phrase);
        }
        run.clear();
    };
    for (i, (s, _, w)) in words.iter().enumerate() {
        let capital = brief_text::names::is_capitalised(w) && w.chars().any(|c| c.is_lowercase());
        // Only capitalised words can be part of a name; the lookups are for those alone.
        let is_name_word = (capital && w.chars().count() > 1 || run.is_empty() && is_initials(w))
            && {
                let lower = w.to_lowercase();
                let title = TITLE_WORDS.contains(&lower.as_str())
                    || lower.split('-').all(|part| {
                        TITLE_WORDS.contains(&part) || GAZETTEER.role_in(part).is_some()
                    });
                // "Besides Putin, …": a sentence's opening preposition is no part of a name.
                let opener = i == 0 && INTRO_WORDS.contains(&lower.as_str());
                !(title || opener || is_calendar_word(&lower) || GAZETTEER.lookup(w).is_some())
            };
        let contiguous = i > 0 && text[words[i - 1].1..*s].trim().is_empty();
        if is_name_word {
            if !run.is_empty() && !contiguous {
                flush(&mut run, &mut out, None);
            }
            run.push(w);
        } else if !run.is_empty() && contiguous && NAME_PARTICLES.contains(w) {
            // "Ursula von der Leyen": a particle inside a name, kept if the name goes on.
            run.push(w);
        } else {
            flush(&mut run, &mut out, contiguous.then_some(*w));
        }
    }
    flush(&mut run, &mut out, None);
    out
}

/// Two or three capitals standing for given names ("KP", "J.K.").
fn is_initials(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
    (2..=3).contains(&letters.len())
        && letters.iter().all(|c| c.is_ascii_uppercase())
        && GAZETTEER.lookup(w).is_none()
}

/// Lowercase particles inside people's names.
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "al", "bin",
    "ibn", "ben", "dos", "das",
];

/// Words that end the name of a body: "Forces", "Party", "Front", "Ministry", …
pub fn is_body_head(word: &str) -> bool {
    const HEADS: &[&str] = &[
        "forces",
        "army",
        "party",
        "front",
        "movement",
        "council",
        "ministry",
        "agency",
        "commission",
        "committee",
        "union",
        "organisation",
        "organization",
        "group",
        "brigade",
        "brigades",
        "guard",
        "corps",
        "court",
        "bank",
        "fund",
        "institute",
        "university",
        "network",
        "coalition",
        "alliance",
        "league",
        "association",
        "federation",
        "assembly",
        "parliament",
        "congress",
        "government",
        "authority",
        "service",
        "office",
        "foundation",
        "programme",
        "militia",
        "department",
        "directorate",
        "secretariat",
        "embassy",
        "administration",
        "cabinet",
        "presidency",
        "resistance",
        "state",
        "brotherhood",
        "center",
        "centre",
    ];
    HEADS.iter().any(|h| word.eq_ignore_ascii_case(h))
}

fn is_calendar_word(lower: &str) -> bool {
    WEEKDAY_WORDS.contains(&lower)
        || [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
        .contains(&lower)
}

/// What the sources say about one person.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Person {
    /// The spelling the sources use most.
    pub name: String,
    pub spellings: Vec<String>,
    pub role: Option<String>,
}

/// A name's key, the name as written, and the role beside it.
type NameMention = (String, String, Option<String>);

/// Every person named in the sources, by name key, with the role an appositive gives them.
#[derive(Debug, Clone, Default)]
pub struct PeopleDirectory {
    people: BTreeMap<String, Person>,
    surnames: HashMap<String, Vec<String>>,
    /// Single words the sources capitalise inside sentences and never write in lowercase
    /// ("Hamas"): names, so one may open a sentence as its speaker.
    proper_words: HashSet<String>,
    /// Those of them written before what a body has ("Hamas fighters", "Hamas-run").
    body_words: HashSet<String>,
}

impl PeopleDirectory {
    /// Collects names and roles from every sentence of every article.
    pub fn build(articles: &[Article]) -> PeopleDirectory {
        use rayon::prelude::*;
        // Every mention of a name with the role written beside it (and whether that role says
        // whom the person serves), found article by article in parallel…
        type Found = (Vec<NameMention>, WordCases);
        let per_article: Vec<Found> = articles
            .par_iter()
            .map(|a| {
                let mut found = Vec::new();
                let mut cases = WordCases::default();
                let mut text = String::new();
                for b in &a.blocks {
                    for sentence in brief_text::sentences::split_sentences(&b.text) {
                        let s = straighten(&sentence);
                        for name in person_names(&s) {
                            let role = role_near(&s, &name);
                            found.push((name_key(&name), name, role));
                        }
                        cases.count(&s);
                    }
                    text.push_str(&b.text);
                    text.push('\n');
                }
                cases.find_lowercase(&text);
                // A caption cleaning removed still says who a person is ("Russian President
                // Vladimir Putin (File)"): its roles count, its other names do not.
                for r in &a.removed {
                    let s = straighten(&r.text);
                    for name in person_names(&s) {
                        if let Some(role) = role_near(&s, &name) {
                            found.push((name_key(&name), name, Some(role)));
                        }
                    }
                }
                (found, cases)
            })
            .collect();
        let mut cases = WordCases::default();
        let mut mentions = Vec::with_capacity(per_article.len());
        for (found, c) in per_article {
            mentions.push(found);
            cases.merge(c);
        }
        // …then merged in article order, so the result never depends on thread timing.
        let mut dir = PeopleDirectory::default();
        let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        // Whether a person's current role names whom they serve, worked out only when a second
        // role turns up (most people have one).
        let mut serves: HashMap<String, bool> = HashMap::new();
        for (key, name, role) in mentions.into_iter().flatten() {
            *counts
                .entry(key.clone())
                .or_default()
                .entry(name)
                .or_default() += 1;
            let person = dir.people.entry(key.clone()).or_default();
            let Some(role) = role else { continue };
            match &person.role {
                None => person.role = Some(role),
                Some(current) => {
                    // Keep the first role, unless a later one says whom the person serves.
                    let current_serves = serves
                        .entry(key)
                        .or_insert_with(|| affiliation_of(current).is_some());
                    if !*current_serves && affiliation_of(&role).is_some() {
                        person.role = Some(role);
                        *current_serves = true;
                    }
                }
            }
        }
        for (key, spellings) in counts {
            let name = spellings
                .iter()
                // Most used; on a tie the plain-ASCII transliteration, then alphabetical.
                .max_by_key(|(s, n)| (**n, s.is_ascii(), std::cmp::Reverse((*s).clone())))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            dir.surnames
                .entry(name_key(surname(&name)))
                .or_default()
                .push(key.clone());
            if let Some(p) = dir.people.get_mut(&key) {
                p.name = name;
                p.spellings = spellings.into_keys().collect();
            }
        }
        dir.proper_words = cases
            .capitalised
            .into_iter()
            .filter(|(w, n)| *n >= 2 && !cases.lowercase.contains(&w.to_lowercase()))
            .map(|(w, _)| w)
            .collect();
        dir.body_words = cases
            .attributive
            .into_iter()
            .filter(|w| dir.proper_words.contains(w))
            .collect();
        dir
    }

    /// Is `word` the name of a body the sources write before what it has ("Hamas fighters")?
    pub fn is_body_word(&self, word: &str) -> bool {
        self.body_words.contains(word)
    }

    /// Is `word` a name the sources write capitalised inside their sentences ("Hamas")?
    pub fn is_proper_word(&self, word: &str) -> bool {
        self.proper_words.contains(word)
    }

    /// The person a full name or a lone surname refers to.
    pub fn find(&self, name: &str) -> Option<&Person> {
        self.people
            .get(&name_key(name))
            .or_else(|| self.by_surname(name))
    }

    /// The one person with this surname, if exactly one.
    pub fn by_surname(&self, word: &str) -> Option<&Person> {
        match self.surnames.get(&name_key(word)).map(Vec::as_slice) {
            Some([key]) => self.people.get(key),
            _ => None,
        }
    }

    pub fn people(&self) -> impl Iterator<Item = &Person> {
        self.people.values()
    }
}

/// The role an appositive or a title gives a name in a sentence: "Toivo Klaar, the EU's special
/// representative", "Kremlin spokesperson Dmitry Peskov", "the spokesperson for X, Name".
pub fn role_near(sentence: &str, name: &str) -> Option<String> {
    let at = sentence.find(name)?;
    let before = &sentence[..at];
    let after = &sentence[at + name.len()..];
    // Title right before the name, in the same clause.
    let clause_start = before.rfind([',', '"', ';', '(']).map_or(0, |i| i + 1);
    let prefix = before[clause_start..].trim();
    let prefix = strip_leading_intro(prefix);
    if !prefix.is_empty()
        && GAZETTEER.role_in(prefix).is_some()
        && prefix.split_whitespace().count() <= 10
    {
        return Some(prefix.to_string());
    }
    // Appositive after the name: ", the EU's special representative for the South Caucasus,".
    if let Some(rest) = after.strip_prefix(',') {
        let appositive = rest.split([',', ';', '"']).next().unwrap_or("").trim();
        let appositive = appositive.trim_end_matches('.');
        let first = appositive
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let opener = matches!(first.as_str(), "the" | "a" | "an" | "his" | "her" | "its")
            || GAZETTEER
                .mentions(appositive)
                .first()
                .is_some_and(|m| m.start == 0)
            || GAZETTEER.role_in(&first).is_some();
        if opener && GAZETTEER.role_in(appositive).is_some() {
            return Some(appositive.to_string());
        }
    }
    // A relative clause saying what the person heads: ", who heads the Tripoli-based
    // government," → "head of the Tripoli-based government".
    if let Some(rest) = after.strip_prefix(", who ") {
        for (verb, title) in [
            ("heads ", "head of "),
            ("leads ", "leader of "),
            ("chairs ", "chair of "),
            ("runs ", "head of "),
            ("directs ", "director of "),
        ] {
            if let Some(object) = rest.strip_prefix(verb) {
                let object = object
                    .split([',', ';', '"', '.'])
                    .next()
                    .unwrap_or("")
                    .trim();
                if !object.is_empty() && object.split_whitespace().count() <= 10 {
                    return Some(format!("{title}{object}"));
                }
            }
        }
    }
    // Appositive before the name: "the spokesperson for the Russian Foreign Ministry, Name".
    if before.trim_end().ends_with(',') {
        let head = before.trim_end().trim_end_matches(',');
        let part = head.rsplit([',', '"']).next().unwrap_or("").trim();
        let part = strip_leading_intro(part);
        if GAZETTEER.role_in(part).is_some() && part.split_whitespace().count() <= 14 {
            return Some(part.to_string());
        }
    }
    None
}

fn strip_leading_intro(phrase: &str) -> &str {
    for intro in [
        "said ",
        "says ",
        "according to ",
        "told ",
        "and ",
        "but ",
        "as ",
    ] {
        if brief_text::starts_with_ascii_ci(phrase, intro) {
            return phrase[intro.len()..].trim();
        }
    }
    phrase
}

/// The affiliation a phrase gives: a country or organisation it names (possessives, demonyms,
/// capitals, bodies), or else a capitalised place attached to a title ("Karabakh Foreign
/// Minister", "government of Artsakh"), or for research bodies the body's own name.
pub fn affiliation_of(phrase: &str) -> Option<String> {
    let s = straighten(phrase);
    // The body a researcher works at is their affiliation, not the city it is in ("a
    // researcher at the Institute for Security Studies in Pretoria").
    if let Some(org) = research_body(&s) {
        return Some(org);
    }
    if let Some(m) = GAZETTEER
        .mentions(&s)
        .into_iter()
        .find(|m| valid_mention(&s, m))
    {
        return Some(m.name.to_string());
    }
    let place = local_place(&s)?;
    // A misspelt country ("Azerbaijain") is still that country.
    Some(
        GAZETTEER
            .lookup_fuzzy(&place)
            .map_or(place, |e| e.name.to_string()),
    )
}

/// "at London-based peacebuilding organisation Conciliation Resources" → the organisation.
fn research_body(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let mut starts: Vec<usize> = [
        " at ",
        " of ",
        " with ",
        "organisation ",
        "organization ",
        "think tank ",
    ]
    .iter()
    .filter_map(|k| brief_text::rfind_ascii_ci(s, k).map(|i| i + k.len()))
    .collect();
    // The last one first; an "of" inside the name ("Institute for the Study of War") gives
    // a fragment, and the one before it the whole name.
    starts.sort_unstable_by(|a, b| b.cmp(a));
    starts.into_iter().find_map(|at| {
        let name = capitalised_name_at(&s[at..]);
        (name.split_whitespace().count() >= 2
            && GAZETTEER.is_analyst_org(&format!("{name} {lower}")))
        .then_some(name)
    })
}

/// The capitalised name opening `text`, with the small words names hold ("Institute for the
/// Study of War", "Council on Foreign Relations").
pub fn capitalised_name_at(text: &str) -> String {
    let words: Vec<&str> = text
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    let capital = |w: &&str| brief_text::names::is_capitalised(w);
    let small = |w: &&str| matches!(*w, "on" | "of" | "for" | "and" | "the");
    let mut end = 0;
    for (i, w) in words.iter().enumerate() {
        if capital(w) {
            end = i + 1;
            if w.ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
            continue;
        }
        // Small words inside a name lead on to a capitalised one.
        let leads_on = words[i..].iter().find(|w| !small(w)).is_some_and(capital);
        if !(small(w) && i > 0 && leads_on) {
            break;
        }
    }
    words[..end]
        .join(" ")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A capitalised place in a role: "of Artsakh", "Karabakh's", "Karabakh Foreign Minister",
/// "Authorities in Gaza", "Ombudsman of Nagorno Karabakh".
fn local_place(s: &str) -> Option<String> {
    let words = word_spans(s);
    let has_role = GAZETTEER.role_in(s).is_some();
    let is_place_word = |w: &str| {
        brief_text::names::is_capitalised(w)
            && !TITLE_WORDS.contains(&w.to_lowercase().as_str())
            && GAZETTEER.role_in(w).is_none()
            && !is_body_head(w)
    };
    let mut i = 0;
    while i < words.len() {
        if !is_place_word(words[i].2) {
            i += 1;
            continue;
        }
        // The capitalised run, "of" allowed inside ("Republic of Artsakh").
        let mut j = i + 1;
        while j < words.len()
            && (is_place_word(words[j].2)
                || words[j].2 == "of" && words.get(j + 1).is_some_and(|n| is_place_word(n.2)))
        {
            j += 1;
        }
        let run = &s[words[i].0..words[j - 1].1];
        // "Rapid Support Forces", "National Electoral Council": the name of a body, not of a
        // place, whatever titles stand inside it.
        let name_end = (j..words.len())
            .find(|&k| !brief_text::names::is_capitalised(words[k].2))
            .unwrap_or(words.len());
        let through_next = (name_end + 1).min(words.len()).max(j);
        if words[j..through_next].iter().any(|n| is_body_head(n.2)) {
            i = name_end.max(j);
            continue;
        }
        let prev = i.checked_sub(1).map(|k| words[k].2.to_lowercase());
        let next = words.get(j).map(|n| n.2.to_lowercase());
        let possessive = s[words[j - 1].1..].starts_with("'s");
        let after_of = matches!(prev.as_deref(), Some("of" | "in" | "for"))
            || (1..=3).any(|back| {
                i > back
                    && matches!(words[i - back - 1].2, "of" | "in" | "for")
                    && words[i - back..i]
                        .iter()
                        .all(|w| w.2.chars().all(|c| c.is_lowercase() || c == '-'))
            });
        let before_role = next.as_deref().is_some_and(|n| {
            GAZETTEER.role_in(n).is_some()
                || TITLE_WORDS.contains(&n)
                    && !matches!(
                        n,
                        "in" | "on"
                            | "at"
                            | "of"
                            | "and"
                            | "the"
                            | "a"
                            | "an"
                            | "to"
                            | "for"
                            | "by"
                            | "from"
                            | "with"
                    )
        });
        let leads_role = i == 0 && has_role;
        if possessive || after_of || before_role || leads_role {
            return Some(run.to_string());
        }
        i = j;
    }
    None
}

/// Is a role or speaker phrase that of an analyst (research, think tanks)?
pub fn is_analyst_phrase(phrase: &str) -> bool {
    (GAZETTEER
        .role_in(phrase)
        .is_some_and(|(_, k)| k == RoleKind::Analyst)
        && !is_official_phrase(phrase)
        || research_body(&straighten(phrase)).is_some())
        && !is_aid_phrase(phrase)
}

/// Does a phrase place someone at an aid group ("country director of the aid group CARE")?
/// Aid workers speak for their organisation, not as analysts.
fn is_aid_phrase(phrase: &str) -> bool {
    const AID: &[&str] = &[
        "aid group",
        "aid agency",
        "aid organisation",
        "aid organization",
        "charity",
        "humanitarian",
        "relief agency",
        "relief group",
        "relief organisation",
        "relief organization",
        "non-governmental",
    ];
    AID.iter()
        .any(|a| brief_text::find_ascii_ci(phrase, a).is_some())
}

fn is_official_phrase(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    [
        "minister",
        "ministry",
        "government",
        "president",
        "spokes",
        "ambassador",
        "official",
        "envoy",
        "representative",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(s: &str) -> Option<(String, bool)> {
        find_attribution_in(s, false, &PeopleDirectory::default()).map(|a| (a.speaker, a.pronoun))
    }

    #[test]
    fn subject_before_said() {
        assert_eq!(
            attr("Japan's foreign ministry said the ship had left port.")
                .unwrap()
                .0,
            "Japan's foreign ministry"
        );
    }

    #[test]
    fn speaker_after_a_quote() {
        let s = "“We are alarmed by the flooding,” said the spokesperson for the Peruvian Interior Ministry, Ana Ruiz, in a statement.";
        assert_eq!(
            attr(s).unwrap().0,
            "spokesperson for the Peruvian Interior Ministry, Ana Ruiz"
        );
    }

    #[test]
    fn trailing_attribution_after_a_clause() {
        let s = "Chile is in touch with both parties and has urged talks, government spokesman Luis Vera said on Monday, adding that more aid would come.";
        assert_eq!(attr(s).unwrap().0, "government spokesman Luis Vera");
    }

    #[test]
    fn relative_clause_is_dropped_from_subject() {
        let s = "Kenya, which has sent 300 police officers to the island, called for calm.";
        assert_eq!(attr(s).unwrap().0, "Kenya");
    }

    #[test]
    fn introductory_phrase_is_dropped() {
        let s = "In a statement on Monday, UN relief chief, Maria Lind, urged donors to act.";
        assert_eq!(attr(s).unwrap().0, "UN relief chief, Maria Lind");
    }

    #[test]
    fn pronoun_speaker_is_flagged() {
        assert_eq!(attr("“We need tents,” he said."), Some(("he".into(), true)));
    }

    #[test]
    fn according_to_names_the_source() {
        let s = "According to the regional governor, Ali Veli, 40 homes collapsed.";
        assert_eq!(attr(s).unwrap().0, "regional governor, Ali Veli");
    }

    #[test]
    fn anonymous_plurals_are_not_speakers() {
        assert_eq!(
            attr("Analysts said the storm was the worst in years."),
            None
        );
    }

    #[test]
    fn a_headline_clause_is_not_a_speaker() {
        // Regression: a standfirst's whole clause was taken as the subject of "pledges".
        let s = "Lima condemns the 'reckless' dam release as Quito pledges to pay for the damage.";
        assert_ne!(
            attr(s).map(|a| a.0).as_deref(),
            Some("Lima condemns the 'reckless' dam release as Quito")
        );
    }

    #[test]
    fn an_indefinite_noun_before_a_name_is_not_a_speaker() {
        // Regression: "…, an accusation Baku denies" made "an accusation Baku" a speaker.
        assert_eq!(
            attr("He spoke of a cover-up, an accusation Quito denies."),
            None
        );
    }

    #[test]
    fn united_states_is_not_a_verb() {
        assert_eq!(
            attr("The United States said it was watching closely.")
                .unwrap()
                .0,
            "United States"
        );
    }

    #[test]
    fn which_call_is_not_a_statement() {
        assert_eq!(
            attr("The town, which locals call Pueblo Viejo, flooded."),
            None
        );
    }

    #[test]
    fn names_skip_titles_and_countries() {
        assert_eq!(
            person_names("German Foreign Minister Annalena Baerbock said"),
            ["Annalena Baerbock"]
        );
        assert_eq!(
            person_names("Kremlin spokesman Dmitry Peskov spoke"),
            ["Kremlin spokesman Dmitry Peskov"].map(|_| "Dmitry Peskov")
        );
    }

    #[test]
    fn affiliation_from_possessive_demonym_and_body() {
        assert_eq!(
            affiliation_of("Peru's interior ministry").as_deref(),
            Some("Peru")
        );
        assert_eq!(
            affiliation_of("French President").as_deref(),
            Some("France")
        );
        assert_eq!(
            affiliation_of("European Council president").as_deref(),
            Some("European Union")
        );
        assert_eq!(
            affiliation_of(
                "director of the Asia Programme at the European Council on Foreign Relations"
            )
            .as_deref(),
            Some("European Council on Foreign Relations")
        );
    }

    #[test]
    fn role_from_appositive() {
        let s = "Toivo Klaar, the EU's special representative for the South Caucasus, said it was tragic.";
        assert_eq!(
            role_near(s, "Toivo Klaar").as_deref(),
            Some("the EU's special representative for the South Caucasus")
        );
    }

    #[test]
    fn condolences_extended_or_sent_are_a_statement_but_troops_sent_are_not() {
        assert_eq!(
            attr("Russian President Vladimir Putin extended his condolences to the families.")
                .unwrap()
                .0,
            "Russian President Vladimir Putin"
        );
        assert_eq!(
            attr("Turkish President Recep Tayyip Erdogan sent his condolences.")
                .unwrap()
                .0,
            "Turkish President Recep Tayyip Erdogan"
        );
        assert!(attr("The army sent troops to the border town.").is_none());
    }

    #[test]
    fn an_abbreviated_title_and_a_surname_speak() {
        assert_eq!(
            attr("Mr. Clarke said his fund had spent millions.")
                .unwrap()
                .0,
            "Mr. Clarke"
        );
    }

    #[test]
    fn a_progressive_reporting_verb_attributes() {
        assert_eq!(
            attr("Senator Jane Smith is warning citizens to leave the region.")
                .unwrap()
                .0,
            "Senator Jane Smith"
        );
    }
}
