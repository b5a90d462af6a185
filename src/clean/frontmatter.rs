//! TOML front matter between `+++` lines at the top of a Markdown article.

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
}

/// A front-matter problem, with the line in the seed file where it is.
#[derive(Debug)]
pub struct FrontMatterError {
    pub line: Option<usize>,
    pub message: String,
}

/// Splits `+++`-fenced front matter from the body; returns the body and its first line number.
pub fn split(text: &str) -> Result<(FrontMatter, &str, usize), FrontMatterError> {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return Ok((FrontMatter::default(), text, 1));
    };
    let Some(end) = rest.find("\n+++") else {
        return Err(FrontMatterError {
            line: Some(1),
            message: "front matter opened with +++ is never closed".into(),
        });
    };
    let toml_text = &rest[..end];
    let after = &rest[end + 4..];
    let body = after.strip_prefix('\n').unwrap_or(after);
    let body_line = 2 + toml_text.lines().count() + 1;
    let mut front: FrontMatter = toml::from_str(toml_text).map_err(|e| FrontMatterError {
        line: e
            .span()
            .map(|s| 1 + crate::config::line_col(toml_text, s.start).0),
        message: format!("front matter: {}", e.message()),
    })?;
    if let Some(date) = &front.date {
        let day = date.get(..10).unwrap_or(date);
        if chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_err() {
            return Err(FrontMatterError {
                line: None,
                message: format!("front matter: date {date:?} is not YYYY-MM-DD"),
            });
        }
        front.date = Some(day.to_string());
    }
    Ok((front, body, body_line))
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
    fn unclosed_front_matter_is_reported() {
        assert!(split("+++\ntitle = 'x'\nbody").is_err());
    }
}
