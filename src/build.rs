//! The build as a fixed sequence of named phases: load config, ingest, clean, extract,
//! assemble, render, write. Each phase is timed so anyone can see where time goes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::archive;
use crate::briefing::{assemble, Briefing};
use crate::clean::{clean_article, Article};
use crate::config::Config;
use crate::diag::Warning;
use crate::extract::{event::infer_event, extract_claims};
use crate::ingest::{load_sources_to_depth, RawSource};
use crate::output::{resolve_output_dir, Collected, FileSink, SiteFile, Staging, Under};
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
    /// A progress bar to advance briefing by briefing (the CLI's, on a terminal).
    pub progress: Option<indicatif::ProgressBar>,
    /// Briefings built before, reused when their inputs have not changed.
    pub cache: Option<std::sync::Arc<BuildCache>>,
    /// Also build seeds whose front matter says `draft = true`.
    pub drafts: bool,
}

/// What a build did, for the closing summary.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub sources: usize,
    pub skipped: usize,
    pub pages: usize,
    pub warnings: Vec<Warning>,
    /// How many briefings the site has, and how many were rebuilt (the rest came from the cache).
    pub briefings: usize,
    pub rebuilt: usize,
    pub phases: Vec<(&'static str, Duration)>,
    /// The seeds folder the site was built from.
    pub seeds_dir: PathBuf,
    /// Every briefing's statements with the attribution sieve that found each, for
    /// `brief build --explain`.
    pub statements: Vec<crate::explain::SieveStatement>,
}

/// Times phases of a build (summed over briefings when an archive builds them in parallel),
/// and advances the progress bar if there is one.
#[derive(Default)]
struct Phases {
    times: std::sync::Mutex<Vec<(&'static str, Duration)>>,
    bar: Option<indicatif::ProgressBar>,
}

impl Phases {
    fn new(bar: Option<indicatif::ProgressBar>) -> Phases {
        Phases {
            times: Default::default(),
            bar,
        }
    }

    fn run<T>(&self, name: &'static str, f: impl FnOnce() -> T) -> T {
        if let Some(bar) = &self.bar {
            bar.set_message(name);
        }
        let start = Instant::now();
        let out = f();
        let took = start.elapsed();
        let mut times = self.times.lock().unwrap_or_else(|p| p.into_inner());
        match times.iter_mut().find(|(n, _)| *n == name) {
            Some((_, d)) => *d += took,
            None => times.push((name, took)),
        }
        log_debug(&format!("phase {name}: {took:?}"));
        out
    }

    fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn into_times(self) -> Vec<(&'static str, Duration)> {
        self.times.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

fn log_debug(msg: &str) {
    if std::env::var_os("BRIEF_DEBUG").is_some() {
        eprintln!("debug: {msg}");
    }
}

/// One briefing, built: its data and its files (under its folder in an archive).
#[derive(Clone)]
pub struct BuiltBriefing {
    pub slug: Option<String>,
    /// Shared with `serve`'s cache, which hands it to every later build unchanged.
    pub briefing: std::sync::Arc<Briefing>,
    pub files: Vec<SiteFile>,
    pub skipped: usize,
}

/// Briefings built before, by folder, with the fingerprint of the inputs they were built
/// from: `serve` keeps one so a change rebuilds only the briefing it touched.
#[derive(Default)]
pub struct BuildCache {
    briefings: std::sync::Mutex<std::collections::HashMap<String, (u64, BuiltBriefing)>>,
    /// The compiled templates, with the fingerprint of the theme and template files they
    /// were compiled from: compiling them was a fifth of a reload.
    renderer: std::sync::Mutex<Option<(u64, std::sync::Arc<Renderer>)>>,
    /// Every source cleaned, by file and slug.
    cleaned: std::sync::Mutex<std::collections::HashMap<(String, String), CleanedSource>>,
}

/// A source as it was cleaned: what it was cleaned from, and the outcome.
struct CleanedSource {
    rel: PathBuf,
    text: String,
    article: Article,
    warnings: Vec<Warning>,
}

impl BuildCache {
    /// `clean_article`, or its earlier outcome for the same file, text and slug: cleaning
    /// depends on nothing else, so a briefing rebuilt for one changed seed cleans only that
    /// one again.
    fn clean(&self, raw: &RawSource, slug: String) -> (Article, Vec<Warning>) {
        let key = (raw.file.clone(), slug);
        {
            let cleaned = self.cleaned.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(c) = cleaned.get(&key) {
                if c.rel == raw.rel && c.text == raw.text {
                    return (c.article.clone(), c.warnings.clone());
                }
            }
        }
        let (article, warnings) = clean_article(raw, key.1.clone());
        let kept = CleanedSource {
            rel: raw.rel.clone(),
            text: raw.text.clone(),
            article: article.clone(),
            warnings: warnings.clone(),
        };
        self.cleaned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, kept);
        (article, warnings)
    }
}

impl std::fmt::Debug for BuildCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BuildCache")
    }
}

