//! `static/`: files copied as they are into the output (images, a logo, a PDF an analyst
//! attaches), as in Zola and Hugo. A static file may not take the place of a page or asset
//! brief generates: both would be written to one path, so the build stops naming both.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::output::{FileSink, SiteFile};

/// The folder beside `site.toml` whose files are copied unchanged.
pub const STATIC_DIR: &str = "static";

/// Every regular file under `<root>/static`, relative to it, in name order. Symbolic links
/// are not followed, so nothing outside the folder is copied by way of one.
pub fn load_static_files(root: &Path) -> Result<Vec<SiteFile>> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&dir)
            .with_context(|| format!("{} is outside {}", entry.path().display(), dir.display()))?;
        if rel == Path::new(crate::output::MARKER) {
            bail!(
                "{STATIC_DIR}/{} would take the place of the file brief marks its output folder with; remove it",
                crate::output::MARKER
            );
        }
        let bytes = std::fs::read(entry.path())
            .with_context(|| format!("reading {}", entry.path().display()))?;
        files.push(SiteFile::new(rel, bytes));
    }
    Ok(files)
}

/// The paths the static files take in the output.
pub fn static_paths(files: &[SiteFile]) -> HashSet<PathBuf> {
    files.iter().map(|f| f.path.clone()).collect()
}

/// Refuses a generated file whose path a static file already takes.
pub fn check_not_static(path: &Path, reserved: &HashSet<PathBuf>) -> Result<()> {
    if reserved.contains(path) {
        let p = path.display();
        bail!(
            "{STATIC_DIR}/{p} and the page brief generates as {p} would both be written to {p}; rename or move {STATIC_DIR}/{p}"
        );
    }
    Ok(())
}

/// A sink passing files on to another, refusing any that a static file takes the place of.
pub struct Guarded<'a> {
    pub inner: &'a dyn FileSink,
    pub reserved: &'a HashSet<PathBuf>,
}

impl FileSink for Guarded<'_> {
    fn file(&self, file: SiteFile) -> Result<()> {
        check_not_static(&file.path, self.reserved)?;
        self.inner.file(file)
    }

    fn stream(
        &self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        check_not_static(path, self.reserved)?;
        self.inner.stream(path, fill)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_page_in_the_place_of_a_static_file_is_an_error_naming_both() {
        let reserved = static_paths(&[SiteFile::new("index.html", "mine")]);
        let err = check_not_static(Path::new("index.html"), &reserved)
            .unwrap_err()
            .to_string();
        assert!(err.contains("static/index.html"), "{err}");
        assert!(err.contains("generates as index.html"), "{err}");
        assert!(check_not_static(Path::new("logo.png"), &reserved).is_ok());
    }
}
