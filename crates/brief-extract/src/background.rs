//! Background: sentences that recall earlier dated events — years, decades, months and
//! relative dates resolved against the event's date.

use chrono::Datelike;

use super::{Cite, EventFacts, Sentence, EVENT_WORDS};
use brief_text::dates::DateMention;
use brief_text::reading::Reading;

/// One earlier event a sentence recalls.
#[derive(Debug, Clone)]
pub struct Background {
    pub cite: Cite,
    pub year: i32,
    pub month: Option<u32>,
    /// The words that date it ("the late 1980s", "last December").
    pub when: String,
    /// A few words saying what happened, from the sentence.
    pub label: String,
    /// The kind of event ("war", "ceasefire"), when a noun says so.
    pub what: Option<&'static str>,
    pub approximate: bool,
}

impl brief_text::fields::Fields for Background {
    const LEN: usize = Cite::LEN + 6;
    fn write_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        self.cite.write_fields(s)?;
        brief_text::write_fields!(s, self, year, month, when, label, what, approximate);
        Ok(())
    }
}

brief_text::serialize_by_fields!(Background);

/// Extracts the earlier events one article's sentences recall.
pub fn extract(sentences: &[Sentence<'_>], facts: &EventFacts) -> Vec<Background> {
    let mut out = Vec::new();
    for s in sentences {
        let mut seen: Vec<(i32, Option<u32>)> = Vec::new();
        let mut mentions = s.reading.date_mentions(facts.date);
        if let Some(d) = last_week_of_report(s, facts) {
            mentions.to_mut().push(d);
        }
        if let Some(d) = ordinal_in_a_span(s, facts) {
            mentions.to_mut().push(d);
        }
        if let Some(d) = anniversary_marked(s, facts) {
            mentions.to_mut().push(d);
        }
        if mentions.is_empty() {
            if let Some(b) = timeline_entry(s, facts).or_else(|| recalled_without_date(s, &out)) {
                out.push(b);
            }
            continue;
        }
        // The sentence's words as `event_noun_in` reads them, split once for all its dates,
        // and whether it tells what usually happens, read once.
        let mut words: Option<Vec<String>> = None;
        let habitual_once = std::cell::OnceCell::new();
        let habitual = || *habitual_once.get_or_init(|| tells_what_usually_happens(&s.reading));
        // "another strong quake, which struck the island on July 29": a day of another event
        // is an earlier one however near the story's own.
        let another_once = std::cell::OnceCell::new();
        let another =
            || *another_once.get_or_init(|| crate::casualties::recalls_another_event(&s.reading));
        for d in mentions.iter() {
            let told_earlier = is_before_event(d, facts)
                || facts.date.is_some_and(|e| day_before(d, e)) && another();
            let last_month = !told_earlier && facts.date.is_some_and(|e| in_the_month_before(d, e));
            let earlier = told_earlier || last_month;
            if !earlier
                || seen.contains(&(d.year, d.month))
                || is_a_season(&habitual, d)
                || d.counted_back && runs_up_to_now(&s.text, &d.text, &s.article.title)
            {
                continue;
            }
            let words = words.get_or_insert_with(|| lower_words(&s.text));
            if is_a_life_date(words, &d.text)
                || dates_a_statistic(words, &d.text)
                || names_a_day(&s.text, &d.text)
            {
                continue;
            }
            let what = event_noun_in(words, &d.text);
            // "In June, a Boko Haram attack … killed 25" in a July story: weeks before, an
            // earlier event only when one is named beside the date.
            if last_month && what.is_none() {
                continue;
            }
            // "375 recorded by the police a week ago" is the event's own week; "a tornado that
            // struck one week ago" recalls an earlier event by its kind.
            if what.is_none() && (one_week_back(d) || is_a_decade_alone(d)) {
                continue;
            }
            seen.push((d.year, d.month));
            out.push(Background {
                cite: s.cite(),
                year: d.year,
                month: d.month,
                label: label_around(&s.reading, &d.text),
                when: d.text.clone(),
                what,
                approximate: d.approximate,
            });
        }
    }
    out
}

/// "When it was built in the 1920s, the factory was far from homes": a decade with no event
/// named beside it dates a state of things, not an earlier event ("the war of the 1990s"
/// names one).
fn is_a_decade_alone(d: &DateMention) -> bool {
    d.approximate
        && d.text
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .ends_with('s')
}

/// "October 31st, 2015" / "Islamic State brings down a Russian airliner over Sinai": a
/// sentence of an entry under a timeline's dated heading recalls that day's event.
fn timeline_entry(s: &Sentence<'_>, facts: &EventFacts) -> Option<Background> {
    let d = s.heading_date(facts.date)?;
    if !is_before_event(&d, facts) {
        return None;
    }
    let words = lower_words(&s.text);
    Some(Background {
        cite: s.cite(),
        year: d.year,
        month: d.month,
        label: first_clause(&s.text),
        what: words.first().and_then(|w| event_noun_in(&words, w)),
        when: d.text,
        approximate: d.approximate,
    })
}

/// The sentence up to its first comma or semicolon, without its full stop.
fn first_clause(text: &str) -> String {
    text.split([',', ';'])
        .next()
        .unwrap_or(text)
        .trim_end_matches('.')
        .to_string()
}

/// Days after the event a report may be written and still call the week before it "last week".
const LAST_WEEK_REACH: i64 = 2;

/// "the government last week declared a state of emergency": "last week" counts back from the
/// day the report was written, so it recalls an earlier time only in a report written within
/// days of the event; a week later, "last week's disaster" is the event itself.
fn last_week_of_report(s: &Sentence<'_>, facts: &EventFacts) -> Option<DateMention> {
    let event = facts.date?;
    let lower = s.reading.lower();
    let at = lower.find("last week")?;
    if lower[at..].starts_with("last weekend") {
        return None;
    }
    let reported = s.article.date.as_deref()?;
    let reported = chrono::NaiveDate::parse_from_str(reported, "%Y-%m-%d").ok()?;
    if !(0..=LAST_WEEK_REACH).contains(&(reported - event).num_days()) {
        return None;
    }
    // "last week's devastating floods" under a floods headline is the event itself, and so
    // is "the death toll from last week's floods".
    if names_a_kind_of(&s.text, &s.article.title) || lower.contains(" toll ") {
        return None;
    }
    let week_before = reported.checked_sub_days(chrono::Days::new(7))?;
    Some(DateMention {
        year: week_before.year(),
        month: Some(week_before.month()),
        text: if s.text.contains("Last week") {
            "Last week"
        } else {
            "last week"
        }
        .to_string(),
        approximate: false,
        counted_back: true,
        measured_against: false,
    })
}

/// Words from an ordinal to the span it counts in ("the second deadly quake to hit the island
/// in a week").
const ORDINAL_SPAN_REACH: usize = 12;

/// "the second deadly quake to hit the island in a week", "the third major airline disaster in
/// a week", "the second attack this month": a place after the first within a span recalls the
/// earlier event of that span, dated by counting the span back from the event. Words in
/// `time_cues.tsv` (`span-*`); years are left out ("the third coup in two years" may recall
/// either).
fn ordinal_in_a_span(s: &Sentence<'_>, facts: &EventFacts) -> Option<DateMention> {
    use brief_text::lexicon::TIME_CUES;
    let event = facts.date?;
    let r = &s.reading;
    let n = r.words().len();
    // An ordinal in words: "22nd" is most often a day ("June 22nd this year").
    let place_after_the_first = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && crate::casualties::ordinal_value(w).is_some_and(|v| v >= 2)
    };
    // ("its second strike on Africa in less than three weeks" counts one thing's strikes; a
    // line without a full stop is a headline, the story's own or another's.)
    let first = (0..n).find(|&i| place_after_the_first(r.lower_word(i)))?;
    let owned = first > 0 && TIME_CUES.has("span-owner", r.lower_word(first - 1));
    // ("… an earthquake killed at least 98 people and prompted an exodus of tourists rattled
    // by the second powerful quake in a week": a sentence giving a toll tells this event,
    // called one more of a series.)
    if owned || s.has_figures() || !s.text.trim_end().ends_with(['.', '!', '?', '"', '”']) {
        return None;
    }
    let lower: Vec<&str> = (0..n).map(|i| r.lower_word(i)).collect();
    let unit_days = |w: &str| TIME_CUES.number_for("span-unit", w);
    let end = (first + ORDINAL_SPAN_REACH).min(n);
    let (from, to, days) = (first + 1..end).find_map(|i| {
        // ("his second term later this month" is to come.)
        if TIME_CUES.has("span-this", lower[i]) && !TIME_CUES.has("span-future", lower[i - 1]) {
            let days = lower.get(i + 1).and_then(|w| unit_days(w))?;
            // "this month" and "this year" reach back to their first day, not across it.
            let within = match days {
                d if d >= YEAR_DAYS => u64::from(event.ordinal0()),
                d if d >= MONTH_DAYS => u64::from(event.day0()),
                d => d,
            };
            return Some((i, i + 1, within));
        }
        if !TIME_CUES.has("span-in", lower[i]) {
            return None;
        }
        let mut k = i + 1;
        while k < n && TIME_CUES.has("span-hedge", lower[k]) {
            k += 1;
        }
        let (count, len) = if TIME_CUES.has("span-one", lower.get(k)?) {
            (1, 1)
        } else {
            let (q, len) = brief_text::numbers::parse_quantity(&lower, k)?;
            (q.value, len)
        };
        let per = unit_days(lower.get(k + len)?)?;
        (per < YEAR_DAYS).then_some((i, k + len, count * per))
    })?;
    let back = event.checked_sub_days(chrono::Days::new(days))?;
    let text = &r.straight()[r.words()[from].span.start..r.words()[to].span.end];
    Some(DateMention {
        year: back.year(),
        month: Some(back.month()),
        text: text.to_string(),
        approximate: true,
        counted_back: true,
        measured_against: false,
    })
}

