//! Machine-readable exports beside the pages: `briefing.json`, CSV tables for spreadsheets.

use std::io::Write;

use anyhow::{Context, Result};

use crate::briefing::Briefing;
use crate::output::FileSink;

/// Writes `briefing.json` and the CSV exports.
pub fn write_exports(b: &Briefing, out: &dyn FileSink) -> Result<()> {
    // Compact and streamed: the export grows with the briefing; the data page shows a
    // readable sample.
    let (json, tables) = rayon::join(
        || {
            out.stream(std::path::Path::new("briefing.json"), &mut |w| {
                serde_json::to_writer(w, &super::briefing_json::Export(b))
                    .context("serialising briefing.json")
            })
        },
        || -> Result<()> {
            // Each table written row by row to its file: at 10,000 articles the statements'
            // table alone is 45 MB, which was held whole (and its growing buffer twice over).
            let tables: [(&str, Table); 3] = [
                ("casualties.csv", casualties_csv),
                ("reactions.csv", reactions_csv),
                ("timeline.csv", timeline_csv),
            ];
            for (name, table) in tables {
                out.stream(std::path::Path::new(name), &mut |w| table(b, w))?;
            }
            Ok(())
        },
    );
    json.and(tables)
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Writes one CSV export of a briefing to a file.
type Table = fn(&Briefing, &mut dyn Write) -> Result<()>;

fn write_csv(
    out: &mut dyn Write,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header).context("writing a CSV header")?;
    for row in rows {
        let row: Vec<String> = row.into_iter().map(inert_cell).collect();
        w.write_record(&row).context("writing a CSV row")?;
    }
    w.flush().context("finishing a CSV export")
}

/// A cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return (a formula, such as a publisher `=HYPERLINK(…)` from a seed) gets a leading `'`, as
/// OWASP advises for CSV injection. Plain numbers ("-3") stay numbers.
fn inert_cell(cell: String) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell
    }
}

/// One row per casualty claim.
pub fn casualties_csv(b: &Briefing, out: &mut dyn Write) -> Result<()> {
    write_csv(
        out,
        &[
            "source",
            "publisher",
            "paragraph",
            "killed",
            "injured",
            "missing",
            "displaced",
            "detained",
            "qualifier",
            "vague",
            "group",
            "claimed_by",
            "current",
            "cause",
            "sentence",
        ],
        b.casualties.iter().map(|c| {
            let k = &c.claim;
            vec![
                k.cite.source.clone(),
                c.publisher.clone(),
                k.cite.block.clone(),
                opt(&k.killed),
                opt(&k.injured),
                opt(&k.missing),
                opt(&k.displaced),
                opt(&k.detained),
                k.qualifier.unwrap_or("").to_string(),
                k.vague.to_string(),
                k.group.clone(),
                opt(&k.claimed_by),
                k.current.to_string(),
                k.cause.unwrap_or("").to_string(),
                k.cite.sentence.clone(),
            ]
        }),
    )
}

/// One row per statement.
pub fn reactions_csv(b: &Briefing, out: &mut dyn Write) -> Result<()> {
    write_csv(
        out,
        &[
            "source",
            "publisher",
            "paragraph",
            "actor",
            "role",
            "affiliation",
            "kind",
            "stance",
            "verb",
            "sentence",
        ],
        b.reactions.iter().map(|r| {
            let k = &r.claim;
            vec![
                k.cite.source.clone(),
                r.publisher.clone(),
                k.cite.block.clone(),
                k.actor.clone(),
                opt(&k.role),
                opt(&k.affiliation),
                serde_json::to_value(k.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                k.stance.join("; "),
                k.verb.clone(),
                k.cite.sentence.clone(),
            ]
        }),
    )
}

/// One row per timeline entry.
pub fn timeline_csv(b: &Briefing, out: &mut dyn Write) -> Result<()> {
    write_csv(
        out,
        &[
            "year",
            "month",
            "when",
            "what",
            "label",
            "publishers",
            "sources",
        ],
        b.timeline.iter().map(|e| {
            let sources: Vec<String> = e
                .claims
                .iter()
                .map(|&i| b.background[i].anchor.clone())
                .collect();
            vec![
                e.year.to_string(),
                opt(&e.month),
                e.when.clone(),
                opt(&e.what),
                e.label.clone(),
                e.publishers.join("; "),
                sources.join(" "),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::inert_cell;

    #[test]
    fn formulas_are_made_inert_and_numbers_kept() {
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+1", "'+1+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-2+3", "'-2+3"),
            ("-3", "-3"),
            ("Reuters", "Reuters"),
        ] {
            assert_eq!(inert_cell(cell.to_string()), want);
        }
    }
}
