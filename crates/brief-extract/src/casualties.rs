//! Casualty figures: killed, injured, missing, displaced and detained counts, with the group
//! counted, who gave the figure, and whether the figure is today's or an earlier war's.

use chrono::Datelike;
use serde::Serialize;

use super::speakers::{find_attribution_in, person_names, PeopleDirectory};
use super::{Cite, EventFacts, Sentence};
use brief_text::dates::date_mentions;
use brief_text::gazetteer::{word_spans, TermKind, GAZETTEER};
use brief_text::lexicon::WordTable;
use brief_text::numbers::{parse_quantity, Quantity};
use brief_text::straighten;
use std::sync::LazyLock;

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Killed,
    Injured,
    Missing,
    Displaced,
    Detained,
}

impl Outcome {
    /// The people an outcome leaves: "dead", "injured", …
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Killed => "dead",
            Outcome::Injured => "injured",
            Outcome::Missing => "missing",
            Outcome::Displaced => "displaced",
            Outcome::Detained => "detained",
        }
    }

    /// The kind of `data/lexicon/casualties.tsv` that lists this outcome's cue words.
    fn kind(self) -> &'static str {
        match self {
            Outcome::Killed => "killed",
            Outcome::Injured => "injured",
            Outcome::Missing => "missing",
            Outcome::Displaced => "displaced",
            Outcome::Detained => "detained",
        }
    }
}

const OUTCOMES: [Outcome; 5] = [
    Outcome::Killed,
    Outcome::Injured,
    Outcome::Missing,
    Outcome::Displaced,
    Outcome::Detained,
];

/// The casualty words (`data/lexicon/casualties.tsv`): cues of each outcome and the small
/// words around a count.
static WORDS: LazyLock<WordTable> =
    LazyLock::new(|| WordTable::parse(include_str!("../../../data/lexicon/casualties.tsv")));

/// Nouns for people (`data/lexicon/person_nouns.tsv`): listed ones, and plurals with an
/// agent's ending ("detainees", "hikers", "tourists") unless listed as not people.
pub(crate) static PERSON_NOUNS: LazyLock<WordTable> =
    LazyLock::new(|| WordTable::parse(include_str!("../../../data/lexicon/person_nouns.tsv")));

/// Whether `w` (lowercase) names people, so a number beside it is a head count.
fn is_person_noun(w: &str) -> bool {
    PERSON_NOUNS.has("person", w)
        || w.len() > 5
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && PERSON_NOUNS
                .words("person-ending")
                .iter()
                .any(|e| w.ends_with(e.as_str()))
            && !PERSON_NOUNS.has("not-person", w)
}

/// An auxiliary or a small word: allowed between a count and its cue, left out of the group.
fn is_filler(w: &str) -> bool {
    WORDS.has("aux", w) || WORDS.has("filler", w)
}

/// A part of a total: "including two civilians", "eight of them minors".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub count: u64,
    pub group: String,
    pub outcome: Outcome,
}

/// One casualty statement.
#[derive(Debug, Clone)]
pub struct Casualty {
    pub cite: Cite,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    pub missing: Option<u64>,
    pub displaced: Option<u64>,
    pub detained: Option<u64>,
    /// Who was counted: "civilians", "soldiers and civilians", or "total".
    pub group: String,
    /// Who gave the figure: a person's usual name where the sentence names one, else the body
    /// as written; `None` when unattributed.
    pub claimed_by: Option<String>,
    /// The attribution as the sentence words it ("the Karabakh separatist human rights
    /// ombudsman, Gegham Stepanyan").
    pub claimant_as_written: Option<String>,
    /// False for earlier wars' and disasters' tolls recalled as background.
    pub current: bool,
    pub parts: Vec<Part>,
    /// "at least", "more than", … on the first figure.
    pub qualifier: Option<&'static str>,
    /// A vague quantity ("dozens") given at its lower bound.
    pub vague: bool,
    pub cause: Option<&'static str>,
}

impl brief_text::fields::Fields for Casualty {
    const LEN: usize = Cite::LEN + 13;
    fn write_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        self.cite.write_fields(s)?;
        brief_text::write_fields!(
            s,
            self,
            killed,
            injured,
            missing,
            displaced,
            detained,
            group,
            claimed_by,
            claimant_as_written,
            current,
            parts,
            qualifier,
            vague,
            cause
        );
        Ok(())
    }
}

brief_text::serialize_by_fields!(Casualty);

#[derive(Debug)]
struct Word {
    lower: String,
    /// A comma, quote, semicolon or bracket stands between this word and the one before.
    break_before: bool,
}

fn words_of(s: &str) -> Vec<Word> {
    let spans = word_spans(s);
    let mut out = Vec::with_capacity(spans.len());
    let mut prev_end = 0;
    for (start, end, w) in spans {
        let gap = &s[prev_end..start];
        out.push(Word {
            lower: w.to_lowercase(),
            break_before: gap.contains([',', ';', ':', '"', '(', ')', '[', ']'])
                || gap.contains(" - "),
        });
        prev_end = end;
    }
    out
}

/// A figure found for one cue: a count of its group, or (`quantity` none) only a part of a
/// total given elsewhere ("97 of the dead were policemen").
struct Figure {
    outcome: Outcome,
    quantity: Option<Quantity>,
    group: String,
    parts: Vec<Part>,
}