/// "on the 20th anniversary of Kazakhstan's independence", "the one-year anniversary of the
/// suicide bombings", "the 30th death anniversary of": an anniversary counts its years back
/// from the event to the year of what it marks.
fn anniversary_marked(s: &Sentence<'_>, facts: &EventFacts) -> Option<DateMention> {
    use brief_text::lexicon::TIME_CUES;
    let event = facts.date?;
    let r = &s.reading;
    let n = r.words().len();
    let at = (1..n.saturating_sub(1))
        .find(|&i| TIME_CUES.has("anniversary", r.lower_word(i)) && r.lower_word(i + 1) == "of")?;
    // One word may stand between the count and the noun ("the 30th death anniversary"), and
    // "one year" is the count "one-year" written apart.
    let word = |i: usize| match r.lower_word(i) {
        "year" if i > 0 => format!("{}-year", r.lower_word(i - 1)),
        w => w.to_string(),
    };
    let (from, years) = [at - 1, at.saturating_sub(2)]
        .into_iter()
        .filter(|&i| i < at)
        .find_map(|i| years_counted(&word(i)).map(|y| (i, y)))?;
    let marks_an_event = if from + 1 < at {
        TIME_CUES.has("anniversary-kind", r.lower_word(at - 1))
    } else {
        // ("the 62nd anniversary of the Kachin Independence Organisation": a kind inside a
        // body's name is no event; "the Katyn Massacre" is one.)
        let capitalised = |i: usize| i < n && r.word(i).starts_with(char::is_uppercase);
        (at + 2..n.min(at + 2 + ANNIVERSARY_REACH)).any(|i| {
            recalled_kind_of(r.lower_word(i)).is_some() && !(capitalised(i) && capitalised(i + 1))
        })
    };
    if !marks_an_event {
        return None;
    }
    let from = if r.lower_word(from) == "year" {
        from - 1
    } else {
        from
    };
    let text = &r.straight()[r.words()[from].span.start..r.words()[at].span.end];
    Some(DateMention {
        year: event.year() - i32::try_from(years).ok()?,
        month: None,
        text: text.to_string(),
        approximate: false,
        counted_back: true,
        measured_against: false,
    })
}

