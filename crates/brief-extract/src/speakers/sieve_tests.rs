//! Each attribution sieve names itself on a sentence of its own form.

use super::{find_attributions, PeopleDirectory, Sieve};

fn sieves(s: &str) -> Vec<(String, Sieve)> {
    find_attributions(s, false, &PeopleDirectory::default())
        .into_iter()
        .map(|a| (a.speaker, a.sieve))
        .collect()
}

fn one(s: &str) -> Sieve {
    match sieves(s).as_slice() {
        [(_, sieve)] => *sieve,
        other => panic!("{s}: expected one attribution, found {other:?}"),
    }
}

#[test]
fn the_agent_of_a_passive_verb_is_found_by_the_passive_sieve() {
    assert_eq!(
        one("The attack has been condemned by the United Nations."),
        Sieve::PassiveAgent
    );
}

#[test]
fn a_speaker_after_a_quotation_is_found_by_the_inverted_sieve() {
    assert_eq!(
        one("\u{201c}We are shocked,\u{201d} said Foreign Minister Anna Berg."),
        Sieve::Inverted
    );
}

#[test]
fn a_subject_before_its_verb_is_found_by_the_subject_sieve() {
    assert_eq!(
        one("Foreign Minister Anna Berg said the attack was a crime."),
        Sieve::SubjectBefore
    );
    assert_eq!(
        one("The White House is warning that the talks may fail."),
        Sieve::SubjectBefore
    );
}

#[test]
fn a_speaker_after_a_comma_is_found_by_the_comma_sieve() {
    assert_eq!(
        one("If nothing changes, the losses would outstrip the gains, said Batchelder."),
        Sieve::AfterComma
    );
}

#[test]
fn a_clause_running_into_saying_is_found_by_the_participle_sieve() {
    assert_eq!(
        one("Germany closed its embassy, saying the city was unsafe."),
        Sieve::Participle
    );
}

#[test]
fn with_a_body_saying_is_found_by_the_with_sieve() {
    assert_eq!(
        one("Talks collapsed on Monday, with the European Union saying the offer came too late."),
        Sieve::WithParticiple
    );
}

#[test]
fn according_to_is_its_own_sieve() {
    assert_eq!(
        one("Ten people died, according to the interior ministry."),
        Sieve::AccordingTo
    );
}

#[test]
fn a_speaker_set_before_a_colon_and_a_quotation_is_labelled() {
    assert_eq!(
        one("Russian President Vladimir Putin: \u{201c}Moscow resolutely condemns terrorism.\u{201d}"),
        Sieve::Labelled
    );
    assert!(sieves("The message was clear: \u{201c}We will not be cowed.\u{201d}").is_empty());
}

#[test]
fn every_sieve_has_its_own_name_and_a_label() {
    let mut names: Vec<&str> = Sieve::ALL.iter().map(|s| s.name()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), Sieve::ALL.len());
    assert!(Sieve::ALL.iter().all(|s| !s.label().is_empty()));
}

#[test]
fn two_speakers_with_a_word_before_their_participle_are_found_by_the_with_sieve() {
    assert_eq!(
        sieves("The attack drew condemnation, with US President Donald Trump and Russian President Vladimir Putin both denouncing it."),
        [(
            "US President Donald Trump and Russian President Vladimir Putin".to_string(),
            Sieve::WithParticiple
        )]
    );
}

#[test]
fn a_name_of_two_letters_opens_a_sentence_when_the_sources_write_it_in_full() {
    let article = crate::test_support::article(
        "a",
        "Quake",
        &[
            "Chinese President Xi Jinping sent a message.",
            "Xi said China stands ready to help.",
        ],
    );
    let people = PeopleDirectory::build(std::slice::from_ref(&article));
    let found = find_attributions("Xi said China stands ready to help.", false, &people);
    assert_eq!(found.first().map(|a| a.speaker.as_str()), Some("Xi"));
    assert!(find_attributions("We said nothing.", false, &people).is_empty());
}

#[test]
fn where_an_inverted_statement_was_made_is_no_part_of_its_speaker() {
    assert_eq!(
        sieves("\u{201c}India stands with Nepal,\u{201d} said Modi in his letter."),
        [("Modi".to_string(), Sieve::Inverted)]
    );
}

#[test]
fn an_ing_word_naming_what_a_body_does_is_part_of_its_name() {
    assert_eq!(
        sieves("The tsunami warning centre said waves were observed."),
        [("tsunami warning centre".to_string(), Sieve::SubjectBefore)]
    );
}

#[test]
fn a_speaker_quoted_as_saying_is_the_subject_before_the_verb() {
    assert_eq!(
        sieves("Seven nationals were inside, the ambassador, Anna Berg, was quoted as saying."),
        [("ambassador, Anna Berg".to_string(), Sieve::SubjectBefore)]
    );
}

