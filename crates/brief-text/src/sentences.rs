//! Sentence splitting for news prose: quotes, initials and abbreviations such as "U.N." and
//! "Gen." do not end a sentence.

/// Abbreviations whose period does not end a sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof",
    "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "cmdr", "pres", "rev", "hon",
    "approx", "est", "dept", "univ", "fig", "vol", "op", "cf", "brig", "cpl", "pvt", "supt",
    "insp", "lieut", "amb", "gens",
];

/// Splits a paragraph into sentences, trimmed, in order.
pub fn split_sentences(text: &str) -> Vec<String> {
    sentence_spans(text)
        .into_iter()
        .map(|(s, e)| text[s..e].trim().to_string())
        .collect()
}

/// The most one sentence may hold, in bytes: twice the longest sentence in the seeds (489
/// bytes). Extraction looks back and forth within a sentence, so its time grows faster than
/// the sentence's length; a longer run without a full stop (issue 14: one 5 MB line took more
/// than ten minutes) is read as pieces of at most this many bytes, cut at a space.
pub const MAX_SENTENCE_BYTES: usize = 1_000;

/// Byte ranges of the sentences of `text`, none longer than `MAX_SENTENCE_BYTES`.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (start, end) in written_sentence_spans(text) {
        let mut from = start;
        while end - from > MAX_SENTENCE_BYTES {
            let to = piece_end(text, from);
            spans.push((from, to));
            from = to;
        }
        spans.push((from, end));
    }
    spans
}

/// The length in bytes of the longest sentence as written, before any is cut to
/// `MAX_SENTENCE_BYTES`.
pub fn longest_sentence_bytes(text: &str) -> usize {
    written_sentence_spans(text)
        .into_iter()
        .map(|(s, e)| e - s)
        .max()
        .unwrap_or(0)
}

/// Where a piece of an over-long sentence starting at `from` ends: after the last space
/// within `MAX_SENTENCE_BYTES`, else (one enormous word) at the last character boundary.
fn piece_end(text: &str, from: usize) -> usize {
    let mut limit = from + MAX_SENTENCE_BYTES;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let space = text[from..limit]
        .char_indices()
        .rev()
        .find(|&(at, c)| at > 0 && c.is_whitespace());
    space.map_or(limit, |(at, c)| from + at + c.len_utf8())
}

/// Byte ranges of the sentences as their full stops end them.
fn written_sentence_spans(text: &str) -> Vec<(usize, usize)> {
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
            let starts = at_space && starts_sentence(&chars, j)
                || c == '.' && glued_sentence(text, &chars, i, j);
            if starts && !(c == '.' && is_abbreviation(text, chars[i].0)) {
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

/// "… local media reported.In Washington, …": a scraped page lost the space between two
/// sentences; a lowercase word, its stop, then a capitalised word begins a new one.
fn glued_sentence(text: &str, chars: &[(usize, char)], stop: usize, j: usize) -> bool {
    let next_is_word = chars.get(j).is_some_and(|&(_, c)| c.is_uppercase())
        && chars.get(j + 1).is_some_and(|&(_, c)| c.is_lowercase());
    let before = &text[..chars[stop].0];
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    next_is_word
        && word.chars().count() >= 3
        && word.chars().all(char::is_lowercase)
        && before[..before.len() - word.len()].ends_with(|c: char| c.is_whitespace())
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

/// The sentence after a wire dateline that opens it ("UNITED NATIONS, (APP - Nov 9, 2024)",
/// "KABUL (Khaama Press):", "ISLAMABAD, Nov 9 (Reuters) -"): the place in capitals and the
/// agency's bracket say where the copy was filed, not who speaks in it.
pub fn after_dateline(sentence: &str) -> &str {
    static OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^[A-Z][A-Z .'/-]*[A-Z],?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([^()]{2,80}\)\s*[-–—:]?\s+",
        )
        .expect("pattern")
    });
    match OPENER.find(sentence) {
        Some(m) if m.end() < sentence.len() => &sentence[m.end()..],
        _ => sentence,
    }
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
    fn a_run_without_full_stops_is_read_in_bounded_pieces() {
        let text = "word, ".repeat(1_000);
        let spans = sentence_spans(&text);
        assert!(spans.len() >= 6, "{spans:?}");
        assert!(spans.iter().all(|(s, e)| e - s <= MAX_SENTENCE_BYTES));
        assert_eq!(spans.first().map(|s| s.0), Some(0));
        assert_eq!(spans.last().map(|s| s.1), Some(text.len()));
        assert!(spans.windows(2).all(|w| w[0].1 == w[1].0), "no byte lost");
        assert_eq!(longest_sentence_bytes(&text), text.len());
    }

    #[test]
    fn one_enormous_word_is_cut_at_a_character_boundary() {
        let text = "é".repeat(2_000);
        let pieces = split_sentences(&text);
        assert!(pieces.len() >= 4);
        assert_eq!(pieces.concat(), text);
    }

    #[test]
    fn sentences_glued_without_a_space_are_parted() {
        assert_eq!(
            split_sentences(
                "Local media reported.In Washington, the White House said it was concerned."
            ),
            [
                "Local media reported.",
                "In Washington, the White House said it was concerned."
            ]
        );
        assert_eq!(split_sentences("See www.example.Com for more.").len(), 1);
        assert_eq!(
            split_sentences("Visit example.com.Today it rained.").len(),
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

    #[test]
    fn a_wire_dateline_is_not_part_of_the_sentence() {
        let s = "UNITED NATIONS, (APP - UrduPoint - 9th Nov, 2024) UN chief Antonio Guterres condemned it.";
        assert_eq!(after_dateline(s), "UN chief Antonio Guterres condemned it.");
        assert_eq!(
            after_dateline("KABUL (Khaama Press): Officials said 31 died."),
            "Officials said 31 died."
        );
        assert_eq!(
            after_dateline("ISLAMABAD, Nov 9 (Reuters) - Police said."),
            "Police said."
        );
        // A speaker with a bracketed short form is no dateline.
        let s = "The World Health Organization (WHO) said it was ready.";
        assert_eq!(after_dateline(s), s);
    }
}
