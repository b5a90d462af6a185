//! The publisher where no shape of `publisher.rs` names one: every name on the page is a
//! candidate, described by the words around each of its mentions ("Sign up for _'s
//! newsletter", "_'s Jane Doe reports", "_ -" opening the story, a line of its own near the
//! top), and a linear model fitted on the annotated fixtures (`tools/fit_publisher.py`,
//! cross-validated by site) weighs those cues. The model holds no outlet's name, only the
//! weights of the contexts outlets are named in, so it reads a site it never met the same way.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use brief_text::gazetteer::{EntityKind, GAZETTEER};

use crate::publisher::{could_be_outlet, tidy_name, MEDIA};

/// The fitted weights (`data/publisher-model.json`).
#[derive(Deserialize)]
struct ModelFile {
    bias: f64,
    threshold: f64,
    weights: BTreeMap<String, f64>,
}

/// The model as the build reads it: each cue's number, and the weights by number.
struct Model {
    bias: f64,
    threshold: f64,
    cue_numbers: FxHashMap<String, u32>,
    weights: Vec<f64>,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let file: ModelFile = serde_json::from_str(include_str!("../../../data/publisher-model.json"))
        .expect("data/publisher-model.json is the fitting tool's output");
    let (names, weights): (Vec<String>, Vec<f64>) = file.weights.into_iter().unzip();
    Model {
        bias: file.bias,
        threshold: file.threshold,
        cue_numbers: names
            .into_iter()
            .zip(0..)
            .collect::<FxHashMap<String, u32>>(),
        weights,
    }
});

/// The most words a candidate name runs to ("Organization for Security and Co-operation").
const NAME_WORDS: usize = 6;

/// Lines from the top that count as the page's header.
const TOP_LINES: usize = 6;

/// Lines from the end that count as its footer.
const END_LINES: usize = 3;

/// One candidate: the name as the page writes it (tidied) and the cues of all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub name: String,
    pub cues: BTreeSet<String>,
}

/// Where the cues of a page's candidates go, by the candidate's number (the order its name
/// was first met): the fitting tool's sets of strings, or the build's weights.
trait CueSink {
    fn cue(&mut self, candidate: usize, cue: &str);
}

/// The fitting tool's view: every cue of every candidate, as text.
impl CueSink for Vec<BTreeSet<String>> {
    fn cue(&mut self, candidate: usize, cue: &str) {
        if self.len() <= candidate {
            self.resize_with(candidate + 1, BTreeSet::new);
        }
        if !self[candidate].contains(cue) {
            self[candidate].insert(cue.to_string());
        }
    }
}

/// The build's view: only the cues the model weighs, by number.
struct Weigh<'m> {
    model: &'m Model,
    cues: Vec<Vec<u32>>,
}

impl CueSink for Weigh<'_> {
    fn cue(&mut self, candidate: usize, cue: &str) {
        if self.cues.len() <= candidate {
            self.cues.resize_with(candidate + 1, Vec::new);
        }
        if let Some(&n) = self.model.cue_numbers.get(cue) {
            self.cues[candidate].push(n);
        }
    }
}

/// The likeliest outlet among the page's names and the model's chance for it, when that
/// chance passes the fitted threshold.
pub fn likeliest(lines: &[&str]) -> Option<(String, f64)> {
    let model = &*MODEL;
    let mut weigh = Weigh {
        model,
        cues: Vec::new(),
    };
    let names = read_names(lines, &mut weigh);
    weigh.cues.resize_with(names.len(), Vec::new);
    names
        .into_iter()
        .zip(weigh.cues)
        .map(|(name, mut cues)| {
            // A cue counts once however many mentions give it.
            cues.sort_unstable();
            cues.dedup();
            let z = model.bias + cues.iter().map(|&n| model.weights[n as usize]).sum::<f64>();
            (name, 1.0 / (1.0 + (-z).exp()))
        })
        .filter(|(_, p)| *p >= model.threshold)
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
}

/// Every name on the page that could be an outlet's, with its cues, in the order first met.
pub fn candidates(lines: &[&str]) -> Vec<Candidate> {
    let mut cues: Vec<BTreeSet<String>> = Vec::new();
    let names = read_names(lines, &mut cues);
    cues.resize_with(names.len(), BTreeSet::new);
    names
        .into_iter()
        .zip(cues)
        .map(|(name, cues)| Candidate { name, cues })
        .collect()
}