#[test]
fn two_conjunctions_and_a_participle_phrase_before_joined_subjects_are_read_past() {
    assert_eq!(
        sieves("But then the US and Canada, citing intelligence, said the missile was Iranian."),
        [("US and Canada".to_string(), Sieve::SubjectBefore)]
    );
    assert_eq!(
        sieves("The prime minister has reassured Spain that help is ready."),
        [("prime minister".to_string(), Sieve::SubjectBefore)]
    );
}

#[test]
fn speakers_among_those_expressing_and_sending_condolences_are_the_subject() {
    assert_eq!(
        sieves("Kenyan President Ali Omondi and the EU were among those expressing condolences."),
        [(
            "Kenyan President Ali Omondi and the EU".to_string(),
            Sieve::SubjectBefore
        )]
    );
    assert!(sieves("Two children were among those sleeping in the house.").is_empty());
    assert_eq!(
        sieves("President Ali Omondi was among world leaders who offered their condolences."),
        [("President Ali Omondi".to_string(), Sieve::SubjectBefore)]
    );
    assert!(sieves("Two boys were among the pupils who ran away.").is_empty());
    assert_eq!(
        sieves("The Kenyan president and the Pope send condolences to the families."),
        [(
            "Kenyan president and the Pope".to_string(),
            Sieve::SubjectBefore
        )]
    );
}

#[test]
fn a_setting_between_an_inverted_verb_and_its_speaker_is_read_past() {
    assert_eq!(
        sieves("\u{201c}The United States deplores the attack,\u{201d} said on Twitter Matthew Miller."),
        [("Matthew Miller".to_string(), Sieve::Inverted)]
    );
}

#[test]
fn a_statement_quoted_as_issued_is_its_body_s() {
    let people = PeopleDirectory::default();
    let found = super::quoted_statement(
        "\u{201c}The State of Qatar expresses its strong condemnation of the shooting.",
        &people,
    )
    .map(|a| (a.speaker, a.sieve));
    assert_eq!(
        found,
        Some(("State of Qatar".to_string(), Sieve::QuotedStatement))
    );
    // Told in the past, it is someone's account of what the body said.
    let told = "\u{201c}The government said it would help us, but nothing came.";
    assert!(super::quoted_statement(told, &people).is_none());
    // A person's words are no statement issued by a body.
    let person = "\u{201c}President Ana Ruiz condemns the attack.";
    assert!(super::quoted_statement(person, &people).is_none());
}

#[test]
fn speakers_a_statement_noun_came_from_are_found_by_the_noun_from_sieve() {
    let found = sieves(
        "Condemnations came from US President Donald Trump, UN chief Antonio Guterres, as well as from Turkey.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "US President Donald Trump",
            "UN chief Antonio Guterres",
            "Turkey"
        ]
    );
    assert!(found.iter().all(|(_, sieve)| *sieve == Sieve::NounFrom));
    // Help is no statement.
    assert!(sieves("Help came from neighbours and the Red Cross.").is_empty());
}

#[test]
fn a_full_name_before_a_statement_in_the_first_person_is_labelled() {
    assert_eq!(
        one("Jean-Claude Juncker: An attack on any of our member states is an attack on us all"),
        Sieve::Labelled
    );
    // A place before a colon, or a name before a report, is no speaker.
    assert!(sieves("Kabul: Taliban fighters killed 12 of our soldiers").is_empty());
    assert!(sieves("John Smith: The fire spread through the building").is_empty());
}

#[test]
fn a_speaker_described_before_the_name_is_found_by_the_subject_sieve() {
    assert_eq!(
        one("A visibly-shaken Mr Rudd described the perpetrators as cowards and murderers."),
        Sieve::SubjectBefore
    );
    assert_eq!(
        one("A tearful Kevin Rudd said the attackers were cowards."),
        Sieve::SubjectBefore
    );
    // A description alone names no one.
    assert!(sieves("A shaken resident said the blast woke the street.").is_empty());
}

#[test]
fn speakers_named_after_a_statement_noun_inside_a_sentence_are_found_by_the_noun_sieve() {
    let found = sieves(
        "Messages of sympathy, as well as offers of help from Russia and Saudi Arabia, have come from around the world.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(speakers, ["Russia", "Saudi Arabia"]);
    assert!(found.iter().all(|(_, sieve)| *sieve == Sieve::NounFrom));
    // Help a laboratory had, and calls taken, are no statements.
    assert!(
        sieves("Samples were sent to Dakar with support from the World Health Organization.")
            .is_empty()
    );
    assert!(sieves("The army was not taking calls from the US defense department.").is_empty());
}

#[test]
fn a_page_or_an_inquiry_is_no_speaker_its_owner_is() {
    assert!(sieves("He lives in Manila, according to his Facebook page.").is_empty());
    assert!(sieves("Initial police investigation revealed that 11 men were armed.").is_empty());
    assert_eq!(
        one("The US Geological Survey said the quake measured 6.1."),
        Sieve::SubjectBefore
    );
}
