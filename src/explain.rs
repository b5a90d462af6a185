//! `brief build --explain`: which attribution sieve found each statement of the briefing and,
//! given a hand annotation in `score.py`'s format (`gold.json`), how many of each sieve's
//! statements the annotation lists: that sieve's precision, so the weakest one shows.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::briefing::Briefing;
use crate::extract::speakers::Sieve;

/// One statement of a briefing and the sieve that found it.
#[derive(Debug, Clone)]
pub struct SieveStatement {
    pub sieve: Sieve,
    /// The seed's file name (no folder), as an annotation names it.
    pub file: String,
    /// The sentence cited, as `briefing.json` gives it.
    pub sentence: String,
}

/// The statements of a briefing, each with its sieve and seed file.
pub fn statements_of(briefing: &Briefing) -> Vec<SieveStatement> {
    let files: HashMap<&str, &str> = briefing
        .sources
        .iter()
        .map(|s| (s.id.as_str(), file_name(&s.file)))
        .collect();
    briefing
        .reactions
        .iter()
        .map(|r| {
            let source = r.claim.cite.source.as_str();
            SieveStatement {
                sieve: r.claim.sieve,
                file: files.get(source).copied().unwrap_or(source).to_string(),
                sentence: r.claim.cite.sentence.clone(),
            }
        })
        .collect()
}

/// The last part of a seed's path, with either slash (as `score.py` maps sources to files).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The annotated reactions of a `gold.json`, by seed file.
#[derive(Debug, Default)]
pub struct Annotation {
    quotes: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct GoldFile {
    #[serde(default)]
    reactions: Vec<GoldReaction>,
}

#[derive(Deserialize)]
struct GoldReaction {
    file: String,
    quote: String,
}

impl Annotation {
    /// Reads the reactions of an annotation in `score.py`'s format.
    pub fn load(path: &Path) -> Result<Annotation> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the annotation {}", path.display()))?;
        let gold: GoldFile = serde_json::from_str(&text).with_context(|| {
            format!("{}: not an annotation in score.py's format", path.display())
        })?;
        let mut quotes: HashMap<String, Vec<String>> = HashMap::new();
        for r in gold.reactions {
            quotes.entry(r.file).or_default().push(r.quote);
        }
        Ok(Annotation { quotes })
    }

    /// Does the annotation list this statement (a reaction of its file quoting the same
    /// sentence)?
    pub fn lists(&self, statement: &SieveStatement) -> bool {
        self.quotes
            .get(&statement.file)
            .is_some_and(|qs| qs.iter().any(|q| same_sentence(q, &statement.sentence)))
    }
}

/// `score.py`'s rule: after normalising quotes, dashes and spaces, one sentence contains the
/// other, or their word sets overlap by 60% of the smaller and half of the larger.
pub fn same_sentence(a: &str, b: &str) -> bool {
    let (na, nb) = (normalise(a), normalise(b));
    if na.is_empty() || nb.is_empty() {
        return false;
    }
    if na.contains(&nb) || nb.contains(&na) {
        return true;
    }
    let (wa, wb) = (words(&na), words(&nb));
    let shared = wa.intersection(&wb).count() as f64;
    let smaller = wa.len().min(wb.len()).max(1) as f64;
    let larger = wa.len().max(wb.len()).max(1) as f64;
    shared / smaller >= 0.6 && shared / larger >= 0.5
}

/// NFKC, straight quotes and dashes, one space between words, lowercase.
fn normalise(s: &str) -> String {
    let mapped: String = s
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c => c,
        })
        .collect();
    mapped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words of a normalised sentence: runs of letters, digits, `_` and `'`.
