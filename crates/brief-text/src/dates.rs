//! Dates in news copy: explicit dates ("September 19, 2023"), years, decades ("the late
//! 1980s"), months and relative dates ("last December", "in July", "last year") resolved
//! against the event's date, and weekday names.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::pattern::Pattern;

/// Month names and their common abbreviations.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTH_ALT: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

/// The month names as written in a date, capitalised or in capitals ("SEPTEMBER 24, 2019",
/// as page stamps print them).
fn month_names_either_case() -> String {
    format!("{MONTH_ALT}|{}", MONTH_ALT.to_uppercase())
}

static MDY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)",
        month_names_either_case()
    ))
    .expect("pattern")
});
/// (A day may be glued to a lowercase letter before it, as a byline runs into its stamp on a
/// pasted page: "Francesca Gillett8 February 2017".)
static DMY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)|[a-z])(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?:of\s+)?|[-/])({})\.?(?:,?\s+|[-/])(\d{{4}})(?-u:\b)",
        month_names_either_case()
    ))
    .expect("pattern")
});
/// Month names of other languages (`data/lexicon/months.tsv`), lowercase, with their number.
static FOREIGN_MONTHS: LazyLock<Vec<(String, u32)>> = LazyLock::new(|| {
    include_str!("../../../data/lexicon/months.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (n, name) = l.split_once('\t')?;
            Some((name.trim().to_string(), n.trim().parse().ok()?))
        })
        .collect()
});

/// "18 Maret 2022", "18 de marzo de 2022", "18. März 2022": a full date written day first
/// with a month of another language.
static FOREIGN_DMY_RE: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = FOREIGN_MONTHS
        .iter()
        .map(|(name, _)| regex::escape(name))
        .collect();
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})\.?\s+(?:de\s+)?({})\s+(?:de\s+)?(\d{{4}})(?-u:\b)",
        names.join("|")
    ))
    .expect("pattern")
});

fn foreign_month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    FOREIGN_MONTHS
        .iter()
        .find(|(m, _)| *m == name)
        .map(|&(_, n)| n)
}

static ISO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})([-/])(\d{2})[-/](\d{2})(?:T|(?-u:\b))").expect("pattern")
});

/// "15/10/2022", "16.10.2022", "16-10-2022": day first, as most of the world writes it, unless the first
/// number cannot be a month's day count and the second can ("10/15/2022").
static NUMERIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([./-])(\d{1,2})[./-](\d{4})(?-u:\b)").expect("pattern")
});

static MD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)"
    ))
    .expect("pattern")
});
static DM_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT})(?-u:\b)"
    ))
    .expect("pattern")
});
static ANY_YEAR_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(19[5-9]\d|20\d\d)(?-u:\b)").expect("pattern"));

/// Month and day written without a year ("KHARTOUM, Sept 10 (AP)", "on 10 September"), as
/// (month, day).
pub fn month_days(text: &str) -> Vec<(u32, u32)> {
    month_days_at(text)
        .into_iter()
        .map(|(_, month, day)| (month, day))
        .collect()
}

/// Month and day written without a year, each with where it starts in `text`, as
/// (offset, month, day).
pub fn month_days_at(text: &str) -> Vec<(usize, u32, u32)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let year_follows = |end: usize| {
        let rest = text[end..].trim_start_matches([',', '.', ' ']);
        rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
    };
    let mut found = Vec::new();
    for c in MD_RE.captures_iter(text) {
        let (Some(m), Ok(day)) = (month_number(&c[1]), c[2].parse::<u32>()) else {
            continue;
        };
        let at = c.get(0).map_or(0, |m| m.start());
        if !year_follows(c.get(0).map_or(0, |m| m.end())) && (1..=31).contains(&day) {
            found.push((at, m, day));
        }
    }
    for c in DM_RE.captures_iter(text) {
        let (Some(m), Ok(day)) = (month_number(&c[2]), c[1].parse::<u32>()) else {
            continue;
        };
        let at = c.get(0).map_or(0, |m| m.start());
        if !year_follows(c.get(0).map_or(0, |m| m.end())) && (1..=31).contains(&day) {
            found.push((at, m, day));
        }
    }
    found
}

