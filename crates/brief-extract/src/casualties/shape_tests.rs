//! Casualty figures of the shapes a later batch of events brought: counts one person at a
//! time, ordinals, scare quotes, tallies of every outcome.

use super::tests::fig;
use super::*;

#[test]
fn people_counted_one_by_one_are_summed() {
    assert_eq!(
        fig("A soldier and a policeman were reportedly shot dead by the insurgents.")[0].1,
        2
    );
}

#[test]
fn a_toll_that_includes_a_count_gives_it() {
    assert_eq!(
        fig("The death toll included at least 27 foreigners.")[0].1,
        27
    );
}

#[test]
fn a_vague_count_of_dozens_is_a_count() {
    assert_eq!(
        fig("Several dozen people have been killed in an attack by armed men.")[0].0,
        Outcome::Killed
    );
}

#[test]
fn a_person_counted_by_an_ordinal_gives_the_toll() {
    assert_eq!(
        fig("A 13th US service member has died, US Central Command says.")[0].1,
        13
    );
    assert_eq!(
        fig("A thirteenth soldier was killed in the attack on Thursday.")[0].1,
        13
    );
}

#[test]
fn the_number_of_people_abducted_is_a_tally() {
    assert_eq!(
        fig("The military had put the total number of students kidnapped from the school at 129.")
            [0]
        .0,
        Outcome::Detained
    );
}

#[test]
fn a_cue_in_scare_quotes_still_counts() {
    assert_eq!(
        fig("He said 164 people had been rescued, leaving 291 \u{201c}unaccounted for.\u{201d}")[0]
            .1,
        291
    );
}

#[test]
fn a_tally_heading_the_sentence_is_a_toll_with_its_verb_only() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("Reported deaths from the storm, locally named Odette, reached 378 on Sunday."),
        Some((Outcome::Killed, 378))
    );
    assert_eq!(
        first("Total reported injured stood at 742, the agency said."),
        Some((Outcome::Injured, 742))
    );
    assert!(fig("Reported deaths came from three provinces.").is_empty());
}

#[test]
fn a_second_tally_in_a_with_clause_and_a_toll_written_with_a_thousands_comma() {
    let all = |s: &str| fig(s).into_iter().map(|f| (f.0, f.1)).collect::<Vec<_>>();
    assert_eq!(
        all("The toll has risen to 2,122, with injured individuals totaling 2,421."),
        [(Outcome::Killed, 2122), (Outcome::Injured, 2421)]
    );
    assert_eq!(
        all("The fire killed 113 people, with the civil defence putting the wounded at about 200."),
        [(Outcome::Killed, 113), (Outcome::Injured, 200)]
    );
    assert_eq!(
        all("A spokesman stated the death toll in the city of Derna has surpassed 2,000."),
        [(Outcome::Killed, 2000)]
    );
}

#[test]
fn a_part_told_in_the_next_sentence_counts_with_the_figure_before() {
    let a = crate::test_support::article(
        "a",
        "Strike",
        &["At least 50 people were killed in the strike. Four of them are children."],
    );
    let sentences = crate::article_sentences(&a);
    let found = extract(
        &sentences,
        &EventFacts::default(),
        &PeopleDirectory::default(),
    );
    let counts: Vec<_> = found.iter().map(|c| (c.killed, c.group.as_str())).collect();
    assert_eq!(counts, [(Some(50), "total"), (Some(4), "children")]);
}

#[test]
fn the_count_after_were_among_is_the_whole_and_one_of_a_people_counts() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("Two Indians were among 37 tourists killed in the crash, officials said."),
        Some((Outcome::Killed, 37))
    );
    assert_eq!(
        first("Officials said one Algerian was also killed."),
        Some((Outcome::Killed, 1))
    );
    assert_eq!(
        first("Thirty-seven foreigners of eight nationalities were killed by militants."),
        Some((Outcome::Killed, 37))
    );
}

#[test]
fn a_hyphenated_cause_between_count_and_deaths_keeps_the_count() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("Seven suspected measles-related deaths have been recorded."),
        Some((Outcome::Killed, 7))
    );
}

#[test]
fn the_number_of_people_named_with_a_word_before_their_noun_is_a_toll() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The strikes bring the number of aid workers killed in this conflict to 196."),
        Some((Outcome::Killed, 196))
    );
}

