//! The event's date, in two steps:
//!
//! 1. **When the sources were written**: the full dates they carry (stamps, datelines,
//!    captions, front matter) cluster around the reporting days; the cluster most sources
//!    share gives the year and each source its own reporting day. A full date only one
//!    source carries far from the others (a scraped page's header, a recalled war) loses.
//! 2. **Which day they report**: every day a source names for something that happened
//!    ("on Sunday", "yesterday", "on January 8") is resolved against that source's own
//!    reporting day; a day named only as when something was said ("police said on
//!    Thursday") or as a boundary ("mourning starting Monday") does not count. The day most
//!    sources name wins, the earlier on a tie, since later days are the follow-ups.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use brief_clean::Article;
use brief_text::dates::{explicit_dates, month_days, month_days_at, weekday_name, weekday_named};
use brief_text::lexicon::TIME_CUES;

/// How far from the day most sources date themselves a full date still counts as a
/// reporting day of the same story.
const SAME_STORY_DAYS: i64 = 14;

/// Days within this many days before the first reporting day are the story's own.
const RECENT_DAYS: i64 = 7;

/// The headline and this many blocks after it are a source's opening.
const LEAD_BLOCKS: usize = 2;

/// How many words before a day's name are read for what the day is the day of.
const CUE_WINDOW: usize = 6;
/// How many words after a day's name may still say it is the day of a statement or a visit.
const AFTER_WINDOW: usize = 4;
/// How many words of the clause a day opens (or ends) may say it is the day of the aftermath.
const OPENING_REACH: usize = 10;

/// Lines of fewer words that carry a full date are read as stamps, not as a day named for
/// what happened ("Updated on Oct 31, 2022 02:41 PM IST").
const STAMP_WORDS: usize = 10;

/// An opening dateline ("HYDERABAD, Aug 22 —", "DUBAI, Sept 26 (Reuters) -") gives the day
/// the report was filed, not a day of what happened: the text after it.
fn without_dateline(text: &str) -> &str {
    // The place and the agency repeat their classes freely and are measured here: counted
    // repeats of a Unicode class compile slowly at every start.
    static DATELINE: std::sync::LazyLock<brief_text::pattern::Pattern> = std::sync::LazyLock::new(
        || {
            brief_text::pattern::Pattern::new(
                r"^[A-Z]([\w .'’-]+?), (?:[A-Z][\w.]+,? )?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? ?(?:\(([^)]+)\) ?)?[—–-]",
            )
        },
    );
    let Some(c) = DATELINE.captures(text) else {
        return text;
    };
    let short = |i: usize| c.get(i).is_none_or(|m| m.as_str().chars().count() <= 40);
    match c.get(0) {
        Some(m) if short(1) && short(2) => &text[m.end()..],
        _ => text,
    }
}

/// Whether a line is a stamp: a full date (`dates`, the line's own) with little else around it.
fn is_stamp(line: &str, dates: &[NaiveDate]) -> bool {
    !dates.is_empty() && line.split_whitespace().count() < STAMP_WORDS
}

/// One source's dates: full dates anywhere (stamps included) and the days its text names.
struct SourceDates {
    full: Vec<NaiveDate>,
    /// Dates of short stamp lines and the front matter: when the page says it was written.
    stamps: Vec<NaiveDate>,
    /// Dates of photo captions: the day of a photo, which may be a file photo years old.
    captioned: Vec<NaiveDate>,
    /// Month and day of an opening dateline ("HYDERABAD, Aug 22 —"), year unknown.
    dateline: Vec<(u32, u32)>,
    /// Each day named, whether the headline or the opening paragraphs name it, and whether
    /// its paragraph gives a casualty count.
    named: Vec<(NamedDay, bool, bool)>,
}

/// A day the text names for something that happened.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NamedDay {
    Weekday {
        day: Weekday,
        strictly_before: bool,
        /// Named as the day something began ("since the clashes erupted on Friday").
        onset: bool,
    },
    MonthDay {
        month: u32,
        day: u32,
    },
    /// Days before the reporting day ("yesterday" is 1).
    Relative(i64),
    Full(NaiveDate),
}

