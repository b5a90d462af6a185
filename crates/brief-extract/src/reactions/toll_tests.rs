//! Statements whose sentence also gives the event's toll (a feeling stated before it), and statements of people the articles give
//! no office or a country only in their words, and questions the page asks.

use super::tests::{reactions_in, reactions_of};
use crate::test_support::article;

#[test]
fn a_position_with_the_toll_in_a_clause_about_the_event_is_a_reaction() {
    let a = article(
        "a",
        "Earthquake in Haiti",
        &[
            "President Joe Biden offered his condolences to Haiti on Saturday after the country was hit by a massive earthquake that has killed over 300 people.",
            "The ministry said on Monday that 44 people were killed in the quake.",
            "The mayor said Saturday that 617 people had asked for medical assistance after the quake.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].starts_with("President Joe Biden offered"));
}

#[test]
fn a_day_written_in_the_speakers_clause_is_no_figure_of_its_own() {
    let a = article(
        "a",
        "Missile strike on a restaurant in Ukraine",
        &[
            "BOGOTA -- President Gustavo Petro said Wednesday (June 28) that Bogota would send a note of diplomatic protest to Russia after three Colombians were injured in a missile strike that killed 12 at a restaurant in Ukraine.",
            "The governor said on June 28 that 12 people had been killed.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].contains("note of diplomatic protest"));
}

#[test]
fn a_person_of_no_known_office_who_consoles_or_condemns_speaks_for_someone() {
    let a = article(
        "a",
        "Shooting in Vienna",
        &[
            "“I am deeply shocked by the terrible attacks in Vienna tonight,” Mr Johnson said.",
            "“I heard shots and ran,” John Miller said.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].contains("deeply shocked"));
}

#[test]
fn a_stance_verb_whose_object_gives_the_toll_is_a_reaction_and_a_figure_before_it_is_not() {
    let a = article(
        "a",
        "Attacks in Norway",
        &[
            "US President Barack Obama condemned the senseless massacre of 92 people in twin attacks on Norway.",
            "Three people remained missing on Wednesday, while the Italian authorities warned the worst may be yet to come.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].contains("Obama condemned"));
}

#[test]
fn a_person_of_no_known_office_speaks_for_whoever_owns_the_words() {
    let a = article(
        "a",
        "Cyclone hits Mayotte",
        &["Ursula von der Leyen expressed the European Union's support for France."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("European Union"));
}

#[test]
fn a_quotation_under_a_speaker_s_heading_in_capitals_is_that_speaker_s() {
    use brief_clean::BlockKind;
    let a = crate::test_support::article_of_blocks(
        "a",
        "Slovak prime minister shot",
        &[
            "Following are reactions to the attack:",
            "BRITISH PRIME MINISTER RISHI SUNAK",
            "“Shocked to hear this awful news. All our thoughts are with the prime minister and his family.”",
        ],
        &[BlockKind::Paragraph, BlockKind::Heading, BlockKind::Paragraph],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].actor, "Rishi Sunak");
}

#[test]
fn a_stance_at_the_head_of_the_verb_s_object_before_the_toll_is_a_reaction() {
    let a = article(
        "a",
        "Massacre in a village",
        &[
            "The European Commission has expressed deep concern over credible reports of another massacre of over 100 villagers.",
            "The Kremlin offered no immediate comment on the strike.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].contains("deep concern"));
}

#[test]
fn a_spokesperson_of_no_one_named_speaks_for_the_office_holder_named_last() {
    let a = article(
        "a",
        "Strike on a consulate in Damascus",
        &[
            "UN Secretary-General Antonio Guterres condemned on Tuesday the strike on the consulate, his spokesman said.",
            "“The secretary-general reaffirms that diplomatic premises must be respected in all cases,” spokesman Stephane Dujarric said.",
        ],
    );
    let found = reactions_of(&a);
    let last = found.last().expect("the spokesman's statement");
    assert!(last.cite.sentence.contains("reaffirms"));
    assert_eq!(last.affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn a_quotation_closed_in_a_later_sentence_leaves_the_next_ones_unquoted() {
    let a = article(
        "a",
        "Mine blast in Turkey kills 41",
        &["\"We have 40 martyrs. We are sorry for our loss. May Allah give strength to our nation,\" the interior minister told reporters. Rescue efforts have neared an end. Greek Prime Minister Kyriakos Mitsotakis tweeted condolences."],
    );
    let found = reactions_of(&a);
    assert!(
        found.iter().any(|r| r.cite.sentence.contains("Mitsotakis")),
        "{:?}",
        found.iter().map(|r| &r.cite.sentence).collect::<Vec<_>>()
    );
}

#[test]
fn a_message_sent_on_behalf_of_a_country_is_that_country_s() {
    let a = article(
        "a",
        "Bus crash kills 45 in South Africa",
        &["“On behalf of the Government, people of the Republic of Zambia, we wish to convey our heartfelt condolences on this tragedy,” remarked President Hichilema."],
    );
    let r = reactions_in(&a, "South Africa");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].affiliation.as_deref(), Some("Zambia"));
}

#[test]
fn a_question_the_page_asks_is_no_one_s_statement() {
    let a = article(
        "a",
        "Shooting at a school",
        &[
            "What Did The Police Say?",
            "“Why did this happen?” the prime minister asked reporters.",
        ],
    );
    let r = reactions_in(&a, "Sweden");
    assert!(
        r.iter().all(|r| !r.cite.sentence.starts_with("What")),
        "{r:?}"
    );
}

#[test]
fn a_message_of_condolence_extended_is_a_statement() {
    let a = article(
        "a",
        "Coal mine blast kills 51 in Iran",
        &["Pakistan's Prime Minister Shehbaz Sharif extended the message of condolence to Iranian President Masoud Pezeshkian."],
    );
    let r = reactions_in(&a, "Iran");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].affiliation.as_deref(), Some("Pakistan"));
}

#[test]
fn a_call_for_an_investigation_is_a_stance_and_the_toll_after_it_the_event_s() {
    assert_eq!(
        super::stance::stances(
            "The minister urged the authorities to bring those responsible to justice."
        ),
        ["calls for justice"]
    );
    let a = article(
        "a",
        "Irish peacekeeper killed in Lebanon",
        &["The UN Interim Force in Lebanon has urged Beirut to ensure a speedy investigation after an Irish soldier was shot dead in the south of the country."],
    );
    let r = reactions_in(&a, "Lebanon");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].stance, ["calls for justice"]);
}

#[test]
fn a_feeling_stated_before_the_figure_is_a_reaction_an_adjective_of_the_event_is_not() {
    let a = article(
        "a",
        "Strike on a camp in Tigray",
        &[
            "“The Secretary-General is deeply saddened by reports that more than 50 civilians have been killed in an airstrike,” Stephane Dujarric, spokesman for the UN Secretary-General, said.",
            "UN chief Antonio Guterres is “deeply concerned” over reports of an airstrike that rebels said left 56 people dead, his spokesman said Monday.",
            "“There has been a tragic event at the hospital, a fire at the unit, ten deaths among the patients,” health minister Nelu Tataru said.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 2, "{sentences:?}");
    assert!(found
        .iter()
        .all(|r| r.affiliation.as_deref() == Some("United Nations")));
}

#[test]
fn joining_others_in_condemning_is_a_statement() {
    let a = article(
        "a",
        "Bombing in Boston",
        &[
            "In New Delhi, Prime Minister Manmohan Singh joined world leaders in condemning the terror attack in Boston.",
            "Germany joined the calls for restraint on Monday.",
        ],
    );
    let found = reactions_in(&a, "United States");
    let speakers: Vec<&str> = found.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(speakers, ["Manmohan Singh", "Germany"], "{found:?}");
}

#[test]
fn offices_of_an_article_datelined_in_another_capital_are_that_countrys() {
    let mut a = article(
        "a",
        "Temple fire in Kerala",
        &["“The people and the government of Pakistan express their deep condolences,” the Foreign Ministry said."],
    );
    a.dateline = Some("ISLAMABAD, April 10 (DNA)".into());
    let found = reactions_in(&a, "India");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("Pakistan"));
}

#[test]
fn speakers_listed_after_by_or_including_each_speak_for_their_own_country() {
    let a = article(
        "a",
        "Tsunami strikes the coast",
        &[
            "From abroad, condolences were offered by Japanese Foreign Minister Taro Kono, Chinese President Xi Jinping and Turkish President Recep Tayyip Erdogan.",
            "Regional powers including Iran, Saudi Arabia, and Qatar have urged both sides to show restraint.",
        ],
    );
    let found = reactions_in(&a, "Indonesia");
    let countries: Vec<&str> = found
        .iter()
        .filter_map(|r| r.affiliation.as_deref())
        .collect();
    assert_eq!(
        countries,
        ["Japan", "China", "Turkey", "Iran", "Saudi Arabia", "Qatar"],
        "{found:?}"
    );
}

#[test]
fn sympathy_sent_to_the_events_country_is_not_that_countrys_even_in_quotation_marks() {
    let a = article(
        "a",
        "Bar fire in Switzerland",
        &["The King and Queen have expressed their “deepest possible sympathy” to the Swiss President after a fire at a bar."],
    );
    let found = reactions_in(&a, "Switzerland");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].affiliation.as_deref(), Some("Switzerland"));
}

#[test]
fn the_agency_whose_name_opens_the_quotation_is_the_one_that_speaks() {
    let a = article(
        "a",
        "Boat capsizes off Egypt",
        &["“UNHCR is deeply saddened by the loss of life after yet another boat capsized,” the agency said in a statement."],
    );
    let found = reactions_in(&a, "Egypt");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn a_call_whose_object_is_long_before_the_toll_is_a_reaction() {
    let a = article(
        "a",
        "Crackdown on protests",
        &["UN High Commissioner for Human Rights Michelle Bachelet on Tuesday called for a prompt, independent and transparent investigation into the deaths of at least 18 people in protests."],
    );
    let found = reactions_in(&a, "Uzbekistan");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn the_secretary_general_named_alone_is_the_uns_and_another_bodys_when_named() {
    let a = article(
        "a",
        "Massacre in Niger",
        &[
            "The Secretary-General calls on the Nigerien authorities to spare no effort in bringing the perpetrators to justice.",
            "NATO Secretary-General Jens Stoltenberg condemned the attack.",
        ],
    );
    let found = reactions_in(&a, "Niger");
    let bodies: Vec<&str> = found
        .iter()
        .filter_map(|r| r.affiliation.as_deref())
        .collect();
    assert_eq!(bodies, ["United Nations", "NATO"], "{found:?}");
}

#[test]
fn a_headline_in_title_case_sums_up_a_statement_and_is_none() {
    let a = article(
        "a",
        "Plane crash in Cuba",
        &[
            "Japanese Chancellor Expresses Condolences for Air Crash in Cuba",
            "Japanese Foreign Minister Taro Kono expressed his condolences to the people of Cuba.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].starts_with("Japanese Foreign Minister"));
}

#[test]
fn a_stance_in_the_speakers_words_before_the_toll_is_a_reaction() {
    let a = article(
        "a",
        "Blast in central Paris",
        &[
            "Spanish Foreign Minister Josep Borrell tweeted that “I deeply regret the death of three people after the explosion in central Paris.”",
            "On Thursday Pope Francis offered his prayer for the 48 people who died in the bus accident.",
            "Leaders paid tribute to Jo Cox, who was murdered on Thursday.",
        ],
    );
    let found = reactions_of(&a);
    let actors: Vec<&str> = found.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(actors, ["Josep Borrell", "Pope Francis"], "{actors:?}");
    assert_eq!(found[1].affiliation.as_deref(), Some("Holy See"));
}

#[test]
fn a_quotation_taking_a_stance_in_the_first_person_before_its_figure_is_a_reaction() {
    let a = article(
        "a",
        "Air strikes on Aleppo",
        &[
            "“We strongly condemn the wave of airstrikes and shelling that have killed more than 60 people in Aleppo in just the last 24 hours,” White House spokesman Josh Earnest said.",
            "“The devastating airstrikes that killed aid workers yesterday bring the number of aid workers killed to 196,” the UN chief said.",
        ],
    );
    let found = reactions_of(&a);
    let sentences: Vec<&str> = found.iter().map(|r| r.cite.sentence.as_str()).collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].starts_with("“We strongly condemn"));
}

#[test]
fn office_holders_of_listed_countries_speak_for_each() {
    let a = article(
        "a",
        "Airliner overruns runway",
        &["The leaders of Sri Lanka, Pakistan and the Maldives have expressed sadness over the crash."],
    );
    let found = reactions_of(&a);
    let bodies: Vec<&str> = found.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(bodies, ["Sri Lanka", "Pakistan", "Maldives"], "{found:?}");
}

#[test]
fn a_quotation_opened_on_a_casualty_figure_is_no_reaction() {
    let a = article(
        "a",
        "Gunmen kill nine",
        &[
            "“Nine people were killed and 10 others injured. All injured are in hospital,” a \
           report quoted police superintendent Anil Rao as saying.",
        ],
    );
    assert!(reactions_of(&a).is_empty(), "{:#?}", reactions_of(&a));
}

#[test]
fn a_quotation_opened_on_a_death_that_goes_on_to_grieve_is_a_reaction() {
    let a = article(
        "a",
        "Tourist dies",
        &[
            "“Tragically, Ana Reyes has lost her life. Our thoughts are with her family,” \
           Australian Prime Minister Tom Hale said in Parliament.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].actor, "Tom Hale");
}
