//! Casualty figures read from sentences a reader would write.

use super::figures::*;
use super::*;

pub(super) fn fig(s: &str) -> Vec<(Outcome, u64, String)> {
    figures_in(&straighten(s))
        .into_iter()
        .map(|f| (f.outcome, f.quantity.map_or(0, |q| q.value), f.group))
        .collect()
}

#[test]
fn killed_and_wounded_in_one_sentence() {
    assert_eq!(
        fig("Officials said that five people had been killed and 80 wounded in the floods."),
        [
            (Outcome::Killed, 5, "total".into()),
            (Outcome::Injured, 80, "total".into())
        ]
    );
}

#[test]
fn a_count_of_places_or_an_adjective_between_count_and_people_hides_no_head_count() {
    let killed = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        killed("Five people from one camp were killed by flooding."),
        Some((Outcome::Killed, 5))
    );
    assert_eq!(
        killed("Three unidentified men were found dead."),
        Some((Outcome::Killed, 3))
    );
    // A verb and its object are not a described group.
    assert!(fig("It follows one comforting parents whose children were injured.").is_empty());
}

#[test]
fn lives_saved_are_no_toll_and_a_place_phrase_may_hold_an_article() {
    assert!(fig("First responders have saved more than 850 lives.").is_empty());
    assert_eq!(fig("The flood claimed 85 lives.")[0].1, 85);
    assert_eq!(
        fig("Seven crew members from the two boats were arrested.")[0].1,
        7
    );
}

#[test]
fn tolls_beyond_a_number_of_mortalities_and_a_count_shot_dead() {
    assert_eq!(
        fig("The death toll has climbed beyond 350 as the president spoke.")[0].1,
        350
    );
    assert_eq!(fig("The number of mortalities reached 1,301.")[0].1, 1301);
    assert_eq!(
        fig("A paramedic said at least 10 had been shot dead.")[0].1,
        10
    );
}

#[test]
fn the_dead_listed_after_include_are_counted() {
    assert_eq!(fig("The victims include at least three children.")[0].1, 3);
    assert_eq!(
        fig("The dead included seven in one county and four in the town.")[0].1,
        7
    );
    assert!(fig("The measures included 20 new shelters.").is_empty());
}

#[test]
fn the_number_of_the_dead_or_injured_however_worded_is_a_toll() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The number of known deaths has risen to 115."),
        Some((Outcome::Killed, 115))
    );
    assert_eq!(
        first("So far, the number of people who have died in the accident has reached 68."),
        Some((Outcome::Killed, 68))
    );
    assert_eq!(
        first("The number of people injured in Ecuador was reported to be at least 446."),
        Some((Outcome::Injured, 446))
    );
    assert!(fig("The number of houses destroyed rose to 400.").is_empty());
    assert_eq!(
        first("More than 2,600 have been checked into overcrowded hospitals."),
        Some((Outcome::Injured, 2600))
    );
}

#[test]
fn the_victims_counted_with_the_article_are_the_dead() {
    assert_eq!(
        fig("Portugal declared three days of mourning for the 61 victims of the fire.")[0],
        (Outcome::Killed, 61, "total".into())
    );
    assert_eq!(
        fig("The 40 victims were taken to hospital with injuries.")[0].0,
        Outcome::Injured
    );
}

#[test]
fn coordinated_counts_are_summed() {
    assert_eq!(
        fig("Two rescuers and three villagers died in the landslide.")[0].1,
        5
    );
    assert_eq!(
        fig("The blast killed four soldiers and two civilians near the border.")[0].1,
        6
    );
}

#[test]
fn a_toll_far_from_its_figure_is_found_by_its_verb() {
    assert_eq!(
        fig("The death toll from a missile strike on an apartment building in the city of Dnipro has risen to 30, officials said."),
        [(Outcome::Killed, 30, "total".into())]
    );
    assert!(fig("The toll from the strike on a convoy of aid trucks near the border of 20 villages was unclear.").is_empty());
    assert_eq!(
        fig("The death toll from the explosion that tore through Lebanon's capital, Beirut, has risen to 135, the minister said.")[0].1,
        135
    );
}

