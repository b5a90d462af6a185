//! The attribution measuring tool (`tools/polnear_eval.py` over `examples/attribution.rs`)
//! keeps working: it scores a small sample written for it, and, when asked, PolNeAR's dev split.

use std::path::Path;
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the tool with `args` (building the example in the dev profile) and returns its
/// summary JSON and printed report.
fn run_eval(args: &[&str]) -> (serde_json::Value, String) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let summary = tmp.path().join("summary.json");
    let examples = tmp.path().join("examples.txt");
    let out = Command::new("python3")
        .arg(repo().join("tools/polnear_eval.py"))
        .args(args)
        .args(["--profile", "dev", "--summary-json"])
        .arg(&summary)
        .arg("--examples")
        .arg(&examples)
        .env("CARGO", env!("CARGO"))
        .output()
        .expect("python3 runs tools/polnear_eval.py");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "polnear_eval.py failed:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(examples.is_file(), "no examples file written");
    let json = std::fs::read_to_string(&summary).expect("summary written");
    (
        serde_json::from_str(&json).expect("summary is JSON"),
        report,
    )
}

fn count(summary: &serde_json::Value, path: &[&str]) -> u64 {
    let mut v = summary;
    for key in path {
        v = &v[*key];
    }
    v["n"]
        .as_u64()
        .unwrap_or_else(|| panic!("no count at {path:?}"))
}

#[test]
fn the_tool_scores_speech_attributions_of_one_annotator_with_pronouns_apart() {
    let sample = repo().join("tools/attribution-sample");
    let (summary, report) = run_eval(&["--data", sample.to_str().expect("UTF-8 path")]);
    assert_eq!(summary["articles"], 1, "{report}");
    // Four noun-phrase sources of speech cues ("believe" is left out, and the second
    // annotator's attribution is not mixed in), one of them a common noun; "He" apart.
    assert_eq!(count(&summary, &["recall", "np", "all"]), 4, "{report}");
    assert_eq!(count(&summary, &["recall", "common", "all"]), 1, "{report}");
    assert_eq!(
        count(&summary, &["recall", "pronoun", "all"]),
        1,
        "{report}"
    );
    assert_eq!(count(&summary, &["recall", "np", "X said"]), 2, "{report}");
    assert_eq!(count(&summary, &["recall", "np", "said X"]), 1, "{report}");
    assert_eq!(
        count(&summary, &["recall", "np", "X's spokesperson said"]),
        0,
        "{report}"
    );
    assert_eq!(
        count(&summary, &["recall", "np", "according to X"]),
        1,
        "{report}"
    );
}

#[test]
fn the_tool_tells_which_of_briefs_sieves_found_each_source() {
    let sample = repo().join("tools/attribution-sample");
    let (summary, report) = run_eval(&["--data", sample.to_str().expect("UTF-8 path")]);
    let found = |sieve: &str| count(&summary, &["sieves", sieve, "precision_all"]);
    let recalled = |sieve: &str| summary["sieves"][sieve]["recall_np"]["ok"].as_u64();
    // "X said" twice, "“…,” said X" once, "according to X" once: each by its own sieve,
    // and each sieve's recall over all four noun-phrase sources.
    assert_eq!(found("subject_before"), 2, "{report}");
    assert_eq!(found("inverted"), 1, "{report}");
    assert_eq!(found("according_to"), 1, "{report}");
    assert_eq!(
        count(&summary, &["sieves", "inverted", "recall_np"]),
        4,
        "{report}"
    );
    let total: u64 = ["subject_before", "inverted", "according_to", "participle"]
        .iter()
        .filter_map(|s| recalled(s))
        .sum();
    assert_eq!(
        total,
        summary["recall"]["np"]["all"]["ok"].as_u64().unwrap_or(0),
        "{report}"
    );
}

/// PolNeAR's dev split holds the attribution step's present figures (the target is
/// precision 0.90 and recall 0.80 on named sources; these floors keep what is reached).
#[test]
#[ignore = "needs PolNeAR ($POLNEAR or ../shared/corpora/polnear.tgz); run with `cargo test --test attribution_eval -- --ignored`"]
fn polnear_dev_holds_its_attribution_floors() {
    // The tool finds the corpus ($POLNEAR, else ../shared/corpora) and fails without it.
    let (summary, report) = run_eval(&[]);
    let rate = |path: &[&str]| {
        let mut v = &summary;
        for key in path {
            v = &v[*key];
        }
        v["rate"].as_f64().unwrap_or(0.0)
    };
    println!("{report}");
    assert!(rate(&["recall", "named", "all"]) >= 0.87, "{report}");
    assert!(rate(&["recall", "np", "all"]) >= 0.79, "{report}");
    assert!(rate(&["precision", "kept", "all"]) >= 0.97, "{report}");
}
