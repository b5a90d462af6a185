//! The commands a user runs besides `build`: init, check, serve; themes, notes, exports,
//! feeds, search; and the output conventions (quiet, verbose, help).

mod common;

use std::fs;
use std::io::{BufRead, BufReader};

use common::{brief, eventually, fixture, read, stderr, Server};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn init_makes_a_briefing_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("quake-briefing");
    let out = brief(dir.path(), &["init", "quake-briefing"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for f in [
        "site.toml",
        "seeds/README.md",
        "templates/README.md",
        "notes.md",
    ] {
        assert!(site.join(f).is_file(), "{f} missing");
    }
    assert!(read(site.join("site.toml")).contains("title = \"quake-briefing\""));
    fs::write(site.join("seeds/one.txt"), "Quake hits town\n\nA strong earthquake struck the town on Monday, killing three people, officials said.\n").unwrap();
    let out = brief(&site, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = read(site.join("public/briefing.json"));
    assert!(
        !json.contains("README"),
        "the seeds README is not an article"
    );
}

#[test]
fn init_refuses_a_folder_with_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let out = brief(dir.path(), &["init", "."]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is not empty"));
    assert_eq!(read(dir.path().join("keep.txt")), "mine");
    assert!(!dir.path().join("site.toml").exists());
}

#[test]
fn check_prints_a_summary_and_writes_nothing() {
    let site = fixture("quake");
    let out = brief(site.path(), &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    for row in [
        "config",
        "templates",
        "sources      2 read",
        "pages",
        "links",
    ] {
        assert!(table.contains(row), "{row} missing from\n{table}");
    }
    assert!(table.contains(" 0 broken"), "{table}");
    assert!(!site.path().join("public").exists(), "check wrote the site");
}

#[test]
fn check_fails_on_a_broken_link_and_reports_warnings() {
    let site = fixture("quake");
    fs::write(site.path().join("seeds/empty.txt"), "").unwrap();
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(site.path().join("templates/404.html"), "{% extends \"base.html\" %}{% block content %}<a href=\"missing.html\">x</a><a href=\"index.html#nowhere\">y</a>{% endblock %}").unwrap();
    let out = brief(site.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("404.html: missing.html (no such file)"),
        "{err}"
    );
    assert!(
        err.contains("index.html#nowhere (no element with id \"nowhere\")"),
        "{err}"
    );
    assert!(
        err.contains("seeds/empty.txt: skipped: empty file"),
        "{err}"
    );
    assert!(stdout(&out).contains(" 2 broken"));
}

#[test]
fn wire_theme_changes_the_look_and_keeps_every_page() {
    let site = fixture("quake");
    fs::write(
        site.path().join("site.toml"),
        "title = \"Quake\"\ntheme = \"wire\"\n",
    )
    .unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    let index = read(site.path().join("public/index.html"));
    assert!(
        index.contains("wire-grid"),
        "the wire theme's own index template is used"
    );
    assert!(read(site.path().join("public/theme/style.css")).contains("wire desk"));
    assert!(
        read(site.path().join("public/theme/highlight.css")).contains("Wire theme syntax colours")
    );
    assert!(
        site.path().join("public/theme/search.js").is_file(),
        "files the theme lacks come from the default"
    );
    common::check_links(&site.path().join("public"));
}

#[test]
fn site_templates_extend_the_themes_version() {
    let site = fixture("quake");
    fs::write(
        site.path().join("site.toml"),
        "title = \"Quake\"\ntheme = \"wire\"\n",
    )
    .unwrap();
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(site.path().join("templates/index.html"), "{% extends \"theme/index.html\" %}{% block content %}<p class=\"ours\">Desk note</p>{{ super() }}{% endblock %}").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = read(site.path().join("public/index.html"));
    assert!(
        index.contains("<p class=\"ours\">Desk note</p>") && index.contains("wire-grid"),
        "{index}"
    );
}

#[test]
fn a_theme_folder_overrides_file_by_file() {
    let site = fixture("quake");
    fs::create_dir_all(site.path().join("themes/plain/templates")).unwrap();
    fs::write(
        site.path().join("themes/plain/style.css"),
        "body { font-family: serif; } /* plain */",
    )
    .unwrap();
    fs::write(
        site.path().join("themes/plain/templates/404.html"),
        "{% extends \"base.html\" %}{% block content %}<p>plain 404</p>{% endblock %}",
    )
    .unwrap();
    fs::write(
        site.path().join("site.toml"),
        "title = \"Quake\"\ntheme = \"plain\"\n",
    )
    .unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    assert!(read(site.path().join("public/theme/style.css")).contains("/* plain */"));
    assert!(read(site.path().join("public/404.html")).contains("plain 404"));
    assert!(
        read(site.path().join("public/theme/print.css")).contains("@page"),
        "the default's print stylesheet stays"
    );
}

#[test]
fn notes_in_markdown_appear_on_the_summary_and_in_print() {
    let site = fixture("quake");
    let notes = "## What to watch\n\n| Figure | Source |\n|---|---|\n| 41 | agency |\n\nThe toll ~~40~~ 41 is provisional.[^1]\n\n[^1]: Agency statement.\n\n```json\n{\"killed\": 41}\n```\n\n<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>\n";
    fs::write(site.path().join("notes.md"), notes).unwrap();
    fs::create_dir_all(site.path().join("notes")).unwrap();
    fs::write(site.path().join("notes/2-later.md"), "### Later\n\nMore.\n").unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    for page in ["index.html", "print.html"] {
        let html = read(site.path().join("public").join(page));
        assert!(
            html.contains("<table>") && html.contains("<del>40</del>") && html.contains("footnote"),
            "{page}"
        );
        assert!(
            html.contains("id=\"note1-what-to-watch\"") && html.contains("id=\"note2-later\""),
            "{page}: heading anchors"
        );
        assert!(
            html.contains("class=\"hl-"),
            "{page}: code highlighted with classes"
        );
        assert!(
            !html.contains("alert(1)") && !html.contains("javascript:alert"),
            "{page}: raw HTML sanitised"
        );
    }
}

#[test]
fn data_page_and_csv_exports() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let data = read(site.path().join("public/data/index.html"));
    assert!(data.contains("href=\"../briefing.json\" download") && data.contains("class=\"hl-"));
    let csv = read(site.path().join("public/casualties.csv"));
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("source,publisher,paragraph,killed,injured"));
    assert!(csv.contains(",41,230,"), "{csv}");
    assert!(read(site.path().join("public/reactions.csv")).contains("Anna Weber"));
    assert!(read(site.path().join("public/timeline.csv")).contains("2011"));
}

#[test]
fn sitemap_feed_robots_and_page_metadata() {
    let site = fixture("quake");
    assert!(brief(
        site.path(),
        &["build", "--base-url", "https://example.org/quake"]
    )
    .status
    .success());
    let sitemap = read(site.path().join("public/sitemap.xml"));
    assert!(
        sitemap.contains("<loc>https://example.org/quake/</loc>")
            && sitemap.contains("<loc>https://example.org/quake/sources/01-wire/</loc>")
    );
    let atom = read(site.path().join("public/atom.xml"));
    assert!(
        atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
            && atom.matches("<entry>").count() == 2
    );
    assert!(atom.contains("<updated>2024-03-05T00:00:00Z</updated>"));
    assert!(read(site.path().join("public/robots.txt"))
        .contains("Sitemap: https://example.org/quake/sitemap.xml"));
    let page = read(site.path().join("public/sources/02-daily/index.html"));
    assert!(page.contains("<title>Quake toll rises as rescuers reach cut-off villages — The Daily Courier · Earthquake in the mountains</title>"));
    assert!(page.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(page
        .contains("<link rel=\"canonical\" href=\"https://example.org/quake/sources/02-daily/\">"));
    assert!(page.contains("<meta name=\"description\" content=\"The Daily Courier:"));
}

/// The search index's data as `search.js` reads it: one string, the JSON deflated and in
/// base64.
fn search_data(index: &str) -> serde_json::Value {
    let packed = index
        .strip_prefix("window.BRIEF_SEARCH_INDEX = \"")
        .and_then(|s| s.trim_end().strip_suffix("\";"))
        .expect("the index is one assignment of a string");
    let mut json = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::DeflateDecoder::new(&unbase64(packed)[..]),
        &mut json,
    )
    .expect("the index inflates to text");
    serde_json::from_str(&json).unwrap()
}

/// Standard base64, as the browser's `atob` reads it.
fn unbase64(text: &str) -> Vec<u8> {
    const DIGITS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .trim_end_matches('=')
        .chars()
        .map(|c| DIGITS.find(c).expect("a base64 digit") as u32)
        .collect();
    let mut out = Vec::new();
    for group in values.chunks(4) {
        let n = group
            .iter()
            .enumerate()
            .fold(0, |n, (i, v)| n | v << (18 - 6 * i));
        out.extend((0..group.len() - 1).map(|k| (n >> (16 - 8 * k)) as u8));
    }
    out
}

/// The search index's entries as `search.js` expands them: (kind, link, text).
fn search_entries(index: &str) -> Vec<(String, String, String)> {
    let data = search_data(index);
    let sources = data["sources"].as_array().unwrap();
    let page = |s: &serde_json::Value| format!("sources/{}/index.html", s[0].as_str().unwrap());
    let mut out = Vec::new();
    for s in sources {
        out.push(("source".into(), page(s), s[2].as_str().unwrap().into()));
        for p in s[3].as_array().unwrap() {
            let link = format!("{}#{}", page(s), p[0].as_str().unwrap());
            out.push(("paragraph".into(), link, p[1].as_str().unwrap().into()));
        }
    }
    let titles = data["titles"].as_array().unwrap();
    let entries = data["entries"].as_object().unwrap();
    for (kind, e) in entries
        .iter()
        .flat_map(|(k, list)| list.as_array().unwrap().iter().map(move |e| (k.clone(), e)))
    {
        assert!(titles[e[0].as_u64().unwrap() as usize].is_string());
        if let Some(link) = e[1].as_str() {
            out.push((kind, link.into(), e[2].as_str().unwrap().into()));
            continue;
        }
        let s = &sources[e[1].as_u64().unwrap() as usize];
        let p = &s[3][e[2].as_u64().unwrap() as usize];
        let text = match e[4].as_u64() {
            // Offsets count UTF-16 units, as JavaScript does.
            Some(len) => {
                let units: Vec<u16> = p[1].as_str().unwrap().encode_utf16().collect();
                let at = e[3].as_u64().unwrap() as usize;
                String::from_utf16(&units[at..at + len as usize]).unwrap()
            }
            None => e[3].as_str().unwrap().into(),
        };
        let link = format!("{}#{}", page(s), p[0].as_str().unwrap());
        out.push((kind, link, text));
    }
    out
}

#[test]
fn search_index_finds_every_paragraph_and_summary_entry() {
    let (site, json) = common::built_fixture("quake");
    let index = read(site.path().join("public/search-index.js"));
    let entries = search_entries(&index);
    let has = |kind: &str, link: &str, text: &str| {
        entries
            .iter()
            .any(|(k, l, x)| k == kind && l == link && x == text)
    };
    for s in json["sources"].as_array().unwrap() {
        let id = s["id"].as_str().unwrap();
        for p in s["paragraphs"].as_array().unwrap() {
            let link = format!("sources/{id}/index.html#{}", p["id"].as_str().unwrap());
            assert!(
                has("paragraph", &link, p["text"].as_str().unwrap()),
                "{link}"
            );
        }
    }
    for (list, kind) in [
        ("casualties", "casualty"),
        ("reactions", "reaction"),
        ("background", "background"),
    ] {
        let claims = json[list].as_array().unwrap();
        assert!(!claims.is_empty(), "the fixture has {list}");
        for c in claims {
            let link = format!(
                "sources/{}/index.html#{}",
                c["source"].as_str().unwrap(),
                c["block"].as_str().unwrap()
            );
            assert!(
                has(kind, &link, c["sentence"].as_str().unwrap()),
                "{kind} {c}"
            );
        }
        let listed = entries.iter().filter(|(k, _, _)| k == kind).count();
        assert_eq!(listed, claims.len(), "one search entry per {kind}");
    }
    assert!(
        !index.contains("</script"),
        "the index cannot close a script element"
    );
    let page = read(site.path().join("public/search/index.html"));
    assert!(
        page.contains("<script src=\"../search-index.js\"></script>")
            && page.contains("<script src=\"../theme/search.js\"></script>")
    );
}

#[test]
fn search_index_holds_each_paragraph_once() {
    let (site, json) = common::built_fixture("quake");
    let index = search_data(&read(site.path().join("public/search-index.js"))).to_string();
    for s in json["sources"].as_array().unwrap() {
        for p in s["paragraphs"].as_array().unwrap() {
            let text = serde_json::to_string(&p["text"]).unwrap();
            assert_eq!(index.matches(text.as_str()).count(), 1, "{text}");
        }
    }
}

#[test]
/// Written deflated: on the seeds the index once was 1.26 times its paragraphs' text, now 0.56.
fn search_index_is_smaller_than_the_text_it_holds() {
    let site = common::seeds_site();
    assert!(brief(site.path(), &["build"]).status.success());
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let index = read(site.path().join("public/search-index.js"));
    let text: usize = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["paragraphs"].as_array().unwrap())
        .map(|p| p["text"].as_str().unwrap().len())
        .sum();
    assert!(
        index.len() * 4 < text * 3,
        "index {} bytes for {text} bytes of paragraphs",
        index.len()
    );
}

