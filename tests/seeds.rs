//! The repository's own briefing: the seeds build, hold their scores against the hand
//! annotation, and every page is conforming HTML5 with working links.

mod common;

use std::path::Path;
use std::process::Command;

use common::{brief, check_links, files, read, seeds_site, stderr};

/// The shared evaluation folder beside the repository (`../shared/eval`: the hand annotation
/// and `score.py`). The tests scoring against it are ignored by default and fail without it
/// when run (`cargo test -- --ignored`, as CI does).
fn eval_dir() -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    assert!(
        dir.join("score.py").is_file(),
        "this test needs {}/score.py, which is missing",
        dir.display()
    );
    dir
}

#[test]
#[ignore = "needs ../shared/eval: run with `cargo test -- --ignored` (CI does)"]
fn seeds_hold_their_scores_against_the_annotation() {
    let eval = eval_dir();
    let site = seeds_site();
    let mins = [
        "sources.found=1.0",
        "sources.publisher=1.0",
        "sources.title=1.0",
        "clean.junk_removed=0.95",
        "clean.content_kept=0.98",
        "casualties.f1=0.9",
        "reactions.international_recall=0.9",
        "reactions.affiliation=0.9",
        "reactions.all_recall=0.9",
        // Below the 0.85: the annotation leaves out party statements brief lists
        // (see the note on issue 3); this floor keeps what has been reached.
        "reactions.precision=0.65",
        "background.f1=0.85",
    ];
    assert_scores(&eval, site.path(), &eval.join("seeds-gold.json"), &mins);
}

/// Events of other kinds, annotated by hand before brief was run on them (as the held-out
/// check is), scored by the same script: the extraction must not only fit the seeds.
#[test]
#[ignore = "needs ../shared/eval: run with `cargo test -- --ignored` (CI does)"]
fn annotated_fixtures_of_other_events_hold_their_scores() {
    let eval = eval_dir();
    let mins = [
        "sources.found=1.0",
        "sources.publisher=1.0",
        "sources.title=1.0",
        // Short junk lines that are also words of the story ("Mexico") cannot score.
        "clean.junk_removed=0.8",
        "clean.content_kept=0.98",
        "casualties.f1=0.9",
        "reactions.international_recall=0.9",
        "reactions.affiliation=0.9",
        "reactions.precision=0.7",
        "background.f1=0.9",
    ];
    for name in [
        "mosque-bombing",
        "hurricane",
        "drone-attack",
        "landslides",
        "mine-blast",
        "camp-strike",
        "disputed-election",
        "train-crash",
    ] {
        let site = common::fixture(name);
        let gold = site.path().join("gold.json");
        assert_scores(&eval, site.path(), &gold, &mins);
    }
}

/// The events of `tests/fixtures/LEDGER.md` (their first runs recorded there) hold the floors
/// in `tests/fixtures/ledger-floors.json`, set just below their scores after the fixes their
/// first runs led to, so no later change loses what was won on them.
#[test]
#[ignore = "needs ../shared/eval: run with `cargo test -- --ignored` (CI does)"]
fn ledger_events_hold_their_floors() {
    let eval = eval_dir();
    let floors: serde_json::Value = serde_json::from_str(&read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ledger-floors.json"),
    ))
    .expect("ledger-floors.json parses");
    let floors = floors["floors"].as_object().expect("a floor per event");
    assert!(floors.len() >= 1091, "every ledger event has floors");
    for (name, f) in floors {
        let f = f.as_object().expect("floors of one event");
        let mins: Vec<String> = f
            .iter()
            .filter(|(k, _)| k.as_str() != "casualties.traps_listed_max")
            .map(|(k, v)| format!("{k}={}", v.as_f64().unwrap_or(0.0)))
            .collect();
        let mins: Vec<&str> = mins.iter().map(String::as_str).collect();
        let site = common::fixture(name);
        let traps = score_with_floors(&eval, site.path(), &site.path().join("gold.json"), &mins);
        let max_traps = f["casualties.traps_listed_max"].as_u64().unwrap_or(0);
        assert!(
            traps <= max_traps,
            "{name}: {traps} non-casualty numbers listed as casualties (at most {max_traps})"
        );
    }
}

/// Builds `site` and scores its export against `gold` with `score.py`, each metric at least
/// its floor and no trap listed as a casualty.
fn assert_scores(eval: &Path, site: &Path, gold: &Path, mins: &[&str]) {
    let traps = score_with_floors(eval, site, gold, mins);
    assert_eq!(
        traps,
        0,
        "{}: a non-casualty number was listed as one",
        gold.display()
    );
}

/// Builds `site`, scores its export against `gold` with every metric at least its floor, and
/// returns how many traps (numbers that are no casualty figure) were listed as casualties.
fn score_with_floors(eval: &Path, site: &Path, gold: &Path, mins: &[&str]) -> u64 {
    let out = brief(site, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut cmd = Command::new("python3");
    cmd.arg(eval.join("score.py"))
        .arg(site.join("public/briefing.json"))
        .arg(gold)
        .arg(site.join("seeds"));
    for m in mins {
        cmd.args(["--min", m]);
    }
    let scored = cmd.output().expect("python3 runs score.py");
    let table = String::from_utf8_lossy(&scored.stdout);
    assert!(
        scored.status.success(),
        "{}: scores below their floor:\n{table}{}",
        gold.display(),
        stderr(&scored)
    );
    table
        .lines()
        .find(|l| l.starts_with("casualties.traps_listed"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|n| n.parse().ok())
        .expect("traps line")
}

/// Builds the seeds and returns the site and the paths of its HTML pages.
fn built_seed_pages() -> (tempfile::TempDir, Vec<String>) {
    let site = seeds_site();
    assert!(brief(site.path(), &["build"]).status.success());
    let public = site.path().join("public");
    let pages: Vec<String> = files(&public)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| public.join(p).display().to_string())
        .collect();
    assert!(pages.len() >= 10);
    (site, pages)
}

#[test]
fn seeds_pages_have_a_doctype_and_working_links() {
    let (site, pages) = built_seed_pages();
    for page in &pages {
        let text = read(page.into());
        assert!(text.starts_with("<!DOCTYPE html>"), "{page}: no doctype");
    }
    check_links(&site.path().join("public"));
}

#[test]
#[ignore = "needs python3 with html5lib: run with `cargo test -- --ignored` (CI does)"]
fn seeds_pages_are_conforming_html5() {
    let (_site, pages) = built_seed_pages();
    let script = "import sys, html5lib\nbad = 0\nfor path in sys.argv[1:]:\n    p = html5lib.HTMLParser(strict=True)\n    try:\n        p.parse(open(path, 'rb').read())\n    except Exception as e:\n        bad += 1\n        print(path, e)\nsys.exit(1 if bad else 0)\n";
    let has_html5lib = Command::new("python3")
        .args(["-c", "import html5lib"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has_html5lib,
        "this test needs html5lib (pip install html5lib), which is missing"
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(&pages)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "pages that are not conforming HTML5:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
