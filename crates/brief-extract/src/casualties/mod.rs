//! Casualty figures: killed, injured, missing, displaced and detained counts, with the group
//! counted, who gave the figure, and whether the figure is today's or an earlier war's.
//!
//! `figures` reads the counts of one sentence; this module turns them into statements with
//! their claimant and time.

mod aboard;
mod counts;
mod figures;
pub(crate) use figures::ordinal_value;
mod lists;
mod one_person;
#[cfg(test)]
mod person_tests;
mod phrases;
#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod tests;
mod tolls;

use chrono::Datelike;
use serde::Serialize;

use super::speakers::{person_names, PeopleDirectory};
use super::{Cite, EventFacts, Sentence};
use crate::PERSON_NOUNS;
use brief_text::gazetteer::{TermKind, GAZETTEER};
use brief_text::lexicon::WordTable;
use brief_text::reading::Reading;
use brief_text::straighten;
use figures::{figures_in, figures_of};
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
    LazyLock::new(|| WordTable::parse(include_str!("../../../../data/lexicon/casualties.tsv")));

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
    WORDS.has("aux", w)
        || WORDS.has("filler", w)
        // "seven measles-related deaths", "heat-linked deaths": the cause, not the people.
        || w.rsplit_once('-')
            .is_some_and(|(_, end)| WORDS.has("cause-suffix", end))
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