#[test]
fn kin_someone_lost_are_among_the_dead_money_is_not() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("A resident who lost three family members in the incident blamed the war."),
        Some((Outcome::Killed, 3))
    );
    assert!(fig("The company lost 3 million dollars in the fire.").is_empty());
}

#[test]
fn a_count_named_by_its_outcome_alone_and_a_toll_that_crossed_a_figure() {
    assert_eq!(
        fig("The ministry said the number of injured has hit 2,800."),
        [(Outcome::Injured, 2800, "total".into())]
    );
    assert_eq!(
        fig("The minister spoke as the toll crossed 100."),
        [(Outcome::Killed, 100, "total".into())]
    );
}

#[test]
fn a_clause_saying_who_they_all_were_stands_between_count_and_cue() {
    assert_eq!(
        fig("Twenty people, all of them foreigners, were killed in the siege."),
        [(Outcome::Killed, 20, "total".into())]
    );
}

#[test]
fn one_person_who_lost_their_life_or_was_arrested_is_a_count_of_one() {
    assert_eq!(
        fig("In the port, a 71-year-old fisherman lost his life in the storm."),
        [(Outcome::Killed, 1, "fisherman".into())]
    );
    assert!(fig("A trader lost his life savings in the fire.").is_empty());
    assert_eq!(
        fig("A man was arrested near the scene."),
        [(Outcome::Detained, 1, "man".into())]
    );
}

#[test]
fn a_list_of_peoples_counts_each_one_named_in_the_singular() {
    let total = |s: &str| fig(s).iter().map(|f| f.1).sum::<u64>();
    assert_eq!(
        total("The dead include 14 Malaysians, two Indians, a Korean, a Nepalese and two Kenyans."),
        20
    );
    assert_eq!(
        total("Officials confirmed the deaths of seven Japanese, three Britons and one Frenchman."),
        11
    );
    assert_eq!(total("The dead comprised 24 men and 13 women."), 37);
    assert_eq!(
        fig("Security forces responded, killing one of the attackers."),
        [(Outcome::Killed, 1, "attackers".into())]
    );
}

#[test]
fn deaths_heading_a_sentence_and_lives_in_the_balance() {
    assert_eq!(
        fig("Deaths from the floods have passed 1,000."),
        [(Outcome::Killed, 1000, "total".into())]
    );
    assert_eq!(
        fig("The president said that 50 people were between life and death."),
        [(Outcome::Injured, 50, "total".into())]
    );
    assert_eq!(
        fig("The toll rose to 2,344, with another 3,804 suffering from injuries."),
        [
            (Outcome::Killed, 2344, "total".into()),
            (Outcome::Injured, 3804, "total".into())
        ]
    );
}

#[test]
fn a_quoted_count_opening_the_sentence_is_counted() {
    assert_eq!(
        fig("\"Thirty-seven foreigners of eight nationalities\" were killed during the siege, he said."),
        [(Outcome::Killed, 37, "foreigners".into())]
    );
}

#[test]
fn a_count_hedged_by_belief_is_still_a_count() {
    assert_eq!(
        fig("All 150 people on board are thought to have been killed when the plane crashed."),
        [(Outcome::Killed, 150, "total".into())]
    );
    assert_eq!(
        fig("Twelve miners are believed to have died in the flooded shaft."),
        [(Outcome::Killed, 12, "miners".into())]
    );
}

#[test]
fn a_fatality_count_is_a_toll_and_an_age_in_words_counts_no_one() {
    assert_eq!(
        fig("Officials raised the confirmed fatality count from the fires to 53."),
        [(Outcome::Killed, 53, "total".into())]
    );
    assert!(fig("The vote count was 12.").is_empty());
    assert_eq!(
        fig("A 12 year old boy died of the virus on Monday."),
        [(Outcome::Killed, 1, "boy".into())]
    );
}

#[test]
fn one_person_hurt_or_held_is_a_count_of_one() {
    assert_eq!(
        fig("A suspect has been arrested."),
        [(Outcome::Detained, 1, "suspect".into())]
    );
    assert_eq!(
        fig("A police officer was injured in the clashes."),
        [(Outcome::Injured, 1, "officer".into())]
    );
    assert_eq!(
        fig("Foreign Minister Hossein Amir-Abdollahian was also killed in the crash."),
        [(Outcome::Killed, 1, "".into())]
    );
}

