//! End-to-end builds of fixture sites: what a user runs and what they find in `public/`.

mod common;

use std::fs;

use common::{
    assert_junk_gone, brief, built_fixture, check_links, claim_with, files, fixture, reaction_by,
    read, source_by_file, stderr,
};

#[test]
fn a_folder_with_only_site_toml_and_seeds_builds() {
    let site = fixture("quake");
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");
    for page in [
        "index.html",
        "casualties/index.html",
        "reactions/index.html",
        "background/index.html",
        "print.html",
        "briefing.json",
        "theme/style.css",
    ] {
        assert!(public.join(page).is_file(), "{page} missing");
    }
    assert!(public.join("sources/01-wire/index.html").is_file());
    assert!(public.join("sources/02-daily/index.html").is_file());
}

#[test]
fn source_page_anchors_every_paragraph_and_folds_removed_lines() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let page = read(site.path().join("public/sources/01-wire/index.html"));
    assert!(
        page.contains(r#"id="p1""#) && page.contains(r##"href="#p2""##),
        "paragraph anchors"
    );
    assert!(page.contains("<details class=\"removed\">"));
    assert!(page.contains("reading-time line"));
    let body = page.split("<details").next().unwrap_or("");
    assert!(!body.contains("Leave a comment") && !body.contains("Share this article"));
}

#[test]
fn front_matter_gives_publisher_date_and_url() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let daily = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "02-daily")
        .unwrap();
    assert_eq!(daily["publisher"], "The Daily Courier");
    assert_eq!(daily["date"], "2024-03-05");
    assert_eq!(daily["url"], "https://example.org/quake-toll");
    let wire = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "01-wire")
        .unwrap();
    assert_eq!(wire["publisher"], "AP");
    assert_eq!(wire["file"], "seeds/01-wire.txt");
}

#[test]
fn export_carries_the_fields_analysts_read() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let c = &json["casualties"][0];
    for key in [
        "source",
        "sentence",
        "block",
        "killed",
        "injured",
        "missing",
        "displaced",
        "group",
        "claimed_by",
        "current",
    ] {
        assert!(c.get(key).is_some(), "casualty lacks {key}: {c}");
    }
    // `source` and `block` are the paragraph's address: sources/<source>/#<block>.
    let page = read(site.path().join(format!(
        "public/sources/{}/index.html",
        c["source"].as_str().unwrap()
    )));
    assert!(page.contains(&format!("id=\"{}\"", c["block"].as_str().unwrap())));
    for r in json["reactions"].as_array().unwrap() {
        for key in [
            "source",
            "sentence",
            "block",
            "actor",
            "role",
            "affiliation",
            "kind",
        ] {
            assert!(r.get(key).is_some(), "reaction lacks {key}");
        }
    }
    for b in json["background"].as_array().unwrap() {
        assert!(b["year"].is_i64() && b.get("month").is_some());
    }
}

#[test]
fn earthquake_figures_reactions_and_history_are_found() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let killed: Vec<i64> = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["killed"].as_i64())
        .collect();
    assert!(killed.contains(&41) && killed.contains(&38), "{killed:?}");
    let wire_toll = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["killed"] == 41)
        .unwrap();
    assert_eq!(wire_toll["injured"], 230);
    assert_eq!(wire_toll["claimed_by"], "disaster agency");
    let earlier = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["killed"] == 600)
        .expect("2011 toll");
    assert_eq!(earlier["current"], false);
    let actors: Vec<&str> = json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["actor"].as_str().unwrap())
        .collect();
    assert!(
        actors.contains(&"Antonio Guterres") && actors.contains(&"Anna Weber"),
        "{actors:?}"
    );
    let weber = json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["actor"] == "Anna Weber")
        .unwrap();
    assert_eq!(weber["affiliation"], "Germany");
    assert_eq!(weber["kind"], "international");
    let years: Vec<i64> = json["background"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["year"].as_i64().unwrap())
        .collect();
    assert!(years.contains(&2011) && years.contains(&2023), "{years:?}");
    assert_eq!(json["event"]["date"], "2024-03-04");
}

#[test]
fn seed_markup_and_template_syntax_show_as_text() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let page = read(site.path().join("public/sources/02-daily/index.html"));
    assert!(
        !page.contains("<script>alert"),
        "script from a seed must not reach the page"
    );
    assert!(page.contains("&lt;script&gt;alert"));
    assert!(
        page.contains("{{ site.title }}"),
        "template syntax in a seed stays text"
    );
}

