//! Reactions read from sentences a reader would write.

use super::stance::*;
use super::*;
use crate::test_support::{article, article_of_blocks};
use brief_clean::Article;

#[test]
fn roles_lose_honorifics_and_other_names() {
    assert_eq!(
        tidy_role("Dr , head of the Beira central hospital"),
        "head of the Beira central hospital"
    );
    assert_eq!(
        tidy_role("Prime Minister, also known as Prachanda"),
        "Prime Minister"
    );
}

#[test]
fn stance_from_words() {
    assert_eq!(
        stances("The EU condemned the strikes and called for dialogue."),
        ["condemns", "calls for talks"]
    );
    assert!(stances("He visited the site.").is_empty());
    assert!(stances("His forces would not negotiate with a rebel militia.").is_empty());
    assert_eq!(
        stances("The bloc called for an immediate end to the fighting."),
        ["calls for a ceasefire"]
    );
}

pub(super) fn reactions_of(article: &Article) -> Vec<Reaction> {
    let people = PeopleDirectory::build(std::slice::from_ref(article));
    let sentences = crate::article_sentences(article);
    extract(&sentences, &EventFacts::default(), &people)
}

#[test]
fn a_quotation_running_on_is_one_statement() {
    let a = article(
        "a",
        "Quake",
        &[
            "“We need tents and clean water,” said Maria Lopez, Peru's health minister.",
            "“The roads to the coast are cut,” she said. “Help must come by air.”",
            "Lopez later told reporters that the army had reached Ica.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].actor, "Maria Lopez");
    assert!(found[0].cite.sentence.ends_with("Help must come by air.”"));
    assert_eq!(found[0].cite.block, "p1");
    assert_eq!(found[0].continued_in, ["p2"]);
    assert_eq!(found[1].cite.block, "p3");
}

#[test]
fn a_quotation_attributed_in_its_own_paragraph_is_not_carried_over() {
    let a = article(
        "a",
        "Quake",
        &[
            "Peru's health minister, Maria Lopez, said aid was on its way.",
            "“The roads are cut. We need helicopters,” said Jorge Ruiz, Peru's interior minister.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].actor, "Jorge Ruiz");
    assert_eq!(found[1].cite.block, "p2");
    assert!(found[0].continued_in.is_empty());
}

#[test]
fn unnamed_officials_and_standfirsts_are_not_statements() {
    let a = article_of_blocks(
        "a",
        "Quake",
        &[
            "Peru's president condemns the slow relief effort.",
            "US officials said aid flights were likely to start on Friday.",
            "Peru's president, Ana Ruiz, condemned the slow relief effort.",
        ],
        &[
            BlockKind::Standfirst,
            BlockKind::Paragraph,
            BlockKind::Paragraph,
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].cite.block, "p3");
}

#[test]
fn an_office_consoling_the_event_s_country_is_not_of_it() {
    let a = article(
        "a",
        "Rwanda: Kagame condoles with Senegal over bus crash",
        &["President Paul Kagame has expressed his condolences to his counterpart Macky Sall of Senegal and the families of the victims."],
    );
    let people = PeopleDirectory::build(std::slice::from_ref(&a));
    let sentences = crate::article_sentences(&a);
    let facts = EventFacts {
        place: Some("Senegal".into()),
        parties: vec!["Senegal".into()],
        ..EventFacts::default()
    };
    let r = extract(&sentences, &facts, &people);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].affiliation.as_deref(), Some("Rwanda"));
}

#[test]
fn a_capital_speaks_as_its_country() {
    let a = article(
        "a",
        "Offensive launched",
        &["Azerbaijan's capital, Baku, said its campaign was limited and necessary to restore order."],
    );
    let r = reactions_of(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].actor, "Azerbaijan");
    assert_eq!(r[0].affiliation.as_deref(), Some("Azerbaijan"));
}

pub(super) fn reactions_in(article: &Article, home: &str) -> Vec<Reaction> {
    let people = PeopleDirectory::build(std::slice::from_ref(article));
    let sentences = crate::article_sentences(article);
    let facts = EventFacts {
        place: Some(home.into()),
        parties: vec![home.into()],
        ..EventFacts::default()
    };
    extract(&sentences, &facts, &people)
}

#[test]
fn a_person_named_by_one_part_of_their_name_is_that_person() {
    let a = article(
        "a",
        "Ambush",
        &[
            "UN Secretary-General Ban Ki-moon condemned the ambush.",
            "“Their colleagues are still in danger,” Ban told reporters.",
            "“They died in the service of peace,” Mr Ban said.",
        ],
    );
    let found = reactions_in(&a, "Ivory Coast");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|r| r.actor == "Ban Ki-moon"), "{found:#?}");
}