#[test]
fn one_of_a_listed_plural_and_more_verbs_of_death_and_capture_count() {
    assert_eq!(
        fig("One suspect was arrested."),
        [(Outcome::Detained, 1, "suspect".into())]
    );
    // A count of one closing a list is left to the list ("… and one adult have died").
    assert!(
        !fig("Some 14 children under the age of five and one adult have died.").contains(&(
            Outcome::Killed,
            1,
            "adult".into()
        ))
    );
    assert_eq!(
        fig("One demonstrator died in the clashes, officials said."),
        [(Outcome::Killed, 1, "demonstrator".into())]
    );
    assert_eq!(
        fig("Five Turkish citizens were among nine people fatally shot in the city."),
        [(Outcome::Killed, 9, "total".into())]
    );
    assert_eq!(
        fig("The death toll from the tsunami that hit the island has crossed 800."),
        [(Outcome::Killed, 800, "total".into())]
    );
}

#[test]
fn a_toll_put_at_a_figure_far_on_and_one_just_over_a_figure() {
    assert_eq!(
        fig("He put the death toll from floods and landslides since the start of the rainy season at 324."),
        [(Outcome::Killed, 324, "total".into())]
    );
    assert_eq!(
        fig("The death toll, mainly from drowning, has now reached just over 100."),
        [(Outcome::Killed, 100, "total".into())]
    );
}

#[test]
fn both_as_the_subject_of_a_cue_counts_two() {
    assert_eq!(
        fig("Both died from acute respiratory failure on Monday."),
        [(Outcome::Killed, 2, "total".into())]
    );
    assert!(fig("Both sides lost ground in the fighting.").is_empty());
}

#[test]
fn a_part_out_of_a_whole_counts_the_part() {
    assert_eq!(
        fig("The crash has left 49 out of 71 people on board dead, officials said."),
        [(Outcome::Killed, 49, "total".into())]
    );
    assert_eq!(fig("Forty-three of the 45 people on board died.")[0].1, 43);
    assert_eq!(fig("Three of the 20 passengers were killed.")[0].1, 3);
    // The whole, where the cue describes the people counted and another verb tells the part.
    let whole = |s| fig(s).first().map(|f| f.1);
    assert_eq!(
        whole("At least 80 of the 115 injured are in critical condition."),
        Some(115)
    );
    assert_eq!(
        whole("89 of the 178 people injured have been treated."),
        Some(178)
    );
    assert_eq!(
        whole("Four of the five contractors who were injured are American."),
        Some(5)
    );
    assert_eq!(
        whole("Two of the 19 people injured in the crash later died."),
        Some(19)
    );
}

#[test]
fn a_plural_counted_before_a_casualty_predicate_is_people_listed_or_not() {
    assert_eq!(
        fig("A deputy inspector-general and two constables were injured.")[0],
        (Outcome::Injured, 2, "constables".into())
    );
    assert!(fig("Two vehicles were hit and three houses were damaged.").is_empty());
    // The subject of an active verb is what killed, not who died.
    assert_eq!(
        fig("Storms that dropped possibly dozens of tornadoes killed at least 18 people.")[0].1,
        18
    );
    // A count after "of" describes the people counted before it.
    assert_eq!(
        fig("Thirty-seven foreigners of eight nationalities were killed.")[0].1,
        37
    );
}

#[test]
fn one_person_named_alone_or_by_a_pronoun_is_one_dead_or_hurt() {
    assert_eq!(
        fig("Moise was killed in an attack on his residence.")[0].1,
        1
    );
    assert_eq!(fig("He died at a hospital, two days later.")[0].1, 1);
    assert_eq!(
        fig("Police also said an officer had been hurt.")[0],
        (Outcome::Injured, 1, "officer".into())
    );
    assert!(fig("Nobody was killed in the attack.")
        .iter()
        .all(|f| f.1 != 1));
    assert!(fig("Police were killed in the attack.")
        .iter()
        .all(|f| f.1 != 1));
    assert!(fig("Hamdok was arrested on Monday.").is_empty());
}