/// Does a text hold a word saying its dates are of a life or a commemorated day
/// (`life-day` in `time_cues.tsv`: "anniversary", "died on")? Such dates are not a page's
/// nor the event's.
pub fn tells_a_life_day(text: &str) -> bool {
    let lower = text.to_lowercase();
    crate::lexicon::TIME_CUES
        .words("life-day")
        .iter()
        .any(|c| lower.contains(c.as_str()))
}

/// Every year written in `text` (1950–2099).
pub fn years(text: &str) -> Vec<i32> {
    ANY_YEAR_RE
        .find_iter(text)
        .filter_map(|m| m.as_str().parse().ok())
        .collect()
}

/// Every full date written out in `text`, in order of appearance.
pub fn explicit_dates(text: &str) -> Vec<NaiveDate> {
    explicit_dates_at(text)
        .into_iter()
        .map(|(_, d)| d)
        .collect()
}

/// "a support line on 1800 5691 444", "call 020 7008 5000": four figures beside another group
/// of figures are part of a telephone or reference number, not a year.
fn in_a_run_of_digit_groups(sentence: &str, start: usize, end: usize) -> bool {
    let digits =
        |w: Option<&str>| w.is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    let before = sentence[..start]
        .strip_suffix(' ')
        .map(|b| b.rsplit(' ').next().unwrap_or(""));
    let after = sentence[end..]
        .strip_prefix(' ')
        .map(|a| a.split(' ').next().unwrap_or(""));
    digits(before) || digits(after)
}

/// The full dates of `text` that are not a period's bounds: "return to constitutional order
/// by July 1, 2024" is a deadline ahead of the report, "since 1 February 2021" a start behind
/// it (`bound` in `time_cues.tsv`, the word just before the date).
pub fn dates_not_bounds(text: &str) -> Vec<NaiveDate> {
    explicit_dates_at(text)
        .into_iter()
        .filter(|&(at, _)| {
            // ("since the May 9, 2001 stadium disaster": the bound stands before the article.)
            let before = text[..at]
                .split_whitespace()
                .rev()
                .find(|w| !w.eq_ignore_ascii_case("the"))
                .unwrap_or("");
            !crate::lexicon::TIME_CUES.has("bound", &before.to_lowercase())
        })
        .map(|(_, d)| d)
        .collect()
}

