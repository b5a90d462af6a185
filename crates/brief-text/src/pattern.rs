//! Regular expressions that are cheap to start: compiled the first time they are used, and
//! for the text news is written in, compiled without the whole of Unicode.
//!
//! A Unicode class such as `\w`, `\p{L}` or `.` is thousands of ranges; compiled into an
//! automaton (forwards and backwards, and once more for every counted repeat such as
//! `{0,40}`) it cost a five-article build about 60 ms, more than all the rest of the work.
//! Nearly every line of a news page is in Latin script with typographic punctuation, where
//! such a class can only ever match one of a few hundred characters. A `Pattern` therefore
//! compiles a *narrow* form of its regex, every class cut down to [`NARROW`], and runs it on
//! any text whose characters all lie in [`NARROW`]: on such text the two forms match exactly
//! the same spans, since a class can only match a character the text holds. Text with a
//! character outside (Arabic, Cyrillic, CJK, emoji) is matched by the full regex, compiled
//! the first time such text comes along.
//!
//! Most patterns are asked only about texts they cannot match: a publisher's cue such as
//! `^(?i:by)\s+…` meets thousands of lines and matches a handful. So before anything is
//! compiled, a `Pattern` reads from its parsed form the literals every match must start with
//! and the fixed text every match contains (see [`gate`]), and answers "no match" for a text
//! without them, compiling the regex only when a text could match. A small briefing thus
//! never compiles the patterns none of its lines could match.

mod gate;

use std::sync::OnceLock;

use gate::Gate;
use regex::{CaptureMatches, Captures, Match, Matches, Regex, Split};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// The characters the narrow form keeps: Basic Latin, Latin-1 and Latin Extended-A and B
/// (the letters of the languages news in Latin script is written in), and the general
/// punctuation, super- and subscript and currency blocks (curly quotes, dashes, bullets,
/// the euro sign).
const NARROW: [(char, char); 2] = [('\0', '\u{24F}'), ('\u{2000}', '\u{20CF}')];

/// Does every character of `text` lie in [`NARROW`]?
///
/// Asked of every text every pattern runs on, so it reads the UTF-8 lead bytes rather than
/// decoding characters: U+0080..U+024F are two bytes led by C2..C8, or C9 with a second byte
/// up to 8F; U+2000..U+20CF are E2 80 80 ..= E2 83 8F.
fn is_narrow(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0xFF);
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII eight bytes at a time: a line with one curly quote is asked this by
        // every pattern that runs on it.
        if let Some(eight) = bytes
            .get(i..i + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
        {
            if u64::from_le_bytes(eight) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        match bytes[i] {
            0x00..=0x7F => i += 1,
            0xC2..=0xC8 => i += 2,
            0xC9 if at(i + 1) <= 0x8F => i += 2,
            0xE2 if at(i + 1) <= 0x82 || at(i + 1) == 0x83 && at(i + 2) <= 0x8F => i += 3,
            _ => return false,
        }
    }
    true
}

/// A regex compiled on first use, in its narrow form for text in [`NARROW`] and in full
/// for any other text. The methods are `regex::Regex`'s, so a `Pattern` stands in for one.
pub struct Pattern {
    source: Box<str>,
    /// Read at first use, before anything is compiled.
    gate: OnceLock<Gate>,
    narrow: OnceLock<Narrow>,
    /// `None` if the full regex is over `regex`'s size limit where the narrow one is not;
    /// the narrow one then serves every text.
    full: OnceLock<Option<Regex>>,
}

/// The regex for text in [`NARROW`].
enum Narrow {
    /// Cutting the classes down changed nothing (the pattern has no Unicode class, or only
    /// small ones): this one regex serves every text.
    Same(Regex),
    /// The narrow form, for text in [`NARROW`] only.
    Cut(Regex),
}