#[test]
fn unreadable_seeds_are_named_and_skipped() {
    let site = fixture("flood");
    fs::write(site.path().join("seeds/empty.txt"), "").unwrap();
    fs::write(site.path().join("seeds/binary.txt"), b"\x00\x01\x02garbage").unwrap();
    fs::write(
        site.path().join("seeds/latin1.txt"),
        b"Caf\xe9 title\n\nBody",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("seeds/empty.txt")
            && err.contains("seeds/binary.txt")
            && err.contains("seeds/latin1.txt"),
        "{err}"
    );
    assert!(
        err.contains("seeds/latin1.txt: not UTF-8: decoded as"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 skipped"));
    assert!(site
        .path()
        .join("public/sources/flood/index.html")
        .is_file());
}

#[test]
fn unknown_config_key_fails_naming_key_and_line() {
    let site = fixture("flood");
    fs::write(
        site.path().join("site.toml"),
        "title = \"x\"\nthem = \"dark\"\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("them") && err.contains("site.toml:2"), "{err}");
}

#[test]
fn missing_theme_is_an_error() {
    let site = fixture("flood");
    fs::write(
        site.path().join("site.toml"),
        "title = \"x\"\ntheme = \"nope\"\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("theme \"nope\" does not exist"));
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let site = fixture("flood");
    assert!(brief(site.path(), &["build"]).status.success());
    let before = read(site.path().join("public/index.html"));
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(site.path().join("templates/index.html"), "{% if %}broken").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("index.html"), "{}", stderr(&out));
    assert_eq!(read(site.path().join("public/index.html")), before);
    let leftovers: Vec<_> = fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("brief-staging"))
        .collect();
    assert!(leftovers.is_empty(), "staging folder left behind");
}

#[test]
fn output_that_would_swallow_the_site_is_refused() {
    let site = fixture("flood");
    for bad in [".", "..", "seeds"] {
        let out = brief(site.path(), &["build", "--output", bad]);
        assert!(!out.status.success(), "--output {bad} accepted");
        assert!(stderr(&out).contains("refusing"), "{}", stderr(&out));
    }
    assert!(site.path().join("seeds/flood.txt").is_file());
}

#[test]
fn a_folder_not_written_by_brief_is_not_replaced() {
    let site = fixture("flood");
    fs::create_dir_all(site.path().join("public")).unwrap();
    fs::write(site.path().join("public/notes.txt"), "mine").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    assert_eq!(read(site.path().join("public/notes.txt")), "mine");
}

#[test]
fn site_templates_override_the_built_in_ones() {
    let site = fixture("flood");
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(site.path().join("templates/index.html"), "{% extends \"base.html\" %}{% block content %}<p>custom {{ sources | length }}</p>{% endblock %}").unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    assert!(read(site.path().join("public/index.html")).contains("<p>custom 1</p>"));
}

#[test]
fn an_event_dated_nowhere_by_year_gives_its_day_and_says_the_year_is_unknown() {
    // The pages name "Friday (September 30)" and "Saturday (October 1), the day after …", and
    // no year: the briefing gives the day and month and says so, rather than guess a year.
    let site = fixture("coup-as");
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = read(site.path().join("public/index.html"));
    assert!(
        index.contains("30 September (the sources write no year)"),
        "{index}"
    );
    let export: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).expect("json");
    assert_eq!(export["event"]["date"], serde_json::Value::Null);
    assert_eq!(export["event"]["day_without_year"], "--09-30");
}