/// Extracts casualty statements from one article's sentences.
pub fn extract(
    sentences: &[Sentence<'_>],
    facts: &EventFacts,
    people: &PeopleDirectory,
) -> Vec<Casualty> {
    let mut out = Vec::new();
    for (at, s) in sentences.iter().enumerate() {
        let text = straighten(&s.text);
        let figures = figures_in(&text);
        if figures.is_empty() {
            continue;
        }
        let claimant_as_written = match find_attribution_in(&s.text, s.starts_quoted, people) {
            // "It said three civilians were killed": the speaker named just before.
            Some(a) if a.pronoun => sentences[..at].iter().rev().take(6).find_map(|p| {
                find_attribution_in(&p.text, p.starts_quoted, people)
                    .filter(|a| !a.pronoun)
                    .map(|a| a.speaker)
            }),
            Some(a) => Some(a.speaker),
            // "The agency put the toll at 73": whoever puts the figure gives it.
            None => brief_text::find_ascii_ci(&s.text, " put the ")
                .and_then(|at| super::speakers::clean_subject(&s.text[..at]))
                .filter(|c| super::speakers::names_a_body(c) || c.starts_with(char::is_uppercase)),
        };
        let mut c = Casualty {
            cite: s.cite(),
            killed: None,
            injured: None,
            missing: None,
            displaced: None,
            detained: None,
            group: String::new(),
            claimed_by: None,
            claimant_as_written,
            current: !is_historical(s, facts),
            parts: Vec::new(),
            qualifier: figures
                .iter()
                .find_map(|f| f.quantity.as_ref())
                .and_then(|q| q.qualifier),
            vague: figures
                .iter()
                .any(|f| f.quantity.as_ref().is_some_and(|q| q.vague)),
            cause: cause_of(&text),
        };
        c.claimed_by = c
            .claimant_as_written
            .as_deref()
            .map(|w| canonical_claimant(w, people, facts));
        for f in figures {
            // A part alone ("97 of the dead were policemen") fills no total.
            let Some(quantity) = f.quantity else {
                c.parts.extend(f.parts);
                continue;
            };
            let slot = match f.outcome {
                Outcome::Killed => &mut c.killed,
                Outcome::Injured => &mut c.injured,
                Outcome::Missing => &mut c.missing,
                Outcome::Displaced => &mut c.displaced,
                Outcome::Detained => &mut c.detained,
            };
            if slot.is_none() {
                *slot = Some(quantity.value);
                if c.group.is_empty() {
                    c.group = f.group;
                }
                c.parts.extend(f.parts);
            }
        }
        c.group = restore_case(&c.group, &text);
        out.push(c);
    }
    out
}

/// The claimant under one name across sources: the person's most used spelling when the
/// attribution names a person, else the attribution itself, with "the country's" named.
fn canonical_claimant(as_written: &str, people: &PeopleDirectory, facts: &EventFacts) -> String {
    let names = person_names(as_written);
    // The name standing as a whole comma part is the person ("Ombudsman of X, Name").
    let parts: Vec<&str> = as_written.split(',').map(str::trim).collect();
    let name = names
        .iter()
        .find(|n| parts.contains(&n.as_str()))
        .or_else(|| super::reactions::head_name(&names, parts[0]));
    match name {
        Some(name) => people
            .find(name)
            .map_or_else(|| name.clone(), |p| p.name.clone()),
        None => body_claimant(as_written, facts),
    }
}

/// A body as a claimant: by its name when a description precedes it, and "the country's"
/// office as that country's.
fn body_claimant(as_written: &str, facts: &EventFacts) -> String {
    if let Some(name) = described_body(as_written) {
        return name.to_string();
    }
    // "Baku said": a capital speaks for its government.
    if let Some((country, TermKind::Seat)) = GAZETTEER.lookup(as_written) {
        return country.name.to_string();
    }
    let office = as_written
        .strip_prefix("country's ")
        .or_else(|| as_written.strip_prefix("country’s "));
    match (office, facts.home_country()) {
        (Some(office), Some(country)) => format!("{country}'s {office}"),
        _ => as_written.to_string(),
    }
}

/// The name after a description of a body: "Oslo-based group Iran Human Rights" → "Iran Human
/// Rights", "the monitoring group Airwars" → "Airwars".
fn described_body(claimant: &str) -> Option<&str> {
    let at = claimant
        .split_whitespace()
        .scan(0, |pos, w| {
            let start = claimant[*pos..].find(w).map_or(*pos, |i| *pos + i);
            *pos = start + w.len();
            Some((start, w))
        })
        .find(|(_, w)| WORDS.has("body-kind", w))
        .map(|(start, w)| start + w.len())?;
    let rest = claimant[at..].trim_start();
    let name = super::speakers::capitalised_name_at(rest);
    (!name.is_empty() && name.len() == rest.len()).then_some(rest)
}

/// Restores capitals the counted group had in the sentence ("azerbaijani citizens" →
/// "Azerbaijani citizens").
fn restore_case(group: &str, sentence: &str) -> String {
    group
        .split(' ')
        .map(|g| {
            sentence
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .skip(1)
                .find(|w| w.eq_ignore_ascii_case(g) && w.starts_with(char::is_uppercase))
                .map_or_else(|| g.to_string(), str::to_string)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Does the sentence give a casualty figure?
pub fn has_figures(sentence: &str) -> bool {
    !figures_in(&straighten(sentence)).is_empty()
}

fn cue_at(w: &str) -> Option<Outcome> {
    OUTCOMES.into_iter().find(|o| WORDS.has(o.kind(), w))
}

/// Finds any casualty cue, so sentences without one are passed over at once.
static CUE_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                OUTCOMES
                    .iter()
                    .flat_map(|o| WORDS.words(o.kind()))
                    .map(String::as_str)
                    .chain([
                        "toll",
                        "hospital",
                        "admitted",
                        "critical condition",
                        "search for",
                        "treatment",
                        "serious condition",
                    ]),
            )
            .expect("cue words build a searcher")
    });

/// The figure a death toll is given as: "the death toll from the storm rose to 92", "put
/// the number of dead at 1,000" (`t` at "toll" or at "dead").
fn toll_figure(words: &[Word], lower: &[&str], t: usize) -> Option<(Quantity, usize)> {
    // "injury toll", "economic toll": only a death toll, or a toll on its own, counts the dead.
    let named = t >= 2 && lower[t - 2] == "number" && lower[t - 1] == "of"
        || t >= 3 && lower[t - 3] == "number" && lower[t - 2] == "of";
    if t > 0 && !named && !WORDS.has("toll-kind", lower[t - 1]) {
        return None;
    }
    // Commas crossed: an appositive may stand between ("the toll from the blast in the
    // capital, Beirut, has risen to 135").
    let mut crossed = 0;
    for p in t + 1..lower.len().min(t + 30) {
        if words[p].break_before && p > t + 1 {
            crossed += 1;
            if crossed > 2 {
                return None;
            }
        }
        // Past a few words or a comma only a verb leads to the figure: "the death toll from a
        // missile strike on an apartment building in the city has risen to 30", not "a
        // convoy of 20".
        if (p > t + 8 || crossed > 0) && !rises_to(&lower[..p]) {
            continue;
        }
        // "the toll could rise to 60" is a fear, not a count.
        if WORDS.has("hypothetical", lower[p]) || WORDS.has("toll-fear", lower[p]) {
            return None;
        }
        if !WORDS.has("toll-link", lower[p - 1]) {
            continue;
        }
        if let Some((q, len)) = parse_quantity(lower, p) {
            if looks_like_year(&q) {
                return None;
            }
            return Some((q, p + len));
        }
    }
    None
}

/// Do the words before a figure end with a verb of a toll's change ("has risen to", "climbed
/// to", "reached", "stood at")?
fn rises_to(before: &[&str]) -> bool {
    match before {
        [.., v, "to" | "at"] | [.., v] => WORDS.has("toll-verb", v),
        [] => false,
    }
}

/// Every figure in a sentence, one per cue, parts kept apart.
/// Where a count of people in hospital ends: before "in" of "in hospital", or before
/// "admitted" of "admitted to hospital".
fn hospital_cue(lower: &[&str], c: usize) -> Option<usize> {
    let soon = |n: usize, stems: &[&str]| {
        lower[c + 1..]
            .iter()
            .take(n)
            .any(|w| stems.iter().any(|s| w.starts_with(s)))
    };
    match lower[c] {
        "hospital" if c >= 2 && lower[c - 1] == "in" => Some(c - 1),
        // "40 people were admitted there with wounds", "eight were rushed to hospitals".
        "admitted" if soon(4, &["hospital", "wound", "injur", "burn"]) => Some(c),
        "rushed" | "taken" | "airlifted" | "transported" if soon(3, &["hospital"]) => Some(c),
        // "800 people were receiving treatment".
        "receiving" | "under" if soon(2, &["treatment", "medical care"]) => Some(c),
        // "seven persons are in a critical condition": counted up to "in".
        "condition"
            if c >= 3
                && matches!(lower[c - 1], "critical" | "serious")
                && (lower[c - 2] == "in" || lower[c - 3] == "in" && lower[c - 2] == "a") =>
        {
            Some(if lower[c - 2] == "in" { c - 2 } else { c - 3 })
        }
        _ => None,
    }
}

fn figures_in(text: &str) -> Vec<Figure> {
    if !CUE_FINDER.is_match(text) {
        return Vec::new();
    }
    let words = words_of(text);
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    let mut figures = Vec::new();
    let mut used_until = 0;
    let mut has_toll = false;
    for (c, w) in lower.iter().enumerate() {
        // "the number of dead", "the number of people killed … has grown to 28".
        let number_of_dead =
            c >= 2 && lower[c - 2] == "number" && lower[c - 1] == "of" && WORDS.has("number-of", w)
                || c >= 3
                    && lower[c - 3] == "number"
                    && lower[c - 2] == "of"
                    && is_person_noun(lower[c - 1])
                    && matches!(*w, "killed" | "dead");
        if (*w == "toll" || number_of_dead) && c >= used_until && !is_hypothetical(&lower, c) {
            if let Some((quantity, end)) = toll_figure(&words, &lower, c) {
                used_until = end;
                has_toll = true;
                figures.push(Figure {
                    outcome: Outcome::Killed,
                    quantity: Some(quantity),
                    group: "total".into(),
                    parts: Vec::new(),
                });
            }
            continue;
        }
        // People in hospital are injured: "57 people remain in hospital" (counted up to "in"),
        // "40 people were admitted to hospital" (up to "admitted").
        if let Some(cue) = hospital_cue(&lower, c).filter(|_| c > used_until) {
            if let Some((quantity, group, end)) = count_before(&words, &lower, cue, used_until) {
                used_until = end.max(c + 1);
                let parts = parts_after(&words, &lower, c + 1, Outcome::Injured);
                figures.push(Figure {
                    outcome: Outcome::Injured,
                    quantity: Some(quantity),
                    group,
                    parts,
                });
            }
            continue;
        }
        // "the search for 12 climbers": people missing.
        let searched = *w == "search" && lower.get(c + 1) == Some(&"for");
        let Some(outcome) = cue_at(w).or(searched.then_some(Outcome::Missing)) else {
            continue;
        };
        let lives_of = *w == "lives" && lower.get(c + 1) == Some(&"of");
        // "claimed at least 18 lives", "four lives had been lost": lives counted.
        let lives_counted = *w == "lives" && c >= 1 && parse_quantity(&lower, c - 1).is_some();
        if is_hypothetical(&lower, c)
            || (*w == "lives" && !lower[..c].ends_with(&["their"]) && !lives_of && !lives_counted)
        {
            continue;
        }
        // "the deaths of at least 52 people", "the bodies of 11 climbers", "claimed the lives
        // of 40 people", "injuries to fourteen civilians": the noun leads to the count.
        let noun_of = WORDS.has("counted-of", w) && lower.get(c + 1) == Some(&"of")
            || matches!(*w, "injuries" | "injury") && lower.get(c + 1) == Some(&"to");
        // "116 people were crushed to death": the verb before "to death" is the cue.
        let cue_pos =
            if *w == "death" && c >= 2 && lower[c - 1] == "to" && lower[c - 2].ends_with("ed") {
                c - 2
            } else {
                c
            };
        let found = count_before(&words, &lower, cue_pos, used_until)
            .or_else(|| count_among_those(&words, &lower, c, used_until))
            .or_else(|| {
                searched
                    .then(|| count_after(&words, &lower, c + 1))
                    .flatten()
            })
            .or_else(|| {
                WORDS
                    .has("active", w)
                    .then(|| count_after(&words, &lower, c))
                    .flatten()
            })
            .or_else(|| {
                // "the bodies of the 11 climbers": the article before the count.
                let at = if lower.get(c + 2) == Some(&"the") {
                    c + 2
                } else {
                    c + 1
                };
                noun_of.then(|| count_after(&words, &lower, at)).flatten()
            });
        let Some((quantity, group, end)) = found else {
            continue;
        };
        used_until = end.max(c + 1);
        // "97 of the dead were policemen": a part of a total given elsewhere.
        if c >= 2 && lower[c - 2] == "of" && lower[c - 1] == "the" {
            let group = group_after_were(&lower, c + 1);
            figures.push(Figure {
                outcome,
                quantity: None,
                group: String::new(),
                parts: vec![Part {
                    count: quantity.value,
                    group,
                    outcome,
                }],
            });
            continue;
        }
        let parts = parts_after(&words, &lower, end.max(c + 1), outcome);
        figures.push(Figure {
            outcome,
            quantity: Some(quantity),
            group,
            parts,
        });
    }
    if has_toll {
        drop_increments(&lower, &mut figures);
    }
    figures
}

/// "Three more bodies were found, bringing the death toll to 17": beside the toll, a count of
/// "N more" dead is what the toll grew by, not a toll of its own.
fn drop_increments(lower: &[&str], figures: &mut Vec<Figure>) {
    let increments: Vec<u64> = (0..lower.len())
        .filter_map(|p| {
            let (q, len) = parse_quantity(lower, p)?;
            (lower.get(p + len) == Some(&"more")).then_some(q.value)
        })
        .collect();
    // The toll itself is never dropped: only when there is another figure besides it.
    let killed = figures
        .iter()
        .filter(|f| f.outcome == Outcome::Killed)
        .count();
    if killed < 2 {
        return;
    }
    figures.retain(|f| {
        f.outcome != Outcome::Killed
            || !f
                .quantity
                .as_ref()
                .is_some_and(|q| increments.contains(&q.value))
    });
}

/// The group a part names after its verb: "(of the dead) were policemen" → "policemen".
fn group_after_were(lower: &[&str], from: usize) -> String {
    let Some(rest) = lower.get(from..) else {
        return String::new();
    };
    match rest {
        ["were" | "was" | "are" | "is", group @ ..] => group
            .iter()
            .take(3)
            .take_while(|w| {
                is_person_noun(w)
                    || is_demonym_plural(w)
                    || w.ends_with('s') && w.len() > 3 && !matches!(**w, "was" | "has")
            })
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

fn is_hypothetical(lower: &[&str], c: usize) -> bool {
    // "200 people are feared dead" is how tolls are reported before bodies are found.
    let feared_dead = c >= 1 && lower[c - 1] == "feared" && lower[c] == "dead";
    !feared_dead
        && lower[c.saturating_sub(3)..c]
            .iter()
            .any(|w| WORDS.has("hypothetical", w))
        || lower[c.saturating_sub(2)..c]
            .iter()
            .any(|w| *w == "no" || *w == "not")
}

/// The head count before a cue: "five people had been killed", "two civilians and four
/// soldiers died", "80 wounded". Returns the figure, the group, and where the figure ends.
fn count_before(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    // The count ends before an inserted clause: "41 people, including members of the
    // security forces, had died".
    let end = inserted_clause(words, lower, c).unwrap_or(c);
    let lo = end.saturating_sub(8).max(from);
    for p in (lo..end).rev() {
        if words[p + 1..end].iter().any(|w| w.break_before) || end == c && words[c].break_before {
            return None;
        }
        let Some((q, len)) = parse_quantity(lower, p) else {
            continue;
        };
        if p + len > end {
            continue;
        }
        let (q, start) = widen_back(lower, p, p + len, q);
        // "set up in 1948 to house Palestinians who fled": a year, whatever follows it.
        if looks_like_year(&q) && start > 0 && WORDS.has("year-before", lower[start - 1]) {
            return None;
        }
        let between = &lower[p + len..end];
        if !gap_is_head_count(between, &q) {
            return None;
        }
        if is_part_marker(lower, start) {
            return None;
        }
        let mut total = q.clone();
        let mut groups = vec![group_words(between)];
        // Coordinated counts: "two civilians and four soldiers".
        let mut k = start;
        // Not across a comma: "73 injured, including 13 children, and 40 missing".
        while k >= 2 && lower[k - 1] == "and" && !words[k - 1].break_before {
            let Some((q2, p2, g2)) = count_ending_at(lower, k - 1) else {
                break;
            };
            if is_part_marker(lower, p2) {
                break;
            }
            total.value += q2.value;
            if total.qualifier.is_none() {
                total.qualifier = q2.qualifier;
            }
            groups.insert(0, g2);
            k = p2;
        }
        return Some((total, join_groups(&groups), c));
    }
    None
}

/// The subject counted "among those killed": "Five foreigners, including four Asian nationals,
/// were among those killed" gives five foreigners, the first count of people of the clause.
fn count_among_those(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    if c < 4
        || !matches!(lower[c - 1], "those" | "the")
        || lower[c - 2] != "among"
        || !matches!(lower[c - 3], "were" | "was" | "are" | "is")
    {
        return None;
    }
    let clause_start = (from..c - 3)
        .rev()
        .find(|&k| words[k].break_before && !matches!(lower[k], "including"))
        .unwrap_or(from);
    (clause_start..c - 3).find_map(|p| {
        let (q, len) = parse_quantity(lower, p)?;
        let group_end = (p + len..(p + len + 3).min(c - 3))
            .find(|&k| is_person_noun(lower[k]) || is_demonym_plural(lower[k]))?;
        (!looks_like_year(&q) && !is_part_marker(lower, p))
            .then(|| (q, group_words(&lower[p + len..=group_end]), c))
    })
}

/// Where a clause set off by commas between a count and its cue begins (", including …," or
/// ", most of them …,"), when only auxiliaries stand after it.
fn inserted_clause(words: &[Word], lower: &[&str], c: usize) -> Option<usize> {
    let closes = (c.saturating_sub(3)..=c)
        .rev()
        .find(|&k| words[k].break_before)?;
    if !lower[closes..c].iter().all(|w| is_filler(w)) {
        return None;
    }
    let opens = (closes.saturating_sub(12)..closes)
        .rev()
        .find(|&k| words[k].break_before)?;
    WORDS.has("clause-opener", lower[opens]).then_some(opens)
}

/// A count phrase "NUMBER noun…" ending just before index `end` (exclusive).
fn count_ending_at(lower: &[&str], end: usize) -> Option<(Quantity, usize, String)> {
    for p in (end.saturating_sub(6)..end).rev() {
        if let Some((q, len)) = parse_quantity(lower, p).filter(|(_, len)| p + len <= end) {
            let gap = &lower[p + len..end];
            let only_people = gap
                .iter()
                .all(|w| cue_at(w).is_none() && !WORDS.has("aux", w));
            if only_people
                && gap
                    .iter()
                    .any(|w| is_person_noun(w) || is_demonym_plural(w))
            {
                let (q, start) = widen_back(lower, p, p + len, q);
                return Some((q, start, group_words(&lower[p + len..end])));
            }
        }
    }
    None
}

/// Extends a number back over a qualifier or article ("more than 30,000", "a million").
fn widen_back(lower: &[&str], p: usize, end: usize, q: Quantity) -> (Quantity, usize) {
    for back in (1..=3).rev() {
        if p >= back {
            if let Some((q2, len2)) = parse_quantity(lower, p - back) {
                if p - back + len2 == end {
                    return (q2, p - back);
                }
            }
        }
    }
    (q, p)
}

/// The victims after an active cue: "killed four troops and two civilians".
fn count_after(words: &[Word], lower: &[&str], c: usize) -> Option<(Quantity, String, usize)> {
    // "killing all 167 people on board": "all" before the count.
    // "injuring another 15": a second count, not an increment of the first.
    let p = if matches!(lower.get(c + 1), Some(&"all" | &"another")) {
        c + 2
    } else {
        c + 1
    };
    if p >= lower.len() || words[p].break_before {
        return None;
    }
    let (mut total, len) = parse_quantity(lower, p)?;
    let mut end = p + len;
    // "killing 41 people and injuring 230, the agency said": a bare figure ends its clause.
    // So does one followed by when or where: "wounded 55 on Sunday", "killed 12 in the north".
    let bare = end == lower.len() || words[end].break_before || WORDS.has("bare-end", lower[end]);
    if bare && !looks_like_year(&total) {
        return Some((total, "total".into(), end));
    }
    let group_end = (end..lower.len().min(end + 5))
        .find(|&k| is_person_noun(lower[k]) || is_demonym_plural(lower[k]))?;
    let mut groups = vec![group_words(&lower[end..=group_end])];
    end = group_end + 1;
    while end + 1 < lower.len() && lower[end] == "and" {
        let Some((q2, len2)) = parse_quantity(lower, end + 1) else {
            break;
        };
        let g_start = end + 1 + len2;
        let Some(g_end) = (g_start..lower.len().min(g_start + 5))
            .find(|&k| is_person_noun(lower[k]) || is_demonym_plural(lower[k]))
        else {
            break;
        };
        // "killed 40 people, and dozens were injured": a clause of its own, not more victims.
        if lower[g_start..g_end].iter().any(|w| WORDS.has("aux", w)) {
            break;
        }
        total.value += q2.value;
        groups.push(group_words(&lower[g_start..=g_end]));
        end = g_end + 1;
    }
    looks_like_year(&total)
        .then_some(())
        .map_or(Some((total, join_groups(&groups), end)), |_| None)
}

/// Between a count and its cue only the counted people and auxiliaries may stand.
fn gap_is_head_count(between: &[&str], q: &Quantity) -> bool {
    if between.is_empty() {
        return !looks_like_year(q);
    }
    let has_person = between
        .iter()
        .any(|w| is_person_noun(w) || is_demonym_plural(w));
    has_person && between.len() <= 7 && between.iter().all(|w| !looks_like_verb(w) || is_filler(w))
        || between.iter().all(|w| is_filler(w)) && !looks_like_year(q)
}

fn looks_like_year(q: &Quantity) -> bool {
    (1800..=2100).contains(&q.value) && q.qualifier.is_none()
}

/// Rough: a lowercase word ending like a past or present verb form that is not a person noun.
fn looks_like_verb(w: &str) -> bool {
    (w.ends_with("ed") || w.ends_with("ing")) && !is_person_noun(w)
}

fn is_demonym_plural(w: &str) -> bool {
    w.ends_with('s')
        && GAZETTEER
            .lookup(w)
            .is_some_and(|(_, t)| t == TermKind::Demonym)
}

/// "including", "among them" before a count make it a part of a total.
fn is_part_marker(lower: &[&str], at: usize) -> bool {
    if at == 0 || !matches!(lower[at - 1], "including" | "among") {
        return false;
    }
    // "1,351 cholera cases, including 58 deaths": a part only of a count of people.
    at < 2
        || lower[..at - 1]
            .iter()
            .rev()
            .take(3)
            .any(|w| is_person_noun(w) || cue_at(w).is_some() || *w == "them")
}

/// Parts following a figure: ", including a child", ", eight of them minors".
fn parts_after(words: &[Word], lower: &[&str], from: usize, outcome: Outcome) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut k = from;
    while k < lower.len() && k < from + 8 {
        if lower[k] == "including" || lower[k] == "among" && lower.get(k + 1) == Some(&"them") {
            let at = if lower[k] == "among" { k + 2 } else { k + 1 };
            let parsed = parse_quantity(lower, at).or_else(|| {
                (matches!(lower.get(at), Some(&"a" | &"an"))).then_some((
                    Quantity {
                        value: 1,
                        vague: false,
                        qualifier: None,
                    },
                    1,
                ))
            });
            if let Some((q, len)) = parsed {
                let group: Vec<&str> = lower[at + len..]
                    .iter()
                    .take(3)
                    .take_while(|w| !WORDS.has("group-stop", w))
                    .copied()
                    .collect();
                parts.push(Part {
                    count: q.value,
                    group: group.join(" "),
                    outcome,
                });
                k = at + len;
                continue;
            }
        }
        if words[k].break_before {
            if let Some((q, len)) = parse_quantity(lower, k) {
                if lower.get(k + len) == Some(&"of") && lower.get(k + len + 1) == Some(&"them") {
                    let group: Vec<&str> = lower[k + len + 2..].iter().take(2).copied().collect();
                    parts.push(Part {
                        count: q.value,
                        group: group.join(" "),
                        outcome,
                    });
                    k += len + 2;
                    continue;
                }
            }
            if k > from && !lower[k].starts_with("including") {
                break;
            }
        }
        k += 1;
    }
    parts
}

fn group_words(words: &[&str]) -> String {
    let kept: Vec<&str> = words.iter().filter(|w| !is_filler(w)).copied().collect();
    kept.join(" ")
}

fn join_groups(groups: &[String]) -> String {
    let groups: Vec<&str> = groups
        .iter()
        .map(String::as_str)
        .filter(|g| !g.is_empty())
        .collect();
    match groups.as_slice() {
        [] | ["people"] | ["persons"] => "total".into(),
        [one] => one.to_string(),
        many => many.join(" and "),
    }
}

fn cause_of(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: &'static WordTable = &WORDS;
    words
        .kinds("cause:")
        .find(|kind| words.words(kind).iter().any(|c| lower.contains(c.as_str())))
        .map(|kind| &kind["cause:".len()..])
}

/// How many earlier sentences of a paragraph can date a figure.
const CONTEXT_SENTENCES: usize = 3;

/// A figure is an earlier toll when its sentence, or an earlier sentence of its paragraph,
/// dates it before the event's year and nothing in the sentence says "today".
fn is_historical(s: &Sentence<'_>, facts: &EventFacts) -> bool {
    let lower = s.text.to_lowercase();
    if WORDS
        .words("now")
        .iter()
        .any(|w| lower.contains(w.as_str()))
    {
        return false;
    }
    // "Last month, gunmen killed 26 tourists": before the event, whatever its date.
    if WORDS
        .words("past")
        .iter()
        .any(|w| lower.contains(w.as_str()))
    {
        return true;
    }
    let event_year = facts.date.map(|d| d.year());
    // The paragraph's few sentences before this one set its time ("in 2020 … 7,000 dead").
    let before = s.before();
    let context = before[before.len().saturating_sub(CONTEXT_SENTENCES)..]
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(s.text.as_str()));
    context
        .flat_map(|t| date_mentions(t, facts.date))
        .any(|d| match event_year {
            Some(y) => d.year < y,
            // With the event's date unknown, a casualty sentence that writes a year recalls
            // the past: reports of the day name the weekday, not the year.
            None => true,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(s: &str) -> Vec<(Outcome, u64, String)> {
        figures_in(&straighten(s))
            .into_iter()
            .map(|f| (f.outcome, f.quantity.map_or(0, |q| q.value), f.group))
            .collect()
    }

    #[test]
    fn killed_and_wounded_in_one_sentence() {
        assert_eq!(
            fig("Officials said that five people had been killed and 80 wounded in the floods."),
            [
                (Outcome::Killed, 5, "total".into()),
                (Outcome::Injured, 80, "total".into())
            ]
        );
    }

    #[test]
    fn coordinated_counts_are_summed() {
        assert_eq!(
            fig("Two rescuers and three villagers died in the landslide.")[0].1,
            5
        );
        assert_eq!(
            fig("The blast killed four soldiers and two civilians near the border.")[0].1,
            6
        );
    }

    #[test]
    fn a_toll_far_from_its_figure_is_found_by_its_verb() {
        assert_eq!(
            fig("The death toll from a missile strike on an apartment building in the city of Dnipro has risen to 30, officials said."),
            [(Outcome::Killed, 30, "total".into())]
        );
        assert!(fig("The toll from the strike on a convoy of aid trucks near the border of 20 villages was unclear.").is_empty());
        assert_eq!(
            fig("The death toll from the explosion that tore through Lebanon's capital, Beirut, has risen to 135, the minister said.")[0].1,
            135
        );
    }

    #[test]
    fn deaths_of_people_arrests_and_a_clause_inside_a_count() {
        assert_eq!(
            fig("Amnesty said it had documented the deaths of at least 52 people, including five women, and hundreds injured."),
            [(Outcome::Killed, 52, "total".into()), (Outcome::Injured, 100, "total".into())]
        );
        assert_eq!(
            fig("Authorities have arrested more than 1,200 protesters, according to official figures."),
            [(Outcome::Detained, 1200, "protesters".into())]
        );
        assert_eq!(
            fig("State television said 41 people, including members of the security forces, had died in the unrest."),
            [(Outcome::Killed, 41, "total".into())]
        );
    }

    #[test]
    fn people_in_hospital_are_injured() {
        assert_eq!(
            fig("Fifty-seven people remain in hospital, six of them in intensive care."),
            [(Outcome::Injured, 57, "total".into())]
        );
        assert!(fig("The hospital said it was full.").is_empty());
        assert_eq!(
            fig("He said 58 miners had been rescued, and 11 were being treated in hospital."),
            [(Outcome::Injured, 11, "total".into())]
        );
        assert!(fig("Police said the attack was treated as terrorism.").is_empty());
    }

    #[test]
    fn some_of_the_dead_are_a_part_not_a_total() {
        let f = figures_in("He said that 97 of the dead were policemen and that 27 of the injured were still in hospital.");
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.quantity.is_none()));
        assert_eq!(
            (f[0].parts[0].count, f[0].parts[0].group.as_str()),
            (97, "policemen")
        );
        assert_eq!(f[1].parts[0].count, 27);
    }

    #[test]
    fn a_count_after_a_part_is_not_added_to_it() {
        assert_eq!(
            fig("At least 73 people were injured, including 13 children, and more than 40 people remain unaccounted for."),
            [
                (Outcome::Injured, 73, "total".into()),
                (Outcome::Missing, 40, "total".into())
            ]
        );
    }

    #[test]
    fn parts_of_a_total_stay_parts() {
        let f = figures_in(
            "at least two deaths, including a child, and 11 injuries, eight of them minors",
        );
        assert_eq!(f[0].quantity.as_ref().unwrap().value, 2);
        assert_eq!(f[0].parts[0].count, 1);
        assert_eq!(f[1].quantity.as_ref().unwrap().value, 11);
        assert_eq!(f[1].parts[0].count, 8);
    }

    #[test]
    fn hypotheticals_are_not_counts() {
        assert!(fig("Otherwise, hundreds of thousands of people could die.").is_empty());
    }

    #[test]
    fn non_casualty_numbers_are_ignored() {
        assert!(fig("Troops seized more than 60 posts and destroyed 20 vehicles.").is_empty());
        assert!(fig("The city has 120,000 inhabitants, of which 30,000 are children.").is_empty());
        assert!(fig("He heard dozens of explosions.").is_empty());
    }

    #[test]
    fn vague_quantities_use_the_lower_bound() {
        let f = figures_in("dozens of people were injured");
        let q = f[0].quantity.as_ref().unwrap();
        assert_eq!((q.value, q.vague), (12, true));
    }

    #[test]
    fn a_year_is_not_a_death_toll() {
        assert!(fig("The 2020 war killed thousands.")
            .iter()
            .all(|f| f.1 != 2020));
    }

    #[test]
    fn dead_and_displaced_after_qualifiers() {
        assert_eq!(
            fig("The war ended after more than 30,000 dead and a million displaced."),
            [
                (Outcome::Killed, 30_000, "total".into()),
                (Outcome::Displaced, 1_000_000, "total".into())
            ]
        );
    }

    #[test]
    fn any_agent_noun_counts_people_but_not_things() {
        assert_eq!(
            fig("An airstrike hit the prison, killing at least 70 detainees, a minister said.")[0]
                .1,
            70
        );
        assert!(fig("The fire killed nobody but destroyed 30 containers.").is_empty());
    }

    #[test]
    fn bodies_lives_and_injuries_lead_to_their_count() {
        assert_eq!(
            fig("The bodies of 11 climbers have been found on the slopes.")[0],
            (Outcome::Killed, 11, "climbers".into())
        );
        assert_eq!(
            fig("The collision claimed the lives of at least 40 people, police said.")[0].1,
            40
        );
        assert_eq!(
            fig("The clashes resulted in injuries to fourteen civilians.")[0],
            (Outcome::Injured, 14, "civilians".into())
        );
    }

    #[test]
    fn done_to_death_and_feared_dead_are_deaths() {
        assert_eq!(
            fig("At least 116 people were crushed to death at the gathering.")[0].1,
            116
        );
        assert_eq!(fig("More than 200 people are feared dead.")[0].1, 200);
    }

    #[test]
    fn deaths_among_cases_are_a_count_not_a_part() {
        assert_eq!(
            fig("The ministry recorded 1,351 cholera cases, including 58 deaths, over three days.")
                [0],
            (Outcome::Killed, 58, "total".into())
        );
    }

    #[test]
    fn lives_counted_and_people_admitted_to_hospital() {
        assert_eq!(
            fig("Suicide attacks on Saturday claimed at least 18 lives, officials said.")[0].1,
            18
        );
        assert_eq!(
            fig("Forty people were admitted to hospital with burns.")[0],
            (Outcome::Injured, 40, "total".into())
        );
    }

    #[test]
    fn the_number_of_people_killed_has_grown_to_a_figure() {
        assert_eq!(
            fig("The number of people killed in the strike has grown to 28, the governor said.")[0]
                .1,
            28
        );
    }

    #[test]
    fn bringing_the_toll_to_a_figure_gives_that_figure() {
        let figs = fig("Rescuers said three more bodies were found on Wednesday, bringing the death toll to 17.");
        assert_eq!(figs, [(Outcome::Killed, 17, "total".into())]);
    }

    #[test]
    fn nouns_of_the_dead_and_of_arrests_count() {
        assert_eq!(fig("The hospital released a list of 99 deceased.")[0].1, 99);
        assert_eq!(
            fig("Police announced 17 arrests on Thursday.")[0],
            (Outcome::Detained, 17, "total".into())
        );
        assert_eq!(
            fig("The envoy was outraged by the killings of the seven peacekeepers.")[0].1,
            7
        );
    }

    #[test]
    fn people_declared_dead_or_in_critical_condition() {
        let figs =
            fig("Ten people were declared dead, and seven persons are in a critical condition.");
        assert_eq!(figs[0], (Outcome::Killed, 10, "total".into()));
        assert_eq!(figs[1].0, Outcome::Injured);
        assert_eq!(figs[1].1, 7);
    }

    #[test]
    fn people_taken_to_hospital_or_admitted_with_wounds_are_injured() {
        assert_eq!(
            fig("Eight climbers were rushed to hospitals with burns.")[0].0,
            Outcome::Injured
        );
        assert_eq!(
            fig("He said 40 people were admitted there with wounds.")[0].1,
            40
        );
    }

    #[test]
    fn a_toll_given_far_from_its_figure_and_a_second_count() {
        assert_eq!(
            fig("However, the toll according to the state's home minister is 132.")[0].1,
            132
        );
        let figs = fig("The crash killed at least 16 people and injuring another 15.");
        assert_eq!(figs[1], (Outcome::Injured, 15, "total".into()));
    }

    #[test]
    fn those_among_the_dead_and_those_searched_for_are_counted() {
        let figs = fig("Five foreigners including at least four Asian nationals were among those killed on Monday.");
        assert_eq!(figs[0].1, 5, "{figs:?}");
        let figs =
            fig("Authorities halted the search for 12 climbers after the volcano erupted again.");
        assert_eq!(figs[0].0, Outcome::Missing, "{figs:?}");
        assert_eq!(figs[0].1, 12);
    }

    #[test]
    fn people_under_treatment_are_injured_and_a_new_clause_is_not_a_victim() {
        let figs = fig("Over 800 people were receiving treatment for dehydration.");
        assert_eq!(figs[0].1, 800, "{figs:?}");
        let figs =
            fig("The collision claimed the lives of at least 40 people, and dozens were injured.");
        assert_eq!(figs[0].1, 40, "{figs:?}");
    }
}
