//! Real-browser tests: headless Chromium driven over WebDriver (Debian's chromedriver, which
//! `.ci/run` installs). A served page reloads by itself when a seed changes; the search page
//! finds what is in the briefing.

mod common;

use std::fs;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{brief, eventually, fixture, read, Server};
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
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --include-ignored` (CI does)"]
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
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --include-ignored` (CI does)"]
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
#[ignore = "needs chromium and chromedriver: run with `cargo test -- --include-ignored` (CI does)"]
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
