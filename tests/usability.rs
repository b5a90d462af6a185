//! What a user coming from Zola or Hugo expects of the command line and the site folder:
//! short flags, a clear word where there is no site, `static/`, `brief new`, pages that say
//! what to do on an empty site, themes that add to the default.

mod common;

use std::fs;

use common::{brief, fixture, read, stderr};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn short_flags_work_as_in_zola_and_hugo() {
    let site = fixture("quake");
    let elsewhere = tempfile::tempdir().unwrap();
    let root = site.path().to_str().unwrap();
    let out = brief(
        elsewhere.path(),
        &[
            "build",
            "-r",
            root,
            "-o",
            "site",
            "-u",
            "https://example.org/q",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let index = read(site.path().join("site/index.html"));
    assert!(
        index.contains("https://example.org/q/"),
        "-u sets the base URL"
    );
    let help = stdout(&brief(elsewhere.path(), &["serve", "--help"]));
    for flag in [
        "-r, --root",
        "-u, --base-url",
        "-p, --port",
        "-i, --interface",
        "-O, --open",
        "--drafts",
    ] {
        assert!(help.contains(flag), "serve --help lacks {flag}:\n{help}");
    }
}

#[test]
fn no_site_toml_says_so_and_points_to_init() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["build", "check"] {
        let out = brief(dir.path(), &[cmd]);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains("has no site.toml"), "{cmd}: {err}");
        assert!(err.contains("brief init"), "{cmd}: {err}");
    }
}

#[test]
fn static_files_are_copied_as_they_are() {
    let site = fixture("quake");
    fs::create_dir_all(site.path().join("static/img")).unwrap();
    let png = [0x89u8, b'P', b'N', b'G', 0, 1, 2, 255];
    fs::write(site.path().join("static/img/map.png"), png).unwrap();
    fs::write(site.path().join("static/annex.pdf"), "%PDF-1.4 annex").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read(site.path().join("public/img/map.png")).unwrap(),
        png
    );
    assert_eq!(read(site.path().join("public/annex.pdf")), "%PDF-1.4 annex");
    assert!(site.path().join("public/casualties/index.html").is_file());
}

#[test]
fn a_static_file_in_the_place_of_a_generated_page_is_an_error_naming_both() {
    let site = fixture("quake");
    fs::create_dir_all(site.path().join("static/casualties")).unwrap();
    fs::write(site.path().join("static/casualties/index.html"), "mine").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success(), "the build should stop");
    let err = stderr(&out);
    assert!(err.contains("static/casualties/index.html"), "{err}");
    assert!(
        err.contains("brief generates as casualties/index.html"),
        "{err}"
    );
    assert!(
        !site.path().join("public").exists(),
        "nothing is written on a collision"
    );
}