#[test]
fn unnamed_officials_of_a_named_body_or_of_an_international_body_speak_for_it() {
    let a = article(
        "a",
        "Gas leak",
        &[
            "Health ministry officials said they expected few people to remain in hospital.",
            "The attack took place near the border, UN officials said.",
            "US officials said aid flights were likely to start on Friday.",
            "Officials said the toll was expected to rise.",
        ],
    );
    let found = reactions_in(&a, "Jordan");
    let affiliations: Vec<_> = found.iter().map(|r| r.affiliation.as_deref()).collect();
    assert_eq!(affiliations, [Some("Jordan"), Some("United Nations")]);
}

#[test]
fn a_press_office_speaks_and_a_confirmation_is_a_statement() {
    let a = article(
        "a",
        "Strike",
        &[
            "The Houthis' media office said rescuers were still searching the rubble.",
            "The mayor of the town, Desire Gnonkonte, confirmed that residents were fleeing.",
        ],
    );
    let found = reactions_in(&a, "Yemen");
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_tourist_of_any_nationality_speaks_for_no_one() {
    let a = article(
        "a",
        "Beach attack",
        &["“There was a mass exodus off the beach,” British tourist Gary Pine told Sky News."],
    );
    assert!(reactions_in(&a, "Tunisia").is_empty());
}

#[test]
fn a_quotation_over_sentences_is_cited_from_its_opening() {
    let a = article(
        "a",
        "Bus crash",
        &["“My condolences to the families of the victims. Rwanda stands with you,” President Paul Kagame wrote."],
    );
    let found = reactions_in(&a, "Senegal");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].cite.sentence.starts_with("“My condolences"),
        "{found:#?}"
    );
}

#[test]
fn a_noun_cue_is_a_stance_only_when_the_speaker_takes_it_up() {
    let none: &[&str] = &[];
    assert_eq!(
        stances("The ministry said its peacekeepers only received advance warning of the attack."),
        none
    );
    assert_eq!(
        stances("They accused the army of violating the ceasefire."),
        none
    );
    assert_eq!(
        stances("The country has sought western support to broker a deal."),
        none
    );
    assert_eq!(
        stances("It took measures after its concerns were not alleviated."),
        none
    );
    assert_eq!(
        stances("The ministry expressed deep concern and called for an immediate ceasefire."),
        ["calls for a ceasefire", "concern"]
    );
    assert_eq!(
        stances("Russia has sent troops, warning that the operation would not stop."),
        ["warns"]
    );
}

#[test]
fn one_ministry_is_one_actor_however_written() {
    let statement = |actor: &str| Reaction {
        cite: Cite {
            source: "a".into(),
            block: "p1".into(),
            sentence: String::new(),
        },
        continued_in: Vec::new(),
        actor: actor.into(),
        role: None,
        affiliation: Some("Azerbaijan".into()),
        kind: ReactionKind::Party,
        stance: Vec::new(),
        verb: "said".into(),
        direct: false,
        person: false,
        sieve: crate::speakers::Sieve::SubjectBefore,
    };
    let mut found: Vec<Reaction> = [
        "Azerbaijan's defence ministry",
        "Ministry of Defense of Azerbaijan",
        "Azerbaijani ministry of defence",
        "Azerbaijan's defence ministry",
        "Baku's foreign ministry",
        "Ministry of Foreign Affairs of Azerbaijan",
    ]
    .into_iter()
    .map(statement)
    .collect();
    one_name_per_body(&mut found);
    let names: Vec<&str> = found.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(names[..4], ["Azerbaijan's defence ministry"; 4]);
    assert_eq!(names[4], names[5]);
}

#[test]
fn a_quotation_in_guillemets_is_a_quotation() {
    let a = article(
        "a",
        "Attack",
        &["«Terrorism in all its forms is a threat to peace. We stand with Russia,» the Kyrgyz foreign ministry said."],
    );
    let found = reactions_in(&a, "Russia");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].cite.sentence.starts_with('«'), "{found:#?}");
    assert!(found[0].direct);
}

