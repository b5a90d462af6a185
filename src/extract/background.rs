//! Background: sentences that recall earlier dated events — years, decades, months and
//! relative dates resolved against the event's date.

use chrono::Datelike;
use serde::Serialize;

use super::{Cite, EventFacts, Sentence};
use crate::text::dates::{date_mentions, DateMention};

/// Nouns naming the kind of earlier event, used to label entries and to merge the same fact
/// recalled by several sources. Order matters: the first found wins.
pub const EVENT_NOUNS: &[&str] = &[
    "ceasefire",
    "truce",
    "war",
    "offensive",
    "invasion",
    "blockade",
    "agreement",
    "deal",
    "talks",
    "conflict",
    "fighting",
    "election",
    "referendum",
    "coup",
    "earthquake",
    "quake",
    "flood",
    "hurricane",
    "storm",
    "tsunami",
    "eruption",
    "attack",
    "massacre",
    "genocide",
    "independence",
    "collapse",
    "fall",
    "protests",
    "revolution",
    "treaty",
    "sanctions",
    "crisis",
    "pandemic",
    "outbreak",
    "famine",
    "drought",
    "fire",
    "explosion",
    "annexation",
    "occupation",
    "withdrawal",
    "deployment",
    "summit",
    "visit",
    "exercises",
    "operation",
];

/// Synonyms merged for grouping: a truce is a ceasefire, a quake an earthquake.
const SAME_EVENT: &[(&str, &str)] = &[
    ("truce", "ceasefire"),
    ("quake", "earthquake"),
    ("deal", "agreement"),
    ("fighting", "war"),
    ("conflict", "war"),
    ("offensive", "war"),
];

/// One earlier event a sentence recalls.
#[derive(Debug, Clone, Serialize)]
pub struct Background {
    #[serde(flatten)]
    pub cite: Cite,
    pub year: i32,
    pub month: Option<u32>,
    /// The words that date it ("the late 1980s", "last December").
    pub when: String,
    /// A few words saying what happened, from the sentence.
    pub label: String,
    /// The kind of event ("war", "ceasefire"), when a noun says so.
    pub what: Option<&'static str>,
    pub approximate: bool,
}

/// Extracts the earlier events one article's sentences recall.
pub fn extract(sentences: &[Sentence<'_>], facts: &EventFacts) -> Vec<Background> {
    let mut out = Vec::new();
    for s in sentences {
        let mut seen: Vec<(i32, Option<u32>)> = Vec::new();
        let mentions = date_mentions(&s.text, facts.date);
        if mentions.is_empty() {
            if let Some(b) = recalled_without_date(s, &out) {
                out.push(b);
            }
            continue;
        }
        for d in mentions {
            if !is_before_event(&d, facts) || seen.contains(&(d.year, d.month)) {
                continue;
            }
            seen.push((d.year, d.month));
            let what = event_noun_near(&s.text, &d.text);
            out.push(Background {
                cite: s.cite(),
                year: d.year,
                month: d.month,
                label: label_around(&s.text, &d.text),
                when: d.text.clone(),
                what,
                approximate: d.approximate,
            });
        }
    }
    out
}

/// Words that point back to an earlier event already dated in the article.
const BACK_REFERENCES: &[&str] = &["previous", "last", "earlier", "former", "prior", "past"];

/// "The previous war … lasted 44 days": an undated mention of an earlier event of a kind the
/// article has already dated takes that date.
fn recalled_without_date(s: &Sentence<'_>, so_far: &[Background]) -> Option<Background> {
    let lower = s.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let noun = words.windows(2).find_map(|w| {
        let noun = EVENT_NOUNS.iter().find(|n| **n == w[1])?;
        BACK_REFERENCES.contains(&w[0]).then_some(*noun)
    })?;
    let noun = SAME_EVENT
        .iter()
        .find(|(a, _)| *a == noun)
        .map_or(noun, |(_, b)| *b);
    let earlier = so_far
        .iter()
        .rev()
        .filter(|b| b.cite.source == s.article.id && b.what == Some(noun))
        .max_by_key(|b| (b.year, b.month))?;
    Some(Background {
        cite: s.cite(),
        year: earlier.year,
        month: earlier.month,
        when: earlier.when.clone(),
        label: s
            .text
            .split([',', ';'])
            .next()
            .unwrap_or(&s.text)
            .trim_end_matches('.')
            .to_string(),
        what: Some(noun),
        approximate: earlier.approximate,
    })
}

fn is_before_event(d: &DateMention, facts: &EventFacts) -> bool {
    let Some(event) = facts.date else { return true };
    d.year < event.year() || d.year == event.year() && d.month.is_some_and(|m| m < event.month())
}

/// The event noun nearest the date words ("the 2020 war", "a 1994 ceasefire").
pub fn event_noun_near(sentence: &str, when: &str) -> Option<&'static str> {
    let lower = sentence.to_lowercase();
    let at = lower.find(&when.to_lowercase()).unwrap_or(0);
    let words: Vec<(usize, &str)> = lower
        .split(|c: char| !c.is_alphanumeric())
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let noun = words
        .iter()
        .filter_map(|(pos, w)| {
            EVENT_NOUNS
                .iter()
                .find(|n| *n == w)
                .map(|n| (pos.abs_diff(at), *n))
        })
        .min_by_key(|(d, _)| *d)
        .filter(|(d, _)| *d < 60)
        .map(|(_, n)| n)?;
    Some(
        SAME_EVENT
            .iter()
            .find(|(a, _)| *a == noun)
            .map_or(noun, |(_, b)| b),
    )
}

/// Up to a dozen words of the clause around the date words.
fn label_around(sentence: &str, when: &str) -> String {
    let at = sentence.find(when).unwrap_or(0);
    let stops = [',', ';', '–', '—', '('];
    let clause_start = sentence[..at]
        .char_indices()
        .rfind(|(_, c)| stops.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause_end = sentence[at + when.len()..]
        .find([',', ';', '–', '—', ')'])
        .map_or(sentence.len(), |i| at + when.len() + i);
    let clause = sentence[clause_start..clause_end].trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let label = if words.len() > 16 {
        format!("{} …", words[..16].join(" "))
    } else {
        words.join(" ")
    };
    label.trim_end_matches(['.', ',']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_event_noun_names_the_fact() {
        assert_eq!(
            event_noun_near("since the 1994 end of a separatist war", "1994"),
            Some("war")
        );
        assert_eq!(
            event_noun_near("a truce signed in 2011", "2011"),
            Some("ceasefire")
        );
    }

    #[test]
    fn label_is_the_clause_around_the_date() {
        assert_eq!(
            label_around(
                "Rain fell, and the 2011 quake still haunts the town, he said.",
                "2011"
            ),
            "and the 2011 quake still haunts the town"
        );
    }
}
