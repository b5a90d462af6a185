//! Themes: a theme is stylesheets, scripts, highlighting colours and optional template
//! overrides. `default` and `wire` are compiled in; a site's `themes/NAME/` folder is layered
//! over the default theme, so it only needs the files it changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// A file of a built-in theme.
type ThemeFile = (&'static str, &'static [u8]);

const DEFAULT: &[ThemeFile] = &[
    (
        "style.css",
        include_bytes!("../../themes/default/style.css"),
    ),
    (
        "print.css",
        include_bytes!("../../themes/default/print.css"),
    ),
    (
        "highlight.css",
        include_bytes!("../../themes/default/highlight.css"),
    ),
    (
        "search.js",
        include_bytes!("../../themes/default/search.js"),
    ),
];

/// A dense newsroom wire style: small type, rules, capitals, everything at a glance.
const WIRE: &[ThemeFile] = &[
    ("style.css", include_bytes!("../../themes/wire/style.css")),
    (
        "highlight.css",
        include_bytes!("../../themes/wire/highlight.css"),
    ),
    (
        "templates/index.html",
        include_bytes!("../../themes/wire/templates/index.html"),
    ),
];

/// The themes compiled into brief.
pub const BUILT_IN: &[(&str, &[ThemeFile])] = &[("default", DEFAULT), ("wire", WIRE)];

/// A theme, found on disk or compiled in.
pub enum Theme {
    BuiltIn(&'static [ThemeFile]),
    Dir(PathBuf),
}

impl Theme {
    /// The site's `themes/NAME/` if it exists, else the built-in theme of that name.
    pub fn find(root: &Path, name: &str) -> Result<Theme> {
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            return Ok(Theme::Dir(dir));
        }
        match BUILT_IN.iter().find(|(n, _)| *n == name) {
            Some((_, files)) => Ok(Theme::BuiltIn(files)),
            None => {
                let known: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
                bail!(
                    "theme {name:?} does not exist (looked for {}; built-in themes: {}; `theme` in site.toml)",
                    dir.display(),
                    known.join(", ")
                )
            }
        }
    }

    /// The theme's template overrides, by name, with where each came from.
    pub fn templates(&self) -> Result<BTreeMap<String, (String, String)>> {
        match self {
            Theme::Dir(dir) => read_templates(&dir.join("templates")),
            Theme::BuiltIn(files) => Ok(files
                .iter()
                .filter_map(|(n, b)| {
                    let name = n.strip_prefix("templates/")?;
                    Some((
                        name.to_string(),
                        (
                            String::from_utf8_lossy(b).into_owned(),
                            format!("built-in theme {n}"),
                        ),
                    ))
                })
                .collect()),
        }
    }

    /// The theme's static files over the default theme's, placed under `theme/`. A site
    /// theme's stylesheet adds to the default's of the same name (see `layer_css`).
    pub fn assets(&self) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let mut files: BTreeMap<PathBuf, Vec<u8>> = DEFAULT
            .iter()
            .map(|(n, b)| (PathBuf::from(n), b.to_vec()))
            .collect();
        match self {
            Theme::BuiltIn(own) => {
                for (n, b) in own.iter().filter(|(n, _)| !n.starts_with("templates/")) {
                    files.insert(PathBuf::from(n), b.to_vec());
                }
            }
            Theme::Dir(dir) => {
                for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
                    let entry =
                        entry.with_context(|| format!("reading theme {}", dir.display()))?;
                    let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                    let hidden = rel
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                    if !entry.file_type().is_file() || rel.starts_with("templates") || hidden {
                        continue;
                    }
                    let bytes = std::fs::read(entry.path())
                        .with_context(|| format!("reading {}", entry.path().display()))?;
                    let merged = match files.get(rel) {
                        Some(default) if is_stylesheet(rel) => layer_css(default, &bytes),
                        _ => bytes,
                    };
                    files.insert(rel.to_path_buf(), merged);
                }
            }
        }
        Ok(files
            .into_iter()
            .map(|(p, b)| (Path::new("theme").join(p), b))
            .collect())
    }
}

/// The first line of a theme's stylesheet that wants a clean slate instead of adding to the
/// default theme's rules.
pub const REPLACE_MARK: &str = "/* brief: replace */";

fn is_stylesheet(rel: &Path) -> bool {
    rel.extension().is_some_and(|e| e == "css")
}

/// A site theme's stylesheet after the default theme's of the same name, so a theme that
/// changes one colour is one line; one opening with `REPLACE_MARK` stands alone. A copy of
/// the default's own is not an addition (this repository's `themes/default/` is the built-in
/// theme itself, and was written out twice).
fn layer_css(default: &[u8], theme: &[u8]) -> Vec<u8> {
    if theme == default {
        return default.to_vec();
    }
    if String::from_utf8_lossy(theme)
        .trim_start()
        .starts_with(REPLACE_MARK)
    {
        return theme.to_vec();
    }
    let mut out = default.to_vec();
    out.extend_from_slice(b"\n/* The site theme's rules, after the default theme's. */\n");
    out.extend_from_slice(theme);
    out
}

/// Every `.html` template under `dir`, by its path relative to `dir`.
pub fn read_templates(dir: &Path) -> Result<BTreeMap<String, (String, String)>> {
    let mut out = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let name = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(entry.path())
            .with_context(|| format!("reading template {}", entry.path().display()))?;
        out.insert(name, (text, entry.path().display().to_string()));
    }
    Ok(out)
}

/// The theme's files for the output, for `build`.
pub fn theme_assets(root: &Path, theme: &str) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    Theme::find(root, theme)?.assets()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_stylesheet_adds_to_the_default_rules() {
        let css = layer_css(b"body { color: black; }", b":root { --accent: teal; }");
        let css = String::from_utf8(css).unwrap();
        assert!(css.starts_with("body { color: black; }"), "{css}");
        assert!(css.ends_with(":root { --accent: teal; }"), "{css}");
    }

    #[test]
    fn a_copy_of_the_default_stylesheet_is_written_once() {
        let css = b"body { color: black; }";
        assert_eq!(layer_css(css, css), css.to_vec());
    }

    #[test]
    fn a_theme_stylesheet_marked_replace_stands_alone() {
        let own = b"/* brief: replace */\nbody { margin: 0; }";
        assert_eq!(layer_css(b"body { color: black; }", own), own.to_vec());
    }
}