/// The event's date and how it was found, or none when the sources give no year.
pub fn infer_date(articles: &[Article]) -> Option<(NaiveDate, String)> {
    let sources = read_sources(articles);
    let window = reporting_window(&sources)?;
    day_named_in(articles, &sources, &window).or_else(|| {
        let d = window.most_written;
        Some((
            d,
            format!(
                "{} written most in the sources; no day named for what happened",
                d.format("%-d %B %Y")
            ),
        ))
    })
}

/// With no full date anywhere, a day of the year found otherwise (a month and day in an
/// opening, a year the articles write) is read as the day the sources report from, and the
/// day they name for what happened is sought around it as around a stamp ("Guterres on
/// Wednesday, June 26, faulted …" and "police fired on demonstrators on Tuesday" give that
/// Tuesday). None when no source names a day near it.
pub fn day_named_around(articles: &[Article], reported: NaiveDate) -> Option<(NaiveDate, String)> {
    let sources = read_sources(articles);
    let window = Window {
        first: reported,
        last: reported,
        most_written: reported,
    };
    day_named_in(articles, &sources, &window)
}

/// Each source read on its own, in parallel (in order: the rest depends on it).
fn read_sources(articles: &[Article]) -> Vec<SourceDates> {
    use rayon::prelude::*;
    articles.par_iter().map(source_dates).collect()
}

/// The day most sources name for what happened, resolved against the reporting `window`.
fn day_named_in(
    articles: &[Article],
    sources: &[SourceDates],
    window: &Window,
) -> Option<(NaiveDate, String)> {
    // Nothing a source reports happened after the first source was written.
    let first_report = sources.iter().filter_map(|s| s.first_written(window)).min();
    // Per day: the sources naming it, those naming it in their headline or opening, and those
    // naming it beside a casualty count ("775 have died since Saturday").
    let mut support: BTreeMap<NaiveDate, Support> = BTreeMap::new();
    for (i, s) in sources.iter().enumerate() {
        let own_day = s.own_day(window);
        // An undated source is read as written at the earliest the others were, so "last
        // Sunday" is not pushed later.
        let reported = own_day.unwrap_or(window.first);
        for &(n, in_lead, with_toll) in &s.named {
            // A day written in full beside the toll ("left two dead … on October 9, 2019") is
            // the source's own word for when it happened, whatever another page's stamp says.
            let told_in_full = with_toll && matches!(n, NamedDay::Full(_));
            let day = match own_day {
                Some(_) => resolve(n, reported, true, window),
                None => resolve_undated(n, window),
            }
            .filter(|d| told_in_full || first_report.is_none_or(|f| *d <= f));
            if let Some(d) = day {
                let entry = support.entry(d).or_default();
                entry.sources.insert(i);
                if in_lead {
                    entry.lead.insert(i);
                }
                if with_toll {
                    entry.toll.insert(i);
                }
                if matches!(n, NamedDay::Weekday { onset: true, .. }) {
                    entry.onset.insert(i);
                }
            }
        }
    }
    let best = support.iter().max_by_key(|(d, day)| {
        // A day more than a week before the reports is a recalled one ("a warning on
        // July 23, a week before the disaster"), even when as many sources name it.
        let recent = **d + Duration::days(RECENT_DAYS) >= window.first;
        (
            day.sources.len(),
            recent,
            day.toll.len(),
            day.lead.len(),
            std::cmp::Reverse(**d),
        )
    });
    let (d, day) = best.map(|(d, day)| began_before(&support, *d).unwrap_or((d, day)))?;
    Some((
        *d,
        format!(
            "a {} ({}), the day {} of {} sources name for what happened; they date themselves {}",
            weekday_name(*d),
            d.format("%-d %B %Y"),
            day.sources.len(),
            articles.len(),
            window.describe()
        ),
    ))
}

/// "Clashes erupted on Friday … renewed fighting on Sunday": a day at most a week before the
/// one most named, that two sources or more name as the day it all began, is the event's.
fn began_before(
    support: &BTreeMap<NaiveDate, Support>,
    best: NaiveDate,
) -> Option<(&NaiveDate, &Support)> {
    support
        .range(best - Duration::days(7)..best)
        .find(|(_, day)| day.onset.len() >= 2)
}

/// The sources that name one day, and how.
#[derive(Default)]
struct Support {
    sources: BTreeSet<usize>,
    lead: BTreeSet<usize>,
    toll: BTreeSet<usize>,
    onset: BTreeSet<usize>,
}

