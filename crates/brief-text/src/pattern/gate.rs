//! What a text must hold for a pattern to match it, read from the parsed pattern, so that a
//! pattern is compiled only once a text could match it.
//!
//! Two tests, both sound (they may let through a text the regex does not match, never turn
//! away one it does): one of the literals every match starts with, at the start of the text
//! when the pattern is anchored there (`regex_syntax`'s prefix extraction); and one of the
//! strings every match contains somewhere, read from the pattern's runs of fixed text
//! (`(?i:according to)`, `Nagorno\-Karabakh`, `(?:told|said) to`, a bracket), up to four
//! such sets, each of which a match must hold a string of. Both compare with ASCII case
//! folded, which lets through more texts, never fewer, and makes `(?i)` cases one.

use std::sync::Mutex;

use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Strings with ASCII letters lowercased.
type Folded = Vec<Vec<u8>>;

/// The most strings a test is made of; past it (every case of a long `(?i)` word, a large
/// class) a test is not worth the scan.
const MAX_STRINGS: usize = 64;

/// The most sets of strings a text is tested for: the text must hold one string of each
/// (a name in brackets needs both `(` and `)`, a dateline a comma as well).
const MAX_TESTS: usize = 4;

/// The most characters a class may hold to count as fixed text (`[Ss]`, `[’']`).
const MAX_CLASS: u32 = 4;

pub(super) struct Gate {
    /// For a pattern anchored at the start: every match starts with one of these.
    starts: Option<Strings>,
    /// Every match contains one string of each of these.
    contains: Vec<Strings>,
    /// The parsed pattern, kept for the first compile so it is not parsed twice.
    pub(super) hir: Mutex<Option<Hir>>,
}

impl Gate {
    pub(super) fn new(hir: Option<Hir>) -> Gate {
        let Some(hir) = hir else {
            return Gate {
                starts: None,
                contains: Vec::new(),
                hir: Mutex::new(None),
            };
        };
        // Only an anchored pattern's prefixes say more than its fixed text does.
        let anchored = hir.properties().look_set_prefix().contains(Look::Start);
        let starts = anchored
            .then(|| {
                Extractor::new().extract(&hir).literals().map(|lits| {
                    lits.iter()
                        .map(|l| l.as_bytes().to_ascii_lowercase())
                        .collect()
                })
            })
            .flatten()
            .and_then(usable)
            .map(Strings::new);
        let contains = ranked(fixed(&hir))
            .into_iter()
            .take(MAX_TESTS)
            .map(Strings::new)
            .collect();
        Gate {
            starts,
            contains,
            hir: Mutex::new(Some(hir)),
        }
    }

    /// Could the pattern match `haystack`?
    pub(super) fn admits(&self, haystack: &str) -> bool {
        let h = haystack.as_bytes();
        self.starts.as_ref().is_none_or(|s| s.start(h)) && self.contains.iter().all(|s| s.within(h))
    }
}

/// A few folded strings, looked for with ASCII case folded. Made for each pattern, so it
/// costs next to nothing to make (an automaton cost as much as the gate saved).
struct Strings {
    /// For each byte, folded, the range of `strings` that start with it.
    starting: [(u8, u8); 256],
    /// Sorted, so the strings starting with one byte are together; at most [`MAX_STRINGS`].
    strings: Folded,
    /// The bytes a string can start with in the text, both cases: when they are few,
    /// `memchr` jumps from one to the next instead of trying every byte.
    firsts: Vec<u8>,
}

impl Strings {
    fn new(mut strings: Folded) -> Strings {
        strings.sort_unstable();
        let mut starting = [(0u8, 0u8); 256];
        for (i, s) in strings.iter().enumerate() {
            // At most `MAX_STRINGS` (64) strings, so an index fits a byte.
            let i = u8::try_from(i).unwrap_or(u8::MAX);
            if let Some(&b) = s.first() {
                let slot = &mut starting[usize::from(b)];
                if slot.1 == 0 {
                    slot.0 = i;
                }
                slot.1 = i + 1;
            }
        }
        let mut firsts: Vec<u8> = strings
            .iter()
            .filter_map(|s| s.first())
            .flat_map(|&b| [b.to_ascii_lowercase(), b.to_ascii_uppercase()])
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        Strings {
            starting,
            strings,
            firsts,
        }
    }

