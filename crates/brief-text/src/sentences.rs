//! Sentence splitting for news prose: quotes, initials and abbreviations such as "U.N." and
//! "Gen." do not end a sentence.

/// Abbreviations whose period does not end a sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof",
    "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "cmdr", "pres", "rev", "hon",
    "approx", "est", "dept", "univ", "fig", "vol", "op", "cf", "brig", "cpl", "pvt", "supt",
    "insp", "lieut", "amb", "gens", "mt", "mts", "ft", "pte", "ave", "blvd",
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
///
/// Run over every paragraph several times (the cleaner, the people directory, the
/// extractors), so it jumps from one stop to the next by bytes and decodes characters only
/// around a stop.
fn written_sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // Straight quotation marks before `from`, counted as the scan goes (once over the text).
    let mut quotes = 0;
    while let Some((stop, c)) = next_stop(text, from) {
        quotes += text[from..stop].matches('"').count();
        let after_stop = stop + c.len_utf8();
        let closers: usize = text[after_stop..]
            .chars()
            .take_while(|&c| is_closer(c))
            .map(char::len_utf8)
            .sum();
        let j = after_stop + closers;
        let at_space = text[j..].starts_with(char::is_whitespace);
        // "… in Ankara.\"I strongly condemn …\"": a quotation opened right after the stop,
        // no space between (the marks before it are paired), begins a sentence there.
        let opens_glued = c == '.'
            && quotes % 2 == 0
            && text[after_stop..].starts_with('"')
            && text[after_stop + 1..].starts_with(char::is_uppercase);
        let starts = at_space && starts_sentence(&text[j..])
            || c == '.' && glued_sentence(text, stop, j)
            || opens_glued;
        let end = if opens_glued { after_stop } else { j };
        if starts && !(c == '.' && is_abbreviation(text, stop)) {
            if !text[start..end].trim().is_empty() {
                spans.push((start, end));
            }
            start = end;
        }
        quotes += text[stop..end].matches('"').count();
        from = end;
    }
    if !text[start..].trim().is_empty() {
        spans.push((start, text.len()));
    }
    spans
}

/// The first full stop ('.', '!', '?' or '…') at or after byte `from`, with its byte offset.
fn next_stop(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        at += bytes
            .get(at..)?
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        match bytes[at] {
            b'.' => return Some((at, '.')),
            b'!' => return Some((at, '!')),
            b'?' => return Some((at, '?')),
            // 0xE2 leads '…' (E2 80 A6) and many other characters.
            _ if text[at..].starts_with('…') => return Some((at, '…')),
            _ => at += 1,
        }
    }
}

