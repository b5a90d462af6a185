//! The `brief` command line: a thin layer over the library's build pipeline.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use brief::build::{build_site, BuildOptions, BuildReport, PDF_NAME};
use clap::{Args, Parser, Subcommand};

/// Turn a folder of news articles about one event into a static briefing site.
#[derive(Parser)]
#[command(name = "brief", version, about, long_about = None)]
struct Cli {
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
}

#[derive(Args)]
struct SiteArgs {
    /// The site folder holding site.toml (default: the current folder).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The URL the site will be served from, for canonical links.
    #[arg(long)]
    base_url: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { site, output } => run_build(site, output),
        Command::Pdf {
            site,
            output,
            browser,
        } => run_pdf(site, output, browser),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run_build(site: SiteArgs, output: Option<PathBuf>) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let report = build_site(&BuildOptions {
        root: site.root,
        output,
        base_url: site.base_url,
        pdf: false,
        browser: None,
    })?;
    print_report(&report, started);
    Ok(())
}

fn run_pdf(
    site: SiteArgs,
    output: Option<PathBuf>,
    browser: Option<PathBuf>,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let report = build_site(&BuildOptions {
        root: site.root,
        output: None,
        base_url: site.base_url,
        pdf: true,
        browser,
    })?;
    print_report(&report, started);
    let built = report.output.join(PDF_NAME);
    match output {
        Some(target) => {
            std::fs::copy(&built, &target)
                .with_context(|| format!("copying {} to {}", built.display(), target.display()))?;
            println!("wrote {}", target.display());
        }
        None => println!("wrote {}", built.display()),
    }
    Ok(())
}

fn print_report(report: &BuildReport, started: std::time::Instant) {
    for w in &report.warnings {
        eprintln!("warning: {w}");
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
