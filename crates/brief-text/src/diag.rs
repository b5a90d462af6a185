//! Warnings gathered across stages so a build can report every input problem together.

use serde::Serialize;

/// One problem with one input file; the build goes on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl Warning {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            file: file.into(),
            line: None,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    /// One line, safe for a terminal: seed file names and text may hold newlines and escape
    /// codes (issue 14), which are shown escaped rather than acted on.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (file, message) = (printable(&self.file), printable(&self.message));
        match self.line {
            Some(line) => write!(f, "{file}:{line}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

/// `text` with control characters (newlines, escape codes, C1 controls) and the invisible
/// characters that reorder a line (bidirectional overrides) written as escapes (`\n`,
/// `\u{1b}`); everything else, accents included, as it is.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_codes_and_newlines_in_a_file_name_are_printed_escaped() {
        let w = Warning::new("seeds/a\u{1b}[2Jb\nc\u{202e}d.txt", "no publisher");
        assert_eq!(
            w.to_string(),
            "seeds/a\\u{1b}[2Jb\\nc\\u{202e}d.txt: no publisher"
        );
    }

    #[test]
    fn accents_stay_as_they_are() {
        assert_eq!(printable("Tormenta en Cádiz.txt"), "Tormenta en Cádiz.txt");
    }
}