/// Every full date written out in `text` with where it starts, in order of appearance.
pub fn explicit_dates_at(text: &str) -> Vec<(usize, NaiveDate)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for c in MDY_RE.captures_iter(text) {
        if let Some(d) = ymd(&c[3], month_number(&c[1]), &c[2]) {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    for c in DMY_RE.captures_iter(text) {
        if let Some(d) = ymd(&c[3], month_number(&c[2]), &c[1]) {
            found.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    for c in FOREIGN_DMY_RE.captures_iter(text) {
        if let Some(d) = ymd(&c[3], foreign_month_number(&c[2]), &c[1]) {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    for c in ISO_RE.captures_iter(text) {
        if let Some(d) = ymd(&c[1], c[3].parse().ok(), &c[4]) {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    for c in NUMERIC_RE.captures_iter(text) {
        let at = c.get(0).map_or(0, |m| m.start());
        if let Some(d) = numeric_date(&c, weekday_beside(text, at)) {
            found.push((at, d));
        }
    }
    found.sort();
    found
}

/// "15/10/2022" day first, as most of the world writes it, unless the first number cannot be
/// a month's day count and the second can ("10/15/2022"), or a weekday beside the date fits
/// only the month-first reading ("Saturday morning (11/06/2021)" is 6 November).
fn numeric_date(c: &regex::Captures<'_>, weekday: Option<Weekday>) -> Option<NaiveDate> {
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
    let day_first = ymd(&c[4], Some(b), &c[1]);
    let month_first = ymd(&c[4], Some(a), &c[3]);
    match (day_first, month_first) {
        (Some(d), Some(m)) if d != m => {
            let fits = |x: &NaiveDate| weekday.is_some_and(|w| x.weekday() == w);
            Some(if fits(&m) && !fits(&d) { m } else { d })
        }
        (d, m) => d.or(m),
    }
}

/// The weekday named in the few words just before `at` ("Saturday morning (11/06/2021)").
fn weekday_beside(text: &str, at: usize) -> Option<Weekday> {
    text[..at]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .find_map(|w| weekday_named(&w.to_lowercase()))
}

fn ymd(year: &str, month: Option<u32>, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month?, day.parse().ok()?)
}

/// The month a word names, in full or short ("Sept." → 9).
pub fn month_named(word: &str) -> Option<u32> {
    month_number(word)
}

/// The weekday a lowercase word names ("sunday" → Sunday).
pub fn weekday_named(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == word).map(|&(_, d)| d)
}

/// Weekday names mentioned in `text` ("on Tuesday").
pub fn weekdays(text: &str) -> Vec<Weekday> {
    text.split(|c: char| !c.is_alphabetic())
        .filter_map(|w| {
            let w = w.to_lowercase();
            weekday_named(&w)
        })
        .collect()
}

/// An earlier time a sentence refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub year: i32,
    pub month: Option<u32>,
    /// The words that gave the date ("the late 1980s", "last December").
    pub text: String,
    /// A decade or other span given by a representative year.
    pub approximate: bool,
    /// Counted back from the event ("three weeks ago", "earlier this month"): before it by
    /// construction, whatever its month.
    pub counted_back: bool,
    /// The span the event is measured against ("the first such attack in five years"): the
    /// sentence recalls that earlier time but is set in the event's own.
    pub measured_against: bool,
}

static YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(early|mid|late)[- ])?((?:1[6-9]|20)\d\d)(s|'s)?(?-u:\b)")
        .expect("pattern")
});
/// The end of a span of years after its first year: "-1990", "–94", " to 1990".
static YEAR_SPAN_END_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s?[-–—]\s?|\s(?:to|until)\s)(?:(?:1[6-9]|20)\d\d|\d\d)(?-u:\b)")
        .expect("pattern")
});
static MONTH_REL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<prefix>last|since|in|until|from|early|mid|late|by|of|this|next|on)[- ])?(?:(?P<day_before>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?:(?P<part>early|mid|late)[- ])?(?P<month>{MONTH_ALT})(?:\.|(?-u:\b))(?:\s+(?P<day_after>[0-3]?\d)(?:st|nd|rd|th)?(?-u:\b),?)?(?:\s+(?P<year>last year|this year|next year|(?:1[6-9]|20)\d\d))?"
    ))
    .expect("pattern")
});
/// A month written without its day or year that is no date: "May" opening a sentence (the
/// verb), "minister July Moyo" (a name: the month right before a capitalised word, with no
/// preposition or article; "the January Pathankot raid" is a date), "Mar Behnam" (a shortened
/// month needs its day or year).
fn month_alone_is_no_date(
    sentence: &str,
    c: &regex::Captures<'_>,
    start: usize,
    end: usize,
) -> bool {
    let month = &c["month"];
    let bare = c.name("prefix").is_none();
    let after_article = sentence[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let before_a_name = sentence[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    let shortened = !MONTH_ALT.split('|').take(12).any(|full| full == month);
    bare && month == "May" || bare && !after_article && before_a_name || shortened
}

/// Weeks and months counted back from the event: "three weeks ago", "a few months ago",
/// "earlier this month", "last month", "two months after another incident", "three months after
/// (the jihadist group) Boko Haram abducted …" (a name after "after": "two weeks after the quake"
/// is the event's own time), "three months after 11 people were killed" (a count of those
/// it befell), and in a story
/// told in the past, "just over a week earlier" (a day earlier is most often the event's own).
static RECENT_RE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?-u:\b)(?:(\w+(?: few)?) (weeks?|months?) (?:ago|earlier|after (?:another|an earlier|a similar|a previous|a prior|an?|\d[\d,]*|(?:the (?:[a-z]+ ){0,3})?(?-i:[A-Z])\w+)(?-u:\b))|earlier this (month|year)|last month)(?-u:\b)",
    )
});
/// "the first such attack in five years": the last one was that many years before. ("The
/// worst drought in 70 years" compares; it recalls no one event.)
static LAST_IN_YEARS_RE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?-u:\b)first(?-u:\b)[^.;]{0,80}?(?-u:\b)in (?:(?:more than|over|nearly|almost|about) )?(\w+) years(?-u:\b)",
    )
});
/// "a decade ago", "two decades ago"; "have been fighting … for a decade", "has ruled … for
/// 55 years": a span counted back from the event to when something began ("for over a
/// decade" bounds it and gives no year).
static SPAN_BACK_RE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?-u:\b)(?:(a|one|two|three|four|five|\d+) (decade)s? ago|(?:ha[sd]|have) (?:been \w+ing|ruled)(?-u:\b)[^.;:]{0,80}? for (?:(?:about|around|nearly|almost|some) )?(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (year|decade)s?))(?-u:\b)",
    )
});
static RELATIVE_YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(last year|the previous year|a year ago|a year after (?:a|an|another)|(two|three|four|five|six|seven|eight|nine|ten|\d+) years (?:and (a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months? )?(?:(?:almost |nearly )?to the day )?(?:ago|after))(?-u:\b)")
        .expect("pattern")
});

