//! Front matter at the top of a Markdown article: TOML between `+++` lines (as Zola and Hugo
//! write it) or YAML between `---` lines (as Jekyll and Hugo do).

use serde::de::IgnoredAny;
use serde::Deserialize;

/// Metadata an author may give a Markdown seed; it wins over what the text suggests.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    /// The clock time `date` gives after its day ("2023-09-19T14:05:00Z"), as `HH:MM`.
    #[serde(skip)]
    pub time: Option<String>,
    /// `draft = true` leaves the seed out unless the build asks for drafts (`--drafts`).
    pub draft: Option<bool>,
    // Keys Zola, Hugo and Jekyll users write out of habit that brief has no use for: accepted
    // (any value) and named in a note, where other unknown keys are errors (typos).
    tags: Option<IgnoredAny>,
    categories: Option<IgnoredAny>,
    slug: Option<IgnoredAny>,
    description: Option<IgnoredAny>,
    lang: Option<IgnoredAny>,
    weight: Option<IgnoredAny>,
    aliases: Option<IgnoredAny>,
    lastmod: Option<IgnoredAny>,
    updated: Option<IgnoredAny>,
}

impl FrontMatter {
    /// The keys given that brief reads past.
    pub fn unused_keys(&self) -> Vec<&'static str> {
        [
            ("tags", self.tags.is_some()),
            ("categories", self.categories.is_some()),
            ("slug", self.slug.is_some()),
            ("description", self.description.is_some()),
            ("lang", self.lang.is_some()),
            ("weight", self.weight.is_some()),
            ("aliases", self.aliases.is_some()),
            ("lastmod", self.lastmod.is_some()),
            ("updated", self.updated.is_some()),
        ]
        .into_iter()
        .filter_map(|(key, given)| given.then_some(key))
        .collect()
    }
}

/// A front-matter problem, with the line in the seed file where it is.
#[derive(Debug)]
pub struct FrontMatterError {
    pub line: Option<usize>,
    pub message: String,
}

/// Splits fenced front matter from the body; returns the body and its first line number.
pub fn split(text: &str) -> Result<(FrontMatter, &str, usize), FrontMatterError> {
    let (fence, toml) = if text.starts_with("+++\n") {
        ("+++", true)
    } else if text.starts_with("---\n") {
        ("---", false)
    } else {
        return Ok((FrontMatter::default(), text, 1));
    };
    let rest = &text[fence.len() + 1..];
    let Some(end) = rest.find(&format!("\n{fence}")) else {
        return Err(FrontMatterError {
            line: Some(1),
            message: format!("front matter opened with {fence} is never closed"),
        });
    };
    let meta = &rest[..end];
    let after = &rest[end + fence.len() + 1..];
    let body = after.strip_prefix('\n').unwrap_or(after);
    let body_line = 2 + meta.lines().count() + 1;
    let mut front: FrontMatter = if toml {
        toml::from_str(meta).map_err(|e| FrontMatterError {
            line: e.span().map(|s| 1 + brief_text::line_col(meta, s.start).0),
            message: format!("front matter: {}", e.message()),
        })?
    } else if meta.trim().is_empty() {
        FrontMatter::default()
    } else {
        yaml_serde::from_str(meta).map_err(|e| FrontMatterError {
            line: e.location().map(|l| 1 + l.line()),
            message: format!("front matter: {e}"),
        })?
    };
    if let Some(date) = &front.date {
        let day = date.get(..10).unwrap_or(date);
        if chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_err() {
            let key_line = meta
                .lines()
                .position(|l| l.trim_start().starts_with("date"));
            return Err(FrontMatterError {
                line: key_line.map(|i| i + 2),
                message: format!("front matter: date {date:?} is not YYYY-MM-DD"),
            });
        }
        front.time = date.get(10..).and_then(clock_time);
        front.date = Some(day.to_string());
    }
    Ok((front, body, body_line))
}

/// `HH:MM` from what follows a date's day: `T14:05:00Z`, ` 14:05`, `T08:00:00+02:00`. The time
/// is kept as written (the zone is not applied), so reports of one day order by their clocks.
fn clock_time(rest: &str) -> Option<String> {
    let t = rest.trim_start_matches(['T', 't', ' ']).get(..5)?;
    chrono::NaiveTime::parse_from_str(t, "%H:%M").ok()?;
    Some(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_front_matter_is_fine() {
        let (f, body, line) = split("Title\nBody").unwrap();
        assert!(f.title.is_none());
        assert_eq!((body, line), ("Title\nBody", 1));
    }

    #[test]
    fn unknown_key_names_its_line() {
        let err = split("+++\ntitle = 'x'\nauthr = 'y'\n+++\nbody").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("authr"));
    }

    #[test]
    fn yaml_front_matter_is_read() {
        let (f, body, line) =
            split("---\ntitle: \"A: b\"\npublisher: The Ledger\ndate: 2025-06-12\n---\n\nBody")
                .unwrap();
        assert_eq!(f.title.as_deref(), Some("A: b"));
        assert_eq!(f.publisher.as_deref(), Some("The Ledger"));
        assert_eq!(f.date.as_deref(), Some("2025-06-12"));
        assert_eq!((body, line), ("\nBody", 6));
    }

    #[test]
    fn yaml_unknown_key_names_its_line() {
        let err = split("---\ntitle: x\nauthr: y\n---\nbody").unwrap_err();
        assert_eq!(err.line, Some(3), "{}", err.message);
        assert!(err.message.contains("authr"));
    }

    #[test]
    fn a_date_with_a_clock_keeps_the_time() {
        let (f, _, _) = split("+++\ndate = \"2023-09-19T14:05:00Z\"\n+++\nbody").unwrap();
        assert_eq!(f.date.as_deref(), Some("2023-09-19"));
        assert_eq!(f.time.as_deref(), Some("14:05"));
        let (f, _, _) = split("+++\ndate = \"2023-09-19\"\n+++\nbody").unwrap();
        assert_eq!(f.time, None);
    }

    #[test]
    fn zola_and_hugo_keys_are_read_past_and_named() {
        let (f, _, _) =
            split("+++\ntitle = 'x'\ndraft = true\ntags = ['a', 'b']\nslug = 'x'\n+++\nbody")
                .unwrap();
        assert_eq!(f.draft, Some(true));
        assert_eq!(f.unused_keys(), ["tags", "slug"]);
        let (f, _, _) = split("---\ntitle: x\ndescription: d\nlang: en\n---\nbody").unwrap();
        assert_eq!(f.unused_keys(), ["description", "lang"]);
    }

    #[test]
    fn a_bad_date_names_its_line() {
        let err = split("+++\ntitle = 'x'\ndate = 'soon'\n+++\nbody").unwrap_err();
        assert_eq!(err.line, Some(3), "{}", err.message);
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        assert!(split("+++\ntitle = 'x'\nbody").is_err());
    }
}