/// The site, built in memory, before anything is written.
pub struct Built {
    pub config: Config,
    pub briefings: Vec<BuiltBriefing>,
    /// Every file of the site: pages, theme assets, exports.
    pub files: Vec<SiteFile>,
    /// How many briefings were rebuilt rather than taken from the cache.
    pub rebuilt: usize,
    phases: Phases,
}

impl Built {
    pub fn sources(&self) -> usize {
        self.briefings
            .iter()
            .map(|b| b.briefing.sources.len())
            .sum()
    }

    pub fn skipped(&self) -> usize {
        self.briefings.iter().map(|b| b.skipped).sum()
    }

    pub fn warnings(&self) -> Vec<Warning> {
        self.briefings
            .iter()
            .flat_map(|b| b.briefing.warnings.iter().cloned())
            .collect()
    }

    /// Is the site an archive of briefings rather than one?
    pub fn is_archive(&self) -> bool {
        self.briefings.first().is_some_and(|b| b.slug.is_some())
    }
}

/// Loads `site.toml` with command-line overrides applied.
pub fn load_config(opts: &BuildOptions) -> Result<Config> {
    let mut config = Config::load(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
    }
    config.print.pdf |= opts.pdf;
    config.drafts = opts.drafts;
    Ok(config)
}

/// Runs every phase up to rendering, in memory.
pub fn build_in_memory(opts: &BuildOptions) -> Result<Built> {
    build_with(opts, None)
}