/// `brief init`, then `brief build` with nothing in `seeds/`.
fn built_empty_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = brief(dir.path(), &["init", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = brief(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

#[test]
fn an_empty_site_says_what_to_do_instead_of_empty_headings() {
    let site = built_empty_site();
    for page in [
        "index.html",
        "casualties/index.html",
        "reactions/index.html",
        "background/index.html",
        "print.html",
    ] {
        let html = read(site.path().join("public").join(page));
        assert!(
            html.contains("No articles yet"),
            "{page} does not say what to do"
        );
        assert!(html.contains("seeds/"), "{page} does not name the folder");
        assert!(!html.contains("in the 0 sources"), "{page}: '0 sources'");
        assert!(!html.contains(">0 statements"), "{page}: '0 statements'");
    }
    let index = read(site.path().join("public/index.html"));
    assert!(
        !index.contains("What happened"),
        "an empty heading on the summary"
    );
}

#[test]
fn init_seeds_readme_lists_every_accepted_format() {
    let site = built_empty_site();
    let readme = read(site.path().join("seeds/README.md"));
    for ext in ["`.txt`", "`.md`", "`.html`", "`.htm`"] {
        assert!(readme.contains(ext), "seeds/README.md lacks {ext}");
    }
}

#[test]
fn notes_never_make_two_headings_in_a_row() {
    let two_in_a_row = regex::Regex::new(r"</h[1-6]>\s*<h[1-6]").unwrap();
    let site = built_empty_site();
    let index = read(site.path().join("public/index.html"));
    assert!(!two_in_a_row.is_match(&index), "init's notes: {index}");
    fs::write(
        site.path().join("notes.md"),
        "## What to watch\n\nThe toll.\n",
    )
    .unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    let index = read(site.path().join("public/index.html"));
    assert!(
        !two_in_a_row.is_match(&index),
        "notes with a heading: {index}"
    );
    assert!(index.contains("What to watch"));
}

#[test]
fn a_theme_changing_one_colour_is_one_line() {
    let site = fixture("quake");
    fs::create_dir_all(site.path().join("themes/teal")).unwrap();
    fs::write(
        site.path().join("themes/teal/style.css"),
        ":root { --accent: teal; }\n",
    )
    .unwrap();
    fs::write(
        site.path().join("site.toml"),
        "title = \"Quake\"\ntheme = \"teal\"\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let css = read(site.path().join("public/theme/style.css"));
    let default =
        read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/style.css"));
    assert!(css.starts_with(&default), "the default rules are kept");
    assert!(
        css.trim_end().ends_with(":root { --accent: teal; }"),
        "the theme's rule comes last"
    );
}

/// Runs `brief` in `dir` with `input` on its standard input.
fn brief_with_stdin(dir: &std::path::Path, args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run brief");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("brief finishes")
}

const PASTED: &str = "Quake hits Hakkari\nHAKKARI, Turkey (Reuters) - A strong earthquake struck the town on Monday, March 4, 2024, killing three people, officials said.\nRescuers searched the rubble through the night.\n";

#[test]
fn new_puts_a_pasted_article_into_seeds_with_its_front_matter_filled() {
    let site = fixture("quake");
    let out = brief_with_stdin(site.path(), &["new", "hakkari-reuters", "-"], PASTED);
    assert!(out.status.success(), "{}", stderr(&out));
    let seed = read(site.path().join("seeds/hakkari-reuters.md"));
    assert!(seed.starts_with("+++\n"), "{seed}");
    for line in [
        "title = \"Quake hits Hakkari\"",
        "publisher = \"Reuters\"",
        "date = \"2024-03-04\"",
    ] {
        assert!(seed.contains(line), "front matter lacks {line}:\n{seed}");
    }
    assert!(
        seed.contains("\n\nRescuers searched the rubble"),
        "each line a paragraph:\n{seed}"
    );
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(
        site.path()
            .join("public/sources/hakkari-reuters/index.html")
    )
    .contains("Quake hits Hakkari"));
}

#[test]
fn add_names_the_seed_after_its_headline_and_never_replaces_one() {
    let site = fixture("quake");
    let article = site.path().join("pasted.txt");
    fs::write(&article, PASTED).unwrap();
    let out = brief(site.path(), &["add", "pasted.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.path().join("seeds/quake-hits-hakkari.md").is_file());
    let again = brief(site.path(), &["add", "pasted.txt"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn new_without_a_file_writes_a_blank_article_to_fill_in() {
    let site = fixture("quake");
    let out = brief(site.path(), &["new", "my-notes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let seed = read(site.path().join("seeds/my-notes.md"));
    assert!(seed.contains("title = \"my notes\""), "{seed}");
    assert!(seed.contains("# publisher"), "{seed}");
}

#[test]
fn new_keeps_the_publication_time_of_a_pasted_article() {
    let site = fixture("quake");
    let pasted = "+++\ntitle = \"Quake\"\npublisher = \"Wire\"\ndate = \"2024-03-04T15:40:00Z\"\n+++\n\nA strong earthquake struck the town on Monday, killing three people, officials said.\n";
    let article = site.path().join("pasted.md");
    fs::write(&article, pasted).unwrap();
    let out = brief(site.path(), &["new", "kept", "pasted.md"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(site.path().join("seeds/kept.md")).contains("2024-03-04T15:40:00Z"));
    let text = site.path().join("pasted.txt");
    fs::write(&text, "Quake hits town\nA strong earthquake struck the town on Monday, March 4, 2024, killing three people, officials said.\n").unwrap();
    let out = brief(site.path(), &["new", "plain", "pasted.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(site.path().join("seeds/plain.md")).contains("date = \"2024-03-04\""));
}

#[test]
fn a_static_file_named_like_the_output_marker_is_refused() {
    let site = fixture("quake");
    fs::create_dir_all(site.path().join("static")).unwrap();
    fs::write(site.path().join("static/.brief-output"), "mine").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("static/.brief-output"),
        "{}",
        stderr(&out)
    );
}
