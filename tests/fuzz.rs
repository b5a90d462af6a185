//! Property tests standing in for a fuzzer: arbitrary bytes and arbitrary news-shaped text
//! through ingest, clean, extract, assemble and render must never panic, and every claim must
//! cite a sentence that is really in its paragraph.
//!
//! `PROPTEST_CASES=100000 cargo test --release --test fuzz` runs it longer.

use std::path::{Path, PathBuf};

use brief::briefing::assemble;
use brief::build::clean_all;
use brief::config::Config;
use brief::extract::{event::infer_event, extract_claims};
use brief::ingest::{decode_article, RawSource};
use brief::render::{render_site, Renderer};
use proptest::prelude::*;

/// Words that steer the extractors into their branches, mixed with arbitrary text.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "said",
            "told",
            "according to",
            "he",
            "it",
            "“",
            "”",
            "\"",
            ",",
            ".",
            "?",
            "–",
            "killed",
            "wounded",
            "including",
            "of them",
            "at least",
            "more than",
            "dozens",
            "hundreds of thousands",
            "two",
            "twenty-one",
            "2,000",
            "1.5 million",
            "a million",
            "1994",
            "1980s",
            "late",
            "last December",
            "in July",
            "last year",
            "Tuesday",
            "September 19, 2023",
            "Russia's",
            "French",
            "President",
            "Foreign Minister",
            "EU",
            "U.N.",
            "Anna Weber",
            "Weber",
            "which",
            "who",
            "called",
            "called on",
            "condemned",
            "urged",
            "the",
            "a",
            "an",
            "(Reporting by",
            "Source:",
            "BAKU (Reuters) -",
            "Related:",
            "Share",
            "[Jo/AFP]",
            "#",
            ">",
            "+++",
            "\n",
            "\n\n",
            "{{",
            "}}",
            "{%",
            "%}",
            "<script>",
            "&",
            "’s",
            "Armenians call",
            "known as",
            "previous war",
        ])
        .prop_map(str::to_string),
        "\\PC{0,12}",
        "[A-Z][a-z]{1,8}",
        "[0-9]{1,7}",
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..160).prop_map(|t| t.join(" "))
}

fn raw(i: usize, text: String, markdown: bool) -> RawSource {
    let name = if markdown {
        format!("s{i}.md")
    } else {
        format!("s{i}.txt")
    };
    RawSource {
        file: format!("seeds/{name}"),
        rel: PathBuf::from(name),
        text,
    }
}

fn run_pipeline(texts: Vec<(String, bool)>) {
    let sources: Vec<RawSource> = texts
        .into_iter()
        .enumerate()
        .map(|(i, (t, md))| raw(i, t, md))
        .collect();
    let (articles, warnings) = clean_all(&sources);
    let config = Config::parse("title = \"Fuzz\"", Path::new("site.toml")).unwrap();
    let people = brief::extract::speakers::PeopleDirectory::build(&articles);
    let facts = infer_event(&articles, &config.event, &people);
    let claims = extract_claims(&articles, &facts, &people);
    let no_more: &[String] = &[];
    for (c, more) in claims
        .casualties
        .iter()
        .map(|c| (&c.cite, no_more))
        .chain(
            claims
                .reactions
                .iter()
                .map(|r| (&r.cite, r.continued_in.as_slice())),
        )
        .chain(claims.background.iter().map(|b| (&b.cite, no_more)))
    {
        let a = articles
            .iter()
            .find(|a| a.id == c.source)
            .expect("cited source exists");
        // A statement may run on into the paragraphs it names after its own.
        let text: Vec<&str> = std::iter::once(&c.block)
            .chain(more)
            .map(|id| {
                a.blocks
                    .iter()
                    .find(|b| &b.id == id)
                    .expect("cited block exists")
                    .text
                    .as_str()
            })
            .collect();
        assert!(
            text.join(" ").contains(c.sentence.trim()),
            "cited sentence not in its paragraphs"
        );
    }
    let briefing = assemble(&config, &articles, &facts, claims, None, warnings);
    let renderer = Renderer::new(Path::new("/nonexistent-site-root"), "default").unwrap();
    let pages = brief::output::Collected::default();
    render_site(&renderer, &briefing, None, &pages).expect("rendering never fails on seed text");
    serde_json::to_string(&briefing).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_ingest(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(d) = decode_article(&bytes) {
            run_pipeline(vec![(d.text, false)]);
        }
    }

    #[test]
    fn news_shaped_text_never_panics(texts in prop::collection::vec((article_text(), any::<bool>()), 1..4)) {
        run_pipeline(texts);
    }
}

#[test]
fn regression_inputs_from_fuzzing() {
    // Inputs that once broke a stage, kept so they never do again.
    let cases = [
        // A multi-byte dash right before a date: label slicing cut inside a character.
        "T\n\nThe war – 1994 – ended.",
        // Digits with a thousands comma after a casualty verb at the very end.
        "T\n\nThe blast killed 2,000",
        // A count phrase running past its cue.
        "T\n\nsix of its citizens killed",
        // Found by `news_shaped_text_never_panics`: a letter whose lowercase form is longer
        // ('Ⱥ') before "according to" made an offset from a lowercased copy cut a character.
        "T\n\nȺȺȺ Foreign Minister said ᛉ, according to the EU, the talks failed.",
        // An unclosed front matter fence in Markdown.
        "+++\ntitle = 'x'\n",
    ];
    for c in cases {
        run_pipeline(vec![(c.to_string(), c.starts_with("+++"))]);
    }
}