/// Builds every briefing. With a `sink`, every file goes to it as soon as it is made and is
/// not kept, so memory holds no rendered pages; without, `Built::files` holds everything.
fn build_with(opts: &BuildOptions, sink: Option<&dyn FileSink>) -> Result<Built> {
    let phases = Phases::new(opts.progress.clone());
    let config = phases.run("config", || load_config(opts))?;
    // Compiled beside the first briefing's ingest and clean, which need no templates; each
    // briefing waits for them only when it renders. A briefing reports their failure only as
    // such; the error itself is returned below.
    let compiled: std::sync::OnceLock<Result<std::sync::Arc<Renderer>>> =
        std::sync::OnceLock::new();
    let compile =
        || compiled.get_or_init(|| phases.run("templates", || renderer_for(opts, &config)));
    let renderer = || -> Result<&Renderer> {
        compile()
            .as_deref()
            .map_err(|_| anyhow::anyhow!("the templates did not compile"))
    };
    let seeds_dir = opts.root.join(&config.seeds_dir);
    if !seeds_dir.is_dir() {
        anyhow::bail!(
            "seeds folder {} does not exist (seeds_dir in site.toml)",
            seeds_dir.display()
        );
    }
    let (plans, plan_warnings) = archive::plan(&config, &seeds_dir)?;
    let notes = phases.run("notes", || load_notes(&opts.root))?;
    let statics = phases.run("static", || crate::statics::load_static_files(&opts.root))?;
    let reserved = crate::statics::static_paths(&statics);
    let inputs = inputs_fingerprint(opts, &config);
    if let Some(bar) = &phases.bar {
        bar.set_length(plans.len() as u64);
    }
    let rebuilt = std::sync::atomic::AtomicUsize::new(0);
    let build_one = |plan: &archive::BriefingPlan| -> Result<BuiltBriefing> {
        let key = plan.slug.clone().unwrap_or_default();
        let fingerprint = briefing_fingerprint(plan, inputs);
        if let Some(cache) = &opts.cache {
            if let Some((f, b)) = cache
                .briefings
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&key)
            {
                if *f == fingerprint {
                    phases.tick();
                    return Ok(b.clone());
                }
            }
        }
        let in_archive = plans.len() > 1 || plan.slug.is_some();
        let built = match sink {
            Some(sink) => {
                let guarded = crate::statics::Guarded {
                    inner: sink,
                    reserved: &reserved,
                };
                let mut built = build_briefing(
                    plan,
                    &renderer,
                    notes.clone(),
                    in_archive,
                    &phases,
                    &guarded,
                    opts.cache.as_deref(),
                )?;
                // Written, and kept by no cache: an archive holds every briefing until its
                // index is made (at 10,000 articles, most of its peak memory).
                if opts.cache.is_none() {
                    if let Some(b) = std::sync::Arc::get_mut(&mut built.briefing) {
                        keep_what_the_report_reads(b);
                    }
                }
                built
            }
            None => {
                let collected = Collected::default();
                let guarded = crate::statics::Guarded {
                    inner: &collected,
                    reserved: &reserved,
                };
                let mut built = build_briefing(
                    plan,
                    &renderer,
                    notes.clone(),
                    in_archive,
                    &phases,
                    &guarded,
                    opts.cache.as_deref(),
                )?;
                built.files = collected.into_files();
                built
            }
        };
        rebuilt.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Some(cache) = &opts.cache {
            cache
                .briefings
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(key, (fingerprint, built.clone()));
        }
        phases.tick();
        Ok(built)
    };
    let (_, briefings) = rayon::join(compile, || {
        plans
            .par_iter()
            .map(build_one)
            .collect::<Result<Vec<BuiltBriefing>>>()
    });
    // A template's mistake is reported as it was found, before anything a briefing met.
    let renderer = compiled
        .into_inner()
        .unwrap_or_else(|| renderer_for(opts, &config))?;
    let mut briefings = briefings?;
    if let Some(first) = briefings.first_mut() {
        if !plan_warnings.is_empty() {
            std::sync::Arc::make_mut(&mut first.briefing)
                .warnings
                .extend(plan_warnings);
        }
    }
    let mut files: Vec<SiteFile> = briefings
        .iter()
        .flat_map(|b| b.files.iter().cloned())
        .collect();
    let mut site_files: Vec<SiteFile> =
        crate::render::themes::theme_assets(&opts.root, &config.theme)?
            .into_iter()
            .map(|(p, b)| SiteFile::new(p, b))
            .collect();
    if briefings.first().is_some_and(|b| b.slug.is_some()) {
        site_files.extend(phases.run("archive", || {
            crate::render::render_archive(&renderer, &config, &archive_entries(&briefings))
        })?);
    }
    for f in &site_files {
        crate::statics::check_not_static(&f.path, &reserved)?;
    }
    // Copied last, after every generated path was checked against them.
    site_files.extend(statics);
    match sink {
        Some(sink) => phases.run("write", || {
            site_files.into_iter().try_for_each(|f| sink.file(f))
        })?,
        None => files.extend(site_files),
    }
    Ok(Built {
        config,
        briefings,
        files,
        rebuilt: rebuilt.into_inner(),
        phases,
    })
}