#[test]
fn a_toll_of_is_right_after_toll_not_an_object_of_the_accident() {
    assert_eq!(
        fig("The death toll in the crash of three trains near the station rose to 261.")[0].1,
        261
    );
    assert_eq!(
        fig("The storm left a death toll of 40 in the valley.")[0].1,
        40
    );
    assert_eq!(
        fig("Two marines were killed and 15 others injured in the shelling.")[0],
        (Outcome::Killed, 2, "marines".into())
    );
}

#[test]
fn one_person_named_or_counted_by_an_article_who_died_is_a_count_of_one() {
    assert_eq!(
        fig("Iran's President Ebrahim Raisi has been killed in a helicopter crash.")[0].1,
        1
    );
    assert_eq!(
        fig("An Australian tourist died in hospital on Thursday.")[0].1,
        1
    );
    assert!(
        fig("The minister condoled the deaths of the pilots and his aide Omar Said died.")
            .is_empty()
    );
    assert!(fig("The gunman identified as Omar Said was later shot dead.").is_empty());
}

#[test]
fn deaths_of_people_arrests_and_a_clause_inside_a_count() {
    assert_eq!(
        fig("Amnesty said it had documented the deaths of at least 52 people, including five women, and hundreds injured."),
        [(Outcome::Killed, 52, "total".into()), (Outcome::Injured, 100, "total".into())]
    );
    assert_eq!(
        fig("Authorities have arrested more than 1,200 protesters, according to official figures."),
        [(Outcome::Detained, 1200, "protesters".into())]
    );
    assert_eq!(
        fig("State television said 41 people, including members of the security forces, had died in the unrest."),
        [(Outcome::Killed, 41, "total".into())]
    );
}

#[test]
fn people_in_hospital_are_injured() {
    assert_eq!(
        fig("Fifty-seven people remain in hospital, six of them in intensive care."),
        [(Outcome::Injured, 57, "total".into())]
    );
    assert!(fig("The hospital said it was full.").is_empty());
    assert_eq!(
        fig("He said 58 miners had been rescued, and 11 were being treated in hospital."),
        [(Outcome::Injured, 11, "total".into())]
    );
    assert!(fig("Police said the attack was treated as terrorism.").is_empty());
}

#[test]
fn some_of_the_dead_are_a_part_not_a_total() {
    let f = figures_in("He said that 97 of the dead were policemen and that 27 of the injured were still in hospital.");
    assert_eq!(f.len(), 2);
    assert!(f.iter().all(|f| f.quantity.is_none()));
    assert_eq!(
        (f[0].parts[0].count, f[0].parts[0].group.as_str()),
        (97, "policemen")
    );
    assert_eq!(f[1].parts[0].count, 27);
}

#[test]
fn a_count_after_a_part_is_not_added_to_it() {
    assert_eq!(
        fig("At least 73 people were injured, including 13 children, and more than 40 people remain unaccounted for."),
        [
            (Outcome::Injured, 73, "total".into()),
            (Outcome::Missing, 40, "total".into())
        ]
    );
}

#[test]
fn parts_of_a_total_stay_parts() {
    let f =
        figures_in("at least two deaths, including a child, and 11 injuries, eight of them minors");
    assert_eq!(f[0].quantity.as_ref().unwrap().value, 2);
    assert_eq!(f[0].parts[0].count, 1);
    assert_eq!(f[1].quantity.as_ref().unwrap().value, 11);
    assert_eq!(f[1].parts[0].count, 8);
}

#[test]
fn hypotheticals_are_not_counts() {
    assert!(fig("Otherwise, hundreds of thousands of people could die.").is_empty());
}

