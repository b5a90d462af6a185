//! Writes the cleaner's view of pasted-text pages as TSV, for `tools/fit_cleaner.py` and
//! `tools/measure_cleaner.py`: one row per body line with its features (computed by the same
//! function the build uses), the rules' reason, the model's chance of content and the verdict.
//!
//!     cargo run --release --example line_features -- PAGES_DIR > lines.tsv
//!     cargo run --release --example line_features -- --names   # the features' names

use std::io::Write;

use anyhow::{Context, Result};
use brief::clean::{
    line_table,
    model::{CONTEXT_NAMES, FEATURE_NAMES},
};

fn main() -> Result<()> {
    let dir = std::env::args().nth(1).context(
        "usage: line_features PAGES_DIR|--names (a folder of .txt pages, headline first)",
    )?;
    // The feature names alone, read without the model (the fitting tool checks them against
    // the shipped model before a refit).
    if dir == "--names" {
        let context: Vec<&str> = FEATURE_NAMES
            .iter()
            .chain(&CONTEXT_NAMES)
            .copied()
            .collect();
        println!("{}\n{}", FEATURE_NAMES.join("\t"), context.join("\t"));
        return Ok(());
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {dir}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(
        out,
        "page\tline\t{}\trule\tcontent\tkept_always\tsentence\tremoved",
        FEATURE_NAMES.join("\t")
    )?;
    for path in files {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let page = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for row in line_table(&text) {
            let features: Vec<String> = row.features.iter().map(|f| f.to_string()).collect();
            writeln!(
                out,
                "{page}\t{}\t{}\t{}\t{:.4}\t{}\t{}\t{}",
                row.line,
                features.join("\t"),
                row.rule.unwrap_or(""),
                row.content,
                u8::from(row.kept_always),
                u8::from(row.sentence),
                row.removed.unwrap_or("")
            )?;
        }
    }
    Ok(())
}