    fn at(&self, h: &[u8], i: usize) -> bool {
        let Some(&b) = h.get(i) else {
            return false;
        };
        let (lo, hi) = self.starting[usize::from(b.to_ascii_lowercase())];
        self.strings[usize::from(lo)..usize::from(hi)]
            .iter()
            .any(|s| {
                h.get(i..i + s.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(s))
            })
    }

    /// Does `h` start with one of the strings?
    fn start(&self, h: &[u8]) -> bool {
        self.at(h, 0)
    }

    /// Does `h` hold one of the strings?
    fn within(&self, h: &[u8]) -> bool {
        match *self.firsts.as_slice() {
            [a] => memchr::memchr_iter(a, h).any(|i| self.at(h, i)),
            [a, b] => memchr::memchr2_iter(a, b, h).any(|i| self.at(h, i)),
            [a, b, c] => memchr::memchr3_iter(a, b, c, h).any(|i| self.at(h, i)),
            _ => (0..h.len()).any(|i| self.at(h, i)),
        }
    }
}

/// `strings` deduplicated, if they make a test: few, and none empty.
fn usable(mut strings: Folded) -> Option<Folded> {
    strings.sort_unstable();
    strings.dedup();
    (!strings.is_empty() && strings.len() <= MAX_STRINGS && strings.iter().all(|s| !s.is_empty()))
        .then_some(strings)
}

/// The candidate sets that make a test, the most telling first: the longer their shortest
/// string, then the fewer their strings.
fn ranked(fixed: Fixed) -> Vec<Folded> {
    let mut candidates: Vec<(usize, Folded)> = fixed
        .inner
        .into_iter()
        .chain(fixed.whole)
        .filter_map(usable)
        .map(|s| (s.iter().map(Vec::len).min().unwrap_or(0), s))
        .collect();
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.len().cmp(&b.1.len())));
    candidates.dedup_by(|a, b| a.1 == b.1);
    candidates.into_iter().map(|(_, s)| s).collect()
}

fn best(fixed: Fixed) -> Option<Folded> {
    ranked(fixed).into_iter().next()
}

/// The fixed text of a part of a pattern.
#[derive(Default)]
struct Fixed {
    /// Every string the part matches, when they are few.
    whole: Option<Folded>,
    /// Sets of which every match of the part contains one string.
    inner: Vec<Folded>,
}

fn fold_char(c: char, out: &mut Vec<u8>) {
    let mut buf = [0; 4];
    out.extend(c.encode_utf8(&mut buf).as_bytes().to_ascii_lowercase());
}