#[test]
fn config_event_date_and_place_win() {
    let site = fixture("flood");
    assert!(brief(
        site.path(),
        &["build", "--base-url", "https://example.org/floods/"]
    )
    .status
    .success());
    let index = read(site.path().join("public/index.html"));
    assert!(index.contains("Thursday 2 May 2024") && index.contains("River valley"));
    assert!(
        index.contains(r#"<link rel="canonical" href="https://example.org/floods/">"#),
        "{index}"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build", "--output", "a"])
        .status
        .success());
    assert!(brief(site.path(), &["build", "--output", "b"])
        .status
        .success());
    let (a, b) = (site.path().join("a"), site.path().join("b"));
    assert_eq!(files(&a), files(&b));
    for f in files(&a) {
        assert_eq!(
            fs::read(a.join(&f)).unwrap(),
            fs::read(b.join(&f)).unwrap(),
            "{} differs",
            f.display()
        );
    }
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    check_links(&site.path().join("public"));
}

#[test]
fn an_election_dispute_gives_its_sides_outsiders_and_disputed_toll() {
    let (_site, json) = built_fixture("election");
    let daily = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "02-daily")
        .unwrap();
    assert_eq!(daily["publisher"], "The Daily Ledger", "YAML front matter");
    let reactions = json["reactions"].as_array().unwrap();
    let by = |actor: &str| {
        reactions
            .iter()
            .filter(|r| r["actor"] == actor)
            .collect::<Vec<_>>()
    };
    for (actor, affiliation, kind) in [
        ("African Union", "African Union", "international"),
        ("Marta Kovacs", "European Union", "international"),
        ("Mark Ellison", "United States", "international"),
        ("Daniel Banda", "Malawi", "party"),
        ("Grace Phiri", "Malawi", "party"),
        ("Thandiwe Moyo", "Institute for Security Studies", "analyst"),
    ] {
        let found = by(actor);
        assert!(!found.is_empty(), "no statement by {actor}: {reactions:#?}");
        assert_eq!(found[0]["affiliation"], affiliation, "{actor}");
        assert_eq!(found[0]["kind"], kind, "{actor}");
    }
    assert!(by("African Union")[0]["stance"]
        .as_array()
        .unwrap()
        .contains(&"calls for restraint".into()));
    // A paragraph that is only a quotation carries on the statement before it.
    let phiri = by("Grace Phiri");
    let told = phiri
        .iter()
        .find(|r| r["verb"] == "told")
        .expect("Phiri told reporters");
    assert!(told["sentence"]
        .as_str()
        .unwrap()
        .contains("Every vote must be counted again"));
    assert_eq!(told["continued_in"], serde_json::json!(["p6"]));
    // Unnamed diplomats and a clause saying when are not speakers.
    assert!(reactions.iter().all(|r| {
        let a = r["actor"].as_str().unwrap();
        !a.contains("diplomats") && !a.contains(" after ")
    }));
    // The toll is disputed: four killed by the rights commission's count, two by the police's.
    let incident = &json["incidents"][0];
    let killed: Vec<u64> = incident["killed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["value"].as_u64().unwrap())
        .collect();
    assert_eq!(killed, [2, 4]);
    let background = json["background"].as_array().unwrap();
    let years: Vec<i64> = background
        .iter()
        .map(|b| b["year"].as_i64().unwrap())
        .collect();
    assert!(years.contains(&2019) && years.contains(&1994), "{years:?}");
    let last_year = background
        .iter()
        .find(|b| b["when"] == "Last year")
        .unwrap();
    assert_eq!(last_year["year"], 2024);
    assert!(last_year["label"]
        .as_str()
        .unwrap()
        .contains("parliament passed"));
}

#[test]
fn a_cyclone_gives_tolls_officials_agencies_and_a_clean_wire_page() {
    let (_site, json) = built_fixture("cyclone");
    let wire = &json["sources"][0];
    assert_eq!(wire["publisher"], "Reuters", "a dateline with a date");
    assert_eq!(wire["author"], "Staff Reporter", "the byline");
    assert_junk_gone(wire, &["By Staff Reporter", "Share", "REUTERS/Joao Silva"]);
    assert_eq!(json["event"]["place"], "Mozambique", "not the storm's name");
    let claim = |words: &str| claim_with(&json, words);
    let first = claim("tore through central Mozambique");
    assert_eq!(first["killed"], 73);
    assert!(first["claimed_by"]
        .as_str()
        .unwrap()
        .contains("disaster management institute"));
    assert_eq!(claim("rose to 92")["killed"], 92);
    assert_eq!(claim("put the toll at 73")["killed"], 73);
    let stood = claim("stood at 92");
    assert_eq!(
        (stood["killed"].as_u64(), stood["missing"].as_u64()),
        (Some(92), Some(56))
    );
    assert_eq!(stood["group"], "total");
    for earlier in ["Floods in 2000", "Cyclone Idai in March 2019"] {
        assert_eq!(claim(earlier)["current"], false, "{earlier}");
    }
    let by = |actor: &str| reaction_by(&json, actor);
    assert_eq!(by("World Health Organization")["kind"], "international");
    assert_eq!(by("Portugal")["affiliation"], "Portugal");
    assert_eq!(by("Filipe Nyusi")["kind"], "party");
    assert_eq!(by("Filipe Nyusi")["affiliation"], "Mozambique");
    assert_ne!(by("Ana Pereira")["kind"], "analyst", "an aid worker");
    // A hospital's head reports on the emergency; he takes no position on it.
    let reactions = json["reactions"].as_array().unwrap();
    assert!(reactions.iter().all(|r| r["actor"] != "Mateus Cossa"));
    assert!(by("Cyril Ramaphosa")["stance"]
        .as_array()
        .unwrap()
        .contains(&"offers aid".into()));
    let years: Vec<i64> = json["background"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["year"].as_i64().unwrap())
        .collect();
    assert!(years.contains(&2000) && years.contains(&2019), "{years:?}");
}

#[test]
fn a_market_strike_keeps_counts_apart_from_fears_and_hardware() {
    let (_site, json) = built_fixture("strike");
    // "Sept 10" in the dateline, "on Sunday", and 2023 the latest year named.
    assert_eq!(json["event"]["date"], "2023-09-10");
    let casualties = json["casualties"].as_array().unwrap();
    let strike = &casualties[0];
    assert_eq!(
        (strike["killed"].as_u64(), strike["injured"].as_u64()),
        (Some(43), Some(55))
    );
    assert_eq!(strike["claimed_by"], "Sudanese health ministry");
    let figures: Vec<u64> = casualties
        .iter()
        .flat_map(|c| ["killed", "injured", "displaced"].map(|k| c[k].as_u64()))
        .flatten()
        .collect();
    for not_a_toll in [60, 12, 2_400_000] {
        assert!(
            !figures.contains(&not_a_toll),
            "{not_a_toll} in {figures:?}"
        );
    }
    assert!(
        figures.contains(&7_000_000),
        "displaced over 7 million: {figures:?}"
    );
    let reactions = json["reactions"].as_array().unwrap();
    let by = |actor: &str| {
        reactions
            .iter()
            .find(|r| r["actor"].as_str().unwrap().contains(actor))
            .unwrap_or_else(|| panic!("no statement by {actor}: {reactions:#?}"))
    };
    assert_eq!(
        by("Saudi Arabia")["kind"],
        "international",
        "the second speaker"
    );
    let rsf = by("Rapid Support Forces");
    assert_eq!(
        (rsf["affiliation"].as_str(), rsf["kind"].as_str()),
        (Some("Sudan"), Some("party"))
    );
    assert!(
        rsf["stance"].as_array().unwrap().is_empty(),
        "a name is no stance"
    );
}

#[test]
fn a_newspaper_page_gives_up_its_deck_byline_stamp_and_ads() {
    let (_site, json) = built_fixture("attack");
    let page = &json["sources"][0];
    assert_eq!(page["author"], "Kate Connolly", "a byline without 'By'");
    assert!(page["standfirst"]
        .as_str()
        .unwrap()
        .starts_with("Austrian police shot the attacker dead"));
    assert_junk_gone(
        page,
        &[
            "Kate Connolly in Berlin",
            "18.02 GMT",
            "Advertisement",
            "Photograph:",
        ],
    );
    let by = |actor: &str| reaction_by(&json, actor);
    let von_der_leyen = by("Ursula von der Leyen");
    assert_eq!(von_der_leyen["affiliation"], "European Union");
    let rutte = by("Mark Rutte");
    assert_eq!(rutte["role"], "Nato secretary general");
    assert!(rutte["stance"]
        .as_array()
        .unwrap()
        .contains(&"concern".into()));
    assert_eq!(by("Karl Nehammer")["kind"], "party");
    let earlier: Vec<u64> = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["current"] == false)
        .filter_map(|c| c["killed"].as_u64())
        .collect();
    assert_eq!(earlier, [4, 130, 12], "earlier attacks' tolls kept apart");
}

