//! General knowledge about the world's actors: countries (names, demonyms, capitals used as
//! metonyms), international organisations and their bodies, and the titles people speak
//! under. Loaded once from the data files shipped in `data/`.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

const COUNTRIES: &str = include_str!("../../../data/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../../data/organisations.tsv");
const ROLES: &str = include_str!("../../../data/roles.tsv");
const SPELLINGS: &str = include_str!("../../../data/spellings.tsv");

/// Words that mark an organisation as a research body rather than a government's.
pub const ANALYST_ORG_WORDS: &[&str] = &[
    "institute",
    "institution",
    "university",
    "foundation",
    "centre",
    "center",
    "think tank",
    "council on foreign relations",
    "crisis group",
    "chatham house",
    "research",
    "studies",
    "programme",
    "program",
    "peacebuilding",
    "school of",
    "college",
    "academy",
    "observatory",
    "resources",
    "consultancy",
    "analytics",
    "intelligence unit",
];

/// What a matched term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Organisation,
}

/// How a term names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// The name or another name ("Russia", "Russian Federation", "EU").
    Name,
    /// An adjective or people ("Russian", "Armenians").
    Demonym,
    /// A capital or seat standing for the government ("Moscow", "the Kremlin", "Brussels").
    Seat,
}

/// One known country or organisation.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: &'static str,
    pub kind: EntityKind,
    /// The organisation this one is a fund, programme or office of ("UNHCR" → United Nations).
    pub part_of: Option<&'static str>,
}

/// A match of a known term in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub name: &'static str,
    pub kind: EntityKind,
    pub term: TermKind,
    /// Written with a possessive ("Russia's").
    pub possessive: bool,
}

/// The loaded gazetteer.
pub struct Gazetteer {
    /// (A fast hash: every word run of every sentence is looked up; never iterated.)
    terms: FxHashMap<String, (usize, TermKind)>,
    entities: Vec<Entity>,
    max_words: usize,
    /// The first word of every key of `terms` (a one-word key is its own first word): a
    /// capitalised word of a text that is none of these starts no mention, which spares
    /// lowercasing and looking up the phrases after it.
    first_words: FxHashSet<String>,
    /// Titles, longest first, each with its kind and padded with spaces for whole-word search.
    roles: Vec<(String, RoleKind, String)>,
    /// One-word titles, for a quick per-word test.
    role_words: FxHashMap<String, RoleKind>,
    /// Finds the padded titles of `roles` in one pass; pattern i is `roles[i]`.
    role_finder: aho_corasick::AhoCorasick,
}

/// Whether a title speaks for a government or organisation, or for research.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleKind {
    Official,
    Analyst,
}

/// The shared gazetteer.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

