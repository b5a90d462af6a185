//! The `brief` command line: a thin layer over the library's build pipeline.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use brief::build::{build_site, BuildOptions, BuildReport, PDF_NAME};
use brief::diag::Warning;
use clap::{Args, Parser, Subcommand};

// A build allocates millions of small strings across threads; mimalloc serves them about a
// fifth faster than the system allocator (see benches/scale.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process. mimalloc asks the kernel for huge
/// pages on its arenas, and the kernel then zeroes 2 MB for every first touch: compiling the
/// cleaner's regexes touches a few kilobytes here and there, and on the five seeds the kernel
/// spent half of the build's CPU zeroing pages (sys 53 → 27 ms a build, resident memory 92 →
/// 52 MB; at 2,000 articles sys 1.6 → 0.8 s, peak 400 → 360 MB, user time unchanged). The
/// kernel checks the flag at each fault, so mappings made before `main` follow it too.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and changes only this process's
    // paging policy; a kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Turn a folder of news articles about one event into a static briefing site.
#[derive(Parser)]
#[command(name = "brief", version, about, long_about = None)]
struct Cli {
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print each build phase's time.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the briefing site from the seeds folder into the output folder.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site (default: output_dir from site.toml, `public`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        explain: ExplainArgs,
    },
    /// Build the site, then print the whole briefing to a PDF with headless Chromium.
    Pdf {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the PDF (default: briefing.pdf in the output folder).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The browser to print with (default: $BRIEF_BROWSER, else chromium,
        /// chromium-browser or google-chrome on PATH).
        #[arg(long)]
        browser: Option<PathBuf>,
    },
    /// Do everything build does without writing, and check every internal link and anchor.
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Create a new briefing folder (site.toml, seeds/, templates/, notes.md).
    Init {
        /// The folder to create (default: the current folder, which must be empty).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Put a new article into the seeds folder as SLUG.md, its front matter filled from what
    /// brief reads of FILE (or standard input with `-`); without FILE, a blank one to fill in.
    New {
        /// The new seed's name (letters, digits and dashes).
        slug: String,
        /// The article: a .txt, .md or saved .html file, or `-` for standard input.
        file: Option<PathBuf>,
        /// The site folder holding site.toml (default: the current folder).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
    },
    /// Put an article into the seeds folder, named after its headline: `brief new` without a SLUG.
    Add {
        /// The article: a .txt, .md or saved .html file, or `-` for standard input.
        file: PathBuf,
        /// The site folder holding site.toml (default: the current folder).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
    },
    /// Build into a temporary folder and serve it on 127.0.0.1, rebuilding and reloading
    /// open pages when seeds, templates, themes, notes or site.toml change.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The port to listen on.
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but 127.0.0.1 exposes the site to the network.
        #[arg(short, long, default_value = "127.0.0.1")]
        interface: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(short = 'O', long)]
        open: bool,
    },
}

#[derive(Args)]
struct SiteArgs {
    /// The site folder holding site.toml (default: the current folder).
    #[arg(short, long, default_value = ".")]
    root: PathBuf,
    /// The URL the site will be served from, for canonical links.
    #[arg(short = 'u', long)]
    base_url: Option<String>,
    /// Also include seeds marked `draft = true` in their front matter.
    #[arg(long)]
    drafts: bool,
}

#[derive(Args)]
struct ExplainArgs {
    /// After the build, print how many statements each attribution sieve found and, with an
    /// annotation, how many of them it lists (each sieve's precision).
    #[arg(long)]
    explain: bool,
    /// The annotation (score.py's gold.json) --explain measures against (default: gold.json
    /// beside the seeds folder, when there is one); implies --explain.
    #[arg(long, value_name = "FILE")]
    explain_gold: Option<PathBuf>,
}

/// How much to print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