/// The reporting days most sources share.
struct Window {
    first: NaiveDate,
    last: NaiveDate,
    most_written: NaiveDate,
}

impl Window {
    fn contains(&self, d: NaiveDate) -> bool {
        d >= self.first - Duration::days(SAME_STORY_DAYS) && d <= self.last
    }

    fn describe(&self) -> String {
        if self.first == self.last {
            self.first.format("%-d %B %Y").to_string()
        } else {
            format!(
                "{} to {}",
                self.first.format("%-d %B"),
                self.last.format("%-d %B %Y")
            )
        }
    }
}

impl SourceDates {
    /// The latest full date of this source within the window: the day it reports from.
    fn own_day(&self, window: &Window) -> Option<NaiveDate> {
        let datelines = self
            .dateline
            .iter()
            .filter_map(|&(m, d)| NaiveDate::from_ymd_opt(window.last.year(), m, d));
        self.full
            .iter()
            .copied()
            .chain(datelines)
            .filter(|d| *d >= window.first - Duration::days(1) && *d <= window.last)
            .max()
    }

    /// The earliest day the page's stamps say it was written, within the window.
    fn first_written(&self, window: &Window) -> Option<NaiveDate> {
        self.stamps
            .iter()
            .copied()
            .filter(|d| *d >= window.first && *d <= window.last)
            .min()
    }
}

/// The cluster of full dates that most sources share (within `SAME_STORY_DAYS` of one
/// another), by sources, then by the sources that stamp it, then by how often written, then
/// the earlier.
fn reporting_window(sources: &[SourceDates]) -> Option<Window> {
    let all: BTreeSet<NaiveDate> = sources
        .iter()
        .flat_map(|s| s.full.iter().copied())
        .collect();
    let near = |a: NaiveDate, b: NaiveDate| (a - b).num_days().abs() <= SAME_STORY_DAYS;
    let anchor = all.iter().copied().max_by_key(|&d| {
        // A dateline's month and day ("MOGADISHU, Oct 29 (Reuters)") vouches for the year of a
        // date it lies near.
        let dateline_near = |s: &SourceDates| {
            s.dateline
                .iter()
                .filter_map(|&(m, day)| NaiveDate::from_ymd_opt(d.year(), m, day))
                .any(|f| near(f, d))
        };
        let sources_near = sources
            .iter()
            .filter(|s| s.full.iter().any(|&f| near(f, d)) || dateline_near(s))
            .count();
        // A page's own stamp says when it was written; a date in its text may be recalled
        // ("abuses since 1 February 2021").
        let stamped_near = sources
            .iter()
            .filter(|s| s.stamps.iter().any(|&f| near(f, d)))
            .count();
        let captioned_near = sources
            .iter()
            .filter(|s| s.captioned.iter().any(|&f| near(f, d)))
            .count();
        let written_near: usize = sources
            .iter()
            .map(|s| s.full.iter().filter(|&&f| near(f, d)).count())
            .sum();
        (
            sources_near,
            stamped_near,
            captioned_near,
            written_near,
            std::cmp::Reverse(d),
        )
    })?;
    let in_cluster: Vec<NaiveDate> = sources
        .iter()
        .flat_map(|s| s.full.iter().copied())
        .filter(|&f| near(f, anchor))
        .collect();
    let mut counts: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for d in &in_cluster {
        *counts.entry(*d).or_default() += 1;
    }
    let most_written = counts
        .iter()
        .max_by_key(|(d, n)| (**n, std::cmp::Reverse(**d)))
        .map(|(d, _)| *d)?;
    Some(Window {
        first: *in_cluster.iter().min()?,
        last: *in_cluster.iter().max()?,
        most_written,
    })
}

