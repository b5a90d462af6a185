//! Quotation marks read with the reporter's sentence: scare quotes and a predicate quoted
//! after its subject, a quotation closed by its speaker in brackets, one set after its speaker
//! and a colon (the `labelled` sieve), and a statement quoted as its body issued it (the
//! `quoted_statement` sieve).

use super::attribution::{attributions_in, Attribution, Sieve};
use super::names::has_actor_cue;
use super::subject::clean_subject;
use super::subject::tidy_speaker;
use super::PeopleDirectory;
use super::{lexicon, REPORTING};
use brief_text::gazetteer::{word_spans, GAZETTEER};

/// Quotation marks that belong to the reporter's sentence, not to a quotation: their marks
/// are dropped so the verb and its subject read as one clause.
/// - "Guterres “strongly condemned” the attack": three words or fewer holding a reporting verb;
/// - "Hollande “strongly” condemned the killing": three words or fewer right before one;
/// - "von der Leyen “strongly condemned the despicable attack” on Fico": the predicate quoted
///   from its verb on, right after its subject.
pub(super) fn scare_quote_marks(s: &str, starts_quoted: bool) -> Vec<usize> {
    let marks: Vec<usize> = s.match_indices('"').map(|(i, _)| i).collect();
    let opening = usize::from(starts_quoted);
    marks
        .get(opening..)
        .unwrap_or_default()
        .chunks_exact(2)
        .filter(|pair| is_the_reporters_own(s, pair[0], pair[1]))
        .flatten()
        .copied()
        .collect()
}

/// Whether the quotation between the marks at `open` and `close` is part of the reporter's
/// clause (see `scare_quote_marks`).
fn is_the_reporters_own(s: &str, open: usize, close: usize) -> bool {
    let before = s[..open].trim_end();
    let inside: Vec<&str> = s[open + 1..close].split_whitespace().collect();
    let reports = |w: &&str| REPORTING.has("speech", &w.to_lowercase());
    // "“Stop,” he said" is a quotation: it opens the sentence or ends in its own stop.
    if before.is_empty() || inside.is_empty() {
        return false;
    }
    let ends_in_a_stop = s[..close].ends_with(['.', '!', '?']);
    let ends_in_a_comma = s[..close].ends_with(',');
    let last_before = before.split_whitespace().next_back().unwrap_or("");
    let mut after = s[close + 1..].split_whitespace();
    let next = after.next().unwrap_or("");
    if inside.len() <= 3 && !ends_in_a_stop && !ends_in_a_comma {
        // After a name only: "the “intolerable” alleged attack" holds an adjective.
        let after_a_name = last_before.starts_with(char::is_uppercase);
        if inside.iter().any(reports) || after_a_name && reports(&next) {
            return true;
        }
    }
    // The predicate quoted: its verb opens the quotation (after an adverb at most), the word
    // before the mark is its subject's, not a verb of saying or a colon's label, and a comma
    // closing it goes on to the predicate's next verb, not to "…,” said X".
    let subject_before = before.ends_with(|c: char| c.is_alphabetic()) && !reports(&last_before);
    let goes_on = !ends_in_a_stop && (!ends_in_a_comma || next == "and");
    goes_on && subject_before && inside.iter().take(2).any(reports)
}

/// "– “All my solidarity with the Argentine people.” (President of Peru, Pedro Castillo, on
/// Twitter)": a paragraph quoting someone and closed by its speaker in brackets, as lists of
/// reactions write them. Gives the attribution of the paragraph's quotation.
pub fn bracketed_speaker(paragraph: &str) -> Option<Attribution> {
    let inner = paragraph.trim().trim_end_matches('.').strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let quoted = inner[..open].trim_end();
    if !quoted.ends_with(['"', '”', '»']) {
        return None;
    }
    // Where it was said ("on Twitter", "in a statement") ends the speaker.
    let bracket = &inner[open + 1..];
    // ("(Photo: AFP)" labels a picture.)
    if bracket.contains(':') {
        return None;
    }
    let speaker_part = bracket
        .split(',')
        .take_while(|part| {
            let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
            !lexicon::is("intro", &first)
        })
        .map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let cut = (1..words.len())
                .find(|&k| lexicon::is("intro", &words[k].to_lowercase()))
                .unwrap_or(words.len());
            words[..cut].join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ");
    let speaker = tidy_speaker(&speaker_part);
    (!speaker.is_empty() && has_actor_cue(&speaker)).then(|| Attribution {
        speaker,
        verb: "said".into(),
        pronoun: false,
        sieve: Sieve::Labelled,
    })
}