/// Builds one briefing: ingest, clean, extract, assemble, render, exports.
fn build_briefing<'r>(
    plan: &archive::BriefingPlan,
    renderer: &(dyn Fn() -> Result<&'r Renderer> + Sync),
    notes: Option<String>,
    in_archive: bool,
    phases: &Phases,
    out: &dyn FileSink,
    cache: Option<&BuildCache>,
) -> Result<BuiltBriefing> {
    let config = &plan.config;
    let depth = if plan.top_level_only { 1 } else { usize::MAX };
    let ingested = phases.run("ingest", || {
        load_sources_to_depth(
            &plan.seeds_dir,
            &plan.display_prefix,
            config.max_seed_bytes,
            depth,
        )
    });
    let mut warnings = ingested.warnings;
    let mut skipped = ingested.skipped;
    let sources = screen_sources(ingested.sources, config.drafts, &mut warnings, &mut skipped);
    let (articles, clean_warnings) = phases.run("clean", || clean_all_with(&sources, cache));
    drop(sources);
    warnings.extend(clean_warnings);
    let (articles, duplicate_warnings) = drop_duplicates(articles);
    warnings.extend(duplicate_warnings);
    let people = phases.run("people", || {
        crate::extract::speakers::PeopleDirectory::build(&articles)
    });
    let facts = phases.run("event", || infer_event(&articles, &config.event, &people));
    let claims = phases.run("extract", || extract_claims(&articles, &facts, &people));
    warnings.sort();
    // In an archive the notes belong to the site, not to each briefing.
    let notes = if in_archive { None } else { notes };
    let briefing = phases.run("assemble", || {
        assemble(config, &articles, &facts, claims, notes, warnings)
    });
    drop(articles);
    let prefix = plan.slug.as_deref();
    let under = Under {
        dir: prefix,
        sink: out,
    };
    // Pages and exports are independent; each export is a job of its own. The search index
    // comes first: its deflating is one long serial job (a second at 2,000 articles), which
    // started last used to run alone at the end of the build.
    let exports: [&(dyn Fn() -> Result<()> + Sync); 3] = [
        &|| crate::render::search::write_search_index(&briefing, &under),
        &|| crate::render::exports::write_exports(&briefing, &under),
        &|| {
            crate::render::feeds::feed_files(&briefing, prefix)
                .into_iter()
                .try_for_each(|f| under.file(f))
        },
    ];
    let renderer = renderer()?;
    let (rendered, exported) = rayon::join(
        || phases.run("render", || render_site(renderer, &briefing, prefix, out)),
        || phases.run("exports", || exports.par_iter().try_for_each(|job| job())),
    );
    rendered?;
    exported?;
    Ok(BuiltBriefing {
        slug: plan.slug.clone(),
        briefing: std::sync::Arc::new(briefing),
        files: Vec::new(),
        skipped,
    })
}

/// Empties what only the pages and exports read, once they are written: the report, the
/// archive's index and `--explain` read the sources' ids and files, the counts, the
/// statements and the warnings.
fn keep_what_the_report_reads(b: &mut Briefing) {
    for s in &mut b.sources {
        s.paragraphs = Vec::new();
        s.removed = Vec::new();
    }
    b.background = Vec::new();
    b.references = Vec::new();
    b.reference_groups = Vec::new();
    b.incidents = Vec::new();
    b.timeline = Vec::new();
    b.actor_groups = Vec::new();
}

/// Leaves out the seeds `clean::screen_seed` refuses (unreadable front matter, drafts), each
/// named in a warning and counted as skipped.
fn screen_sources(
    sources: Vec<RawSource>,
    drafts: bool,
    warnings: &mut Vec<Warning>,
    skipped: &mut usize,
) -> Vec<RawSource> {
    sources
        .into_iter()
        .filter(|raw| match crate::clean::screen_seed(raw, drafts) {
            Some(why) => {
                warnings.push(why);
                *skipped += 1;
                false
            }
            None => true,
        })
        .collect()
}

