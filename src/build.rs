//! The build as a fixed sequence of named phases: load config, ingest, clean, extract,
//! assemble, render, write. Each phase is timed so anyone can see where time goes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::briefing::{assemble, Briefing};
use crate::clean::{clean_article, Article};
use crate::config::Config;
use crate::diag::Warning;
use crate::extract::{event::infer_event, extract_claims};
use crate::ingest::{load_sources, RawSource};
use crate::output::{resolve_output_dir, write_site, SiteFile};
use crate::render::{render_site, Renderer};

/// The PDF edition's file name in the output folder.
pub const PDF_NAME: &str = "briefing.pdf";

/// What `brief build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    /// Also print `briefing.pdf` (as `[print] pdf = true` does).
    pub pdf: bool,
    /// The browser to print with, instead of looking for one.
    pub browser: Option<PathBuf>,
    /// A progress bar to advance phase by phase (the CLI's, on a terminal).
    pub progress: Option<indicatif::ProgressBar>,
}

/// What a build did, for the closing summary.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub sources: usize,
    pub skipped: usize,
    pub pages: usize,
    pub warnings: Vec<Warning>,
    pub phases: Vec<(&'static str, Duration)>,
}

/// Times phases of a build, and shows them on the progress bar if there is one.
#[derive(Default)]
struct Phases(
    Vec<(&'static str, Duration)>,
    Option<indicatif::ProgressBar>,
);

impl Phases {
    fn run<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        if let Some(bar) = &self.1 {
            bar.set_message(name);
        }
        let start = Instant::now();
        let out = f();
        if let Some(bar) = &self.1 {
            bar.inc(1);
        }
        self.0.push((name, start.elapsed()));
        log_debug(&format!("phase {name}: {:?}", start.elapsed()));
        out
    }
}

fn log_debug(msg: &str) {
    if std::env::var_os("BRIEF_DEBUG").is_some() {
        eprintln!("debug: {msg}");
    }
}

/// The briefing and the pages it renders to, before anything is written.
pub struct Built {
    pub config: Config,
    pub briefing: Briefing,
    /// Every file of the site: pages, theme assets, exports.
    pub files: Vec<SiteFile>,
    pub skipped: usize,
    phases: Phases,
}

/// Loads `site.toml` with command-line overrides applied.
pub fn load_config(opts: &BuildOptions) -> Result<Config> {
    let mut config = Config::load(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
    }
    config.print.pdf |= opts.pdf;
    Ok(config)
}

/// Runs every phase up to rendering, in memory.
pub fn build_in_memory(opts: &BuildOptions) -> Result<Built> {
    let mut phases = Phases(Vec::new(), opts.progress.clone());
    let config = phases.run("config", || load_config(opts))?;
    let renderer = phases.run("templates", || Renderer::new(&opts.root, &config.theme))?;
    let seeds_dir = opts.root.join(&config.seeds_dir);
    if !seeds_dir.is_dir() {
        anyhow::bail!(
            "seeds folder {} does not exist (seeds_dir in site.toml)",
            seeds_dir.display()
        );
    }
    let prefix = config.seeds_dir.to_string_lossy().replace('\\', "/");
    let ingested = phases.run("ingest", || {
        load_sources(&seeds_dir, &prefix, config.max_seed_bytes)
    });
    let mut warnings = ingested.warnings;
    let (articles, clean_warnings) = phases.run("clean", || clean_all(&ingested.sources));
    warnings.extend(clean_warnings);
    let (articles, duplicate_warnings) = drop_duplicates(articles);
    warnings.extend(duplicate_warnings);
    let facts = phases.run("event", || infer_event(&articles, &config.event));
    let claims = phases.run("extract", || extract_claims(&articles, &facts));
    warnings.sort();
    let notes = phases.run("notes", || load_notes(&opts.root))?;
    let briefing = phases.run("assemble", || {
        assemble(&config, &articles, &facts, claims, notes, warnings)
    });
    let pages = phases.run("render", || render_site(&renderer, &briefing))?;
    let mut files: Vec<SiteFile> = pages
        .into_iter()
        .map(|p| SiteFile::new(p.path, p.content))
        .collect();
    files.extend(
        crate::render::themes::theme_assets(&opts.root, &config.theme)?
            .into_iter()
            .map(|(p, b)| SiteFile::new(p, b)),
    );
    files.extend(phases.run("exports", || {
        crate::render::exports::export_files(&briefing)
    })?);
    files.extend(crate::render::feeds::feed_files(&briefing));
    files.push(crate::render::search::search_index(&briefing));
    Ok(Built {
        config,
        briefing,
        files,
        skipped: ingested.skipped,
        phases,
    })
}

