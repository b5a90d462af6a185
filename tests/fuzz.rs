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
    raw_named(i, text, if markdown { "md" } else { "txt" })
}

fn raw_named(i: usize, text: String, extension: &str) -> RawSource {
    let name = format!("s{i}.{extension}");
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
    run_sources(sources);
}

fn run_sources(sources: Vec<RawSource>) {
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
            text.join(" ").contains(c.sentence.trim()) || made_of_its_sentences(&c.sentence, &text),
            "cited sentence not in its paragraphs"
        );
    }
    let briefing = assemble(&config, &articles, &facts, claims, None, warnings);
    let renderer = Renderer::new(Path::new("/nonexistent-site-root"), "default").unwrap();
    let pages = brief::output::Collected::default();
    render_site(&renderer, &briefing, None, &pages).expect("rendering never fails on seed text");
    serde_json::to_string(&briefing).unwrap();
}

/// Is `cited` whole sentences of `paragraphs`, in order, with others skipped between? A statement
/// carried on by a later sentence ("…,” he added) is cited without the sentences between
/// (found by `seeds_of_random_structure_…`; whether it should say so is left to the
/// extraction's rewrite, issue 9), but nothing in it may be made up.
fn made_of_its_sentences(cited: &str, paragraphs: &[&str]) -> bool {
    let mut rest = cited.trim();
    let sentences = paragraphs
        .iter()
        .flat_map(|p| brief::text::sentences::split_sentences(p));
    for sentence in sentences {
        if let Some(after) = rest.strip_prefix(sentence.as_str()) {
            rest = after.trim_start();
        }
    }
    rest.is_empty()
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
        // Found by `seeds_of_random_structure_…`: the reach of a subject before its verb
        // began inside a three-byte character.
        &format!("T\n\n{} the minister said.", "ￂ".repeat(100)),
        // Found by `seeds_of_random_structure_…`: a quotation running on into the next
        // paragraph carried the statement on past a sentence between.
        "A\n\nsaid Russia's said ? Aa \n \"\n",
    ];
    for c in cases {
        run_pipeline(vec![(c.to_string(), c.starts_with("+++"))]);
    }
}

// Seeds of random structure, nesting and length (issue 14): whole `.txt`, `.md` (with front
// matter of every kind, broken included) and `.html` files, some with lines of hundreds of
// kilobytes or elements nested thousands deep. Each must go through without a panic, and the
// time a seed takes must grow no faster than its size.

/// A line of up to a few hundred kilobytes: a few tokens repeated, with no full stop needed.
fn long_line() -> impl Strategy<Value = String> {
    (prop::collection::vec(token(), 1..12), 1usize..20_000).prop_map(|(tokens, times)| {
        let unit = tokens.join(" ") + " ";
        let times = times.min(300_000 / unit.len().max(1));
        unit.repeat(times.max(1))
    })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop_oneof![8 => article_text(), 1 => long_line()]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(paragraph(), 0..12).prop_map(|p| p.join("\n\n"))
}

fn txt_seed() -> impl Strategy<Value = String> {
    ("[A-Z][a-z]{0,10}( [a-z]{1,8}){0,8}", body()).prop_map(|(h, b)| format!("{h}\n\n{b}\n"))
}

/// Front matter as Zola, Hugo and Jekyll users write it, known keys and others, well formed
/// or not.
fn front_matter() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "publisher",
        "url",
        "date",
        "author",
        "draft",
        "tags",
        "slug",
        "description",
        "lang",
        "weight",
        "x",
    ]);
    let value = prop_oneof![
        "\\PC{0,20}".prop_map(|v| format!("{v:?}")),
        Just("true".to_string()),
        Just("2023-09-19".to_string()),
        Just("[\"a\", \"b\"]".to_string()),
        Just("\"javascript:alert(1)\"".to_string()),
        "[0-9]{1,4}",
        "\\PC{0,12}",
    ];
    let pairs = prop::collection::vec((key, value), 0..8);
    (pairs, 0u8..4).prop_map(|(pairs, style)| match style {
        0 => {
            let lines: Vec<String> = pairs.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            format!("+++\n{}\n+++\n", lines.join("\n"))
        }
        1 => {
            let lines: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("---\n{}\n---\n", lines.join("\n"))
        }
        // Never closed.
        2 => format!("+++\ntitle = {:?}\n", pairs.len()),
        _ => String::new(),
    })
}

fn md_seed() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        3 => paragraph(),
        1 => article_text().prop_map(|t| format!("## {t}")),
        1 => article_text().prop_map(|t| format!("> {t}")),
    ];
    (front_matter(), prop::collection::vec(line, 0..12))
        .prop_map(|(front, lines)| format!("{front}\n{}\n", lines.join("\n\n")))
}