/// Reads every name of the page into `sink`, with the cues of each mention, and returns the
/// candidates' names by number.
fn read_names(lines: &[&str], sink: &mut impl CueSink) -> Vec<String> {
    let mut names = Names::default();
    // On how many lines each candidate stands.
    let mut lines_with: Vec<usize> = Vec::new();
    let last = lines.len().saturating_sub(1);
    let lowercase_words = lowercase_words(lines);
    let mut buf = String::new();
    let mut known: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for (at, line) in lines.iter().enumerate() {
        let tokens = tokens(line);
        let words = tokens.iter().filter(|t| t.is_word()).count();
        let mut seen_here = BTreeSet::new();
        for (start, end) in name_spans(&tokens) {
            let written = tokens[start..end]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ");
            // What depends on the name alone is read once per page: whether it can be an
            // outlet's, and what it looks like.
            let k = match known.get(&written) {
                Some(&k) => k,
                None => {
                    let k = name_cues(&written, &lowercase_words, &mut names, sink);
                    known.insert(written, k);
                    k
                }
            };
            let Some(k) = k else { continue };
            if k == lines_with.len() {
                lines_with.push(0);
            }
            if seen_here.insert(k) {
                lines_with[k] += 1;
            }
            let mut cue = |text: &str| sink.cue(k, text);
            context_cues(&tokens, start, end, &mut buf, &mut cue);
            let named = tokens[start..end].iter().filter(|t| t.is_word()).count();
            let line_kind = if named == words {
                "alone"
            } else if words <= 8 {
                "short"
            } else if words > 25 {
                "long"
            } else {
                "mid"
            };
            let place = if at == 0 {
                "first"
            } else if at < TOP_LINES {
                "top"
            } else if at + END_LINES > last {
                "end"
            } else {
                "body"
            };
            for text in [
                format_args!("line:{line_kind}"),
                format_args!("where:{place}"),
                format_args!("line@where:{line_kind}@{place}"),
            ] {
                emit(&mut buf, text, &mut cue);
            }
        }
    }
    for (k, lines) in lines_with.into_iter().enumerate() {
        match lines {
            0 | 1 => {}
            2 => sink.cue(k, "lines:2"),
            _ => sink.cue(k, "lines:3+"),
        }
    }
    names.written
}

/// The page's candidates, numbered in the order first met, one per name however cased.
#[derive(Default)]
struct Names {
    written: Vec<String>,
    numbers: FxHashMap<String, usize>,
}

impl Names {
    fn number(&mut self, name: &str) -> usize {
        let key = name.to_lowercase();
        if let Some(&k) = self.numbers.get(&key) {
            return k;
        }
        self.written.push(name.to_string());
        self.numbers.insert(key, self.written.len() - 1);
        self.written.len() - 1
    }
}

/// The candidate a name written so stands for, given the cues of the name itself; none when
/// it cannot be an outlet's (a pronoun, a reporter's title, two names joined).
fn name_cues(
    written: &str,
    lowercase_words: &FxHashSet<&str>,
    names: &mut Names,
    sink: &mut impl CueSink,
) -> Option<usize> {
    let name = tidy_name(written);
    let name = name.strip_prefix("The ").unwrap_or(&name);
    let entity = GAZETTEER.lookup(name).map(|(e, _)| e.kind);
    if name.len() < 2 || (entity.is_none() && !could_be_outlet(name)) {
        return None;
    }
    let k = names.number(name);
    let mut cue = |text: &str| sink.cue(k, text);
    shape_cues(name, &mut cue);
    cue(commonness(name, lowercase_words));
    match entity {
        Some(EntityKind::Country) => cue("lex:place"),
        Some(EntityKind::Organisation) => cue("lex:organisation"),
        None => {}
    };
    Some(k)
}

/// Writes a cue into the reused buffer and gives it to `cue`: no cue is allocated.
fn emit(buf: &mut String, text: std::fmt::Arguments, cue: &mut impl FnMut(&str)) {
    use std::fmt::Write;
    buf.clear();
    let _ = buf.write_fmt(text);
    cue(buf);
}

/// The words the page writes in lower case: a name made of them ("Breaking News", "World")
/// is more likely a label than an outlet's brand.
fn lowercase_words<'a>(lines: &[&'a str]) -> FxHashSet<&'a str> {
    lines
        .iter()
        .flat_map(|l| l.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect()
}