/// Dates a sentence recalls, resolved against `event` where relative. Years that are
/// really counts ("2000 soldiers") are left out, as are bare months without an event date.
pub fn date_mentions(sentence: &str, event: Option<NaiveDate>) -> Vec<DateMention> {
    if !may_hold_a_date(sentence) {
        return Vec::new();
    }
    let mut out: Vec<(usize, DateMention)> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for c in MONTH_REL_RE.captures_iter(sentence) {
        let m = c.get(0).expect("whole match");
        let Some(month) = month_number(&c["month"]) else {
            continue;
        };
        let dated = c.name("day_before").is_some()
            || c.name("day_after").is_some()
            || c.name("year").is_some();
        if !dated && month_alone_is_no_date(sentence, &c, m.start(), m.end()) {
            continue;
        }
        // "until mid-August", "runs from June to September": a forecast or a span of the
        // calendar, not a day something happened.
        let prefix = c.name("prefix").map(|w| w.as_str());
        let before = sentence[..m.start()].trim_end();
        let span = matches!(prefix, Some("until" | "by" | "next" | "from"))
            || before.ends_with(" to")
            || before.ends_with(" till")
            || before.ends_with(" through")
            || before.ends_with(" between");
        if span && c.name("year").is_none() {
            continue;
        }
        let year = match c.name("year").map(|y| y.as_str()) {
            Some("last year") => event.map(|e| e.year() - 1),
            Some("this year") => event.map(|e| e.year()),
            Some("next year") => event.map(|e| e.year() + 1),
            Some(y) => y.parse().ok(),
            None if c.name("prefix").is_some_and(|w| w.as_str() == "last") => event.map(|e| {
                if month < e.month() {
                    e.year()
                } else {
                    e.year() - 1
                }
            }),
            None => event.map(|e| {
                if month <= e.month() {
                    e.year()
                } else {
                    e.year() - 1
                }
            }),
        };
        let Some(year) = year else { continue };
        taken.push((m.start(), m.end()));
        out.push((
            m.start(),
            DateMention {
                year,
                month: Some(month),
                text: m.as_str().to_string(),
                approximate: false,
                counted_back: false,
                measured_against: false,
            },
        ));
    }
    for c in YEAR_RE.captures_iter(sentence) {
        let m = c.get(0).expect("whole match");
        if taken.iter().any(|&(s, e)| m.start() >= s && m.end() <= e)
            || is_count(sentence, m.start(), m.end(), c.get(3).is_some())
            || counted_by_a_qualifier(&sentence[..m.start()])
            || in_a_run_of_digit_groups(sentence, m.start(), m.end())
        {
            continue;
        }
        // "the 1975-1990 civil war": one span, dated by its start.
        if let Some(end) = YEAR_SPAN_END_RE.find(&sentence[m.end()..]) {
            let text = &sentence[m.start()..m.end() + end.end()];
            taken.push((m.start(), m.end() + end.end()));
            if let Ok(year) = c[2].parse::<i32>() {
                out.push((
                    m.start(),
                    DateMention {
                        year,
                        month: None,
                        text: text.to_string(),
                        approximate: false,
                        counted_back: false,
                        measured_against: false,
                    },
                ));
            }
            continue;
        }
        let Ok(mut year) = c[2].parse::<i32>() else {
            continue;
        };
        let decade = c.get(3).is_some();
        if decade {
            year += match c.get(1).map(|p| p.as_str()) {
                Some("early") => 2,
                Some("mid") => 5,
                Some("late") => 8,
                _ => 0,
            };
        }
        out.push((
            m.start(),
            DateMention {
                year,
                month: None,
                text: m.as_str().to_string(),
                approximate: decade,
                counted_back: false,
                measured_against: false,
            },
        ));
    }
    for c in RELATIVE_YEAR_RE.captures_iter(sentence) {
        let Some(event) = event else { continue };
        let m = c.get(0).expect("whole match");
        // "in the last year", "over the past year": the twelve months up to now, no one year.
        let span = sentence[..m.start()].to_lowercase().ends_with("the ");
        if taken.iter().any(|&(s, e)| m.start() >= s && m.end() <= e) || span {
            continue;
        }
        // parse_quantity reads lowercase words ("Two years ago" opens a sentence).
        let count = |n: Option<regex::Match<'_>>| {
            n.and_then(|n| {
                crate::numbers::parse_quantity(&[n.as_str().to_lowercase().as_str()], 0)
                    .map(|(q, _)| q.value.min(500) as u32)
            })
        };
        let back = if c.get(2).is_some() {
            count(c.get(2)).unwrap_or(0)
        } else {
            1
        };
        // "three years and two months ago": the months count back too, and are this
        // mention's, not a second one.
        let months = back * 12 + count(c.get(3)).unwrap_or(0);
        let Some(when) = event.checked_sub_months(chrono::Months::new(months)) else {
            continue;
        };
        taken.push((m.start(), m.end()));
        out.push((
            m.start(),
            DateMention {
                year: when.year(),
                month: None,
                text: m.as_str().to_string(),
                approximate: false,
                counted_back: false,
                measured_against: false,
            },
        ));
    }
    if let Some(event) = event {
        for c in LAST_IN_YEARS_RE.captures_iter(sentence) {
            let (Some(whole), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let count = n.as_str().to_lowercase();
            let Some((q, _)) = crate::numbers::parse_quantity(&[count.as_str()], 0) else {
                continue;
            };
            // The mention is the span "in five years", not the words about the event.
            let at = sentence[whole.start()..n.start()]
                .rfind("in ")
                .map_or(n.start(), |i| whole.start() + i);
            let text = sentence[at..whole.end()].to_string();
            out.push((
                whole.start(),
                DateMention {
                    year: event.year() - q.value.min(500) as i32,
                    month: None,
                    text,
                    approximate: false,
                    counted_back: false,
                    measured_against: true,
                },
            ));
        }
        out.extend(spans_back(sentence, event, &taken));
        for m in RECENT_RE.find_iter(sentence) {
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            if let Some(d) = counted_back_from(event, m.as_str()) {
                out.push((m.start(), d));
            }
        }
    }
    out.sort_by_key(|(at, _)| *at);
    out.into_iter().map(|(_, d)| d).collect()
}

