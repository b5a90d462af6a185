//! The print edition and its PDF: built from the seeds by headless Chromium and checked the
//! way a reader would check paper — every section and publisher there, page numbers, nothing
//! off the page, references that lead to appendix paragraphs.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{brief, fixture, read, seeds_site, stderr};

/// Chromium and poppler are needed; the tests needing them are ignored by default and fail
/// without them when run.
fn require_tools() {
    common::require_tools(
        &[
            &["chromium", "chromium-browser", "google-chrome"],
            &["pdftotext"],
            &["pdfinfo"],
        ],
        "chromium and poppler-utils",
    );
}

fn pdftotext(pdf: &Path, extra: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(extra)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed: {}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdfinfo(pdf: &Path) -> String {
    String::from_utf8_lossy(
        &Command::new("pdfinfo")
            .arg(pdf)
            .output()
            .expect("pdfinfo runs")
            .stdout,
    )
    .into_owned()
}

#[test]
#[ignore = "needs chromium and poppler-utils: run with `cargo test -- --ignored` (CI does)"]
fn seeds_pdf_has_every_section_publisher_and_page_number() {
    require_tools();
    let site = seeds_site();
    let out = brief(site.path(), &["pdf", "--output", "briefing.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = site.path().join("briefing.pdf");
    let text = pdftotext(&pdf, &["-layout"]);
    for heading in [
        "Contents",
        "Summary",
        "Casualties",
        "Reactions",
        "Background",
        "References",
        "The sources",
    ] {
        assert!(
            text.contains(heading),
            "section {heading} missing from the PDF"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    for s in json["sources"].as_array().unwrap() {
        let publisher = s["publisher"].as_str().unwrap_or("Unknown publisher");
        assert!(
            text.contains(publisher),
            "publisher {publisher} missing from the PDF"
        );
    }
    let pages: usize = pdfinfo(&pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap();
    assert!(pages > 5);
    assert!(
        text.contains(&format!("Page 2 of {pages}"))
            && text.contains(&format!("Page {pages} of {pages}")),
        "page numbers missing"
    );
    assert!(
        pdfinfo(&pdf).contains("Title:           Azerbaijan"),
        "the PDF is titled with the briefing's title"
    );
}

#[test]
#[ignore = "needs chromium and poppler-utils: run with `cargo test -- --ignored` (CI does)"]
fn seeds_pdf_keeps_all_text_inside_the_page() {
    require_tools();
    let site = seeds_site();
    assert!(brief(site.path(), &["pdf"]).status.success());
    let bbox = pdftotext(&site.path().join("public/briefing.pdf"), &["-bbox"]);
    let page_re = regex::Regex::new(r#"<page width="([\d.]+)" height="([\d.]+)">"#).unwrap();
    let word_re = regex::Regex::new(r#"<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>"#).unwrap();
    let mut words = 0;
    for page in bbox.split("</page>") {
        let Some(size) = page_re.captures(page) else {
            continue;
        };
        let (w, h): (f64, f64) = (size[1].parse().unwrap(), size[2].parse().unwrap());
        for word in word_re.captures_iter(page) {
            let v: Vec<f64> = (1..=4).map(|i| word[i].parse().unwrap()).collect();
            assert!(
                v[0] >= 0.0 && v[1] >= 0.0 && v[2] <= w && v[3] <= h,
                "word {:?} outside the {w}x{h} page at {v:?}",
                &word[5]
            );
            words += 1;
        }
    }
    assert!(
        words > 1000,
        "expected the whole briefing in the PDF, found {words} words"
    );
}

/// The print edition's references as `briefing.json` gives them: every paragraph a claim or
/// the summary cites, numbered source by source (in `sources` order), paragraph by paragraph.
fn references(json: &serde_json::Value) -> Vec<(String, String)> {
    let sources: Vec<&str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    let cites = ["casualties", "reactions", "background"]
        .iter()
        .flat_map(|list| json[list].as_array().unwrap())
        .chain(json["event"]["summary"].as_array().unwrap());
    let mut refs: Vec<(usize, usize, String, String)> = cites
        .map(|c| {
            let (source, block) = (c["source"].as_str().unwrap(), c["block"].as_str().unwrap());
            let at = sources.iter().position(|s| *s == source).unwrap();
            let number = block[1..].parse().unwrap();
            (at, number, source.to_string(), block.to_string())
        })
        .collect();
    refs.sort();
    refs.dedup();
    refs.into_iter().map(|(_, _, s, b)| (s, b)).collect()
}

#[test]
fn every_reference_number_leads_to_an_appendix_paragraph() {
    let site = seeds_site();
    assert!(brief(site.path(), &["build"]).status.success());
    let print = read(site.path().join("public/print.html"));
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let refs = references(&json);
    assert!(refs.len() > 20);
    for (n, (source, block)) in refs.iter().enumerate() {
        let n = n + 1;
        let anchor = format!("id=\"r{n}\"");
        let at = print.find(&anchor).unwrap_or_else(|| {
            panic!("reference {n} ({source} {block}): no appendix paragraph {anchor}")
        });
        let section = print
            .find(&format!("id=\"a-{source}\""))
            .unwrap_or_else(|| panic!("no appendix section for {source}"));
        assert!(
            section < at && !print[section..at].contains("<section"),
            "reference {n}'s paragraph is not in {source}'s section"
        );
        let paragraph = &print[at..at + print[at..].find("</p>").unwrap()];
        assert!(
            paragraph.contains(&format!("[{n}]")),
            "appendix paragraph of reference {n} does not carry its number"
        );
        let entry = print
            .find(&format!("<a id=\"ref-{n}\""))
            .map(|at| &print[at..at + print[at..].find("</a>").unwrap_or(0)]);
        assert!(
            entry.is_some_and(|e| e.ends_with(&format!(">[{n}] ¶{}", &block[1..]))),
            "reference {n} not in the list: {entry:?}"
        );
    }
    let cited = regex::Regex::new(r##"<a class="ref" href="#(r[0-9]+)""##).unwrap();
    let uses: Vec<_> = cited.captures_iter(&print).collect();
    assert!(uses.len() > 50, "statements carry references");
    for u in uses {
        assert!(
            print.contains(&format!("id=\"{}\"", &u[1])),
            "reference to missing paragraph {}",
            &u[1]
        );
    }
}

#[test]
#[ignore = "needs chromium and poppler-utils: run with `cargo test -- --ignored` (CI does)"]
fn print_config_writes_the_pdf_on_build_and_takes_letter_paper() {
    require_tools();
    let site = fixture("flood");
    let config = read(site.path().join("site.toml")).replace(
        "[event]",
        "[print]\npdf = true\npaper = \"Letter\"\n\n[event]",
    );
    fs::write(site.path().join("site.toml"), config).unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = site.path().join("public/briefing.pdf");
    assert!(
        pdfinfo(&pdf).contains("612 x 792 pts (letter)"),
        "{}",
        pdfinfo(&pdf)
    );
    assert!(read(site.path().join("public/.brief-output")).contains("briefing.pdf"));
    assert!(read(site.path().join("public/index.html")).contains("briefing.pdf"));
}

#[test]
fn pdf_without_a_browser_says_how_to_install_one() {
    let site = fixture("flood");
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("pdf")
        .current_dir(site.path())
        .env("PATH", "/nonexistent")
        .env_remove("BRIEF_BROWSER")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("install Chromium") && err.contains("--browser"),
        "{err}"
    );
    assert!(
        !site.path().join("public").exists(),
        "nothing is written when the PDF cannot be made"
    );
}

#[test]
#[ignore = "needs chromium and poppler-utils; run with `cargo test -- --ignored`"]
fn contents_page_numbers_are_the_pages_their_headings_are_on() {
    require_tools();
    let site = seeds_site();
    let out = brief(site.path(), &["pdf", "--output", "briefing.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = site.path().join("briefing.pdf");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let page_text = |n: usize| {
        words(&pdftotext(
            &pdf,
            &["-layout", "-f", &n.to_string(), "-l", &n.to_string()],
        ))
    };
    let contents = pdftotext(&pdf, &["-layout", "-f", "2", "-l", "2"]);
    assert!(
        contents.contains("Contents"),
        "page 2 is not the contents:\n{contents}"
    );
    // "1    Summary ....    3" and "A1   Guardian: Azerbaijan launches …   19".
    let entry = regex::Regex::new(r"(?m)^\s*(\d|A\d*)\s{2,}(\S.*?)\s{2,}(\d+)\s*$").unwrap();
    let entries: Vec<(String, String, usize)> = entry
        .captures_iter(&contents)
        .map(|c| (c[1].to_string(), c[2].to_string(), c[3].parse().unwrap()))
        .collect();
    let sources = fs::read_dir(site.path().join("seeds")).unwrap().count();
    assert_eq!(
        entries.len(),
        6 + sources,
        "every entry numbered:\n{contents}"
    );
    for (mark, title, page) in &entries {
        // A source's heading is its headline; its contents entry puts the publisher first.
        let headline = title.split_once(": ").map_or(title.as_str(), |(_, t)| t);
        let opening: Vec<&str> = headline.split_whitespace().take(3).collect();
        let heading = format!("{mark} {}", opening.join(" "));
        assert!(
            page_text(*page).contains(&heading),
            "contents says {heading:?} is on page {page}, but it is not there"
        );
        // Page 2 is the contents itself; before it, the heading starts nowhere.
        if *page > 3 {
            assert!(
                !page_text(page - 1).contains(&heading),
                "{heading:?} already starts on page {}",
                page - 1
            );
        }
    }
}
