//! Tests of finding speakers, names, roles and affiliations.

use super::*;

fn attr(s: &str) -> Option<(String, bool)> {
    find_attribution_in(s, false, &PeopleDirectory::default()).map(|a| (a.speaker, a.pronoun))
}

#[test]
fn subject_before_said() {
    assert_eq!(
        attr("Japan's foreign ministry said the ship had left port.")
            .unwrap()
            .0,
        "Japan's foreign ministry"
    );
}

#[test]
fn speaker_after_a_quote() {
    let s = "“We are alarmed by the flooding,” said the spokesperson for the Peruvian Interior Ministry, Ana Ruiz, in a statement.";
    assert_eq!(
        attr(s).unwrap().0,
        "spokesperson for the Peruvian Interior Ministry, Ana Ruiz"
    );
}

#[test]
fn trailing_attribution_after_a_clause() {
    let s = "Chile is in touch with both parties and has urged talks, government spokesman Luis Vera said on Monday, adding that more aid would come.";
    let speakers: Vec<String> = find_attributions(s, false, &PeopleDirectory::default())
        .into_iter()
        .map(|a| a.speaker)
        .collect();
    // "Chile … has urged talks" is a statement of its own, before the spokesman's.
    assert_eq!(speakers, ["Chile", "government spokesman Luis Vera"]);
}

#[test]
fn relative_clause_is_dropped_from_subject() {
    let s = "Kenya, which has sent 300 police officers to the island, called for calm.";
    assert_eq!(attr(s).unwrap().0, "Kenya");
}

#[test]
fn introductory_phrase_is_dropped() {
    let s = "In a statement on Monday, UN relief chief, Maria Lind, urged donors to act.";
    assert_eq!(attr(s).unwrap().0, "UN relief chief, Maria Lind");
}

#[test]
fn pronoun_speaker_is_flagged() {
    assert_eq!(attr("“We need tents,” he said."), Some(("he".into(), true)));
}

#[test]
fn according_to_names_the_source() {
    let s = "According to the regional governor, Ali Veli, 40 homes collapsed.";
    assert_eq!(attr(s).unwrap().0, "regional governor, Ali Veli");
}

#[test]
fn anonymous_plurals_are_not_speakers() {
    assert_eq!(
        attr("Analysts said the storm was the worst in years."),
        None
    );
}

#[test]
fn a_headline_clause_is_not_a_speaker() {
    // Regression: a standfirst's whole clause was taken as the subject of "pledges".
    let s = "Lima condemns the 'reckless' dam release as Quito pledges to pay for the damage.";
    assert_ne!(
        attr(s).map(|a| a.0).as_deref(),
        Some("Lima condemns the 'reckless' dam release as Quito")
    );
}

#[test]
fn an_indefinite_noun_before_a_name_is_not_a_speaker() {
    // Regression: "…, an accusation Baku denies" made "an accusation Baku" a speaker.
    assert_eq!(
        attr("He hinted at a cover-up, an accusation Quito denies."),
        None
    );
}

#[test]
fn united_states_is_not_a_verb() {
    assert_eq!(
        attr("The United States said it was watching closely.")
            .unwrap()
            .0,
        "United States"
    );
}

#[test]
fn which_call_is_not_a_statement() {
    assert_eq!(
        attr("The town, which locals call Pueblo Viejo, flooded."),
        None
    );
}

#[test]
fn names_skip_titles_and_countries() {
    assert_eq!(
        person_names("German Foreign Minister Annalena Baerbock said"),
        ["Annalena Baerbock"]
    );
    assert_eq!(
        person_names("Kremlin spokesman Dmitry Peskov spoke"),
        ["Kremlin spokesman Dmitry Peskov"].map(|_| "Dmitry Peskov")
    );
}

#[test]
fn affiliation_from_possessive_demonym_and_body() {
    assert_eq!(
        affiliation_of("Peru's interior ministry").as_deref(),
        Some("Peru")
    );
    assert_eq!(
        affiliation_of("French President").as_deref(),
        Some("France")
    );
    assert_eq!(
        affiliation_of("European Council president").as_deref(),
        Some("European Union")
    );
    assert_eq!(
        affiliation_of(
            "director of the Asia Programme at the European Council on Foreign Relations"
        )
        .as_deref(),
        Some("European Council on Foreign Relations")
    );
    // One word between "the" and a title is a title too, not a place.
    assert_eq!(affiliation_of("His Highness the Amir Sheikh"), None);
    // A rank before a title is no place the person serves.
    assert_eq!(affiliation_of("Assistant Secretary of State"), None);
    // Nor a capital's name that ends a person's.
    assert_eq!(
        person_names("said Rosa Elba Ortiz Santiago, 43, who sat with her son"),
        ["Rosa Elba Ortiz Santiago"]
    );
    assert_eq!(affiliation_of("Rosa Elba Ortiz Santiago"), None);
}

#[test]
fn role_from_appositive() {
    let s =
        "Toivo Klaar, the EU's special representative for the South Caucasus, said it was tragic.";
    assert_eq!(
        role_near(s, "Toivo Klaar").as_deref(),
        Some("the EU's special representative for the South Caucasus")
    );
}

#[test]
fn the_second_of_two_titled_people_has_only_their_own_title() {
    let s = "Chinese President Xi Jinping and US President Joe Biden expressed condolences.";
    assert_eq!(role_near(s, "Joe Biden").as_deref(), Some("US President"));
    let s = "Singapore's President Halimah Yacob and Prime Minister Lee Hsien Loong wrote.";
    assert_eq!(
        role_near(s, "Lee Hsien Loong").as_deref(),
        Some("Singapore's Prime Minister")
    );
}

#[test]
fn a_name_after_a_preposition_is_not_given_the_titles_before_it() {
    let s = "The Foreign Minister drew the attention of António Guterres to the shelling.";
    assert_eq!(role_near(s, "António Guterres"), None);
}

#[test]
fn condolences_extended_or_sent_are_a_statement_but_troops_sent_are_not() {
    assert_eq!(
        attr("Russian President Vladimir Putin extended his condolences to the families.")
            .unwrap()
            .0,
        "Russian President Vladimir Putin"
    );
    assert_eq!(
        attr("Turkish President Recep Tayyip Erdogan sent his condolences.")
            .unwrap()
            .0,
        "Turkish President Recep Tayyip Erdogan"
    );
    assert!(attr("The army sent troops to the border town.").is_none());
}

#[test]
fn an_abbreviated_title_and_a_surname_speak() {
    assert_eq!(
        attr("Mr. Clarke said his fund had spent millions.")
            .unwrap()
            .0,
        "Mr. Clarke"
    );
}

#[test]
fn a_progressive_reporting_verb_attributes() {
    assert_eq!(
        attr("Senator Jane Smith is warning citizens to leave the region.")
            .unwrap()
            .0,
        "Senator Jane Smith"
    );
}

#[test]
fn an_official_of_a_place_s_own_government_is_of_that_place() {
    assert_eq!(
        affiliation_of("a banker who was a top official in Karabakh’s ethnic Armenian administration until February").as_deref(),
        Some("Karabakh")
    );
    assert_eq!(
        affiliation_of("Russia's foreign ministry").as_deref(),
        Some("Russia")
    );
}

#[test]
fn an_event_named_as_the_head_of_a_subject_does_not_speak() {
    let people = PeopleDirectory::default();
    assert!(find_attribution_in(
        "The insurgent attack in Maidan Wardak underlined the pressure the forces face.",
        false,
        &people
    )
    .is_none());
    assert!(
        find_attribution_in("The attack committee said it would meet.", false, &people).is_some()
    );
}