#[test]
fn quiet_prints_nothing_verbose_prints_phases_and_no_progress_bar_off_a_terminal() {
    let site = fixture("quake");
    let quiet = brief(site.path(), &["build", "--quiet"]);
    assert!(quiet.status.success());
    assert!(
        stdout(&quiet).is_empty() && stderr(&quiet).is_empty(),
        "{}{}",
        stdout(&quiet),
        stderr(&quiet)
    );
    let verbose = brief(site.path(), &["build", "--verbose"]);
    assert!(
        stderr(&verbose).contains("phase extract"),
        "{}",
        stderr(&verbose)
    );
    let normal = brief(site.path(), &["build"]);
    assert!(
        stdout(&normal).starts_with("built ")
            && !stderr(&normal).contains('█')
            && !stderr(&normal).contains("1/11")
    );
}

#[test]
fn help_lists_every_command_and_the_readme_documents_them() {
    let help = stdout(&brief(std::path::Path::new("."), &["help"]));
    let readme = read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"));
    for cmd in ["build", "pdf", "check", "init", "serve", "new", "add"] {
        assert!(
            help.contains(&format!("  {cmd} ")),
            "`brief help` lacks {cmd}"
        );
        assert!(
            readme.contains(&format!("`brief {cmd}")),
            "README lacks `brief {cmd}`"
        );
        let sub = stdout(&brief(std::path::Path::new("."), &[cmd, "--help"]));
        for flag in sub
            .split_whitespace()
            .filter(|w| w.starts_with("--") && w.len() > 2)
        {
            let flag = flag.trim_end_matches([',', '.']);
            if !matches!(flag, "--help" | "--version" | "--quiet" | "--verbose") {
                assert!(readme.contains(flag), "README lacks {cmd} {flag}");
            }
        }
    }
    for key in [
        "title",
        "description",
        "base_url",
        "language",
        "theme",
        "seeds_dir",
        "output_dir",
        "max_seed_bytes",
        "[event] date",
        "[event] place",
        "[event] parties",
        "[print] paper",
        "[print] pdf",
        "[print] break_before_sections",
        "[print] break_before_sources",
        "[print] date_line",
        "[extra]",
    ] {
        assert!(
            readme.contains(&format!("`{key}`")),
            "README lacks site.toml key {key}"
        );
    }
}

