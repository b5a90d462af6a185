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

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use brief_clean::Article;
use brief_text::dates::{
    explicit_dates, month_days, month_days_at, tells_a_life_day, weekday_name,
};
use brief_text::lexicon::TIME_CUES;
use brief_text::reading::Reading;

/// How far from the day most sources date themselves a full date still counts as a
/// reporting day of the same story.
const SAME_STORY_DAYS: i64 = 14;

/// Days within this many days before the first reporting day are the story's own.
const RECENT_DAYS: i64 = 7;

/// The headline and this many blocks after it are a source's opening.
const LEAD_BLOCKS: usize = 2;
/// The fewest words of a line of the story's prose, not a stamp or a label.
const STORY_LINE_WORDS: usize = 12;

/// How many words before a day's name are read for what the day is the day of.
const CUE_WINDOW: usize = 6;
/// How many words after a day's name may still say it is the day of a statement or a visit.
const AFTER_WINDOW: usize = 4;
/// How many words of the clause a day opens (or ends) may say it is the day of the aftermath.
const OPENING_REACH: usize = 10;

/// Lines of fewer words that carry a full date are read as stamps, not as a day named for
/// what happened ("Updated on Oct 31, 2022 02:41 PM IST").
const STAMP_WORDS: usize = 10;

/// An opening dateline ("HYDERABAD, Aug 22 —", "DUBAI, Sept 26 (Reuters) -", "Sept. 21 (UPI)
/// --", "Abuja, June 19 (IANS) At least …") gives the day
/// the report was filed, not a day of what happened: the text after it.
fn without_dateline(text: &str) -> &str {
    // The place and the agency repeat their classes freely and are measured here: counted
    // repeats of a Unicode class compile slowly at every start.
    static DATELINE: std::sync::LazyLock<brief_text::pattern::Pattern> = std::sync::LazyLock::new(
        || {
            brief_text::pattern::Pattern::new(
                r"^(?:[A-Z]([\w .'’-]+?), (?:[A-Z][\w.]+,? )?)?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? ?(?:\(([^)]+)\) ?[—–:-]*|[—–:-])",
            )
        },
    );
    let Some(c) = DATELINE.captures(text) else {
        return text;
    };
    let short = |i: usize| c.get(i).is_none_or(|m| m.as_str().chars().count() <= 40);
    // "Sept. 21 (UPI) --", "Abuja, June 19 (IANS) At least …": without the place, the
    // agency's bracket must say it is a dateline.
    let placed_or_credited = c.get(1).is_some() || c.get(2).is_some();
    match c.get(0) {
        Some(m) if short(1) && short(2) && placed_or_credited => &text[m.end()..],
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
    /// Whether the stamps are a photo's day, the page having none of its own.
    photo_stamped: bool,
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

/// With no year written anywhere, the day and month the most sources name for what happened
/// ("on Friday (September 30)"), the earlier of a tie: the briefing gives that day and says
/// the year is unknown, instead of guessing one.
pub fn day_without_year(articles: &[Article]) -> Option<(u32, u32, String)> {
    let mut support: BTreeMap<(u32, u32), Support> = BTreeMap::new();
    for (i, s) in read_sources(articles).iter().enumerate() {
        for &(n, in_lead, with_toll) in &s.named {
            if let NamedDay::MonthDay { month, day } = n {
                let entry = support.entry((month, day)).or_default();
                entry.sources.insert(i);
                if in_lead {
                    entry.lead.insert(i);
                }
                if with_toll {
                    entry.toll.insert(i);
                }
            }
        }
    }
    // A day one source names once, away from the opening and from any toll, may be any
    // day the story mentions ("a meeting on July 3"): given alone, it is not given at all.
    let (&(month, day), named) = support
        .iter()
        .filter(|(_, s)| s.sources.len() >= 2 || !s.lead.is_empty() || !s.toll.is_empty())
        .max_by_key(|(md, s)| {
            (
                s.sources.len(),
                s.toll.len(),
                s.lead.len(),
                std::cmp::Reverse(**md),
            )
        })?;
    Some((
        month,
        day,
        format!(
            "the day and month {} of {} sources name for what happened; no source writes the year",
            named.sources.len(),
            articles.len()
        ),
    ))
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
    let written_out = days_written_out(sources, window);
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
                None => {
                    same_weekday_written_out(n, &written_out).or_else(|| resolve_undated(n, window))
                }
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

/// The days the sources write out as a month and day or in full for what happened, beside a
/// toll or in an opening ("the death toll from the January 18 avalanche"; not "a week after
/// the inauguration on January 1"), resolved against each source's own day.
fn days_written_out(sources: &[SourceDates], window: &Window) -> BTreeSet<NaiveDate> {
    sources
        .iter()
        .flat_map(|s| {
            let reported = s.own_day(window).unwrap_or(window.first);
            s.named
                .iter()
                .filter(|(n, in_lead, with_toll)| {
                    matches!(n, NamedDay::MonthDay { .. } | NamedDay::Full(_))
                        && (*in_lead || *with_toll)
                })
                .filter_map(move |&(n, ..)| resolve(n, reported, true, window))
        })
        .collect()
}

/// "demolished on Wednesday" in a source that says nowhere when it was written, beside "the
/// January 18 avalanche" in another: the weekday is the day written out that falls on it
/// (the latest such), not the weekday among the others' reporting days.
fn same_weekday_written_out(n: NamedDay, written_out: &BTreeSet<NaiveDate>) -> Option<NaiveDate> {
    let NamedDay::Weekday { day, .. } = n else {
        return None;
    };
    written_out
        .iter()
        .rev()
        .find(|d| d.weekday() == day)
        .copied()
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
        // (A photo's day standing in for a page's missing stamp may be a file photo's,
        // years off: it vouches for a date only that another source gives too.)
        let stamped_near = sources
            .iter()
            .filter(|s| !s.photo_stamped || sources_near >= 2)
            .filter(|s| s.stamps.iter().any(|&f| near(f, d)))
            .count();
        let captioned_near = sources
            .iter()
            .filter(|s| s.captioned.iter().any(|&f| near(f, d)))
            .count();
        // A story's own words naming the day and month of a date near it ("the quake hit on
        // Aug. 24") vouch for its year above any stamp.
        let told_near = sources
            .iter()
            .filter(|s| {
                s.named.iter().any(|&(n, ..)| match n {
                    NamedDay::MonthDay { month, day } => {
                        NaiveDate::from_ymd_opt(d.year(), month, day).is_some_and(|f| near(f, d))
                    }
                    _ => false,
                })
            })
            .count();
        let written_near: usize = sources
            .iter()
            .map(|s| s.full.iter().filter(|&&f| near(f, d)).count())
            .sum();
        (
            sources_near,
            told_near,
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

/// Lines of a page, each with whether it is a photo's caption.
type Lines<'a> = Vec<(&'a str, bool)>;

/// A page's removed lines and its headline and blocks as the story tells them.
fn removed_and_body(a: &Article) -> (Lines<'_>, Lines<'_>) {
    let removed: Vec<(&str, bool)> = a
        .removed
        .iter()
        .filter(|r| !brief_clean::rules::is_archive_caption(&r.text))
        .map(|r| (r.text.as_str(), brief_clean::removed_as_caption(r)))
        .collect();
    // "Torino – May 4, 1949" over a timeline's entry inside the story dates what the entry
    // recalls, not the page.
    let entry_headings: Vec<usize> = brief_clean::headings_inside_story(&a.blocks).collect();
    let body: Vec<(&str, bool)> = std::iter::once(a.title.as_str())
        .chain(
            a.blocks
                .iter()
                .enumerate()
                .filter(|(i, _)| !entry_headings.contains(i))
                .map(|(_, b)| b.text.as_str()),
        )
        .map(|t| (t, false))
        .collect();
    (removed, body)
}

/// Every full date of an article (stamps and captions included) and the days its title and
/// body name for what happened.
fn source_dates(a: &Article) -> SourceDates {
    let (removed, body) = removed_and_body(a);
    let (mut full, mut stamps, mut captioned) = (Vec::new(), Vec::new(), Vec::new());
    let mut headed = Vec::new();
    for &(line, caption) in removed.iter().chain(&body) {
        let dates = brief_text::dates::dates_not_bounds(&without_life_days(line));
        // A stamp line, or a photo of the day ("… near Mendon, on Monday, June 27, 2022.
        // (Dax McDonald via AP)"), says when the page was made; a date in the story's text
        // may be one it recalls.
        if is_stamp(line, &dates) {
            stamps.extend(dates.iter().copied());
        } else if caption {
            // The photo's day is the caption's first; a later one is what the photo comes
            // ahead of ("on 18 October 2020, … ahead of the country's 31 October 2020 election").
            captioned.extend(dates.first().copied());
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
            let t = without_another_event(t);
            let with_toll = crate::casualties::has_figures(&t);
            named_days_with(without_dateline(&t), with_toll)
                .into_iter()
                .map(move |n| (n, i <= LEAD_BLOCKS, with_toll))
        })
        .collect();
    let photo_stamped = stamps.is_empty()
        && stamp_by_photo(
            &mut stamps,
            &mut captioned,
            &mut full,
            front,
            &removed,
            &body,
        );
    if stamps.is_empty() && front.is_none() {
        keep_dates_of_the_opening(&mut full, &removed, &body);
    }
    if let Some(reported) = stamped_before_its_own_report(&stamps, &body) {
        stamps = vec![reported];
    }
    SourceDates {
        full,
        stamps,
        captioned,
        photo_stamped,
        dateline,
        named,
    }
}

/// A photo of the day dates the page when no stamp does: the latest caption's day, and
/// not one before the day the page's own text gives, since the others show earlier days
/// ("Debris … lies on the ground Nov. 1, 2015, a day after the plane crashed" over a story
/// of May 2016). An earlier photo's day is no day the page writes of. Tells whether a photo's
/// day became the page's stamp.
fn stamp_by_photo(
    stamps: &mut Vec<NaiveDate>,
    captioned: &mut Vec<NaiveDate>,
    full: &mut Vec<NaiveDate>,
    front: Option<NaiveDate>,
    removed: &[(&str, bool)],
    body: &[(&str, bool)],
) -> bool {
    let latest = captioned
        .iter()
        .copied()
        .max()
        .filter(|d| front.is_none_or(|f| *d >= f));
    let older: Vec<NaiveDate> = captioned
        .iter()
        .copied()
        .filter(|d| Some(*d) != latest)
        .collect();
    full.retain(|d| !older.contains(d) || !captioned_only(d, removed, body));
    captioned.retain(|d| Some(*d) == latest);
    let stamped = !captioned.is_empty();
    stamps.append(captioned);
    stamped
}

/// A page with no stamp, dateline or photo date of its own dates the event only by a full
/// date in its opening: one deeper in the story is most often another event's ("On July
/// 24, 2013, a passenger train derailed in Angrois").
/// (A short line deeper down, "Posted by … on Sunday, August 5, 2018", is a stamp still.)
fn keep_dates_of_the_opening(
    full: &mut Vec<NaiveDate>,
    removed: &[(&str, bool)],
    body: &[(&str, bool)],
) {
    let recalled: Vec<NaiveDate> = body
        .iter()
        .skip(LEAD_BLOCKS + 1)
        .filter(|&&(t, _)| t.split_whitespace().count() > STORY_LINE_WORDS)
        .flat_map(|&(t, _)| brief_text::dates::dates_not_bounds(t))
        .collect();
    let elsewhere: Vec<NaiveDate> = removed
        .iter()
        .chain(body.iter().take(LEAD_BLOCKS + 1))
        .chain(
            body.iter()
                .filter(|(t, _)| t.split_whitespace().count() <= STORY_LINE_WORDS),
        )
        .flat_map(|&(t, _)| brief_text::dates::dates_not_bounds(t))
        .collect();
    full.retain(|d| !recalled.contains(d) || elsewhere.contains(d));
}

/// A block without its sentences about another event or an earlier one ("Lombok was hit a
/// week earlier, on July 29, by a quake that killed 17"), whose days are not the story's.
fn without_another_event(block: &str) -> std::borrow::Cow<'_, str> {
    let sentences = brief_text::sentences::split_sentences(block);
    let kept: Vec<&String> = sentences
        .iter()
        .filter(|s| !crate::casualties::recalls_another_event(&Reading::new(s)))
        .collect();
    if kept.len() == sentences.len() {
        return std::borrow::Cow::Borrowed(block);
    }
    std::borrow::Cow::Owned(
        kept.into_iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A line without its sentences about a life or a day commemorated ("a symposium to mark the
/// death anniversary of Bacha Khan, who died on January 20, 1988"), whose full dates are not
/// the page's.
fn without_life_days(line: &str) -> std::borrow::Cow<'_, str> {
    if !tells_a_life_day(line) {
        return std::borrow::Cow::Borrowed(line);
    }
    let kept: Vec<String> = brief_text::sentences::split_sentences(line)
        .into_iter()
        .filter(|s| !tells_a_life_day(s))
        .collect();
    std::borrow::Cow::Owned(kept.join(" "))
}

/// Is a day written only in photo captions, nowhere in the story's text?
fn captioned_only(day: &NaiveDate, removed: &[(&str, bool)], body: &[(&str, bool)]) -> bool {
    let written_in = |lines: &[(&str, bool)], caption: bool| {
        lines
            .iter()
            .any(|&(t, c)| c == caption && brief_text::dates::dates_not_bounds(t).contains(day))
    };
    written_in(removed, true) && !written_in(body, false)
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

#[path = "event_date_named.rs"]
mod named;
#[cfg(test)]
use named::named_days;
use named::named_days_with;
pub(crate) use named::{holidays_at, recalls_an_earlier_year};

#[cfg(test)]
#[path = "event_date_tests.rs"]
mod tests;