#[test]
fn broadcaster_and_wire_pages_lose_their_labels_and_link_lists() {
    let (_site, json) = built_fixture("taiwan");
    let source = |id: &str| {
        json["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap()
            .clone()
    };
    let bbc = source("bbc");
    assert_eq!(bbc["publisher"], "BBC News", "the outlet under the byline");
    assert_eq!(bbc["author"], "Kelly Ng & Tessa Wong");
    for page in [bbc, source("aj")] {
        assert_junk_gone(
            &page,
            &[
                "Image caption",
                "Rescuers work at the site",
                "Media caption",
                "Related Topics",
                "More on this story",
                "share on social media",
                "share2",
            ],
        );
        let kept = page["paragraphs"].as_array().unwrap().len();
        assert!(kept >= 4, "the story stays: {kept} paragraphs");
    }
    let reactions = json["reactions"].as_array().unwrap();
    assert!(
        reactions.iter().all(|r| r["actor"] != "Lin Wei"),
        "a shop owner is a witness"
    );
    let kishida = reactions
        .iter()
        .find(|r| r["actor"] == "Fumio Kishida")
        .unwrap();
    assert_eq!(kishida["stance"], serde_json::json!(["offers aid"]));
}

#[test]
fn frontier_clashes_name_their_claimants_and_keep_the_past_apart() {
    let (_site, json) = built_fixture("frontier");
    let claim = |words: &str| claim_with(&json, words);
    // A rank before a name ending in -ed is no verb; "It said" is the ministry named before.
    assert_eq!(claim("26 civilians")["claimed_by"], "Ahmed Sharif Chaudhry");
    assert_eq!(
        claim("It said three")["claimed_by"],
        "India's defence ministry"
    );
    // With no year for the event, a toll dated by a year or "last month" is the past.
    assert_eq!(claim("In 2019")["current"], false);
    assert_eq!(claim("Last month")["current"], false);
    // Troops deployed and a population are not tolls; a wider war that "could kill" is a fear.
    let killed: Vec<u64> = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["killed"].as_u64())
        .collect();
    assert!(
        !killed.contains(&10_000) && !killed.contains(&12_000_000) && !killed.contains(&1_000),
        "{killed:?}"
    );
    assert_eq!(claim("Dozens of people")["vague"], true);
    assert_eq!(
        claim("Dozens of people")["killed"],
        12,
        "dozens at its lower bound"
    );
    assert!(
        json["event"]["place"].is_null(),
        "two countries joined are not a place"
    );
    let reactions = json["reactions"].as_array().unwrap();
    let dujarric = reactions
        .iter()
        .find(|r| r["actor"] == "Stephane Dujarric")
        .unwrap();
    assert_eq!(
        dujarric["affiliation"], "United Nations",
        "his spokesman: Guterres's"
    );
}

