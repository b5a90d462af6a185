//! One name per body: a ministry written in several word orders and spellings across the
//! sources ("Azerbaijan's defence ministry", "Ministry of Defense of Azerbaijan") is one
//! actor, shown under the name the sources use most.

use super::*;
use std::collections::BTreeMap;

/// Office words (`data/lexicon/offices.tsv`).
static OFFICES: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../../data/lexicon/offices.tsv"))
});

/// A body: its affiliation and the words of its office, in order.
type BodyKey = (String, Vec<String>);

/// Gives every statement of one body the name the sources use most for it (the earliest
/// among equals).
pub fn one_name_per_body(reactions: &mut [Reaction]) {
    let mut names: BTreeMap<BodyKey, Vec<(usize, String)>> = BTreeMap::new();
    for (i, r) in reactions.iter().enumerate() {
        if let Some(key) = body_key(r) {
            names.entry(key).or_default().push((i, r.actor.clone()));
        }
    }
    for uses in names.values() {
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (i, name) in uses {
            let entry = counts.entry(name).or_insert((0, *i));
            entry.0 += 1;
        }
        let Some((best, _)) = counts
            .iter()
            .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
        else {
            continue;
        };
        let best = best.to_string();
        for (i, _) in uses {
            reactions[*i].actor.clone_from(&best);
        }
    }
}

/// A body's key: its affiliation and the words of its office, the country's name, the words
/// that come and go between spellings and their order left out. `None` for a person, for a
/// body named by its country alone, or for one whose office names no body ("authorities").
fn body_key(r: &Reaction) -> Option<BodyKey> {
    let affiliation = r.affiliation.as_deref().filter(|_| !r.person)?;
    let mut name = r.actor.clone();
    // The country however named: "Azerbaijan's", "Azerbaijani", "Baku's".
    for m in GAZETTEER.mentions(&r.actor).iter().rev() {
        if m.name == affiliation || GAZETTEER.country(affiliation).map(|e| e.name) == Some(m.name) {
            name.replace_range(m.start..m.end, " ");
        }
    }
    let mut words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !OFFICES.has("filler", w))
        .map(|w| canonical_word(&w))
        .collect();
    words.sort();
    words.dedup();
    let names_a_body = words.iter().any(|w| crate::speakers::is_body_head(w));
    (names_a_body && words.len() >= 2).then(|| (affiliation.to_string(), words))
}

/// One spelling for an office word: "defense" → "defence".
fn canonical_word(word: &str) -> String {
    let offices: &'static WordTable = &OFFICES;
    offices
        .kinds("same:")
        .find(|kind| offices.has(kind, word))
        .map_or_else(
            || word.to_string(),
            |kind| kind["same:".len()..].to_string(),
        )
}
