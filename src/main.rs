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
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Build the site, then print the whole briefing to a PDF with headless Chromium.
    Pdf {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the PDF (default: briefing.pdf in the output folder).
        #[arg(long)]
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
    /// Build into a temporary folder and serve it on 127.0.0.1, rebuilding and reloading
    /// open pages when seeds, templates, themes, notes or site.toml change.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but 127.0.0.1 exposes the site to the network.
        #[arg(long, default_value = "127.0.0.1")]
        interface: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
}

#[derive(Args)]
struct SiteArgs {
    /// The site folder holding site.toml (default: the current folder).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The URL the site will be served from, for canonical links.
    #[arg(long)]
    base_url: Option<String>,
    /// Also build seeds whose front matter says `draft = true`.
    #[arg(long)]
    drafts: bool,
}

/// How much to print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let v = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let result = match cli.command {
        Command::Build { site, output } => run_build(site, output, v),
        Command::Pdf {
            site,
            output,
            browser,
        } => run_pdf(site, output, browser, v),
        Command::Check { site } => run_check(site, v),
        Command::Init { dir } => run_init(dir, v),
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

fn run_build(site: SiteArgs, output: Option<PathBuf>, v: Verbosity) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let opts = options(site, output, false, None, v);
    let report = build_site(&opts);
    if let Some(bar) = &opts.progress {
        bar.finish_and_clear();
    }
    print_report(&report?, started, v);
    Ok(ExitCode::SUCCESS)
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
