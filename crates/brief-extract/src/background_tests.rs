//! The background reader's tests: which dates a sentence recalls as earlier events.

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
fn a_decade_alone_dates_no_event_a_decade_ago_still_may() {
    let mention = |text: &str, year: i32| brief_text::dates::DateMention {
        year,
        month: None,
        text: text.to_string(),
        approximate: true,
        counted_back: false,
        measured_against: false,
    };
    assert!(is_a_decade_alone(&mention("the 1920s", 1920)));
    assert!(is_a_decade_alone(&mention("the late 1970s", 1978)));
    assert!(!is_a_decade_alone(&mention("a decade ago", 2013)));
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
    let years = |t: &str| recalled_years(t, (2020, 1, 10));
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
    assert!(years("The storm has killed 300 people since it made landfall last month.").is_empty());
    assert!(years("Four have died since the first outbreak last month.").is_empty());
    assert_eq!(
        years("It is the deadliest crisis since its devastating earthquake earlier this year."),
        [2020]
    );
    // Months after a count of people recalls what befell them then.
    assert_eq!(
        years("The attack comes less than three months after 11 people were killed at a clinic."),
        [2019]
    );
}

#[test]
fn a_second_of_its_kind_within_a_span_recalls_the_first() {
    let years = |t: &str| recalled_years(t, (2022, 1, 10));
    assert_eq!(
        years("The coup was the second in the region in eight months."),
        [2021]
    );
    assert_eq!(
        years("It was the third deadly attack on a mosque this month."),
        [2022]
    );
    assert_eq!(
        years("The blast is the second in the capital in less than a month."),
        [2021]
    );
    // Not one thing's own times, not a time to come, not a day, not a headline.
    assert!(years("The storm struck again in its second landfall in three weeks.").is_empty());
    assert!(years("He is to be sworn in for a second term later this month.").is_empty());
    assert!(years("The building collapsed on the 22nd this month.").is_empty());
    assert!(years("Tourists flee island hit by second quake in a week").is_empty());
    // A sentence giving this event's toll calls it one more of a series.
    assert!(years(
        "The quake killed at least 98 people and rattled tourists with the second quake in a week."
    )
    .is_empty());
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
        years("The storm came later than most, which typically develop between July and October."),
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
    assert!(years("Crowds mourned those who died this week after they were abandoned.").is_empty());
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

#[test]
fn an_anniversary_counts_back_to_the_event_it_marks() {
    let years = |t: &str| recalled_years(t, (2011, 12, 16));
    assert_eq!(
        years("The riots broke out on the 20th anniversary of Kazakhstan's independence."),
        [1991]
    );
    assert_eq!(
        years("It came on the one year anniversary of the suicide bombings in Brussels."),
        [2010]
    );
    assert_eq!(
        years("It came days before the first anniversary of the massacre."),
        [2010]
    );
    assert_eq!(
        years("They marked the 30th death anniversary of the poet."),
        [1981]
    );
    // A founding or an institution's age is no earlier event the story recalls.
    assert!(
        years("The concert marked the 62nd anniversary of the founding of the party.").is_empty()
    );
    assert!(years("They rehearsed for the 90th anniversary of the navy.").is_empty());
    assert!(
        years("It hit the 62nd anniversary of the Kachin Independence Organisation.").is_empty()
    );
    assert_eq!(
        years("They marked the 70th anniversary of the Katyn Massacre."),
        [1941]
    );
}

#[test]
fn an_event_named_weeks_before_is_history_a_date_alone_is_not() {
    let years = |t: &str| recalled_years(t, (2015, 7, 11));
    assert_eq!(
        years("In June, a Boko Haram attack in the capital killed 25 people."),
        [2015]
    );
    assert!(years("Rains have fallen since late June.").is_empty());
    assert!(years("The market reopened in June after repairs.").is_empty());
    assert!(years(
        "They spent the country's independence day, June 26, in mourning after the crash."
    )
    .is_empty());
}

/// The years `extract` recalls from one sentence, for an event on the day `(y, m, d)`.
fn recalled_years(text: &str, (y, m, d): (i32, u32, u32)) -> Vec<i32> {
    let facts = EventFacts {
        date: chrono::NaiveDate::from_ymd_opt(y, m, d),
        ..EventFacts::default()
    };
    let a = crate::test_support::article("a", "A", &[text]);
    extract(&crate::article_sentences(&a), &facts)
        .iter()
        .map(|b| b.year)
        .collect()
}