/// The years a span counted back from the event began: "a decade ago" and "for 55 years"
/// after a perfect ("has ruled") — approximate, as such spans are rounded.
fn spans_back(
    sentence: &str,
    event: NaiveDate,
    taken: &[(usize, usize)],
) -> Vec<(usize, DateMention)> {
    let mut out = Vec::new();
    for c in SPAN_BACK_RE.captures_iter(sentence) {
        let Some(whole) = c.get(0) else { continue };
        if taken
            .iter()
            .any(|&(s, e)| whole.start() < e && s < whole.end())
        {
            continue;
        }
        let (count, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(n), Some(u), _, _) | (_, _, Some(n), Some(u)) => (n, u),
            _ => continue,
        };
        let lower = count.as_str().to_lowercase();
        let n = if lower == "a" {
            1
        } else {
            match crate::numbers::parse_quantity(&[lower.as_str()], 0) {
                Some((q, _)) => q.value.min(500) as i32,
                None => continue,
            }
        };
        let years = if unit.as_str().eq_ignore_ascii_case("decade") {
            n * 10
        } else {
            n
        };
        // The mention is the span itself ("for about two years"), not the clause before it.
        let at = sentence[whole.start()..count.start()]
            .rfind("for ")
            .map_or(whole.start(), |i| whole.start() + i);
        out.push((
            at,
            DateMention {
                year: event.year() - years,
                month: None,
                text: sentence[at..whole.end()].to_string(),
                approximate: true,
                counted_back: false,
                measured_against: false,
            },
        ));
    }
    out
}