/// "… local media reported.In Washington, …": a scraped page lost the space between two
/// sentences; a lowercase word, its stop, then a capitalised word (or a figure standing as a
/// word) begins a new one.
fn glued_sentence(text: &str, stop: usize, j: usize) -> bool {
    let mut next = text[j..].chars();
    let first = next.next();
    // "… in the restive southeast.186 people were wounded": a figure, whole, then a word.
    let next_is_figure = first.is_some_and(|c| c.is_ascii_digit()) && {
        let rest = &text[j..];
        let digits = rest
            .find(|c: char| !c.is_ascii_digit() && c != ',')
            .unwrap_or(rest.len());
        rest[digits..].starts_with(' ')
    };
    let next_is_word = first.is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
        || next_is_figure;
    let before = &text[..stop];
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

/// After the whitespace `rest` opens with, does a new sentence begin (capital, digit or
/// opening quote)?
fn starts_sentence(rest: &str) -> bool {
    rest.trim_start_matches(char::is_whitespace)
        .trim_start_matches(['"', '“', '‘', '\'', '(', '[', '«'])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
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
            r"^[A-Z][A-Z .'/-]*[A-Z]\s?,?(?:\s+[A-Z][a-z]+,)?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([^()]{2,80}\)\s*(?:--|[-–—:])?\s+",
        )
        .expect("pattern")
    });
    // "JAKARTA -- The Australian government …", "REPUBLIKA.CO.ID, JAKARTA — …": a place (or
    // an outlet and a place) in capitals and a dash, without the agency's bracket; "(Vatican
    // Radio) Pope Francis has sent …", "(MENAFN) In a thwarted coup …": the outlet's bracket
    // alone.
    static DASHED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[A-Z][A-Z0-9 .,'/]*[A-Z]{3}(?:\s*(?:--|—|–)\s*|\s+-\s+)|\([A-Z][^()]{1,40}\)\s*[-–—:]?\s+)",
        )
        .expect("pattern")
    });
    // "Shafaq News/ The United States has condemned …": an outlet's credit and a slash.
    static CREDITED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[A-Z][A-Za-z0-9.&'’-]*(?:\s+[A-Z][A-Za-z0-9.&'’-]*){0,3}\s?/\s+")
            .expect("pattern")
    });
    // "NAIROBI Kenya, Jul 27– President …", "VIENNA, 16 October 2017 – …": a place in capitals
    // (its country may follow), the day and a dash; "Oct. 21 (UPI) -- …": the day and the
    // agency; "2) US President …": a list's number.
    static DATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[A-Z][A-Z .'/-]*[A-Z](?:\s+[A-Z][a-z]+)*,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*(?:--|—|–|-)\s*|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^()]{2,40}\)\s*(?:--|—|–|-)\s*|\d{1,2}\)\s+)",
        )
        .expect("pattern")
    });
    // "Islamabad, Jan 2 (IANS) Pakistan has …", "Kabul, 3 March (Xinhua) -": a place in
    // ordinary case needs both the day and the agency's bracket, since a name and a bracket
    // alone may be a speaker ("Imran Khan (PTI) said"); "ISLAMABAD: Pakistan has …": a place
    // in capitals and a colon.
    static TITLED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?\s*\([A-Z][^()]{1,40}\)\s*(?:--|[-–—:])?\s+|[A-Z][A-Z .'/]*[A-Z]{3}:\s+)",
        )
        .expect("pattern")
    });
    match OPENER
        .find(sentence)
        .or_else(|| DASHED.find(sentence))
        .or_else(|| DATED.find(sentence))
        .or_else(|| TITLED.find(sentence))
        .or_else(|| CREDITED.find(sentence))
    {
        Some(m) if m.end() < sentence.len() => &sentence[m.end()..],
        _ => sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `written_sentence_spans` as it was first written, over a list of every character:
    /// the one that jumps from stop to stop must cut every text the same.
    fn spans_over_a_list_of_characters(text: &str) -> Vec<(usize, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let starts_at = |j: usize| {
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            while k < chars.len() && matches!(chars[k].1, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
            {
                k += 1;
            }
            chars
                .get(k)
                .is_some_and(|&(_, c)| c.is_uppercase() || c.is_ascii_digit())
        };
        let mut spans = Vec::new();
        let (mut start, mut i) = (0, 0);
        while i < chars.len() {
            let (at, c) = chars[i];
            if matches!(c, '.' | '!' | '?' | '…') {
                let mut j = i + 1;
                while j < chars.len() && is_closer(chars[j].1) {
                    j += 1;
                }
                let quotes_before = chars[..i].iter().filter(|&&(_, c)| c == '"').count();
                let opens_glued = c == '.'
                    && quotes_before % 2 == 0
                    && chars.get(i + 1).is_some_and(|&(_, c)| c == '"')
                    && chars.get(i + 2).is_some_and(|&(_, c)| c.is_uppercase());
                let end = if opens_glued {
                    chars[i + 1].0
                } else {
                    chars.get(j).map_or(text.len(), |&(b, _)| b)
                };
                let at_space = j < chars.len() && chars[j].1.is_whitespace();
                let starts = at_space && starts_at(j)
                    || c == '.'
                        && glued_sentence(text, at, chars.get(j).map_or(text.len(), |&(b, _)| b))
                    || opens_glued;
                if starts && !(c == '.' && is_abbreviation(text, at)) {
                    if !text[start..end].trim().is_empty() {
                        spans.push((start, end));
                    }
                    start = end;
                }
                i = if opens_glued { i + 1 } else { j };
                continue;
            }
            i += 1;
        }
        if !text[start..].trim().is_empty() {
            spans.push((start, text.len()));
        }
        spans
    }

    #[test]
    fn sentences_are_cut_as_the_list_of_characters_cut_them() {
        for text in [
            "",
            "No stop at all",
            "One two. Three four! Five? “Six.” Seven…  Eight",
            "He said: “It is over.” Then he left.",
            "The U.N. Security Council met. It adjourned at 1 p.m. Monday. J. Smith said so.",
            "local media reported.In Washington, officials met.",
            "Why?! “Because.” (Really.) [Yes.] «Non.» ‘Quote.’ 5 died.",
            "Kyiv’s mayor — “Це все.” — 東京. Ünïcödé. É bem.",
            "Ends with a stop.",
            "...",
            "a . . b… …c?",
        ] {
            assert_eq!(
                written_sentence_spans(text),
                spans_over_a_list_of_characters(text),
                "{text:?}"
            );
        }
    }

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
    fn a_quotation_glued_to_the_stop_before_it_begins_a_sentence() {
        assert_eq!(
            split_sentences("The rally was held in Ankara.\"I strongly condemn it,\" he said."),
            [
                "The rally was held in Ankara.",
                "\"I strongly condemn it,\" he said."
            ]
        );
        // A closing mark after the stop ends the quotation it closes.
        assert_eq!(split_sentences("He said \"no.\"Then he left.").len(), 1);
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
        assert_eq!(
            split_sentences("Clashes hit the southeast.186 people were wounded."),
            ["Clashes hit the southeast.", "186 people were wounded."]
        );
        assert_eq!(split_sentences("It rose by 3.5 percent.").len(), 1);
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
    fn a_place_in_capitals_and_a_dash_is_a_dateline() {
        assert_eq!(
            after_dateline("REPUBLIKA.CO.ID, JAKARTA -- A number of countries expressed support."),
            "A number of countries expressed support."
        );
        assert_eq!(
            after_dateline("JAKARTA — The Australian government expressed support."),
            "The Australian government expressed support."
        );
        assert_eq!(
            after_dateline("(Vatican Radio) Pope Francis has sent a message."),
            "Pope Francis has sent a message."
        );
        assert_eq!(
            after_dateline("(FNA)- The Iranian foreign ministry announced a headquarters."),
            "The Iranian foreign ministry announced a headquarters."
        );
        // An acronym and a hyphen are no dateline.
        assert_eq!(after_dateline("UN-led talks began."), "UN-led talks began.");
        assert_eq!(
            after_dateline("Shafaq News/ The United States has condemned the killings."),
            "The United States has condemned the killings."
        );
        assert_eq!(
            after_dateline("Kiripost/Siv Channa took the picture."),
            "Kiripost/Siv Channa took the picture."
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
        assert_eq!(
            after_dateline("Islamabad, Jan 2 (IANS) Pakistan has condemned the attack."),
            "Pakistan has condemned the attack."
        );
        assert_eq!(
            after_dateline("Kabul, 3 March (Xinhua) -- Officials said 31 died."),
            "Officials said 31 died."
        );
        assert_eq!(
            after_dateline("ISLAMABAD: Pakistan has condemned the attack."),
            "Pakistan has condemned the attack."
        );
        // A name in ordinary case and a bracket, without a day, is a speaker.
        let s = "Imran Khan (PTI) said the attack was cowardly.";
        assert_eq!(after_dateline(s), s);
        // A speaker with a bracketed short form is no dateline.
        let s = "The World Health Organization (WHO) said it was ready.";
        assert_eq!(after_dateline(s), s);
        assert_eq!(
            after_dateline("NAIROBI Kenya, Jul 27– President Ana Ruiz sent condolences."),
            "President Ana Ruiz sent condolences."
        );
        assert_eq!(
            after_dateline("2) US President Ana Ruiz condemned the attack."),
            "US President Ana Ruiz condemned the attack."
        );
        assert_eq!(
            after_dateline("VIENNA, 16 October 2017 – Ana Ruiz expressed shock."),
            "Ana Ruiz expressed shock."
        );
        assert_eq!(
            after_dateline("Oct. 21 (UPI) -- Secretary-General Ana Ruiz condemned the violence."),
            "Secretary-General Ana Ruiz condemned the violence."
        );
        assert_eq!(
            after_dateline(
                "GENEVA , Switzerland, May 5 (UPI) -- The agency declared an emergency."
            ),
            "The agency declared an emergency."
        );
        // A month and day alone open no dateline.
        let s = "On Jul 27 – a Friday – the envoy spoke.";
        assert_eq!(after_dateline(s), s);
    }
}