/// How many of a name's words the page also writes in lower case, or are function words.
fn commonness(name: &str, lowercase_words: &FxHashSet<&str>) -> &'static str {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let common = words
        .iter()
        .filter(|w| lowercase_words.contains(w.as_str()) || crate::model::is_stop_word(w))
        .count();
    match common {
        0 => "common:none",
        n if n == words.len() => "common:all",
        _ => "common:some",
    }
}

/// A word or a mark of punctuation of a line.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
}

impl Token<'_> {
    fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Capitalised, in capitals, a number-led name ("3AW", "24"), or an address
    /// ("rappler.com"); "boat.PA" is two words glued by a missing space, no name.
    fn is_name_word(&self) -> bool {
        let first = self.text.chars().next();
        let glued = first.is_some_and(char::is_lowercase)
            && self
                .text
                .split('.')
                .skip(1)
                .any(|part| part.starts_with(char::is_uppercase));
        if glued {
            return false;
        }
        first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || self.text.rsplit_once('.').is_some_and(|(_, tld)| {
                (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
            })
    }

    fn is_joiner(&self) -> bool {
        // Words that may join a name's words inside it (`name-joiner` in media.tsv).
        MEDIA.has("name-joiner", self.text)
    }

    /// The cue a token gives beside a name: a word lowercased, punctuation as written, a
    /// possessive as "'s".
    fn cue(&self) -> Cow<'_, str> {
        match self.text {
            "’s" | "'s" | "’" | "'" => "'s".into(),
            "“" | "”" | "\"" => "\"".into(),
            "–" | "—" | "--" => "-".into(),
            t if t.chars().all(|c| c.is_ascii_digit()) => "#".into(),
            t if t.chars().any(char::is_uppercase) => t.to_lowercase().into(),
            t => t.into(),
        }
    }
}

/// Words (letters and digits, with ".", "-", "&" and apostrophes inside) and single marks;
/// a possessive's "'s" is a token of its own.
fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if !c.is_alphanumeric() {
            let len = if rest.starts_with("--") {
                2
            } else {
                c.len_utf8()
            };
            out.push(Token { text: &rest[..len] });
            rest = &rest[len..];
            continue;
        }
        let mut end = 0;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            let inner = ".-&'’".contains(ch)
                && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
            if ch.is_alphanumeric() || inner {
                end = i + ch.len_utf8();
            } else {
                break;
            }
        }
        let word = &rest[..end];
        // "Jazeera’s": the possessive apart.
        match word
            .strip_suffix("’s")
            .or_else(|| word.strip_suffix("'s"))
            .filter(|w| !w.is_empty())
        {
            Some(stem) => {
                out.push(Token { text: stem });
                out.push(Token {
                    text: &word[stem.len()..],
                });
            }
            None => out.push(Token { text: word }),
        }
        rest = &rest[end..];
    }
    out
}

/// The runs of name words (with joiners inside), as token ranges, up to `NAME_WORDS` words.
fn name_spans(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !tokens[k].is_name_word() {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        while end < tokens.len() {
            if tokens[end].is_name_word() {
                end += 1;
            } else if tokens[end].is_joiner()
                && tokens.get(end + 1).is_some_and(|t| t.is_name_word())
            {
                end += 2;
            } else {
                break;
            }
        }
        if (start..end).filter(|&i| !tokens[i].is_joiner()).count() <= NAME_WORDS {
            spans.push((start, end));
        }
        k = end;
    }
    spans
}

/// The tokens on either side of a mention, one and two deep, and whether it opens or
/// closes its line.
fn context_cues(
    tokens: &[Token],
    start: usize,
    end: usize,
    buf: &mut String,
    cue: &mut impl FnMut(&str),
) {
    let before = |k: usize| start.checked_sub(k).map(|i| tokens[i].cue());
    let after = |k: usize| tokens.get(end + k - 1).map(Token::cue);
    let (p, p2) = (before(1), before(2));
    let (n, n2) = (after(1), after(2));
    match &p {
        Some(p) => {
            emit(buf, format_args!("prev:{p}"), cue);
            let p2 = p2.as_deref().unwrap_or("^");
            emit(buf, format_args!("prev2:{p2} {p}"), cue);
        }
        None => cue("prev:^"),
    }
    emit(
        buf,
        format_args!(
            "around:{} _ {}",
            p.as_deref().unwrap_or("^"),
            n.as_deref().unwrap_or("$")
        ),
        cue,
    );
    match &n {
        Some(n) => {
            emit(buf, format_args!("next:{n}"), cue);
            let n2 = n2.as_deref().unwrap_or("$");
            emit(buf, format_args!("next2:{n} {n2}"), cue);
        }
        None => cue("next:$"),
    }
}

