//! `site.toml`: the site's configuration, with defaults for everything but the title.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// The whole `site.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The briefing's title; the only required key.
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Absolute URL the site is served from, used for canonical links; pages link relatively.
    #[serde(default)]
    pub base_url: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default = "default_seeds_dir")]
    pub seeds_dir: PathBuf,
    #[serde(default = "default_output_dir")]
    pub output_dir: PathBuf,
    /// Overrides for what is inferred about the event.
    #[serde(default)]
    pub event: EventConfig,
    /// Largest seed file read, in bytes; larger files are skipped with a warning.
    #[serde(default = "default_max_seed_bytes")]
    pub max_seed_bytes: u64,
    /// `[print]`: the print edition and its PDF.
    #[serde(default)]
    pub print: PrintConfig,
    /// Free-form values handed to templates as `site.extra`.
    #[serde(default)]
    pub extra: BTreeMap<String, toml::Value>,
    /// Build seeds marked `draft = true` too (`--drafts`; not a `site.toml` key).
    #[serde(skip)]
    pub drafts: bool,
}

/// `[print]`: paper, page breaks, and whether `build` also writes `briefing.pdf`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrintConfig {
    /// `A4` or `Letter`.
    pub paper: Paper,
    /// Write `briefing.pdf` beside `print.html` on every build (needs Chromium).
    pub pdf: bool,
    /// Start every appendix source on a new page.
    pub break_before_sources: bool,
    /// Start every major section on a new page.
    pub break_before_sections: bool,
    /// The cover's date line; by default it names the event's date and the sources.
    pub date_line: Option<String>,
}

impl Default for PrintConfig {
    fn default() -> Self {
        PrintConfig {
            paper: Paper::A4,
            pdf: false,
            break_before_sources: true,
            break_before_sections: true,
            date_line: None,
        }
    }
}

/// Paper sizes for the print edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    A4,
    Letter,
}

pub use brief_extract::EventConfig;

fn default_language() -> String {
    "en".into()
}
fn default_theme() -> String {
    "default".into()
}
fn default_seeds_dir() -> PathBuf {
    "seeds".into()
}
fn default_output_dir() -> PathBuf {
    "public".into()
}
fn default_max_seed_bytes() -> u64 {
    10 * 1024 * 1024
}

impl Config {
    /// Parses `site.toml` text; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|span| line_col(text, span.start))
                .map(|(l, c)| format!(":{l}:{c}"))
                .unwrap_or_default();
            anyhow::anyhow!("{}{at}: {}", path.display(), e.message())
        })?;
        if config.title.trim().is_empty() {
            bail!("{}: `title` must not be empty", path.display());
        }
        if let Some(date) = &config.event.date {
            chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").with_context(|| {
                format!(
                    "{}: [event] date {date:?} is not YYYY-MM-DD",
                    path.display()
                )
            })?;
        }
        Ok(config)
    }

    /// Reads and parses `<root>/site.toml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join("site.toml");
        if !path.exists() {
            bail!(
                "{} has no site.toml, so it is not a briefing folder; run `brief init {}` to create one, or pass --root with the folder that has site.toml",
                root.display(),
                root.display()
            );
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        Config::parse(&text, &path)
    }
}

pub use brief_text::line_col;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_alone_is_enough() {
        let c = Config::parse("title = \"T\"", Path::new("site.toml")).unwrap();
        assert_eq!(c.theme, "default");
        assert_eq!(c.output_dir, PathBuf::from("public"));
        assert_eq!(c.language, "en");
    }

    #[test]
    fn unknown_key_is_named_with_its_line() {
        let err = Config::parse("title = \"T\"\n\nthme = \"x\"\n", Path::new("site.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("thme"), "{err}");
        assert!(err.contains("site.toml:3:"), "{err}");
    }

    #[test]
    fn missing_title_is_an_error() {
        let err = Config::parse("theme = \"x\"", Path::new("site.toml")).unwrap_err();
        assert!(err.to_string().contains("title"), "{err}");
    }

    #[test]
    fn print_paper_defaults_to_a4_and_takes_letter() {
        let c = Config::parse("title='T'", Path::new("site.toml")).unwrap();
        assert_eq!(c.print.paper, Paper::A4);
        let c = Config::parse(
            "title='T'\n[print]\npaper='Letter'\npdf=true",
            Path::new("site.toml"),
        )
        .unwrap();
        assert_eq!(c.print.paper, Paper::Letter);
        assert!(c.print.pdf);
    }

    #[test]
    fn bad_event_date_is_an_error() {
        let err = Config::parse(
            "title='T'\n[event]\ndate='19/9/2023'",
            Path::new("site.toml"),
        );
        assert!(err.is_err());
    }
}