/// The archive's index entries, newest event first.
fn archive_entries(briefings: &[BuiltBriefing]) -> Vec<archive::ArchiveEntry> {
    let mut entries: Vec<archive::ArchiveEntry> = briefings
        .iter()
        .filter_map(|b| {
            let br = &b.briefing;
            Some(archive::ArchiveEntry {
                slug: b.slug.clone()?,
                title: br.site.title.clone(),
                description: br.site.description.clone(),
                date: br.event.date.clone(),
                date_display: br.event.date_display.clone(),
                place: br.event.place.clone(),
                sources: br.sources.len(),
                casualties: br.casualties.len(),
                reactions: br.reactions.len(),
            })
        })
        .collect();
    entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.slug.cmp(&b.slug)));
    entries
}

/// The compiled templates: `serve`'s, while the theme and templates are the files they were
/// compiled from; compiled anew otherwise.
fn renderer_for(opts: &BuildOptions, config: &Config) -> Result<std::sync::Arc<Renderer>> {
    let compile = || Renderer::new(&opts.root, &config.theme).map(std::sync::Arc::new);
    let Some(cache) = &opts.cache else {
        return compile();
    };
    let fingerprint = templates_fingerprint(opts, config);
    let mut kept = cache.renderer.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((f, renderer)) = kept.as_ref() {
        if *f == fingerprint {
            return Ok(std::sync::Arc::clone(renderer));
        }
    }
    let renderer = compile()?;
    *kept = Some((fingerprint, std::sync::Arc::clone(&renderer)));
    Ok(renderer)
}

/// A fingerprint of what the templates are compiled from: the theme's name and the files of
/// `templates/` and `themes/` (names, sizes and modification times).
fn templates_fingerprint(opts: &BuildOptions, config: &Config) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    config.theme.hash(&mut h);
    for dir in [opts.root.join("templates"), opts.root.join("themes")] {
        hash_tree(&dir, usize::MAX, &mut h);
    }
    h.finish()
}

/// A fingerprint of what every briefing builds with: the configuration, templates, theme
/// and notes (names, sizes and modification times of the files).
fn inputs_fingerprint(opts: &BuildOptions, config: &Config) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(config)
        .unwrap_or_default()
        .hash(&mut h);
    for dir in [
        opts.root.join("templates"),
        opts.root.join("themes"),
        opts.root.join("notes"),
        opts.root.join(crate::statics::STATIC_DIR),
    ] {
        hash_tree(&dir, usize::MAX, &mut h);
    }
    hash_tree(&opts.root.join("notes.md"), 0, &mut h);
    h.finish()
}

/// A briefing's fingerprint: the shared inputs plus its own seeds.
fn briefing_fingerprint(plan: &archive::BriefingPlan, inputs: u64) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    inputs.hash(&mut h);
    serde_json::to_string(&plan.config)
        .unwrap_or_default()
        .hash(&mut h);
    hash_tree(
        &plan.seeds_dir,
        if plan.top_level_only { 1 } else { usize::MAX },
        &mut h,
    );
    h.finish()
}

fn hash_tree(path: &Path, depth: usize, h: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    for e in walkdir::WalkDir::new(path)
        .max_depth(depth)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        e.path().hash(h);
        if let Ok(m) = e.metadata() {
            m.len().hash(h);
            m.modified().ok().hash(h);
        }
    }
}

