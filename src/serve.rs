//! `brief serve`: build into a temporary folder, serve it on loopback, rebuild when the
//! site's inputs change and reload open pages over server-sent events. A failed build shows
//! as an overlay in the page and in the terminal; the last good site keeps being served.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};

use crate::build::{build_in_memory, BuildOptions};
use std::collections::HashMap;

/// Where the live-reload script and event stream live; never a path a site writes.
const RELOAD_SCRIPT: &str = "/__brief/reload.js";
const EVENTS: &str = "/__brief/events";

/// The script injected into pages while serving, and only then.
const RELOAD_JS: &str = include_str!("serve_reload.js");

/// How long to wait for more changes before rebuilding, so one save is one build.
const DEBOUNCE: Duration = Duration::from_millis(50);

/// How often an open event stream is written to when nothing happens. A closed page is only
/// noticed when a write to it fails, so this bounds how long its threads outlive it (each
/// closed stream once kept two threads until the next rebuild: 1,100 reloads, 2,181 threads).
const HEARTBEAT: Duration = Duration::from_secs(1);

/// The methods served; anything else is 405 with an `Allow` header saying these.
const ALLOWED_METHODS: &str = "GET, HEAD";

/// What open pages need to know: which build they show, and the error if the last failed.
#[derive(Debug, Clone, Default)]
struct Status {
    version: u64,
    error: Option<String>,
}

/// The state shared between the server, the watcher and the event streams.
struct Shared {
    status: Mutex<Status>,
    changed: Condvar,
    /// What the served folder holds, by path, with each file's content (shared with the
    /// build cache, so holding it costs nothing).
    written: Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>,
}

/// Serves the site at `addr` until the process is stopped.
pub fn serve(opts: &BuildOptions, addr: SocketAddr, open: bool, quiet: bool) -> Result<ExitCode> {
    let workdir = tempfile::Builder::new()
        .prefix("brief-serve-")
        .tempdir()
        .context("creating a folder to build into")?;
    // Before any thread starts, so that every thread leaves these signals to the one waiting.
    #[cfg(unix)]
    remove_on_stop_signal(workdir.path().to_path_buf());
    let output = workdir.path().join("site");
    // Briefings whose inputs did not change are taken from this cache on a rebuild.
    let opts = BuildOptions {
        output: Some(output.clone()),
        pdf: false,
        progress: None,
        cache: Some(Arc::new(crate::build::BuildCache::default())),
        ..opts.clone()
    };
    let shared = Arc::new(Shared {
        status: Mutex::new(Status::default()),
        changed: Condvar::new(),
        written: Mutex::new(HashMap::new()),
    });
    rebuild(&opts, &shared, quiet);
    let server =
        tiny_http::Server::http(addr).map_err(|e| anyhow::anyhow!("listening on {addr}: {e}"))?;
    let _watcher = watch_inputs(&opts, Arc::clone(&shared), quiet)?;
    let url = format!("http://{addr}/");
    if !quiet {
        println!("serving {} on {url} (Ctrl-C to stop)", opts.root.display());
        if !addr.ip().is_loopback() {
            println!(
                "warning: listening on {} makes the site reachable from other machines",
                addr.ip()
            );
        }
    }
    if open {
        open_in_browser(&url);
    }
    for request in server.incoming_requests() {
        let shared = Arc::clone(&shared);
        let output = output.clone();
        std::thread::spawn(move || {
            let _ = handle(request, &output, &shared);
        });
    }
    Ok(ExitCode::SUCCESS)
}

/// Ctrl-C and SIGTERM end the process without running destructors, which left the build
/// folder (`/tmp/brief-serve-*`) behind. The signals are blocked in this thread, and so in
/// every thread started after it; one thread waits for them, removes the folder and exits.
#[cfg(unix)]
fn remove_on_stop_signal(workdir: PathBuf) {
    // SAFETY: `set` is a plain C struct initialised by sigemptyset before use, and both calls
    // only change this thread's signal mask.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    };
    std::thread::spawn(move || {
        let mut signal: libc::c_int = 0;
        // SAFETY: `set` and `signal` are valid for the call; sigwait only writes `signal`.
        let waited = unsafe { libc::sigwait(&set, &mut signal) };
        let _ = std::fs::remove_dir_all(&workdir);
        std::process::exit(if waited == 0 { 128 + signal } else { 1 });
    });
}

