//! Casualty figures of the shapes the events of batches 38–42 brought: one person named
//! after "that", by an owner or an age, a part of those killed, numbers that name things, the
//! poisoned and the sick.

use super::tests::fig;
use super::*;

#[test]
fn one_named_person_after_that_an_owner_or_an_announced_death() {
    let killed = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    let one = Some((Outcome::Killed, 1));
    assert_eq!(
        killed("Hamas said that Haniyeh was killed in an Israeli strike in Iran."),
        one
    );
    assert_eq!(
        killed("Ismail Haniyeh, Hamas's political leader, was killed in his residence."),
        one
    );
    assert_eq!(
        killed("The Revolutionary Guards confirmed the death of Haniyeh on Wednesday."),
        one
    );
    assert_eq!(killed("Ismail Haniyeh was assassinated in Tehran."), one);
    // A feeling about a death the story told is no count of it.
    assert!(fig("Ban Ki-moon is shocked by the murder of Boris Nemtsov.").is_empty());
}

#[test]
fn a_part_of_those_killed_as_the_subject() {
    let killed = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        killed("Sixteen of those killed were from a group of 31 Chinese tourists."),
        Some((Outcome::Killed, 16))
    );
    assert!(fig("Reuters showed the passports of three of those killed.").is_empty());
}

#[test]
fn a_flight_number_is_no_count_and_a_reported_figure_is_one() {
    let killed = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        killed("All 64 passengers and crew members aboard Flight 5342 died in the collision."),
        Some((Outcome::Killed, 64))
    );
    assert_eq!(
        killed("The cyclone blasted Bangladesh, killing a reported 1,100 people."),
        Some((Outcome::Killed, 1100))
    );
}

#[test]
fn a_name_before_an_age_office_holders_and_a_part_of_a_count() {
    let killed = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        killed("Italy said Attanasio's bodyguard Vittorio Iacovacci, 30, also died in the attack."),
        Some((Outcome::Killed, 1))
    );
    assert_eq!(
        killed("Of the children who ate the meal, twenty-two ultimately died."),
        Some((Outcome::Killed, 22))
    );
    assert_eq!(
        killed("Two ministers were killed in the blast."),
        Some((Outcome::Killed, 2))
    );
    assert_ne!(
        killed("Nearly 200 people including a provincial governor have been confirmed dead."),
        Some((Outcome::Killed, 1))
    );
}

#[test]
fn people_pronounced_dead_are_killed() {
    assert_eq!(
        fig("Three people were pronounced dead at the scene by paramedics.")
            .first()
            .map(|f| (f.0, f.1)),
        Some((Outcome::Killed, 3))
    );
}

#[test]
fn people_who_fell_ill_or_were_sickened_are_hurt() {
    let hurt = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        hurt("In all, 47 primary school children fell ill after consuming the meal."),
        Some((Outcome::Injured, 47))
    );
    assert_eq!(
        hurt("More than 200 people were sickened after drinking the liquor."),
        Some((Outcome::Injured, 200))
    );
}

#[test]
fn counts_of_batch_42_guides_a_day_between_verb_and_count_and_more_wounded() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("At least 12 mountaineering guides have been killed in an avalanche."),
        Some((Outcome::Killed, 12))
    );
    assert_eq!(
        first("The attack on a bus, which killed on Friday 28 civilians, was condemned."),
        Some((Outcome::Killed, 28))
    );
    let all = |s: &str| fig(s).iter().map(|f| (f.0, f.1)).collect::<Vec<_>>();
    assert!(
        all("A bomber killed at least 70 people and wounded nearly 100 more in an attack.")
            .contains(&(Outcome::Injured, 100))
    );
    assert!(
        all("As many as 14 people have died, and 34 are currently receiving treatment.")
            .contains(&(Outcome::Injured, 34))
    );
}

