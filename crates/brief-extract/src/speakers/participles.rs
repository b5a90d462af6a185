//! Attributions by a participle: "X recognised Y as the winner, saying …" and "…, with the EU
//! saying …": a clause that runs on into a reporting participle is its subject's statement.

use super::attribution::{Attribution, Sieve};
use super::stretch::subject_before_first_verb;
use super::subject::{clean_subject, is_actor};
use super::{lexicon, PeopleDirectory};

/// "The US has recognised X as the winner, saying …": with no reporting verb of its own, a
/// sentence whose clause runs on into "saying" or "urging" is its subject's statement.
pub(super) fn participle_attribution(
    s: &str,
    words: &[(usize, usize, &str)],
    people: &PeopleDirectory,
) -> Option<Attribution> {
    // After a comma, or a statement ("a joint statement urging"), not inside a noun phrase
    // ("the calling of elections").
    let (before, word) = words
        .iter()
        .enumerate()
        .find_map(|(i, &(start, _, word))| {
            let before = s[..start].trim_end();
            let after_statement = i > 0 && words[i - 1].2.starts_with("statement");
            (lexicon::is("participle", word) && (before.ends_with(',') || after_statement))
                .then_some((before, word))
        })?;
    // The clause from the sentence's start, else from a quotation before it ("“…,” X
    // recalled, suggesting").
    let after_quote = before.rfind('"').map(|q| &before[q + 1..]);
    std::iter::once((before, true))
        .chain(after_quote.map(|b| (b, false)))
        .find_map(|(clause, opens)| participle_subject(clause, opens, people))
        .map(|speaker| Attribution {
            speaker,
            verb: word.to_string(),
            pronoun: false,
            sieve: Sieve::Participle,
        })
}

/// The speaker of the clause before a participle: the subject of its first verb, or what
/// follows that subject's last comma ("Chastened by …, X revised his plan, promising").
/// "…, with the EU saying it was an un-level playing field": the noun phrase between "with"
/// and the participle speaks.
pub(super) fn with_participle(
    s: &str,
    words: &[(usize, usize, &str)],
    people: &PeopleDirectory,
) -> Option<Attribution> {
    // "with US President Donald Trump and Russian President Vladimir Putin both denouncing".
    const REACH: usize = 12;
    words.iter().enumerate().find_map(|(i, &(_, with_end, w))| {
        if !lexicon::is("accompanying", &w.to_lowercase()) {
            return None;
        }
        let (j, &(part_start, _, participle)) = words
            .iter()
            .enumerate()
            .skip(i + 2)
            .take(REACH)
            .find(|(_, &(_, _, p))| lexicon::is("participle", p))?;
        let np = &s[with_end..part_start];
        // "… both denouncing", "… also saying": a word between the speakers and the verb.
        let np = match np.trim_end().rsplit_once(' ') {
            Some((head, last)) if lexicon::is("trailing-aux", &last.to_lowercase()) => head,
            _ => np,
        };
        if np.contains([',', ';', '"']) || j <= i + 1 {
            return None;
        }
        let speaker = clean_subject(np)?;
        is_actor(&speaker, false, people).then(|| Attribution {
            speaker,
            verb: participle.to_string(),
            pronoun: false,
            sieve: Sieve::WithParticiple,
        })
    })
}

fn participle_subject(before: &str, opens: bool, people: &PeopleDirectory) -> Option<String> {
    let clause = subject_before_first_verb(before)?;
    let last_part = clause.trim_end().rsplit_once(',').map(|(_, p)| p);
    std::iter::once(clause)
        .chain(last_part)
        .enumerate()
        .find_map(|(k, part)| {
            let speaker = clean_subject(part.trim_end_matches(','))?;
            is_actor(&speaker, opens && k == 0, people).then_some(speaker)
        })
}
