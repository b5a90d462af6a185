//! The people directory: every person the sources name, with the role written beside them,
//! and how the sources write single capitalised words ("Hamas").

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use brief_clean::Article;
use brief_text::gazetteer::{word_spans, GAZETTEER};
use brief_text::names::{name_key, surname};
use brief_text::straighten;

use super::affiliation::affiliation_of;
use super::lexicon;
use super::names::{is_calendar_word, person_names};
use super::roles::role_near;

/// How the sources write single words: capitalised inside a sentence, in lowercase, or before
/// what a body has.
#[derive(Default)]
struct WordCases {
    capitalised: HashMap<String, usize>,
    lowercase: HashSet<String>,
    attributive: HashSet<String>,
    /// Capitalised words that open a sentence before its reporting verb ("McLenney said"),
    /// and those of them the article also writes in lowercase ("Officials said").
    openers: HashSet<String>,
    openers_lowercase: HashSet<String>,
}

impl WordCases {
    /// Notes the words of one sentence: capitalised ones inside it (alone, not a part of a
    /// longer name, not a known country, title or weekday), lowercase ones, and the
    /// capitalised ones a body's member follows.
    fn count(&mut self, s: &str) {
        let words = word_spans(s);
        let capital = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.2.starts_with(char::is_uppercase))
        };
        self.note_opener(&words);
        for (i, &(_, end, w)) in words.iter().enumerate() {
            if !w.chars().all(char::is_alphabetic) || w.len() < 3 {
                continue;
            }
            if w.starts_with(char::is_lowercase) {
                continue;
            }
            let alone = i > 0 && !capital(i - 1) && !capital(i + 1);
            let lower = w.to_lowercase();
            if !alone
                || !w.chars().skip(1).all(char::is_lowercase)
                || lexicon::is("title", &lower)
                || is_calendar_word(&lower)
                || GAZETTEER.lookup(w).is_some()
            {
                continue;
            }
            *self.capitalised.entry(w.to_string()).or_default() += 1;
            let next = words.get(i + 1).map(|n| n.2.to_lowercase());
            let joined = s[end..].starts_with('-');
            if next
                .is_some_and(|n| lexicon::is("body-member", &n) && (joined || !n.ends_with("ed")))
            {
                self.attributive.insert(w.to_string());
            }
        }
    }

    /// Notes a capitalised word opening a sentence right before a reporting verb
    /// ("McLenney said"), unless it is a title, a day or a known place.
    fn note_opener(&mut self, words: &[(usize, usize, &str)]) {
        let Some((_, _, w)) = words.first() else {
            return;
        };
        // "Lawmakers also asked": adverbs and auxiliaries may stand before the verb.
        let Some((_, _, verb)) = words.iter().skip(1).find(|(_, _, v)| {
            let lower = v.to_lowercase();
            !lexicon::is("trailing-aux", &lower) && !lexicon::is("auxiliary", &lower)
        }) else {
            return;
        };
        let lower = w.to_lowercase();
        // "McLenney", "PolitiFact": a capital, then letters not all capitals.
        let plain = w.len() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && w.chars().skip(1).any(char::is_lowercase);
        if plain
            && super::reporting_verb(verb).is_some()
            && !lexicon::is("title", &lower)
            && !lexicon::is("intro", &lower)
            && !is_calendar_word(&lower)
            && GAZETTEER.lookup(w).is_none()
        {
            self.openers.insert(w.to_string());
        }
    }

    /// Notes which of the capitalised words an article also writes in lowercase ("Church"
    /// and "church"), looking for those few words only.
    fn find_lowercase(&mut self, text: &str) {
        let words = WordsOf::new(text);
        for w in self.capitalised.keys() {
            if words.has_lowercase(w) {
                self.lowercase.insert(w.to_lowercase());
            }
        }
        for w in &self.openers {
            if words.has_lowercase(w) {
                self.openers_lowercase.insert(w.to_string());
            }
        }
    }

    fn merge(&mut self, other: WordCases) {
        for (w, n) in other.capitalised {
            *self.capitalised.entry(w).or_default() += n;
        }
        self.lowercase.extend(other.lowercase);
        self.attributive.extend(other.attributive);
        self.openers.extend(other.openers);
        self.openers_lowercase.extend(other.openers_lowercase);
    }
}

/// A text's runs of letters and digits, listed once so that each word looked for is one
/// lookup rather than a search of the whole text.
struct WordsOf<'t> {
    text: &'t str,
    runs: HashSet<&'t str>,
}