impl Pattern {
    /// A pattern that compiles nothing until it is first used. A built-in pattern that does
    /// not compile panics at that first use, as `Regex::new(..).expect(..)` would.
    pub fn new(source: impl Into<String>) -> Pattern {
        Pattern {
            source: source.into().into_boxed_str(),
            gate: OnceLock::new(),
            narrow: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// A pattern made from input (a name escaped into it), its narrow form compiled now so
    /// that an error is returned, not met at first use.
    pub fn try_new(source: impl Into<String>) -> Result<Pattern, regex::Error> {
        let pattern = Pattern::new(source);
        let narrow = pattern.compile_narrow()?;
        // Only this thread can see the new pattern, so the cell is empty.
        let _ = pattern.narrow.set(narrow);
        Ok(pattern)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The compiled regex to run on `haystack`.
    pub fn regex_for(&self, haystack: &str) -> &Regex {
        let narrow = self.narrow();
        match narrow {
            Narrow::Same(re) => re,
            Narrow::Cut(re) if is_narrow(haystack) => re,
            Narrow::Cut(re) => self.full(re),
        }
    }

    /// The compiled regex to run on `haystack`, or `None` when `haystack` holds none of the
    /// literals a match must start with; the regex is then not compiled, if it was not yet.
    fn regex_if_could_match(&self, haystack: &str) -> Option<&Regex> {
        match self.narrow.get() {
            Some(Narrow::Same(re)) => return Some(re),
            Some(Narrow::Cut(re)) if is_narrow(haystack) => return Some(re),
            Some(Narrow::Cut(re)) if self.full.get().is_some() => return Some(self.full(re)),
            _ => {}
        }
        self.gate()
            .admits(haystack)
            .then(|| self.regex_for(haystack))
    }

    fn narrow(&self) -> &Narrow {
        self.narrow.get_or_init(|| {
            self.compile_narrow()
                .unwrap_or_else(|e| panic!("built-in pattern {:?} compiles: {e}", self.source))
        })
    }

    /// The full regex, or `narrow` if the full one is over the size limit.
    fn full<'a>(&'a self, narrow: &'a Regex) -> &'a Regex {
        self.full
            .get_or_init(|| Regex::new(&self.source).ok())
            .as_ref()
            .unwrap_or(narrow)
    }

    fn gate(&self) -> &Gate {
        self.gate.get_or_init(|| Gate::new(parse(&self.source)))
    }

    fn compile_narrow(&self) -> Result<Narrow, regex::Error> {
        // The gate parsed the pattern already if it was asked first.
        let parsed = self
            .gate
            .get()
            .and_then(|g| g.hir.lock().ok().and_then(|mut h| h.take()));
        let Some(hir) = parsed.or_else(|| parse(&self.source)) else {
            // `regex` reports the error.
            return Regex::new(&self.source).map(Narrow::Same);
        };
        let narrow_set = ClassUnicode::new(
            NARROW
                .iter()
                .map(|&(lo, hi)| ClassUnicodeRange::new(lo, hi)),
        );
        let mut changed = false;
        let cut = cut_classes(hir, &narrow_set, &mut changed);
        if !changed {
            Regex::new(&self.source).map(Narrow::Same)
        } else {
            // The printed form of a `Hir` parses back to the same expression, with its
            // capture groups in the same order.
            Regex::new(&cut.to_string()).map(Narrow::Cut)
        }
    }

    /// `Regex::is_match`.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.regex_if_could_match(haystack)
            .is_some_and(|re| re.is_match(haystack))
    }

    /// `Regex::find`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.regex_if_could_match(haystack)?.find(haystack)
    }

    /// `Regex::find_iter`.
    pub fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> std::iter::Flatten<std::option::IntoIter<Matches<'r, 'h>>> {
        self.regex_if_could_match(haystack)
            .map(|re| re.find_iter(haystack))
            .into_iter()
            .flatten()
    }

    /// `Regex::captures`.
    ///
    /// `regex` allocates the groups' slots before it searches; most texts a pattern is asked
    /// about do not match, so the slots are made only once a match is known to be there.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let re = self.regex_if_could_match(haystack)?;
        if re.is_match(haystack) {
            re.captures(haystack)
        } else {
            None
        }
    }

    /// `Regex::captures_iter`; like `captures`, nothing is allocated for a text without a
    /// match.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> std::iter::Flatten<std::option::IntoIter<CaptureMatches<'r, 'h>>> {
        self.regex_if_could_match(haystack)
            .filter(|re| re.is_match(haystack))
            .map(|re| re.captures_iter(haystack))
            .into_iter()
            .flatten()
    }

    /// `Regex::split`.
    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        self.regex_for(haystack).split(haystack)
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

/// `source` parsed with `regex`'s defaults (Unicode on, UTF-8 only); `None` if it does not
/// parse, which `regex` then reports.
fn parse(source: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(source)
        .ok()
}