/// The years an anniversary's count gives: "20th", "fourth", "first", "one-year", "10-year".
fn years_counted(word: &str) -> Option<u64> {
    if brief_text::lexicon::TIME_CUES.has("anniversary-first", word) {
        return Some(1);
    }
    let count = word.strip_suffix("-year").map(|c| {
        brief_text::numbers::parse_quantity(&[c], 0)
            .filter(|(_, used)| *used == 1)
            .map(|(q, _)| q.value)
    });
    let years = match count {
        Some(years) => years?,
        None => crate::casualties::ordinal_value(word)?,
    };
    (1..=MOST_YEARS_MARKED).contains(&years).then_some(years)
}

/// How many words after "anniversary of" the event it marks must be named in ("of the
/// September 11 attacks").
const ANNIVERSARY_REACH: usize = 4;

/// The kind of earlier event a word names: "blockaded" names a blockade, "bombings" a
/// bombing; short nouns ("war") must match whole.
fn recalled_kind_of(w: &str) -> Option<&'static str> {
    recalled_kinds().find(|n| {
        w == *n
            || n.len() >= 6
                && ["d", "ed", "s"]
                    .iter()
                    .any(|end| w.strip_suffix(end) == Some(*n))
    })
}

/// Anniversaries past this many years mark no event a briefing recalls as background.
const MOST_YEARS_MARKED: u64 = 1000;

