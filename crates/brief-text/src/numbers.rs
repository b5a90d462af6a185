//! Numbers in news copy: digits ("2,000", "1.5 million"), words ("five", "twenty-one",
//! "a dozen") and vague quantities at the conservative lower bound conflict-data coders use
//! ("dozens" = 12, "hundreds" = 100).

use serde::Serialize;

/// Number words and their values.
const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Multipliers after a number ("two hundred", "1.5 million").
const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("lakh", 100_000),
    ("million", 1_000_000),
    ("crore", 10_000_000),
    ("billion", 1_000_000_000),
];

/// Vague plurals at their conservative lower bound.
const VAGUE: &[(&str, u64)] = &[
    ("tens", 10),
    ("dozens", 12),
    ("scores", 20),
    ("hundreds", 100),
    ("thousands", 1_000),
    ("millions", 1_000_000),
];

/// Words before a number that qualify it; kept so a reader sees "at least 5".
pub const QUALIFIERS: &[&str] = &[
    "at least",
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "up to",
    "as many as",
    "roughly",
    "approximately",
    "fewer than",
    "less than",
    "at most",
    "an estimated",
    "a reported",
    "close to",
    "upwards of",
    // Before "just", so "just over 100" reads whole.
    "just over",
    "just under",
    "well over",
    "just",
    "only",
    "no fewer than",
    "no less than",
];

/// A number found in text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: u64,
    /// A vague plural ("dozens"), given at its lower bound.
    pub vague: bool,
    pub qualifier: Option<&'static str>,
}

impl Quantity {
    /// A count given exactly, with no qualifier ("one person", "no casualties").
    pub fn exact(value: u64) -> Quantity {
        Quantity {
            value,
            vague: false,
            qualifier: None,
        }
    }
}

