//! What a reader sees in the summaries: each incident's chart holds its own figures; a toll
//! that rises from report to report is an update, not a dispute; an agency's copy reprinted by
//! several outlets is counted once.

mod common;

use common::{brief, read, seeds_site, stderr};

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
    let bar_label = regex::Regex::new(r"<g [^>]*><title>([^<]+)</title>").unwrap();
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