impl<'t> WordsOf<'t> {
    fn new(text: &'t str) -> Self {
        let runs = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|r| !r.is_empty())
            .collect();
        WordsOf { text, runs }
    }

    /// `written_lowercase(text, word)`: a word of letters and digits only is written on its
    /// own exactly where it is one of the text's runs; any other is searched for.
    fn has_lowercase(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if !lower.is_empty() && lower.chars().all(char::is_alphanumeric) {
            self.runs.contains(lower.as_str())
        } else {
            written_lowercase(self.text, word)
        }
    }
}

/// Does `text` hold `word` in lowercase, as a word of its own?
fn written_lowercase(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    text.match_indices(&lower).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// What the sources say about one person.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Person {
    /// The spelling the sources use most.
    pub name: String,
    pub spellings: Vec<String>,
    pub role: Option<String>,
}

/// A name's key, the name as written, and the role beside it.
type NameMention = (String, String, Option<String>);

/// Every person named in the sources, by name key, with the role an appositive gives them.
#[derive(Debug, Clone, Default)]
pub struct PeopleDirectory {
    people: BTreeMap<String, Person>,
    surnames: HashMap<String, Vec<String>>,
    /// Single words the sources capitalise inside sentences and never write in lowercase
    /// ("Hamas"): names, so one may open a sentence as its speaker.
    proper_words: HashSet<String>,
    /// Those of them written before what a body has ("Hamas fighters", "Hamas-run").
    body_words: HashSet<String>,
    /// Capitalised words that open a sentence before its reporting verb and are never written
    /// in lowercase ("McLenney said"): names.
    opening_names: HashSet<String>,
}

impl PeopleDirectory {
    /// Collects names and roles from every sentence of every article.
    pub fn build(articles: &[Article]) -> PeopleDirectory {
        use rayon::prelude::*;
        // Every mention of a name with the role written beside it, found article by article in
        // parallel…
        let per_article: Vec<(Vec<NameMention>, WordCases)> =
            articles.par_iter().map(article_mentions).collect();
        let mut cases = WordCases::default();
        let mut mentions = Vec::with_capacity(per_article.len());
        for (found, c) in per_article {
            mentions.push(found);
            cases.merge(c);
        }
        // …then merged in article order, so the result never depends on thread timing.
        let mut dir = PeopleDirectory::default();
        let counts = dir.add_mentions(mentions.into_iter().flatten());
        dir.name_people(counts);
        dir.proper_words = cases
            .capitalised
            .into_iter()
            .filter(|(w, n)| *n >= 2 && !cases.lowercase.contains(&w.to_lowercase()))
            .map(|(w, _)| w)
            .collect();
        // "Xi said": a name of two letters opens a sentence only if it begins a longer name
        // the sources write ("Xi Jinping"); "We said" does not.
        let begins_a_name = |w: &str| {
            let head = format!("{w} ");
            dir.people.values().any(|p| p.name.starts_with(&head))
        };
        dir.opening_names = cases
            .openers
            .difference(&cases.openers_lowercase)
            .filter(|w| w.len() >= 3 || begins_a_name(w))
            .cloned()
            .collect();
        dir.body_words = cases
            .attributive
            .into_iter()
            .filter(|w| dir.proper_words.contains(w))
            .collect();
        dir
    }

    /// Files each mention's role under its person and returns how often each spelling of
    /// each name is written.
    fn add_mentions(
        &mut self,
        mentions: impl Iterator<Item = NameMention>,
    ) -> BTreeMap<String, BTreeMap<String, usize>> {
        let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        // Whether a person's current role names whom they serve, worked out only when a second
        // role turns up (most people have one).
        let mut serves: HashMap<String, bool> = HashMap::new();
        for (key, name, role) in mentions {
            *counts
                .entry(key.clone())
                .or_default()
                .entry(name)
                .or_default() += 1;
            let person = self.people.entry(key.clone()).or_default();
            let Some(role) = role else { continue };
            match &person.role {
                None => person.role = Some(role),
                Some(current) => {
                    // Keep the first role, unless a later one says whom the person serves.
                    let current_serves = serves
                        .entry(key)
                        .or_insert_with(|| affiliation_of(current).is_some());
                    if !*current_serves && affiliation_of(&role).is_some() {
                        person.role = Some(role);
                        *current_serves = true;
                    }
                }
            }
        }
        counts
    }