#[test]
fn a_second_count_with_a_verb_of_its_own_is_not_more_of_the_first() {
    let killed = |s: &str| fig(s).iter().find(|f| f.0 == Outcome::Killed).map(|f| f.1);
    assert_eq!(
        killed("The fire at the mall killed 64 people and 16 people were missing."),
        Some(64)
    );
    // An item that suffers a harm of its own opens its own clause.
    assert_eq!(
        killed("The shooting resulted in the death of one spectator and two others sustained critical injuries."),
        Some(1)
    );
    // After a noun the list is the subject: both are counted.
    assert_eq!(
        killed("The bodies of a 79-year-old woman and an 8-year-old girl were later recovered."),
        Some(2)
    );
    // "one comforting parents whose children were injured" counts no one.
    assert!(fig("Kagame's message follows another one comforting parents whose children were injured in a bus accident.").is_empty());
}

#[test]
fn a_tens_word_and_a_unit_apart_and_people_who_received_treatment() {
    let all = |s: &str| fig(s).iter().map(|f| (f.0, f.1)).collect::<Vec<_>>();
    assert!(
        all("Forty three people were killed and some 239 others injured in the attacks.")
            .contains(&(Outcome::Killed, 43))
    );
    assert!(
        all("The governor said more than 40 people received medical treatment.")
            .contains(&(Outcome::Injured, 40))
    );
}

#[test]
fn a_part_of_the_dead_or_hurt_with_no_total_beside_it_is_the_sentences_count() {
    let counts = |paragraph: &str| {
        let a = crate::test_support::article("a", "Stampede", &[paragraph]);
        let sentences = crate::article_sentences(&a);
        extract(
            &sentences,
            &EventFacts::default(),
            &PeopleDirectory::default(),
        )
        .iter()
        .map(|c| (c.killed, c.injured, c.group.clone()))
        .collect::<Vec<_>>()
    };
    assert_eq!(
        counts("A hospital official said that 24 of the dead were children aged four to eight."),
        [(Some(24), None, "children".to_string())]
    );
    assert_eq!(
        counts("The spokesperson said that 33 of the injured remained in hospital.")[0].1,
        Some(33)
    );
    assert_eq!(
        counts("According to officials, 25 of those who died were women.")[0].0,
        Some(25)
    );
    assert_eq!(
        counts("The governor said that 140 people had sought medical help.")[0].1,
        Some(140)
    );
    // Beside a total, the part stays a part.
    assert_eq!(
        counts("At least 88 people were killed, and 24 of the dead were children.")[0].0,
        Some(88)
    );
}

#[test]
fn another_attack_condemned_is_the_storys_own_one_more_of_a_series() {
    let current = |paragraph: &str| {
        let a = crate::test_support::article("a", "Massacre in Niger", &[paragraph]);
        let sentences = crate::article_sentences(&a);
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2021, 3, 21),
            ..EventFacts::default()
        };
        extract(&sentences, &facts, &PeopleDirectory::default())
            .iter()
            .map(|c| c.current)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        current("The Secretary-General strongly condemns another heinous attack on civilians, reportedly killing at least 137 people."),
        [true]
    );
    assert_eq!(
        current("It came after another attack in January killed 100 villagers."),
        [false]
    );
}

#[test]
fn a_since_phrase_closed_by_its_comma_measures_and_the_toll_after_it_is_the_events() {
    let current = |paragraph: &str| {
        let a = crate::test_support::article("a", "Earthquake in Sichuan", &[paragraph]);
        let sentences = crate::article_sentences(&a);
        let facts = EventFacts {
            date: chrono::NaiveDate::from_ymd_opt(2022, 9, 5),
            ..EventFacts::default()
        };
        extract(&sentences, &facts, &PeopleDirectory::default())
            .iter()
            .map(|c| (c.killed, c.injured, c.current))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        current("The quake, the largest in Sichuan since 2017, claimed at least 66 lives and injured 253 people."),
        [(Some(66), Some(253), true)]
    );
    assert_eq!(
        current("It was the worst bombing since a truck bomb destroyed a building in 1995, killing 168 people."),
        [(Some(168), None, false)]
    );
    assert_eq!(
        current("A total of 65 people died, over 170 got injured and 12 went missing."),
        [(Some(65), Some(170), true)]
    );
}

