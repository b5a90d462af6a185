//! `brief check`: everything a build does, without writing, plus a check that every internal
//! link and anchor of the rendered site resolves.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use anyhow::Result;
use regex::Regex;

use crate::build::{build_in_memory, BuildOptions};
use crate::diag::Warning;
use crate::output::SiteFile;

/// What `brief check` found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub sources: usize,
    pub skipped: usize,
    pub pages: usize,
    pub links: usize,
    pub broken: Vec<String>,
    pub warnings: Vec<Warning>,
}

impl CheckReport {
    /// Broken links are errors; warnings are not.
    pub fn ok(&self) -> bool {
        self.broken.is_empty()
    }
}

/// Builds in memory and checks the result.
pub fn check_site(opts: &BuildOptions) -> Result<CheckReport> {
    let built = build_in_memory(opts)?;
    let (links, broken) = check_links(&built.files);
    Ok(CheckReport {
        sources: built.sources(),
        skipped: built.skipped(),
        pages: built.files.iter().filter(|f| is_html(&f.path)).count(),
        links,
        broken,
        warnings: built.warnings(),
    })
}

static LINK_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:href|src)="([^"]*)""#).expect("pattern"));
static ID_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"\sid="([^"]+)""#).expect("pattern"));

fn is_html(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "html")
}

/// Checks every relative link of every page against the site's files and every `#fragment`
/// against the ids of its target. Returns how many links were checked and the broken ones.
pub fn check_links(files: &[SiteFile]) -> (usize, Vec<String>) {
    let paths: HashSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    let ids: HashMap<PathBuf, HashSet<String>> = files
        .iter()
        .filter(|f| is_html(&f.path))
        .map(|f| {
            let text = String::from_utf8_lossy(&f.bytes);
            (
                f.path.clone(),
                ID_RE
                    .captures_iter(&text)
                    .map(|c| c[1].to_string())
                    .collect(),
            )
        })
        .collect();
    let mut checked = 0;
    let mut broken = Vec::new();
    for page in files.iter().filter(|f| is_html(&f.path)) {
        let text = String::from_utf8_lossy(&page.bytes);
        for cap in LINK_RE.captures_iter(&text) {
            let link = &cap[1];
            if link.is_empty()
                || link.contains("://")
                || link.starts_with("mailto:")
                || link.starts_with("data:")
            {
                continue;
            }
            checked += 1;
            let (path, fragment) = link.split_once('#').unwrap_or((link, ""));
            let path = path.split('?').next().unwrap_or(path);
            let target = if path.is_empty() {
                Some(page.path.clone())
            } else {
                resolve(&page.path, path)
            };
            let target = target.map(|t| {
                if paths.contains(&t.join("index.html")) {
                    t.join("index.html")
                } else {
                    t
                }
            });
            match target {
                Some(t) if paths.contains(&t) => {
                    if !fragment.is_empty()
                        && !ids.get(&t).is_some_and(|set| set.contains(fragment))
                    {
                        broken.push(format!(
                            "{}: {link} (no element with id {fragment:?})",
                            page.path.display()
                        ));
                    }
                }
                _ => broken.push(format!("{}: {link} (no such file)", page.path.display())),
            }
        }
    }
    (checked, broken)
}

/// A link relative to a page, as a path from the site root; `None` if it leaves the site.
fn resolve(page: &Path, link: &str) -> Option<PathBuf> {
    let mut out = if link.starts_with('/') {
        PathBuf::new()
    } else {
        page.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    for c in Path::new(link.trim_start_matches('/')).components() {
        match c {
            Component::ParentDir if !out.pop() => return None,
            Component::ParentDir => {}
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, html: &str) -> SiteFile {
        SiteFile::new(path, html)
    }

    #[test]
    fn working_links_and_anchors_pass() {
        let files = [
            file(
                "index.html",
                r##"<a href="sources/a/index.html#p2">x</a><a href="#top">t</a><p id="top"></p>"##,
            ),
            file(
                "sources/a/index.html",
                r#"<p id="p2"></p><a href="../../index.html">home</a>"#,
            ),
        ];
        assert_eq!(check_links(&files), (3, vec![]));
    }

    #[test]
    fn missing_pages_and_anchors_are_reported() {
        let files = [file(
            "index.html",
            r##"<a href="nope.html">x</a><a href="#gone">y</a><a href="../../etc/passwd">z</a>"##,
        )];
        let (n, broken) = check_links(&files);
        assert_eq!(n, 3);
        assert_eq!(broken.len(), 3, "{broken:?}");
    }
}
