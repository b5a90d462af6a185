//! Sentence splitting for news prose: quotes, initials and abbreviations such as "U.N." and
//! "Gen." do not end a sentence.

/// Abbreviations whose period does not end a sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof",
    "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "cmdr", "pres", "rev", "hon",
    "approx", "est", "dept", "univ", "fig", "vol", "op", "cf",
];

/// Splits a paragraph into sentences, trimmed, in order.
pub fn split_sentences(text: &str) -> Vec<String> {
    sentence_spans(text)
        .into_iter()
        .map(|(s, e)| text[s..e].trim().to_string())
        .collect()
}

/// Byte ranges of the sentences of `text`.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && is_closer(chars[j].1) {
                j += 1;
            }
            let at_space = j < chars.len() && chars[j].1.is_whitespace();
            if at_space
                && starts_sentence(&chars, j)
                && !(c == '.' && is_abbreviation(text, chars[i].0))
            {
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                if !text[start..end].trim().is_empty() {
                    spans.push((start, end));
                }
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        spans.push((start, text.len()));
    }
    spans
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// After the whitespace at `j`, does a new sentence begin (capital, digit or opening quote)?
fn starts_sentence(chars: &[(usize, char)], j: usize) -> bool {
    let mut k = j;
    while k < chars.len() && chars[k].1.is_whitespace() {
        k += 1;
    }
    let mut k2 = k;
    while k2 < chars.len() && matches!(chars[k2].1, '"' | '“' | '‘' | '\'' | '(' | '[' | '«') {
        k2 += 1;
    }
    chars
        .get(k2)
        .is_some_and(|&(_, c)| c.is_uppercase() || c.is_ascii_digit())
}

/// Is the period at byte `dot` part of an abbreviation or initial?
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.contains('.') {
        return true; // "U.N", "a.m" — the last period of a dotted abbreviation
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial, "J. Smith"
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_periods_before_capitals() {
        assert_eq!(
            split_sentences("One two. Three four! Five?"),
            ["One two.", "Three four!", "Five?"]
        );
    }

    #[test]
    fn quote_closers_stay_with_their_sentence() {
        assert_eq!(
            split_sentences("He said: “It is over.” Then he left."),
            ["He said: “It is over.”", "Then he left."]
        );
    }

    #[test]
    fn dotted_abbreviations_do_not_split() {
        assert_eq!(
            split_sentences("The U.N. Security Council met. It adjourned.").len(),
            2
        );
        assert_eq!(
            split_sentences("Gen. Smith spoke at 1 p.m. on Monday.").len(),
            1
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split_sentences("It was 3 a.m. local time. Sirens sounded.").len(),
            2
        );
    }
}