#[test]
fn non_casualty_numbers_are_ignored() {
    assert!(fig("Troops seized more than 60 posts and destroyed 20 vehicles.").is_empty());
    assert!(fig("The city has 120,000 inhabitants, of which 30,000 are children.").is_empty());
    assert!(fig("He heard dozens of explosions.").is_empty());
}

#[test]
fn vague_quantities_use_the_lower_bound() {
    let f = figures_in("dozens of people were injured");
    let q = f[0].quantity.as_ref().unwrap();
    assert_eq!((q.value, q.vague), (12, true));
}

#[test]
fn a_year_is_not_a_death_toll() {
    assert!(fig("The 2020 war killed thousands.")
        .iter()
        .all(|f| f.1 != 2020));
}

#[test]
fn dead_and_displaced_after_qualifiers() {
    assert_eq!(
        fig("The war ended after more than 30,000 dead and a million displaced."),
        [
            (Outcome::Killed, 30_000, "total".into()),
            (Outcome::Displaced, 1_000_000, "total".into())
        ]
    );
}

#[test]
fn any_agent_noun_counts_people_but_not_things() {
    assert_eq!(
        fig("An airstrike hit the prison, killing at least 70 detainees, a minister said.")[0].1,
        70
    );
    assert!(fig("The fire killed nobody but destroyed 30 containers.").is_empty());
}

#[test]
fn bodies_lives_and_injuries_lead_to_their_count() {
    assert_eq!(
        fig("The bodies of 11 climbers have been found on the slopes.")[0],
        (Outcome::Killed, 11, "climbers".into())
    );
    assert_eq!(
        fig("The collision claimed the lives of at least 40 people, police said.")[0].1,
        40
    );
    assert_eq!(
        fig("The clashes resulted in injuries to fourteen civilians.")[0],
        (Outcome::Injured, 14, "civilians".into())
    );
}

#[test]
fn done_to_death_and_feared_dead_are_deaths() {
    assert_eq!(
        fig("At least 116 people were crushed to death at the gathering.")[0].1,
        116
    );
    assert_eq!(fig("More than 200 people are feared dead.")[0].1, 200);
    // Done to death actively, the victims after the verb.
    assert_eq!(
        fig("The fireworks sparked an inferno which burnt to death 60 victims.")[0].1,
        60
    );
    assert!(fig("He was stabbed to death by 3 men.").is_empty());
    // A sentence passed is no death.
    assert!(fig("The famine condemns to death millions of people.").is_empty());
}

#[test]
fn deaths_among_cases_are_a_count_not_a_part() {
    assert_eq!(
        fig("The ministry recorded 1,351 cholera cases, including 58 deaths, over three days.")[0],
        (Outcome::Killed, 58, "total".into())
    );
}

#[test]
fn lives_counted_and_people_admitted_to_hospital() {
    assert_eq!(
        fig("Suicide attacks on Saturday claimed at least 18 lives, officials said.")[0].1,
        18
    );
    assert_eq!(
        fig("Forty people were admitted to hospital with burns.")[0],
        (Outcome::Injured, 40, "total".into())
    );
}

#[test]
fn the_number_of_people_killed_has_grown_to_a_figure() {
    assert_eq!(
        fig("The number of people killed in the strike has grown to 28, the governor said.")[0].1,
        28
    );
}

#[test]
fn bringing_the_toll_to_a_figure_gives_that_figure() {
    let figs = fig(
        "Rescuers said three more bodies were found on Wednesday, bringing the death toll to 17.",
    );
    assert_eq!(figs, [(Outcome::Killed, 17, "total".into())]);
}

#[test]
fn nouns_of_the_dead_and_of_arrests_count() {
    assert_eq!(fig("The hospital released a list of 99 deceased.")[0].1, 99);
    assert_eq!(
        fig("Police announced 17 arrests on Thursday.")[0],
        (Outcome::Detained, 17, "total".into())
    );
    assert_eq!(
        fig("The envoy was outraged by the killings of the seven peacekeepers.")[0].1,
        7
    );
}