#[test]
fn a_landslide_keeps_forecasts_off_the_timeline_and_finds_coordinated_speakers() {
    let (_site, json) = built_fixture("landslide");
    let background = json["background"].as_array().unwrap();
    let whens: Vec<&str> = background
        .iter()
        .map(|b| b["when"].as_str().unwrap())
        .collect();
    // "runs from June to September" and "until mid-August" are a season and a forecast.
    assert!(
        whens
            .iter()
            .all(|w| !w.contains("June") && !w.contains("August")),
        "{whens:?}"
    );
    let two_years = background
        .iter()
        .find(|b| b["when"] == "Two years ago")
        .expect("Two years ago");
    assert_eq!(two_years["year"], 2022);
    let casualties = json["casualties"].as_array().unwrap();
    let stamp = casualties
        .iter()
        .find(|c| c["sentence"].as_str().unwrap().starts_with("Two dead"))
        .unwrap();
    assert_eq!(
        stamp["claimed_by"], "district office",
        "figures are not the speaker"
    );
    let oli = json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["actor"] == "KP Sharma Oli")
        .expect("'ordered … and said' names its speaker");
    assert_eq!(oli["role"], "Nepal's prime minister");
    assert_eq!(oli["kind"], "party");
}

#[test]
fn a_wire_page_loses_its_player_archive_photo_copyright_and_comment_bar() {
    let (_site, json) = built_fixture("wildfire");
    let page = &json["sources"][0];
    assert_eq!(page["publisher"], "AP", "'ATHENS, Greece (AP) —'");
    assert!(
        page["date"].is_null(),
        "an archive photo's date is not the story's"
    );
    let kept: Vec<&str> = page["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(kept.len(), 5, "the five paragraphs of the story: {kept:#?}");
    let killed = json["casualties"][0]["killed"].as_u64();
    assert_eq!(killed, Some(1), "one volunteer firefighter");
    assert!(json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["actor"] == "Kyriakos Mitsotakis"));
}

#[test]
fn an_earthquake_across_two_countries_keeps_each_claimant() {
    let (_site, json) = built_fixture("twin-quake");
    assert_eq!(
        json["sources"][0]["publisher"], "Reuters",
        "'ANKARA/DAMASCUS, Feb 6 (Reuters)'"
    );
    let claim = |words: &str| claim_with(&json, words);
    // An appositive with a participle ("a civil defence group operating in …") still names
    // the speaker before it.
    assert_eq!(claim("The White Helmets")["claimed_by"], "White Helmets");
    assert_eq!(claim("The White Helmets")["killed"], 380);
    let observatory = claim("put the number of dead");
    assert_eq!(observatory["killed"], 1000);
    assert!(observatory["claimed_by"]
        .as_str()
        .unwrap()
        .starts_with("Syrian Observatory for Human Rights"));
    assert_eq!(claim("In Turkey")["claimed_by"], "Fuat Oktay");
    let putin = json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["actor"] == "Vladimir Putin")
        .expect("'offered condolences' is a statement");
    assert_eq!(putin["affiliation"], "Russia");
}

#[test]
fn a_coup_draws_reactions_from_capitals_by_their_seats() {
    let (_site, json) = built_fixture("coup");
    assert_eq!(
        json["event"]["parties"],
        serde_json::json!(["Niger"]),
        "the opening, not the reactions"
    );
    let by = |actor: &str| reaction_by(&json, actor);
    for (seat, country) in [
        ("White House", "United States"),
        ("Downing Street", "United Kingdom"),
        ("Elysee", "France"),
        ("Kremlin", "Russia"),
    ] {
        assert_eq!(by(seat)["affiliation"], country, "{seat}");
        assert_eq!(by(seat)["kind"], "international", "{seat}");
    }
    assert_eq!(
        by("Moussa Faki Mahamat")["affiliation"],
        "African Union",
        "a body of the AU"
    );
    assert_eq!(
        by("Wang Wenbin")["affiliation"],
        "China",
        "Beijing, named in his sentence"
    );
}

#[test]
fn a_dam_collapse_credits_figures_and_leaders_by_what_they_head() {
    let (_site, json) = built_fixture("dam");
    assert_eq!(
        json["event"]["place"], "Derna",
        "a demonym is not the place"
    );
    let toll = &json["casualties"][0];
    assert_eq!(toll["killed"], 5300);
    assert_eq!(
        toll["claimed_by"], "interior ministry of the eastern administration",
        "according to figures from …"
    );
    let by = |actor: &str| reaction_by(&json, actor);
    let dbeibah = by("Abdulhamid Dbeibah");
    assert_eq!(dbeibah["role"], "head of the Tripoli-based government");
    assert_eq!(dbeibah["kind"], "party");
    assert_eq!(by("Petteri Taalas")["kind"], "international", "the WMO");
}

#[test]
fn a_web_page_keeps_a_short_last_sentence_after_its_share_bar() {
    let (_site, json) = built_fixture("flash-flood");
    let page = &json["sources"][0];
    assert_eq!(page["publisher"], "The Daily Post");
    assert_eq!(page["author"], "Ana Ruiz");
    let last = page["paragraphs"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["text"],
        "The last comparable flood, in 1957, killed 81 people in Valencia."
    );
    assert_junk_gone(
        page,
        &["Share on Facebook", "Photograph:", "All rights reserved"],
    );
    assert_eq!(claim_with(&json, "in 1957")["current"], false);
    assert_eq!(reaction_by(&json, "Pedro Sánchez")["kind"], "party");
}