fn list(field: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    field
        .copied()
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            terms: FxHashMap::default(),
            entities: Vec::new(),
            max_words: 1,
            first_words: FxHashSet::default(),
            roles: Vec::new(),
            role_words: FxHashMap::default(),
            role_finder: aho_corasick::AhoCorasick::new([" "]).expect("a one-pattern matcher"),
        };
        for row in data_rows(COUNTRIES) {
            let id = g.entities.len();
            g.entities.push(Entity {
                name: row[0],
                kind: EntityKind::Country,
                part_of: None,
            });
            g.add(row[0], id, TermKind::Name);
            list(row.get(1)).for_each(|t| g.add(t, id, TermKind::Name));
            list(row.get(2)).for_each(|t| g.add(t, id, TermKind::Demonym));
            list(row.get(3)).for_each(|t| g.add(t, id, TermKind::Seat));
        }
        for row in data_rows(ORGANISATIONS) {
            let id = g.entities.len();
            g.entities.push(Entity {
                name: row[0],
                kind: EntityKind::Organisation,
                part_of: row.get(3).copied().filter(|p| !p.is_empty()),
            });
            g.add(row[0], id, TermKind::Name);
            list(row.get(1)).for_each(|t| g.add(t, id, TermKind::Name));
            list(row.get(2)).for_each(|t| g.add(t, id, TermKind::Seat));
        }
        for row in data_rows(ROLES) {
            let kind = if row.get(1) == Some(&"analyst") {
                RoleKind::Analyst
            } else {
                RoleKind::Official
            };
            if !row[0].contains(' ') {
                g.role_words.insert(row[0].to_string(), kind);
            }
            g.roles
                .push((row[0].to_string(), kind, format!(" {} ", row[0])));
        }
        // Longest titles first so "foreign minister" wins over "minister".
        g.roles.sort_by_key(|(t, _, _)| std::cmp::Reverse(t.len()));
        g.role_finder = aho_corasick::AhoCorasick::new(g.roles.iter().map(|(_, _, padded)| padded))
            .expect("the titles table builds a matcher");
        g
    }

    fn add(&mut self, term: &str, id: usize, kind: TermKind) {
        let key = term_key(term);
        // A body's name is written in British and American spelling alike ("Organisation for
        // Security and Cooperation in Europe", "Organization for Security and Co-operation").
        for key in spellings(&key) {
            self.max_words = self.max_words.max(key.split(' ').count());
            if let Some(first) = key.split(' ').next() {
                self.first_words.insert(first.to_string());
            }
            // The first entry for a term wins: a country's own name over another's demonym.
            self.terms.entry(key).or_insert((id, kind));
        }
    }

    /// Looks up a whole phrase ("Russia", "the EU", "French").
    pub fn lookup(&self, phrase: &str) -> Option<(&Entity, TermKind)> {
        let key = term_key(phrase.trim_start_matches("the ").trim_start_matches("The "));
        self.terms
            .get(&key)
            .map(|&(id, kind)| (&self.entities[id], kind))
    }

    /// A country or organisation whose name is one typing slip away from `word` (one letter
    /// added, dropped or changed), for names of seven letters or more.
    pub fn lookup_fuzzy(&self, word: &str) -> Option<&Entity> {
        let key = term_key(word);
        if key.chars().count() < 7 {
            return None;
        }
        let mut hits = self
            .terms
            .iter()
            // A slip rarely hits the first letter; checking it first skips almost every term.
            .filter(|(t, _)| {
                t.len() >= 6 && t.as_bytes()[0] == key.as_bytes()[0] && within_one_edit(t, &key)
            })
            .map(|(_, &(id, _))| id);
        let first = hits.next()?;
        hits.all(|id| id == first).then(|| &self.entities[first])
    }

    /// The country a name or other term stands for ("Britain" → United Kingdom), if it is one.
    pub fn country(&self, term: &str) -> Option<&Entity> {
        self.lookup(term)
            .map(|(e, _)| e)
            .filter(|e| e.kind == EntityKind::Country)
    }

    /// The entity with this exact name, if known.
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }

    /// The organisation a body speaks within: its parent when it is a fund, programme or
    /// office of one ("UNHCR" → "United Nations"), else itself.
    pub fn speaks_within<'n>(&self, name: &'n str) -> &'n str {
        match self.entity(name).and_then(|e| e.part_of) {
            Some(parent) => parent,
            None => name,
        }
    }

    /// Every known country or organisation term in `text`, longest match first, capitalised
    /// words only (so "turkey" the bird or "chad" in lowercase never match).
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let words = word_spans(text);
        let mut out = Vec::new();
        // The keys of the phrases starting at word i, built once: `ends[n - 1]` is where the
        // n-word phrase ends in `key`.
        let mut key = String::new();
        let mut ends = Vec::with_capacity(self.max_words);
        let mut i = 0;
        while i < words.len() {
            if !words[i].2.starts_with(|c: char| c.is_uppercase()) {
                i += 1;
                continue;
            }
            key.clear();
            ends.clear();
            for (_, _, word) in &words[i..words.len().min(i + self.max_words)] {
                if !key.is_empty() {
                    key.push(' ');
                }
                push_key_word(&mut key, word);
                ends.push(key.len());
                // A matched phrase begins with its term's first word; as the one-word
                // phrase, its trailing periods are trimmed first.
                if ends.len() == 1
                    && !self.first_words.contains(key.as_str())
                    && !self.first_words.contains(key.trim_end_matches('.'))
                {
                    break;
                }
            }
            let matched = ends.iter().enumerate().rev().find_map(|(n, &end)| {
                let phrase = key[..end].trim_end_matches('.');
                self.terms.get(phrase).map(|&(id, term)| (n + 1, id, term))
            });
            match matched {
                Some((n, id, term)) => {
                    let last = &words[i + n - 1];
                    let possessive =
                        text[last.1..].starts_with("'s") || text[last.1..].starts_with("’s");
                    let e = &self.entities[id];
                    out.push(Mention {
                        start: words[i].0,
                        end: last.1,
                        name: e.name,
                        kind: e.kind,
                        term,
                        possessive,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest title in `phrase` (lowercase match), with its kind.
    pub fn role_in(&self, phrase: &str) -> Option<(&str, RoleKind)> {
        if !phrase.contains(' ') {
            let word = phrase
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase();
            return self
                .role_words
                .get_key_value(&word)
                .map(|(t, k)| (t.as_str(), *k));
        }
        let mut lower = String::with_capacity(phrase.len() + 2);
        lower.push(' ');
        lower.extend(phrase.chars().flat_map(char::to_lowercase).map(|c| {
            if matches!(c, '’' | ',' | '.') {
                ' '
            } else {
                c
            }
        }));
        lower.push(' ');
        // The first title in `roles` order (the longest) found anywhere in the phrase.
        let first = self
            .role_finder
            .find_overlapping_iter(&lower)
            .map(|m| m.pattern().as_usize())
            .min()?;
        let (t, k, _) = &self.roles[first];
        Some((t.as_str(), *k))
    }

    /// Is this organisation name that of a research body?
    pub fn is_analyst_org(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        ANALYST_ORG_WORDS.iter().any(|w| lower.contains(w))
    }
}

/// Are two words at most one insertion, deletion or substitution apart?
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == short.len() {
        return true;
    }
    let skip = if short.len() == long.len() { 1 } else { 0 };
    short[prefix + skip..] == long[prefix + 1..]
}

/// A term's key and its other spellings, by the pairs of `data/spellings.tsv` ("-isation" and
/// "-ization", "co-operation" and "cooperation"), each way, every combination.
fn spellings(key: &str) -> Vec<String> {
    static PAIRS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
        data_rows(SPELLINGS)
            .filter_map(|pair| match pair[..] {
                [a, b] => Some((a, b)),
                _ => None,
            })
            .collect()
    });
    let mut all = vec![key.to_string()];
    for &(a, b) in PAIRS.iter() {
        // ("program" is inside "programme": each way only where the other is not written.)
        let more: Vec<String> = all
            .iter()
            .filter_map(|k| {
                if k.contains(a) {
                    Some(k.replace(a, b))
                } else {
                    k.contains(b).then(|| k.replace(b, a))
                }
            })
            .collect();
        for k in more {
            if !all.contains(&k) {
                all.push(k);
            }
        }
    }
    all
}

/// Lowercase key with straight apostrophes and no trailing period.
fn term_key(term: &str) -> String {
    let term = term.trim().trim_end_matches('.');
    // ASCII has no curly apostrophe and lowercases in one pass (names are looked up often).
    if term.is_ascii() {
        term.to_ascii_lowercase()
    } else {
        term.to_lowercase().replace('’', "'")
    }
}

/// Appends `word` lowercased, curly apostrophes straight, as a key of `terms` is written.
fn push_key_word(key: &mut String, word: &str) {
    if word.is_ascii() {
        key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        key.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
            if c == '’' {
                '\''
            } else {
                c
            }
        }));
    }
}