/// The month a phrase like "three weeks ago" or "last month" points to, counted back from the
/// event's day. A vague count ("a few weeks ago") counts one unit back and is approximate.
fn counted_back_from(event: NaiveDate, text: &str) -> Option<DateMention> {
    let c = RECENT_RE.captures(text)?;
    let points_at_a_period = c
        .get(1)
        .is_some_and(|w| crate::lexicon::TIME_CUES.has("not-a-count", &w.as_str().to_lowercase()));
    if points_at_a_period {
        return None;
    }
    let (day, approximate) = if let Some(unit) = c.get(2) {
        let count_words: Vec<String> = c[1].split(' ').map(str::to_lowercase).collect();
        let words: Vec<&str> = count_words.iter().map(String::as_str).collect();
        let count = crate::numbers::parse_quantity(&words, 0)
            .filter(|(_, used)| *used == words.len())
            .map(|(q, _)| q.value.min(120) as u32);
        let n = count.unwrap_or(1);
        let back = if unit.as_str().to_lowercase().starts_with("week") {
            event.checked_sub_days(chrono::Days::new(7 * u64::from(n)))
        } else {
            event.checked_sub_months(chrono::Months::new(n))
        };
        (back?, count.is_none())
    } else if c.get(3).is_some() {
        (event, false)
    } else {
        (event.checked_sub_months(chrono::Months::new(1))?, false)
    };
    let month =
        (c.get(3).map(|w| w.as_str().to_lowercase()) != Some("year".into())).then(|| day.month());
    Some(DateMention {
        year: day.year(),
        month,
        text: text.to_string(),
        approximate,
        counted_back: true,
        measured_against: false,
    })
}

/// Month names (capitalised), "year", "month", "week", "ago" and "decade", to pass over sentences that cannot hold a date.
static DATE_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let words = MONTH_ALT
        .split('|')
        .chain(["year", "month", "week", "ago", "decade"]);
    aho_corasick::AhoCorasick::new(words).expect("month names build a searcher")
});

/// Could the sentence mention a date (a digit, a month, "year", "weeks ago")?
fn may_hold_a_date(sentence: &str) -> bool {
    sentence.bytes().any(|b| b.is_ascii_digit()) || DATE_WORDS.is_match(sentence)
}

/// "killing more than 1650": four figures after a qualifier of two words or more ("more than",
/// "at least", "up to") are a count, not a year. (A one-word qualifier may date: "around 1900".)
fn counted_by_a_qualifier(before: &str) -> bool {
    let before = before.trim_end().to_lowercase();
    crate::numbers::QUALIFIERS.iter().any(|q| {
        let Some(rest) = before.strip_suffix(q).filter(|_| q.contains(' ')) else {
            return false;
        };
        // "since at least 2018" bounds a period by a year.
        let word_before = rest.split_whitespace().next_back().unwrap_or_default();
        rest.chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && !crate::lexicon::TIME_CUES.has("bound", word_before)
    })
}

/// A four-digit number followed by a plural noun is a count ("2000 soldiers"), not a year,
/// unless "the" stands before it and its noun names no people ("the 2009 blasts", "the 2015
/// elections"); after a word that names a thing by number ("room 1808") it is that number.
fn is_count(sentence: &str, start: usize, end: usize, decade: bool) -> bool {
    if decade {
        return false;
    }
    let word_before = sentence[..start]
        .trim_end_matches([' ', ','])
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if crate::lexicon::TIME_CUES.has("identifier", &word_before) {
        return true;
    }
    let after_the = word_before == "the";
    let rest = &sentence[end..];
    if rest.starts_with(',') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let next: String = rest
        .trim_start_matches([' ', '('])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let people = crate::lexicon::PERSON_NOUNS.has("person", &next);
    let plural = next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().all(|c| c.is_lowercase());
    // "(1900 GMT)", "at 1600 hours": a time of day on the 24-hour clock.
    let clock = crate::lexicon::TIME_CUES.has("clock", &next.to_lowercase());
    clock
        || people
        || plural && !after_the && !matches!(next.as_str(), "was" | "has" | "this" | "as")
}

