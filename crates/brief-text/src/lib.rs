//! Shared text helpers for cleaning and extraction: sentences, numbers, dates, names and
//! the general gazetteer (countries, demonyms, organisations, titles).

pub mod dates;
pub mod diag;
pub mod fields;
pub mod gazetteer;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod pattern;
pub mod reading;
pub mod sentences;

/// Straightens curly quotes and apostrophes so patterns need one spelling.
pub fn straighten(text: &str) -> String {
    // Every character changed is outside ASCII: runs of ASCII (most of a text) are copied
    // whole rather than character by character (asked of every sentence read).
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        // ("''Unimaginable,'' he said": two apostrophes are a double quotation mark.)
        if b == b'\'' && text.as_bytes().get(i + 1) == Some(&b'\'') {
            out.push_str(&text[copied..i]);
            out.push('"');
            i += 2;
            copied = i;
            continue;
        }
        if b.is_ascii() {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let straight = straight_char(c);
        if straight != c {
            out.push_str(&text[copied..i]);
            // ("two women—one Chinese, one from Myanmar—were killed": a dash glued to the
            // words it sets apart still parts them.)
            let glued = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
            let dash = c == '—';
            if dash && glued(text[..i].chars().next_back()) {
                out.push(' ');
            }
            out.push(straight);
            if dash && glued(text[i + c.len_utf8()..].chars().next()) {
                out.push(' ');
            }
            copied = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(&text[copied..]);
    out
}

/// The straight form of a curly quote, apostrophe, dash or no-break space; any other
/// character itself.
fn straight_char(c: char) -> char {
    match c {
        '‘' | '’' | '‛' | '′' => '\'',
        '“' | '”' | '„' | '″' | '«' | '»' => '"',
        '–' | '—' => '-',
        '\u{a0}' => ' ',
        c => c,
    }
}

/// Is every letter of `text` a capital, and is there one ("BRITISH PRIME MINISTER RISHI
/// SUNAK")?
pub fn in_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Byte offset of the first match of an ASCII `needle` in `haystack`, ignoring ASCII case.
/// Unlike searching a lowercased copy, the offset is always valid in `haystack` (lowercasing
/// can change byte lengths: 'Ⱥ' → 'ⱥ').
pub fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let (&first, rest) = n.split_first()?;
    let starts = h.get(..=h.len().checked_sub(n.len())?)?;
    // Jump between the places the first byte occurs, in either case, instead of comparing
    // every window.
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        starts,
    )
    .find(|&i| h[i + 1..i + n.len()].eq_ignore_ascii_case(rest))
}

/// Like `find_ascii_ci`, the last match.
pub fn rfind_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let (&first, rest) = n.split_first()?;
    let starts = h.get(..=h.len().checked_sub(n.len())?)?;
    memchr::memrchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        starts,
    )
    .find(|&i| h[i + 1..i + n.len()].eq_ignore_ascii_case(rest))
}

/// Does `text` start with the ASCII `prefix`, ignoring ASCII case?
pub fn starts_with_ascii_ci(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_needle_is_found_in_either_case_at_its_byte_offset() {
        let text = "Ⱥ Rescue teams SAID the rescue was over";
        assert_eq!(find_ascii_ci(text, "rescue"), Some(3));
        assert_eq!(rfind_ascii_ci(text, "RESCUE"), Some(25));
        assert_eq!(find_ascii_ci(text, "said"), Some(16));
        assert_eq!(find_ascii_ci(text, "over."), None);
        assert_eq!(rfind_ascii_ci(text, "was over"), Some(text.len() - 8));
        assert_eq!(find_ascii_ci("ab", "abc"), None);
        assert_eq!(rfind_ascii_ci("", "a"), None);
    }

    #[test]
    fn two_apostrophes_are_a_double_quotation_mark() {
        assert_eq!(
            straighten("''The news is devastating,'' Sanchez said."),
            "\"The news is devastating,\" Sanchez said."
        );
        assert_eq!(straighten("the people's 'fear'"), "the people's 'fear'");
    }

    #[test]
    fn straightening_changes_only_curly_quotes_dashes_and_no_break_spaces() {
        let text = "“It’s over,” she said — at 10\u{a0}am – in «Kyiv» Ⱥ‘x’ „y″ é′";
        let by_char: String = text.chars().map(straight_char).collect();
        assert_eq!(straighten(text), by_char);
        assert_eq!(
            straighten("“It’s over,” — «Kyiv»"),
            "\"It's over,\" - \"Kyiv\""
        );
        assert_eq!(straighten("plain ASCII"), "plain ASCII");
    }

    #[test]
    fn case_insensitive_search_gives_offsets_in_the_original() {
        let s = "Ⱥ said, According to Ana";
        let at = find_ascii_ci(s, "according to ").unwrap();
        assert_eq!(&s[at..], "According to Ana");
        assert_eq!(rfind_ascii_ci("a A a", "a"), Some(4));
        assert!(starts_with_ascii_ci("Said it", "said "));
    }
}