/// One piece of a page: an element around more pieces, nesting to random depth, text, or
/// the markup that parsers treat specially.
fn html_piece() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "div", "p", "span", "article", "section", "li", "ul", "table", "tr", "td", "svg", "b", "a",
        "font", "h1", "noscript", "main", "title", "style",
    ]);
    let leaf = prop_oneof![
        article_text().prop_map(|t| t.replace('<', "&lt;")),
        Just("<script>var s = '<div><div>';</script>".to_string()),
        Just("<!-- <div> -->".to_string()),
        Just("<!-->".to_string()),
        Just("<br><img src=\"x.png\" alt=\"a>b\">".to_string()),
        Just("<meta property=\"og:site_name\" content=\"The Ledger\">".to_string()),
        "<[a-z]{1,6}( [a-z]{1,4}=\"[^\"]{0,6}\")?>",
        "</[a-z]{1,6}>",
    ];
    leaf.prop_recursive(4, 64, 6, move |inner| {
        (
            tag.clone(),
            prop::collection::vec(inner, 0..6),
            0usize..3_000,
            any::<bool>(),
        )
            .prop_map(|(tag, children, depth, closed)| {
                // Most elements hold their children once; some wrap them thousands deep.
                let depth = if depth % 7 == 0 { depth } else { 1 };
                let open = format!("<{tag}>").repeat(depth);
                let close = if closed {
                    format!("</{tag}>").repeat(depth)
                } else {
                    String::new()
                };
                format!("{open}{}{close}", children.concat())
            })
    })
}

fn html_seed() -> impl Strategy<Value = String> {
    ("\\PC{0,30}", prop::collection::vec(html_piece(), 0..6)).prop_map(|(title, pieces)| {
        format!(
            "<!DOCTYPE html><html><head><title>{}</title></head><body><article>{}</article></body></html>",
            title.replace('<', ""),
            pieces.concat()
        )
    })
}

/// One seed of any kind, with its file extension.
fn seed() -> impl Strategy<Value = (String, &'static str)> {
    prop_oneof![
        txt_seed().prop_map(|t| (t, "txt")),
        md_seed().prop_map(|t| (t, "md")),
        html_seed().prop_map(|t| (t, "html")),
    ]
}

/// How long seeds took, by size, to show whether time grows faster than size.
#[derive(Default)]
struct Timings {
    runs: Vec<(usize, std::time::Duration)>,
}

impl Timings {
    fn report(&self, total: std::time::Duration) {
        let mut runs = self.runs.clone();
        runs.sort_by_key(|r| r.0);
        let Some(&(largest, largest_took)) = runs.last() else {
            return;
        };
        let per_kb = |(bytes, took): (usize, std::time::Duration)| {
            took.as_secs_f64() * 1e6 / (bytes.max(1024) as f64 / 1024.0)
        };
        let slowest = runs
            .iter()
            .copied()
            .max_by(|a, b| per_kb(*a).total_cmp(&per_kb(*b)));
        let slowest_abs = runs.iter().copied().max_by_key(|r| r.1);
        // Time per KB in the smaller and the larger half: a quadratic stage shows as the
        // larger half costing far more per KB.
        let half = runs.len() / 2;
        let mean = |rs: &[(usize, std::time::Duration)]| {
            let bytes: usize = rs.iter().map(|r| r.0.max(1024)).sum();
            let secs: f64 = rs.iter().map(|r| r.1.as_secs_f64()).sum();
            secs * 1e6 / (bytes as f64 / 1024.0)
        };
        eprintln!(
            "fuzz: {} seeds in {total:.1?}; largest {largest} bytes in {largest_took:.1?}; slowest {slowest_abs:?}; most per KB {slowest:?}; µs per KB: smaller half {:.0}, larger half {:.0}",
            runs.len(),
            mean(&runs[..half]),
            mean(&runs[half..]),
        );
    }
}

/// With `BRIEF_FUZZ_LOG=FILE`, appends each case's size in bytes, time in microseconds and
/// kinds of seed, so a long run stopped midway still leaves its numbers.
fn log_run(bytes: usize, took: std::time::Duration, kinds: &str) {
    use std::io::Write as _;
    let Some(path) = std::env::var_os("BRIEF_FUZZ_LOG") else {
        return;
    };
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(f, "{bytes}\t{}\t{kinds}", took.as_micros());
    }
}

/// Seeds of random structure, nesting and length never panic, and none takes longer than a
/// bound growing linearly with its size (generous: debug builds on a shared machine).
#[test]
fn seeds_of_random_structure_nesting_and_length_never_panic_nor_crawl() {
    use proptest::test_runner::{Config as RunnerConfig, TestRunner};
    // A few dozen by default so CI stays fast; PROPTEST_CASES runs more.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(16);
    let mut runner = TestRunner::new(RunnerConfig {
        cases,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    let timings = std::sync::Mutex::new(Timings::default());
    let started = std::time::Instant::now();
    let result = runner.run(&prop::collection::vec(seed(), 1..3), |seeds| {
        let bytes: usize = seeds.iter().map(|s| s.0.len()).sum();
        let kinds: Vec<&str> = seeds.iter().map(|s| s.1).collect();
        let kinds = kinds.join("+");
        let sources = seeds
            .into_iter()
            .enumerate()
            .map(|(i, (text, ext))| raw_named(i, text, ext))
            .collect();
        let began = std::time::Instant::now();
        run_sources(sources);
        let took = began.elapsed();
        timings.lock().unwrap().runs.push((bytes, took));
        log_run(bytes, took, &kinds);
        // 30 s, plus 100 µs a byte: a quadratic stage passes it within a few hundred KB.
        let bound = std::time::Duration::from_secs(30)
            + std::time::Duration::from_micros(100 * bytes as u64);
        prop_assert!(took < bound, "{bytes} bytes took {took:?}");
        Ok(())
    });
    timings.lock().unwrap().report(started.elapsed());
    if let Err(e) = result {
        panic!("{e}");
    }
}
