//! The days a text names for what happened ("on Friday", "on September 30", "yesterday",
//! "New Year's Day"), with the cues around a day that say it is the day of a report, a
//! bound, a visit or what followed, not of the event.

use super::{is_stamp, NamedDay, AFTER_WINDOW, CUE_WINDOW, OPENING_REACH};
use brief_text::dates::{explicit_dates, month_days_at, weekday_named};
use brief_text::lexicon::TIME_CUES;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

/// The days a text names for something that happened, in order.
#[cfg(test)]
pub(super) fn named_days(text: &str) -> Vec<NamedDay> {
    named_days_with(text, crate::casualties::has_figures(text))
}

/// The days a text names for something that happened, in order; `counts_casualties` says
/// whether the text gives a casualty count (its caller has read that already).
pub(super) fn named_days_with(text: &str, counts_casualties: bool) -> Vec<NamedDay> {
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
    // The text's quotation marks, read at the first relative day that asks (most texts name
    // none), so a long text with many is not scanned back once per day.
    let quotes = std::cell::OnceCell::new();
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
            // "Urgent meeting on the virus by WHO today": the day of what followed. ("“Today,
            // we are united in horror,” she said": a speaker's today is the day of the saying.)
            if names_a_report_or_bound(before, counts_casualties)
                || in_a_clause_of_what_followed(text, w)
                || quotes
                    .get_or_init(|| QuotationMarks::of(text))
                    .inside(offset_in(text, w))
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
        .filter_map(|(at, month, day)| {
            // Words are in text order: the ones before the date end where it starts.
            let before = words.partition_point(|w| offset_in(text, w) < at);
            let reach = &words[before.saturating_sub(CUE_WINDOW)..before];
            if names_a_report_or_bound(reach, counts_casualties) {
                return None;
            }
            // "on Saturday (October 1), the day after the president was ousted": what came a
            // day after dates the event the day before.
            let back = words[before..]
                .iter()
                .take(3)
                .position(|w| w.parse::<u32>() == Ok(day))
                .and_then(|k| days_after_what(text, &words[before + k..]))
                .unwrap_or(0);
            let (month, day) = days_back(month, day, back);
            Some(NamedDay::MonthDay { month, day })
        })
        .collect()
}

/// A month and day `back` days earlier (across a month's end; the year is not known here,
/// so February has 29 days).
fn days_back(month: u32, day: u32, back: u32) -> (u32, u32) {
    NaiveDate::from_ymd_opt(2000, month, day)
        .and_then(|d| d.checked_sub_days(chrono::Days::new(u64::from(back))))
        .map_or((month, day), |d| (d.month(), d.day()))
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

/// The quotation marks of a text, read once: each mark's byte offset with the counts of curly
/// openings, curly closings and straight marks up to and including it.
struct QuotationMarks(Vec<(usize, usize, usize, usize)>);

impl QuotationMarks {
    fn of(text: &str) -> QuotationMarks {
        let (mut opened, mut closed, mut straight) = (0, 0, 0);
        let marks = text
            .char_indices()
            .filter_map(|(at, c)| {
                match c {
                    '“' => opened += 1,
                    '”' => closed += 1,
                    '"' => straight += 1,
                    _ => return None,
                }
                Some((at, opened, closed, straight))
            })
            .collect();
        QuotationMarks(marks)
    }

    /// Whether byte `at` stands inside a quotation: more curly quotes opened than closed
    /// before it, or an odd number of straight ones.
    fn inside(&self, at: usize) -> bool {
        let before = self.0.partition_point(|&(k, ..)| k < at);
        before.checked_sub(1).is_some_and(|last| {
            let (_, opened, closed, straight) = self.0[last];
            opened > closed || straight % 2 == 1
        })
    }
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