/// Builds the site and writes it to the output folder, each briefing as soon as it is built.
pub fn build_site(opts: &BuildOptions) -> Result<BuildReport> {
    let config = load_config(opts)?;
    let output = resolve_output_dir(
        &opts.root,
        opts.output.as_deref().unwrap_or(&config.output_dir),
        &config.seeds_dir,
    )?;
    // Find the browser before writing anything, so a missing one fails the build cleanly.
    let browser = if config.print.pdf {
        Some(crate::pdf::find_browser(opts.browser.as_deref())?)
    } else {
        None
    };
    let staging = Staging::begin(&output)?;
    let built = build_with(opts, Some(&staging))?;
    if let Some(browser) = &browser {
        // One PDF per briefing: the site's, or each archive folder's.
        built.phases.run("pdf", || -> Result<()> {
            for b in &built.briefings {
                let dir = b.slug.as_deref().map_or_else(PathBuf::new, PathBuf::from);
                let p = dir.join(PDF_NAME);
                if staging.wrote(&p.to_string_lossy().replace('\\', "/")) {
                    anyhow::bail!(
                        "static/{0} and the PDF brief prints as {0} would both be written to {0}; rename or move static/{0}",
                        p.display()
                    );
                }
                crate::pdf_pages::print_numbered(
                    browser,
                    &staging.dir().join(&dir).join("print.html"),
                    &staging.dir().join(&dir).join(PDF_NAME),
                )?;
                staging.record(&dir.join(PDF_NAME).to_string_lossy().replace('\\', "/"));
            }
            Ok(())
        })?;
    }
    let pages = staging.pages();
    built.phases.run("commit", || staging.commit())?;
    Ok(BuildReport {
        output,
        sources: built.sources(),
        skipped: built.skipped(),
        pages,
        warnings: built.warnings(),
        rebuilt: built.rebuilt,
        briefings: built.briefings.len(),
        seeds_dir: opts.root.join(&built.config.seeds_dir),
        statements: built
            .briefings
            .iter()
            .flat_map(|b| crate::explain::statements_of(&b.briefing))
            .collect(),
        phases: built.phases.into_times(),
    })
}

/// Cleans every source in parallel, giving each a unique slug.
pub fn clean_all(sources: &[RawSource]) -> (Vec<Article>, Vec<Warning>) {
    clean_all_with(sources, None)
}

/// `clean_all`, taking the sources `cache` cleaned before from it.
fn clean_all_with(
    sources: &[RawSource],
    cache: Option<&BuildCache>,
) -> (Vec<Article>, Vec<Warning>) {
    let slugs = unique_slugs(sources.iter().map(|s| s.rel.as_path()));
    let results: Vec<(Article, Vec<Warning>)> = sources
        .par_iter()
        .zip(slugs)
        .map(|(raw, slug)| match cache {
            Some(cache) => cache.clean(raw, slug),
            None => clean_article(raw, slug),
        })
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
    use std::hash::{Hash, Hasher};
    // Letters and digits only, lowercased: the same text whatever its spacing and punctuation
    // (ASCII without decoding, the rest by `char`).
    fn normalised(a: &Article) -> Vec<u8> {
        let mut text = Vec::with_capacity(a.blocks.iter().map(|b| b.text.len()).sum());
        let mut buf = [0u8; 4];
        for c in a.blocks.iter().flat_map(|b| b.text.chars()) {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    text.push(c.to_ascii_lowercase() as u8);
                }
            } else if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    text.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        text
    }
    let hashes: Vec<Option<u64>> = articles
        .par_iter()
        .map(|a| {
            let text = normalised(a);
            let mut h = std::collections::hash_map::DefaultHasher::new();
            text.hash(&mut h);
            (!text.is_empty()).then(|| h.finish())
        })
        .collect();
    // Articles kept so far, by hash; a hash match is confirmed on the text itself.
    let mut seen: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
    let mut kept: Vec<Article> = Vec::with_capacity(articles.len());
    let mut warnings = Vec::new();
    for (a, hash) in articles.into_iter().zip(hashes) {
        let Some(hash) = hash else {
            kept.push(a);
            continue;
        };
        let same = seen.get(&hash).and_then(|ids| {
            ids.iter()
                .find(|&&i| normalised(&kept[i]) == normalised(&a))
        });
        match same {
            Some(&first) => warnings.push(Warning::new(
                &a.file,
                format!("the same article as {}; shown once", kept[first].file),
            )),
            None => {
                seen.entry(hash).or_default().push(kept.len());
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