/// The calendar day a named day stands for, seen from a source written on `reported`.
fn resolve(n: NamedDay, reported: NaiveDate, dated: bool, window: &Window) -> Option<NaiveDate> {
    let d = match n {
        NamedDay::Weekday {
            day,
            strictly_before,
            ..
        } => {
            let mut back =
                (7 + reported.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
            if back == 0 && strictly_before {
                back = 7;
            }
            reported - Duration::days(i64::from(back))
        }
        NamedDay::MonthDay { month, day } => {
            let this_year = NaiveDate::from_ymd_opt(reported.year(), month, day)?;
            if this_year > reported + Duration::days(1) {
                NaiveDate::from_ymd_opt(reported.year() - 1, month, day)?
            } else {
                this_year
            }
        }
        // "Yesterday" means something only where the source says when it was written.
        NamedDay::Relative(back) if dated => reported - Duration::days(back),
        NamedDay::Relative(_) => return None,
        NamedDay::Full(d) => d,
    };
    window.contains(d).then_some(d)
}

/// A day named by a source that says nowhere when it was written. "On Saturday" is the
/// Saturday among the days the others report from when there is one (a source written on
/// the last of them); "last Sunday" the Sunday on or before the first of them (a source that
/// says "last Sunday" is written after that Sunday, so not before the others' first day, and
/// may be written the day after it); otherwise the one before the first.
fn resolve_undated(n: NamedDay, window: &Window) -> Option<NaiveDate> {
    let latest = match n {
        NamedDay::Weekday {
            strictly_before: false,
            ..
        } => resolve(n, window.last, false, window),
        NamedDay::Weekday {
            strictly_before: true,
            ..
        } => resolve(n, window.first + Duration::days(1), false, window),
        _ => None,
    };
    latest
        .filter(|d| *d >= window.first)
        .or_else(|| resolve(n, window.first, false, window))
}

/// Every full date of an article (stamps and captions included) and the days its title and
/// body name for what happened.
fn source_dates(a: &Article) -> SourceDates {
    let removed: Vec<(&str, bool)> = a
        .removed
        .iter()
        .filter(|r| !brief_clean::rules::is_archive_caption(&r.text))
        .map(|r| (r.text.as_str(), brief_clean::removed_as_caption(r)))
        .collect();
    let body: Vec<(&str, bool)> = std::iter::once(a.title.as_str())
        .chain(a.blocks.iter().map(|b| b.text.as_str()))
        .map(|t| (t, false))
        .collect();
    let (mut full, mut stamps, mut captioned) = (Vec::new(), Vec::new(), Vec::new());
    let mut headed = Vec::new();
    for &(line, caption) in removed.iter().chain(&body) {
        let dates = brief_text::dates::dates_not_bounds(line);
        // A stamp line, or a photo of the day ("… near Mendon, on Monday, June 27, 2022.
        // (Dax McDonald via AP)"), says when the page was made; a date in the story's text
        // may be one it recalls.
        if is_stamp(line, &dates) {
            stamps.extend(dates.iter().copied());
        } else if caption {
            captioned.extend(dates.iter().copied());
        }
        headed.extend(explicit_dates(&brief_clean::stamp_reach(line)));
        full.extend(dates);
    }
    let front = a
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    // The page's date read from its own text is already counted there, and is a stamp only
    // where a line opens with it.
    if let Some(front) = front {
        if !full.contains(&front) {
            full.push(front);
            stamps.push(front);
        } else if headed.contains(&front) {
            stamps.push(front);
        }
    }
    let dateline = a
        .blocks
        .iter()
        .take(LEAD_BLOCKS)
        .flat_map(|b| month_days(&b.text))
        .collect();
    let named = body
        .iter()
        .enumerate()
        .flat_map(|(i, &(t, _))| {
            let with_toll = crate::casualties::has_figures(t);
            named_days_with(without_dateline(t), with_toll)
                .into_iter()
                .map(move |n| (n, i <= LEAD_BLOCKS, with_toll))
        })
        .collect();
    // A photo of the day dates the page when no stamp does.
    if stamps.is_empty() {
        stamps.append(&mut captioned);
    }
    if let Some(reported) = stamped_before_its_own_report(&stamps, &body) {
        stamps = vec![reported];
    }
    SourceDates {
        full,
        stamps,
        captioned,
        dateline,
        named,
    }
}

/// "… a Taliban official was quoted as saying on Aug. 26" on a page stamped 25 August: a
/// scraped copy's stamp, a day or more before the day its own text says a statement was made.
/// The latest such day, at most three days after the stamp, dates the page instead.
fn stamped_before_its_own_report(stamps: &[NaiveDate], body: &[(&str, bool)]) -> Option<NaiveDate> {
    let stamp = *stamps.iter().max()?;
    body.iter()
        .flat_map(|&(text, _)| {
            month_days_at(text)
                .into_iter()
                .filter_map(move |(at, month, day)| {
                    let before: Vec<&str> = text[..at].split_whitespace().collect();
                    let reach = &before[before.len().saturating_sub(CUE_WINDOW)..];
                    let reported = reach.iter().any(|w| {
                        let w = w
                            .trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase();
                        TIME_CUES.has("report", &w)
                    });
                    reported.then(|| NaiveDate::from_ymd_opt(stamp.year(), month, day))?
                })
        })
        .filter(|&d| d > stamp && d <= stamp + Duration::days(3))
        .max()
}

/// The days a text names for something that happened, in order.
#[cfg(test)]
fn named_days(text: &str) -> Vec<NamedDay> {
    named_days_with(text, crate::casualties::has_figures(text))
}

/// The days a text names for something that happened, in order; `counts_casualties` says
/// whether the text gives a casualty count (its caller has read that already).
fn named_days_with(text: &str, counts_casualties: bool) -> Vec<NamedDay> {
    // A full date alone on a line, or nearly, is a stamp of when the page was written.
    let dates = explicit_dates(text);
    if is_stamp(text, &dates) {
        return Vec::new();
    }
    let mut found: Vec<NamedDay> = dates.into_iter().map(NamedDay::Full).collect();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    found.extend(month_days_named(text, &words, counts_casualties));
    // Each word lowercased once (the loop reads a word, the one after and those before it);
    // `pair` is the buffer for the two-word days.
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut pair = String::new();
    for (i, w) in words.iter().enumerate() {
        let stem = lower[i].trim_end_matches("'s");
        let before = &words[i.saturating_sub(CUE_WINDOW)..i];
        let before_lower = &lower[i.saturating_sub(CUE_WINDOW)..i];
        let after = lower.get(i + 1).map_or("", String::as_str);
        if let Some(day) = weekday_named(stem) {
            // "on Saturday, a day after floodwaters swept through": what came a day after
            // the event dates the event the day before, whoever speaks on Saturday.
            if let Some(back) = days_after_what(text, &words[i..]) {
                found.push(NamedDay::Weekday {
                    day: (0..back).fold(day, |d, _| d.pred()),
                    strictly_before: false,
                    onset: false,
                });
                continue;
            }
            // "the Election Commission Thursday declared …": the day of the saying; "On
            // Monday, officials said …", "On Monday, Draghi will travel …": so is one said
            // or planned in the words just after.
            if names_a_report_or_bound(before, counts_casualties)
                || a_saying_arrives(&words[..i])
                || TIME_CUES.has("report", after)
                || names_what_followed(&words_after_day(text, w))
                || in_a_clause_of_what_followed(text, w)
            {
                continue;
            }
            let strictly_before = before_lower
                .last()
                .is_some_and(|p| TIME_CUES.has("earlier", p));
            let onset = before_lower.iter().any(|b| TIME_CUES.has("onset", b));
            found.push(NamedDay::Weekday {
                day,
                strictly_before,
                onset,
            });
        } else if let Some(kind) = TIME_CUES.kind_of("relative", stem).or_else(|| {
            // "last night": a day named by two words.
            pair.clear();
            pair.push_str(before_lower.last()?);
            pair.push(' ');
            pair.push_str(stem);
            TIME_CUES.kind_of("relative", &pair)
        }) {
            // "Urgent meeting on the virus by WHO today": the day of what followed.
            if names_a_report_or_bound(before, counts_casualties)
                || in_a_clause_of_what_followed(text, w)
            {
                continue;
            }
            let back = kind
                .strip_prefix("relative-")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            found.push(NamedDay::Relative(back));
        }
    }
    found
}

/// The months' days a text (split into `words`) names for what happened. "In a post on
/// Twitter on April 25, …": a month's day is the saying's as a weekday is.
fn month_days_named(text: &str, words: &[&str], counts_casualties: bool) -> Vec<NamedDay> {
    month_days_at(text)
        .into_iter()
        .chain(holidays_at(text))
        .filter(|&(at, _, _)| {
            // Words are in text order: the ones before the date end where it starts.
            let before = words.partition_point(|w| offset_in(text, w) < at);
            let reach = &words[before.saturating_sub(CUE_WINDOW)..before];
            !names_a_report_or_bound(reach, counts_casualties)
        })
        .map(|(_, month, day)| NamedDay::MonthDay { month, day })
        .collect()
}

/// The holidays' names in one pattern, and each name's month and day.
type HolidayFinder = (brief_text::pattern::Pattern, HashMap<String, (u32, u32)>);

/// Days named by their holiday ("the earthquake that struck on New Year's Day"), as
/// (offset, month, day): the fixed dates of `holiday-MM-DD` in `time_cues.tsv`, found in one
/// pass over the text.
pub(crate) fn holidays_at(text: &str) -> Vec<(usize, u32, u32)> {
    static HOLIDAYS: std::sync::LazyLock<HolidayFinder> = std::sync::LazyLock::new(|| {
        let mut dates = HashMap::new();
        for kind in TIME_CUES.kinds("holiday-") {
            let Some(date) = kind
                .strip_prefix("holiday-")
                .and_then(|md| md.split_once('-'))
                .and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)))
            else {
                continue;
            };
            for name in TIME_CUES.words(kind) {
                dates.insert(name.clone(), date);
            }
        }
        // Longest first, so the alternation is the same on every run and a longer name
        // wins over one it starts with.
        let mut listed: Vec<&String> = dates.keys().collect();
        listed.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let names: Vec<String> = listed
            .iter()
            .map(|w| regex::escape(w).replace('\'', "['’]"))
            .collect();
        let pattern = format!(r"(?i)\b(?:{})\b", names.join("|"));
        (brief_text::pattern::Pattern::new(pattern), dates)
    });
    let (pattern, dates) = &*HOLIDAYS;
    pattern
        .find_iter(text)
        .filter_map(|m| {
            let name = m.as_str().to_lowercase().replace('’', "'");
            dates
                .get(&name)
                .map(|&(month, day)| (m.start(), month, day))
        })
        .collect()
}

