//! Archives: when `seeds/` holds sub-folders of articles, each sub-folder is a briefing of its
//! own (its own index, sources and summary pages under `/<folder>/`), described by an optional
//! `_briefing.toml`; the site's root becomes an index of briefings, newest first. Loose files
//! directly in `seeds/` make a single briefing, as they always did.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::config::{Config, EventConfig};
use crate::diag::Warning;

/// The file in a briefing's folder that describes it.
pub const BRIEFING_FILE: &str = "_briefing.toml";

/// `_briefing.toml`: what a sub-folder's briefing is about.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefingFile {
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub event: EventConfig,
}

/// One briefing to build: where its seeds are and the configuration it builds with.
#[derive(Debug, Clone)]
pub struct BriefingPlan {
    /// Its folder in the output (`None` for a site that is a single briefing).
    pub slug: Option<String>,
    pub seeds_dir: PathBuf,
    /// How its seeds are named in messages (`seeds/quake-2024`).
    pub display_prefix: String,
    /// The site's configuration with this briefing's title, description and event.
    pub config: Config,
    /// Only the seeds directly in the folder belong to it (loose files of an archive).
    pub top_level_only: bool,
}

/// An entry of the archive's index page.
#[derive(Debug, Clone, Serialize)]
pub struct ArchiveEntry {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub place: Option<String>,
    pub sources: usize,
    pub casualties: usize,
    pub reactions: usize,
}

fn is_article_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    !name.starts_with('.')
        && path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            crate::ingest::ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
        })
}

/// Does a folder hold any article, at any depth?
fn holds_articles(dir: &Path) -> bool {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .any(|e| e.file_type().is_file() && is_article_file(e.path()))
}

/// Decides what to build: one briefing, or one per sub-folder (plus loose files).
pub fn plan(config: &Config, seeds_dir: &Path) -> Result<(Vec<BriefingPlan>, Vec<Warning>)> {
    let prefix = config.seeds_dir.to_string_lossy().replace('\\', "/");
    let mut folders: Vec<PathBuf> = Vec::new();
    let mut loose = false;
    let mut entries: Vec<_> = std::fs::read_dir(seeds_dir)
        .with_context(|| format!("reading {}", seeds_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() && !path.is_symlink() && holds_articles(&path) {
            folders.push(path);
        } else if path.is_file() && is_article_file(&path) {
            loose = true;
        }
    }
    let single = BriefingPlan {
        slug: None,
        seeds_dir: seeds_dir.to_path_buf(),
        display_prefix: prefix.clone(),
        config: config.clone(),
        top_level_only: false,
    };
    if folders.is_empty() {
        return Ok((vec![single], vec![]));
    }
    let mut warnings = Vec::new();
    let mut plans = Vec::new();
    let slugs = crate::build::unique_slugs(
        folders
            .iter()
            .map(|f| f.file_name().map(Path::new).unwrap_or(f.as_path())),
    );
    for (dir, slug) in folders.iter().zip(slugs) {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let display = format!("{prefix}/{name}");
        let file = read_briefing_file(dir, &display)?;
        let mut c = config.clone();
        c.title = file.title.unwrap_or_else(|| name.replace(['-', '_'], " "));
        if let Some(d) = file.description {
            c.description = d;
        }
        c.event = EventConfig {
            date: file.event.date.or(c.event.date),
            place: file.event.place.or(c.event.place),
            parties: if file.event.parties.is_empty() {
                c.event.parties
            } else {
                file.event.parties
            },
        };
        plans.push(BriefingPlan {
            slug: Some(slug),
            seeds_dir: dir.clone(),
            display_prefix: display,
            config: c,
            top_level_only: false,
        });
    }
    if loose {
        warnings.push(Warning::new(&prefix, "articles directly in the seeds folder of an archive are built as the briefing \"other\""));
        let mut c = config.clone();
        c.title = format!("{}: other reports", config.title);
        plans.push(BriefingPlan {
            slug: Some(unused_slug(&plans, "other")),
            seeds_dir: seeds_dir.to_path_buf(),
            display_prefix: prefix,
            config: c,
            top_level_only: true,
        });
    }
    Ok((plans, warnings))
}

fn unused_slug(plans: &[BriefingPlan], base: &str) -> String {
    let taken = |s: &str| plans.iter().any(|p| p.slug.as_deref() == Some(s));
    let mut slug = base.to_string();
    let mut n = 2;
    while taken(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    slug
}

/// Reads `_briefing.toml`, naming the file and line of any mistake.
fn read_briefing_file(dir: &Path, display: &str) -> Result<BriefingFile> {
    let path = dir.join(BRIEFING_FILE);
    if !path.is_file() {
        return Ok(BriefingFile::default());
    }
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let file: BriefingFile = toml::from_str(&text).map_err(|e| {
        let at = e
            .span()
            .map(|s| crate::config::line_col(&text, s.start))
            .map(|(l, c)| format!(":{l}:{c}"))
            .unwrap_or_default();
        anyhow::anyhow!("{display}/{BRIEFING_FILE}{at}: {}", e.message())
    })?;
    if let Some(date) = &file.event.date {
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").with_context(|| {
            format!("{display}/{BRIEFING_FILE}: [event] date {date:?} is not YYYY-MM-DD")
        })?;
    }
    Ok(file)
}