fn current_in(paragraph: &str, event: (i32, u32, u32)) -> Vec<(Option<u64>, bool)> {
    let a = crate::test_support::article("a", "Attack", &[paragraph]);
    let sentences = crate::article_sentences(&a);
    let facts = EventFacts {
        date: chrono::NaiveDate::from_ymd_opt(event.0, event.1, event.2),
        ..EventFacts::default()
    };
    extract(&sentences, &facts, &PeopleDirectory::default())
        .iter()
        .map(|c| (c.killed, c.current))
        .collect()
}

#[test]
fn a_year_the_event_is_measured_against_leaves_its_toll_current() {
    assert_eq!(
        current_in(
            "At least 37 police officers were killed by a car bomb in the deadliest attack on security personnel since the start of the insurgency in 1989.",
            (2019, 2, 14)
        ),
        [(Some(37), true)]
    );
    // The past's own dead stay in the past.
    assert_eq!(
        current_in(
            "The accident is the deadliest to strike the territory since a 1996 high-rise fire that killed 41.",
            (2012, 10, 1)
        ),
        [(Some(41), false)]
    );
    assert_eq!(
        current_in(
            "The wildfires are the worst to hit the area since 2007, where 84 people were killed.",
            (2018, 7, 23)
        ),
        [(Some(84), false)]
    );
}

#[test]
fn people_counted_before_a_phrase_of_place_or_belonging() {
    assert_eq!(
        fig("At least 10 United Nations peacekeepers from Chad have been killed in an attack.")[0]
            .1,
        10
    );
    assert_eq!(
        fig("Forty cadets in the Israel Prison Service officer course died yesterday in the fire.")
            [0]
        .1,
        40
    );
}

#[test]
fn a_named_person_shot_and_killed_or_dead_is_one() {
    assert_eq!(
        fig("Boris Nemtsov was shot and killed in central Moscow.")[0].1,
        1
    );
    assert_eq!(
        fig("Boris Nemtsov died hours after appealing for support.")[0].1,
        1
    );
    assert_eq!(
        fig("A boy opened fire, shooting dead eight fellow pupils and a security guard.")[0].1,
        9
    );
    assert_eq!(fig("Obama condemned the massacre of 50 people.")[0].1, 50);
    assert_eq!(
        fig("At least 20 people, mainly schoolchildren and teachers, were killed.")[0].1,
        20
    );
}

#[test]
fn a_name_set_off_by_commas_before_the_verb_is_one() {
    assert_eq!(
        fig("The cafe's 34-year-old manager, Tori Johnson, was also killed in the siege.")[0].1,
        1
    );
    assert!(fig("Police said on Monday, Khartoum, was calm.").is_empty());
    // "Mt." is no sentence end.
    assert_eq!(
        fig("The death toll from the eruption of Mt. Ontake reached 12 on Monday.")[0].1,
        12
    );
}

#[test]
fn a_rate_counts_no_one_and_a_pronoun_after_when_is_one() {
    assert!(fig("Famine implies two deaths per 10,000 people every day.").is_empty());
    assert!(fig("It estimates 23 traffic fatalities per 100,000 inhabitants.").is_empty());
    assert_eq!(
        fig("The prime minister suffered injuries when he was shot and wounded on Wednesday.")[0],
        (Outcome::Injured, 1, String::new())
    );
}

#[test]
fn a_count_hedged_as_determined_or_estimated_to_have_died() {
    assert_eq!(
        fig("52 people were determined to have died at the mine since Thursday.")[0].1,
        52
    );
    assert_eq!(
        fig("Tens of thousands are estimated to have died in the famine.")[0].0,
        Outcome::Killed
    );
}

#[test]
fn a_month_named_alone_before_the_event_s_dates_its_count_to_an_earlier_event() {
    assert_eq!(
        current_in(
            "More than 200 people died when a ferry sank on the lake in September.",
            (2018, 11, 20)
        ),
        [(Some(200), false)]
    );
    // A count running from that month is the event's own toll.
    assert_eq!(
        current_in(
            "Floods have killed more than 1,000 people since mid-June, officials said.",
            (2022, 8, 28)
        ),
        [(Some(1000), true)]
    );
    // A day of the month before may be the event's own first death (an outbreak's).
    assert_eq!(
        current_in(
            "A 47-year-old man died in hospital on August 30, officials said.",
            (2023, 9, 12)
        ),
        [(Some(1), true)]
    );
}