#[test]
fn people_declared_dead_or_in_critical_condition() {
    let figs = fig("Ten people were declared dead, and seven persons are in a critical condition.");
    assert_eq!(figs[0], (Outcome::Killed, 10, "total".into()));
    assert_eq!(figs[1].0, Outcome::Injured);
    assert_eq!(figs[1].1, 7);
}

#[test]
fn people_taken_to_hospital_or_admitted_with_wounds_are_injured() {
    assert_eq!(
        fig("Eight climbers were rushed to hospitals with burns.")[0].0,
        Outcome::Injured
    );
    assert_eq!(
        fig("He said 40 people were admitted there with wounds.")[0].1,
        40
    );
}

#[test]
fn a_toll_given_far_from_its_figure_and_a_second_count() {
    assert_eq!(
        fig("However, the toll according to the state's home minister is 132.")[0].1,
        132
    );
    let figs = fig("The crash killed at least 16 people and injuring another 15.");
    assert_eq!(figs[1], (Outcome::Injured, 15, "total".into()));
}

#[test]
fn those_among_the_dead_and_those_searched_for_are_counted() {
    let figs = fig("Five foreigners including at least four Asian nationals were among those killed on Monday.");
    assert_eq!(figs[0].1, 5, "{figs:?}");
    let figs =
        fig("Authorities halted the search for 12 climbers after the volcano erupted again.");
    assert_eq!(figs[0].0, Outcome::Missing, "{figs:?}");
    assert_eq!(figs[0].1, 12);
}

#[test]
fn people_under_treatment_are_injured_and_a_new_clause_is_not_a_victim() {
    let figs = fig("Over 800 people were receiving treatment for dehydration.");
    assert_eq!(figs[0].1, 800, "{figs:?}");
    let figs =
        fig("The collision claimed the lives of at least 40 people, and dozens were injured.");
    assert_eq!(figs[0].1, 40, "{figs:?}");
}

#[test]
fn a_word_describing_a_counted_noun_and_cases_in_care() {
    assert_eq!(
        fig("Health authorities investigated six suspicious deaths in the district.")[0].1,
        6
    );
    let figs =
        fig("There are currently eight suspected cases receiving care in a health facility.");
    assert_eq!(figs[0], (Outcome::Injured, 8, "cases".into()), "{figs:?}");
}
#[test]
fn a_count_does_not_reach_across_a_new_clause() {
    let figs = fig("Medics said the toll could rise to 60 because many of the wounded were in critical condition.");
    assert!(figs.iter().all(|f| f.1 != 60), "{figs:?}");
}

#[test]
fn feared_and_reported_dead_are_tolls() {
    assert_eq!(
        fig("At least 174 people were feared killed and 180 injured at the match.")[0],
        (Outcome::Killed, 174, "total".into())
    );
    assert_eq!(
        fig("A source said at least 60 people were reported dead in the attacks.")[0].1,
        60
    );
    // A fear of deaths to come is still no toll.
    assert!(fig("Officials feared the storm could kill 50 people.").is_empty());
}

#[test]
fn a_participle_phrase_after_the_counted_people_stays_in_the_count() {
    assert_eq!(
        fig("At least 27 migrants trying to reach England from France died on Wednesday."),
        [(Outcome::Killed, 27, "migrants".into())]
    );
}

#[test]
fn a_comma_list_of_counted_groups_is_summed() {
    assert_eq!(
        fig("Seventeen men, seven women and three minors died when the boat sank."),
        [(Outcome::Killed, 27, "men, women and minors".into())]
    );
    // The comma still ends a count that is a part: "including 13 children, and 40 missing".
    assert_eq!(
        fig("The quake left 73 injured, including 13 children, and 40 missing.")[0].1,
        73
    );
}

