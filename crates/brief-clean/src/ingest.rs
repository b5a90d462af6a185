//! Ingest: walk the seeds folder and read every article file, deterministically.
//!
//! Decoding and size checks live here; a file that cannot be read as an article is reported
//! by name and skipped, never a crash.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use brief_text::diag::Warning;

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// One seed file as read from disk.
#[derive(Debug, Clone)]
pub struct RawSource {
    /// Path as the user wrote it: relative to the site root, with `/` separators.
    pub file: String,
    /// Path relative to the seeds folder, used for the page slug.
    pub rel: PathBuf,
    pub text: String,
}

/// What a walk of the seeds folder found.
#[derive(Debug, Default)]
pub struct Ingested {
    pub sources: Vec<RawSource>,
    pub warnings: Vec<Warning>,
    /// How many files were skipped (each also has a warning).
    pub skipped: usize,
}

/// Reads every article under `seeds_dir`, no deeper than `max_depth` folders (1: the
/// folder's own files); `display_prefix` is how the folder is named in messages and in `file`
/// (e.g. `seeds`).
pub fn load_sources_to_depth(
    seeds_dir: &Path,
    display_prefix: &str,
    max_bytes: u64,
    max_depth: usize,
) -> Ingested {
    let mut out = Ingested::default();
    // Links are followed, but only to what lies inside the seeds folder (itself possibly a link).
    let inside = seeds_dir
        .canonicalize()
        .unwrap_or_else(|_| seeds_dir.to_path_buf());
    let mut walker = WalkDir::new(seeds_dir)
        .max_depth(max_depth)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let file = err
                    .path()
                    .map(|p| display_path(seeds_dir, p, display_prefix));
                let file = file.unwrap_or_else(|| display_prefix.to_string());
                out.warnings
                    .push(Warning::new(file, format!("cannot be read: {err}")));
                out.skipped += 1;
                continue;
            }
        };
        let is_dir = entry.file_type().is_dir();
        let wanted = is_dir || entry.file_type().is_file() && is_article(entry.path());
        if entry.depth() > 0 && entry.path_is_symlink() && wanted && !leads_into(&entry, &inside) {
            let file = display_path(seeds_dir, entry.path(), display_prefix);
            out.warnings.push(Warning::new(
                file,
                "skipped: a link to a file outside the seeds folder",
            ));
            out.skipped += 1;
            if is_dir {
                walker.skip_current_dir();
            }
            continue;
        }
        if !entry.file_type().is_file() || !is_article(entry.path()) || is_readme(entry.path()) {
            continue;
        }
        let file = display_path(seeds_dir, entry.path(), display_prefix);
        match read_article(entry.path(), max_bytes) {
            Ok(Decoded { text, note }) => {
                if let Some(note) = note {
                    out.warnings.push(Warning::new(file.clone(), note));
                }
                let rel = entry.path().strip_prefix(seeds_dir).unwrap_or(entry.path());
                out.sources.push(RawSource {
                    file,
                    rel: rel.to_path_buf(),
                    text,
                });
            }
            Err(reason) => {
                out.warnings
                    .push(Warning::new(file, format!("skipped: {reason}")));
                out.skipped += 1;
            }
        }
    }
    out
}

/// Does the link `entry` resolve to somewhere inside the folder `inside` (canonical)? Links
/// out of the seeds folder published `/etc/passwd` as a source (issue 14).
fn leads_into(entry: &walkdir::DirEntry, inside: &Path) -> bool {
    entry
        .path()
        .canonicalize()
        .is_ok_and(|target| target.starts_with(inside))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// A README in the seeds folder explains the folder; it is not an article.
fn is_readme(path: &Path) -> bool {
    path.file_stem()
        .is_some_and(|s| s.to_string_lossy().eq_ignore_ascii_case("readme"))
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn display_path(seeds_dir: &Path, path: &Path, prefix: &str) -> String {
    let rel = path.strip_prefix(seeds_dir).unwrap_or(path);
    let rel = rel.to_string_lossy().replace('\\', "/");
    if rel.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}/{rel}")
    }
}

/// Reads one file and decides whether it is a usable text article.
fn read_article(path: &Path, max_bytes: u64) -> Result<Decoded, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot be read: {e}"))?
        .len();
    if size > max_bytes {
        return Err(format!(
            "{size} bytes is over the limit of {max_bytes} (max_seed_bytes in site.toml)"
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    decode_article(&bytes)
}

/// Article text, and a note when it had to be decoded from another encoding.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// The share of control characters above which bytes are taken for binary data.
const MAX_CONTROL_SHARE: f64 = 0.01;

/// Turns file bytes into article text: UTF-8 as it is (byte-order mark dropped), other
/// encodings detected and decoded (and said so), line endings normalised to `\n`. Binary
/// data and empty files are refused.
pub fn decode_article(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.contains(&0) {
        return Err("binary data (contains NUL bytes), not a text article".into());
    }
    let (text, note) = match std::str::from_utf8(bytes) {
        Ok(text) => (
            text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
            None,
        ),
        Err(e) => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let encoding = detector.guess(None, true);
            let (text, _, had_errors) = encoding.decode(bytes);
            if had_errors {
                return Err(format!(
                    "not valid UTF-8 (first bad byte at offset {}) nor {}",
                    e.valid_up_to(),
                    encoding.name()
                ));
            }
            (
                text.into_owned(),
                Some(format!("not UTF-8: decoded as {}", encoding.name())),
            )
        }
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls as f64 > MAX_CONTROL_SHARE * text.chars().count().max(1) as f64 {
        return Err("binary data (control characters), not a text article".into());
    }
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    Ok(Decoded {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused() {
        assert!(decode_article(b"abc\0def").unwrap_err().contains("binary"));
    }

    #[test]
    fn windows_1252_is_detected_and_decoded() {
        let d = decode_article(b"Caf\xe9 society \x93quoted\x94 in the caf\xe9s of the old town")
            .unwrap();
        assert!(d.text.starts_with("Café society “quoted”"), "{}", d.text);
        assert!(d.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert!(decode_article(b"  \n\t\n").unwrap_err().contains("empty"));
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        assert_eq!(
            decode_article(b"\xef\xbb\xbfTitle\r\nBody\rMore")
                .unwrap()
                .text,
            "Title\nBody\nMore"
        );
    }
}