/// What the name itself looks like: its length, capitals, a digit, an address, a
/// newspaper's or an agency's word, a place.
fn shape_cues(name: &str, cue: &mut impl FnMut(&str)) {
    let words: Vec<&str> = name.split_whitespace().collect();
    cue(["words:0", "words:1", "words:2", "words:3", "words:4"][words.len().min(4)]);
    let mut letters = name.chars().filter(|c| c.is_alphabetic());
    let two_or_more = name.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
    if two_or_more && letters.all(char::is_uppercase) {
        cue("shape:caps");
    }
    if name.chars().any(|c| c.is_ascii_digit()) {
        cue("shape:digit");
    }
    if words.iter().any(|w| w.contains('.')) {
        cue("shape:dotted");
    }
    let media_word = |w: &&str| MEDIA.has("masthead", w) || MEDIA.has("outlet-word", w);
    if words.last().is_some_and(media_word) {
        cue("lex:masthead");
    }
    if words[..words.len().saturating_sub(1)]
        .iter()
        .any(media_word)
    {
        cue("lex:masthead-inside");
    }
    if words
        .iter()
        .any(|w| crate::publisher_cues::is_title_word(&w.to_lowercase()))
    {
        cue("lex:title");
    }
    let lower = name.to_lowercase();
    if words.len() == 1 && crate::model::is_stop_word(&lower) {
        cue("lex:stop-word");
    }
    if MEDIA.has("agency", &lower) || MEDIA.has("wire", &lower) {
        cue("lex:agency");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lines: &[&str]) -> Vec<String> {
        candidates(lines).into_iter().map(|c| c.name).collect()
    }

    #[test]
    fn a_possessive_is_cut_from_the_name_and_kept_as_a_cue() {
        let found = candidates(&["Al Jazeera’s Resul Sardar said the fire spread."]);
        let jazeera = found
            .iter()
            .find(|c| c.name == "Al Jazeera")
            .expect("found");
        assert!(jazeera.cues.contains("next:'s"), "{:?}", jazeera.cues);
        assert!(jazeera.cues.contains("prev:^"));
    }

    #[test]
    fn a_headline_in_title_case_is_no_name() {
        let found = names(&["Deadly Floods Sweep Through Valley Towns After Days Of Rain"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn joiners_stay_inside_names_only() {
        let found = names(&[
            "Speaking to the Organization for Security and Co-operation in Europe, he said",
        ]);
        assert!(
            found.contains(&"Organization for Security and Co-operation in Europe".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn a_line_of_its_own_near_the_top_is_marked_so() {
        let found = candidates(&[
            "Headline of the story here",
            "Wings Magazine",
            "",
            "The story.",
        ]);
        let wings = found
            .iter()
            .find(|c| c.name == "Wings Magazine")
            .expect("found");
        assert!(wings.cues.contains("line:alone") && wings.cues.contains("where:top"));
    }

    #[test]
    fn a_place_is_marked_as_one_and_a_pronoun_is_no_candidate() {
        let found = candidates(&["France said it would help.", "He said so."]);
        let france = found.iter().find(|c| c.name == "France").expect("found");
        assert!(france.cues.contains("lex:place"), "{:?}", france.cues);
        assert!(found.iter().all(|c| c.name != "He"));
    }
}

#[cfg(test)]
mod fitted_tests {
    use super::*;

    fn pick(lines: &[&str]) -> Option<String> {
        likeliest(lines).map(|(name, _)| name)
    }

    const STORY: &str = "Rescuers searched through the night for survivors after the floods swept through the valley, officials said on Sunday.";

    #[test]
    fn an_outlet_opening_the_story_is_its_publisher() {
        assert_eq!(
            pick(&["Floods sweep the valley", &format!("Zorvex News - {STORY}")]),
            Some("Zorvex News".to_string())
        );
    }

    #[test]
    fn an_outlet_the_story_cites_is_not() {
        let cited = format!("{STORY} According to Zorvex News, the toll may rise.");
        assert_eq!(pick(&["Floods sweep the valley", &cited]), None);
    }

    #[test]
    fn a_page_naming_no_outlet_has_none() {
        assert_eq!(pick(&["Floods sweep the valley", STORY, STORY]), None);
    }
}
