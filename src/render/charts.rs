//! Charts drawn at build time as inline SVG: no script, sharp in print, legible in black and
//! white (killed solid, injured hatched).

use std::fmt::Write;

use crate::briefing::{group_digits, Briefing};

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

/// Horizontal bars comparing today's figures by claimant and outlet.
pub fn casualty_chart(b: &Briefing) -> String {
    let rows: Vec<(String, u64, u64)> = b
        .casualties
        .iter()
        .filter(|c| c.claim.current && (c.claim.killed.is_some() || c.claim.injured.is_some()))
        .map(|c| {
            let who = c
                .claim
                .claimed_by
                .clone()
                .unwrap_or_else(|| "unattributed".into());
            (
                format!("{} — {}", c.publisher, shorten(&who, 38)),
                c.claim.killed.unwrap_or(0),
                c.claim.injured.unwrap_or(0),
            )
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    let max = rows.iter().map(|r| r.1.max(r.2)).max().unwrap_or(1).max(1) as f64;
    let (label_w, bar_w, row_h) = (330.0, 300.0, 34.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart" role="img" aria-labelledby="cas-chart-title" viewBox="0 0 {w} {height}" xmlns="http://www.w3.org/2000/svg"><title id="cas-chart-title">Casualty figures by claimant and outlet</title><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3"/></pattern></defs>"##,
        w = label_w + bar_w + 80.0
    );
    let _ = write!(
        svg,
        r##"<g font-size="12" font-family="system-ui, sans-serif" fill="currentColor"><rect x="{x}" y="6" width="12" height="12" fill="currentColor"/><text x="{tx}" y="16">killed</text><rect x="{x2}" y="6" width="12" height="12" fill="url(#hatch)" stroke="currentColor"/><text x="{tx2}" y="16">injured</text></g>"##,
        x = label_w,
        tx = label_w + 16.0,
        x2 = label_w + 80.0,
        tx2 = label_w + 96.0
    );
    for (i, (label, killed, injured)) in rows.iter().enumerate() {
        let y = 30.0 + row_h * i as f64;
        let kw = bar_w * *killed as f64 / max;
        let iw = bar_w * *injured as f64 / max;
        let _ = write!(
            svg,
            r##"<g font-size="12" font-family="system-ui, sans-serif" fill="currentColor"><text x="{lx}" y="{ty}" text-anchor="end">{label}</text>"##,
            lx = label_w - 8.0,
            ty = y + 15.0,
            label = esc(label)
        );
        if *killed > 0 {
            let _ = write!(
                svg,
                r##"<rect x="{label_w}" y="{y}" width="{kw:.1}" height="12" fill="currentColor"/><text x="{tx:.1}" y="{ty}">{v}</text>"##,
                tx = label_w + kw + 4.0,
                ty = y + 10.0,
                v = group_digits(*killed)
            );
        }
        if *injured > 0 {
            let _ = write!(
                svg,
                r##"<rect x="{label_w}" y="{y2}" width="{iw:.1}" height="12" fill="url(#hatch)" stroke="currentColor" stroke-width="1"/><text x="{tx:.1}" y="{ty}">{v}</text>"##,
                y2 = y + 14.0,
                tx = label_w + iw + 4.0,
                ty = y + 24.0,
                v = group_digits(*injured)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// A drawn timeline of the earlier events the sources recall, oldest on the left.
pub fn timeline_chart(b: &Briefing) -> String {
    let Some(first) = b.timeline.first().map(|e| e.year) else {
        return String::new();
    };
    let last = b.timeline.last().map_or(first, |e| e.year).max(first + 1);
    let end = b
        .event
        .date
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
        .unwrap_or(last)
        .max(last);
    let (left, width) = (40.0, 720.0);
    let x = |year: i32, month: Option<u32>| {
        left + width * ((year - first) as f64 + month.map_or(0.5, |m| (m as f64 - 0.5) / 12.0))
            / ((end - first + 1) as f64)
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart timeline-chart" role="img" aria-labelledby="tl-title" viewBox="0 0 800 150" xmlns="http://www.w3.org/2000/svg"><title id="tl-title">Timeline of earlier events, {first} to {end}</title><g fill="currentColor" stroke="currentColor" font-size="11" font-family="system-ui, sans-serif"><line x1="{left}" y1="70" x2="{right}" y2="70" stroke-width="2"/>"##,
        right = left + width
    );
    let mut labelled: Vec<f64> = Vec::new();
    for e in &b.timeline {
        let cx = x(e.year, e.month);
        let r = 3.0 + 2.0 * e.publishers.len() as f64;
        let _ = write!(
            svg,
            r##"<circle cx="{cx:.1}" cy="70" r="{r:.1}" fill-opacity="0.35"><title>{t}</title></circle>"##,
            t = esc(&format!(
                "{} — {} ({} sources)",
                e.when,
                e.label,
                e.publishers.len()
            ))
        );
        if labelled.iter().all(|l| (l - cx).abs() > 36.0) {
            labelled.push(cx);
            let _ = write!(
                svg,
                r##"<text x="{cx:.1}" y="100" text-anchor="middle" stroke="none">{y}</text>"##,
                y = e.year
            );
        }
    }
    if let Some(date) = &b.event.date {
        let cx = left + width;
        let _ = write!(
            svg,
            r##"<line x1="{cx}" y1="50" x2="{cx}" y2="90" stroke-width="3"/><text x="{cx}" y="40" text-anchor="end" stroke="none">event: {d}</text>"##,
            d = esc(date)
        );
    }
    svg.push_str("</g></svg>");
    svg
}
