//! Shared text helpers for cleaning and extraction: sentences, numbers, dates, names and
//! the general gazetteer (countries, demonyms, organisations, titles).

pub mod dates;
pub mod gazetteer;
pub mod names;
pub mod numbers;
pub mod sentences;

/// Straightens curly quotes and apostrophes so patterns need one spelling.
pub fn straighten(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '‘' | '’' | '‛' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            '–' | '—' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect()
}