/// Whether a sentence says its dates lie in an earlier year ("… in Paris last year"), from
/// `recalled-year` in `time_cues.tsv`.
pub(crate) fn recalls_an_earlier_year(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    TIME_CUES
        .words("recalled-year")
        .iter()
        .any(|cue| lower.contains(cue.as_str()))
}

/// How many days before the day named (`from_day[0]`, a word of `text`) what it is dated
/// from happened: "a day after", "two days after" just after the day's name, in its sentence.
fn days_after_what(text: &str, from_day: &[&str]) -> Option<u32> {
    let [day, count, unit, after, ..] = from_day else {
        return None;
    };
    let sentence_ends = text[offset_in(text, day) + day.len()..]
        .trim_start()
        .starts_with(['.', '!', '?']);
    if sentence_ends {
        return None;
    }
    let count = count.to_lowercase();
    if !TIME_CUES.has("day-unit", &unit.to_lowercase())
        || !TIME_CUES.has("following", &after.to_lowercase())
    {
        return None;
    }
    let n = if TIME_CUES.has("article", &count) {
        1
    } else {
        let (q, used) = brief_text::numbers::parse_quantity(&[count.as_str()], 0)?;
        let n = u32::try_from(q.value).ok()?;
        (used == 1 && (1..=6).contains(&n)).then_some(n)?
    };
    Some(n)
}

