//! One reading of a sentence, made once and shared by every extractor: the sentence
//! straightened, its words with their byte spans, case shape and lowercase form, the
//! sentence lowercased, and the numbers it writes.
//!
//! Each part is worked out the first time something asks for it and kept: most sentences
//! never reach the extractors' word-by-word rules (their prefilters find no cue), so reading
//! every sentence whole up front would cost more than it saves.

use std::cell::OnceCell;
use std::ops::Range;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::dates::{date_mentions, DateMention};
use crate::gazetteer::{word_spans, Mention, GAZETTEER};
use crate::numbers::{parse_quantity, Quantity};

/// How a word is written, which lowercasing loses ("WHO" the body, "who" the pronoun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A capital, then not all capitals: "Baku", "McCain", "Al-Sisi".
    Capitalised,
    /// Two or more letters, all capitals: "WHO", "UN", "U.N".
    Acronym,
    /// Letters, none capital: "said", "al-".
    Lower,
    /// Opens with a digit: "17", "2,000", "3rd".
    Number,
    /// Anything else: one capital letter ("A", "J"), or no letter and no leading digit.
    Other,
}

impl Shape {
    fn of(word: &str) -> Shape {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return Shape::Number;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        let opens_capital = word.starts_with(char::is_uppercase);
        match (opens_capital, letters, capitals) {
            (_, 0, _) => Shape::Other,
            (true, 2.., c) if c == letters => Shape::Acronym,
            (true, 2.., _) => Shape::Capitalised,
            (false, _, 0) => Shape::Lower,
            _ => Shape::Other,
        }
    }
}

/// One word of the straightened sentence, as `gazetteer::word_spans` cuts it ("Russia's" is
/// "Russia", "30,000" one word, punctuation outside words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte span in `Reading::straight`.
    pub span: Range<usize>,
    pub shape: Shape,
    /// Byte span of its lowercase form in the reading's buffer of lowercase words.
    lower: Range<usize>,
}

/// A number the sentence writes ("17", "three hundred", "more than 2,000"), as
/// `numbers::parse_quantity` reads it from the lowercase words.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub quantity: Quantity,
    /// The words it takes, qualifier included.
    pub words: Range<usize>,
    /// Its byte span in `Reading::straight`.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
struct Words {
    list: Vec<Word>,
    /// Every word's lowercase form, one after another.
    lower: String,
}

/// One sentence, read once. Cheap to make: every part is computed on first use.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    text: String,
    straight: OnceCell<String>,
    lower: OnceCell<String>,
    straight_lower: OnceCell<String>,
    pieces: OnceCell<Vec<Range<usize>>>,
    words: OnceCell<Words>,
    numbers: OnceCell<Vec<Number>>,
    mentions: OnceCell<Vec<Mention>>,
    /// The dates the sentence writes, and the event's date they were read against.
    dates: OnceCell<(Option<NaiveDate>, Vec<DateMention>)>,
}

impl Reading {
    /// A reading of `text` (one sentence).
    pub fn new(text: &str) -> Reading {
        Reading {
            text: text.to_string(),
            ..Reading::default()
        }
    }