/// Words of `text` as (start, end, text), possessive "'s" and edge punctuation removed;
/// internal periods kept ("U.N.").
///
/// Every extractor cuts its sentences into words with this (the gazetteer, names, the people
/// directory), so it runs over each run of word bytes or of other bytes in a tight loop,
/// deciding only at a run's end; other characters than ASCII are decoded.
pub fn word_spans(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Between words: pass over ASCII that cannot start one.
        while bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii() && !is_word_byte(b))
        {
            i += 1;
        }
        let Some(first) = char_part_of_word(text, i) else {
            // The end, or a character outside ASCII that is no part of a word.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let start = i;
        i += first;
        loop {
            while bytes.get(i).is_some_and(|&b| is_word_byte(b)) {
                i += 1;
            }
            // "30,000" is one word: a comma between digits groups thousands.
            let digit_comma = bytes.get(i) == Some(&b',')
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if digit_comma {
                i += 1;
            } else if let Some(len) = char_part_of_word(text, i) {
                // Only a character outside ASCII: the loop above took every word byte.
                i += len;
            } else {
                break;
            }
        }
        push_word(text, start, i, &mut out);
    }
    out
}

/// ASCII bytes that are part of a word: letters, digits, and the periods, apostrophes and
/// hyphens inside one ("U.N.", "don't", "Jean-Luc"); `push_word` trims them off its edges.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'\'' | b'-')
}