fn main() -> ExitCode {
    without_huge_pages();
    let cli = Cli::parse();
    let v = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let result = match cli.command {
        Command::Build {
            site,
            output,
            explain,
        } => run_build(site, output, explain, v),
        Command::Pdf {
            site,
            output,
            browser,
        } => run_pdf(site, output, browser, v),
        Command::Check { site } => run_check(site, v),
        Command::Init { dir } => run_init(dir, v),
        Command::New { slug, file, root } => run_add(&root, Some(&slug), file, v),
        Command::Add { file, root } => run_add(&root, None, Some(file), v),
        Command::Serve {
            site,
            port,
            interface,
            open,
        } => brief::serve::serve(
            &options(site, None, false, None, v),
            std::net::SocketAddr::new(interface, port),
            open,
            v == Verbosity::Quiet,
        ),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

/// A phase-by-phase progress bar, on a terminal only and never when quiet.
fn progress_bar(v: Verbosity) -> Option<indicatif::ProgressBar> {
    if v == Verbosity::Quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(11);
    bar.set_style(indicatif::ProgressStyle::with_template("{bar:24} {pos}/{len} {msg}").ok()?);
    Some(bar)
}

fn options(
    site: SiteArgs,
    output: Option<PathBuf>,
    pdf: bool,
    browser: Option<PathBuf>,
    v: Verbosity,
) -> BuildOptions {
    BuildOptions {
        cache: None,
        root: site.root,
        output,
        base_url: site.base_url,
        drafts: site.drafts,
        pdf,
        browser,
        progress: progress_bar(v),
    }
}

fn run_build(
    site: SiteArgs,
    output: Option<PathBuf>,
    explain: ExplainArgs,
    v: Verbosity,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let opts = options(site, output, false, None, v);
    let report = build_site(&opts);
    if let Some(bar) = &opts.progress {
        bar.finish_and_clear();
    }
    let report = report?;
    print_report(&report, started, v);
    if explain.explain || explain.explain_gold.is_some() {
        print_sieves(&report, explain.explain_gold)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--explain`: the statements each attribution sieve found, measured against the annotation
/// given or the `gold.json` beside the seeds folder.
fn print_sieves(report: &BuildReport, gold: Option<PathBuf>) -> anyhow::Result<()> {
    let beside = report
        .seeds_dir
        .parent()
        .map(|p| p.join("gold.json"))
        .filter(|p| p.is_file());
    let gold_path = gold.or(beside);
    let annotation = gold_path
        .as_deref()
        .map(brief::explain::Annotation::load)
        .transpose()?;
    match &gold_path {
        Some(p) => println!("statements by attribution sieve, against {}", p.display()),
        None => println!(
            "statements by attribution sieve (no gold.json beside the seeds folder: pass --explain-gold FILE for precision)"
        ),
    }
    print!(
        "{}",
        brief::explain::sieve_table(&report.statements, annotation.as_ref())
    );
    if let Some(gold) = &annotation {
        let unlisted = brief::explain::unlisted(&report.statements, gold);
        if !unlisted.is_empty() {
            println!("not in the annotation:");
            print!("{unlisted}");
        }
    }
    Ok(())
}

fn run_pdf(
    site: SiteArgs,
    output: Option<PathBuf>,
    browser: Option<PathBuf>,
    v: Verbosity,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let opts = options(site, None, true, browser, v);
    let report = build_site(&opts);
    if let Some(bar) = &opts.progress {
        bar.finish_and_clear();
    }
    let report = report?;
    print_report(&report, started, v);
    let built = report.output.join(PDF_NAME);
    let target = match output {
        Some(target) => {
            std::fs::copy(&built, &target)
                .with_context(|| format!("copying {} to {}", built.display(), target.display()))?;
            target
        }
        None => built,
    };
    if v != Verbosity::Quiet {
        println!("wrote {}", target.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn run_check(site: SiteArgs, v: Verbosity) -> anyhow::Result<ExitCode> {
    let opts = options(site, None, false, None, v);
    let report = brief::check::check_site(&opts);
    if let Some(bar) = &opts.progress {
        bar.finish_and_clear();
    }
    let report = report?;
    if v != Verbosity::Quiet {
        print_warnings(&report.warnings, v);
        for b in &report.broken {
            eprintln!("broken link: {b}");
        }
        let skipped = if report.skipped > 0 {
            format!(", {} skipped", report.skipped)
        } else {
            String::new()
        };
        println!("{:<12} result", "check");
        println!("{:<12} ok", "config");
        println!("{:<12} ok", "templates");
        println!("{:<12} {} read{skipped}", "sources", report.sources);
        println!("{:<12} {}", "warnings", report.warnings.len());
        println!("{:<12} {}", "pages", report.pages);
        println!(
            "{:<12} {} checked, {} broken",
            "links",
            report.links,
            report.broken.len()
        );
    }
    Ok(if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn run_init(dir: PathBuf, v: Verbosity) -> anyhow::Result<ExitCode> {
    brief::init::init_site(&dir)?;
    if v != Verbosity::Quiet {
        println!(
            "created a briefing in {}: add articles to seeds/, then run `brief build`",
            dir.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn run_add(
    root: &std::path::Path,
    slug: Option<&str>,
    file: Option<PathBuf>,
    v: Verbosity,
) -> anyhow::Result<ExitCode> {
    let bytes = match &file {
        None => None,
        Some(f) if f.as_os_str() == "-" => {
            if std::io::stdin().is_terminal() && v != Verbosity::Quiet {
                eprintln!("paste the article, then press Ctrl-D (Ctrl-Z, Enter on Windows)");
            }
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .context("reading the article from standard input")?;
            Some((bytes, None))
        }
        Some(f) => Some((
            std::fs::read(f).with_context(|| format!("reading {}", f.display()))?,
            Some(f.as_path()),
        )),
    };
    let added = brief::add::add_article(
        root,
        slug,
        bytes.as_ref().map(|(b, name)| (b.as_slice(), *name)),
    )?;
    if v != Verbosity::Quiet {
        println!("wrote {}", added.path.display());
        println!("  title      {}", added.title);
        println!(
            "  publisher  {}",
            added.publisher.as_deref().unwrap_or("(not found: add it)")
        );
        println!(
            "  date       {}",
            added.date.as_deref().unwrap_or("(not found: add it)")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Warnings as one summary, grouped by file, rather than scattered through the output.
fn print_warnings(warnings: &[Warning], v: Verbosity) {
    if warnings.is_empty() || v == Verbosity::Quiet {
        return;
    }
    eprintln!(
        "{} warning{}:",
        warnings.len(),
        if warnings.len() == 1 { "" } else { "s" }
    );
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

fn print_report(report: &BuildReport, started: Instant, v: Verbosity) {
    print_warnings(&report.warnings, v);
    if v == Verbosity::Quiet {
        return;
    }
    if v == Verbosity::Verbose {
        for (phase, took) in &report.phases {
            eprintln!("phase {phase:<10} {:>8.1} ms", took.as_secs_f64() * 1000.0);
        }
    }
    let skipped = if report.skipped > 0 {
        format!(", {} skipped", report.skipped)
    } else {
        String::new()
    };
    println!(
        "built {} pages from {} sources{skipped} into {} in {} ms ({} warnings)",
        report.pages,
        report.sources,
        report.output.display(),
        started.elapsed().as_millis(),
        report.warnings.len()
    );
}