#[test]
fn everyone_counted_aboard_whose_survival_is_denied_or_who_were_killed() {
    let killed = |s: &str| fig(s).iter().map(|f| f.1).collect::<Vec<_>>();
    assert_eq!(
        killed("Authorities say that none of the 123 passengers and nine crew aboard the flight survived."),
        [132]
    );
    assert_eq!(
        killed("The authority said all 153 passengers and crew on board the flight from Abuja to Lagos were killed."),
        [153]
    );
    assert!(fig("All 45 passengers on board were rescued.").is_empty());
}

#[test]
fn one_person_named_before_a_description_or_by_the_and_a_noun() {
    let one = |s: &str| fig(s).iter().map(|f| (f.0, f.1)).collect::<Vec<_>>();
    assert_eq!(
        one("Fernando Villavicencio, a presidential candidate in the August election, was killed late Wednesday."),
        [(Outcome::Killed, 1)]
    );
    // Someone named held is what befell them, not a count.
    assert!(
        one("Ricardo Estevez, a senior official with the party, was also detained.").is_empty()
    );
    assert_eq!(
        one("The gunman was killed in a shootout with police."),
        [(Outcome::Killed, 1)]
    );
    assert!(one("The injured are being treated at three hospitals.").is_empty());
}

#[test]
fn the_people_of_a_place_counted_before_a_phrase_of_place() {
    assert_eq!(
        fig("At least 77 Kentuckians in 10 counties have died after tornadoes ripped through the state.")[0],
        (Outcome::Killed, 77, "kentuckians".into())
    );
}

#[test]
fn an_entry_under_a_timeline_s_dated_heading_is_history() {
    use brief_clean::BlockKind::{Heading, Paragraph};
    let a = crate::test_support::article_of_blocks(
        "a",
        "Blast on the metro",
        &[
            "At least 10 people were killed on Monday when a bomb exploded on a train.",
            "March 29th, 2010",
            "Two blasts strike metro stations during rush hour, killing 40 people.",
        ],
        &[Paragraph, Heading, Paragraph],
    );
    let sentences = crate::article_sentences(&a);
    let facts = EventFacts {
        date: chrono::NaiveDate::from_ymd_opt(2017, 4, 3),
        ..EventFacts::default()
    };
    let found: Vec<_> = extract(&sentences, &facts, &PeopleDirectory::default())
        .iter()
        .map(|c| (c.killed, c.current))
        .collect();
    assert_eq!(found, [(Some(10), true), (Some(40), false)]);
    let recalled = crate::background::extract(&sentences, &facts);
    assert_eq!(recalled.len(), 1);
    assert_eq!((recalled[0].year, recalled[0].month), (2010, Some(3)));
}

#[test]
fn a_verb_used_actively_counts_its_victims_after_it_not_those_who_did_it() {
    assert_eq!(
        fig("Two gunmen killed 34 people in attacks on a railway station.")[0].1,
        34
    );
    assert_eq!(
        fig("Two suicide bombers kill 34 people at a station.")[0].1,
        34
    );
}

#[test]
fn a_sentence_opening_on_another_event_counts_that_event_s_dead() {
    assert_eq!(
        current_in(
            "In a separate attack on Saturday, state media reported that seven people died after a vehicle hit a roadside bomb.",
            (2024, 8, 2)
        ),
        [(Some(7), false)]
    );
    assert_eq!(
        current_in(
            "Elsewhere in the country, a suicide bomber targeted a funeral on Tuesday, killing 10 people.",
            (2020, 5, 12)
        ),
        [(Some(10), false)]
    );
    // A separate statement is a saying, not another event.
    assert_eq!(
        current_in(
            "In a separate statement, the charity said 12 people were killed in the strike.",
            (2020, 5, 12)
        ),
        [(Some(12), true)]
    );
}

#[test]
fn the_dead_among_those_listed_after_the_verb_and_an_ordinal_beside_the_hurt() {
    assert_eq!(
        fig("Among those killed were at least seven students, the mayor said.")[0].1,
        7
    );
    assert!(
        fig("Among those arrested are a former state secretary and a former director.").is_empty()
    );
    let both = fig("A 10th victim has died in a shooting at a school, and more than 10 others have been injured.");
    assert_eq!(
        both.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        [(Outcome::Killed, 10), (Outcome::Injured, 10)]
    );
    assert_eq!(
        fig("Six females and three males were killed in the attack.")[0].1,
        9
    );
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    assert!(
        fig("“There were blue faces,” one young female partygoer told the Die Welt daily.")
            .is_empty()
    );
    assert_eq!(
        fig("Security forces hit back, neutralising all 33 attackers.")[0].1,
        33
    );
}

