//! Whom a role says a person serves: the country or organisation it names, a local place, or
//! for researchers the body they work at.

use std::sync::LazyLock;

use brief_text::gazetteer::{word_spans, RoleKind, GAZETTEER};
use brief_text::straighten;

use super::lexicon;
use super::names::{capitalised_name_at, is_body_head, valid_mention};

/// What stands before the body a researcher works at, with its spaces (" at ", "think tank ").
static RESEARCH_CUES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut cues = lexicon::padded("research-preposition", true, true);
    cues.extend(lexicon::padded("research-noun", false, true));
    cues
});

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
    // "a top official in Karabakh's ethnic Armenian government": the place that governs, not
    // the people its government is described by.
    if let Some(owner) = governing_place(&s) {
        return Some(owner);
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

/// The place whose own government a phrase names: "Karabakh's ethnic Armenian government" →
/// "Karabakh", "Gaza's Hamas-run authorities" → "Gaza".
fn governing_place(s: &str) -> Option<String> {
    let words = word_spans(s);
    words.iter().enumerate().find_map(|(i, w)| {
        // The word splitter leaves the possessive's "'s" out of the word.
        let possessive = s[w.1..].starts_with("'s") || s[w.1..].starts_with("’s");
        let owner = w.2.strip_suffix("'s").unwrap_or(w.2);
        if !possessive && owner.len() == w.2.len() {
            return None;
        }
        let governs = words[i + 1..words.len().min(i + 5)]
            .iter()
            .any(|g| lexicon::is("governing", &g.2.to_lowercase()));
        // ("New Zealand's Government": the owner's name may run over capitalised words before.)
        let whole_owner = (i.saturating_sub(2)..i)
            .filter(|&k| {
                words[k..i]
                    .iter()
                    .all(|w| brief_text::names::is_capitalised(w.2))
            })
            .find_map(|k| {
                GAZETTEER.lookup(&format!(
                    "{} {owner}",
                    &s[words[k].0..words[i].0].trim_end()
                ))
            });
        (governs && brief_text::names::is_capitalised(owner)).then(|| {
            whole_owner
                .or_else(|| GAZETTEER.lookup(owner))
                .map_or_else(|| owner.to_string(), |(e, _)| e.name.to_string())
        })
    })
}

/// "at London-based peacebuilding organisation Conciliation Resources" → the organisation.
fn research_body(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let mut starts: Vec<usize> = RESEARCH_CUES
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

/// A capitalised place in a role: "of Artsakh", "Karabakh's", "Karabakh Foreign Minister",
/// "Authorities in Gaza", "Ombudsman of Nagorno Karabakh".
fn local_place(s: &str) -> Option<String> {
    let words = word_spans(s);
    let has_role = GAZETTEER.role_in(s).is_some();
    let is_place_word = |w: &str| {
        brief_text::names::is_capitalised(w)
            && !lexicon::is("title", &w.to_lowercase())
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
        let after_of = prev.as_deref().is_some_and(|p| lexicon::is("place-of", p))
            || (1..=3).any(|back| {
                i > back
                    && lexicon::is("place-of", words[i - back - 1].2)
                    && words[i - back..i]
                        .iter()
                        .all(|w| w.2.chars().all(|c| c.is_lowercase() || c == '-'))
            });
        // "the Amir Sheikh Nawaf …": one word between "the" and a title is a title itself.
        let title_after_the = prev.as_deref() == Some("the") && j == i + 1;
        let before_role = !title_after_the
            && next.as_deref().is_some_and(|n| {
                GAZETTEER.role_in(n).is_some()
                    || lexicon::is("title", n) && !lexicon::is("small", n)
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
    lexicon::words("aid").any(|a| brief_text::find_ascii_ci(phrase, a).is_some())
}

/// Does a phrase hold a word of office ("minister", "spokes-")?
fn is_official_phrase(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    lexicon::words("official").any(|w| lower.contains(w))
}
