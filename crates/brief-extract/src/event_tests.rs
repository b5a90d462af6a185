//! The event's facts (date, place, sides, other names) read from articles a reader would write.

use super::*;
use crate::test_support::article;

#[test]
fn a_day_without_its_year_takes_the_headlines_year() {
    let a = article(
        "a",
        "Flood 2024: toll rises",
        &[
            "DHAKA, June 23 (AP) - The toll rose on Sunday.",
            "A similar flood in 2015 killed 40 people.",
        ],
    );
    let facts = infer_event(&[a], &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.date.map(|d| d.year()), Some(2024));
}

#[test]
fn the_year_of_a_recalled_attack_does_not_date_the_event() {
    let a = article(
        "a",
        "Gunmen kill tourists",
        &[
            "SRINAGAR, April 22 (Reuters) - Gunmen opened fire on tourists on Monday.",
            "It is the deadliest attack on civilians since the 2019 Pulwama attack.",
        ],
    );
    let facts = infer_event(&[a], &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.date, None);
}

#[test]
fn a_bare_year_the_articles_recall_does_not_date_the_event_a_names_year_does() {
    let recalled = article(
        "a",
        "Plane carrying hockey team crashes",
        &[
            "MOSCOW, September 7 (Itar-Tass) - A plane carrying the team crashed on Wednesday.",
            "Other teams were struck too: Torino (1949), Manchester United (Munich in 1958) and, more recently (1993), Zambia.",
        ],
    );
    let facts = infer_event(
        &[recalled],
        &EventConfig::default(),
        &PeopleDirectory::default(),
    );
    assert_eq!(facts.date, None);
    let named = article(
        "b",
        "Police fire on protesters",
        &[
            "NAIROBI, June 25 (Reuters) - Police fired on protesters on Tuesday.",
            "The anti-Finance Bill 2024 demonstrations spread to other towns.",
        ],
    );
    let facts = infer_event(
        &[named],
        &EventConfig::default(),
        &PeopleDirectory::default(),
    );
    assert_eq!(facts.date, NaiveDate::from_ymd_opt(2024, 6, 25));
}

#[test]
fn a_holiday_dates_the_event_and_a_day_recalled_from_last_year_does_not() {
    let a = article(
        "a",
        "Lorry ploughs into Bastille Day crowd",
        &[
            "A lorry drove into a crowd celebrating Bastille Day on Thursday night. The president extended the emergency introduced after the November 13th attacks last year.",
            "The state of emergency has been in place since November 2015.",
        ],
    );
    let facts = infer_event(&[a], &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.date, NaiveDate::from_ymd_opt(2016, 7, 14));
    assert_ne!(facts.place.as_deref(), Some("Bastille Day"));
}

#[test]
fn a_country_placed_by_its_short_name_is_one_side() {
    let arts = [
        article("a", "Hurricane floods towns across the US", &[]),
        article("b", "US counts the dead as waters recede", &[]),
        article("c", "Help for US pours in", &[]),
    ];
    let facts = infer_event(&arts, &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.place.as_deref(), Some("US"));
    assert_eq!(facts.parties, ["United States"]);
}

#[test]
fn a_city_is_no_side_beside_its_country_a_region_is() {
    let city = article(
        "a",
        "Nice attack: lorry ploughs into crowd",
        &["A lorry drove into a crowd in the French city of Nice on Thursday, Nice officials said."],
    );
    let facts = infer_event(
        &[city],
        &EventConfig::default(),
        &PeopleDirectory::default(),
    );
    assert_eq!(facts.place.as_deref(), Some("Nice"));
    assert_eq!(facts.parties, ["France"]);
    assert!(facts.is_party("Nice"), "still the event's own place");
}

#[test]
fn date_comes_from_text_and_agrees_with_weekday() {
    let a = article(
        "a",
        "Quake hits Peru",
        &["The quake struck on Sunday, March 3, 2024, near the coast."],
    );
    let facts = infer_event(&[a], &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.date, NaiveDate::from_ymd_opt(2024, 3, 3));
}

#[test]
fn config_date_overrides() {
    let a = article("a", "Quake hits Peru", &["On March 3, 2024 it struck."]);
    let cfg = EventConfig {
        date: Some("2024-03-04".into()),
        ..Default::default()
    };
    assert_eq!(
        infer_event(&[a], &cfg, &PeopleDirectory::default()).date,
        NaiveDate::from_ymd_opt(2024, 3, 4)
    );
}

#[test]
fn place_is_where_headlines_put_the_story() {
    let arts = [
        article("a", "Floods sweep through Emilia-Romagna", &[]),
        article("b", "Italy counts cost of Emilia-Romagna floods", &[]),
        article(
            "c",
            "Rescuers race to reach villages in Emilia-Romagna",
            &[],
        ),
    ];
    assert_eq!(infer_place(&arts).as_deref(), Some("Emilia-Romagna"));
}

#[test]
fn a_word_opening_a_headlines_second_sentence_is_no_place() {
    let arts = [
        article(
            "a",
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            &[],
        ),
        article("b", "Floods sweep through Emilia-Romagna", &[]),
        article("c", "For Emilia-Romagna, a week of floods", &[]),
    ];
    assert_ne!(infer_place(&arts).as_deref(), Some("For"));
}

#[test]
fn a_town_put_in_its_region_and_country_takes_the_country() {
    let arts = [
        article(
            "a",
            "Train blast levels Lac-Mégantic",
            &["A train exploded in Lac-Mégantic, Que., on Saturday."],
        ),
        article(
            "b",
            "Lac-Mégantic disaster",
            &["Condolences after the crash in the Lac-Mégantic town in Quebec, Canada."],
        ),
    ];
    let facts = infer_event(&arts, &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.place.as_deref(), Some("Lac-Mégantic"));
    assert_eq!(facts.place_country.as_deref(), Some("Canada"));
}

#[test]
fn a_city_never_put_in_its_country_takes_the_country_most_sources_name() {
    let arts = [
        article(
            "a",
            "Six killed in Sydney stabbing",
            &["Australian police said six people died."],
        ),
        article(
            "b",
            "Britain's king horrified by Sydney attack",
            &["The victims were all Australians. Britain's king sent a message."],
        ),
        article(
            "c",
            "Sydney mourns",
            &["Australia's prime minister laid a wreath."],
        ),
    ];
    let facts = infer_event(&arts, &EventConfig::default(), &PeopleDirectory::default());
    assert_eq!(facts.place.as_deref(), Some("Sydney"));
    assert_eq!(facts.place_country.as_deref(), Some("Australia"));
}

#[test]
fn second_names_are_grouped() {
    let a = article(
        "a",
        "T",
        &["Shells fell on Lviv, called Lemberg by older residents, on Monday."],
    );
    let groups = find_aliases(&[a], None, &PeopleDirectory::default());
    assert!(
        groups
            .iter()
            .any(|g| g.contains(&"Lviv".to_string()) && g.contains(&"Lemberg".to_string())),
        "{groups:?}"
    );
}
