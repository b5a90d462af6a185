//! The lexicon: general English word lists the extractors read (`data/lexicon/*.tsv`), kept
//! as data so a new cue is a line in a file, not a literal in code.
//!
//! Each file is `kind<TAB>word` per line; `#` starts a comment. Lookups are by kind.

use std::collections::{BTreeMap, HashSet};

/// One lexicon file, its words grouped by kind.
#[derive(Debug, Default)]
pub struct WordTable {
    by_kind: BTreeMap<String, Vec<String>>,
    /// `(kind, word)` pairs, for lookups on hot paths (every word of every sentence).
    pairs: HashSet<(String, String)>,
}

impl WordTable {
    /// Parses `kind<TAB>word` lines; blank lines and `#` comments are skipped.
    pub fn parse(text: &str) -> WordTable {
        let mut by_kind: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((kind, word)) = line.split_once('\t') {
                by_kind
                    .entry(kind.trim().to_string())
                    .or_default()
                    .push(word.trim().to_string());
            }
        }
        let pairs = by_kind
            .iter()
            .flat_map(|(k, ws)| ws.iter().map(move |w| (k.clone(), w.clone())))
            .collect();
        WordTable { by_kind, pairs }
    }

    /// The words of one kind, in file order.
    pub fn words(&self, kind: &str) -> &[String] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` is listed under `kind` (exact match: case is part of the word).
    pub fn has(&self, kind: &str, word: &str) -> bool {
        self.pairs.contains(&(kind.to_string(), word.to_string()))
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
