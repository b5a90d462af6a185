//! The fitted line classifier on pages nobody tuned it for: pasted pages written for these
//! tests (`tests/cleaner/`), and, when rendered, the labelled public corpora.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use brief::clean::line_table;

fn cleaner_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cleaner")
}

/// The page's body lines, and for each whether the cleaner kept it.
fn kept_lines(name: &str) -> (Vec<(String, bool)>, Vec<String>) {
    let dir = cleaner_dir();
    let page = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("page");
    let junk = std::fs::read_to_string(dir.join(format!("{name}.junk"))).expect("junk list");
    let rows = line_table(&page)
        .into_iter()
        .map(|r| (r.text, r.removed.is_none()))
        .collect();
    (rows, junk.lines().map(str::to_string).collect())
}

const PAGES: [&str; 2] = ["bridge", "harvest"];

#[test]
fn every_line_of_the_story_is_kept() {
    for name in PAGES {
        let (rows, junk) = kept_lines(name);
        for (text, kept) in &rows {
            if !junk.contains(text) {
                assert!(kept, "{name}: a line of the story was removed: {text}");
            }
        }
    }
}

#[test]
fn most_page_furniture_is_removed_though_no_rule_names_it() {
    for name in PAGES {
        let (rows, junk) = kept_lines(name);
        let left: Vec<&String> = rows
            .iter()
            .filter(|(text, kept)| *kept && junk.contains(text))
            .map(|(text, _)| text)
            .collect();
        let removed = junk.len() - left.len();
        assert!(
            removed as f64 / junk.len() as f64 >= 0.8,
            "{name}: only {removed} of {} furniture lines removed; left in: {left:?}",
            junk.len()
        );
    }
}

#[test]
fn every_removed_line_says_why() {
    let page = std::fs::read_to_string(cleaner_dir().join("bridge.txt")).expect("page");
    for row in line_table(&page) {
        if let Some(reason) = row.removed {
            assert!(reason.len() > 4, "{:?} removed without a reason", row.text);
        }
    }
}

/// Word-level F1 of the kept text (headline included) against the gold, as
/// `tools/measure_cleaner.py` computes it.
fn page_f1(headline: &str, kept: &[&str], gold: &[&str]) -> Option<f64> {
    fn bag(texts: &[&str], into: &mut HashMap<String, i64>) {
        for t in texts {
            for w in t
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .filter(|w| !w.is_empty())
            {
                *into.entry(w.to_lowercase()).or_default() += 1;
            }
        }
    }
    let mut g = HashMap::new();
    bag(gold, &mut g);
    if g.is_empty() {
        return None;
    }
    bag(&[headline], &mut g);
    let mut k = HashMap::new();
    bag(&[headline], &mut k);
    bag(kept, &mut k);
    let common: i64 = k
        .iter()
        .map(|(w, n)| (*n).min(*g.get(w).unwrap_or(&0)))
        .sum();
    if common == 0 {
        return Some(0.0);
    }
    let p = common as f64 / k.values().sum::<i64>() as f64;
    let r = common as f64 / g.values().sum::<i64>() as f64;
    Some(2.0 * p * r / (p + r))
}

