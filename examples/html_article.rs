//! Writes what brief keeps of saved web pages, one JSON line per page (`page`, `title`,
//! `blocks`), for `tools/measure_html.py` to score against hand-marked pages.
//!
//!     cargo run --release --example html_article -- PAGES_DIR > kept.jsonl

use std::io::Write;

use anyhow::{Context, Result};
use brief::clean::clean_article;
use brief::ingest::RawSource;

fn main() -> Result<()> {
    let dir = std::env::args()
        .nth(1)
        .context("usage: html_article PAGES_DIR (a folder of .html pages)")?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {dir}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for path in files {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let name = path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let raw = RawSource {
            file: name.clone(),
            rel: name.clone().into(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        };
        let (article, _) = clean_article(&raw, "page".into());
        let blocks: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
        let page = name.trim_end_matches(".html");
        let line = serde_json::json!({"page": page, "title": article.title, "blocks": blocks});
        writeln!(out, "{line}")?;
    }
    Ok(())
}