/// "The premier, who visited the site on Monday", "meeting on the virus today": the clause
/// the day closes tells what followed the event (a visit, a funeral, a meeting).
fn in_a_clause_of_what_followed(text: &str, day: &str) -> bool {
    clause_before_day(text, day)
        .iter()
        .any(|b| TIME_CUES.has("aftermath", &b.to_lowercase()))
}

/// The few words after a day's name that say what happened on it: its own clause ("… on
/// Monday hampered the search"), or, when the day opens its sentence, the sentence's first
/// clause after it ("On Monday, officials said"). "… in Peshawar on Monday, officials said"
/// gives none: the saying is the whole sentence's.
fn words_after_day<'t>(text: &'t str, day: &'t str) -> Vec<&'t str> {
    let start = offset_in(text, day);
    let before = near_before(text, start);
    let sentence = &before[before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1)..];
    let opens = sentence
        .split_whitespace()
        .all(|w| TIME_CUES.has("day-opener", &w.to_lowercase()));
    // "the Sunday vote will …", "held last Sunday and that continued …": a day before a noun
    // or after "last" is not the time of the clause that follows.
    let after_on = sentence
        .split_whitespace()
        .next_back()
        .is_some_and(|w| TIME_CUES.has("day-opener", &w.to_lowercase()));
    if !(opens || after_on) {
        return Vec::new();
    }
    let rest = text[start + day.len()..]
        .split(['.', '!', '?', ';'])
        .next()
        .unwrap_or("");
    // A day that opens its sentence sets the time of the whole first clause after it ("On
    // Monday, July 4, the premier along with the president visited …").
    let (clause, reach) = if opens {
        (rest, OPENING_REACH)
    } else {
        (rest.split(',').next().unwrap_or(""), AFTER_WINDOW)
    };
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(reach)
        .collect()
}