fn unit(word: &str) -> Option<u64> {
    UNITS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

fn scale(word: &str) -> Option<u64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

fn vague(word: &str) -> Option<u64> {
    VAGUE.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// A digit token: "80", "2,000", "1.5".
fn digits(word: &str) -> Option<f64> {
    let w = word.trim_end_matches(['+']);
    if w.is_empty() || !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !w
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    w.replace(',', "").parse::<f64>().ok()
}

/// A word number such as "twenty-one" or "seven".
fn word_number(word: &str) -> Option<u64> {
    if let Some(v) = unit(word) {
        return Some(v);
    }
    let (tens, ones) = word.split_once('-')?;
    let (t, o) = (unit(tens)?, unit(ones)?);
    (t >= 20 && t % 10 == 0 && o < 10).then_some(t + o)
}

/// Reads a number starting at `words[i]` (lowercase words). Returns it and how many words it
/// used, qualifier included.
pub fn parse_quantity(words: &[&str], i: usize) -> Option<(Quantity, usize)> {
    let (qualifier, q_len) = qualifier_at(words, i);
    let start = i + q_len;
    let (value, vague_number, len) = bare_number(words, start)?;
    Some((
        Quantity {
            value,
            vague: vague_number,
            qualifier,
        },
        q_len + len,
    ))
}

fn qualifier_at(words: &[&str], i: usize) -> (Option<&'static str>, usize) {
    // Compared word by word without listing each qualifier's words (asked at every word
    // a count could start at).
    for q in QUALIFIERS {
        let n = q.split(' ').count();
        if words.len() >= i + n && q.split(' ').zip(&words[i..i + n]).all(|(p, w)| p == *w) {
            return (Some(q), n);
        }
    }
    (None, 0)
}

fn dozen_or_scale(word: &str) -> Option<u64> {
    if word == "dozen" {
        Some(12)
    } else {
        scale(word)
    }
}

/// The number itself: value, whether vague, words used.
fn bare_number(words: &[&str], i: usize) -> Option<(u64, bool, usize)> {
    let w = *words.get(i)?;
    let next = words.get(i + 1).copied().unwrap_or("");
    let after = words.get(i + 2).copied().unwrap_or("");
    // "a dozen", "a hundred", "a million", "a couple of"
    if w == "a" || w == "an" {
        if next == "dozen" {
            return Some((12, false, 2));
        }
        if let Some(s) = scale(next) {
            return Some((s, false, 2));
        }
        if next == "couple" && after == "of" {
            return Some((2, false, 3));
        }
        // "a few hundred", at its lower bound
        if let Some(v) = (next == "few").then(|| dozen_or_scale(after)).flatten() {
            return Some((2 * v, true, 3));
        }
        return None;
    }
    // "several dozen", "several hundred", at their lower bound
    if let Some(v) = (w == "several").then(|| dozen_or_scale(next)).flatten() {
        return Some((2 * v, true, 2));
    }
    if let Some(v) = vague(w) {
        // "hundreds of thousands", "tens of thousands"
        if next == "of" {
            if let Some(v2) = vague(after) {
                return Some((v * v2, true, 3));
            }
        }
        return Some((v, true, 1));
    }
    let base = digits(w).or_else(|| word_number(w).map(|v| v as f64))?;
    let mut value = base;
    let mut len = 1;
    // "Forty three people": a tens word and a unit written apart, without their hyphen.
    let tens = digits(w).is_none() && (20.0..100.0).contains(&base) && base % 10.0 == 0.0;
    if let Some(unit) = word_number(next).filter(|u| tens && (1..=9).contains(u)) {
        value += unit as f64;
        len = 2;
    }
    if next == "dozen" {
        return Some(((base * 12.0) as u64, false, 2));
    }
    let mut last_scale = None;
    while let Some(s) = words.get(i + len).and_then(|w| scale(w)) {
        value *= s as f64;
        len += 1;
        last_scale = Some(s);
    }
    if value.fract() != 0.0 || value < 0.0 {
        return None;
    }
    // "two thousand three hundred", "5 thousand 383", "two hundred and fifty": a smaller
    // number after a scale adds to it.
    if let Some(s) = last_scale {
        let and = usize::from(words.get(i + len) == Some(&"and"));
        if let Some((rest, false, rest_len)) = bare_number(words, i + len + and) {
            if rest < s && (and == 0 || rest < 100) {
                return Some((value as u64 + rest, false, len + and + rest_len));
            }
        }
    }
    Some((value as u64, false, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Option<(u64, bool, Option<&'static str>)> {
        let words: Vec<&str> = text.split(' ').collect();
        parse_quantity(&words, 0).map(|(q, _)| (q.value, q.vague, q.qualifier))
    }

    #[test]
    fn digits_with_commas() {
        assert_eq!(q("2,000 soldiers"), Some((2000, false, None)));
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(q("five people"), Some((5, false, None)));
        assert_eq!(q("twenty-one dead"), Some((21, false, None)));
        assert_eq!(q("forty three people"), Some((43, false, None)));
        assert_eq!(q("forty people"), Some((40, false, None)));
        assert_eq!(
            q("forty three thousand people"),
            Some((43_000, false, None))
        );
        assert_eq!(q("1.5 million displaced"), Some((1_500_000, false, None)));
        assert_eq!(q("a million displaced"), Some((1_000_000, false, None)));
        assert_eq!(q("a dozen villagers"), Some((12, false, None)));
        assert_eq!(
            q("two thousand three hundred injured"),
            Some((2300, false, None))
        );
        assert_eq!(q("5 thousand 383 people"), Some((5383, false, None)));
        assert_eq!(q("two hundred and fifty people"), Some((250, false, None)));
        assert_eq!(q("1 lakh 20 thousand people"), Some((120_000, false, None)));
    }

    #[test]
    fn vague_quantities_take_the_lower_bound() {
        assert_eq!(q("dozens of people"), Some((12, true, None)));
        assert_eq!(q("several dozen people"), Some((24, true, None)));
        assert_eq!(q("a few hundred people"), Some((200, true, None)));
        assert_eq!(q("several people"), None);
        assert_eq!(
            q("hundreds of thousands of people"),
            Some((100_000, true, None))
        );
    }

    #[test]
    fn qualifiers_are_kept() {
        assert_eq!(q("at least two deaths"), Some((2, false, Some("at least"))));
        assert_eq!(
            q("more than 30,000 dead"),
            Some((30_000, false, Some("more than")))
        );
    }

    #[test]
    fn plain_words_are_not_numbers() {
        assert_eq!(q("people said"), None);
        assert_eq!(q("a child"), None);
    }
}