/// A span of a year or more counts back too far to say which earlier event it recalls.
const YEAR_DAYS: u64 = 365;
const MONTH_DAYS: u64 = 30;

/// Does the sentence name a kind of event the headline names ("last week's devastating
/// floods" under "Floods in Sri Lanka leave 91 dead")?
fn names_a_kind_of(sentence: &str, headline: &str) -> bool {
    let words = lower_words(sentence);
    let headline: Vec<&'static str> = kinds_named(&lower_words(headline)).collect();
    let found = kinds_named(&words).any(|k| headline.contains(&k));
    found
}

/// The kinds of event the words name, one name per kind ("quakes" → earthquake).
fn kinds_named(words: &[String]) -> impl Iterator<Item = &'static str> + '_ {
    recalled_kinds()
        .filter(move |k| {
            words
                .iter()
                .any(|w| w == k || w.strip_suffix('s') == Some(*k))
        })
        .map(same_event)
}

/// "The previous war … lasted 44 days": an undated mention of an earlier event of a kind the
/// article has already dated takes that date.
fn recalled_without_date(s: &Sentence<'_>, so_far: &[Background]) -> Option<Background> {
    let lower = s.reading.lower();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let noun = words.windows(2).find_map(|w| {
        let noun = recalled_kinds().find(|n| *n == w[1])?;
        EVENT_WORDS.has("back-reference", w[0]).then_some(noun)
    })?;
    let noun = same_event(noun);
    let earlier = so_far
        .iter()
        .rev()
        .filter(|b| b.cite.source == s.article.id && b.what == Some(noun))
        .max_by_key(|b| (b.year, b.month))?;
    Some(Background {
        cite: s.cite(),
        year: earlier.year,
        month: earlier.month,
        when: earlier.when.clone(),
        label: first_clause(&s.text),
        what: Some(noun),
        approximate: earlier.approximate,
    })
}

fn is_before_event(d: &DateMention, facts: &EventFacts) -> bool {
    if d.counted_back {
        return true;
    }
    let Some(event) = facts.date else { return true };
    // "Friday, March 31, 2023" in a story of April 1: a day written out in full is an earlier
    // event only weeks before, as a day without its year is (`day_weeks_before`).
    if year_written(&d.text) && d.month.is_some() && has_a_day(d) {
        return day_weeks_before(d, event);
    }
    let before = d.year < event.year()
        || d.year == event.year() && d.month.is_some_and(|m| m < event.month());
    before && !(d.month.is_some() && !year_written(&d.text) && !is_another_season(d, event))
}

/// "… since it made landfall last month": a period opened by a time counted back from the
/// event and running up to the report is the event itself unfolding, not an earlier one.
fn runs_up_to_now(sentence: &str, when: &str, headline: &str) -> bool {
    let Some(at) = sentence.find(when) else {
        return false;
    };
    let clause_start = sentence[..at].rfind([',', ';']).map_or(0, |i| i + 1);
    let words: Vec<String> = sentence[clause_start..at]
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let Some(since) = words
        .iter()
        .position(|w| brief_text::lexicon::TIME_CUES.has("ongoing", w))
    else {
        return false;
    };
    // "… since its devastating earthquake earlier this year": the period opens with another
    // event, named between "since" and its time; the kind the headline names is the event's
    // own, and so is "since the first outbreak last month".
    let headline = headline.to_lowercase();
    let span = &words[since..];
    !span.iter().enumerate().any(|(i, w)| {
        recalled_kinds().any(|k| k == w.as_str())
            && !headline.contains(w.as_str())
            && !(i > 0 && span[i - 1] == "first")
    })
}

/// "The ambassador, born in 1951", "students born in 2003": a year a life-date word ("born")
/// governs tells a person's age, not an earlier event. (A full birth date, "born on February
/// 2, 1983", opens a biography, which the annotated fixtures keep as background.)
fn is_a_life_date(words: &[String], when: &str) -> bool {
    matches!(words_before(words, when), [.., born, prep]
        if prep == "in" && EVENT_WORDS.has("life-date", born))
}