#[test]
fn one_person_named_then_described_by_a_clause_on_who_they_were() {
    let found = super::tests::fig(
        "Giorgos Karaivaz, who was known as a police reporter, was killed by seven gunshots in Alimos.",
    );
    assert_eq!(
        found.first().map(|f| (f.0, f.1)),
        Some((Outcome::Killed, 1))
    );
}

#[test]
fn one_person_left_dead_and_verbs_of_a_killing() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The attack on the Parliament that left a soldier dead was condemned."),
        Some((Outcome::Killed, 1))
    );
    assert_eq!(
        first("The blast left a young policeman wounded."),
        Some((Outcome::Injured, 1))
    );
    // A place left in a state is no one.
    assert!(fig("The storm left a village flooded.").is_empty());
    assert_eq!(
        first("At least 16 inmates were decapitated during the riot."),
        Some((Outcome::Killed, 16))
    );
    assert_eq!(
        first("Two workers were electrocuted at the site."),
        Some((Outcome::Killed, 2))
    );
}

#[test]
fn a_name_before_a_who_clause_of_what_befell_them() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    let one = Some((Outcome::Killed, 1));
    assert_eq!(
        first("Tributes have been paid to Labour MP Jo Cox, who died after being shot."),
        one
    );
    assert_eq!(
        first("Leaders paid tribute to Jo Cox, who was brutally murdered on Thursday."),
        one
    );
    // Someone else than the story's victim: after "the", a reporting verb, or set off by
    // commas; and "who were" is more than one.
    assert!(fig(
        "Shia Muslims mourn Hussein, grandson of the Prophet Muhammad, who died in AD 680."
    )
    .is_empty());
    assert!(
        fig("\"They kept pushing,\" said Mahmoud Fojo, who was injured in the crush.").is_empty()
    );
    assert!(
        fig("They went to the funeral of a minister, Ralph Kasambara, who died last week.")
            .is_empty()
    );
    assert!(fig(
        "Five people working for the charity World Central Kitchen, who were killed, were named."
    )
    .iter()
    .all(|f| f.1 != 1));
}

#[test]
fn none_denied_and_a_part_of_those_just_counted() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    let none = Some((Outcome::Killed, 0));
    assert_eq!(
        first("Neither attack caused any casualties, the military said."),
        none
    );
    assert_eq!(
        first("Iraq said its forces did not suffer casualties."),
        none
    );
    assert_eq!(
        first("The ministry confirmed no casualties in the attack."),
        none
    );
    assert_eq!(
        first("Officials reported that there had been no casualties."),
        none
    );
    // Denying a report is no count of none.
    assert!(fig("China did not confirm any casualties.").is_empty());
    assert!(fig("So far we have not seen any deaths outside China.").is_empty());
    assert_eq!(
        first("The gunman killed at least 15 people, 11 of them children, police said."),
        Some((Outcome::Killed, 15))
    );
}

#[test]
fn one_person_and_a_count_of_others() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The crash killed the pilot and five other people."),
        Some((Outcome::Killed, 6))
    );
    assert_eq!(
        first("The blast wounded former President Mohamed Nasheed and four other people."),
        Some((Outcome::Injured, 5))
    );
    // A couple named by "the" and a kin word is no count of others.
    assert!(fig("The storm killed the farmer and his wife.").is_empty());
}

#[test]
fn a_count_and_one_person_more() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("Five soldiers and a civilian were killed in the attack."),
        Some((Outcome::Killed, 6))
    );
    assert_eq!(
        first("At least seven prisoners and a police officer were killed."),
        Some((Outcome::Killed, 8))
    );
    // A part of the people counted, after "including", is no one more.
    assert_eq!(
        first("About 29 worshippers including children and a pregnant woman perished."),
        Some((Outcome::Killed, 29))
    );
}

