//! Scale benchmark: `cargo bench --bench scale [-- SIZES...]`.
//!
//! Generates archives of 100, 1,000 and 10,000 articles from the seeds and its own sentence
//! templates (numbers, names, places and dates varied so nothing is deduplicated away), builds
//! each with the release binary — once as one briefing, once as an archive of briefings of ten
//! articles — and prints articles per second and peak memory, from no output and as a rebuild
//! over the last build's output. Where Debian's `hugo` is
//! installed, the same articles are also rendered as plain Markdown pages through Hugo for a
//! side-by-side figure. The size written per article, and as a multiple of the seeds read
//! (`out/in`), is printed beside the times.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// A small deterministic generator, so every run builds the same archives.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const FIRST: &[&str] = &[
    "Amara", "Bilal", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi",
    "Lena", "Mateo", "Nadia", "Omar", "Priya",
];
const LAST: &[&str] = &[
    "Okafor",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Sato",
    "Alvarez",
    "Nowak",
    "Mensah",
    "Rahimi",
    "Costa",
    "Keller",
    "Yilmaz",
    "Dubois",
];
const PLACES: &[&str] = &[
    "Vastria",
    "Kelmor",
    "Dunhaven",
    "Oristan",
    "Belgrove",
    "Tarnis",
    "Calder Bay",
    "Miravale",
];
const ROLES: &[&str] = &[
    "foreign minister",
    "interior minister",
    "government spokesperson",
    "regional governor",
    "health ministry spokesperson",
    "UN envoy",
];
const COUNTRIES: &[&str] = &[
    "France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Turkey",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One generated article: a seed's body with its figures and names varied, and paragraphs
/// from templates of its own.
fn article(rng: &mut Lcg, seeds: &[String], i: usize) -> String {
    let seed = &seeds[i % seeds.len()];
    let place = rng.pick(PLACES);
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let day = rng.pick(DAYS);
    let year = 1990 + rng.below(33);
    let mut text = String::new();
    let _ = writeln!(text, "Report {i}: fighting near {place} as talks stall\n");
    let _ = writeln!(
        text,
        "At least {} people were killed and {} injured in {place} on {day}, the {} {name} said in a statement numbered {i}.\n",
        2 + rng.below(90),
        5 + rng.below(300),
        rng.pick(ROLES)
    );
    let _ = writeln!(
        text,
        "{} {} {}, the {} of {}, condemned the attacks and called for an immediate ceasefire and talks.\n",
        rng.pick(COUNTRIES),
        rng.pick(FIRST),
        rng.pick(LAST),
        rng.pick(ROLES),
        rng.pick(COUNTRIES)
    );
    let _ = writeln!(
        text,
        "The region was last hit by fighting in {} {year}, when {} people died.\n",
        rng.pick(MONTHS),
        10 + rng.below(5000)
    );
    // The seed's body, with digits nudged so no two articles are the same.
    for line in seed.lines().skip(1) {
        let varied: String = line
            .chars()
            .map(|c| {
                if c.is_ascii_digit() && rng.below(4) == 0 {
                    char::from(b'0' + rng.below(10) as u8)
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(text, "{varied}");
    }
    let _ = writeln!(text, "\n({name} reported from {place}; article {i}.)");
    text
}

fn seeds(repo: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Writes a site of `n` articles: one briefing, or an archive of briefings of ten.
fn generate(dir: &Path, n: usize, archive: bool, seeds: &[String]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("seeds")).unwrap();
    std::fs::write(dir.join("site.toml"), "title = \"Scale benchmark\"\n").unwrap();
    let mut rng = Lcg(n as u64 * 7 + u64::from(archive));
    for i in 0..n {
        let folder = if archive {
            dir.join("seeds").join(format!("event-{:05}", i / 10))
        } else {
            dir.join("seeds")
        };
        if archive && i % 10 == 0 {
            std::fs::create_dir_all(&folder).unwrap();
            let date = format!(
                "{}-{:02}-{:02}",
                2000 + (i / 10) % 24,
                1 + (i / 10) % 12,
                1 + (i / 10) % 28
            );
            std::fs::write(
                folder.join("_briefing.toml"),
                format!("title = \"Event {}\"\n[event]\ndate = \"{date}\"\n", i / 10),
            )
            .unwrap();
        }
        std::fs::write(
            folder.join(format!("a{i:05}.txt")),
            article(&mut rng, seeds, i),
        )
        .unwrap();
    }
}

/// Runs a command under GNU time; returns wall seconds and peak resident memory in MB.
/// Each build runs this many times; the table gives the fastest run and the largest peak, so
/// a noisy machine (shared cores, a slow first write) shows less in the figures.
const RUNS: usize = 3;

/// The fastest of [`RUNS`] builds over the output the build before left (a user's usual
/// rebuild; Hugo writes over its files, brief over the spare it keeps beside the output).
fn best_rebuild(cmd: &mut Command) -> f64 {
    (0..RUNS)
        .map(|_| {
            let _ = Command::new("sync").status();
            measure(cmd).0
        })
        .fold(f64::INFINITY, f64::min)
}

fn best_of(cmd: &mut Command) -> (f64, Option<f64>) {
    let dir = cmd.get_current_dir().map(Path::to_path_buf);
    let set_aside = |run: usize| dir.as_ref().map(|d| d.join(format!(".bench-old-{run}")));
    let best = (0..RUNS)
        .map(|run| {
            // Every run starts from no output, with the file system settled. The last run's
            // pages are moved aside, not deleted, until all runs are done: on a disk that
            // discards freed blocks, deleting a big site slows the writes that follow it, and
            // that is not the build's time.
            if let (Some(d), Some(old)) = (&dir, set_aside(run)) {
                let _ = std::fs::remove_dir_all(&old);
                let _ = std::fs::rename(d.join("public"), &old);
            }
            let _ = Command::new("sync").status();
            measure(cmd)
        })
        .reduce(|(s1, m1), (s2, m2)| {
            (
                s1.min(s2),
                match (m1, m2) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (a, b) => a.or(b),
                },
            )
        })
        .expect("at least one run");
    for old in (0..RUNS).filter_map(set_aside) {
        let _ = std::fs::remove_dir_all(old);
    }
    best
}

fn measure(cmd: &mut Command) -> (f64, Option<f64>) {
    let time = Path::new("/usr/bin/time");
    let started = Instant::now();
    let output = if time.exists() {
        let program = cmd.get_program().to_owned();
        let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
        let mut timed = Command::new(time);
        timed.arg("-f").arg("%M").arg(program).args(args);
        if let Some(dir) = cmd.get_current_dir() {
            timed.current_dir(dir);
        }
        timed.output().unwrap()
    } else {
        cmd.output().unwrap()
    };
    let secs = started.elapsed().as_secs_f64();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rss = String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()
        .and_then(|l| l.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0);
    (secs, rss)
}

/// The same articles as plain Markdown pages in a minimal Hugo site.
fn hugo_site(dir: &Path, from: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("content/posts")).unwrap();
    std::fs::create_dir_all(dir.join("layouts/_default")).unwrap();
    std::fs::write(dir.join("hugo.toml"), "baseURL = 'http://localhost/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n").unwrap();
    std::fs::write(dir.join("layouts/_default/single.html"), "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>").unwrap();
    std::fs::write(dir.join("layouts/_default/list.html"), "<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>").unwrap();
    for entry in walk(from) {
        let text = std::fs::read_to_string(&entry).unwrap();
        let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
        let name = entry.file_stem().unwrap().to_string_lossy().into_owned();
        std::fs::write(
            dir.join("content/posts").join(format!("{name}.md")),
            format!(
                "+++\ntitle = {:?}\n+++\n{}",
                title,
                body.replace('\n', "\n\n")
            ),
        )
        .unwrap();
    }
}

/// The bytes of every file under `dir` (the site written, or the seeds read).
fn tree_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => tree_bytes(&e.path()),
            _ => e.metadata().map_or(0, |m| m.len()),
        })
        .sum()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    out
}

