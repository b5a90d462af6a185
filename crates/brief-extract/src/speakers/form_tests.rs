//! Tests of the attribution forms added for speakers the first rules missed: each on a
//! sentence written for it.

use super::*;
use crate::test_support::article;

/// The speaker of the first attribution, with no other sentence to learn names from.
fn speaker(s: &str) -> Option<String> {
    find_attribution_in(s, false, &PeopleDirectory::default()).map(|a| a.speaker)
}

/// The speaker of the first attribution of `s` in an article of `paras`.
fn speaker_in(paras: &[&str], s: &str) -> Option<String> {
    let people = PeopleDirectory::build(&[article("a", "A", paras)]);
    find_attribution_in(s, false, &people).map(|a| a.speaker)
}

#[test]
fn a_middle_initial_stays_inside_the_name() {
    assert_eq!(
        speaker("Mayor Paul D. Hensley said the bridge would reopen."),
        Some("Mayor Paul D. Hensley".into())
    );
    assert_eq!(
        person_names("Ingrid K. Olsen left early"),
        ["Ingrid K. Olsen"]
    );
}

#[test]
fn a_month_after_a_given_name_is_a_surname() {
    assert_eq!(
        speaker("Harbour Minister Anna May said the port would close."),
        Some("Harbour Minister Anna May".into())
    );
}

#[test]
fn an_age_between_commas_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker("\"We lost everything,\" Marta Kowalczyk, 54, said."),
        Some("Marta Kowalczyk".into())
    );
}