/// Extracts casualty statements from one article's sentences.
pub fn extract(
    sentences: &[Sentence<'_>],
    facts: &EventFacts,
    people: &PeopleDirectory,
) -> Vec<Casualty> {
    let mut out = Vec::new();
    // The outcome of the last figure and the paragraph it was in, for a part given after it.
    let mut last: Option<(usize, Outcome)> = None;
    for (at, s) in sentences.iter().enumerate() {
        let text = s.reading.straight();
        let mut figures = figures_of(&s.reading);
        if figures.is_empty() {
            figures.extend(part_of_last(s, last));
        }
        s.note_figures(!figures.is_empty());
        if figures.is_empty() {
            continue;
        }
        last = figures
            .iter()
            .find(|f| f.quantity.is_some())
            .map(|f| (s.block_index, f.outcome));
        let claimant_as_written = match s.attributions(people).first() {
            // "It said three civilians were killed": the speaker named just before.
            Some(a) if a.pronoun => sentences[..at].iter().rev().take(6).find_map(|p| {
                p.attributions(people)
                    .first()
                    .filter(|a| !a.pronoun)
                    .map(|a| a.speaker.clone())
            }),
            Some(a) => Some(a.speaker.clone()),
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
            current: !is_historical(sentences, at, facts),
            parts: Vec::new(),
            qualifier: figures
                .iter()
                .find_map(|f| f.quantity.as_ref())
                .and_then(|q| q.qualifier),
            vague: figures
                .iter()
                .any(|f| f.quantity.as_ref().is_some_and(|q| q.vague)),
            cause: cause_of(&s.reading),
        };
        c.claimed_by = c
            .claimant_as_written
            .as_deref()
            .map(|w| canonical_claimant(w, people, facts));
        fill_counts(&mut c, figures);
        c.group = restore_case(&c.group, text);
        out.push(c);
    }
    out
}

/// "… 50 people were killed. Four of them are children.": a part of the figure just before,
/// in the same paragraph or the next, counted with its outcome.
fn part_of_last(s: &Sentence<'_>, last: Option<(usize, Outcome)>) -> Option<figures::Figure> {
    let (_, outcome) = last.filter(|(block, _)| s.block_index <= block + 1)?;
    let (quantity, group) = figures::part_of_count_before(&s.reading)?;
    Some(figures::Figure::of(outcome, quantity, group))
}

/// Puts each figure's count in its outcome's place: the first count of each outcome, unless a
/// vague one ("dozens of bodies") is followed by an exact one ("as the death toll rose to 148").
fn fill_counts(c: &mut Casualty, figures: Vec<figures::Figure>) {
    // Which outcomes hold only a vague count so far ("dozens of bodies"), which an exact one
    // later in the sentence ("as the death toll rose to 148") replaces.
    let mut vague_so_far: Vec<Outcome> = Vec::new();
    let mut alone: Vec<Part> = Vec::new();
    for f in figures {
        // A part alone ("97 of the dead were policemen") is kept as a part, and counted below
        // when the sentence gives no total of its outcome.
        let Some(quantity) = f.quantity else {
            alone.extend(f.parts.iter().cloned());
            c.parts.extend(f.parts);
            continue;
        };
        let slot = slot_of(c, f.outcome);
        let exact_after_vague = !quantity.vague && vague_so_far.contains(&f.outcome);
        if exact_after_vague {
            vague_so_far.retain(|o| *o != f.outcome);
            *slot = Some(quantity.value);
        } else if slot.is_none() {
            if quantity.vague {
                vague_so_far.push(f.outcome);
            }
            *slot = Some(quantity.value);
            if c.group.is_empty() {
                c.group = f.group;
            }
            c.parts.extend(f.parts);
        }
    }
    // "24 of the dead were children", "33 of the injured remained in hospital": with no total
    // of its outcome, the part is the sentence's count, of the group it names.
    for part in alone {
        let slot = slot_of(c, part.outcome);
        if slot.is_none() {
            *slot = Some(part.count);
            if c.group.is_empty() || c.group == "total" {
                c.group = part.group.clone();
            }
        }
    }
}

/// The count of a statement that an outcome fills.
fn slot_of(c: &mut Casualty, outcome: Outcome) -> &mut Option<u64> {
    match outcome {
        Outcome::Killed => &mut c.killed,
        Outcome::Injured => &mut c.injured,
        Outcome::Missing => &mut c.missing,
        Outcome::Displaced => &mut c.displaced,
        Outcome::Detained => &mut c.detained,
    }
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

/// Does the text name a casualty at all, with or without a figure ("All injured are in
/// hospital")?
pub fn names_casualties(text: &str) -> bool {
    figures::CUE_FINDER.is_match(text)
}

/// Does the sentence read give a casualty figure?
pub fn reads_figures(r: &Reading) -> bool {
    !figures_of(r).is_empty()
}

fn cause_of(r: &Reading) -> Option<&'static str> {
    let lower = r.straight_lower();
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
fn is_historical(sentences: &[Sentence<'_>], at: usize, facts: &EventFacts) -> bool {
    let s = &sentences[at];
    let lower = s.reading.lower();
    if tells_another_event(&s.reading, false) {
        return true;
    }
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
    // "October 31st, 2015" / "… killing all 224 people on board": a timeline's entry.
    if let (Some(entry), Some(event)) = (s.heading_date(facts.date), facts.date) {
        if (entry.year, entry.month.unwrap_or(0)) < (event.year(), event.month()) {
            return true;
        }
    }
    // "As of Aug. 4, … 932 deaths": a sentence dated in the event's own month keeps its own
    // time, whatever the paragraph recalled before it ("the outbreak began last December").
    if let Some(event) = facts.date {
        let mentions = s.reading.date_mentions(facts.date);
        let mut own = mentions.iter().filter(|d| !d.measured_against).peekable();
        let not_before = |d: &&brief_text::dates::DateMention| {
            (d.year, d.month.unwrap_or(0)) >= (event.year(), event.month())
        };
        if own.peek().is_some() && own.all(|d| not_before(&d)) {
            return false;
        }
        if mentions.iter().any(|d| {
            d.month.is_some()
                && !d.measured_against
                && !not_before(&d)
                && names_an_earlier_month(&s.text, &d.text)
        }) {
            return true;
        }
    }
    // The paragraph's few sentences before this one set its time ("in 2020 … 7,000 dead"):
    // they are the ones just before it in the article's list (a block's sentences are listed
    // together, in order).
    let context = &sentences[at.saturating_sub(s.index.min(CONTEXT_SENTENCES))..=at];
    context.iter().any(|t| {
        t.reading
            .date_mentions(facts.date)
            .iter()
            .filter(|d| !d.measured_against && !is_yardstick(&t.text, &d.text))
            .any(|d| match event_year {
                Some(y) => d.year < y,
                // With the event's date unknown, a casualty sentence that writes a year
                // recalls the past: reports of the day name the weekday, not the year.
                None => true,
            })
    })
}

/// "In a separate attack on Saturday, seven people died", "Elsewhere in Afghanistan, a suicide
/// bomber targeted a funeral, killing 10": a sentence opening on another event's marker
/// (`other-event` in `casualties.tsv`) counts that event's dead, unless what follows is a
/// saying (`saying-noun`) ("In a separate statement, MSF put the wounded at 200").
fn tells_another_event(r: &brief_text::reading::Reading, described: bool) -> bool {
    let words = r.lower_words();
    // "as another bombing occurred last week that killed 15", "two other shipwrecks left 450
    // dead": an event named as another than the story's.
    // (`described`: "another strong quake", "another magnitude-6.4 quake", a word or two may
    // describe it; a sentence that dates it says it is another ("another senseless massacre"
    // may be the story's own, called one more of a series).)
    let reach = if described { 4 } else { 2 };
    let describes = |w: &str| !WORDS.has("event-gap-stop", w) && !w.starts_with(char::is_numeric);
    // ("… strongly condemns another heinous attack": the story's own, one more of a series.)
    let names_another = (0..words.len()).any(|i| {
        WORDS.has("another", words[i])
            && !(i > 0 && WORDS.has("own-another", words[i - 1]))
            && (i + 1..words.len().min(i + reach))
                .take_while(|&k| k == i + 1 || describes(words[k - 1]))
                .any(|k| crate::is_event_word(words[k]))
    });
    names_another
        || WORDS.words("other-event").iter().any(|opener| {
            let opener: Vec<&str> = opener.split(' ').collect();
            words.starts_with(&opener)
                && words
                    .get(opener.len())
                    .is_some_and(|next| !WORDS.has("saying-noun", next))
        })
}

/// Whether a sentence tells of another event than the story's, or of one before it ("another
/// strong quake, which struck the island on July 29", "Lombok was hit a week earlier, on July
/// 29, by a quake"): its days date that event, not the story's.
pub(crate) fn recalls_another_event(r: &brief_text::reading::Reading) -> bool {
    tells_another_event(r, true)
        || WORDS
            .words("past")
            .iter()
            .any(|w| brief_text::find_ascii_ci(r.lower(), w).is_some())
}

/// "died when a ferry sank in September", "the July attack, in which 17 soldiers were killed":
/// a month named alone (no day) before the event's month dates the sentence's count to an
/// earlier event, unless "since" starts the count from it ("1,033 dead since mid-June").
fn names_an_earlier_month(text: &str, date: &str) -> bool {
    let Some(at) = text.find(date) else {
        return false;
    };
    let since = text[..at]
        .split_whitespace()
        .chain(date.split_whitespace())
        .any(|w| w.eq_ignore_ascii_case("since"));
    let with_a_day = date.chars().any(|c| c.is_ascii_digit());
    !since && !with_a_day
}

/// "the deadliest attack on security personnel since the start of the insurgency in 1989":
/// a date after "since" in a superlative's clause measures the event against the past, and
/// the sentence's figures are the event's own, unless the "since" phrase counts the past's
/// own dead ("since a 1996 fire that killed 41", "since 2007, when 84 people were killed").
fn is_yardstick(text: &str, date: &str) -> bool {
    let Some(at) = text.find(date) else {
        return false;
    };
    let clause = text[..at].rsplit([',', ';', '(']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(since) = words.iter().rposition(|w| w.eq_ignore_ascii_case("since")) else {
        return false;
    };
    let after = text[at + date.len()..].trim_start_matches([',', ' ']);
    let relative = WORDS
        .words("past-clause")
        .iter()
        .any(|w| after.starts_with(w.as_str()));
    // ("the largest earthquake in Sichuan since 2017, claimed at least 66 lives": a comma
    // right after the date closes the "since" phrase, and what follows is the event's;
    // "… in Oklahoma City in 1995, killing 168 people" goes on about the past one.)
    let goes_on = after
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ing"));
    let closed = text[at + date.len()..].starts_with([',', ';']) && !goes_on;
    let rest_of_clause = if closed {
        ""
    } else {
        after.split([',', ';']).next().unwrap_or("")
    };
    let phrase: Vec<String> = words[since + 1..]
        .iter()
        .chain(rest_of_clause.split_whitespace().collect::<Vec<_>>().iter())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let phrase: Vec<&str> = phrase.iter().map(String::as_str).collect();
    let counts_the_past =
        (0..phrase.len()).any(|k| brief_text::numbers::parse_quantity(&phrase, k).is_some());
    words[..since]
        .iter()
        .any(|w| WORDS.has("superlative", &w.to_lowercase()))
        && !relative
        && !counts_the_past
}
