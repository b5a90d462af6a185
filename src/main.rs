//! The `brief` command line: a thin layer over the library's build pipeline.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
        /// The site folder holding site.toml (default: the current folder).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: output_dir from site.toml, `public`).
        #[arg(long)]
        output: Option<PathBuf>,
        /// The URL the site will be served from, for canonical links.
        #[arg(long)]
        base_url: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            root,
            output,
            base_url,
        } => run_build(root, output, base_url),
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

fn run_build(
    root: PathBuf,
    output: Option<PathBuf>,
    base_url: Option<String>,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let report = brief::build::build_site(&brief::build::BuildOptions {
        root,
        output,
        base_url,
    })?;
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
    Ok(())
}