    /// The sentence as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The sentence as written, lowercased.
    pub fn lower(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_lowercase())
    }

    /// The sentence with quotes, apostrophes, dashes and no-break spaces straightened
    /// (`crate::straighten`); word spans are into this text.
    pub fn straight(&self) -> &str {
        self.straight.get_or_init(|| crate::straighten(&self.text))
    }

    /// The straightened sentence, lowercased.
    pub fn straight_lower(&self) -> &str {
        self.straight_lower
            .get_or_init(|| self.straight().to_lowercase())
    }

    /// The pieces of the sentence as written between whitespace (`str::split_whitespace`),
    /// as byte spans in `text`: words with the punctuation they carry ("Baku,", "“We").
    pub fn pieces(&self) -> &[Range<usize>] {
        self.pieces.get_or_init(|| {
            let base = self.text.as_ptr() as usize;
            self.text
                .split_whitespace()
                .map(|p| {
                    let start = p.as_ptr() as usize - base;
                    start..start + p.len()
                })
                .collect()
        })
    }

    /// Piece `i` as written.
    pub fn piece(&self, i: usize) -> &str {
        &self.text[self.pieces()[i].clone()]
    }

    /// The pieces before byte `at`, nearest first, the one `at` falls inside cut there: what
    /// `text[..at].split_whitespace().rev()` gives.
    pub fn pieces_before(&self, at: usize) -> impl Iterator<Item = &str> {
        let pieces = self.pieces();
        let before = pieces.partition_point(|p| p.start < at);
        pieces[..before]
            .iter()
            .rev()
            .map(move |p| &self.text[p.start..p.end.min(at)])
    }

    fn read_words(&self) -> &Words {
        self.words.get_or_init(|| {
            let straight = self.straight();
            let spans = word_spans(straight);
            let mut words = Words {
                list: Vec::with_capacity(spans.len()),
                lower: String::with_capacity(straight.len()),
            };
            for (start, end, w) in spans {
                let at = words.lower.len();
                // `str::to_lowercase`, not per character: a final sigma lowercases as 'ς'.
                if w.is_ascii() {
                    words
                        .lower
                        .extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                } else {
                    words.lower.push_str(&w.to_lowercase());
                }
                words.list.push(Word {
                    span: start..end,
                    shape: Shape::of(w),
                    lower: at..words.lower.len(),
                });
            }
            words
        })
    }

    /// The words of the straightened sentence, in order.
    pub fn words(&self) -> &[Word] {
        &self.read_words().list
    }

    /// Word `i` as written (straightened).
    pub fn word(&self, i: usize) -> &str {
        &self.straight()[self.words()[i].span.clone()]
    }

    /// Word `i` lowercased.
    pub fn lower_word(&self, i: usize) -> &str {
        let words = self.read_words();
        &words.lower[words.list[i].lower.clone()]
    }

    /// Every word lowercased, in order.
    pub fn lower_words(&self) -> Vec<&str> {
        let words = self.read_words();
        words
            .list
            .iter()
            .map(|w| &words.lower[w.lower.clone()])
            .collect()
    }

    /// The words as `gazetteer::word_spans` gives them for the straightened sentence: start,
    /// end and the word.
    pub fn spans(&self) -> Vec<(usize, usize, &str)> {
        let straight = self.straight();
        self.words()
            .iter()
            .map(|w| (w.span.start, w.span.end, &straight[w.span.clone()]))
            .collect()
    }

    /// What stands between word `i - 1` (or the sentence's start) and word `i`: spaces and
    /// punctuation.
    pub fn gap_before(&self, i: usize) -> &str {
        let words = self.words();
        let from = i.checked_sub(1).map_or(0, |p| words[p].span.end);
        &self.straight()[from..words[i].span.start]
    }

    /// The countries, bodies and places the sentence names (`Gazetteer::mentions` of the text
    /// as written), in order.
    pub fn mentions(&self) -> &[Mention] {
        self.mentions.get_or_init(|| GAZETTEER.mentions(&self.text))
    }

    /// The dates the sentence writes, read against the event's date (`dates::date_mentions`).
    /// Read once; asked with another event date than the first time, read afresh.
    pub fn date_mentions(&self, event: Option<NaiveDate>) -> Cow<'_, [DateMention]> {
        let (read_for, found) = self
            .dates
            .get_or_init(|| (event, date_mentions(&self.text, event)));
        if *read_for == event {
            Cow::Borrowed(found)
        } else {
            Cow::Owned(date_mentions(&self.text, event))
        }
    }

    /// The numbers the sentence writes, in order, none overlapping.
    pub fn numbers(&self) -> &[Number] {
        self.numbers.get_or_init(|| {
            let lower = self.lower_words();
            let words = self.words();
            let mut out = Vec::new();
            let mut i = 0;
            while i < lower.len() {
                match parse_quantity(&lower, i) {
                    Some((quantity, len)) if len > 0 => {
                        let span = words[i].span.start..words[i + len - 1].span.end;
                        out.push(Number {
                            quantity,
                            words: i..i + len,
                            span,
                        });
                        i += len;
                    }
                    _ => i += 1,
                }
            }
            out
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_shape_and_span() {
        let r = Reading::new("WHO chief Tedros said 17 were killed in Baku.");
        let shapes: Vec<Shape> = r.words().iter().map(|w| w.shape).collect();
        use Shape::*;
        assert_eq!(
            shapes,
            [
                Acronym,
                Lower,
                Capitalised,
                Lower,
                Number,
                Lower,
                Lower,
                Lower,
                Capitalised
            ]
        );
        assert_eq!(r.word(0), "WHO");
        assert_eq!(r.lower_word(0), "who");
        assert_eq!(&r.straight()[r.words()[8].span.clone()], "Baku");
    }

    #[test]
    fn words_are_those_of_the_straightened_sentence() {
        let text = "Russia’s “deep concern” — in full";
        let r = Reading::new(text);
        assert_eq!(r.spans(), word_spans(&crate::straighten(text)));
        assert_eq!(r.lower_words(), ["russia", "deep", "concern", "in", "full"]);
        assert_eq!(r.gap_before(1), "'s \"");
        assert_eq!(r.lower(), "russia’s “deep concern” — in full");
    }

    #[test]
    fn numbers_carry_their_words_and_span() {
        let r = Reading::new("At least 2,000 fled and three hundred were hurt.");
        let found: Vec<(u64, &str)> = r
            .numbers()
            .iter()
            .map(|n| (n.quantity.value, &r.straight()[n.span.clone()]))
            .collect();
        assert_eq!(found, [(2000, "At least 2,000"), (300, "three hundred")]);
    }

    #[test]
    fn pieces_are_the_sentence_split_at_whitespace() {
        let text = "  “We are ready,” said\u{a0}Peskov\tin Moscow. ";
        let r = Reading::new(text);
        let pieces: Vec<&str> = (0..r.pieces().len()).map(|i| r.piece(i)).collect();
        assert_eq!(pieces, text.split_whitespace().collect::<Vec<_>>());
        for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
            let expected: Vec<&str> = text[..at].split_whitespace().rev().collect();
            assert_eq!(r.pieces_before(at).collect::<Vec<_>>(), expected, "at {at}");
        }
    }

    #[test]
    fn mentions_are_the_gazetteers() {
        let text = "Germany summoned Iran's ambassador in Berlin.";
        assert_eq!(
            Reading::new(text).mentions(),
            GAZETTEER.mentions(text).as_slice()
        );
    }

    #[test]
    fn dates_are_read_once_for_the_event_asked() {
        let r = Reading::new("The war of 2020 ended in November 2020.");
        let event = NaiveDate::from_ymd_opt(2023, 9, 19);
        let first = r.date_mentions(event);
        assert!(matches!(first, Cow::Borrowed(_)));
        assert_eq!(first.as_ref(), date_mentions(r.text(), event).as_slice());
        assert_eq!(
            r.date_mentions(None).as_ref(),
            date_mentions(r.text(), None).as_slice()
        );
    }

    #[test]
    fn lowercasing_that_changes_length_keeps_spans_valid() {
        let r = Reading::new("Ⱥ İstanbul said");
        assert_eq!(r.word(1), "İstanbul");
        assert_eq!(r.lower_word(2), "said");
    }
}