#[test]
fn a_count_and_their_one_person_more() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The eruption killed four German climbers and their Filipino guide on Tuesday."),
        Some((Outcome::Killed, 5))
    );
    assert_eq!(
        first("Among the dead were three Germans and their Filipino guide, the governor said."),
        Some((Outcome::Killed, 4))
    );
    assert_eq!(
        first("Five soldiers and their driver were killed."),
        Some((Outcome::Killed, 6))
    );
}

#[test]
fn a_part_of_whom_died_is_a_count_of_its_own_outcome() {
    let found = fig("Hospitals received 428 poisoned people, 19 of whom had died.");
    assert!(
        found.iter().any(|f| f.0 == Outcome::Killed && f.1 == 19),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.0 == Outcome::Injured && f.1 == 428),
        "{found:?}"
    );
    let found = fig("The bus carried 40 people, 12 of which died.");
    assert_eq!(
        found.first().map(|f| (f.0, f.1)),
        Some((Outcome::Killed, 12))
    );
}

#[test]
fn one_person_listed_before_the_last_count() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("The pilot, co-pilot and 16 passengers lost their lives."),
        Some((Outcome::Killed, 18))
    );
    assert_eq!(
        first("The driver and 12 passengers were killed."),
        Some((Outcome::Killed, 13))
    );
    // An outcome word, or a clause joined by "and", lists no one.
    assert_eq!(
        first("The gunman was among the dead and six people were hospitalised."),
        Some((Outcome::Injured, 6))
    );
}

#[test]
fn a_list_of_peoples_counted_item_by_item() {
    let first = |s: &str| fig(s).first().map(|f| (f.0, f.1));
    assert_eq!(
        first("Four Kenyans, a Briton and two Americans were killed."),
        Some((Outcome::Killed, 7))
    );
    assert_eq!(
        first("Madobe said three Kenyans, a Briton, two Americans and three Tanzanians were among those killed."),
        Some((Outcome::Killed, 9))
    );
    assert_eq!(
        first("One British and three Tanzanians were killed."),
        Some((Outcome::Killed, 4))
    );
    // A serial comma before the last item, when the item before it follows a comma too.
    assert_eq!(
        first("He said three Kenyans, two Americans, three Tanzanians, and one Canadian were among those killed."),
        Some((Outcome::Killed, 9))
    );
    let found = fig("The attack killed 5 people, injured 7 others, and 3 remain missing.");
    assert!(
        found.iter().any(|f| f.0 == Outcome::Missing && f.1 == 3),
        "{found:?}"
    );
}

#[test]
fn people_stabbed_are_hurt_and_an_arrest_of_a_count_detains_them() {
    assert_eq!(
        fig("Four young children and two adults have been viciously stabbed in a park.")[0],
        (Outcome::Injured, 6, "young children and adults".into())
    );
    assert_eq!(
        fig("Police announced Tuesday the arrest of 13 people who stormed the studio.")[0].1,
        13
    );
    assert!(fig("He was stabbed to death on Friday.")
        .iter()
        .all(|f| f.0 != Outcome::Injured || f.1 != 1));
}

#[test]
fn a_sum_of_money_for_the_victims_counts_no_one() {
    for s in [
        "The government has announced Rs 10 lakh compensation for the families of the deceased.",
        "Railways announced about $11,500 for the families of the deceased.",
        "His office would offer 50,000 rupees to the injured.",
        "The state declared an ex-gratia amount of 4 lakh for the families of the deceased.",
    ] {
        assert!(fig(s).is_empty(), "{s}: {:?}", fig(s));
    }
    assert_eq!(fig("At least 10,000 people were injured.")[0].1, 10_000);
}

#[test]
fn a_name_with_a_particle_is_one_person() {
    assert_eq!(
        fig("Hisham al-Hashimi, 47, was gunned down on Monday night outside his home.")[0].1,
        1
    );
    assert_eq!(fig("Forty-three died in the crash.")[0].1, 43);
}