/// `hir` with every Unicode class intersected with `keep`.
///
/// `changed` is set when a class held a character outside `keep`: the pattern then needs a
/// form of its own for narrow text. (Told this way rather than by comparing with a copy of
/// the whole expression, which cost a tenth of compiling it.)
fn cut_classes(hir: Hir, keep: &ClassUnicode, changed: &mut bool) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(mut class)) => {
            let inside = class.iter().all(|r| {
                NARROW
                    .iter()
                    .any(|&(lo, hi)| lo <= r.start() && r.end() <= hi)
            });
            if !inside {
                *changed = true;
                class.intersect(keep);
            }
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Repetition(mut rep) => {
            rep.sub = Box::new(cut_classes(*rep.sub, keep, changed));
            Hir::repetition(rep)
        }
        HirKind::Capture(mut cap) => {
            cap.sub = Box::new(cut_classes(*cap.sub, keep, changed));
            Hir::capture(cap)
        }
        HirKind::Concat(subs) => Hir::concat(
            subs.into_iter()
                .map(|h| cut_classes(h, keep, changed))
                .collect(),
        ),
        HirKind::Alternation(subs) => Hir::alternation(
            subs.into_iter()
                .map(|h| cut_classes(h, keep, changed))
                .collect(),
        ),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => Hir::literal(lit.0),
        HirKind::Look(look) => Hir::look(look),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_narrow_exactly_when_each_of_its_characters_lies_in_the_narrow_ranges() {
        let in_ranges = |c: char| NARROW.iter().any(|&(lo, hi)| (lo..=hi).contains(&c));
        for c in (0..0x3100u32)
            .chain([0x1F600, 0x10FFFF])
            .filter_map(char::from_u32)
        {
            let text = format!("“Quote” {c} é");
            assert_eq!(is_narrow(&text), in_ranges(c), "{c:?} U+{:04X}", c as u32);
            // After and before runs of ASCII longer than eight bytes, at every alignment.
            for pad in 0..9 {
                let text = format!("{} said, {c}{}", "x".repeat(pad), "y".repeat(pad + 9));
                assert_eq!(is_narrow(&text), in_ranges(c), "{c:?} after {pad}");
            }
        }
    }

    fn spans(re: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        re.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    #[test]
    fn the_narrow_form_finds_what_the_full_regex_finds_in_latin_text() {
        let patterns = [
            r"^(?:By|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*,\s*[^.!?]{0,40})?$",
            r"(?i)(\w+) reported from ([\w ,]{1,40})\.?$",
            r"(?i)^source\s*:\s*(.{0,30})$",
            r"\b([A-Z][\w'-]+) (?:city|town) of (\w+)\b",
        ];
        let texts = [
            "By José Ñúñez, EL PAÍS",
            "BY STAFF REPORTER",
            "By Jane O’Neill-Smith and Zoë Kraków",
            "Łukasz Żółć reported from Gdańsk, Poland.",
            "SOURCE: Télam – “the agency”",
            "Source: ſtraße Kſ",
            "The city of Dürnstein • 21 November 2022 €5",
            "Müller’s town of Æbeltoft",
        ];
        for p in patterns {
            let pattern = Pattern::new(p);
            let full = Regex::new(p).expect("test pattern");
            for t in texts {
                assert!(is_narrow(t));
                assert_eq!(
                    spans(pattern.regex_for(t), t),
                    spans(&full, t),
                    "{p} on {t}"
                );
            }
        }
    }

    #[test]
    fn text_outside_the_narrow_set_is_matched_in_full() {
        let pattern = Pattern::new(r"^(?:By)\s+(\p{L}+)$");
        assert_eq!(
            pattern.captures("By Иванов").map(|c| c[1].to_string()),
            Some("Иванов".to_string())
        );
        assert_eq!(
            pattern.captures("By Zoë").map(|c| c[1].to_string()),
            Some("Zoë".to_string())
        );
        assert!(!pattern.is_match("By 東京 1"));
    }

    #[test]
    fn a_pattern_is_not_compiled_for_texts_without_its_fixed_text() {
        let pattern = Pattern::new(r"(?i:according to)\s+(?:the\s+)?(\p{Lu}\w+)");
        assert!(!pattern.is_match("The ministry said so."));
        assert!(pattern.captures("Nothing here").is_none());
        assert_eq!(pattern.find_iter("nor here").count(), 0);
        assert!(pattern.narrow.get().is_none());
        assert_eq!(
            pattern
                .captures("ACCORDING TO the Ministry")
                .map(|c| c[1].to_string()),
            Some("Ministry".to_string())
        );
    }

    #[test]
    fn a_pattern_without_unicode_classes_compiles_once() {
        let pattern = Pattern::new(r"(?-u:\b)([0-9]{4})-([0-9]{2})(?-u:\b)");
        assert!(pattern.is_match("on 2024-03 in Kyiv"));
        assert!(pattern.is_match("у 2024-03 Київ"));
        assert!(pattern.full.get().is_none());
    }
}
