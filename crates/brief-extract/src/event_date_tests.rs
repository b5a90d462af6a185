//! Tests of the event's date on articles written for them.

use super::*;
use crate::test_support::article;

fn date_of(articles: &[Article]) -> Option<NaiveDate> {
    infer_date(articles).map(|(d, _)| d)
}

#[test]
fn the_day_named_for_what_happened_not_the_day_reported() {
    let arts = [
        article(
            "a",
            "Bridge collapse kills 40",
            &[
                "Updated on Oct 31, 2022",
                "The bridge collapsed on Sunday evening, officials said on Monday.",
            ],
        ),
        article(
            "b",
            "Dozens dead as bridge falls",
            &[
                "October 31, 2022",
                "The bridge gave way on Sunday. Police arrested nine people on Monday.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2022, 10, 30));
}

#[test]
fn a_scraped_page_header_of_another_year_does_not_date_the_event() {
    let arts = [
        article(
            "a",
            "Vote count begins",
            &[
                "Thursday, 18th April 2024",
                "27 October 2020",
                "Results of the October 18 election were announced.",
            ],
        ),
        article(
            "b",
            "Clashes after vote",
            &["Oct. 23, 2020", "The vote was held last Sunday."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2020, 10, 18));
}

#[test]
fn an_undated_source_s_weekday_is_the_one_among_the_reporting_days() {
    // Two sources written on Tuesday and Wednesday; the third says nowhere when it was
    // written. Its "on Tuesday" is that Tuesday, not the one a week before.
    let arts = [
        article(
            "a",
            "Ferry fire: search goes on",
            &["June 4, 2024", "The ferry caught fire on Sunday."],
        ),
        article(
            "b",
            "Survivors reach port",
            &[
                "June 5, 2024",
                "The fire broke out on Sunday, the coastguard said.",
            ],
        ),
        article(
            "c",
            "Ferry blaze",
            &["The ship burned on Sunday. Divers found two bodies on Tuesday."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2024, 6, 2));
}

#[test]
fn yesterday_counts_from_the_source_s_own_date() {
    let arts = [article(
        "a",
        "Plant blast toll rises",
        &[
            "HYDERABAD, Aug 22, 2024 — The toll rose to 17 today.",
            "The blast took place yesterday.",
        ],
    )];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2024, 8, 21));
}

#[test]
fn a_day_only_said_or_bounded_is_not_the_event_s() {
    assert!(named_days("police said on Thursday").is_empty());
    // A speaker's "today" is the day of the saying; the page's own is the event's.
    assert!(named_days("“Today, we are united in horror and sorrow,” she said.").is_empty());
    assert_eq!(named_days("The blast took place today.").len(), 1);
    // A day deep in a very long sentence of multi-byte text is still read, and quickly.
    let long = format!("{} it erupted on Sunday", "é ".repeat(5_000));
    assert_eq!(named_days(&long).len(), 1);
    assert!(
        named_days("the director said in an email to The Associated Press early Saturday")
            .is_empty()
    );
    assert!(named_days("In a post on Twitter on Sunday, the minister conveyed").is_empty());
    assert!(named_days("In a post on Twitter on April 25, the minister conveyed").is_empty());
    assert_eq!(
        named_days("The boat sank on April 21 near the coast").len(),
        1
    );
    assert!(named_days("three days of mourning starting Monday").is_empty());
    assert_eq!(named_days("it erupted on Sunday").len(), 1);
    assert!(named_days("Three people remained missing on Wednesday").is_empty());
    assert!(named_days("According to the most recent information on Wednesday").is_empty());
}

#[test]
fn last_night_is_the_day_before_the_source_s_own() {
    let arts = [article(
        "a",
        "Hotel siege",
        &[
            "Tuesday, 15 January 2019",
            "Gunmen stormed the hotel complex last night.",
        ],
    )];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2019, 1, 14));
}

#[test]
fn a_day_of_a_visit_or_a_statement_after_it_is_not_the_event_s() {
    assert!(named_days("Thunderstorms on Monday hampered the search.").is_empty());
    assert!(named_days("On Monday, officials said nine were hurt.").is_empty());
    assert!(named_days("On Monday morning, the premier will travel there.").is_empty());
    assert!(named_days(
        "On Monday, the premier along with the president and the mayor visited the site."
    )
    .is_empty());
    assert!(
        named_days("The premier, who visited the rescue base in Canazei on Monday, spoke.")
            .is_empty()
    );
    // A statement about the whole sentence still leaves its day to the event.
    assert_eq!(
        named_days("A bomb exploded in Peshawar on Monday, officials said.").len(),
        1
    );
    assert_eq!(
        named_days("More results from the Sunday vote will be announced.").len(),
        1
    );
}

#[test]
fn a_page_s_stamp_outweighs_a_date_its_text_recalls() {
    let arts = [
        article(
            "a",
            "Air strike",
            &["First Published Apr 12, 2023, 11:34 AM IST", "The strike hit the village on Tuesday."],
        ),
        article(
            "b",
            "Air strike",
            &["The strike on Tuesday killed 50. “Abuses since 1 February 2021 are widespread,” the UN said."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2023, 4, 11));
}

#[test]
fn a_toll_counted_since_a_day_counts_from_the_event() {
    let arts = [article(
        "a",
        "Heatwave toll rises",
        &[
            "June 23, 2015",
            "At least 775 people have died of heatstroke in the city since Saturday, officials said.",
            "On Wednesday, the grounds outside the hospital were teeming with relatives.",
        ],
    )];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2015, 6, 20));
}