#[test]
fn none_said_to_be_or_reported_is_a_count_of_none() {
    let killed = |s: &str| {
        fig(s)
            .iter()
            .filter(|f| f.0 == Outcome::Killed)
            .map(|f| f.1)
            .collect::<Vec<_>>()
    };
    assert_eq!(killed("There were no fatalities, officials said."), [0]);
    assert_eq!(
        killed("No deaths were initially reported in the town."),
        [0]
    );
    assert_eq!(
        killed("IOM said there were no initial reports of casualties but over 12,600 migrants were displaced."),
        [0]
    );
    assert!(killed("If there are no fatalities then it is a miracle.").is_empty());
}

#[test]
fn what_dashes_set_apart_restates_the_count() {
    assert_eq!(
        fig("He opened fire, killing two foreigners — a Chinese citizen and a Myanmar worker — and injuring five others.")[0].1,
        2
    );
}

#[test]
fn people_lost_a_toll_raised_and_patients_taken_a_few_words_from_hospital() {
    assert_eq!(fig("In total, we lost nine people, he explained.")[0].1, 9);
    assert_eq!(
        fig("The number of civilians killed by the bombing raised to 292 on Thursday.")[0].1,
        292
    );
    assert_eq!(
        fig("Five more patients were transported to Albert Nzula Hospital in Trompsburg.")[0],
        (Outcome::Injured, 5, "patients".into())
    );
    assert!(fig("The company lost 500 homes to the floods.").is_empty());
}

#[test]
fn ages_describe_the_people_counted_and_count_no_one() {
    assert_eq!(
        fig("The office said 26 pupils between the ages of 10 and 20 died in the fire.")[0].1,
        26
    );
    assert_eq!(
        fig("Twelve children aged 5 to 9 were killed in the fire.")[0].1,
        12
    );
}

#[test]
fn an_event_named_as_another_counts_its_own_dead() {
    assert_eq!(
        current_in(
            "Israel has been accused over attacks on UN schools, as another bombing occurred last week that killed 15 Palestinians.",
            (2014, 7, 30)
        ),
        [(Some(15), false)]
    );
    // "other storm-hit areas" names places, not another event.
    assert_eq!(
        current_in(
            "Officials said 20 people died in other storm-hit areas on Monday.",
            (2023, 9, 11)
        ),
        [(Some(20), true)]
    );
}

#[test]
fn everyone_aboard_however_written_and_a_count_with_its_parts() {
    // A count of all of a vehicle's people, then its parts, is counted once.
    assert_eq!(
        fig("The plane was carrying 92 people, 84 passengers, and 8 crew and all of them have died in the accident."),
        [(Outcome::Killed, 92, "total".into())]
    );
    assert_eq!(
        fig("The attack killed 12 people, six soldiers and six civilians.")[0].1,
        12
    );
    // Items that do not restate a count are summed as before.
    assert_eq!(
        fig("The attack killed four soldiers, two policemen and a civilian.")[0].1,
        7
    );
    // "everyone who was on board" and "no survivors": all died, however many.
    let all = fig("The plane crashed into the sea on Sunday, killing everyone who was on board.");
    assert_eq!(all, [(Outcome::Killed, 0, "total".into())]);
    let none = fig("There were no survivors of the crash, officials said.");
    assert_eq!(none, [(Outcome::Killed, 0, "total".into())]);
}

#[test]
fn the_one_person_joined_to_a_count_is_one_more() {
    assert_eq!(
        fig("The bus fell off a bridge, killing 10 passengers and the Chinese driver.")[0].1,
        11
    );
    // After a comma, "the" opens the clause of who said it.
    assert_eq!(
        fig("The fire killed at least 113 people, the deputy governor said on Wednesday.")[0].1,
        113
    );
    // A plural after "the" is no one person.
    assert_eq!(
        fig("The blast killed 10 soldiers and the passengers of a bus.")[0].1,
        10
    );
}

#[test]
fn one_person_by_an_article_opens_a_list_counted_before_the_cue() {
    assert_eq!(
        fig("A Malian soldier and three civilians were slain in the attack on the resort.")[0].1,
        4
    );
}
