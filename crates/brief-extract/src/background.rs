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
            let earlier = is_before_event(d, facts)
                || facts.date.is_some_and(|e| day_before(d, e)) && another();
            if !earlier
                || seen.contains(&(d.year, d.month))
                || is_a_season(&habitual, d)
                || d.counted_back && runs_up_to_now(&s.text, &d.text, &s.article.title)
            {
                continue;
            }
            let words = words.get_or_insert_with(|| lower_words(&s.text));
            if is_a_life_date(words, &d.text) || dates_a_statistic(words, &d.text) {
                continue;
            }
            let what = event_noun_in(words, &d.text);
            // "375 recorded by the police a week ago" is the event's own week; "a tornado that
            // struck one week ago" recalls an earlier event by its kind.
            if what.is_none() && one_week_back(d) {
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
    // "blockaded" names a blockade; short nouns ("war") must match whole.
    let noun_at = |i: usize| {
        let w = &words[i];
        recalled_kinds().find(|n| {
            *w == *n
                || n.len() >= 6
                    && ["d", "ed", "s"]
                        .iter()
                        .any(|end| w.strip_suffix(end) == Some(*n))
        })
    };
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
mod tests {
    use super::*;

    #[test]
    fn nearest_event_noun_names_the_fact() {
        assert_eq!(
            event_noun_near("since the 1994 end of a separatist war", "1994"),
            Some("war")
        );
        assert_eq!(
            event_noun_near("a truce signed in 2011", "2011"),
            Some("ceasefire")
        );
    }

    #[test]
    fn the_year_of_a_statistic_is_no_earlier_event() {
        let w = |s: &str| lower_words(s);
        assert!(dates_a_statistic(
            &w("Palu had an estimated population of 379,800 in 2017."),
            "2017"
        ));
        assert!(!dates_a_statistic(
            &w("A quake struck the city in 2017."),
            "2017"
        ));
    }

    #[test]
    fn a_birth_year_is_no_earlier_event() {
        let w = |s: &str| lower_words(s);
        assert!(is_a_life_date(
            &w("It says the ambassador, born in 1951, was an expert."),
            "1951"
        ));
        assert!(!is_a_life_date(
            &w("The bridge collapsed in 1951, killing 20."),
            "1951"
        ));
    }

    #[test]
    fn weeks_and_months_counted_back_are_history_unless_the_story_runs_on_since() {
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 10),
            ..EventFacts::default()
        };
        let years = |t: &str| {
            let a = crate::test_support::article("a", "A", &[t]);
            let sentences = crate::article_sentences(&a);
            extract(&sentences, &facts)
                .iter()
                .map(|b| b.year)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            years("The manager was appointed just three weeks ago after his predecessor resigned."),
            [2019]
        );
        assert_eq!(
            years("Last month, gunmen killed 26 tourists in the north."),
            [2019]
        );
        assert_eq!(
            years("The embassy had issued a warning earlier this month."),
            [2020]
        );
        assert!(
            years("The storm has killed 300 people since it made landfall last month.").is_empty()
        );
        assert!(years("Four have died since the first outbreak last month.").is_empty());
        assert_eq!(
            years("It is the deadliest crisis since its devastating earthquake earlier this year."),
            [2020]
        );
    }

    #[test]
    fn a_season_and_the_events_own_week_are_not_history_an_event_a_week_before_is() {
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2021, 12, 16),
            ..EventFacts::default()
        };
        let years = |t: &str| {
            let a = crate::test_support::article("a", "A", &[t]);
            extract(&crate::article_sentences(&a), &facts).len()
        };
        assert_eq!(
            years(
                "The storm came later than most, which typically develop between July and October."
            ),
            0
        );
        assert_eq!(
            years("Deaths are higher than the 375 recorded by the police a week ago."),
            0
        );
        assert_eq!(
            years("He toured the aftermath of a tornado that struck one week ago."),
            1
        );
        // A day of another event, days before the story's own.
        assert_eq!(
            years("It came after another strong quake, which struck the island on December 9."),
            1
        );
        assert_eq!(years("The storm first made landfall on December 9."), 0);
    }

    #[test]
    fn relative_years_and_calendar_spans() {
        let d = chrono::NaiveDate::from_ymd_opt(2024, 7, 31);
        let years = |t: &str| {
            brief_text::dates::date_mentions(t, d)
                .iter()
                .map(|m| m.year)
                .collect::<Vec<_>>()
        };
        assert_eq!(years("Two years ago, a disaster killed 30 people."), [2022]);
        assert_eq!(
            years("Less than five years after officers pushed the president out, a general rose."),
            [2019]
        );
        assert_eq!(
            years("It was the first such attack on the capital in five years."),
            [2019]
        );
        assert_eq!(
            years("The collapse comes nine months after a factory fire killed 100 people."),
            [2023]
        );
        assert_eq!(
            years("The attack came 18 years to the day after a bombing in the capital."),
            [2006]
        );
        // Months after a named group's or another event's deed count back from the event.
        assert_eq!(
            years("The attack comes two months after Boko Haram abducted 400 pupils."),
            [2024]
        );
        assert!(
            years("Crowds mourned those who died this week after they were abandoned.").is_empty()
        );
        assert_eq!(
            years("It comes three months after the jihadist group Boko Haram abducted 300 boys."),
            [2024]
        );
        // "this month" points at the event's own month; it counts nothing back.
        assert!(years("The envoy was summoned this month after Yerevan sent aid.").is_empty());
        // A year after "the" names its events; a year before people counts them.
        assert_eq!(
            years("The 2009 blasts in the district displaced thousands."),
            [2009]
        );
        assert!(years("The 2000 soldiers were sent to the border.").is_empty());
        assert!(years("The bridge will be rebuilt in five years.").is_empty());
        assert!(years("The monsoon runs from June to September.").is_empty());
        assert!(years("Rain is forecast until mid-August.").is_empty());
        assert_eq!(years("In July, floods hit the valley."), [2024]);
        assert_eq!(
            years("A city still scarred by the 1975-1990 civil war."),
            [1975]
        );
        assert_eq!(years("The 1992–95 war in Bosnia."), [1992]);
    }

    #[test]
    fn label_is_the_clause_around_the_date() {
        let label = |s: &str, when: &str| label_around(&Reading::new(s), when);
        assert_eq!(
            label(
                "Rain fell, and the 2011 quake still haunts the town, he said.",
                "2011"
            ),
            "And the 2011 quake still haunts the town"
        );
        assert_eq!(
            label(
                "Last year, parliament passed a law allowing electronic vote counting.",
                "Last year"
            ),
            "Last year, parliament passed a law allowing …"
        );
        assert_eq!(
            label(
                "In 2019, two cyclones struck the coast within six weeks.",
                "2019"
            ),
            "In 2019, two cyclones struck the coast within …"
        );
    }

    /// Does `t` name a date before an event of 13 March 2023?
    fn before(t: &str) -> bool {
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2023, 3, 13),
            ..EventFacts::default()
        };
        brief_text::dates::date_mentions(t, facts.date)
            .iter()
            .any(|d| is_before_event(d, &facts))
    }

    #[test]
    fn an_abbreviated_month_and_weeks_after_another_event_are_history() {
        assert!(before(
            "It was similar to one which occurred on Feb. 5, also a helicopter."
        ));
        assert!(before(
            "It came two months after another incident that killed five miners."
        ));
        assert!(before(
            "It comes a year after a twin tragedy that took 22 lives."
        ));
        // A caption of the day before, its date written in full, is the story's own.
        assert!(!before(
            "A home is damaged in Little Rock, Friday, March 12, 2023."
        ));
        assert!(before(
            "A tornado tore through the town on February 3, 2023."
        ));
        // Weeks after the event itself tell its aftermath.
        assert!(!before("Two weeks after the quake, aid has yet to arrive."));
    }

    #[test]
    fn a_month_without_its_year_is_history_only_well_before_the_event() {
        assert!(!before(
            "The storm made its first landfall in late February."
        ));
        assert!(!before("He was to turn 57 in April."));
        assert!(before("An eruption in January killed two climbers."));
        assert!(before("The road has been blocked since last December."));
        assert!(before("The first outbreak was in February 2022."));
    }

    #[test]
    fn a_day_a_month_or_more_before_the_event_is_history_a_fortnight_before_is_not() {
        assert!(before("Violence erupted on February 3 over land rights."));
        assert!(before("More than 100 people have died since 3 February."));
        assert!(!before(
            "It reached the coast on February 24 and turned back."
        ));
    }

    #[test]
    fn last_week_is_history_only_in_a_report_written_days_after_the_event() {
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2023, 3, 26),
            ..EventFacts::default()
        };
        let dated = |title: &str, reported: &str, text: &str| -> Vec<(i32, Option<u32>)> {
            let mut a = crate::test_support::article("a", title, &[text]);
            a.date = Some(reported.into());
            extract(&crate::article_sentences(&a), &facts)
                .iter()
                .map(|b| (b.year, b.month))
                .collect()
        };
        let quake = "The area was hit last week by an earthquake that killed 15 people.";
        assert_eq!(
            dated("Landslide buries homes", "2023-03-27", quake),
            [(2023, Some(3))]
        );
        // Written a week on, "last week" may be the event itself.
        assert!(dated("Landslide buries homes", "2023-04-02", quake).is_empty());
        // So it is when the sentence names the headline's kind or gives a toll.
        let floods = "Last week's devastating floods destroyed hundreds of homes.";
        assert!(dated("Floods leave 91 dead", "2023-03-27", floods).is_empty());
        let toll = "The death toll from last week's disaster reached 202 on Wednesday.";
        assert!(dated("Floods leave 91 dead", "2023-03-27", toll).is_empty());
    }
}