#[test]
fn serve_injects_reload_answers_404_and_refuses_paths_out() {
    let site = fixture("flood");
    fs::write(site.path().join("secret.txt"), "do not serve").unwrap();
    let server = Server::start(site.path());
    let (code, body) = server.raw_get("/");
    assert_eq!(code, 200);
    assert!(body.contains("<script src=\"/__brief/reload.js\"></script></body>"));
    assert!(!read(site.path().join("site.toml")).is_empty());
    for bad in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/sources/../../secret.txt",
        "/nope.html",
    ] {
        let (code, body) = server.raw_get(bad);
        assert_eq!(code, 404, "{bad}");
        assert!(
            !body.contains("do not serve"),
            "{bad} served a file outside the output"
        );
        assert!(
            body.contains("Page not found") || body.contains("Not found"),
            "{bad}: the 404 page"
        );
    }
    assert!(
        !site.path().join("public").exists(),
        "serve builds elsewhere, not into the site's output"
    );
}

#[test]
fn serve_rebuilds_on_change_reports_errors_and_recovers() {
    let site = fixture("flood");
    let server = Server::start(site.path());
    let events = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    {
        use std::io::Write;
        let mut w = &events;
        write!(w, "GET /__brief/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    }
    events
        .set_read_timeout(Some(std::time::Duration::from_secs(15)))
        .unwrap();
    let mut lines = BufReader::new(&events).lines();
    let mut next_event = || -> (String, String) {
        let mut name = String::new();
        loop {
            let line = lines.next().expect("stream open").expect("read");
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                return (name.clone(), d.to_string());
            }
        }
    };
    assert_eq!(next_event().0, "hello");
    fs::write(
        site.path().join("seeds/flood.txt"),
        read(site.path().join("seeds/flood.txt"))
            + "\nA second dam gave way on Friday, the governor said.\n",
    )
    .unwrap();
    assert_eq!(next_event().0, "reload");
    assert!(eventually(10, || server
        .raw_get("/sources/flood/")
        .1
        .contains("A second dam gave way")));
    let good = read(site.path().join("site.toml"));
    fs::write(site.path().join("site.toml"), "title = \"broken\n").unwrap();
    let (name, data) = next_event();
    assert_eq!(name, "error");
    assert!(data.contains("site.toml:1:"), "{data}");
    assert!(
        server.raw_get("/").1.contains("Floods"),
        "the last good site is still served"
    );
    fs::write(site.path().join("site.toml"), good).unwrap();
    assert_eq!(next_event().0, "reload");
}

#[test]
fn saved_web_pages_are_read_as_articles() {
    let site = fixture("flood");
    let page = r#"<!DOCTYPE html><html><head><title>Dam breaks - The Valley Post</title>
<meta property="og:site_name" content="The Valley Post"><link rel="canonical" href="https://valley.example/dam">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Dam breaks in the valley</h1>
<p>An old dam gave way before dawn on Thursday, sending water through three villages, the regional governor said.</p>
<p>Rescuers said 14 people were missing and more than 200 had been moved to schools on the <a href="/hill">hill</a>.</p>
</article><script>track()</script></body></html>"#;
    fs::write(site.path().join("seeds/valley.html"), page).unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/briefing.json"))).unwrap();
    let s = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "valley")
        .expect("the page is a source");
    assert_eq!(s["publisher"], "The Valley Post");
    assert_eq!(s["url"], "https://valley.example/dam");
    assert_eq!(s["date"], "2024-05-02");
    let text: Vec<&str> = s["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(
        text.iter()
            .any(|t| t.ends_with("moved to schools on the hill.")),
        "links keep their words: {text:?}"
    );
    assert!(!text.iter().any(|t| t.contains("track()") || t == &"Home"));
    let missing: Vec<i64> = json["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["missing"].as_i64())
        .collect();
    assert!(missing.contains(&14), "{missing:?}");
}

/// Sends a raw request and returns the response's head (status line and headers).
fn raw_request_head(server: &Server, request: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.split("\r\n\r\n").next().unwrap_or_default().to_string()
}

/// Issue 14: POST, PUT and DELETE were answered as GET.
#[test]
fn serve_answers_other_methods_with_405_and_the_allowed_ones() {
    let site = fixture("flood");
    let server = Server::start(site.path());
    for method in ["POST", "PUT", "DELETE"] {
        let head = raw_request_head(
            &server,
            &format!("{method} / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        );
        assert!(head.starts_with("HTTP/1.1 405"), "{method}: {head}");
        assert!(head.contains("Allow: GET, HEAD"), "{method}: {head}");
    }
    let head = raw_request_head(
        &server,
        "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
}

/// Issue 14: Ctrl-C and SIGTERM left `/tmp/brief-serve-*` behind.
#[cfg(unix)]
#[test]
fn serve_stopped_by_sigterm_or_ctrl_c_removes_its_build_folder() {
    for signal in ["TERM", "INT"] {
        let site = fixture("flood");
        let temp = tempfile::tempdir().unwrap();
        let mut server = Server::start_with_temp(site.path(), temp.path());
        let made = || fs::read_dir(temp.path()).unwrap().count();
        assert_eq!(made(), 1, "serve builds into one folder under TMPDIR");
        let status = server.stop_with(signal).expect("serve stops on the signal");
        assert!(!status.success(), "{signal}: {status:?}");
        let left: Vec<_> = fs::read_dir(temp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "{signal} left {left:?}");
    }
}

/// Threads of the process `pid`.
#[cfg(target_os = "linux")]
fn threads(pid: u32) -> usize {
    fs::read_dir(format!("/proc/{pid}/task"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// Issue 14: each closed live-reload stream kept its two threads until the next rebuild
/// (1,100 connections, 2,181 threads).
#[cfg(target_os = "linux")]
#[test]
fn serve_ends_the_threads_of_closed_reload_streams() {
    use std::io::{Read, Write};
    let site = fixture("flood");
    let server = Server::start(site.path());
    let pid = server.child.id();
    // Open pages, each holding its stream until the hello arrives, then all gone at once.
    let streams: Vec<std::net::TcpStream> = (0..100)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
                .unwrap();
            s.write_all(b"GET /__brief/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .unwrap();
            let mut buf = [0u8; 256];
            let mut got = String::new();
            while !got.contains("event: hello") {
                // A signal may interrupt the read on a loaded machine: read again.
                let n = match s.read(&mut buf) {
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => panic!("reading the reload stream: {e}"),
                };
                assert!(n > 0, "stream closed before its hello");
                got.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            s
        })
        .collect();
    let open = threads(pid);
    assert!(open >= 100, "{open} threads for 100 streams");
    drop(streams);
    assert!(
        eventually(10, || threads(pid) < 30),
        "{} threads left after the pages closed",
        threads(pid)
    );
}

/// Issue 14: without `base_url` the feed's id was `/`, not a valid Atom id, and readers could
/// not tell briefings apart.
#[test]
fn a_feed_without_base_url_has_distinct_ids_that_stay_across_builds() {
    let site = fixture("quake");
    assert!(brief(site.path(), &["build"]).status.success());
    let atom = read(site.path().join("public/atom.xml"));
    let ids: Vec<&str> = atom
        .split("<id>")
        .skip(1)
        .filter_map(|s| s.split("</id>").next())
        .collect();
    assert_eq!(ids.len(), 1 + atom.matches("<entry>").count(), "{atom}");
    let uuid = regex::Regex::new(
        r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
    )
    .unwrap();
    for id in &ids {
        assert!(uuid.is_match(id), "{id} is not a urn:uuid");
    }
    let mut distinct = ids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), ids.len(), "{ids:?}");
    assert!(brief(site.path(), &["build"]).status.success());
    assert_eq!(read(site.path().join("public/atom.xml")), atom);
    // Another briefing gets other ids.
    let config = read(site.path().join("site.toml"));
    fs::write(
        site.path().join("site.toml"),
        config.replacen("title = \"", "title = \"Another ", 1),
    )
    .unwrap();
    assert!(brief(site.path(), &["build"]).status.success());
    let other = read(site.path().join("public/atom.xml"));
    assert!(ids.iter().all(|id| !other.contains(id)), "{other}");
}