#[test]
fn all_on_board_counts_the_people_the_vehicle_carried() {
    assert_eq!(
        fig("A flight carrying 57 passengers and four crew members crashed on Friday, killing all on board.")[0].1,
        61
    );
    // Without a count of who was carried it is a toll of however many there were.
    let found = fig("The plane crashed on Friday, killing all on board.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Outcome::Killed);
}

#[test]
fn a_toll_that_rose_above_or_neared_a_figure_gives_it() {
    assert_eq!(
        fig("The death toll rose above 100 after a ferry capsized on the lake.")[0].1,
        100
    );
    assert_eq!(
        fig("The death toll from the cyclone neared 200 on Tuesday.")[0].1,
        200
    );
}

#[test]
fn shot_dead_succumbed_and_sustained_injuries_are_counted() {
    assert_eq!(
        fig("Police shot dead 17 protesters in the city on Monday."),
        [(Outcome::Killed, 17, "protesters".into())]
    );
    assert_eq!(
        fig("Two people succumbed to their injuries overnight.")[0].1,
        2
    );
    assert_eq!(
        fig("Twelve others sustained serious injuries."),
        [(Outcome::Injured, 12, "others".into())]
    );
}

#[test]
fn the_group_ends_at_the_people_counted() {
    assert_eq!(
        fig("Six people were shot and killed during the protests."),
        [(Outcome::Killed, 6, "total".into())]
    );
    assert_eq!(
        fig("At least 60 people lost their lives in the capsizing."),
        [(Outcome::Killed, 60, "total".into())]
    );
}

#[test]
fn adverbs_long_asides_and_inner_parts_stay_in_a_head_count() {
    assert_eq!(
        fig("There were three critically injured people at the crash site.")[0],
        (Outcome::Injured, 3, "total".into())
    );
    assert_eq!(
        fig("At least 39 people, most of them undocumented US-bound migrants who had just survived a perilous jungle crossing, died in a bus crash.")[0].1,
        39
    );
    assert_eq!(
        fig("At least 11 Gambians including six children have died in the fire.")[0],
        (Outcome::Killed, 11, "gambians".into())
    );
}

#[test]
fn one_person_among_the_dead_and_a_toll_edging_towards_a_figure() {
    assert_eq!(
        fig("A US citizen is among the dead, according to the State Department.")[0].1,
        1
    );
    // A person named, then described, is not a count.
    assert!(fig("Assadallah al-Jazi, a 25-year-old employee, was among those hurt.").is_empty());
    assert_eq!(
        fig("The death toll from the heatwave is edging towards 800.")[0].1,
        800
    );
}

#[test]
fn parts_of_the_victims_and_a_number_echoed_in_figures() {
    assert_eq!(
        fig("Among the victims were at least 12 children, officials have said."),
        [(Outcome::Killed, 12, "children".into())]
    );
    assert_eq!(
        fig("At least 32 of the victims were children between 3 and 17.")[0].1,
        32
    );
    assert!(fig("The victims were taken to hospital.").is_empty());
    assert!(fig("Why would I want to live?\" said the father of one of the victims.").is_empty());
    assert_eq!(
        fig("The Ministry said that eleven (11) Gambians have died in the fire.")[0].1,
        11
    );
}

#[test]
fn a_scene_of_people_trapped_gives_no_count() {
    assert!(fig("Hundreds of people trapped inside struggled to escape the flames.").is_empty());
    // Feared trapped is a fear, not a count of the missing.
    assert!(fig("He added that more than 20 people were feared trapped.").is_empty());
}

#[test]
fn people_trapped_are_missing_and_a_toll_of_people_who_died_is_a_toll() {
    assert_eq!(
        fig("Twenty-nine miners trapped in a remote coal mine have not made contact.")[0],
        (Outcome::Missing, 29, "miners".into())
    );
    assert_eq!(
        fig("So far, the number of people who died has reached 100 and 300 are wounded.")[0].1,
        100
    );
    assert_eq!(
        fig("So, the toll has risen to just 20 persons in Abaco.")[0].1,
        20
    );
}

#[test]
fn people_buried_stranded_or_gone_missing_are_missing_unless_a_grave_or_a_rescue_says_otherwise() {
    assert_eq!(
        fig("At least 135 soldiers are buried by a wall of snow at the camp.")[0],
        (Outcome::Missing, 135, "soldiers".into())
    );
    assert_eq!(
        fig("Officials said 35 people are stuck in another tunnel.")[0],
        (Outcome::Missing, 35, "total".into())
    );
    assert_eq!(
        fig("At least 135 people, including 124 servicemen and 11 civilians, went missing.")[0],
        (Outcome::Missing, 135, "total".into())
    );
    // A grave makes the buried the dead; a rescue takes the stranded out of the missing.
    assert_eq!(
        fig("He said that more than 170 people had been buried in four mass graves.")[0],
        (Outcome::Killed, 170, "total".into())
    );
    assert!(fig("Volunteers have rescued 13 villagers left stranded by the deluge.").is_empty());
    assert_eq!(
        fig("Five were rescued and 12 miners remain trapped underground.")[0],
        (Outcome::Missing, 12, "miners".into())
    );
}

#[test]
fn martyred_and_no_fewer_than_are_read() {
    assert_eq!(
        fig("Seven soldiers including two officers were martyred yesterday in a suicide attack.")
            [0],
        (Outcome::Killed, 7, "soldiers".into())
    );
    assert_eq!(
        fig("No fewer than 58 worshippers, including children, reportedly lost their lives after the attack.")[0].1,
        58
    );
}

#[test]
fn a_list_of_the_dead_is_summed_one_person_at_a_time() {
    assert_eq!(
        fig("Among the dead were an Australian woman, two Danish citizens and a US citizen.")[0].1,
        4
    );
}

#[test]
fn the_deaths_of_a_count_are_that_count_not_a_count_before() {
    let killed: Vec<u64> =
        fig("Police detained seven of its staff after the deaths of six tourists.")
            .into_iter()
            .filter(|f| f.0 == Outcome::Killed)
            .map(|f| f.1)
            .collect();
    assert_eq!(killed, [6]);
    assert_eq!(
        fig("He mourned the loss of lives of the 53 crewmen of the submarine.")[0].1,
        53
    );
}

#[test]
fn a_place_in_the_count_of_the_dead_is_the_toll() {
    assert_eq!(
        fig("On Friday a teacher became the sixth person to die after drinking the spirits.")[0].1,
        6
    );
    assert!(fig("She was the second person to speak at the meeting.").is_empty());
    assert!(fig("The rally marked the 30th death anniversary of the poet.").is_empty());
}

#[test]
fn a_wish_for_the_injured_counts_no_one() {
    assert!(
        fig("He wished all those injured a speedy recovery”, Russian officials said.").is_empty()
    );
}

#[test]
fn people_still_in_hospitals_are_injured() {
    assert_eq!(
        fig("He said that 448 people were still in hospitals in the region.")[0],
        (Outcome::Injured, 448, "total".into())
    );
}

#[test]
fn people_left_homeless_or_without_shelter_are_displaced() {
    assert_eq!(
        fig("The fire destroyed 2,000 shelters, leaving 12,000 refugees without a roof over their heads.")[0],
        (Outcome::Displaced, 12_000, "refugees".into())
    );
    assert_eq!(
        fig("Some 2,000 shelters were burned, leaving about 12,000 forcibly displaced Myanmar nationals homeless.")[0].1,
        12_000
    );
    assert!(fig("The storm left 3,000 homes without power.").is_empty());
}

#[test]
fn an_exact_toll_replaces_a_vague_count_of_the_same_outcome() {
    let a = crate::test_support::article(
        "a",
        "Floods",
        &["Rescuers recovered dozens of bodies from buses as the death toll from flooding rose to at least 148."],
    );
    let sentences = crate::article_sentences(&a);
    let found = extract(
        &sentences,
        &EventFacts::default(),
        &PeopleDirectory::default(),
    );
    assert_eq!(found[0].killed, Some(148));
}

#[test]
fn wounds_sustained_and_corpses_counted_are_casualties() {
    assert_eq!(
        fig("At least 38 people were killed and 30 others sustained gunshot wounds.")[1],
        (Outcome::Injured, 30, "others".into())
    );
    assert_eq!(
        fig("We have counted over 80 corpses in the village.")[0].1,
        80
    );
}

#[test]
fn no_casualties_reported_is_a_count_of_none() {
    assert_eq!(
        fig("No casualties were reported, but the fire destroyed 2,000 shelters."),
        [(Outcome::Killed, 0, "total".into())]
    );
    assert_eq!(
        fig("The plane hit a building, but no injuries were reported.")[0],
        (Outcome::Injured, 0, "total".into())
    );
    assert!(fig("There were no casualties figures available.").is_empty());
}

#[test]
fn the_month_may_does_not_make_a_count_hypothetical() {
    assert_eq!(
        fig("The violence began on May 3, killing over 120 people and injuring more than 350.")[0],
        (Outcome::Killed, 120, "total".into())
    );
    assert!(fig("The floods may kill 200 people.").is_empty());
}

#[test]
fn people_relocated_and_apprehended_are_counted() {
    assert_eq!(
        fig("Around 1,000 residents have been relocated to safe places.")[0],
        (Outcome::Displaced, 1000, "residents".into())
    );
    assert_eq!(
        fig("Police said 40 suspects were apprehended overnight.")[0],
        (Outcome::Detained, 40, "suspects".into())
    );
}

#[test]
fn a_toll_dated_in_the_event_s_month_is_current_whatever_the_paragraph_recalled() {
    let a = crate::test_support::article(
        "a",
        "WHO declares Ebola emergency",
        &["The outbreak began in Guinea last December and has since spread. As of Aug. 4, the WHO said there have been 932 deaths due to the virus."],
    );
    let sentences = crate::article_sentences(&a);
    let facts = EventFacts {
        date: chrono::NaiveDate::from_ymd_opt(2014, 8, 8),
        ..EventFacts::default()
    };
    let found = extract(&sentences, &facts, &PeopleDirectory::default());
    assert_eq!(found[0].killed, Some(932));
    assert!(found[0].current);
}

#[test]
fn people_counted_in_what_carried_them_are_the_subject() {
    assert_eq!(
        fig("Thirty-two passengers on an overcrowded bus were killed on Monday, police said.")[0],
        (Outcome::Killed, 32, "passengers".into())
    );
    assert_eq!(
        fig("Five migrants aboard a packed dinghy were killed when it sank.")[0],
        (Outcome::Killed, 5, "migrants".into())
    );
}

#[test]
fn an_abduction_of_people_counts_them_held() {
    assert_eq!(
        fig("The United Nations has condemned the abduction of 110 schoolgirls by suspected militants.")[0],
        (Outcome::Detained, 110, "schoolgirls".into())
    );
}

#[test]
fn the_evacuation_of_a_count_displaces_them() {
    let found =
        fig("A massive wildfire has forced the evacuation of all 88,000 people from the city.");
    assert_eq!(
        found.first().map(|f| (f.0, f.1)),
        Some((Outcome::Displaced, 88_000))
    );
}

#[test]
fn a_bare_count_ends_before_as_or_while() {
    let found = fig("A quake jolted the region on Monday killing at least 92 people and injuring 1,500 as homes were reduced to rubble.");
    assert!(
        found.contains(&(Outcome::Injured, 1500, "total".into())),
        "{found:?}"
    );
}