#[test]
fn a_shipwreck_hears_from_bodies_named_in_full_and_a_pope() {
    let (_site, json) = built_fixture("shipwreck");
    assert_eq!(claim_with(&json, "capsized")["claimed_by"], "coast guard");
    // "International Organization" is not a person's name.
    let iom = reaction_by(&json, "International Organization for Migration");
    assert_eq!(iom["kind"], "international");
    let pope = reaction_by(&json, "Pope Francis");
    assert_eq!(pope["affiliation"], "Holy See");
    for country in ["France", "Germany", "Italy"] {
        assert_eq!(
            reaction_by(&json, country)["kind"],
            "international",
            "joint statement"
        );
    }
}

#[test]
fn a_missile_strike_on_a_city_finds_its_sides_its_toll_and_whose_spokespeople_speak() {
    let (_site, json) = built_fixture("missile-strike");
    let guardian = source_by_file(&json, "guardian-dnipro.txt");
    assert_junk_gone(guardian, &["This article is more than 1 year old"]);
    // The sides are in the standfirst when the first paragraph is one.
    let parties = json["event"]["parties"].as_array().expect("parties");
    assert!(parties.contains(&"Russia".into()) && parties.contains(&"Ukraine".into()));
    // "The death toll from a … strike on … in the … city of Dnipro has risen to 30".
    assert_eq!(claim_with(&json, "has risen to 30")["killed"], 30);
    // 13 children are a part of the injured, not added to the missing.
    assert_eq!(claim_with(&json, "unaccounted for")["missing"], 40);
    // A regional governor of the city's country speaks for it.
    assert_eq!(
        reaction_by(&json, "Valentyn Reznichenko")["affiliation"],
        "Ukraine"
    );
    // "Vladimir Putin's spokesperson" after "The Kremlin denied responsibility."
    assert_eq!(reaction_by(&json, "Dmitry Peskov")["affiliation"], "Russia");
    // "Its spokesperson" is the UN office's, and the office speaks within the UN.
    let spokesperson = reaction_by(&json, "Ravina Shamdasani");
    assert_eq!(spokesperson["affiliation"], "United Nations");
    assert_eq!(spokesperson["role"], "spokesperson for OHCHR");
    let isw = reaction_by(&json, "Institute for the Study of War");
    assert_eq!(isw["kind"], "analyst");
    let france = reaction_by(&json, "French foreign ministry");
    assert!(france["stance"]
        .as_array()
        .unwrap()
        .contains(&"condemns".into()));
}

#[test]
fn a_port_blast_has_its_place_outlet_toll_and_offers_of_help() {
    let (_site, json) = built_fixture("port-blast");
    // "Beirut explosion: …": a headline's first word is the place when what happened follows.
    assert_eq!(json["event"]["place"], "Beirut");
    let aljazeera = source_by_file(&json, "aljazeera-blast.txt");
    // "SOURCE: …" in capitals; "travel to Beirut on Thursday" names no outlet.
    assert_eq!(aljazeera["publisher"], "Al Jazeera");
    // The toll crosses an appositive: "… Lebanon's capital, Beirut, has risen to 135".
    let toll = claim_with(&json, "has risen to 135");
    assert_eq!(toll["killed"], 135);
    assert_eq!(toll["claimed_by"], "Lebanon's health minister");
    // "Among the dead was X, the secretary-general of Y, the party said" is no one's statement.
    let reactions = json["reactions"].as_array().unwrap();
    assert!(reactions
        .iter()
        .all(|r| !r["actor"].as_str().unwrap().contains("secretary-general")));
    let israel = reaction_by(&json, "Israel");
    assert!(israel["stance"]
        .as_array()
        .unwrap()
        .contains(&"offers aid".into()));
    // A span of years is one recalled fact.
    let war: Vec<_> = json["background"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["sentence"].as_str().unwrap().contains("civil war"))
        .collect();
    assert_eq!(war.len(), 1);
    assert_eq!(war[0]["when"], "1975-1990");
}

#[test]
fn a_crackdown_has_arrests_rival_tolls_and_whose_spokesman_speaks() {
    let (_site, json) = built_fixture("crackdown");
    let cnn = source_by_file(&json, "cnn-protests.txt");
    // "DUBAI, Sept 26 (Reuters)": a dateline's day in the event's year.
    assert_eq!(
        source_by_file(&json, "reuters-protests.txt")["date"],
        "2022-09-26"
    );
    assert_junk_gone(cnn, &["Link Copied!", "Video Ad Feedback"]);
    let claim = |words: &str| claim_with(&json, words);
    assert_eq!(claim("documented the deaths of")["killed"], 52);
    assert_eq!(claim("arrested more than 1,200")["detained"], 1200);
    // A clause between the count and its verb: "41 people, including …, had died".
    let state_tv = claim("including members of the security forces");
    assert_eq!(state_tv["killed"], 41);
    assert_eq!(state_tv["claimed_by"], "State television");
    assert_eq!(
        claim("At least 76 people")["claimed_by"],
        "Iran Human Rights"
    );
    // "In Washington, the State Department said" is a body, not a title and a name.
    assert_eq!(
        reaction_by(&json, "State Department")["affiliation"],
        "United States"
    );
    // "…,” spokesman Ned Price told reporters" after the State Department spoke.
    assert_eq!(
        reaction_by(&json, "Ned Price")["affiliation"],
        "United States"
    );
    // "Germany summoned …, and Foreign Minister Annalena Baerbock said".
    assert_eq!(
        reaction_by(&json, "Annalena Baerbock")["affiliation"],
        "Germany"
    );
    let trudeau = reaction_by(&json, "Justin Trudeau");
    assert!(trudeau["stance"]
        .as_array()
        .unwrap()
        .contains(&"calls for sanctions".into()));
}