#[test]
fn a_subordinating_word_does_not_open_the_subject() {
    assert_eq!(
        speaker("After Governor Ines Dahl said the dam was safe, the crowd left."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn said_after_a_comma_takes_the_speaker_after_it() {
    assert_eq!(
        speaker("The ferry will run again next week, said Ingrid Olsen."),
        Some("Ingrid Olsen".into())
    );
    // A day after the verb says when, not who.
    assert_eq!(speaker("The ferry will run again, said Tuesday."), None);
}

#[test]
fn someone_of_a_named_person_or_body_speaks() {
    assert_eq!(
        speaker("The bridge is closed; Olsen's team says it will reopen."),
        Some("Olsen's team".into())
    );
    assert_eq!(
        speaker("The Olsen campaign said the vote was fair."),
        Some("Olsen campaign".into())
    );
    // Her supporters are not her voice.
    assert_eq!(
        speaker("The Olsen supporters said the vote was fair."),
        None
    );
}

#[test]
fn a_body_named_by_its_name_speaks() {
    assert_eq!(
        speaker("The plan favours the rich, the Harbour Policy Foundation said."),
        Some("Harbour Policy Foundation".into())
    );
}

#[test]
fn two_speakers_joined_by_and_speak_together() {
    assert_eq!(
        speaker("But Mr. Berg and Mr. Dahl say other changes are needed."),
        Some("Mr. Berg and Mr. Dahl".into())
    );
}

#[test]
fn a_name_with_an_indefinite_description_speaks() {
    assert_eq!(
        speaker("Kowalczyk, a harbour engineer, said the pier was unsafe."),
        Some("Kowalczyk, a harbour engineer".into())
    );
}

#[test]
fn an_indefinite_noun_of_a_named_party_speaks_but_not_of_a_nationality() {
    assert_eq!(
        speaker("A Tory source said the talks had failed."),
        Some("A Tory source".into())
    );
    assert_eq!(
        speaker("After the storm, one Labour official said the talks had failed."),
        Some("one Labour official".into())
    );
    assert_eq!(speaker("A British tourist said the beach was empty."), None);
}

#[test]
fn a_name_after_the_opening_the_is_not_the_sentence_opener() {
    assert_eq!(
        speaker("The Tory nominee argued that the law was clear."),
        Some("Tory nominee".into())
    );
}

#[test]
fn a_clause_running_on_into_a_participle_is_its_subjects_statement() {
    assert_eq!(
        speaker("The Harbour Authority is reviewing the plan, arguing that the pier is unsafe."),
        Some("Harbour Authority".into())
    );
    // The first participle after a comma, not one inside a noun phrase before it.
    assert_eq!(
        speaker("The mayor rejected the calling of elections, promising a vote next year."),
        Some("mayor".into())
    );
}

#[test]
fn a_surname_shared_by_two_people_still_speaks() {
    let paras = [
        "Anna Berg, the harbour master, spoke first.",
        "Tomas Berg, her brother, spoke later.",
    ];
    assert_eq!(
        speaker_in(&paras, "Berg said the pier was unsafe."),
        Some("Berg".into())
    );
}

#[test]
fn a_word_opening_a_sentence_before_its_verb_is_a_name_unless_written_in_lowercase() {
    let paras = [
        "Kowalczyk said the pier was unsafe.",
        "Rescuers said the pier would close.",
        "The rescuers met on Monday.",
    ];
    assert_eq!(
        speaker_in(&paras, "Kowalczyk said the pier was unsafe."),
        Some("Kowalczyk".into())
    );
    assert_eq!(
        speaker_in(&paras, "Rescuers said the pier would close."),
        None
    );
}

#[test]
fn a_capitalised_verb_ending_a_known_name_is_no_verb() {
    assert_eq!(
        speaker("Trade with the United States rose sharply last year."),
        None
    );
}

#[test]
fn a_second_verb_after_and_with_auxiliaries_has_the_first_verbs_subject() {
    assert_eq!(
        speaker("Mayor Ines Dahl has closed the pier, and has also called for an inquiry."),
        Some("Mayor Ines Dahl".into())
    );
}

#[test]
fn a_statement_inside_a_relative_clause_is_still_reported() {
    assert_eq!(
        speaker("The pier, which Mayor Ines Dahl says is unsafe, was closed."),
        Some("Mayor Ines Dahl".into())
    );
    // "call" there names a thing: no statement.
    assert_eq!(
        speaker("The town, which the harbour master calls Old Port, flooded."),
        None
    );
}

#[test]
fn an_upcoming_event_in_an_appositive_is_no_verb() {
    assert_eq!(
        speaker("Ines Dahl, a candidate in the upcoming election, said the pier was unsafe."),
        Some("Ines Dahl, a candidate in the upcoming election".into())
    );
}

#[test]
fn a_name_after_an_opening_phrase_without_a_comma_speaks() {
    assert_eq!(
        speaker("In a radio interview Kowalczyk said the pier was unsafe."),
        Some("Kowalczyk".into())
    );
    // A run of capitals after a capitalised word is not taken apart.
    assert_eq!(
        speaker("In a meeting with the Harbour Board Kowalczyk said it was unsafe."),
        None
    );
}

#[test]
fn an_opening_name_may_have_adverbs_before_its_verb() {
    let paras = ["Kowalczyk also said the pier was unsafe."];
    assert_eq!(
        speaker_in(&paras, "Kowalczyk also said the pier was unsafe."),
        Some("Kowalczyk".into())
    );
}

#[test]
fn an_opening_phrase_with_no_name_before_the_verb_finds_nothing() {
    assert_eq!(speaker("In the end said nothing."), None);
    assert_eq!(speaker("In Oslo officials said."), None);
}

#[test]
fn a_passive_reporting_verb_has_no_speaker_before_it() {
    assert_eq!(
        speaker("The new pier in Bergen should be recognized as a landmark."),
        None
    );
    assert_eq!(
        speaker("Mayor Ines Dahl spoke about the storm in Bergen, arguing that the pier must be recognized as unsafe."),
        Some("Mayor Ines Dahl".into())
    );
}

#[test]
fn a_participle_after_a_quotation_belongs_to_the_quotes_speaker() {
    assert_eq!(
        speaker("\"It was a long night,\" Kowalczyk recalled, suggesting the pier had failed."),
        Some("Kowalczyk".into())
    );
}

#[test]
fn a_participle_after_an_opening_clause_belongs_to_the_last_parts_subject() {
    assert_eq!(
        speaker("Pressed by reporters, Mayor Ines Dahl revised her plan, promising a new pier."),
        Some("Mayor Ines Dahl".into())
    );
}

#[test]
fn a_semicolon_parts_the_subject_from_what_comes_before() {
    let a = find_attribution_in(
        "She toured the port in Bergen, Norway; she called the pier unsafe.",
        false,
        &PeopleDirectory::default(),
    )
    .expect("an attribution");
    assert_eq!((a.speaker.as_str(), a.pronoun), ("she", true));
}

#[test]
fn a_second_verb_belongs_to_the_name_before_its_appositive() {
    assert_eq!(
        speaker("Norway, a small country that had long looked to Sweden as its ally, has sought support for the talks and expressed frustration at the delay."),
        Some("Norway".into())
    );
}

#[test]
fn a_name_given_by_someone_is_no_statement() {
    assert_eq!(
        speaker("Shelling was heard in Bergen, the capital of the region, called Bjorgvin by Norway, on Tuesday."),
        None
    );
}

#[test]
fn the_agent_of_a_passive_reporting_verb_speaks() {
    assert_eq!(
        speaker("The ban has been condemned by the United Nations."),
        Some("United Nations".into())
    );
    assert_eq!(speaker("The figure was reported on Monday."), None);
}

#[test]
fn adding_a_thing_is_no_statement() {
    assert_eq!(
        speaker("To the official count, the Region has added another person."),
        None
    );
    assert_eq!(
        speaker("The search would resume, the governor added."),
        Some("governor".into())
    );
}

#[test]
fn a_framing_this_is_as_opens_no_subject() {
    assert_eq!(
        speaker("This is as the United Nations Secretary General Antonio Guterres firmly condemned the coup."),
        Some("United Nations Secretary General Antonio Guterres".into())
    );
    assert_eq!(
        speaker("It came after Governor Ines Dahl said the dam was safe."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn the_statement_added_refers_back() {
    let a = find_attribution_in(
        "“Peace depends on it,” the statement added.",
        false,
        &PeopleDirectory::default(),
    )
    .expect("an attribution");
    assert!(a.pronoun);
    assert!(refers_to_last_speaker(&a.speaker));
}

#[test]
fn an_acronym_is_no_clause_word() {
    assert_eq!(
        speaker("WHO Director-General Tedros Adhanom Ghebreyesus said experts were on their way."),
        Some("WHO Director-General Tedros Adhanom Ghebreyesus".into())
    );
    assert_eq!(
        speaker("The WHO said it was sending experts."),
        Some("WHO".into())
    );
    assert_eq!(
        affiliation_of("WHO Director-General Tedros Adhanom Ghebreyesus").as_deref(),
        Some("World Health Organization")
    );
}

#[test]
fn a_relative_clause_is_no_speaker() {
    assert_eq!(
        speaker("Holiday firm Tui, which runs the Thomson and First Choice brands, said its customers died."),
        None
    );
    assert_eq!(
        speaker("The bridge, which the Mayor Ines Dahl says is unsafe, was closed."),
        Some("Mayor Ines Dahl".into())
    );
}

#[test]
fn termed_underscored_and_sympathised_report() {
    assert_eq!(
        speaker("The U.S. termed the bombings cowardly."),
        Some("U.S".into())
    );
    assert_eq!(
        speaker("UNHCR underscored that the approach had failed."),
        Some("UNHCR".into())
    );
}

#[test]
fn a_verb_carried_on_by_went_on_to_reports() {
    assert_eq!(
        speaker("The UN chief went on to commend the rescuers."),
        Some("UN chief".into())
    );
    assert_eq!(speaker("The storm went on to batter the coast."), None);
    assert_eq!(speaker("Rescuers continued to search the rubble."), None);
    assert_eq!(
        speaker("Qatar was quick to condemn the military coup attempt."),
        Some("Qatar".into())
    );
    assert_eq!(
        speaker("Jean Claude Juncker was among the first to send his condolences."),
        Some("Jean Claude Juncker".into())
    );
    assert_eq!(speaker("The army was quick to secure the area."), None);
    assert_eq!(
        speaker("Pope Francis sent a telegram expressing his condolences."),
        Some("Pope Francis".into())
    );
}

#[test]
fn a_closing_verb_after_a_quotation_and_a_title_reports() {
    assert_eq!(
        speaker("“We stand ready to help,” the Secretary-General concluded."),
        Some("Secretary-General".into())
    );
    assert_eq!(speaker("The Secretary-General concluded his visit."), None);
}

#[test]
fn praying_for_the_victims_is_a_statement() {
    assert_eq!(
        speaker("In a tweet, Pope Francis prayed for the victims."),
        Some("Pope Francis".into())
    );
}

#[test]
fn no_group_claiming_is_no_speaker() {
    assert_eq!(speaker("No group has claimed responsibility so far."), None);
}

#[test]
fn the_last_two_words_of_a_name_are_that_person_even_when_written_alone() {
    let people = PeopleDirectory::build(&[article(
        "a",
        "A",
        &[
            "President Andres Manuel Lopez Obrador visited the site on Saturday.",
            "Lopez Obrador said he would visit the town.",
            "Both Lopez Obrador and the governor urged calm.",
        ],
    )]);
    let found = people.find("Lopez Obrador").expect("a person");
    assert_eq!(found.name, "Andres Manuel Lopez Obrador");
    assert_eq!(found.role.as_deref(), Some("President"));
}

#[test]
fn a_subject_after_after_or_when_says_nothing_now() {
    assert_eq!(
        speaker("Russia is losing influence after President Vladimir Putin instructed the army to invade."),
        None
    );
    assert_eq!(
        speaker(
            "Aid groups paused work in December, when the Taliban instructed all NGOs to stop."
        ),
        None
    );
    assert_eq!(
        speaker("President Vladimir Putin instructed officials to open an inquiry."),
        Some("President Vladimir Putin".into())
    );
}

#[test]
fn a_verb_in_scare_quotes_still_reports() {
    assert_eq!(
        speaker("The UN chief Ana Ruiz \"strongly condemned\" the attack on the school."),
        Some("UN chief Ana Ruiz".into())
    );
    assert_eq!(
        speaker("Attacks on schools are \"abhorrent\", continued Ms. Ruiz, urging calm."),
        Some("Ms. Ruiz".into())
    );
    // An adverb quoted before the verb, and the predicate quoted from its verb on.
    assert_eq!(
        speaker("French President Ana Ruiz \"strongly\" condemned the killing."),
        Some("French President Ana Ruiz".into())
    );
    assert_eq!(
        speaker("Commission President Ana Ruiz \"strongly condemned the despicable attack\" on the mayor."),
        Some("Commission President Ana Ruiz".into())
    );
    assert_eq!(
        speaker("Members of the Council \"expressed their deep sympathy to the families,\" and \"reaffirmed that terrorism is a threat.\""),
        Some("Members of the Council".into())
    );
    // A quotation closed by a comma and its speaker is still a quotation.
    assert_eq!(
        speaker("The chairperson \"condemns in the strongest terms the massacre,\" said a statement from the Union."),
        Some("a statement from the Union".into())
    );
    // An adjective quoted before "alleged" is no adverb of a verb of saying.
    assert_eq!(
        speaker("The mayor condemned the \"intolerable\" alleged attack on civilians."),
        Some("mayor".into())
    );
}

#[test]
fn when_it_was_said_stands_between_speaker_and_verb() {
    assert_eq!(
        speaker("Prime Minister Lena Holm this morning expressed deep concern."),
        Some("Prime Minister Lena Holm".into())
    );
    assert_eq!(
        speaker("UN rights chief Ana Ruiz on 23 June 2022 urged the authorities to investigate."),
        Some("UN rights chief Ana Ruiz".into())
    );
    assert_eq!(
        speaker("The envoy Ana Ruiz on Wednesday, June 26, faulted the police."),
        Some("envoy Ana Ruiz".into())
    );
    assert_eq!(
        speaker("Mayor Ruiz on the other hand called on protesters to stay calm."),
        Some("Mayor Ruiz".into())
    );
}

#[test]
fn a_national_body_and_its_short_form_in_brackets_speak() {
    assert_eq!(
        speaker("The quake struck at dawn, the United States Geological Survey (USGS) said."),
        Some("United States Geological Survey".into())
    );
}

#[test]
fn no_one_speaks_after_an_opening_phrase_either() {
    assert_eq!(
        speaker("To date, no group has claimed responsibility for the attack."),
        None
    );
}

#[test]
fn an_adverb_before_the_verb_and_indicated_keep_the_speaker() {
    assert_eq!(
        speaker("Envoy Mahamat Annadif officially condemned the attack on the village."),
        Some("Envoy Mahamat Annadif".into())
    );
    assert_eq!(
        speaker("Mahamat Saleh Annadif indicated that the mission stands ready to help."),
        Some("Mahamat Saleh Annadif".into())
    );
}

#[test]
fn a_dateline_opening_the_sentence_is_not_the_speaker() {
    assert_eq!(
        speaker(
            "UNITED NATIONS, (APP - Nov 9, 2024) UN chief Antonio Guterres condemned the attack."
        ),
        Some("UN chief Antonio Guterres".into())
    );
}

#[test]
fn a_country_s_unnamed_source_speaks_and_a_tourist_from_it_does_not() {
    assert_eq!(
        speaker("A Saudi source told Reuters that Riyadh had warned the authorities."),
        Some("A Saudi source".into())
    );
    assert_eq!(
        speaker("A British tourist said the beach was full of people."),
        None
    );
}

#[test]
fn a_statement_given_after_stating_is_the_subject_s() {
    assert_eq!(
        speaker(
            "Prime Minister Modi took to social media, stating, \"Deeply saddened by the loss.\""
        ),
        Some("Prime Minister Modi".into())
    );
}

#[test]
fn a_statement_after_its_verb_refers_back_as_before_it() {
    assert_eq!(
        speaker("\"The union has always been clear,\" said the statement."),
        Some("statement".into())
    );
}

#[test]
fn a_body_named_after_an_opening_phrase_without_a_comma_speaks() {
    assert_eq!(
        speaker("In a statement issued on Tuesday the European Union deplored the loss of lives."),
        Some("European Union".into())
    );
}

#[test]
fn one_initial_may_open_a_name_but_an_article_may_not() {
    assert_eq!(
        person_names("External Affairs Minister S Jaishankar condoled"),
        ["S Jaishankar"]
    );
    assert_eq!(
        person_names("External Affairs Minister S. Jaishankar condoled"),
        ["S. Jaishankar"]
    );
    assert!(person_names("A Reuters reporter saw it").is_empty());
}

#[test]
fn a_second_verb_joined_by_and_has_the_first_verb_s_subject_not_its_object() {
    assert_eq!(
        speaker("He called Prime Minister Ana Ruiz and condoled the loss of lives."),
        Some("he".into())
    );
    assert_eq!(
        speaker(
            "President Lena Holm called Prime Minister Ana Ruiz and condoled the loss of lives."
        ),
        Some("President Lena Holm".into())
    );
}

#[test]
fn a_feeling_after_be_is_its_subject_s_statement_unless_told_of_a_pronoun() {
    assert_eq!(
        speaker("UN Secretary-General Ana Ruiz is shocked by the murder of the mayor."),
        Some("UN Secretary-General Ana Ruiz".into())
    );
    assert_eq!(
        speaker("The Secretary-General is deeply saddened by the loss of life."),
        Some("Secretary-General".into())
    );
    // "is shocked by" is no passive whose agent speaks.
    assert_eq!(
        speaker("The envoy was appalled by the scenes at the market."),
        Some("envoy".into())
    );
    assert_eq!(
        speaker("According to Ana Ruiz, he was deeply saddened by the reports."),
        Some("Ana Ruiz".into())
    );
}

#[test]
fn aid_sent_by_a_country_is_its_statement() {
    assert_eq!(
        speaker("Australia and New Zealand have flown emergency aid supplies to the islands."),
        Some("Australia and New Zealand".into())
    );
    assert_eq!(
        speaker("Japan dispatched 70 rescuers to the quake zone."),
        Some("Japan".into())
    );
    // Sending alone, with no aid after it, is no statement.
    assert_eq!(speaker("Japan sent its ambassador home."), None);
}

#[test]
fn a_quotation_closed_by_its_speaker_in_brackets() {
    let speaker = |p: &str| bracketed_speaker(p).map(|a| a.speaker);
    assert_eq!(
        speaker(
            "– “We convey all our solidarity to the people.” (Cuban President Ana Ruiz on Twitter)"
        ),
        Some("Cuban President Ana Ruiz".into())
    );
    assert_eq!(
        speaker("– “All my solidarity with the people.” (President of Peru, Ana Ruiz, on Twitter)"),
        Some("President of Peru, Ana Ruiz".into())
    );
    // A bracket that is not a speaker, or not right after the quotation, names no one.
    assert_eq!(speaker("“We will rebuild.” (Photo: AFP)"), None);
    assert_eq!(
        speaker("The mayor said “we will rebuild” on Monday (local time)."),
        None
    );
}

#[test]
fn a_verb_denied_right_before_it_says_nothing() {
    assert_eq!(
        speaker("Iran hasn't acknowledged taking the shipment of fuel."),
        None
    );
    assert_eq!(
        speaker("The ministry did not comment on the reports."),
        None
    );
    assert_eq!(
        speaker("The ministry said it did not know the cause."),
        Some("ministry".into())
    );
}