/// "the country's independence day, June 6": a date in apposition to a day's name is the
/// day named, not an earlier event.
fn names_a_day(sentence: &str, when: &str) -> bool {
    let Some(at) = sentence.find(when) else {
        return false;
    };
    sentence[..at]
        .trim_end()
        .strip_suffix(',')
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|w| brief_text::lexicon::TIME_CUES.has("day-unit", &w.to_lowercase()))
}

/// How many words before a year a statistic's noun may stand ("a population of 379,800 in").
const STATISTIC_REACH: usize = 6;

/// "An estimated population of 379,800 in 2017": the year a figure was measured in, not an
/// earlier event.
fn dates_a_statistic(words: &[String], when: &str) -> bool {
    words_before(words, when)
        .iter()
        .rev()
        .take(STATISTIC_REACH)
        .any(|w| EVENT_WORDS.has("statistic", w))
}

/// The sentence's words (`lower_words`) before the date's first word; none when it is not
/// found.
fn words_before<'w>(words: &'w [String], when: &str) -> &'w [String] {
    &words[..date_index(words, when).unwrap_or(0)]
}

/// "Typhoons typically develop between July and October": a month without its year in a
/// clause that tells what usually happens is a season, not an earlier event.
fn is_a_season(habitual: &dyn Fn() -> bool, d: &DateMention) -> bool {
    d.month.is_some() && !d.counted_back && !year_written(&d.text) && habitual()
}

/// Does the sentence tell what usually happens ("typically", "usually")?
fn tells_what_usually_happens(r: &Reading) -> bool {
    (0..r.words().len()).any(|i| brief_text::lexicon::TIME_CUES.has("habitual", r.lower_word(i)))
}

/// "a week ago", "one week ago": counted back a single week.
fn one_week_back(d: &DateMention) -> bool {
    let lower = d.text.to_lowercase();
    let mut words = lower.split(' ');
    let count = words.next().unwrap_or_default();
    let single = count == "a"
        || brief_text::numbers::parse_quantity(&[count], 0).is_some_and(|(q, _)| q.value == 1);
    d.counted_back && single && words.next().is_some_and(|w| w == "week")
}

/// Does a date's text write its year ("March 2019", "last year"), not leave it to the reader?
fn year_written(text: &str) -> bool {
    text.contains("year")
        || text
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4)
}

/// A month named without its year is an earlier event only when it lies before the event's
/// own weeks and is not one just to come: "since late February" in a March report is the same
/// story unfolding, and "lockdown ends on December 2" in a November one is to come, not last
/// December ("since December" and "last December" are past).
fn is_another_season(d: &DateMention, event: chrono::NaiveDate) -> bool {
    let months = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
    let back = months(event.year(), event.month()) - months(d.year, d.month.unwrap_or(1));
    let told_as_past = d.text.starts_with("last") || d.text.starts_with("since");
    let far_enough = back >= 2 || back == 1 && day_weeks_before(d, event);
    far_enough && (d.year == event.year() || back <= 9 || told_as_past)
}

/// Does a date's text write the day of its month ("March 31, 2023", "3 May")?
fn has_a_day(d: &DateMention) -> bool {
    day_of_month(d).is_some()
}

/// The day of the month a date's text writes, if any ("May 3" → 3).
fn day_of_month(d: &DateMention) -> Option<u32> {
    d.text
        .split(|c: char| !c.is_ascii_digit())
        .find_map(|n| n.parse::<u32>().ok().filter(|n| (1..=31).contains(n)))
}

/// Whether a date's text writes a day of its month at least two days before the event's
/// ("the night of July 3" in a story of July 4 may be its own start).
fn day_before(d: &DateMention, event: chrono::NaiveDate) -> bool {
    let Some((day, month)) = day_of_month(d).zip(d.month) else {
        return false;
    };
    chrono::NaiveDate::from_ymd_opt(d.year, month, day)
        .is_some_and(|when| (event - when).num_days() >= 2)
}

/// "erupted on May 3" in a report of June 13: a day written out four weeks or more before the
/// event is an earlier one; "reaching Mozambique on February 24" in a storm's March report
/// is the same storm's track.
/// The month before the event's, named without a day ("in June", "in late June" in a July
/// story): recent enough to be the same story unfolding unless an earlier event is named
/// beside it. (A day just before the event's is its own unless told as another's:
/// `day_before`.)
fn in_the_month_before(d: &DateMention, event: chrono::NaiveDate) -> bool {
    if d.counted_back
        || has_a_day(d)
        || year_written(&d.text)
        || d.text.to_lowercase().starts_with("since")
    {
        return false;
    }
    let months = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
    d.month
        .is_some_and(|month| months(event.year(), event.month()) - months(d.year, month) == 1)
}

