//! Charts drawn at build time as inline SVG: no script, sharp in print, legible in black and
//! white (killed solid, injured hatched).

use std::fmt::Write;

use crate::briefing::{group_digits, Briefing, Incident};

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

/// The chart of each current incident, by incident id: only that incident's figures, so the
/// deaths of one incident never stand among another's. Empty where fewer than two figures
/// would be drawn (one bar compares nothing).
pub fn incident_charts(b: &Briefing) -> std::collections::BTreeMap<String, String> {
    b.incidents
        .iter()
        .filter(|inc| inc.current)
        .map(|inc| (inc.id.clone(), incident_chart(b, inc)))
        .collect()
}

/// How many characters of a label fit on one line of the chart.
const LABEL_CHARS: usize = 50;

/// Words of `s` on at most two lines of `max` characters, the second ending in "…" if cut.
fn wrap_label(s: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in s.split_whitespace() {
        let full = lines.len() >= 2;
        let Some(line) = lines.last_mut() else { break };
        if line.is_empty() || line.chars().count() + 1 + word.chars().count() <= max {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else if !full {
            lines.push(word.to_string());
        } else {
            line.push_str(" …");
            break;
        }
    }
    lines.into_iter().map(|l| shorten(&l, max)).collect()
}

/// Horizontal bars comparing one incident's figures by outlet and claimant, each label on
/// its own line above its bars so no label is cut, however long.
pub fn incident_chart(b: &Briefing, inc: &Incident) -> String {
    let rows: Vec<(Vec<String>, String, u64, u64)> = inc
        .claims
        .iter()
        .filter_map(|&i| b.casualties.get(i))
        .filter(|c| c.claim.killed.is_some() || c.claim.injured.is_some())
        .map(|c| {
            let who = c
                .claim
                .claimed_by
                .clone()
                .unwrap_or_else(|| "unattributed".into());
            let label = format!("{} — {}", c.publisher, who);
            (
                wrap_label(&label, LABEL_CHARS),
                label,
                c.claim.killed.unwrap_or(0),
                c.claim.injured.unwrap_or(0),
            )
        })
        .collect();
    if rows.len() < 2 {
        return String::new();
    }
    let id = esc(&inc.id);
    let max = rows.iter().map(|r| r.2.max(r.3)).max().unwrap_or(1).max(1) as f64;
    let (width, bar_w, line_h) = (400.0, 340.0, 15.0);
    let row_h = |r: &(Vec<String>, String, u64, u64)| line_h * r.0.len() as f64 + 32.0;
    let height = 28.0 + rows.iter().map(row_h).sum::<f64>();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart incident-chart" role="img" aria-labelledby="{id}-chart-title" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-chart-title">{t}: figures by outlet and claimant</title><defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3"/></pattern></defs>"##,
        t = esc(&inc.label)
    );
    // The key names only what is drawn.
    let (any_killed, any_injured) = (rows.iter().any(|r| r.2 > 0), rows.iter().any(|r| r.3 > 0));
    // One group holds the type and colour of the key and every row (at 2,000 sources a chart
    // had thousands of rows, each repeating them).
    svg.push_str(r##"<g font-size="13" font-family="system-ui, sans-serif" fill="currentColor">"##);
    let mut x = 0.0;
    if any_killed {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="4" width="12" height="12"/><text x="{tx}" y="14">killed</text>"##,
            tx = x + 16.0
        );
        x += 70.0;
    }
    if any_injured {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="4" width="12" height="12" fill="url(#{id}-hatch)" stroke="currentColor"/><text x="{tx}" y="14">injured</text>"##,
            tx = x + 16.0
        );
    }
    let mut y = 28.0;
    for row in &rows {
        let (lines, full, killed, injured) = row;
        svg.push_str("<g>");
        // The whole label as a tooltip only where the lines cut it short; a label shown in
        // full would be written twice (at 2,000 sources, thousands of rows on two pages).
        if lines.join(" ") != *full {
            let _ = write!(svg, r##"<title>{full}</title>"##, full = esc(full));
        }
        // `x` is 0 unless given, for text and bars alike.
        for (n, line) in lines.iter().enumerate() {
            let _ = write!(
                svg,
                r##"<text y="{ty}">{line}</text>"##,
                ty = y + 12.0 + line_h * n as f64,
                line = esc(line)
            );
        }
        let bars = y + line_h * lines.len() as f64 + 3.0;
        for (n, (value, fill)) in [
            (*killed, String::new()),
            (*injured, format!(r##" fill="url(#{id}-hatch)""##)),
        ]
        .into_iter()
        .enumerate()
        {
            if value == 0 {
                continue;
            }
            let w = bar_w * value as f64 / max;
            let by = bars + 12.0 * n as f64;
            let _ = write!(
                svg,
                r##"<rect y="{by}" width="{w:.1}" height="10"{fill} stroke="currentColor"/><text x="{tx:.1}" y="{ty}" font-size="12">{v}</text>"##,
                tx = w + 4.0,
                ty = by + 9.5,
                v = group_digits(value)
            );
        }
        svg.push_str("</g>");
        y += row_h(row);
    }
    svg.push_str("</g></svg>");
    svg
}

/// The toll-over-time line of each incident whose death toll rose from report to report, by
/// incident id; incidents without one are absent.
pub fn toll_charts(b: &Briefing) -> std::collections::BTreeMap<String, String> {
    b.incidents
        .iter()
        .filter(|inc| inc.killed_over_time.len() > 1)
        .map(|inc| (inc.id.clone(), toll_chart(inc)))
        .collect()
}

/// A small line of the toll against the time of each report: time left to right (in
/// proportion), the toll upwards, each report a dot labelled with its figure.
pub fn toll_chart(inc: &Incident) -> String {
    let points: Vec<(i64, u64, &str)> = inc
        .killed_over_time
        .iter()
        .filter_map(|p| Some((crate::toll_time::minutes(p)?, p.value, p.when.as_str())))
        .collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    let span = (last.0 - first.0).max(1) as f64;
    let top = points.iter().map(|p| p.1).max().unwrap_or(1).max(1) as f64;
    let (left, right, y0, y1) = (24.0, 296.0, 104.0, 22.0);
    let x = |m: i64| left + (right - left) * (m - first.0) as f64 / span;
    let y = |v: u64| y0 - (y0 - y1) * v as f64 / top;
    let id = esc(&inc.id);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart toll-chart" role="img" aria-labelledby="{id}-toll-title" viewBox="0 0 320 140" xmlns="http://www.w3.org/2000/svg"><title id="{id}-toll-title">The toll as reported over time: {t}</title><g fill="currentColor" stroke="currentColor" font-size="11" font-family="system-ui, sans-serif"><line x1="{left}" y1="{y0}" x2="{right}" y2="{y0}" stroke-width="1"/><polyline fill="none" stroke-width="2" points="{line}"/>"##,
        t = esc(&points
            .iter()
            .map(|p| format!("{} at {}", group_digits(p.1), p.2))
            .collect::<Vec<_>>()
            .join(", ")),
        line = points
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.0), y(p.1)))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for p in &points {
        let _ = write!(
            svg,
            r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="3.5"/><text x="{cx:.1}" y="{ty:.1}" text-anchor="middle" stroke="none">{v}</text>"##,
            cx = x(p.0),
            cy = y(p.1),
            ty = y(p.1) - 8.0,
            v = group_digits(p.1)
        );
    }
    // The first and last reports' times under the axis, the ends anchored inward so they fit.
    let _ = write!(
        svg,
        r##"<text x="{left}" y="{ly}" stroke="none">{a}</text><text x="{right}" y="{ly}" text-anchor="end" stroke="none">{b}</text></g></svg>"##,
        ly = y0 + 16.0,
        a = esc(first.2),
        b = esc(last.2)
    );
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
    // Narrow enough that its years stay legible on a phone, where it is drawn at 350 px.
    let (left, width) = (20.0, 400.0);
    let x = |year: i32, month: Option<u32>| {
        left + width * ((year - first) as f64 + month.map_or(0.5, |m| (m as f64 - 0.5) / 12.0))
            / ((end - first + 1) as f64)
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart timeline-chart" role="img" aria-labelledby="tl-title" viewBox="0 0 440 120" xmlns="http://www.w3.org/2000/svg"><title id="tl-title">Timeline of earlier events, {first} to {end}</title><g fill="currentColor" stroke="currentColor" font-size="12" font-family="system-ui, sans-serif"><line x1="{left}" y1="60" x2="{right}" y2="60" stroke-width="2"/>"##,
        right = left + width
    );
    let mut labelled: Vec<f64> = Vec::new();
    for e in &b.timeline {
        let cx = x(e.year, e.month);
        let r = 3.0 + 2.0 * e.publishers.len() as f64;
        let _ = write!(
            svg,
            r##"<circle cx="{cx:.1}" cy="60" r="{r:.1}" fill-opacity="0.35"><title>{t}</title></circle>"##,
            t = esc(&format!(
                "{} — {} ({} sources)",
                e.when,
                e.label,
                e.publishers.len()
            ))
        );
        if labelled.iter().all(|l| (l - cx).abs() > 34.0) {
            labelled.push(cx);
            let _ = write!(
                svg,
                r##"<text x="{cx:.1}" y="90" text-anchor="middle" stroke="none">{y}</text>"##,
                y = e.year
            );
        }
    }
    if let Some(date) = &b.event.date {
        let cx = left + width;
        let _ = write!(
            svg,
            r##"<line x1="{cx}" y1="42" x2="{cx}" y2="78" stroke-width="3"/><text x="{cx}" y="30" text-anchor="end" stroke="none">event: {d}</text>"##,
            d = esc(date)
        );
    }
    svg.push_str("</g></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_label_wraps_onto_two_lines_and_never_runs_past_them() {
        let label = "Al Jazeera — A separatist Armenian human rights official in the breakaway region of Nagorno-Karabakh who spoke on condition of anonymity";
        let lines = wrap_label(label, 40);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 40), "{lines:?}");
        assert!(
            lines[0].starts_with("Al Jazeera — A separatist"),
            "{lines:?}"
        );
        assert!(lines[1].ends_with('…'), "{lines:?}");
    }
}
