//! Archives: sub-folders of `seeds/` as briefings of their own, an index of briefings at the
//! root, and rebuilding only the briefing whose files changed.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use brief::build::{build_in_memory, BuildCache, BuildOptions};
use common::{brief, check_links, copy_tree, read, stderr};

/// An archive of two briefings (the earthquake and the floods fixtures) and a loose file.
fn archive_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    fs::write(dir.path().join("site.toml"), "title = \"Disasters desk\"\n").unwrap();
    copy_tree(
        &fixtures.join("quake/seeds"),
        &dir.path().join("seeds/quake-2024"),
    );
    copy_tree(
        &fixtures.join("flood/seeds"),
        &dir.path().join("seeds/river floods"),
    );
    fs::write(dir.path().join("seeds/quake-2024/_briefing.toml"), "title = \"Mountain earthquake\"\ndescription = \"The March quake.\"\n[event]\nplace = \"Hakkari\"\n").unwrap();
    fs::write(
        dir.path().join("seeds/river floods/_briefing.toml"),
        "title = \"River floods\"\n[event]\ndate = \"2024-05-02\"\n",
    )
    .unwrap();
    dir
}

#[test]
fn each_folder_is_a_briefing_and_the_root_lists_them_newest_first() {
    let site = archive_site();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");
    for page in [
        "quake-2024/index.html",
        "quake-2024/casualties/index.html",
        "quake-2024/sources/01-wire/index.html",
        "river-floods/index.html",
        "river-floods/briefing.json",
        "index.html",
        "archive.json",
        "theme/style.css",
    ] {
        assert!(public.join(page).is_file(), "{page} missing");
    }
    let index = read(public.join("index.html"));
    let floods = index.find("River floods").expect("floods listed");
    let quake = index.find("Mountain earthquake").expect("quake listed");
    assert!(
        floods < quake,
        "newest first: the floods (May) before the quake (March)"
    );
    assert!(index.contains("href=\"river-floods/index.html\"") && index.contains("Hakkari"));
    let quake_page = read(public.join("quake-2024/index.html"));
    assert!(
        quake_page.contains("href=\"../theme/style.css\"") && quake_page.contains("All briefings")
    );
    assert!(quake_page.contains("The March quake."));
    let json: serde_json::Value =
        serde_json::from_str(&read(public.join("quake-2024/briefing.json"))).unwrap();
    assert_eq!(
        json["sources"].as_array().unwrap().len(),
        2,
        "a briefing holds only its folder's sources"
    );
    check_links(&public);
}

#[test]
fn loose_files_beside_folders_make_a_briefing_of_their_own() {
    let site = archive_site();
    fs::write(site.path().join("seeds/stray.txt"), "Storm warning issued\n\nForecasters issued a storm warning for the coast on Sunday, the weather office said.\n").unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("built as the briefing \"other\""),
        "{}",
        stderr(&out)
    );
    let json: serde_json::Value =
        serde_json::from_str(&read(site.path().join("public/other/briefing.json"))).unwrap();
    assert_eq!(
        json["sources"].as_array().unwrap().len(),
        1,
        "only the loose file, not the folders' articles"
    );
}

#[test]
fn a_mistake_in_briefing_toml_names_file_and_line() {
    let site = archive_site();
    fs::write(
        site.path().join("seeds/quake-2024/_briefing.toml"),
        "title = \"Quake\"\nplace = \"x\"\n",
    )
    .unwrap();
    let out = brief(site.path(), &["build"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("seeds/quake-2024/_briefing.toml:2:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_change_rebuilds_only_its_briefing_and_matches_a_clean_build() {
    let site = archive_site();
    let cache = Arc::new(BuildCache::default());
    let opts = BuildOptions {
        root: site.path().to_path_buf(),
        cache: Some(cache.clone()),
        ..Default::default()
    };
    assert_eq!(build_in_memory(&opts).unwrap().rebuilt, 2);
    assert_eq!(
        build_in_memory(&opts).unwrap().rebuilt,
        0,
        "nothing changed, nothing rebuilt"
    );
    let seed = site.path().join("seeds/river floods/flood.txt");
    fs::write(
        &seed,
        read(seed.clone()) + "\nA second bridge collapsed on Friday, the governor said.\n",
    )
    .unwrap();
    let incremental = build_in_memory(&opts).unwrap();
    assert_eq!(
        incremental.rebuilt, 1,
        "only the floods briefing is rebuilt"
    );
    let clean = build_in_memory(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    let mut a = incremental.files.clone();
    let mut b = clean.files.clone();
    a.sort_by(|x, y| x.path.cmp(&y.path));
    b.sort_by(|x, y| x.path.cmp(&y.path));
    assert!(a == b, "an incremental build differs from a clean one");
    assert!(String::from_utf8_lossy(
        &a.iter()
            .find(|f| f.path.ends_with("river-floods/sources/flood/index.html"))
            .unwrap()
            .bytes
    )
    .contains("second bridge"));
}

#[test]
fn a_changed_template_is_used_by_the_next_build_that_keeps_the_cache() {
    let site = archive_site();
    let opts = BuildOptions {
        root: site.path().to_path_buf(),
        cache: Some(Arc::new(BuildCache::default())),
        ..Default::default()
    };
    build_in_memory(&opts).unwrap();
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(
        site.path().join("templates/archive.html"),
        "<!DOCTYPE html><title>Our desk</title><p>The desk's own archive page</p>",
    )
    .unwrap();
    let rebuilt = build_in_memory(&opts).unwrap();
    let index = rebuilt
        .files
        .iter()
        .find(|f| f.path == Path::new("index.html"))
        .unwrap();
    assert!(String::from_utf8_lossy(&index.bytes).contains("The desk's own archive page"));
}

#[test]
fn a_changed_seed_beside_unchanged_ones_builds_as_a_clean_build_does() {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quake"),
        dir.path(),
    );
    let opts = BuildOptions {
        root: dir.path().to_path_buf(),
        cache: Some(Arc::new(BuildCache::default())),
        ..Default::default()
    };
    build_in_memory(&opts).unwrap();
    let seed = dir.path().join("seeds/02-daily.md");
    fs::write(
        &seed,
        read(seed.clone()) + "\nRescuers reached a second village on Friday, the governor said.\n",
    )
    .unwrap();
    let mut incremental = build_in_memory(&opts).unwrap().files;
    let mut clean = build_in_memory(&BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap()
    .files;
    incremental.sort_by(|x, y| x.path.cmp(&y.path));
    clean.sort_by(|x, y| x.path.cmp(&y.path));
    assert!(
        incremental == clean,
        "a rebuild keeping the cleaned seeds differs from a clean build"
    );
    assert!(incremental
        .iter()
        .any(|f| String::from_utf8_lossy(&f.bytes).contains("second village")));
}
