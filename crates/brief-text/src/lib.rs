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
    text.chars()
        .map(|c| match c {
            '‘' | '’' | '‛' | '′' => '\'',
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            '–' | '—' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect()
}

/// Byte offset of the first match of an ASCII `needle` in `haystack`, ignoring ASCII case.
/// Unlike searching a lowercased copy, the offset is always valid in `haystack` (lowercasing
/// can change byte lengths: 'Ⱥ' → 'ⱥ').
pub fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (n.len() <= h.len())
        .then(|| h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n)))
        .flatten()
}

/// Like `find_ascii_ci`, the last match.
pub fn rfind_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (n.len() <= h.len())
        .then(|| h.windows(n.len()).rposition(|w| w.eq_ignore_ascii_case(n)))
        .flatten()
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
    fn case_insensitive_search_gives_offsets_in_the_original() {
        let s = "Ⱥ said, According to Ana";
        let at = find_ascii_ci(s, "according to ").unwrap();
        assert_eq!(&s[at..], "According to Ana");
        assert_eq!(rfind_ascii_ci("a A a", "a"), Some(4));
        assert!(starts_with_ascii_ci("Said it", "said "));
    }
}
