//! Public figures quoted by name alone (`data/lexicon/public_figures.tsv`), and positions told
//! in the pluperfect.

use super::tests::reactions_of;
use crate::test_support::article;

#[test]
fn a_public_figure_named_alone_speaks_for_their_country() {
    let a = article(
        "a",
        "Bridge attack kills seven in city",
        &["Narendra Modi called the attacks shocking and anguishing, saying his thoughts were with the families."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("India"));
    // Anyone else named alone is a witness, not a statement.
    let a = article(
        "a",
        "Bridge attack kills seven in city",
        &["Ana Ruiz called the attacks shocking and anguishing, saying her thoughts were with the families."],
    );
    assert!(reactions_of(&a).is_empty());
}

#[test]
fn every_public_figure_speaks_for_a_country_or_body_the_gazetteer_knows() {
    for line in include_str!("../../../../data/lexicon/public_figures.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (name, body) = line.split_once('\t').expect("name<TAB>affiliation");
        assert!(
            brief_text::gazetteer::GAZETTEER.entity(body).is_some(),
            "{name}: {body} is not a country or organisation of the gazetteer"
        );
    }
}

#[test]
fn a_public_figure_whose_title_is_part_of_the_name_speaks_for_their_country() {
    let a = article(
        "a",
        "Gunman kills six at a mosque in Canada",
        &["Queen Elizabeth II has sent a message of condolence to the families of the victims."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Kingdom"));
}

#[test]
fn a_position_told_in_the_pluperfect_is_a_reaction_unless_dated_before() {
    let a = article(
        "a",
        "Bombing at a border crossing kills 60",
        &[
            "Prime Minister Narendra Modi had tweeted his condemnation of the bombing.",
            "The Indian government had condemned such attacks before.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].actor, "Narendra Modi");
}
