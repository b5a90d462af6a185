//! The PDF edition: `print.html` printed by a headless Chromium-family browser.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// Browser commands tried, in order, on `PATH`.
pub const BROWSER_NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// The environment variable naming a browser, like `--browser`.
pub const BROWSER_ENV: &str = "BRIEF_BROWSER";

/// How long one print may take before it is abandoned.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// The browser to print with: `explicit` (from `--browser`), else `$BRIEF_BROWSER`, else the
/// first of `BROWSER_NAMES` on `PATH`.
pub fn find_browser(explicit: Option<&Path>) -> Result<PathBuf> {
    let named = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(BROWSER_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(path) = named {
        let found = if path.components().count() > 1 {
            path.is_file().then_some(path.clone())
        } else {
            on_path(&path.to_string_lossy())
        };
        return found.with_context(|| format!("the browser {} does not exist", path.display()));
    }
    BROWSER_NAMES.iter().find_map(|n| on_path(n)).context(
        "no headless browser found to print the PDF: install Chromium (for example `apt-get install chromium`) or name one with --browser PATH or BRIEF_BROWSER",
    )
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// Prints `html` to `pdf` with `browser`, headless and without the browser's own header and
/// footer (the print stylesheet sets them).
pub fn print_to_pdf(browser: &Path, html: &Path, pdf: &Path) -> Result<()> {
    let html =
        std::fs::canonicalize(html).with_context(|| format!("finding {}", html.display()))?;
    let profile = tempfile_dir()?;
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(file_url(&html))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", browser.display()))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().context("waiting for the browser")? {
            break status;
        }
        if started.elapsed() > PRINT_TIMEOUT {
            let _ = child.kill();
            let _ = std::fs::remove_dir_all(&profile);
            bail!(
                "{} did not finish printing within {} s",
                browser.display(),
                PRINT_TIMEOUT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = std::fs::remove_dir_all(&profile);
    let size = std::fs::metadata(pdf).map(|m| m.len()).unwrap_or(0);
    if !status.success() || size == 0 {
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut e, &mut err);
        }
        let last = err
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or("no output");
        bail!(
            "{} could not print {} ({status}): {last}",
            browser.display(),
            html.display()
        );
    }
    Ok(())
}

/// A fresh browser profile folder, so prints never share state.
fn tempfile_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "brief-browser-{}-{}",
        std::process::id(),
        Instant::now().elapsed().as_nanos()
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// A `file://` URL for an absolute path, with the characters URLs reserve escaped.
fn file_url(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_escape_spaces_and_accents() {
        assert_eq!(
            file_url(Path::new("/tmp/a b/é.html")),
            "file:///tmp/a%20b/%C3%A9.html"
        );
    }

    #[test]
    fn a_named_browser_that_does_not_exist_is_an_error() {
        let err = find_browser(Some(Path::new("/nonexistent/chromium"))).unwrap_err();
        assert!(err.to_string().contains("does not exist"));
    }
}