fn words(normalised: &str) -> HashSet<&str> {
    normalised
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// One row of the table: statements a sieve found, and how many the annotation lists.
#[derive(Debug, Default, Clone, Copy)]
struct Count {
    found: usize,
    listed: usize,
}

/// The per-sieve table `--explain` prints: every sieve in the order they are tried, then all.
pub fn sieve_table(statements: &[SieveStatement], gold: Option<&Annotation>) -> String {
    let mut counts: HashMap<Sieve, Count> = HashMap::new();
    for s in statements {
        let c = counts.entry(s.sieve).or_default();
        c.found += 1;
        c.listed += usize::from(gold.is_some_and(|g| g.lists(s)));
    }
    let mut out = format!(
        "{:<18} {:>6} {:>10} {:>10}  form\n",
        "sieve", "found", "annotated", "precision"
    );
    let mut total = Count::default();
    for sieve in Sieve::ALL {
        let c = counts.get(&sieve).copied().unwrap_or_default();
        total.found += c.found;
        total.listed += c.listed;
        out.push_str(&row(sieve.name(), c, gold.is_some(), sieve.label()));
    }
    out.push_str(&row("all", total, gold.is_some(), ""));
    out
}

/// The statements the annotation does not list, one line each (sieve, file, sentence cut to
/// `WIDTH` characters): what makes a sieve's precision low.
pub fn unlisted(statements: &[SieveStatement], gold: &Annotation) -> String {
    const WIDTH: usize = 160;
    let mut out = String::new();
    for s in statements.iter().filter(|s| !gold.lists(s)) {
        let mut sentence: String = s.sentence.chars().take(WIDTH).collect();
        if sentence.len() < s.sentence.len() {
            sentence.push('…');
        }
        out.push_str(&format!("{:<18} {}: {sentence}\n", s.sieve.name(), s.file));
    }
    out
}

fn row(name: &str, c: Count, measured: bool, label: &str) -> String {
    let (listed, precision) = match (measured, c.found) {
        (false, _) => ("-".to_string(), "-".to_string()),
        (true, 0) => ("0".to_string(), "-".to_string()),
        (true, n) => (
            c.listed.to_string(),
            format!("{:.3}", c.listed as f64 / n as f64),
        ),
    };
    format!(
        "{name:<18} {:>6} {listed:>10} {precision:>10}  {label}",
        c.found
    )
    .trim_end()
    .to_string()
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(sieve: Sieve, file: &str, sentence: &str) -> SieveStatement {
        SieveStatement {
            sieve,
            file: file.into(),
            sentence: sentence.into(),
        }
    }

    #[test]
    fn a_sentence_matches_one_containing_it_with_curly_quotes() {
        assert!(same_sentence(
            "\"We condemn it,\" the minister said.",
            "\u{201c}We condemn it,\u{201d} the minister said. He left."
        ));
    }

    #[test]
    fn sentences_sharing_most_words_match_and_others_do_not() {
        let a = "The foreign ministry condemned the attack on Monday";
        assert!(same_sentence(
            a,
            "The foreign ministry condemned the attack on Tuesday"
        ));
        assert!(!same_sentence(
            a,
            "Rescuers searched the rubble through the night"
        ));
    }

    #[test]
    fn the_table_counts_each_sieve_and_what_the_annotation_lists() {
        let gold = Annotation {
            quotes: HashMap::from([("a.md".to_string(), vec!["X said it was sad.".into()])]),
        };
        let statements = [
            statement(Sieve::SubjectBefore, "a.md", "X said it was sad."),
            statement(Sieve::SubjectBefore, "b.md", "X said it was sad."),
            statement(Sieve::AccordingTo, "a.md", "Ten died, according to Y."),
        ];
        let table = sieve_table(&statements, Some(&gold));
        assert!(
            table.contains("subject_before          2          1      0.500"),
            "{table}"
        );
        assert!(
            table.contains("according_to            1          0      0.000"),
            "{table}"
        );
        assert!(
            table.contains("all                     3          1      0.333"),
            "{table}"
        );
    }

    #[test]
    fn the_statements_the_annotation_does_not_list_are_named_with_their_sieve() {
        let gold = Annotation {
            quotes: HashMap::from([("a.md".to_string(), vec!["X said it was sad.".into()])]),
        };
        let statements = [
            statement(Sieve::SubjectBefore, "a.md", "X said it was sad."),
            statement(Sieve::AccordingTo, "a.md", "Ten died, according to Y."),
        ];
        assert_eq!(
            unlisted(&statements, &gold),
            "according_to       a.md: Ten died, according to Y.\n"
        );
    }

    #[test]
    fn every_sieve_is_serialised_by_its_name() {
        for sieve in Sieve::ALL {
            let json = serde_json::to_string(&sieve).expect("a sieve serialises");
            assert_eq!(json, format!("\"{}\"", sieve.name()));
        }
    }
}