/// "Draghi, who visited the rescue base in Canazei on Monday, …": the clause a day ends, back
/// to its comma, when it tells what followed the event.
fn clause_before_day<'t>(text: &'t str, day: &'t str) -> Vec<&'t str> {
    let start = offset_in(text, day);
    let before = near_before(text, start);
    let clause = &before[before
        .rfind([',', '.', ';', '!', '?', '\n'])
        .map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words[words.len().saturating_sub(OPENING_REACH)..].to_vec()
}

/// The text just before byte `at`, at most a few hundred bytes: what opens a sentence or a
/// clause lies within reach of the day it dates, and a sentence of a megabyte must not be
/// scanned back once per day it names.
fn near_before(text: &str, at: usize) -> &str {
    const REACH: usize = 400;
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// Where a word taken from `text` by splitting starts in it.
fn offset_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

/// Whether the words just after a day's name make it the day of a statement, a plan or the
/// aftermath: "On Sunday, officials said", "Thunderstorms on Monday hampered the search".
fn names_what_followed(following: &[&str]) -> bool {
    following.iter().enumerate().any(|(i, w)| {
        let w = w.to_lowercase();
        // "due to the virus" gives a cause; "due to visit" a day to come.
        let cause = following
            .get(i + 1)
            .is_some_and(|n| n.eq_ignore_ascii_case("to"))
            && following
                .get(i + 2)
                .is_some_and(|n| TIME_CUES.has("article", &n.to_lowercase()));
        !cause
            && ["report", "future", "aftermath"]
                .iter()
                .any(|k| TIME_CUES.has(k, &w))
    })
}

/// "The announcement, which cited human error, came Saturday": `before` (the words of the
/// sentence up to the day's name) opens on a saying whose arrival the day dates.
fn a_saying_arrives(before: &[&str]) -> bool {
    let adjacent = before
        .iter()
        .rev()
        .map(|w| w.to_lowercase())
        .find(|w| w != "on");
    adjacent.is_some_and(|w| TIME_CUES.has("report-arrival", &w))
        && before
            .iter()
            .take(3)
            .any(|w| TIME_CUES.has("report-noun", &w.to_lowercase()))
}

/// Whether the words just before a day's name make it the day something was said or the
/// edge of a period: "said on Thursday", "told reporters on Monday", "starting Monday".
fn names_a_report_or_bound(before: &[&str], counts_casualties: bool) -> bool {
    let lower: Vec<String> = before.iter().map(|w| w.to_lowercase()).collect();
    let near: Vec<&str> = lower
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "on" | "early" | "late" | "this" | "that"))
        .collect();
    let adjacent = near.last().copied().unwrap_or("");
    let pair = near
        .len()
        .checked_sub(2)
        .map(|i| format!("{} {}", near[i], near[i + 1]))
        .unwrap_or_default();
    // "300 people have died since Saturday": a toll counted from a day counts from the event.
    let toll_since = counts_casualties && TIME_CUES.has("ongoing", adjacent);
    if !toll_since && (TIME_CUES.has("bound", adjacent) || TIME_CUES.has("bound", &pair)) {
        return true;
    }
    lower.iter().any(|w| {
        ["report", "update", "future", "aftermath"]
            .iter()
            .any(|k| TIME_CUES.has(k, w))
    })
}

#[cfg(test)]
#[path = "event_date_tests.rs"]
mod tests;
