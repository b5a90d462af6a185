//! Helpers for tests that build fixture sites into temporary folders.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Copies `tests/fixtures/<name>` into a fresh temporary folder and returns it.
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    copy_tree(&from, dir.path());
    dir
}

/// A temporary site holding the repository's own seeds and site.toml.
/// Builds a fixture and reads its `briefing.json`; the site stays while the folder lives.
pub fn built_fixture(name: &str) -> (tempfile::TempDir, serde_json::Value) {
    let site = fixture(name);
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = serde_json::from_str(&read(site.path().join("public/briefing.json")))
        .expect("briefing.json is JSON");
    (site, json)
}

pub fn seeds_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(repo.join("site.toml"), dir.path().join("site.toml")).expect("copy site.toml");
    copy_tree(&repo.join("seeds"), &dir.path().join("seeds"));
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let rel = entry.path().strip_prefix(from).expect("inside fixture");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs the `brief` binary with `args` in `dir`.
pub fn brief(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run brief")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).expect("inside").to_path_buf())
        .collect();
    out.sort();
    out
}

/// Checks the built site as `brief check` does (every relative link to a file, every
/// `#fragment` to an id there), and that no page repeats an id.
pub fn check_links(public: &Path) {
    let id = regex::Regex::new(r#"\sid="([^"]+)""#).unwrap();
    let site: Vec<brief::output::SiteFile> = files(public)
        .into_iter()
        .map(|p| brief::output::SiteFile::new(p.clone(), std::fs::read(public.join(&p)).unwrap()))
        .collect();
    for page in site
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
    {
        let text = String::from_utf8_lossy(&page.bytes);
        let mut seen = std::collections::HashSet::new();
        for c in id.captures_iter(&text) {
            assert!(
                seen.insert(c[1].to_string()),
                "{}: duplicate id {}",
                page.path.display(),
                &c[1]
            );
        }
    }
    let (_, broken) = brief::check::check_links(&site);
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// A running `brief serve`, stopped when dropped.
pub struct Server {
    pub child: std::process::Child,
    pub port: u16,
}

impl Server {
    /// Starts `brief serve` for `site` on a free loopback port and waits until it answers.
    pub fn start(site: &Path) -> Server {
        Server::start_with_temp(site, &std::env::temp_dir())
    }

    /// Like `start`, with `temp` as the serve's temporary folder (`TMPDIR`).
    pub fn start_with_temp(site: &Path, temp: &Path) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["serve", "--port", &port.to_string()])
            .env("TMPDIR", temp)
            .current_dir(site)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start brief serve");
        let server = Server { child, port };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "brief serve did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Sends a raw request line (no client-side path normalisation) and returns status and body.
    pub fn raw_get(&self, target: &str) -> (u16, String) {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            s,
            "GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        let code = out
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        let body = out
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (code, body)
    }
}

impl Server {
    /// Sends `signal` (`TERM`, `INT`) and waits up to ten seconds for the server to exit.
    pub fn stop_with(&mut self, signal: &str) -> Option<std::process::ExitStatus> {
        if let Ok(Some(status)) = self.child.try_wait() {
            return Some(status);
        }
        let _ = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .stderr(std::process::Stdio::null())
            .status();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    /// Stopped as a user would (SIGTERM), so it cleans up after itself; killed if it hangs.
    fn drop(&mut self) {
        if self.stop_with("TERM").is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Waits until `check` holds, up to `secs` seconds.
pub fn eventually(secs: u64, mut check: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while std::time::Instant::now() < deadline {
        if check() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

/// Fails the test unless every group of commands has one on PATH. A test that needs a tool is
/// `#[ignore = "needs …"]`, so a plain `cargo test` reports it ignored; `cargo test --
/// --ignored` (as `.ci/run` does) runs it, and then a missing tool is a failure,
/// never a silent pass.
pub fn require_tools(commands: &[&[&str]], what: &str) {
    let has = |cmd: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {cmd}"))
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let present = commands
        .iter()
        .all(|alternatives| alternatives.iter().any(|c| has(c)));
    assert!(
        present,
        "this test needs {what}, which is not installed (.ci/run installs it)"
    );
}

/// Asserts none of `junk` is left in a source's paragraphs of an export.
pub fn assert_junk_gone(source: &serde_json::Value, junk: &[&str]) {
    let kept: Vec<&str> = source["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default())
        .collect();
    for j in junk {
        assert!(kept.iter().all(|p| !p.contains(j)), "{j} kept: {kept:#?}");
    }
}

/// The exported source read from `seeds/<file>`.
pub fn source_by_file<'a>(json: &'a serde_json::Value, file: &str) -> &'a serde_json::Value {
    let sources = json["sources"].as_array().expect("sources");
    sources
        .iter()
        .find(|s| s["file"] == format!("seeds/{file}"))
        .unwrap_or_else(|| panic!("no source from seeds/{file}"))
}

/// The first statement of `actor` in an export.
pub fn reaction_by<'a>(json: &'a serde_json::Value, actor: &str) -> &'a serde_json::Value {
    let reactions = json["reactions"].as_array().expect("reactions");
    reactions
        .iter()
        .find(|r| r["actor"] == actor)
        .unwrap_or_else(|| panic!("no statement by {actor}: {reactions:#?}"))
}

/// The casualty claim whose sentence holds `words`.
pub fn claim_with<'a>(json: &'a serde_json::Value, words: &str) -> &'a serde_json::Value {
    let casualties = json["casualties"].as_array().expect("casualties");
    casualties
        .iter()
        .find(|c| c["sentence"].as_str().unwrap_or_default().contains(words))
        .unwrap_or_else(|| panic!("no claim in \"{words}\": {casualties:#?}"))
}