/// The most words of a speaker set before a colon and a quotation.
const LABEL_WORDS: usize = 8;

/// "Russian President Vladimir Putin: “Moscow resolutely condemns terrorism.”": the words
/// before a colon that opens a quotation name the speaker, when they are a name with its
/// title and no clause (no verb).
pub(super) fn labelled_quotation(s: &str) -> Option<Attribution> {
    let (label, quotation) = s.split_once(':')?;
    let label = label.trim();
    let opens_quotation = quotation.trim_start().starts_with('"');
    let words: Vec<&str> = label.split_whitespace().collect();
    let named = words
        .last()
        .is_some_and(|w| brief_text::names::is_capitalised(w));
    // "Jean-Claude Juncker: An attack on any of our member states is an attack on us all": a
    // person's full name alone before a statement in the first person, as headlines quote.
    let quoted_by_a_headline = label_is_a_full_name(label) && speaks_in_first_person(quotation);
    if !(opens_quotation || quoted_by_a_headline)
        || words.is_empty()
        || words.len() > LABEL_WORDS
        || !named
    {
        return None;
    }
    let speaker = clean_subject(label)?;
    (has_actor_cue(&speaker) || GAZETTEER.role_in(&speaker).is_some()).then(|| Attribution {
        speaker,
        verb: "said".to_string(),
        pronoun: false,
        sieve: Sieve::Labelled,
    })
}

/// A person's name of two or three words and nothing else ("Jean-Claude Juncker").
fn label_is_a_full_name(label: &str) -> bool {
    let names = super::person_names(label);
    let words = label.split_whitespace().count();
    (2..=3).contains(&words) && names.len() == 1 && names[0] == label
}

/// Words of a statement that speaks in the first person ("… an attack on us all").
pub(crate) fn speaks_in_first_person(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        super::lexicon::is("first-person", &w)
    })
}

/// A country, organisation or office, not a person: "the State of Qatar", "the Ministry of
/// Foreign Affairs", "the Red Cross".
fn is_a_body(speaker: &str) -> bool {
    let named = !GAZETTEER.mentions(speaker).is_empty() || super::names_a_body(speaker);
    named && super::person_names(speaker).is_empty()
}

/// "“The State of Qatar expresses its strong condemnation …": a sentence that opens a
/// quotation whose first words are a body and a verb in the present, as statements are
/// issued. A verb in the past ("“The government said it would help us …") is someone's
/// account of what the body said. The caller makes sure nothing outside the quotation names
/// another speaker (a quotation of several sentences names its speaker at its end).
pub fn quoted_statement(sentence: &str, people: &PeopleDirectory) -> Option<Attribution> {
    let s = brief_text::straighten(sentence);
    let inner = s.trim_start().strip_prefix('"')?;
    let first = attributions_in(inner, &word_spans(inner), false, people)
        .into_iter()
        .next()?;
    let opening = inner.strip_prefix("The ").unwrap_or(inner);
    let verb = opening
        .strip_prefix(first.speaker.as_str())?
        .split_whitespace()
        .next()?;
    let present = verb.ends_with('s') && !verb.ends_with("ss");
    let issued = first.sieve == Sieve::SubjectBefore
        && !first.pronoun
        && present
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && is_a_body(&first.speaker);
    issued.then_some(Attribution {
        sieve: Sieve::QuotedStatement,
        ..first
    })
}
