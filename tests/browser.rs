//! Real-browser tests: headless Chromium driven over WebDriver (Debian's chromedriver, which
//! `.ci/run` installs). A served page reloads by itself when a seed changes; the search page
//! finds what is in the briefing.

mod common;

use std::fs;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{brief, eventually, files, fixture, read, seeds_site, stderr, Server};
use serde_json::{json, Value};

/// A WebDriver session in headless Chromium.
struct Browser {
    driver: Child,
    base: String,
    session: String,
}

impl Browser {
    /// Starts chromedriver and a headless session; fails where the tools are missing.
    fn start() -> Browser {
        common::require_tools(
            &[&["chromedriver"], &["chromium"]],
            "chromium and chromedriver",
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        assert!(
            eventually(20, || ureq::get(format!("{base}/status")).call().is_ok()),
            "chromedriver did not start"
        );
        let profile = tempfile::tempdir().unwrap().keep();
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display())]
        }}}});
        let mut resp = ureq::post(format!("{base}/session"))
            .send_json(&caps)
            .expect("create a WebDriver session");
        let body: Value = resp.body_mut().read_json().unwrap();
        let session = body["value"]["sessionId"]
            .as_str()
            .expect("session id")
            .to_string();
        Browser {
            driver,
            base,
            session,
        }
    }

    fn post(&self, path: &str, body: Value) -> Value {
        let mut resp = ureq::post(format!("{}/session/{}/{path}", self.base, self.session))
            .send_json(&body)
            .expect("WebDriver command");
        resp.body_mut().read_json::<Value>().unwrap()["value"].clone()
    }

    fn goto(&self, url: &str) {
        self.post("url", json!({ "url": url }));
    }

    /// Makes the page a phone's (or tablet's) of `width` CSS pixels, through the DevTools
    /// protocol: a headless window cannot be made that narrow.
    fn resize(&self, width: u32) {
        self.post(
            "goog/cdp/execute",
            json!({ "cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": width, "height": 844, "deviceScaleFactor": 1, "mobile": width < 1000 } }),
        );
    }

    /// Runs `script` in the page and returns its result.
    fn eval(&self, script: &str) -> Value {
        self.post("execute/sync", json!({ "script": script, "args": [] }))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = ureq::delete(format!("{}/session/{}", self.base, self.session)).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn a_served_page_reloads_itself_when_a_seed_changes() {
    let browser = Browser::start();
    let site = fixture("flood");
    let server = Server::start(site.path());
    browser.goto(&server.url("/sources/flood/"));
    let text = || {
        browser
            .eval("return document.body.innerText")
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert!(text().contains("Floods cut off towns"), "{}", text());
    // Mark this page load; a reload clears the mark.
    browser.eval("window.__briefMark = 1; return true");
    std::thread::sleep(Duration::from_millis(300));
    let seed = site.path().join("seeds/flood.txt");
    fs::write(
        &seed,
        read(seed.clone())
            + "\nThe army opened a second shelter in the school on Saturday, the mayor said.\n",
    )
    .unwrap();
    let reloaded = eventually(15, || text().contains("second shelter in the school"));
    assert!(reloaded, "the page did not show the change: {}", text());
    assert!(
        browser
            .eval("return window.__briefMark === undefined")
            .as_bool()
            .unwrap(),
        "the page changed without a reload"
    );
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn a_failed_build_shows_an_overlay_and_fixing_it_recovers() {
    let browser = Browser::start();
    let site = fixture("flood");
    let server = Server::start(site.path());
    browser.goto(&server.url("/"));
    std::thread::sleep(Duration::from_millis(300));
    let good = read(site.path().join("site.toml"));
    fs::write(site.path().join("site.toml"), "title = \"oops\n").unwrap();
    let overlay = || {
        browser.eval("var o = document.getElementById('brief-error-overlay'); return o ? o.textContent : ''").as_str().unwrap_or("").to_string()
    };
    assert!(
        eventually(15, || overlay().contains("site.toml:1:")),
        "no error overlay: {}",
        overlay()
    );
    fs::write(
        site.path().join("site.toml"),
        good.replace("Floods", "Floods and landslides"),
    )
    .unwrap();
    assert!(
        eventually(15, || browser
            .eval("return document.title")
            .as_str()
            .unwrap_or("")
            .contains("Floods and landslides")),
        "no recovery"
    );
    assert!(overlay().is_empty());
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn search_finds_people_and_figures_from_a_file_url() {
    let browser = Browser::start();
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let page = site.path().join("public/search/index.html");
    browser.goto(&format!("file://{}?q=Weber", page.display()));
    let results = || {
        browser.eval("return Array.from(document.querySelectorAll('#search-results li')).map(function (li) { return li.innerText; })")
    };
    assert!(
        eventually(10, || results().as_array().is_some_and(|r| !r.is_empty())),
        "no results"
    );
    let found: Vec<String> = results()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(found.iter().any(|r| r.contains("Anna Weber")), "{found:?}");
    // Her statement is found as a summary entry too, its text read from the paragraph it
    // quotes (the index holds each text once).
    let statements = browser.eval("return Array.from(document.querySelectorAll('#search-results li.kind-reaction p')).map(function (p) { return p.textContent; })");
    assert!(
        statements
            .as_array()
            .is_some_and(|s| s.iter().any(|t| t.as_str().is_some_and(|t| t.len() > 20))),
        "{statements}"
    );
    // Typing a new query updates the results, and links lead into the site.
    browser.eval("var q = document.getElementById('search-q'); q.value = 'Red Crescent trucks'; q.dispatchEvent(new Event('input')); return true");
    assert!(eventually(10, || results().as_array().is_some_and(|r| r
        .iter()
        .any(|x| x.as_str().unwrap_or("").contains("40 trucks")))));
    let href = browser
        .eval("return document.querySelector('#search-results a').href")
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        href.starts_with("file://") && href.contains("/public/sources/"),
        "{href}"
    );
    let status = browser.eval("return document.getElementById('search-status').textContent");
    assert!(status.as_str().unwrap().contains("result"), "{status}");
}

/// The elements that stick out past the right edge of the viewport (outside any box that
/// scrolls on its own), and the document's width against the viewport's.
const OVERFLOW: &str = r#"
var vw = document.documentElement.clientWidth;
function scrolls(el) {
  for (var p = el.parentElement; p; p = p.parentElement) {
    var o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
  }
  return false;
}
var out = [];
document.querySelectorAll('body *').forEach(function (el) {
  var r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > vw + 1 && !scrolls(el)) {
    out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + Math.round(r.right));
  }
});
return { scroll: document.documentElement.scrollWidth, viewport: vw, inner: window.innerWidth, wide: out.slice(0, 8) };
"#;

/// Every page of `public` is no wider than a screen of `width` px.
fn assert_no_page_overflows(browser: &Browser, public: &std::path::Path, width: u32) {
    browser.resize(width);
    let pages: Vec<_> = files(public)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(pages.len() > 5, "{pages:?}");
    let mut wide = Vec::new();
    for page in &pages {
        browser.goto(&format!("file://{}", public.join(page).display()));
        let m = browser.eval(OVERFLOW);
        // `viewport` leaves out a desktop's scroll bar; the window itself is `width` wide.
        assert_eq!(m["inner"], width, "the window is not {width} px wide");
        if m["scroll"].as_u64() > m["viewport"].as_u64() {
            wide.push(format!(
                "{}: {} px wide, {}",
                page.display(),
                m["scroll"],
                m["wide"]
            ));
        }
    }
    assert!(
        wide.is_empty(),
        "pages wider than {width} px:\n{}",
        wide.join("\n")
    );
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn every_page_of_the_seeds_fits_a_phone_a_tablet_and_a_desktop() {
    let browser = Browser::start();
    let site = seeds_site();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for width in [390, 768, 1280] {
        assert_no_page_overflows(&browser, &site.path().join("public"), width);
    }
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn a_toll_over_time_fits_a_phone_at_390_px() {
    let browser = Browser::start();
    let site = fixture("rising-toll");
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_page_overflows(&browser, &site.path().join("public"), 390);
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn every_page_of_a_fixture_with_long_names_fits_a_phone_at_390_px() {
    let browser = Browser::start();
    let site = fixture("quake");
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_page_overflows(&browser, &site.path().join("public"), 390);
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn every_page_in_the_wire_theme_fits_a_phone_at_390_px() {
    let browser = Browser::start();
    let site = seeds_site();
    let toml = read(site.path().join("site.toml"));
    let themed = toml.replace("theme = \"default\"", "theme = \"wire\"");
    assert!(themed.contains("theme = \"wire\""), "{themed}");
    fs::write(site.path().join("site.toml"), themed).unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_page_overflows(&browser, &site.path().join("public"), 390);
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn every_cited_statement_shows_one_marker() {
    let browser = Browser::start();
    let site = seeds_site();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for page in [
        "casualties/index.html",
        "reactions/index.html",
        "background/index.html",
    ] {
        browser.goto(&format!(
            "file://{}",
            site.path().join("public").join(page).display()
        ));
        let markers = browser.eval(
            "return Array.from(document.querySelectorAll('.statements > li, .sentences > li')).map(function (li) {
               var bullet = getComputedStyle(li).listStyleType !== 'none';
               var before = getComputedStyle(li, '::before').content;
               var inner = Array.from(li.children).filter(function (child) {
                 var c = getComputedStyle(child, '::before').content;
                 return c !== 'none' && c !== 'normal';
               }).length;
               return (bullet ? 1 : 0) + (before !== 'none' && before !== 'normal' ? 1 : 0) + inner;
             })",
        );
        let counts = markers.as_array().expect("a list");
        assert!(!counts.is_empty(), "{page}: no statements");
        assert!(
            counts.iter().all(|n| n == 1),
            "{page}: statements with other than one marker: {counts:?}"
        );
    }
}

#[test]
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --ignored` (CI does)"]
fn chart_labels_stay_inside_their_chart_on_a_phone_and_a_desktop() {
    let browser = Browser::start();
    let site = seeds_site();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for width in [390, 1280] {
        browser.resize(width);
        for page in [
            "casualties/index.html",
            "background/index.html",
            "print.html",
        ] {
            browser.goto(&format!(
                "file://{}",
                site.path().join("public").join(page).display()
            ));
            let cut = browser.eval(
                "var out = [], n = 0;
                 document.querySelectorAll('svg.chart').forEach(function (svg) {
                   var box = svg.viewBox.baseVal;
                   svg.querySelectorAll('text').forEach(function (t) {
                     n++;
                     var b = t.getBBox();
                     if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) out.push(t.textContent);
                   });
                 });
                 return { n: n, cut: out };",
            );
            assert!(cut["n"].as_u64().unwrap_or(0) > 0, "{page}: no chart text");
            assert_eq!(cut["cut"], json!([]), "{page} at {width} px: labels cut");
        }
    }
}