#[test]
fn a_plane_crash_counts_all_aboard_and_names_the_outlet_in_a_byline() {
    let (_site, json) = built_fixture("plane-crash");
    let bbc = source_by_file(&json, "bbc-crash.txt");
    assert_eq!(bbc["publisher"], "BBC News", "By Name, BBC News");
    // "killing all 167 people on board" in 1992 is the past.
    let past = claim_with(&json, "killing all 167");
    assert_eq!(past["killed"], 167);
    assert_eq!(past["current"], false);
    let among = claim_with(&json, "were among the dead");
    assert_eq!(among["killed"], 6);
    assert_eq!(among["group"], "infants and children");
    assert_eq!(among["claimed_by"], "airline");
    // Two-letter initials open a name; "also known as" is not a part of the role.
    assert_eq!(reaction_by(&json, "AK Chhetri")["role"], "Police official");
    assert_eq!(
        reaction_by(&json, "Pushpa Kamal Dahal")["role"],
        "Nepal's Prime Minister"
    );
}

#[test]
fn an_outbreak_counts_deaths_not_infections_and_names_a_government_once() {
    let (_site, json) = built_fixture("outbreak");
    let lead = claim_with(&json, "has killed 1,210 people");
    assert_eq!(lead["killed"], 1210);
    assert!(lead["injured"].is_null(), "infections are not injuries");
    // "80 new deaths": a count with a word between it and its noun.
    assert_eq!(claim_with(&json, "80 new deaths")["killed"], 80);
    assert_eq!(claim_with(&json, "In 2001")["current"], false);
    // "The United States pledged …, the U.S. embassy said": one statement.
    let us: Vec<_> = json["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["affiliation"] == "United States")
        .collect();
    assert_eq!(us.len(), 1);
    // "Health Minister X": a portfolio, not a place.
    let reactions = json["reactions"].as_array().unwrap();
    assert!(reactions.iter().all(|r| r["affiliation"] != "Health"));
}

#[test]
fn a_civil_war_hears_both_forces_and_reads_a_denial_as_no_stance() {
    let (_site, json) = built_fixture("civil-war");
    // "Sudan fighting: Army and RSF agree …": the place opens the headline; "Army" after
    // the colon is a subject, not a place.
    assert_eq!(json["event"]["place"], "Sudan");
    // "In a statement, the RSF said": a body known by its initials.
    assert_eq!(reaction_by(&json, "RSF")["affiliation"], "RSF");
    // "would not negotiate" is no call for talks.
    let burhan = reaction_by(&json, "Abdel Fattah al-Burhan");
    assert!(burhan["stance"].as_array().unwrap().is_empty());
    let au = reaction_by(&json, "African Union");
    assert_eq!(au["stance"][0], "calls for a ceasefire");
}

#[test]
fn an_attack_on_troops_abroad_gives_unqualified_offices_the_country_the_article_names_most() {
    let (_site, json) = built_fixture("drone-attack");
    // The attack was in Jordan; "President Joe Biden" in an article about US troops is of
    // the United States.
    assert_eq!(
        reaction_by(&json, "Joe Biden")["affiliation"],
        "United States"
    );
    assert_eq!(
        reaction_by(&json, "Lloyd Austin")["affiliation"],
        "United States"
    );
    assert_eq!(
        reaction_by(&json, "Muhannad Mubaidin")["affiliation"],
        "Jordan"
    );
    // "The Islamic Resistance in Iraq, an umbrella group of …": a group, then what it is.
    let group = reaction_by(&json, "Islamic Resistance in Iraq");
    assert_eq!(group["role"], "an umbrella group of Iran-backed militias");
}

#[test]
fn a_market_attack_is_placed_by_the_name_before_the_headlines_colon_not_by_the_feast() {
    let (_site, json) = built_fixture("market-attack");
    // "Magdeburg: Five dead, …" over "… into a Christmas market".
    assert_eq!(json["event"]["place"], "Magdeburg");
    // "41 of the injured were in a serious condition": a part of the injured, and with no
    // total of the injured beside it, the sentence's count of them (as annotators count it).
    let part = claim_with(&json, "41 of the injured");
    assert_eq!(part["injured"], 41);
    assert_eq!(part["parts"][0]["count"], 41);
    assert_eq!(claim_with(&json, "December 2016")["current"], false);
}

#[test]
fn a_print_edition_of_hundreds_of_sources_leads_to_their_pages_instead_of_reprinting_them() {
    let site = tempfile::tempdir().unwrap();
    fs::write(site.path().join("site.toml"), "title = \"Many reports\"\n").unwrap();
    fs::create_dir(site.path().join("seeds")).unwrap();
    let count = brief::render::PRINT_APPENDIX_MAX_SOURCES + 1;
    for i in 0..count {
        fs::write(
            site.path().join(format!("seeds/r{i:03}.txt")),
            format!("Flood report {i}\nAt least {} people were killed in the flood in district {i} on Monday, officials said.\n", i + 2),
        )
        .unwrap();
    }
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let print = read(site.path().join("public/print.html"));
    assert!(!print.contains("class=\"print-source"), "sources reprinted");
    assert!(print.contains(&format!("The {count} sources are not printed here")));
    // A citation leads to its reference, and the reference to the paragraph on its page.
    let cited = print
        .find("<a class=\"ref\" href=\"#ref-")
        .expect("a citation");
    let n = &print[cited + 26..cited + 26 + print[cited + 26..].find('"').unwrap()];
    let entry = print.find(&format!("<a id=\"ref-{n}\"")).unwrap();
    assert!(print[entry..].starts_with(&format!("<a id=\"ref-{n}\" href=\"sources/r")));
    assert!(print.contains("href=\"sources/r000/index.html#p1\""));
    check_links(&site.path().join("public"));
}

#[test]
fn the_print_appendix_does_not_reprint_a_paragraph_the_text_quotes_whole() {
    let site = tempfile::tempdir().unwrap();
    fs::write(site.path().join("site.toml"), "title = \"A flood\"\n").unwrap();
    fs::create_dir(site.path().join("seeds")).unwrap();
    fs::write(
        site.path().join("seeds/report.txt"),
        "Flood in the valley\n\
         At least 12 people were killed in the flood on Monday, officials said.\n\
         The river rose quickly after two days of heavy rain across the hills.\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let print = read(site.path().join("public/print.html"));
    let at = print.find("id=\"sec-appendix\"").unwrap();
    let (text, appendix) = print.split_at(at);
    assert!(text.contains("At least 12 people were killed in the flood on Monday, officials said."));
    assert!(
        !appendix.contains("At least 12 people were killed"),
        "{appendix}"
    );
    // The citation still leads to a line in the appendix carrying its number.
    assert!(
        appendix.contains(
            "id=\"r1\"><span class=\"refmark\">[1]</span> ¶1 is quoted in full in the text."
        ),
        "{appendix}"
    );
    check_links(&site.path().join("public"));
}

#[test]
fn the_print_appendix_prints_cited_paragraphs_and_leads_to_the_others() {
    let site = tempfile::tempdir().unwrap();
    fs::write(site.path().join("site.toml"), "title = \"A flood\"\n").unwrap();
    fs::create_dir(site.path().join("seeds")).unwrap();
    fs::write(
        site.path().join("seeds/report.txt"),
        "Flood in the valley\n\
         At least 12 people were killed in the flood on Monday, officials said. Rescuers searched the banks until dark.\n\
         The river rose quickly after two days of heavy rain across the hills.\n\
         Shops along the old market street stayed closed for the rest of the week.\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let print = read(site.path().join("public/print.html"));
    let appendix = &print[print.find("id=\"sec-appendix\"").unwrap()..];
    assert!(
        appendix.contains("At least 12 people were killed in the flood on Monday, officials said. Rescuers searched"),
        "{appendix}"
    );
    assert!(!appendix.contains("The river rose quickly"), "{appendix}");
    assert!(appendix.contains("href=\"sources/report/index.html#p2\">¶2–3</a> not cited"));
    check_links(&site.path().join("public"));
}

/// With brief's own templates the long lists are made into template values one at a time and
/// pruned to the fields the templates read; a site with a template of its own gets every list
/// whole on every page. Both must write the same pages.
#[test]
fn pages_are_the_same_whether_the_lists_are_staged_or_whole() {
    let staged = common::seeds_site();
    assert!(brief(staged.path(), &["build"]).status.success());
    let whole = common::seeds_site();
    let own = whole.path().join("templates");
    fs::create_dir_all(&own).unwrap();
    // The built-in 404 page with a comment: the same page, but a template of the site's own.
    let not_found = include_str!("../templates/404.html");
    fs::write(own.join("404.html"), format!("{{# ours #}}{not_found}")).unwrap();
    assert!(brief(whole.path(), &["build"]).status.success());
    let pages = files(&staged.path().join("public"));
    assert!(pages.len() > 10);
    for rel in pages {
        let bytes = |site: &tempfile::TempDir| fs::read(site.path().join("public").join(&rel));
        assert!(
            bytes(&staged).unwrap() == bytes(&whole).unwrap(),
            "{} differs",
            rel.display()
        );
    }
}
