//! A toll over time. When an incident's death toll rises from report to report, the reports
//! are updates of one count, not rival counts: the figures are read against the times their
//! sources were published, and "the figures disagree" is kept for different figures of the
//! same moment (or a toll that falls). Called by `briefing::assemble` after the incidents are
//! grouped; only incidents whose every death figure has a dated source are read so.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::briefing::{group_digits, CasualtyOut, Incident, SourceOut};

/// One report of a toll, placed in time by its source's publication date (and clock time
/// where the source gives one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TollPoint {
    /// `YYYY-MM-DD`, and `HH:MM` where known.
    pub date: String,
    pub time: Option<String>,
    /// "19 Sep 14:05" or "19 Sep".
    pub when: String,
    pub value: u64,
    pub publisher: String,
    pub claimant: String,
    pub href: String,
}

/// Reports less than this far apart are of the same moment: different figures then are a
/// dispute, not an update. Reports of one day without clock times are of the same moment too.
const SAME_MOMENT_MINUTES: i64 = 60;

/// Marks each incident whose death toll rises from report to report: `killed_over_time`
/// holds the reports in order, `killed_latest` the last toll, and the figures no longer
/// count as a disagreement.
pub fn read_tolls_over_time(
    incidents: &mut [Incident],
    cas: &[CasualtyOut],
    sources: &[SourceOut],
) {
    let by_id: HashMap<&str, &SourceOut> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
    for inc in incidents
        .iter_mut()
        .filter(|i| i.current && i.killed.len() > 1)
    {
        let Some(points) = timed_points(inc, cas, &by_id) else {
            continue;
        };
        if let Some(latest) = rising_toll(&points) {
            inc.killed_disagree = false;
            inc.killed_latest = Some(latest);
            inc.killed_display = Some(group_digits(latest));
            inc.killed_over_time = points.into_iter().map(|(_, p)| p).collect();
        }
    }
}

/// A report's moment: its day and, where known, its clock time.
type Moment = (NaiveDate, Option<NaiveTime>);

/// The incident's death figures with their sources' moments, oldest first; `None` when any
/// has no dated source (it cannot be placed in time).
fn timed_points(
    inc: &Incident,
    cas: &[CasualtyOut],
    by_id: &HashMap<&str, &SourceOut>,
) -> Option<Vec<(Moment, TollPoint)>> {
    let mut points = Vec::new();
    for c in inc.claims.iter().filter_map(|&i| cas.get(i)) {
        let Some(value) = c.claim.killed else {
            continue;
        };
        let source = by_id.get(c.claim.cite.source.as_str())?;
        let date = NaiveDate::parse_from_str(source.date.as_deref()?, "%Y-%m-%d").ok()?;
        let time = source
            .time
            .as_deref()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
        let when = match time {
            Some(t) => format!("{} {}", date.format("%-d %b"), t.format("%H:%M")),
            None => date.format("%-d %b").to_string(),
        };
        points.push((
            (date, time),
            TollPoint {
                date: date.format("%Y-%m-%d").to_string(),
                time: time.map(|t| t.format("%H:%M").to_string()),
                when,
                value,
                publisher: c.publisher.clone(),
                claimant: c
                    .claim
                    .claimed_by
                    .clone()
                    .unwrap_or_else(|| "unattributed".into()),
                href: c.href.clone(),
            },
        ));
    }
    points.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.value.cmp(&b.1.value)));
    Some(points)
}

fn same_moment(a: Moment, b: Moment) -> bool {
    a.0 == b.0
        && match (a.1, b.1) {
            (Some(x), Some(y)) => (x - y).num_minutes().abs() < SAME_MOMENT_MINUTES,
            _ => true,
        }
}

/// The latest toll where the figures rise (and never fall) from one moment to the next and
/// no moment has two figures; `None` where they conflict at a moment, fall, or never change.
fn rising_toll(points: &[(Moment, TollPoint)]) -> Option<u64> {
    let mut moments: Vec<(Moment, u64)> = Vec::new();
    for (m, p) in points {
        match moments.last() {
            Some((last, v)) if same_moment(*last, *m) => {
                if *v != p.value {
                    return None;
                }
            }
            _ => moments.push((*m, p.value)),
        }
    }
    let rises = moments.windows(2).all(|w| w[0].1 <= w[1].1);
    let changes = moments.windows(2).any(|w| w[0].1 < w[1].1);
    (rises && changes)
        .then(|| moments.last().map(|m| m.1))
        .flatten()
}

/// A moment as a point on a time axis, in minutes (a report with no clock time at noon).
pub fn minutes(p: &TollPoint) -> Option<i64> {
    let date = NaiveDate::parse_from_str(&p.date, "%Y-%m-%d").ok()?;
    let time = p
        .time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .unwrap_or(NaiveTime::from_hms_opt(12, 0, 0)?);
    Some(NaiveDateTime::new(date, time).and_utc().timestamp() / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: Option<&str>, value: u64) -> (Moment, TollPoint) {
        let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let t = time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        let point = TollPoint {
            date: date.into(),
            time: time.map(str::to_string),
            when: String::new(),
            value,
            publisher: String::new(),
            claimant: String::new(),
            href: String::new(),
        };
        ((d, t), point)
    }

    #[test]
    fn a_toll_rising_from_report_to_report_is_an_update() {
        let points = [
            at("2024-03-04", Some("08:00"), 3),
            at("2024-03-04", Some("14:00"), 12),
            at("2024-03-05", None, 27),
        ];
        assert_eq!(rising_toll(&points), Some(27));
    }

    #[test]
    fn different_figures_of_the_same_moment_are_a_dispute() {
        let points = [
            at("2024-03-04", Some("08:00"), 3),
            at("2024-03-04", Some("08:30"), 12),
        ];
        assert_eq!(rising_toll(&points), None);
        let undated_clock = [
            at("2024-03-04", None, 3),
            at("2024-03-04", Some("20:00"), 12),
        ];
        assert_eq!(
            rising_toll(&undated_clock),
            None,
            "a day without a clock is one moment"
        );
    }

    #[test]
    fn a_toll_that_falls_is_a_dispute() {
        let points = [
            at("2024-03-04", Some("08:00"), 12),
            at("2024-03-04", Some("14:00"), 3),
        ];
        assert_eq!(rising_toll(&points), None);
    }
}