fn day_weeks_before(d: &DateMention, event: chrono::NaiveDate) -> bool {
    let Some(day) = day_of_month(d).zip(d.month) else {
        return false;
    };
    chrono::NaiveDate::from_ymd_opt(d.year, day.1, day.0)
        .is_some_and(|when| (event - when).num_days() >= 28)
}

/// The kind of event a date belongs to: a noun right after the date ("the 2020 war"), else
/// the nearest before it in the clause ("a war that broke out in 1988"), else the nearest
/// after it ("the 1994 end of a separatist war").
pub fn event_noun_near(sentence: &str, when: &str) -> Option<&'static str> {
    event_noun_in(&lower_words(sentence), when)
}

/// `event_noun_near` over the sentence's words as `lower_words` splits them.
fn event_noun_in(words: &[String], when: &str) -> Option<&'static str> {
    let at = date_index(words, when)?;
    let noun_at = |i: usize| recalled_kind_of(&words[i]);
    let is_year =
        |i: &usize| words[*i].len() >= 4 && words[*i].chars().take(4).all(|c| c.is_ascii_digit());
    let right_after = (at + 1..words.len().min(at + 3)).find_map(noun_at);
    let before = (at.saturating_sub(8)..at)
        .rev()
        .take_while(|i| !is_year(i))
        .find_map(noun_at);
    let after = (at + 1..words.len().min(at + 7))
        .take_while(|i| !is_year(i))
        .find_map(noun_at);
    let noun = right_after.or(before).or(after)?;
    Some(same_event(noun))
}

/// The kinds of earlier event a sentence may recall, most telling first.
fn recalled_kinds() -> impl Iterator<Item = &'static str> {
    let words: &'static brief_text::lexicon::WordTable = &EVENT_WORDS;
    words.words("recalled").iter().map(String::as_str)
}

/// One name for one kind of event: a truce is a ceasefire, a quake an earthquake.
fn same_event(noun: &'static str) -> &'static str {
    let words: &'static brief_text::lexicon::WordTable = &EVENT_WORDS;
    words
        .kinds("same-as:")
        .find(|kind| words.has(kind, noun))
        .map_or(noun, |kind| &kind["same-as:".len()..])
}

fn lower_words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Index of the word where the date words begin.
fn date_index(words: &[String], when: &str) -> Option<usize> {
    let first = lower_words(when).into_iter().next()?;
    words.iter().position(|w| *w == first)
}

/// A short phrase around the date words: up to seven words before and six after, within the
/// clause ("a separatist war that broke out in 1988 amid the collapse of the Soviet …").
fn label_around(r: &Reading, when: &str) -> String {
    let sentence = r.text();
    let tokens: Vec<&str> = (0..r.pieces().len()).map(|i| r.piece(i)).collect();
    let first = when.split_whitespace().next().unwrap_or(when);
    let Some(at) = tokens.iter().position(|t| t.contains(first)) else {
        return sentence.to_string();
    };
    let clean = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let ends_clause = |t: &str| t.ends_with([',', ';', ':']) || matches!(t, "–" | "—" | "-");
    let mut start = at;
    while start > 0
        && at - start < 7
        && !ends_clause(tokens[start - 1])
        && !EVENT_WORDS.has("clause-opener", &clean(tokens[start - 1]))
    {
        start -= 1;
    }
    let mut end = at + when.split_whitespace().count();
    // A date that opens the sentence ("Last year, parliament passed …") labels the clause
    // after it: its own comma does not end the label.
    let mut opening = start == 0;
    while end < tokens.len()
        && end - at < 7
        && (opening || !ends_clause(tokens[end - 1]))
        && !matches!(tokens[end], "–" | "—" | "-")
    {
        opening = false;
        end += 1;
    }
    let mut label = tokens[start..end.min(tokens.len())].join(" ");
    label = label
        .trim_end_matches([',', ';', ':', '.'])
        .trim_matches(['“', '”', '"'])
        .to_string();
    if start > 0 && !ends_clause(tokens[start - 1]) {
        label = format!("… {label}");
    }
    if end < tokens.len() && !ends_clause(tokens[end - 1]) {
        label.push_str(" …");
    }
    capitalise_first(&label)
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

#[cfg(test)]
#[path = "background_tests.rs"]
mod tests;
