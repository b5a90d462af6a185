//! `brief build --explain`: the statements each attribution sieve found, and how many of them
//! an annotation lists.

mod common;
use common::*;

/// The table's rows: sieve name → (found, annotated as written).
fn table_rows(stdout: &str) -> Vec<(String, usize, String)> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with("sieve "))
        .skip(1)
        .map_while(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            let found = cells.get(1)?.parse().ok()?;
            Some((cells[0].to_string(), found, cells.get(2)?.to_string()))
        })
        .collect()
}

fn reactions_in(site: &std::path::Path) -> usize {
    let json: serde_json::Value =
        serde_json::from_str(&read(site.join("public/briefing.json"))).expect("briefing.json");
    json["reactions"].as_array().expect("reactions").len()
}

#[test]
fn explain_names_every_sieve_and_its_counts_sum_to_the_statements() {
    let site = fixture("cyclone-b");
    let out = brief(site.path(), &["build", "--explain"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let rows = table_rows(&stdout);
    for sieve in brief::extract::speakers::Sieve::ALL {
        assert!(
            rows.iter().any(|(name, _, _)| name == sieve.name()),
            "no row for {}:\n{stdout}",
            sieve.name()
        );
    }
    let statements = reactions_in(site.path());
    let per_sieve: usize = rows
        .iter()
        .filter(|(name, _, _)| name != "all")
        .map(|(_, found, _)| found)
        .sum();
    assert!(statements > 0, "{stdout}");
    assert_eq!(per_sieve, statements, "{stdout}");
    // Measured against the fixture's gold.json, beside its seeds.
    let all = rows.iter().find(|(name, _, _)| name == "all");
    let annotated = all.and_then(|(_, _, a)| a.parse::<usize>().ok());
    assert!(
        all.is_some_and(|(_, found, _)| *found == statements)
            && annotated.is_some_and(|a| a <= statements),
        "{stdout}"
    );
}

#[test]
fn explain_gold_measures_against_the_annotation_given() {
    let site = fixture("cyclone-b");
    let empty = site.path().join("empty-gold.json");
    std::fs::write(&empty, r#"{"reactions": []}"#).expect("write annotation");
    let out = brief(
        site.path(),
        &[
            "build",
            "--explain-gold",
            empty.to_str().expect("UTF-8 path"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let statements = reactions_in(site.path());
    assert!(
        table_rows(&stdout).contains(&("all".into(), statements, "0".into())),
        "{stdout}"
    );
    let unlisted = stdout
        .lines()
        .skip_while(|l| *l != "not in the annotation:")
        .skip(1)
        .count();
    assert_eq!(unlisted, statements, "{stdout}");
}
