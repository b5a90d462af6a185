//! What a user coming from Zola or Hugo expects of the command line and the site folder:
//! short flags, a clear word where there is no site, `static/`, `brief new`, pages that say
//! what to do on an empty site, themes that add to the default.

mod common;


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