    /// Gives each person the spelling the sources use most, and files them by surname.
    fn name_people(&mut self, counts: BTreeMap<String, BTreeMap<String, usize>>) {
        for (key, spellings) in counts {
            let name = spellings
                .iter()
                // Most used; on a tie the plain-ASCII transliteration, then alphabetical.
                .max_by_key(|(s, n)| (**n, s.is_ascii(), std::cmp::Reverse((*s).clone())))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            self.surnames
                .entry(name_key(surname(&name)))
                .or_default()
                .push(key.clone());
            if let Some(p) = self.people.get_mut(&key) {
                p.name = name;
                p.spellings = spellings.into_keys().collect();
            }
        }
    }

    /// Is `word` the name of a body the sources write before what it has ("Hamas fighters")?
    pub fn is_body_word(&self, word: &str) -> bool {
        self.body_words.contains(word)
    }

    /// Is `word` a name that opens a sentence before its verb and is never written in lowercase
    /// ("McLenney said …")?
    pub fn is_opening_name(&self, word: &str) -> bool {
        self.opening_names.contains(word)
    }

    /// Is `word` a name the sources write capitalised inside their sentences ("Hamas")?
    pub fn is_proper_word(&self, word: &str) -> bool {
        self.proper_words.contains(word)
    }

    /// The person a full name, the last words of one ("Lopez Obrador" for "Andres Manuel
    /// Lopez Obrador") or a lone surname refers to. A shortened name the sources also write on
    /// its own is still that person, when exactly one longer name ends with it.
    pub fn find(&self, name: &str) -> Option<&Person> {
        let key = name_key(name);
        let exact = self.people.get(&key);
        if exact.is_some_and(|p| p.role.is_some()) {
            return exact;
        }
        self.by_last_names(&key)
            .or(exact)
            .or_else(|| self.by_surname(name))
    }

    /// The one person whose longer name ends with these two words or more.
    fn by_last_names(&self, key: &str) -> Option<&Person> {
        if !key.contains(' ') {
            return None;
        }
        let last = key.rsplit(' ').next()?;
        let tail = format!(" {key}");
        let mut longer = self
            .surnames
            .get(last)?
            .iter()
            .filter(|k| k.ends_with(&tail));
        match (longer.next(), longer.next()) {
            (Some(k), None) => self.people.get(k),
            _ => None,
        }
    }

    /// The one person with this surname, if exactly one.
    pub fn by_surname(&self, word: &str) -> Option<&Person> {
        match self.surnames.get(&name_key(word)).map(Vec::as_slice) {
            Some([key]) => self.people.get(key),
            _ => None,
        }
    }

    /// Is `word` the surname of anyone the sources name, though several share it ("Johnson")?
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains_key(&name_key(word))
    }

    pub fn people(&self) -> impl Iterator<Item = &Person> {
        self.people.values()
    }
}

/// Every name one article writes, with the role beside it, and how it writes single words.
fn article_mentions(a: &Article) -> (Vec<NameMention>, WordCases) {
    let mut found = Vec::new();
    let mut cases = WordCases::default();
    let mut text = String::new();
    for b in &a.blocks {
        for sentence in brief_text::sentences::split_sentences(&b.text) {
            let straight = straighten(&sentence);
            // A wire dateline ("Taipei, Dec. 19 (CNA) President …") is no part of a role.
            let s = brief_text::sentences::after_dateline(&straight);
            for name in person_names(s) {
                let role = role_near(s, &name);
                found.push((name_key(&name), name, role));
            }
            cases.count(&straight);
        }
        text.push_str(&b.text);
        text.push('\n');
    }
    cases.find_lowercase(&text);
    // A caption cleaning removed still says who a person is ("Russian President Vladimir Putin
    // (File)"): its roles count, its other names do not.
    for r in &a.removed {
        let s = straighten(&r.text);
        for name in person_names(&s) {
            if let Some(role) = role_near(&s, &name) {
                found.push((name_key(&name), name, Some(role)));
            }
        }
    }
    (found, cases)
}

#[cfg(test)]
mod words_of_tests {
    use super::*;

    #[test]
    fn a_word_is_found_in_lowercase_as_the_text_search_finds_it() {
        let text = "the church said; a churchgoer, O'Brien's and o'brien, al-shabaab, 2nd, ünal";
        let words = WordsOf::new(text);
        for word in [
            "Church",
            "Churchgoer",
            "Chur",
            "Said",
            "O'Brien",
            "Al-Shabaab",
            "2nd",
            "Ünal",
            "Nal",
            "Mosque",
        ] {
            assert_eq!(
                words.has_lowercase(word),
                written_lowercase(text, word),
                "{word}"
            );
        }
    }
}