#[test]
fn a_page_s_date_read_from_its_text_is_counted_once() {
    let arts = [
        article(
            "a",
            "Bus crash",
            &[
                "Tuesday, June 18, 2024",
                "February 15, 2023 Web Desk",
                "At least 33 people died Wednesday.",
            ],
        ),
        article(
            "b",
            "Bus crash",
            &[
                "Friday, December 1, 2023",
                "The bus went over a cliff on Wednesday.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2023, 2, 15));
}

#[test]
fn a_dateline_and_a_photo_of_the_day_outweigh_a_date_the_text_recalls() {
    let mut photographed = article(
        "a",
        "Car bombs kill 100",
        &[
            "The explosions took place on Saturday afternoon near the busy junction.",
            "The junction is the site of the October 14, 2017, truck bombing that killed over 1,000 people.",
        ],
    );
    photographed.removed.push(brief_clean::Removed {
        line: 2,
        text: "A general view shows the scene of an explosion in Mogadishu, Somalia October 29, 2022. REUTERS/Feisal Omar".into(),
        reason: "photo caption with credit",
    });
    let arts = [
        photographed,
        article(
            "b",
            "Car bombs kill 100",
            &[
                "MOGADISHU, Oct 29 (Reuters) – Two car bombs killed dozens on Saturday, police said.",
            ],
        ),
        article(
            "c",
            "Car bombs kill 100",
            &["The junction was the site of a deadly attack on October 14, 2017, which killed hundreds."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2022, 10, 29));
}

#[test]
fn no_full_date_gives_no_date() {
    let arts = [article("a", "Quake", &["It struck on Sunday."])];
    assert_eq!(date_of(&arts), None);
}

#[test]
fn a_posting_stamp_outweighs_the_date_of_a_file_photo() {
    let mut page = article(
        "a",
        "Army ends siege",
        &["The army on Saturday carried out a final assault on the gunmen holed up in the plant."],
    );
    page.removed.push(brief_clean::Removed {
        line: 2,
        text: "Afp January 20, 2013".into(),
        reason: "posting stamp",
    });
    page.removed.push(brief_clean::Removed {
        line: 3,
        text: "File photo of the gas field provided by Scanpix April 19, 2005. PHOTO: REUTERS"
            .into(),
        reason: "photo caption with credit",
    });
    assert_eq!(date_of(&[page]), NaiveDate::from_ymd_opt(2013, 1, 19));
}

#[test]
fn the_day_two_sources_say_it_began_outweighs_a_later_flare_up() {
    let arts = [
        article(
            "a",
            "Troops clash again",
            &[
                "February 7, 2011",
                "Troops clashed on Sunday. Thousands have fled since the clashes erupted on Friday.",
            ],
        ),
        article(
            "b",
            "Fighting resumes",
            &[
                "February 7, 2011",
                "The sides burst into deadly clashes last Friday. Fighting erupted again on Sunday evening.",
            ],
        ),
        article(
            "c",
            "Temple damaged",
            &["February 7, 2011", "The temple was damaged on Sunday by artillery fire."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2011, 2, 4));
}

#[test]
fn due_to_a_cause_is_no_future_day() {
    let t = "The government declared a state of health alert on Monday due to the virus after confirming an outbreak.";
    assert_eq!(named_days(t).len(), 1);
    assert!(named_days("The minister is due to visit the site on Thursday.").is_empty());
}

#[test]
fn an_undated_source_s_last_weekday_may_be_the_first_reporting_day() {
    // The only stamp is a Sunday, the day of the blasts; a source with no date speaks of
    // "last Sunday" the day after. That Sunday is the stamped one, not a week before.
    let arts = [
        article(
            "a",
            "Blasts hit barracks",
            &[
                "March 7, 2021",
                "A series of blasts hit the barracks on Sunday.",
            ],
        ),
        article(
            "b",
            "Aid sent after blasts",
            &["Aid will be sent after the blasts at the barracks last Sunday."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2021, 3, 7));
}

#[test]
fn a_night_running_into_the_next_day_is_dated_by_its_first() {
    assert_eq!(
        named_days("The cyclone struck late on Friday and into Saturday"),
        [NamedDay::Weekday {
            day: Weekday::Fri,
            strictly_before: false,
            onset: false,
        }]
    );
}

#[test]
fn a_day_named_as_a_day_after_dates_what_it_follows() {
    let friday = NamedDay::Weekday {
        day: Weekday::Fri,
        strictly_before: false,
        onset: false,
    };
    assert_eq!(
        named_days("Teams searched the river on Saturday, a day after floodwaters swept through"),
        [friday]
    );
    assert_eq!(
        named_days("Rescuers dug on Sunday, two days after the quake"),
        [friday]
    );
}

#[test]
fn with_no_stamp_the_day_named_is_sought_around_an_opening_s_day() {
    let arts = [
        article(
            "a",
            "UN chief faults police",
            &["The UN chief on Wednesday, June 26, faulted the police over the shootings."],
        ),
        article(
            "b",
            "Police fire on protesters",
            &["Police fired on demonstrators on Tuesday and five were shot dead."],
        ),
    ];
    let opening_day = NaiveDate::from_ymd_opt(2024, 6, 26).unwrap();
    assert_eq!(
        day_named_around(&arts, opening_day).map(|(d, _)| d),
        NaiveDate::from_ymd_opt(2024, 6, 25)
    );
}

#[test]
fn a_day_a_count_was_released_or_people_returned_is_the_aftermath_s() {
    assert!(named_days("according to a new report released by the police on Sunday").is_empty());
    assert!(named_days("Residents returned to their mud-caked homes on Sunday").is_empty());
}

#[test]
fn a_stamp_before_the_day_its_own_text_reports_does_not_bound_the_event() {
    let arts = [
        article(
            "a",
            "Explosion outside airport",
            &[
                "August 25, 2021",
                "An explosion killed 13 people, an official was quoted as saying on Aug. 26.",
            ],
        ),
        article(
            "b",
            "Blasts kill 13 troops",
            &[
                "August 27, 2021",
                "Two explosions struck near the main gate of the airport Thursday.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2021, 8, 26));
}

#[test]
fn a_day_named_by_its_holiday_is_that_date() {
    let arts = [
        article(
            "a",
            "Quake toll rises",
            &[
                "Published January 6, 2026",
                "Rescuers searched on Tuesday for survivors of the earthquake that struck on New Year's Day.",
            ],
        ),
        article(
            "b",
            "Aftershocks hamper rescue",
            &["The New Year’s Day quake flattened the old town, officials said on Tuesday."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2026, 1, 1));
}

#[test]
fn the_day_an_announcement_came_is_not_the_day_of_the_event() {
    let arts = [
        article(
            "a",
            "Army admits downing the airliner",
            &[
                "March 13, 2026",
                "The announcement, which cited human error, came Saturday via state television.",
            ],
        ),
        article(
            "b",
            "Airliner shot down",
            &["The plane crashed shortly after takeoff on Wednesday."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2026, 3, 11));
}

#[test]
fn a_deadline_ahead_does_not_date_the_sources() {
    let a = article(
        "a",
        "Bloc condemns coup",
        &["The bloc asked the junta to return the country to civilian rule by July 1, 2030."],
    );
    assert!(source_dates(&a).full.is_empty());
}

#[test]
fn a_day_written_in_full_beside_the_toll_is_not_bounded_by_another_page_s_stamp() {
    let arts = [
        article(
            "a",
            "Leaders condemn synagogue attack",
            &[
                "October 3, 2019",
                "Israeli leaders expressed outrage over the deadly attack Wednesday.",
            ],
        ),
        article(
            "b",
            "Gunman attacks synagogue",
            &["The attack left two people dead and two others injured on October 9, 2019."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2019, 10, 9));
}

#[test]
fn with_no_year_anywhere_the_day_and_month_named_are_given_without_one() {
    let arts = [
        article(
            "a",
            "Army captain ousts junta leader",
            &["Gunfire was heard in the capital on Saturday (October 1), the day after the junta leader was ousted."],
        ),
        article(
            "b",
            "Officers remove military leader",
            &["Sept. 21 (UPI) -- Soldiers announced on television on Friday (September 30) that the leader had been removed."],
        ),
    ];
    assert_eq!(date_of(&arts), None);
    assert_eq!(
        day_without_year(&arts).map(|(m, d, _)| (m, d)),
        Some((9, 30))
    );
    // A day one source names once, away from the opening and any toll, is no day given.
    let one = [article(
        "a",
        "Attack on tourists",
        &[
            "Gunmen opened fire on tourists in the valley.",
            "Security was tightened.",
            "The pilgrimage is set to begin on July 3.",
        ],
    )];
    assert_eq!(day_without_year(&one), None);
}

#[test]
fn a_dateline_without_a_place_or_without_a_dash_is_the_report_s_day() {
    assert_eq!(
        without_dateline("Sept. 21 (UPI) -- Reports of death trickled out.").trim(),
        "Reports of death trickled out."
    );
    assert_eq!(
        without_dateline("Abuja, June 19 (IANS) At least 60 people were killed.").trim(),
        "At least 60 people were killed."
    );
    assert_eq!(
        without_dateline("May 3 was a quiet day."),
        "May 3 was a quiet day."
    );
    assert_eq!(
        without_dateline("UNITED NATIONS, May 10: A rebel group ambushed a convoy.").trim(),
        "A rebel group ambushed a convoy."
    );
}

#[test]
fn an_undated_source_s_weekday_is_the_day_another_writes_out_on_that_weekday() {
    let arts = [
        article(
            "a",
            "Avalanche toll climbs",
            &[
                "Wednesday, January 25, 2017",
                "The death toll from the January 18 avalanche climbed to 16 with the discovery of more bodies.",
            ],
        ),
        article(
            "b",
            "Avalanche buries hotel",
            &["A huge avalanche swallowed up a mountain hotel after strong earthquakes rocked the area on Wednesday evening, burying up to 30 people."],
        ),
        article(
            "c",
            "Survivors pulled from hotel",
            &["Nine people have been pulled alive from the rubble of a hotel demolished on Wednesday by an avalanche."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2017, 1, 18));
}

#[test]
fn the_day_of_another_event_or_an_earlier_one_does_not_date_the_story() {
    let arts = [
        article(
            "a",
            "Quake kills 98 on Lombok",
            &[
                "Monday 06 August 2018",
                "The quake struck early on Sunday evening.",
            ],
        ),
        article(
            "b",
            "Lombok death toll rises",
            &[
                "The quake struck on Sunday and has killed almost 100 people.",
                "It came after another strong quake, which struck the island on July 29 and left 17 people dead.",
            ],
        ),
        article(
            "c",
            "Tourists flee Lombok",
            &[
                "Daybreak revealed destruction on Monday after the quake killed at least 98 people.",
                "Lombok was hit a week earlier, on July 29, by a quake that killed 17 people.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2018, 8, 5));
}

#[test]
fn a_day_offered_as_an_alternative_to_another_is_no_day_of_the_event() {
    let arts = [
        article(
            "a",
            "Bangladesh cyclone death toll at 2,400",
            &[
                "(Agencies)",
                "Updated: 2007-11-19 15:42",
                "Sidr's 150-mph winds smashed tens of thousands of homes in southwestern Bangladesh.",
            ],
        ),
        article(
            "b",
            "Aids pour in Bangladesh, as death toll figure swells",
            &["Dhaka/New Delhi, Nov 19 : The official death toll in Thursday night's cyclonic storm in Bangladesh has crossed over 3, 000."],
        ),
        article(
            "c",
            "Deadly Cyclone Ravages Coast of Bangladesh",
            &["Rainfall in the mountains would swell rivers, and by Sunday night or Monday the run-off could reach already flooded lands in the country."],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2007, 11, 15));
}

#[test]
fn a_photo_older_than_the_pages_own_day_and_a_commemorated_day_do_not_date_the_event() {
    let mut page = article(
        "a",
        "Security personnel outside the airport, May 19, 2016",
        &["The plane crashed over the sea on Thursday, officials said."],
    );
    page.date = Some("2016-05-19".into());
    page.removed.push(brief_clean::Removed {
        line: 3,
        text: "Debris of a Russian Airbus A321 lies on the ground Nov. 1, 2015, a day after the plane crashed in Sinai."
            .into(),
        reason: "photo caption with credit",
    });
    assert_eq!(date_of(&[page]), NaiveDate::from_ymd_opt(2016, 5, 19));
    let symposium = article(
        "a",
        "Gunmen storm a university",
        &["Gunfire was heard on Wednesday at a symposium held to mark the death anniversary of a leader who died on January 20, 1988."],
    );
    assert_eq!(date_of(&[symposium]), None);
}

#[test]
fn a_full_date_deep_in_the_story_of_an_undated_page_is_another_events() {
    let page = article(
        "a",
        "Train crash in Greece",
        &[
            "Two trains collided head-on on Tuesday night near the city of Larissa.",
            "Rescuers worked through the night to reach the carriages.",
            "The government declared three days of mourning.",
            "The accident is the deadliest in Europe in a decade, and the worst in the country's history by far. On July 24, 2013, a passenger train derailed in Angrois, near Santiago de Compostela.",
        ],
    );
    assert_eq!(date_of(&[page]), None);
}

#[test]
fn a_file_photo_of_another_year_does_not_outweigh_a_page_stamp() {
    let mut photographed = article(
        "a",
        "Missile strike on apartment block kills 23",
        &["A Russian missile hit an apartment block in the city on Friday, killing 23 people."],
    );
    photographed.removed.push(brief_clean::Removed {
        line: 2,
        text: "Pilgrims pray at a grave during the holiday in Uman, Ukraine, September 25, 2022. REUTERS/Vladyslav Musiienko".into(),
        reason: "photo caption with credit",
    });
    let arts = [
        photographed,
        article(
            "b",
            "Death toll rises in Uman",
            &[
                "April 29, 2023",
                "The missile struck the building early on Friday, officials said.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2023, 4, 28));
}

#[test]
fn the_day_a_body_condemned_the_attack_is_not_the_attack_s() {
    let arts = [
        article(
            "a",
            "Peacekeepers killed in ambush",
            &[
                "May 10, 2017",
                "UN chief Antonio Guterres on Tuesday strongly condemned an attack that killed four peacekeepers.",
                "The convoy was ambushed on Monday night.",
            ],
        ),
        article(
            "b",
            "Convoy ambushed",
            &[
                "May 10, 2017",
                "The mission issued a statement Tuesday confirming four deaths in the ambush on Monday.",
            ],
        ),
    ];
    assert_eq!(date_of(&arts), NaiveDate::from_ymd_opt(2017, 5, 8));
}