#[test]
fn a_speaker_named_again_keeps_the_body_of_the_first_mention() {
    let a = article(
        "a",
        "A",
        &[
            "In Brussels, top EU diplomat Josep Borrell said the European Union “rejects any seizure of power by force.”",
            "“The challenges must be resolved by the rule of law,” Borrell wrote on Thursday in a statement.",
            "“Regional stability depends on it,” the statement added.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2);
    assert!(found
        .iter()
        .all(|r| r.actor == "Josep Borrell" && r.affiliation.as_deref() == Some("European Union")));
    assert!(found[1].cite.sentence.contains("the statement added"));
}

#[test]
fn his_spokesperson_speaks_for_the_person_the_sentence_opens_with() {
    let a = article(
        "a",
        "A",
        &["UN Secretary-General Antonio Guterres was “deeply saddened” by the loss of life, his spokesperson said."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn declaring_an_emergency_is_a_stance_and_a_statement() {
    let a = article(
        "a",
        "A",
        &["The World Health Organization on Wednesday declared the mpox surge a global public health emergency."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].stance, ["declares an emergency or mourning"]);
}

#[test]
fn world_leaders_speak_as_the_international_community() {
    let a = article(
        "a",
        "A",
        &["World leaders expressed horror on Friday at the bloody end to the hostage crisis."],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].affiliation.as_deref(),
        Some("International community")
    );
}

#[test]
fn a_quotation_over_sentences_that_goes_on_with_it_said_is_cited_from_its_opening() {
    let a = article(
        "a",
        "A",
        &[
            "The African Union condemned the attack on the hotel.",
            "“We are deeply saddened by this incident. We wish a speedy recovery to the injured,” it said.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1);
    assert!(found[0].cite.sentence.contains("We are deeply saddened"));
}

#[test]
fn a_place_inside_the_quotation_is_not_his_spokesperson_s_principal() {
    let a = article(
        "a",
        "A",
        &[
            "UN Secretary-General Antonio Guterres strongly condemned the attack.",
            "“We condemn the attack in the city of Quetta,” his spokesperson Stephane Dujarric said.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].actor, "Stephane Dujarric");
    assert_eq!(found[1].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn an_organisation_s_office_a_setting_and_a_bracketed_date_leave_the_speaker() {
    let speakers = |t: &str| {
        let a = article(
            "a",
            "A",
            &["British Africa minister Harriett Baldwin spoke.", t],
        );
        reactions_of(&a)
            .into_iter()
            .map(|r| (r.actor, r.affiliation))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        speakers("In a statement on Saturday, the WHO Africa said cases were reported in seven districts."),
        [("WHO Africa".into(), Some("World Health Organization".into()))]
    );
    // Its office in a country named after "of" is the organisation too.
    assert_eq!(
        speakers(
            "Through a statement, the UN of Ecuador expressed its solidarity with the families."
        ),
        [("UN of Ecuador".into(), Some("United Nations".into()))]
    );
    assert_eq!(
        speakers(
            "Baldwin in a statement on Twitter also urged British citizens to check travel alerts."
        ),
        [("Harriett Baldwin".into(), Some("United Kingdom".into()))]
    );
    assert_eq!(
        speakers(
            "Commonwealth observers on Thursday (August 2) condemned the army's use of force."
        ),
        [("Commonwealth observers".into(), Some("Commonwealth".into()))]
    );
    assert_eq!(
        speakers(
            "Observers doubted the poll, with the EU saying it was an un-level playing field."
        ),
        [("European Union".into(), Some("European Union".into()))]
    );
}

#[test]
fn a_described_body_and_a_surname_that_is_a_demonym_refer_back() {
    let a = article(
        "a",
        "A",
        &[
            "The WHO said it was sending experts.",
            "The global health agency also said supplies were on their way.",
            "UN rights chief Volker Turk said he was horrified.",
            "“The military is responsible,” Turk added.",
        ],
    );
    let found = reactions_of(&a);
    assert!(found
        .iter()
        .all(|r| r.affiliation.as_deref() != Some("Turkey")));
    let agency = found
        .iter()
        .find(|r| r.cite.sentence.contains("global health agency"))
        .expect("the agency's statement");
    assert_eq!(
        agency.affiliation.as_deref(),
        Some("World Health Organization")
    );
}

#[test]
fn a_representative_and_a_chief_of_mission_speak_for_their_organisation_within_the_un() {
    let a = article("a", "A", &[
        "“The numbers announced by the authorities are devastating”, said Gianluca Rocco, IOM Greece Chief of Mission.",
        "“Each life lost is a tragedy”, said Maria Clara Martin, UNHCR Representative in Greece.",
    ]);
    let found: Vec<_> = reactions_of(&a)
        .into_iter()
        .map(|r| (r.actor, r.affiliation))
        .collect();
    assert_eq!(
        found,
        [
            ("Gianluca Rocco".into(), Some("United Nations".into())),
            ("Maria Clara Martin".into(), Some("United Nations".into()))
        ]
    );
}

#[test]
fn a_family_representative_speaks_for_no_body() {
    let a = article(
        "a",
        "A",
        &["According to a family representative, the girl was with a friend at the mall."],
    );
    assert!(reactions_of(&a).is_empty());
}

#[test]
fn continued_and_concluded_report_only_after_a_quotation() {
    let a = article("a", "A", &[
        "UN Secretary-General António Guterres condemned the attack on the church.",
        "Attacks on places of worship are “abhorrent”, continued Mr. Guterres, who also urged the authorities to act.",
    ]);
    assert_eq!(reactions_of(&a).len(), 2);
    let b = article(
        "b",
        "B",
        &["The minister continued his visit to the flooded villages."],
    );
    assert!(reactions_of(&b).is_empty());
}

#[test]
fn an_official_first_named_with_a_figure_keeps_their_role_when_named_again() {
    let a = article(
        "a",
        "Quake",
        &[
            "\"There are 73,276 dead\" from the quake, relief chief Major General Farooq Ahmad Khan told reporters in Islamabad.",
            "Farooq said 41 villages had still not been reached.",
        ],
    );
    let found = reactions_in(&a, "Pakistan");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].actor, "Farooq Ahmad Khan");
    assert_eq!(found[0].affiliation.as_deref(), Some("Pakistan"));
}

#[test]
fn a_bare_title_refers_back_to_the_person_named_with_it() {
    let a = article(
        "a",
        "Fire",
        &[
            "The United Nations Secretary-General, António Guterres, expressed his condolences to the Portuguese people.",
            "“The United Nations stands ready to assist,” the Secretary-General concluded.",
        ],
    );
    let found = reactions_in(&a, "Portugal");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].actor, "António Guterres");
    assert_eq!(found[1].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn a_un_office_speaks_within_the_united_nations() {
    let a = article(
        "a",
        "Fire",
        &["The UN refugee agency said it was sending tents to the camp."],
    );
    let found = reactions_in(&a, "Bangladesh");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Nations"));
    assert_eq!(found[0].kind, ReactionKind::International);
}

#[test]
fn he_closing_a_sentence_that_opens_with_a_name_is_that_person() {
    let a = article(
        "a",
        "Eruption",
        &[
            "Governor Mahyeldi Ansharullah said the climbers had been warned.",
            "Lingga Duta Andrefa, a university student, was trekking when he saw hot ash, he said.",
        ],
    );
    let found = reactions_in(&a, "Indonesia");
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_spokesman_named_after_his_principal_speaks_for_the_principals_body() {
    let a = article(
        "a",
        "Bombing",
        &[
            "UN Secretary-General Antonio Guterres condemned the bombing.",
            "“Those behind it must be brought to justice,” Guterres spokesman Stephane Dujarric said.",
        ],
    );
    let found = reactions_of(&a);
    let spokesman = found
        .iter()
        .find(|r| r.actor == "Stephane Dujarric")
        .expect("the spokesman's statement");
    assert_eq!(spokesman.affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn they_is_the_body_named_just_before_never_a_crowd() {
    let a = article(
        "a",
        "Bombing",
        &[
            "The members of the Security Council condemned the attack.",
            "They reaffirmed their support for Iraq's security.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].actor.contains("Security Council"));
    assert_eq!(found[0].continued_in, ["p2"], "their statement goes on");
    let b = article(
        "b",
        "Flood",
        &[
            "Residents fled to the hills.",
            "They said the water rose quickly.",
        ],
    );
    assert!(reactions_of(&b).is_empty());
}

#[test]
fn an_organisation_named_whole_speaks_and_the_bloc_goes_on_for_it() {
    let a = article(
        "a",
        "Coup",
        &[
            "The Economic Community of West African States has condemned the coup.",
            "A mission will be sent to the capital at once, the bloc said.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    // Named by the name its table gives first, the one news writes most.
    assert_eq!(found[0].actor, "ECOWAS");
    assert!(found[0].cite.sentence.ends_with("the bloc said."));
}

#[test]
fn a_country_set_before_the_comma_is_the_speakers() {
    let a = article(
        "a",
        "Coup in Myanmar",
        &["In the UK, Prime Minister Boris Johnson condemned the coup and the imprisonment."],
    );
    let found = reactions_of(&a);
    assert_eq!(found[0].actor, "Boris Johnson");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Kingdom"));
}

#[test]
fn a_spokesperson_named_by_means_is_not_the_speaker() {
    let a = article(
        "a",
        "Attack",
        &[
            "UN Secretary-General António Guterres condemned the attacks.",
            "Through his spokesperson, Guterres also called for those responsible to be held to account.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].actor, "António Guterres");
    assert_eq!(found[1].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn two_titled_people_are_two_speakers() {
    let a = article(
        "a",
        "Crush",
        &["Chinese President Xi Jinping and US President Joe Biden expressed condolences."],
    );
    let found = reactions_of(&a);
    let who: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|r| (r.actor.as_str(), r.affiliation.as_deref()))
        .collect();
    assert_eq!(
        who,
        [
            ("Xi Jinping", Some("China")),
            ("Joe Biden", Some("United States"))
        ]
    );
}

#[test]
fn a_list_of_titled_people_is_one_speaker_each() {
    let a = article(
        "a",
        "Floods",
        &["Indian PM Modi, British King Charles and Chinese foreign minister Wang send condolences."],
    );
    let found = reactions_of(&a);
    let who: Vec<(&str, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|r| {
            (
                r.actor.as_str(),
                r.role.as_deref(),
                r.affiliation.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        who,
        [
            ("Modi", Some("Indian PM"), Some("India")),
            ("Charles", Some("British King"), Some("United Kingdom")),
            ("Wang", Some("Chinese foreign minister"), Some("China")),
        ]
    );
}

#[test]
fn an_appositive_after_a_name_is_no_second_speaker() {
    let a = article(
        "a",
        "Riots",
        &["K Singh, a senior police official in the state capital of Imphal, told reporters the situation was tense."],
    );
    let found = reactions_of(&a);
    assert!(found.iter().all(|r| r.actor != "Imphal"), "{found:?}");
}

#[test]
fn a_person_given_by_their_age_speaks_for_no_one() {
    let a = article(
        "a",
        "Blasts",
        &["“People were being dragged out,” said Bhanuka Harischandra, of Colombo, a 24-year-old marketing executive."],
    );
    assert!(reactions_of(&a).is_empty());
}

#[test]
fn a_spokesperson_for_a_named_person_speaks_for_them_not_for_a_city() {
    let a = article(
        "a",
        "Crackdown",
        &[
            "United Nations Secretary-General Antonio Guterres spoke on Monday.",
            "\"He condemns the use of force,\" a spokesman for Guterres at the United Nations in New York said.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].actor, "Antonio Guterres");
    assert_eq!(found[0].affiliation.as_deref(), Some("United Nations"));
}

#[test]
fn a_title_of_a_body_refers_back_to_the_one_person_named_with_it() {
    let a = article(
        "a",
        "Border clashes",
        &[
            "The minister spoke by phone with the UN Secretary-General António Guterres.",
            "For his part, the UN Secretary-General noted that he was following the situation with deep concern.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].actor, "António Guterres");
    assert_eq!(found[0].role.as_deref(), Some("UN Secretary-General"));
}

#[test]
fn a_one_word_name_given_with_a_title_is_that_speaker_again() {
    let a = article(
        "a",
        "Blasts",
        &[
            "Pope Francis prayed for the victims of the attacks.",
            "“I learned with sadness the news of the attacks,” Francis said in his Easter address.",
        ],
    );
    let found = reactions_of(&a);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].actor, "Pope Francis");
    assert_eq!(found[1].affiliation.as_deref(), Some("Holy See"));
}

#[test]
fn a_newspaper_by_its_kind_or_named_times_of_a_place_is_no_actor() {
    let a = article(
        "a",
        "Siege ends",
        &[
            "Ruritania's Morning Star newspaper said the gunmen spared no one.",
            "The Times of Freedonia reported that 20 of the missing were tourists.",
            "Ruritania's foreign ministry said it was shocked by the attack.",
        ],
    );
    let found = reactions_of(&a);
    let actors: Vec<&str> = found.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(actors, ["Ruritania's foreign ministry"], "{found:#?}");
}
