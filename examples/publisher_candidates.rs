//! Writes every name of each pasted page that could be its outlet, with the cues the
//! publisher model weighs, as JSON lines for `tools/fit_publisher.py`:
//!
//!     cargo run --release --example publisher_candidates -- tests/fixtures/*/seeds/*.txt
//!
//! The lines are the build's: blank lines dropped, runs of spaces collapsed.

use std::io::Write;

use anyhow::{Context, Result};
use brief::clean::publisher_model::candidates;

fn main() -> Result<()> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
        let lines: Vec<String> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let found: Vec<serde_json::Value> = candidates(&lines)
            .into_iter()
            .map(|c| serde_json::json!({"name": c.name, "cues": c.cues}))
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"path": path, "candidates": found})
        )?;
    }
    Ok(())
}
