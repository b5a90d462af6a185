//! The lexicon: general English word lists the extractors read (`data/lexicon/*.tsv`), kept
//! as data so a new cue is a line in a file, not a literal in code.
//!
//! Each file is `kind<TAB>word` per line; `#` starts a comment. Lookups are by kind.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

/// One lexicon file, its words grouped by kind.
#[derive(Debug, Default)]
pub struct WordTable {
    by_kind: BTreeMap<String, Vec<String>>,
    /// The words of each kind as a set, for lookups on hot paths (every word of every
    /// sentence) that allocate nothing, hashed with a fast hash (only ever looked up, never
    /// iterated, so the order it gives does not matter).
    sets: FxHashMap<String, FxHashSet<String>>,
    /// The kinds in the order the file first lists them.
    order: Vec<String>,
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
        let sets = by_kind
            .iter()
            .map(|(k, ws)| (k.clone(), ws.iter().cloned().collect()))
            .collect();
        WordTable {
            by_kind,
            sets,
            order,
        }
    }

    /// The words of one kind, in file order.
    pub fn words(&self, kind: &str) -> &[String] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` is listed under `kind` (exact match: case is part of the word).
    pub fn has(&self, kind: &str, word: &str) -> bool {
        self.sets
            .get(kind)
            .is_some_and(|words| words.contains(word))
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
        self.by_kind
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .find(|(_, ws)| ws.iter().any(|w| w == word))
            .map(|(k, _)| k.as_str())
    }
}

/// Words around a day's mention that say whose day it is (`data/lexicon/time_cues.tsv`).
pub static TIME_CUES: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/time_cues.tsv"))
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
    fn the_shipped_time_cues_load() {
        assert!(TIME_CUES.has("report", "said"));
        assert_eq!(
            TIME_CUES.kind_of("relative", "yesterday"),
            Some("relative-1")
        );
    }
}