/// The characters of a small class, folded; `None` for a larger one.
fn class_strings(class: &Class) -> Option<Folded> {
    let mut out: Folded = Vec::new();
    match class {
        Class::Unicode(c) => {
            let size: u32 = c
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            if size > MAX_CLASS {
                return None;
            }
            for r in c.iter() {
                for ch in r.start()..=r.end() {
                    let mut s = Vec::new();
                    fold_char(ch, &mut s);
                    out.push(s);
                }
            }
        }
        Class::Bytes(c) => {
            let size: u32 = c.iter().map(|r| u32::from(r.end() - r.start()) + 1).sum();
            if size > MAX_CLASS || c.iter().any(|r| !r.end().is_ascii()) {
                return None;
            }
            for r in c.iter() {
                out.extend((r.start()..=r.end()).map(|b| vec![b.to_ascii_lowercase()]));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Each string of `a` followed by each of `b`, if there are not too many.
fn cross(a: &Folded, b: &Folded) -> Option<Folded> {
    if a.len() * b.len() > MAX_STRINGS {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| [x.as_slice(), y].concat()))
            .collect(),
    )
}

fn fixed(hir: &Hir) -> Fixed {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Fixed {
            whole: Some(vec![Vec::new()]),
            inner: Vec::new(),
        },
        HirKind::Literal(lit) => Fixed {
            whole: Some(vec![lit.0.to_ascii_lowercase()]),
            inner: Vec::new(),
        },
        HirKind::Class(class) => Fixed {
            whole: class_strings(class),
            inner: Vec::new(),
        },
        HirKind::Capture(cap) => fixed(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = fixed(&rep.sub);
            match (rep.min, rep.max) {
                (1, Some(1)) => sub,
                (0, _) => Fixed::default(),
                _ => Fixed {
                    whole: None,
                    inner: sub.inner.into_iter().chain(sub.whole).collect(),
                },
            }
        }
        HirKind::Concat(subs) => fixed_concat(subs),
        HirKind::Alternation(subs) => fixed_alternation(subs),
    }
}

/// A sequence: the runs of parts with few strings each, joined, and whatever the other parts
/// must contain.
fn fixed_concat(subs: &[Hir]) -> Fixed {
    let mut inner = Vec::new();
    let mut run: Option<Folded> = Some(vec![Vec::new()]);
    let mut whole_so_far = true;
    for sub in subs {
        let part = fixed(sub);
        inner.extend(part.inner);
        let joined = match (&run, &part.whole) {
            (Some(r), Some(w)) => cross(r, w),
            _ => None,
        };
        match joined {
            Some(j) => run = Some(j),
            None => {
                whole_so_far = false;
                inner.extend(run.take());
                run = part.whole.clone();
                inner.extend(part.whole);
            }
        }
    }
    if whole_so_far {
        return Fixed { whole: run, inner };
    }
    inner.extend(run);
    Fixed { whole: None, inner }
}

/// Alternatives: every match contains a string of one of them, so the sets are joined.
fn fixed_alternation(subs: &[Hir]) -> Fixed {
    let parts: Vec<Fixed> = subs.iter().map(fixed).collect();
    let whole = parts
        .iter()
        .map(|p| p.whole.clone())
        .collect::<Option<Vec<Folded>>>()
        .map(|sets| sets.concat())
        .filter(|s| s.len() <= MAX_STRINGS);
    let inner = parts
        .into_iter()
        .map(best)
        .collect::<Option<Vec<Folded>>>()
        .map(|sets| sets.concat())
        .filter(|s| s.len() <= MAX_STRINGS);
    Fixed {
        whole,
        inner: inner.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(p: &str) -> Gate {
        Gate::new(regex_syntax::ParserBuilder::new().build().parse(p).ok())
    }

    #[test]
    fn a_text_without_the_fixed_text_of_every_match_is_turned_away() {
        let g = gate(r"(?i:according to)\s+(?:the\s+)?([A-Z]\w+)\s*[,.;]");
        assert!(g.admits("Figures, ACCORDING TO the Ministry, rose."));
        assert!(!g.admits("The ministry said figures rose."));
        let g = gate(r"\bNagorno\-Karabakh,? in (?:the )?([A-Z][\w'-]+)");
        assert!(g.admits("fighting in Nagorno-Karabakh in Azerbaijan"));
        assert!(!g.admits("fighting in Karabakh"));
    }

    #[test]
    fn an_anchored_pattern_needs_its_start_at_the_start() {
        let g = gate(r"^(?i:by)\s+(\w+)");
        assert!(g.admits("BY Jane"));
        assert!(!g.admits("Written by Jane"));
    }

    #[test]
    fn a_pattern_without_fixed_text_lets_every_text_through() {
        let g = gate(r"[A-Z][\w'-]+(?:[ -](?:of |the )?[A-Z][\w'-]+)*");
        assert!(g.admits("x"));
        assert!(gate(r"(?:^|\s)(?:a|b)?\d+").admits(""));
    }

    #[test]
    fn every_text_a_pattern_matches_is_let_through() {
        let patterns = [
            r"(?i)(?-u:\b)(?:(a|one|two|\d+) (decade)s? ago|(?:ha[sd]|have) (?:been \w+ing|ruled)(?-u:\b)[^.;:]{0,80}? for)",
            r"(?-u:\b)(?i:told|said to|speaking to)\s+(?i:an?)\s+((?i:agence france\-presse)|(?i:reuters))",
            r"(?:^|[.,;]\s+|\s)(?:the\s+)?([A-Z]\w*)",
            r"(?i)\b(?:st\. patrick['’]s day|new year['’]s eve)",
            r"x{2,}y|(?:ab)+c",
            r"(?i)kelvin|sss",
        ];
        let texts = [
            "It was ruled by them for years, two decades ago.",
            "He TOLD AN Agence France-Presse reporter",
            "told a Reuters reporter",
            "In the city",
            "on St. Patrick’s Day and NEW YEAR'S EVE",
            "xxy ababc",
            "\u{212A}elvin ſſſ",
        ];
        for p in patterns {
            let re = regex::Regex::new(p).expect("test pattern");
            let g = gate(p);
            for t in texts {
                if re.is_match(t) {
                    assert!(g.admits(t), "{p} on {t}");
                }
            }
        }
    }
}
