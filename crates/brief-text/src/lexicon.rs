//! The lexicon: general English word lists the extractors read (`data/lexicon/*.tsv`), kept
//! as data so a new cue is a line in a file, not a literal in code.
//!
//! Each file is `kind<TAB>word` per line; `#` starts a comment. Lookups are by kind.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

/// One lexicon file, its words grouped by kind.
#[derive(Debug, Default)]
pub struct WordTable {
    /// Looked up by kind only (every word of a sentence can ask for a kind's phrases), so
    /// hashed with a fast hash rather than kept sorted.
    by_kind: FxHashMap<String, Vec<String>>,
    /// Each word with the kinds listing it, in the kinds' sorted order, for lookups on hot
    /// paths (every word of every sentence) that allocate nothing, hashed with a fast hash
    /// (only ever looked up, never iterated): one lookup of the word answers `has` and
    /// `kind_of`, and a word no kind lists (most words of a text) is turned away without
    /// hashing a kind's name.
    kinds_of_word: FxHashMap<String, Vec<String>>,
    /// The kinds in the order the file first lists them.
    order: Vec<String>,
    /// Entries written "<number> <word>" ("2 second"): each word with the kinds giving it a
    /// number, for `number_for` (asked of every word of every sentence, allocating nothing).
    numbers: FxHashMap<String, Vec<(String, u64)>>,
}

impl WordTable {
    /// Parses `kind<TAB>word` lines; blank lines and `#` comments are skipped.
    pub fn parse(text: &str) -> WordTable {
        let mut by_kind: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut order = Vec::new();
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((kind, word)) = line.split_once('\t') {
                let kind = kind.trim();
                if !by_kind.contains_key(kind) {
                    order.push(kind.to_string());
                }
                by_kind
                    .entry(kind.to_string())
                    .or_default()
                    .push(word.trim().to_string());
            }
        }
        let mut kinds_of_word: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (kind, words) in &by_kind {
            for word in words {
                let kinds = kinds_of_word.entry(word.clone()).or_default();
                if kinds.last() != Some(kind) {
                    kinds.push(kind.clone());
                }
            }
        }
        let mut numbers: FxHashMap<String, Vec<(String, u64)>> = FxHashMap::default();
        for (kind, words) in &by_kind {
            for entry in words {
                if let Some((n, word)) = entry.split_once(' ') {
                    if let Ok(n) = n.parse() {
                        numbers
                            .entry(word.to_string())
                            .or_default()
                            .push((kind.clone(), n));
                    }
                }
            }
        }
        WordTable {
            by_kind: by_kind.into_iter().collect(),
            kinds_of_word,
            order,
            numbers,
        }
    }

    /// The words of one kind, in file order.
    pub fn words(&self, kind: &str) -> &[String] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` is listed under `kind` (exact match: case is part of the word).
    pub fn has(&self, kind: &str, word: &str) -> bool {
        self.kinds_of_word
            .get(word)
            .is_some_and(|kinds| kinds.iter().any(|k| k == kind))
    }

    /// The number an entry of `kind` written "<number> <word>" gives `word` ("2 second" gives
    /// "second" 2, "7 week" gives "week" 7).
    pub fn number_for(&self, kind: &str, word: &str) -> Option<u64> {
        self.numbers
            .get(word)?
            .iter()
            .find(|(k, _)| k == kind)
            .map(|&(_, n)| n)
    }

    /// The kinds starting with `prefix`, in the order the file lists them.
    pub fn kinds<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.order
            .iter()
            .filter(move |k| k.starts_with(prefix))
            .map(String::as_str)
    }

    /// The kind `word` is listed under, among those starting with `prefix`.
    pub fn kind_of(&self, prefix: &str, word: &str) -> Option<&str> {
        // The first kind in sorted order, found from the word (asked of every
        // word of every source's text).
        self.kinds_of_word
            .get(word)?
            .iter()
            .find(|k| k.starts_with(prefix))
            .map(String::as_str)
    }
}

/// Words around a day's mention that say whose day it is (`data/lexicon/time_cues.tsv`).
pub static TIME_CUES: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/time_cues.tsv"))
});

/// Nouns for people (`data/lexicon/person_nouns.tsv`): listed ones, plurals with an agent's
/// ending, the sick counted in care, and what a bystander is. Casualties count them; reactions
/// tell a bystander by them; a date reader tells "2000 people" from a year by them.
pub static PERSON_NOUNS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/person_nouns.tsv"))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_grouped_by_kind_and_comments_skipped() {
        let t = WordTable::parse("# a comment\nreport\tsaid\nbound\tuntil\nreport\ttold\n");
        assert_eq!(t.words("report"), ["said", "told"]);
        assert!(t.has("bound", "until"));
        assert!(!t.has("bound", "said"));
        assert_eq!(t.kind_of("rep", "told"), Some("report"));
        assert_eq!(t.kinds("").collect::<Vec<_>>(), ["report", "bound"]);
    }

    #[test]
    fn a_numbered_entry_gives_its_word_a_number_under_its_kind_only() {
        let t = WordTable::parse("ordinal\t2 second\nunit\t7 week\nunit\tnot a number\n");
        assert_eq!(t.number_for("ordinal", "second"), Some(2));
        assert_eq!(t.number_for("unit", "week"), Some(7));
        assert_eq!(t.number_for("unit", "second"), None);
        assert_eq!(t.number_for("unit", "a number"), None);
    }

    #[test]
    fn the_shipped_time_cues_load() {
        assert!(TIME_CUES.has("report", "said"));
        assert_eq!(
            TIME_CUES.kind_of("relative", "yesterday"),
            Some("relative-1")
        );
    }
}
