//! `brief new` and `brief add`: put an article into the seeds folder, its front matter filled
//! from what brief reads of it (title, publisher, date, author, address), so an article
//! pasted from the clipboard is one command away from the briefing.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Serialize;

use crate::build::slugify;
use crate::clean::{clean_article, Article};
use crate::config::Config;
use crate::ingest::{decode_article, RawSource};

/// The seed written, and what brief read of it.
#[derive(Debug)]
pub struct Added {
    pub path: PathBuf,
    pub title: String,
    pub publisher: Option<String>,
    pub date: Option<String>,
}

/// What kind of seed an article's text makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A saved web page, kept as it is: brief reads its metadata itself.
    Html,
    /// Markdown that has front matter already, kept as it is.
    MarkdownWithFront,
    /// Markdown without front matter: the first line is the headline.
    Markdown,
    /// Plain text: the first line is the headline, a paragraph per line.
    Text,
}

/// The front matter brief writes; only keys a seed's front matter accepts.
#[derive(Serialize)]
struct Front<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

const BLANK: &str = "+++\ntitle = \"TITLE\"\n# publisher = \"\"\n# date = \"YYYY-MM-DD\"\n# author = \"\"\n# url = \"https://\"\n+++\n\nPaste the article here, with a blank line between paragraphs.\n";

/// Writes a new seed. `input` is the article's bytes (from a file named `name`, or standard
/// input when `name` is `None`); without input, a blank article to fill in. Without a
/// `slug`, the slug comes from the headline brief reads.
pub fn add_article(
    root: &Path,
    slug: Option<&str>,
    input: Option<(&[u8], Option<&Path>)>,
) -> Result<Added> {
    let config = Config::load(root)?;
    let seeds = root.join(&config.seeds_dir);
    std::fs::create_dir_all(&seeds).with_context(|| format!("creating {}", seeds.display()))?;
    let Some((bytes, name)) = input else {
        let slug = checked_slug(slug.context("a new blank article needs a SLUG")?)?;
        let title = slug.replace('-', " ");
        let path = write_new(
            &seeds,
            &slug,
            "md",
            BLANK.replace("TITLE", &title).as_bytes(),
        )?;
        return Ok(Added {
            path,
            title,
            publisher: None,
            date: None,
        });
    };
    let shown = name.map_or_else(|| "standard input".to_string(), |n| n.display().to_string());
    let decoded = decode_article(bytes).map_err(|why| anyhow::anyhow!("{shown}: {why}"))?;
    let text = decoded.text;
    let kind = kind_of(&text, name);
    let article = read_article(&text, kind, &shown);
    let slug = match slug {
        Some(s) => checked_slug(s)?,
        None => checked_slug(&article.title)?,
    };
    let path = match kind {
        Kind::Html => write_new(&seeds, &slug, "html", bytes)?,
        Kind::MarkdownWithFront => write_new(&seeds, &slug, "md", text.as_bytes())?,
        Kind::Markdown | Kind::Text => {
            let seed = seed_with_front_matter(&article, &text, kind)?;
            write_new(&seeds, &slug, "md", seed.as_bytes())?
        }
    };
    Ok(Added {
        path,
        title: article.title,
        publisher: article.publisher,
        date: article.date,
    })
}

/// A slug safe as a file name: letters, digits, `-` and `_` only (no folders, no `..`).
fn checked_slug(s: &str) -> Result<String> {
    let slug: String = slugify(s).chars().take(80).collect();
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        bail!("{s:?} gives no usable file name; pass a SLUG of letters and digits");
    }
    Ok(slug)
}

fn kind_of(text: &str, name: Option<&Path>) -> Kind {
    let ext = name
        .and_then(|n| n.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let start = text.trim_start();
    let has_front = text.starts_with("+++\n") || text.starts_with("---\n");
    if matches!(ext.as_str(), "html" | "htm")
        || (ext.is_empty() && (start.starts_with("<!") || start.starts_with("<html")))
    {
        Kind::Html
    } else if has_front && ext != "txt" {
        Kind::MarkdownWithFront
    } else if ext == "md" || ext == "markdown" {
        Kind::Markdown
    } else {
        Kind::Text
    }
}

/// Reads the article as the build would, for its title, publisher and date.
fn read_article(text: &str, kind: Kind, shown: &str) -> Article {
    let ext = match kind {
        Kind::Html => "html",
        Kind::MarkdownWithFront | Kind::Markdown => "md",
        Kind::Text => "txt",
    };
    let raw = RawSource {
        file: shown.to_string(),
        rel: PathBuf::from(format!("article.{ext}")),
        text: text.to_string(),
    };
    clean_article(&raw, "article".into()).0
}

/// The article as a Markdown seed: front matter from what brief read, then the body after
/// the headline (plain text gets a blank line between its lines, each a paragraph).
fn seed_with_front_matter(article: &Article, text: &str, kind: Kind) -> Result<String> {
    let front = Front {
        title: &article.title,
        publisher: article.publisher.as_deref(),
        date: article.date.as_deref(),
        author: article.author.as_deref(),
        url: article.url.as_deref(),
    };
    let toml = toml::to_string(&front).context("writing the front matter")?;
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    lines.next(); // the headline, now in the front matter
    let body: Vec<&str> = lines.collect();
    let body = match kind {
        Kind::Text => body
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
        _ => body.join("\n").trim().to_string(),
    };
    Ok(format!("+++\n{toml}+++\n\n{body}\n"))
}

/// Writes `seeds/<slug>.<ext>`, refusing to replace a seed of that name.
fn write_new(seeds: &Path, slug: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf> {
    for taken in ["md", "txt", "html", "htm"] {
        let other = seeds.join(format!("{slug}.{taken}"));
        if other.exists() {
            bail!("{} already exists; choose another SLUG", other.display());
        }
    }
    let path = seeds.join(format!("{slug}.{ext}"));
    std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_cannot_leave_the_seeds_folder() {
        assert_eq!(checked_slug("../../etc/passwd").unwrap(), "etc-passwd");
        assert!(checked_slug("../..").is_err());
    }

    #[test]
    fn pasted_html_is_kept_as_a_web_page() {
        assert_eq!(kind_of("  <!DOCTYPE html><html>", None), Kind::Html);
        assert_eq!(kind_of("Quake hits town\nBody", None), Kind::Text);
        assert_eq!(
            kind_of("+++\ntitle = \"x\"\n+++\n", None),
            Kind::MarkdownWithFront
        );
    }
}