/// Starts `brief serve` on the site, changes one seed, and returns the milliseconds until the
/// server tells open pages to reload (median of five changes).
fn serve_latency(brief: &Path, site: &Path) -> f64 {
    use std::io::{BufRead, BufReader, Write};
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(brief)
        .args(["serve", "--quiet", "--port", &port.to_string()])
        .current_dir(site)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + std::time::Duration::from_secs(120);
    let stream = loop {
        if let Ok(s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            break s;
        }
        assert!(Instant::now() < deadline, "serve did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    write!(&stream, "GET /__brief/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut lines = BufReader::new(&stream).lines();
    let mut wait_for = |event: &str| loop {
        let line = lines.next().unwrap().unwrap();
        if line == format!("event: {event}") {
            return;
        }
    };
    wait_for("hello");
    let seed = walk(&site.join("seeds")).into_iter().next().unwrap();
    let mut times = Vec::new();
    for round in 0..5 {
        std::thread::sleep(std::time::Duration::from_millis(300));
        let text = std::fs::read_to_string(&seed).unwrap();
        let started = Instant::now();
        std::fs::write(
            &seed,
            format!("{text}\nA late update, number {round}, said officials on Friday.\n"),
        )
        .unwrap();
        wait_for("reload");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let _ = child.kill();
    let _ = child.wait();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

/// Generates the 1,000-article archive and prints how long `brief serve` takes to reload it.
fn print_serve_latency(brief: &Path, work: &Path, seeds: &[String]) {
    let site = work.join("1000-archive");
    generate(&site, 1_000, true, seeds);
    println!("serve: one changed seed in a 1,000-article archive reloads the page after {:.0} ms (median of 5, includes the 50 ms debounce)", serve_latency(brief, &site));
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    // `serve` measures only the reload, without the builds of every size before it.
    let serve_only = std::env::args().skip(1).any(|a| a == "serve");
    let sizes = if sizes.is_empty() {
        vec![100, 1_000, 10_000]
    } else {
        sizes
    };
    // `BRIEF_BENCH_BIN` measures another build of brief (an earlier commit's, to compare).
    let brief = match std::env::var_os("BRIEF_BENCH_BIN") {
        Some(bin) => PathBuf::from(bin),
        None => {
            let status = Command::new("cargo")
                .args(["build", "--release", "--quiet"])
                .current_dir(repo)
                .status()
                .unwrap();
            assert!(status.success());
            std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| repo.join("target"), PathBuf::from)
                .join("release/brief")
        }
    };
    let seeds = seeds(repo);
    let work = std::env::temp_dir().join("brief-bench");
    if serve_only {
        print_serve_latency(&brief, &work, &seeds);
        return;
    }
    let hugo = Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    println!(
        "{:>8}  {:<9}  {:>9}  {:>9}  {:>12}  {:>12}  {:>10}  {:>12}  {:>7}  {:>9}  {:>9}  {:>12}",
        "articles",
        "layout",
        "seconds",
        "rebuild s",
        "articles/s",
        "ms/article",
        "peak MB",
        "KB/article",
        "out/in",
        "hugo s",
        "hugo reb.",
        "hugo KB/art"
    );
    for &n in &sizes {
        for archive in [false, true] {
            let site = work.join(format!("{n}-{}", if archive { "archive" } else { "one" }));
            generate(&site, n, archive, &seeds);
            let mut build = Command::new(&brief);
            build.args(["build", "--quiet"]).current_dir(&site);
            let (secs, rss) = best_of(&mut build);
            let rebuild = best_rebuild(&mut build);
            let written = tree_bytes(&site.join("public"));
            let input = tree_bytes(&site.join("seeds"));
            let hugo_run = if hugo && !archive {
                let hs = work.join(format!("{n}-hugo"));
                hugo_site(&hs, &site.join("seeds"));
                let mut hugo = Command::new("hugo");
                hugo.args(["--quiet", "--destination", "public"])
                    .current_dir(&hs);
                let secs = best_of(&mut hugo).0;
                let rebuild = best_rebuild(&mut hugo);
                Some((secs, rebuild, tree_bytes(&hs.join("public"))))
            } else {
                None
            };
            println!(
                "{:>8}  {:<9}  {:>9.2}  {:>9.2}  {:>12.0}  {:>12.3}  {:>10}  {:>12.1}  {:>7.1}  {:>9}  {:>9}  {:>12}",
                n,
                if archive { "archive" } else { "one" },
                secs,
                rebuild,
                n as f64 / secs,
                secs * 1000.0 / n as f64,
                rss.map_or("-".into(), |r| format!("{r:.0}")),
                written as f64 / 1024.0 / n as f64,
                written as f64 / input.max(1) as f64,
                hugo_run.map_or("-".into(), |(h, _, _)| format!("{h:.2}")),
                hugo_run.map_or("-".into(), |(_, r, _)| format!("{r:.2}")),
                hugo_run.map_or("-".into(), |(_, _, b)| format!(
                    "{:.1}",
                    b as f64 / 1024.0 / n as f64
                ))
            );
        }
    }
    if let Some(&largest) = sizes.iter().max() {
        let site = work.join(format!("{largest}-archive"));
        let old = site.join(".bench-old-phases");
        let _ = std::fs::rename(site.join("public"), &old);
        let _ = Command::new("sync").status();
        let out = Command::new(&brief)
            .args(["build", "--verbose"])
            .current_dir(&site)
            .output()
            .unwrap();
        let _ = std::fs::remove_dir_all(&old);
        println!("phases of the {largest}-article archive (time summed over briefings built in parallel; render includes writing the pages):");
        for line in String::from_utf8_lossy(&out.stderr)
            .lines()
            .chain(String::from_utf8_lossy(&out.stdout).lines())
            .filter(|l| l.trim_start().starts_with("phase"))
        {
            println!("  {}", line.trim());
        }
    }
    if sizes.contains(&1_000) {
        print_serve_latency(&brief, &work, &seeds);
    }
    if !hugo {
        println!("(install Debian's hugo for the side-by-side figure: apt-get install hugo)");
    }
}