/// Builds the site and writes it to the output folder.
pub fn build_site(opts: &BuildOptions) -> Result<BuildReport> {
    let mut built = build_in_memory(opts)?;
    // Find the browser before writing anything, so a missing one fails the build cleanly.
    let browser = if built.config.print.pdf {
        Some(crate::pdf::find_browser(opts.browser.as_deref())?)
    } else {
        None
    };
    let output = resolve_output_dir(
        &opts.root,
        opts.output.as_deref().unwrap_or(&built.config.output_dir),
        &built.config.seeds_dir,
    )?;
    let page_count = built
        .files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
        .count();
    built.phases.run("write", || {
        write_site(&output, &built.files, |staging| match &browser {
            Some(browser) => {
                crate::pdf::print_to_pdf(
                    browser,
                    &staging.join("print.html"),
                    &staging.join(PDF_NAME),
                )?;
                Ok(vec![PDF_NAME.to_string()])
            }
            None => Ok(vec![]),
        })
    })?;
    Ok(BuildReport {
        output,
        sources: built.briefing.sources.len(),
        skipped: built.skipped,
        pages: page_count,
        warnings: built.briefing.warnings.clone(),
        phases: built.phases.0,
    })
}

/// Cleans every source in parallel, giving each a unique slug.
pub fn clean_all(sources: &[RawSource]) -> (Vec<Article>, Vec<Warning>) {
    let slugs = unique_slugs(sources.iter().map(|s| s.rel.as_path()));
    let results: Vec<(Article, Vec<Warning>)> = sources
        .par_iter()
        .zip(slugs)
        .map(|(raw, slug)| clean_article(raw, slug))
        .collect();
    let mut warnings = Vec::new();
    let mut articles = Vec::with_capacity(results.len());
    for (a, w) in results {
        warnings.extend(w);
        articles.push(a);
    }
    (articles, warnings)
}

/// The analyst's notes: `notes.md` beside `site.toml`, then `notes/*.md` in name order, each
/// rendered from Markdown and sanitised.
pub fn load_notes(root: &Path) -> Result<Option<String>> {
    let mut files = Vec::new();
    if root.join("notes.md").is_file() {
        files.push(root.join("notes.md"));
    }
    let dir = root.join("notes");
    if dir.is_dir() {
        let mut more: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| e.into_path())
            .collect();
        files.append(&mut more);
    }
    let mut html = String::new();
    for (i, f) in files.iter().enumerate() {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading notes {}", f.display()))?;
        html.push_str(&crate::render::markdown::render_markdown(
            &text,
            &format!("note{}-", i + 1),
        ));
    }
    Ok((!html.trim().is_empty()).then_some(html))
}

/// The same article saved twice under two names is shown once; the copy is named in a
/// warning. Articles are the same when their body text is, ignoring case, spacing and
/// punctuation.
pub fn drop_duplicates(articles: Vec<Article>) -> (Vec<Article>, Vec<Warning>) {
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(articles.len());
    let mut warnings = Vec::new();
    for a in articles {
        let key: String = a
            .blocks
            .iter()
            .flat_map(|b| b.text.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if key.is_empty() {
            kept.push(a);
            continue;
        }
        match seen.get(&key) {
            Some(first) => warnings.push(Warning::new(
                &a.file,
                format!("the same article as {first}; shown once"),
            )),
            None => {
                seen.insert(key, a.file.clone());
                kept.push(a);
            }
        }
    }
    (kept, warnings)
}

/// Slugs from file names, made unique with `-2`, `-3`… in walk order.
pub fn unique_slugs<'a>(paths: impl Iterator<Item = &'a Path>) -> Vec<String> {
    let mut taken = BTreeSet::new();
    paths
        .map(|p| {
            let stem = p
                .with_extension("")
                .to_string_lossy()
                .replace(['/', '\\'], "-");
            let base = slugify(&stem);
            let base = if base.is_empty() {
                "source".to_string()
            } else {
                base
            };
            let mut slug = base.clone();
            let mut n = 2;
            while !taken.insert(slug.clone()) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            slug
        })
        .collect()
}

/// Lowercase ASCII letters, digits and single dashes.
pub fn slugify(s: &str) -> String {
    let folded: String = unicode_normalization::UnicodeNormalization::nfd(s)
        .filter(|c| c.is_ascii())
        .collect();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_ascii() {
        let paths = [
            Path::new("Café news.txt"),
            Path::new("cafe-news.md"),
            Path::new("🔥.txt"),
        ];
        assert_eq!(
            unique_slugs(paths.into_iter()),
            ["cafe-news", "cafe-news-2", "source"]
        );
    }
}