/// L3S-GN1 (never fitted on) rendered by `tools/corpus_lines.py` into `$BRIEF_CORPUS_PAGES`
/// (default `/tmp/corpora/pages`): the mean F1 of the kept text holds its floor.
#[test]
#[ignore = "needs the corpora rendered by tools/corpus_lines.py (README, Measuring)"]
fn l3s_pasted_pages_hold_their_floor() {
    let base = std::env::var_os("BRIEF_CORPUS_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/corpora/pages"));
    let dir = base.join("l3s");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; run tools/corpus_lines.py", dir.display()));
    let mut scores = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let page = std::fs::read_to_string(&path).expect("page");
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(path.with_extension("json")).expect("labels"),
        )
        .expect("labels parse");
        let headline = page.lines().next().unwrap_or_default();
        let gold_of = |line: usize| {
            meta["gold"]
                .get(line - 2)
                .and_then(|g| g.as_str())
                .unwrap_or("")
        };
        let rows = line_table(&page);
        // The line that repeats the headline is the title's, as in the tools.
        let body: Vec<_> = rows
            .iter()
            .filter(|r| r.text.to_lowercase() != headline.trim().to_lowercase())
            .collect();
        let kept: Vec<&str> = body
            .iter()
            .filter(|r| r.removed.is_none())
            .map(|r| r.text.as_str())
            .collect();
        let gold: Vec<&str> = body.iter().map(|r| gold_of(r.line)).collect();
        scores.extend(page_f1(headline, &kept, &gold));
    }
    assert!(scores.len() > 500, "only {} pages", scores.len());
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    assert!(mean >= 0.92, "L3S-GN1 mean F1 {mean:.3} below 0.92");
}

/// Word-level F1 of a text against a gold text, as `tools/measure_html.py` computes it.
fn text_f1(kept: &str, gold: &str) -> Option<f64> {
    let bag = |text: &str| {
        let mut into: HashMap<String, i64> = HashMap::new();
        for w in text
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
        {
            *into.entry(w.to_lowercase()).or_default() += 1;
        }
        into
    };
    let (k, g) = (bag(kept), bag(gold));
    if g.is_empty() {
        return None;
    }
    let common: i64 = k
        .iter()
        .map(|(w, n)| (*n).min(*g.get(w).unwrap_or(&0)))
        .sum();
    if common == 0 {
        return Some(0.0);
    }
    let p = common as f64 / k.values().sum::<i64>() as f64;
    let r = common as f64 / g.values().sum::<i64>() as f64;
    Some(2.0 * p * r / (p + r))
}

/// L3S-GN1's saved pages (`$BRIEF_L3S`, default `/tmp/corpora/l3s-gn1/page-signal-master`)
/// cleaned as seeds, against the gold rendered into `$BRIEF_CORPUS_PAGES`: the mean F1 of the
/// title and body kept holds its floor (measured 0.968).
#[test]
#[ignore = "needs L3S-GN1 unpacked and rendered by tools/corpus_lines.py (README, Measuring)"]
fn l3s_saved_pages_hold_their_floor() {
    let l3s = std::env::var_os("BRIEF_L3S")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/corpora/l3s-gn1/page-signal-master"));
    let pages = std::env::var_os("BRIEF_CORPUS_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/corpora/pages"));
    let input = l3s.join("input");
    let entries = std::fs::read_dir(&input)
        .unwrap_or_else(|e| panic!("{}: {e}; unpack l3s-gn1.tgz", input.display()));
    let mut scores = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let (Some(stem), Some("html")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|e| e.to_str()),
        ) else {
            continue;
        };
        let Ok(labels) = std::fs::read_to_string(pages.join("l3s").join(format!("{stem}.json")))
        else {
            continue;
        };
        let meta: serde_json::Value = serde_json::from_str(&labels).expect("labels parse");
        let gold: Vec<&str> = meta["gold"]
            .as_array()
            .map(|g| g.iter().filter_map(|l| l.as_str()).collect())
            .unwrap_or_default();
        let bytes = std::fs::read(&path).expect("page");
        let raw = brief::ingest::RawSource {
            file: format!("{stem}.html"),
            rel: format!("{stem}.html").into(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        };
        let (article, _) = brief::clean::clean_article(&raw, stem.to_string());
        let mut kept = article.title.clone();
        for block in &article.blocks {
            kept.push('\n');
            kept.push_str(&block.text);
        }
        scores.extend(text_f1(&kept, &gold.join(" ")));
    }
    assert!(scores.len() > 500, "only {} pages", scores.len());
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    assert!(
        mean >= 0.965,
        "L3S-GN1 saved pages mean F1 {mean:.3} below 0.965"
    );
}
