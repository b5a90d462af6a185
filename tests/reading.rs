//! What a reader sees in the summaries: each incident's chart holds its own figures; a toll
//! that rises from report to report is an update, not a dispute; an agency's copy reprinted by
//! several outlets is counted once.

mod common;

use std::fs;

use common::{brief, built_fixture, fixture, read, seeds_site, stderr};

/// The casualties page of the repository's seeds, built.
fn seeds_casualties_page() -> (tempfile::TempDir, String) {
    let site = seeds_site();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(site.path().join("public/casualties/index.html"));
    (site, html)
}

/// Each incident's section of the casualties page.
fn incident_sections(html: &str) -> Vec<&str> {
    html.split("<section class=\"incident\"").skip(1).collect()
}

#[test]
fn each_incident_chart_draws_only_that_incidents_figures() {
    let (_site, html) = seeds_casualties_page();
    let sections = incident_sections(&html);
    assert!(sections.len() >= 2, "the seeds have two incidents");
    // A row of bars is a bare `<g>`: its label's lines, then its bars.
    let bar_label = regex::Regex::new(r"<g><(?:title|text[^>]*)>([^<]+)</").unwrap();
    let mut charts = 0;
    for section in sections {
        let section = section.split("</section>").next().unwrap_or(section);
        let Some(svg) = section.split("<svg").nth(1) else {
            continue;
        };
        charts += 1;
        let table = section.split("<tbody>").nth(1).unwrap_or("");
        let rows = table
            .split("</tbody>")
            .next()
            .unwrap_or("")
            .matches("<tr>")
            .count();
        let bars: Vec<&str> = bar_label
            .captures_iter(svg)
            .map(|c| c.get(1).map_or("", |m| m.as_str()))
            .collect();
        assert_eq!(
            bars.len(),
            rows,
            "a chart with other than its incident's {rows} figures: {bars:?}"
        );
    }
    assert!(
        charts >= 2,
        "one chart per incident with figures to compare"
    );
}

#[test]
fn a_toll_rising_from_report_to_report_is_an_update_not_a_dispute() {
    let (site, json) = built_fixture("rising-toll");
    let inc = &json["incidents"][0];
    assert_eq!(inc["killed_disagree"], false, "{inc}");
    let values: Vec<u64> = inc["killed_over_time"]
        .as_array()
        .expect("a toll over time")
        .iter()
        .map(|p| p["value"].as_u64().unwrap())
        .collect();
    assert_eq!(values, [3, 12, 27]);
    assert_eq!(inc["killed_latest"], 27);
    let html = read(site.path().join("public/casualties/index.html"));
    assert!(
        html.contains("The toll rose as reports came in"),
        "no update note"
    );
    assert!(
        html.contains("class=\"chart toll-chart\""),
        "no toll-over-time line"
    );
    assert!(
        !html.contains("The figures disagree"),
        "an update shown as a dispute"
    );
    let index = read(site.path().join("public/index.html"));
    assert!(
        index.contains("2024-03-04 15:40"),
        "the sources' times are shown"
    );
}

#[test]
fn different_tolls_of_the_same_moment_still_disagree() {
    let site = fixture("rising-toll");
    // The same three reports, all of one day with no clock: nothing orders them.
    let day_only = regex::Regex::new(r#"date = "(\d{4}-\d\d-\d\d)[^"]*""#).unwrap();
    for seed in fs::read_dir(site.path().join("seeds")).unwrap() {
        let path = seed.unwrap().path();
        let text = read(path.clone());
        fs::write(
            &path,
            day_only.replace(&text, r#"date = "2024-03-04""#).as_ref(),
        )
        .unwrap();
    }
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let inc = &json["incidents"][0];
    assert_eq!(inc["killed_disagree"], true, "{inc}");
    assert_eq!(inc["killed_over_time"], serde_json::json!([]));
    let html = read(site.path().join("public/casualties/index.html"));
    assert!(html.contains("The figures disagree"));
}

#[test]
fn an_agency_copy_printed_by_two_outlets_is_counted_once() {
    let (site, json) = built_fixture("wire-copy");
    let inc = &json["incidents"][0];
    let reported = inc["reported_by"].as_str().unwrap();
    assert!(
        reported.starts_with("reported by 2 of 2 sources"),
        "three sources, two of them one copy: {reported}"
    );
    assert!(
        reported.contains("the 2 that carry the same Reuters copy once"),
        "{reported}"
    );
    assert_eq!(
        inc["copies"][0]["publishers"],
        serde_json::json!(["Reuters", "The Harbour Times"])
    );
    let html = read(site.path().join("public/casualties/index.html"));
    assert!(html.contains("the same Reuters copy"), "the page says so");
}

#[test]
fn a_chart_label_cut_short_keeps_the_whole_label_as_a_tooltip() {
    let (_site, html) = seeds_casualties_page();
    let row = regex::Regex::new(r"<g>(<title>[^<]+</title>)?((?:<text [^>]*>[^<]*</text>)+)<rect")
        .unwrap();
    let rows: Vec<_> = row.captures_iter(&html).collect();
    assert!(rows.len() >= 4, "the seeds' charts have rows");
    for r in rows {
        let cut = r[2].contains('…');
        assert_eq!(r.get(1).is_some(), cut, "{}", &r[0]);
    }
}
