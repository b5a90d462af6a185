//! Tests of the verb forms of `verb_forms` (and the lexicon rows beside them): each on a
//! sentence written for it.

use super::*;

/// The speaker of the first attribution, with no other sentence to learn names from.
fn speaker(s: &str) -> Option<String> {
    find_attribution_in(s, false, &PeopleDirectory::default()).map(|a| a.speaker)
}

#[test]
fn a_progressive_with_adverbs_between_reports() {
    assert_eq!(
        speaker("Mayor Paul Hensley is once again questioning the count."),
        Some("Mayor Paul Hensley".into())
    );
}

#[test]
fn a_progressive_of_any_listed_verb_reports() {
    assert_eq!(
        speaker("Governor Ines Dahl is confirming that the pier will close."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn a_base_form_after_a_plural_subject_reports() {
    assert_eq!(
        speaker("Mayor Hensley and Governor Dahl warn that the dam could fail."),
        Some("Mayor Hensley and Governor Dahl".into())
    );
}

#[test]
fn a_base_form_after_to_or_an_auxiliary_does_not_report() {
    assert_eq!(speaker("Mayor Paul Hensley will warn the council."), None);
    assert_eq!(
        speaker("Governor Ines Dahl plans to question the engineers."),
        None
    );
}

#[test]
fn a_base_form_before_a_title_is_a_noun() {
    assert_eq!(
        speaker("Hensley and Dahl state Sen. Ines Kowalczyk attended the vigil."),
        None
    );
}

#[test]
fn a_verb_before_a_colon_and_a_quotation_reports() {
    assert_eq!(
        speaker("Mayor Paul Hensley joked: “The bridge has outlived us all.”"),
        Some("Mayor Paul Hensley".into())
    );
    assert_eq!(
        speaker("Ingrid Olsen recalled, “We had nothing left.”"),
        Some("Ingrid Olsen".into())
    );
}

#[test]
fn a_colon_ending_the_sentence_opens_the_next_quotation() {
    assert_eq!(
        speaker("Governor Ines Dahl continued:"),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn a_name_after_a_subordinating_word_speaks() {
    assert_eq!(
        speaker("The crowd left shortly after Dahl said the dam was safe."),
        Some("Dahl".into())
    );
    assert_eq!(
        speaker("That is far from what Hensley says the plan would do."),
        Some("Hensley".into())
    );
}

#[test]
fn a_listed_phrase_of_saying_reports() {
    assert_eq!(
        speaker("Mayor Paul Hensley pointed out that the bridge is older than the town."),
        Some("Mayor Paul Hensley".into())
    );
    assert_eq!(
        speaker("Governor Ines Dahl spoke emotionally of the flood."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn an_adverb_between_subject_and_verb_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker("Mayor Paul Hensley has often cited the bridge as a priority."),
        Some("Mayor Paul Hensley".into())
    );
}

#[test]
fn a_present_form_of_a_listed_verb_reports() {
    assert_eq!(
        speaker("Governor Ines Dahl suggests that the dam be rebuilt."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn a_name_after_a_word_of_reason_recalls_the_background() {
    assert_eq!(
        speaker("The border stayed shut as Dahl alleged that smugglers used it."),
        None
    );
}

#[test]
fn added_before_a_quotation_opens_it() {
    assert_eq!(
        speaker("Mayor Paul Hensley added, “The pier will stay shut.”"),
        Some("Mayor Paul Hensley".into())
    );
}

#[test]
fn continues_to_carries_the_subject_on() {
    assert_eq!(
        speaker("Mayor Paul Hensley continues to insist that the pier is safe."),
        Some("Mayor Paul Hensley".into())
    );
}

#[test]
fn a_time_phrase_between_subject_and_verb_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker("Governor Ines Dahl this month announced that the dam would be rebuilt."),
        Some("Governor Ines Dahl".into())
    );
}

#[test]
fn a_present_form_before_that_or_at_the_end_reports() {
    assert_eq!(
        speaker("Mayor Paul Hensley reports that the pier will close."),
        Some("Mayor Paul Hensley".into())
    );
    assert_eq!(
        speaker("The pier will close in June, Mayor Paul Hensley reports."),
        Some("Mayor Paul Hensley".into())
    );
}

#[test]
fn a_short_bracket_after_a_name_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker("Rep. Ines Dahl (D-Ore.) said the pier was safe."),
        Some("Rep. Ines Dahl".into())
    );
}

#[test]
fn one_of_a_group_after_a_name_describes_the_speaker() {
    assert_eq!(
        speaker("Ingrid Olsen, one of the engineers who built the dam, said it would hold."),
        Some("Ingrid Olsen".into())
    );
}

#[test]
fn a_present_form_alone_with_its_subject_is_a_credit_line() {
    assert_eq!(
        speaker("Press service of the Harbour Ministry reports."),
        None
    );
}

#[test]
fn a_base_form_of_a_fact_is_no_statement() {
    assert_eq!(
        speaker("Mayor Hensley and Governor Dahl report that 40 crews were sent."),
        None
    );
}

/// The sieve of the first attribution.
fn sieve(s: &str) -> Option<Sieve> {
    find_attribution_in(s, false, &PeopleDirectory::default()).map(|a| a.sieve)
}

#[test]
fn a_verb_opening_a_quotation_is_its_own_sieve() {
    assert_eq!(
        sieve("Mayor Paul Hensley joked: “The bridge has outlived us all.”"),
        Some(Sieve::OpensQuotation)
    );
    // A listed verb before a quotation is the subject's sieve, as before.
    assert_eq!(
        sieve("Mayor Paul Hensley said: “The bridge has outlived us all.”"),
        Some(Sieve::SubjectBefore)
    );
}

#[test]
fn a_name_after_a_clause_word_is_its_own_sieve() {
    assert_eq!(
        sieve("The crowd left shortly after Dahl said the dam was safe."),
        Some(Sieve::NameInClause)
    );
}

#[test]
fn not_is_no_base_form_of_noted() {
    assert_eq!(
        speaker("Mayor Hensley and Governor Dahl not only met the engineers."),
        None
    );
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_verb_but_a_headline_keeps_its_own() {
    let people = PeopleDirectory::default();
    let found = find_attributions(
        "The African Union (AU) and the Community of West African States (ECOWAS) congratulated the Ivorian head of state.",
        false,
        &people,
    );
    let verbs: Vec<&str> = found.iter().map(|a| a.verb.as_str()).collect();
    assert_eq!(verbs, ["congratulated"], "{found:?}");
    assert!(found[0].speaker.ends_with("West African States"));
    let headline = find_attributions(
        "Kremlin Says It's 'Shocking' If Britain Didn't Share Intelligence On Downed Russian Plane",
        false,
        &people,
    );
    assert_eq!(
        headline.first().map(|a| a.speaker.as_str()),
        Some("Kremlin")
    );
}

#[test]
fn present_forms_report_as_the_past_ones_do() {
    let people = PeopleDirectory::default();
    for (sentence, verb) in [
        (
            "The ILO extends its condolences to the families of the victims.",
            "extends",
        ),
        (
            "Ulf Kristersson describes what happened as “absolutely terrible”.",
            "describes",
        ),
        (
            "The Secretary-General reaffirms the solidarity of the United Nations.",
            "reaffirms",
        ),
        (
            "Norwegian Prime Minister Jonas Gahr Støre also comments on the shooting:",
            "comments",
        ),
    ] {
        let found = find_attributions(sentence, false, &people);
        assert_eq!(
            found.first().map(|a| a.verb.as_str()),
            Some(verb),
            "{sentence}"
        );
    }
    // Nouns as often as verbs are not listed: "in a series of tweets" reports nothing.
    let tweets = find_attributions(
        "The ambassador, in a series of tweets, expressed his grief over the incident.",
        false,
        &people,
    );
    assert_eq!(tweets.len(), 1, "{tweets:?}");
    assert_eq!(tweets[0].verb, "expressed");
}

#[test]
fn as_before_a_participle_makes_it_passive_and_its_agent_the_speaker() {
    let found = find_attributions(
        "The search for the missing continues under challenging conditions, as stated by IOM.",
        false,
        &PeopleDirectory::default(),
    );
    assert_eq!(
        found.first().map(|a| a.speaker.as_str()),
        Some("IOM"),
        "{found:?}"
    );
}

#[test]
fn learning_with_sadness_is_a_statement_of_feeling() {
    let found = find_attributions(
        "The Special Representative has learned with deep sadness of the tragic explosion.",
        false,
        &PeopleDirectory::default(),
    );
    assert_eq!(
        found.first().map(|a| a.verb.as_str()),
        Some("learned"),
        "{found:?}"
    );
}