/// Builds once, and records the outcome for open pages and the terminal.
fn rebuild(opts: &BuildOptions, shared: &Shared, quiet: bool) {
    let started = Instant::now();
    let result = build_in_memory(opts).and_then(|built| {
        let output = opts
            .output
            .as_deref()
            .context("serve builds into a folder of its own")?;
        let mut written = shared.written.lock().unwrap_or_else(|p| p.into_inner());
        let changed = sync_output(output, &built.files, &mut written)?;
        Ok((built, changed))
    });
    let mut status = shared.status.lock().unwrap_or_else(|p| p.into_inner());
    match result {
        Ok((built, changed)) => {
            status.version += 1;
            status.error = None;
            if !quiet {
                for w in built.warnings() {
                    eprintln!("warning: {w}");
                }
                let unchanged = built.briefings.len() - built.rebuilt;
                let unchanged = if unchanged > 0 {
                    format!(
                        ", {unchanged} of {} briefings unchanged",
                        built.briefings.len()
                    )
                } else {
                    String::new()
                };
                println!(
                    "built {} sources in {} ms ({changed} files written{unchanged})",
                    built.sources(),
                    started.elapsed().as_millis()
                );
            }
        }
        Err(err) => {
            let chain: Vec<String> = err.chain().map(ToString::to_string).collect();
            let message = chain.join("\n  caused by: ");
            eprintln!("error: {message}");
            status.error = Some(message);
        }
    }
    shared.changed.notify_all();
}

/// Brings the served folder up to date: writes the files whose content changed (each
/// replaced whole, by a rename) and removes the ones the site no longer has. Returns how
/// many files were written.
///
/// A briefing that did not change comes from the build cache with the very bytes written
/// last time, so most files are known unchanged by identity alone; the others are compared
/// byte by byte (hashing all 80 MB of a 1,000-article archive was a sixth of a reload).
fn sync_output(
    output: &Path,
    files: &[crate::output::SiteFile],
    written: &mut HashMap<PathBuf, Arc<Vec<u8>>>,
) -> Result<usize> {
    let mut now: HashMap<PathBuf, Arc<Vec<u8>>> = HashMap::with_capacity(files.len());
    let mut count = 0;
    for f in files {
        let unchanged = written
            .get(&f.path)
            .is_some_and(|before| Arc::ptr_eq(before, &f.bytes) || before == &f.bytes);
        if !unchanged {
            write_replacing(&output.join(&f.path), &f.bytes)?;
            count += 1;
        }
        now.insert(f.path.clone(), Arc::clone(&f.bytes));
    }
    for gone in written.keys().filter(|p| !now.contains_key(*p)) {
        let _ = std::fs::remove_file(output.join(gone));
    }
    *written = now;
    Ok(count)
}

/// Writes a file beside `path` and renames it into place, so a page being served is never
/// read half-written.
fn write_replacing(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let tmp = path.with_extension("brief-tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))
}

/// Watches `site.toml`, the seeds, templates, themes, static files and notes; rebuilds on any change.
fn watch_inputs(
    opts: &BuildOptions,
    shared: Arc<Shared>,
    quiet: bool,
) -> Result<notify::RecommendedWatcher> {
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let root = &opts.root;
    let seeds = crate::build::load_config(opts)
        .map(|c| root.join(c.seeds_dir))
        .unwrap_or_else(|_| root.join("seeds"));
    // The site root is watched for site.toml and notes.md alone; other files there (a README,
    // a build tool's output) are not the site's.
    let inputs: Vec<PathBuf> = [
        seeds.clone(),
        root.join("templates"),
        root.join("themes"),
        root.join("notes"),
        root.join(crate::statics::STATIC_DIR),
        root.join("site.toml"),
        root.join("notes.md"),
    ]
    .iter()
    .flat_map(|p| [p.clone(), p.canonicalize().unwrap_or_else(|_| p.clone())])
    .collect();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let relevant = event.is_ok_and(|e| {
            !e.kind.is_access()
                && e.paths
                    .iter()
                    .any(|p| inputs.iter().any(|i| p.starts_with(i)))
        });
        if relevant {
            let _ = tx.send(());
        }
    })
    .context("starting the file watcher")?;
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .with_context(|| format!("watching {}", root.display()))?;
    for dir in [
        seeds,
        root.join("templates"),
        root.join("themes"),
        root.join("notes"),
        root.join(crate::statics::STATIC_DIR),
    ] {
        if dir.is_dir() {
            watcher
                .watch(&dir, RecursiveMode::Recursive)
                .with_context(|| format!("watching {}", dir.display()))?;
        }
    }
    let opts = opts.clone();
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            // Gather the burst of events one save makes, then build once.
            while rx.recv_timeout(DEBOUNCE).is_ok() {}
            rebuild(&opts, &shared, quiet);
        }
    });
    Ok(watcher)
}