/// The weekday a date falls on, as its English name.
pub fn weekday_name(date: NaiveDate) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(_, d)| *d == date.weekday())
        .map_or("", |(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 3, 14)
    }

    fn years(s: &str) -> Vec<(i32, Option<u32>)> {
        date_mentions(s, event())
            .into_iter()
            .map(|d| (d.year, d.month))
            .collect()
    }

    #[test]
    fn a_day_glued_to_the_byline_before_it_is_read() {
        assert_eq!(
            explicit_dates_at("Francesca Gillett8 February 2017"),
            [(17, NaiveDate::from_ymd_opt(2017, 2, 8).unwrap())]
        );
        // Figures glued to figures or capitals are no day.
        assert!(explicit_dates("A380 8 February 2017").len() == 1);
        assert!(explicit_dates("flight QZ8501 February 2017").is_empty());
    }

    #[test]
    fn four_figures_naming_a_room_or_telling_the_time_are_no_year() {
        assert!(years("They assembled the bombs in their room, number 1808.").is_empty());
        assert!(years("The council passed Resolution 2334.").is_empty());
        assert!(years("He was due to speak at 1930 (AEST).").is_empty());
        assert_eq!(years("The plant was built in 1930."), [(1930, None)]);
    }

    #[test]
    fn four_figures_in_a_telephone_number_are_no_year() {
        assert!(years("Air India has set up a support line on 1800 5691 444.").is_empty());
        assert_eq!(
            years("The war began in 1975 and ended in 1990."),
            [(1975, None), (1990, None)]
        );
    }

    #[test]
    fn a_stamp_in_capitals_is_a_date_and_a_lowercase_month_word_is_not() {
        assert_eq!(
            explicit_dates("SEPTEMBER 24, 2019"),
            [NaiveDate::from_ymd_opt(2019, 9, 24).unwrap()]
        );
        assert_eq!(
            explicit_dates("24 SEPT 2019"),
            [NaiveDate::from_ymd_opt(2019, 9, 24).unwrap()]
        );
        assert!(explicit_dates("they may 5 2019 voters").is_empty());
        assert_eq!(
            explicit_dates("On the 12th of August, 2000 the submarine sank"),
            [NaiveDate::from_ymd_opt(2000, 8, 12).unwrap()]
        );
    }

    #[test]
    fn a_day_written_with_a_comma_before_its_month_is_a_date() {
        assert_eq!(
            explicit_dates("| On 14, Apr 2014"),
            [NaiveDate::from_ymd_opt(2014, 4, 14).unwrap()]
        );
    }

    #[test]
    fn a_date_after_since_and_an_article_is_a_bound_not_the_page_s_date() {
        assert!(dates_not_bounds(
            "The worst disaster to hit the nation since the May 9, 2001 stadium disaster."
        )
        .is_empty());
        assert_eq!(
            dates_not_bounds("Posted on May 9, 2001 by the desk").len(),
            1
        );
    }

    #[test]
    fn a_shortened_month_needs_its_day_or_year() {
        assert!(years("He visited the Mar Behnam Monastery.").is_empty());
        assert!(years("Local government minister July Moyo said the toll rose.").is_empty());
        assert_eq!(
            years("It came after the January Pathankot raid."),
            [(2024, Some(1))]
        );
        assert_eq!(years("The war began in July last year."), [(2023, Some(7))]);
        assert_eq!(years("It reopened on Mar. 3."), [(2024, Some(3))]);
    }

    #[test]
    fn weeks_earlier_count_back_from_the_event_a_day_earlier_does_not() {
        let event = NaiveDate::from_ymd_opt(2023, 3, 26);
        let found = date_mentions(
            "The region was hit by an earthquake just over a week earlier.",
            event,
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].year, found[0].month), (2023, Some(3)));
        assert!(found[0].counted_back);
        assert!(date_mentions("Samos was hit a day earlier by the quake.", event).is_empty());
    }

    #[test]
    fn spans_counted_back_give_the_year_they_began() {
        assert_eq!(
            years("It seemed an aberration a decade ago."),
            [(2014, None)]
        );
        assert_eq!(
            years("Rebels have been fighting the army for about two years."),
            [(2022, None)]
        );
        assert_eq!(
            years("His family has ruled the country for 55 years."),
            [(1969, None)]
        );
        assert!(years("The group has been causing havoc for over a decade.").is_empty());
        assert!(years("She has worked at the port for 30 years.").is_empty());
    }

    #[test]
    fn written_dates_are_found() {
        let d = NaiveDate::from_ymd_opt(2023, 9, 19).unwrap();
        assert_eq!(
            explicit_dates("seen on September 19, 2023, in a video"),
            [d]
        );
        assert_eq!(explicit_dates("on 19 September 2023"), [d]);
        assert_eq!(explicit_dates("dated 2023-09-19"), [d]);
        assert_eq!(explicit_dates("2023-09-19T09:06+0000"), [d]);
        assert_eq!(explicit_dates("Published on 19/09/2023 - 16:41"), [d]);
        assert_eq!(explicit_dates("19.09.2023"), [d]);
        assert_eq!(explicit_dates("09/19/2023"), [d]);
        assert_eq!(explicit_dates("2023/09/19"), [d]);
        assert_eq!(explicit_dates("19-Sep-2023"), [d]);
        assert_eq!(explicit_dates("Updated: 19-09-2023 16:49 IST"), [d]);
        assert_eq!(explicit_dates("Tuesday 19/September/2023 17:29 PM"), [d]);
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(years("a war that ended in 1994"), [(1994, None)]);
        assert_eq!(years("began in the late 1980s"), [(1988, None)]);
    }

    #[test]
    fn counts_are_not_years() {
        assert!(years("Russia has 2000 soldiers there").is_empty());
        assert!(years("some 2,000 soldiers").is_empty());
        assert!(years("Around 2000 people are feared buried").is_empty());
        assert!(years("Ebola has infected 2500 people, killing more than 1650.").is_empty());
        assert_eq!(years("a house built around 1900"), [(1900, None)]);
        assert_eq!(
            years("the highest toll since at least 2018"),
            [(2018, None)]
        );
        assert!(date_mentions("The fire was out at 3 a.m. (1900 GMT).", None).is_empty());
    }

    #[test]
    fn full_dates_with_months_of_other_languages_are_read() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a date");
        assert_eq!(explicit_dates("Jumat, 18 Maret 2022"), [d(2022, 3, 18)]);
        assert_eq!(explicit_dates("el 18 de marzo de 2022"), [d(2022, 3, 18)]);
        assert_eq!(explicit_dates("am 18. März 2022"), [d(2022, 3, 18)]);
        assert!(explicit_dates("Mai Tai 2022").is_empty());
    }

    #[test]
    fn years_and_months_counted_back_are_one_date() {
        let event = NaiveDate::from_ymd_opt(2019, 1, 25);
        let found = date_mentions("Three years and two months ago another dam burst.", event);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].year, 2015);
    }

    #[test]
    fn relative_months_resolve_before_the_event() {
        assert_eq!(years("since last December"), [(2023, Some(12))]);
        assert_eq!(years("most recently in February"), [(2024, Some(2))]);
        assert_eq!(years("in mid-December last year"), [(2023, Some(12))]);
        assert_eq!(years("the invasion last year"), [(2023, None)]);
        assert!(years("eight managers in the last year").is_empty());
    }

    #[test]
    fn weekday_names_are_found() {
        assert_eq!(weekdays("Strikes on Tuesday."), [Weekday::Tue]);
    }

    #[test]
    fn a_weekday_beside_a_numeric_date_says_which_number_is_the_month() {
        assert_eq!(
            explicit_dates("on Saturday morning (11/06/2021) after the blast"),
            [NaiveDate::from_ymd_opt(2021, 11, 6).unwrap()]
        );
        assert_eq!(
            explicit_dates("updated 11/06/2021"),
            [NaiveDate::from_ymd_opt(2021, 6, 11).unwrap()]
        );
        assert_eq!(
            explicit_dates("filed 10/15/2022"),
            [NaiveDate::from_ymd_opt(2022, 10, 15).unwrap()]
        );
    }
}