/// The length of the character at `i` if it is part of a word (a word byte, a letter or digit
/// of any script, or a curly apostrophe); `None` at the end or for any other character.
fn char_part_of_word(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return is_word_byte(b).then_some(1);
    }
    let c = text.get(i..)?.chars().next()?;
    (c.is_alphanumeric() || c == '’').then(|| c.len_utf8())
}

fn push_word<'a>(text: &'a str, s: usize, e: usize, out: &mut Vec<(usize, usize, &'a str)>) {
    let mut word = &text[s..e];
    let mut end = e;
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(w) = word.strip_suffix(suffix) {
            word = w;
            end -= suffix.len();
            break;
        }
    }
    let inner_dot = word.trim_end_matches('.').contains('.');
    if !inner_dot {
        while let Some(w) = word.strip_suffix(['.', '-']) {
            word = w;
            end -= 1;
        }
    }
    let lead = word.len() - word.trim_start_matches(['\'', '’', '-', '.']).len();
    let word = &word[lead..];
    if !word.is_empty() {
        out.push((s + lead, end, word));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `word_spans` as it was written first, one byte at a time: the fast one must cut
    /// every text the same.
    fn word_spans_byte_by_byte(text: &str) -> Vec<(usize, usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i <= bytes.len() {
            let (part_of_word, len) = match bytes.get(i) {
                None => (false, 1),
                Some(&b) if b.is_ascii() => {
                    let digit_comma = b == b','
                        && i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    (is_word_byte(b) || digit_comma, 1)
                }
                Some(_) => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    (c.is_alphanumeric() || c == '’', c.len_utf8())
                }
            };
            match (start, part_of_word) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    push_word(text, s, i, &mut out);
                    start = None;
                }
                _ => {}
            }
            i += len;
        }
        out
    }

    #[test]
    fn words_are_cut_as_one_byte_at_a_time_cuts_them() {
        for text in [
            "",
            " ",
            "Russia's U.N. envoy said 30,000 people, 1,2 or 3, fled.",
            "'Quoted' -dash- words... and ,30,000, at the edge 5,",
            "Kyiv’s mayor, Vitali Klitschko, said—in Ukrainian—«ні» 2024.",
            "Zürich–Genève, 東京 and Москва: 12,500 people’ ’s x",
            "a,1 1,a 1,,2 1., .1 -- '' ’’ a.b.c. end.",
            "Ünïcödé",
            "trailing 9,",
        ] {
            assert_eq!(word_spans(text), word_spans_byte_by_byte(text), "{text:?}");
        }
    }

    #[test]
    fn sports_and_aid_bodies_by_name_and_acronym_and_an_ambiguous_acronym_left_out() {
        let g = &GAZETTEER;
        let named = |t: &str| g.lookup(t).map(|(e, _)| e.name.to_string());
        assert_eq!(
            named("CAF").as_deref(),
            Some("Confederation of African Football")
        );
        assert_eq!(named("FIFA").as_deref(), Some("FIFA"));
        assert_eq!(
            named("Save the Children").as_deref(),
            Some("Save the Children")
        );
        assert_eq!(
            named("UN health agency").as_deref(),
            Some("World Health Organization")
        );
        // "IPC" is also the famine classification and India's penal code.
        assert_eq!(named("IPC"), None);
    }

    #[test]
    fn countries_by_name_demonym_and_capital() {
        let g = &GAZETTEER;
        assert_eq!(g.lookup("Japan").map(|(e, _)| e.name), Some("Japan"));
        assert_eq!(
            g.lookup("Japanese").map(|(e, t)| (e.name, t)),
            Some(("Japan", TermKind::Demonym))
        );
        assert_eq!(
            g.lookup("Tokyo").map(|(e, t)| (e.name, t)),
            Some(("Japan", TermKind::Seat))
        );
    }

    #[test]
    fn organisation_bodies_count_as_the_organisation() {
        assert_eq!(
            GAZETTEER.lookup("European Council").map(|(e, _)| e.name),
            Some("European Union")
        );
        assert_eq!(
            GAZETTEER.lookup("U.N.").map(|(e, _)| e.name),
            Some("United Nations")
        );
    }

    #[test]
    fn a_peacekeeping_mission_speaks_within_the_un_and_a_regional_body_for_itself() {
        assert_eq!(GAZETTEER.speaks_within("MINUSMA"), "United Nations");
        let turkic = GAZETTEER.mentions("The Organization of Turkic States lowered flags.");
        assert_eq!(
            turkic.first().map(|m| m.name),
            Some("Organization of Turkic States")
        );
    }

    #[test]
    fn british_and_american_spellings_name_one_body() {
        for name in [
            "Organisation for Security and Cooperation in Europe",
            "Organization for Security and Co-operation in Europe",
        ] {
            assert_eq!(
                GAZETTEER.lookup(name).map(|(e, _)| e.name),
                Some("Organization for Security and Co-operation in Europe")
            );
        }
        assert_eq!(spellings("world food programme").len(), 2);
    }

    #[test]
    fn mentions_take_the_longest_match_and_possessives() {
        let m = GAZETTEER.mentions("The U.N. Security Council and Peru’s government met.");
        let names: Vec<_> = m.iter().map(|m| (m.name, m.possessive)).collect();
        assert_eq!(names, [("United Nations", false), ("Peru", true)]);
    }

    #[test]
    fn lowercase_words_are_not_countries() {
        assert!(GAZETTEER.mentions("they ate turkey in chad").is_empty());
    }

    #[test]
    fn misspelt_countries_are_found() {
        assert_eq!(
            GAZETTEER.lookup_fuzzy("Azerbaijain").map(|e| e.name),
            Some("Azerbaijan")
        );
        assert_eq!(
            GAZETTEER.lookup_fuzzy("Argentinaa").map(|e| e.name),
            Some("Argentina")
        );
        assert!(GAZETTEER.lookup_fuzzy("Atlantis").is_none());
    }

    #[test]
    fn titles_are_found_longest_first() {
        assert_eq!(
            GAZETTEER.role_in("German Foreign Minister").map(|r| r.0),
            Some("foreign minister")
        );
        assert_eq!(
            GAZETTEER.role_in("a senior research fellow").map(|r| r.1),
            Some(RoleKind::Analyst)
        );
    }
}