fn open_in_browser(url: &str) {
    for opener in ["xdg-open", "open"] {
        if std::process::Command::new(opener)
            .arg(url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .is_ok()
        {
            return;
        }
    }
}

fn handle(request: tiny_http::Request, output: &Path, shared: &Shared) -> std::io::Result<()> {
    if !matches!(
        request.method(),
        tiny_http::Method::Get | tiny_http::Method::Head
    ) {
        let mut refused = response(
            405,
            b"Method not allowed.\n".to_vec(),
            "text/plain; charset=utf-8",
        );
        if let Ok(h) = tiny_http::Header::from_bytes("Allow", ALLOWED_METHODS) {
            refused.add_header(h);
        }
        return request.respond(refused);
    }
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if url == EVENTS {
        return stream_events(request, shared);
    }
    if url == RELOAD_SCRIPT {
        return request.respond(response(
            200,
            RELOAD_JS.as_bytes().to_vec(),
            "text/javascript; charset=utf-8",
        ));
    }
    match resolve_request_path(output, &url) {
        Some(path) => {
            let bytes = std::fs::read(&path)?;
            let mime = mime_type(&path);
            let body = if mime.starts_with("text/html") {
                inject_reload(bytes)
            } else {
                bytes
            };
            request.respond(response(200, body, mime))
        }
        None => {
            let page = std::fs::read(output.join("404.html")).unwrap_or_else(|_| {
                b"<!DOCTYPE html><title>Not found</title><p>Not found.</p>".to_vec()
            });
            request.respond(response(
                404,
                inject_reload(page),
                "text/html; charset=utf-8",
            ))
        }
    }
}

fn response(code: u16, body: Vec<u8>, mime: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let mut r = tiny_http::Response::from_data(body).with_status_code(code);
    for (k, v) in [
        ("Content-Type", mime),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ] {
        if let Ok(h) = tiny_http::Header::from_bytes(k, v) {
            r.add_header(h);
        }
    }
    r
}

/// Server-sent events: `reload` after each good build, `error` with the message after a
/// failed one. The stream stays open until the page goes away, which the heartbeat notices.
fn stream_events(request: tiny_http::Request, shared: &Shared) -> std::io::Result<()> {
    let mut seen = shared
        .status
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let mut w = request.into_writer();
    w.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n")?;
    write_event(&mut w, "hello", &seen.version.to_string())?;
    if let Some(e) = &seen.error {
        write_event(&mut w, "error", e)?;
    }
    loop {
        let status = {
            let guard = shared.status.lock().unwrap_or_else(|p| p.into_inner());
            let (guard, _) = shared
                .changed
                .wait_timeout_while(guard, HEARTBEAT, |s| {
                    s.version == seen.version && s.error == seen.error
                })
                .unwrap_or_else(|p| p.into_inner());
            guard.clone()
        };
        if status.version != seen.version {
            write_event(&mut w, "reload", &status.version.to_string())?;
        } else if status.error != seen.error {
            match &status.error {
                Some(e) => write_event(&mut w, "error", e)?,
                None => write_event(&mut w, "reload", &status.version.to_string())?,
            }
        } else {
            w.write_all(b": keep-alive\n\n")?;
            w.flush()?;
        }
        seen = status;
    }
}

fn write_event(w: &mut Box<dyn Write + Send>, event: &str, data: &str) -> std::io::Result<()> {
    let mut msg = format!("event: {event}\n");
    for line in data.lines() {
        msg.push_str(&format!("data: {line}\n"));
    }
    msg.push('\n');
    w.write_all(msg.as_bytes())?;
    w.flush()
}

/// Adds the reload script before `</body>`.
fn inject_reload(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{RELOAD_SCRIPT}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, tag.into_bytes());
    html
}

/// The file a request path names inside `output`, or `None` when it does not exist or would
/// leave `output` (`..`, encoded `%2e%2e`, absolute paths, symlinks pointing out).
pub fn resolve_request_path(output: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(url_path)
        .decode_utf8()
        .ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut rel = PathBuf::new();
    for c in Path::new(decoded.trim_start_matches('/')).components() {
        match c {
            Component::Normal(part) => rel.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    let mut path = output.join(rel);
    if path.is_dir() {
        path = path.join("index.html");
    }
    let real = path.canonicalize().ok()?;
    let root = output.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_cannot_leave_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        std::fs::create_dir_all(out.join("sources")).unwrap();
        std::fs::write(out.join("index.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        assert!(resolve_request_path(&out, "/").is_some());
        assert!(resolve_request_path(&out, "/index.html").is_some());
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/sources/../../secret.txt",
            "//etc/passwd",
            "/..%5csecret.txt",
            "/nope.html",
        ] {
            assert!(
                resolve_request_path(&out, bad).is_none(),
                "{bad} was served"
            );
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt"))
                .unwrap();
            assert!(
                resolve_request_path(&out, "/link.txt").is_none(),
                "a symlink out was followed"
            );
        }
    }

    #[test]
    fn reload_script_goes_before_the_end_of_body() {
        let html = inject_reload(b"<html><body><p>x</p></body></html>".to_vec());
        assert!(String::from_utf8(html)
            .unwrap()
            .contains("<p>x</p><script src=\"/__brief/reload.js\"></script></body>"));
    }
}
