//! What the sources say about the event itself: its date (an explicit date anywhere, captions
//! included, checked against the weekdays the articles name), its place, its sides, and the
//! places and people the sources call by more than one name.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use brief_text::pattern::Pattern;
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;

use crate::speakers::PeopleDirectory;
use crate::{EventConfig, EVENT_WORDS};
use brief_clean::Article;
use brief_text::dates::{weekday_name, weekdays};
use brief_text::gazetteer::{EntityKind, TermKind, GAZETTEER};
use brief_text::sentences::sentence_spans;
use brief_text::straighten;

/// Facts about the event the extractors resolve against.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EventFacts {
    pub date: Option<NaiveDate>,
    /// How the date was found ("site.toml", or the text that gave it).
    pub date_evidence: Option<String>,
    pub place: Option<String>,
    /// The country the place lies in, as the sources put it ("the Ukrainian city of Dnipro").
    pub place_country: Option<String>,
    /// Countries or places that are sides of the event.
    pub parties: Vec<String>,
    /// Groups of names the sources use for one place or person.
    pub aliases: Vec<Vec<String>>,
    /// With no year written anywhere: the (month, day) the sources name for what happened.
    pub day_without_year: Option<(u32, u32)>,
}

impl EventFacts {
    /// The country the event happened in: its place when that is a country ("Malawi"), the
    /// country the sources put the place in ("the Ukrainian city of Dnipro"), else the one
    /// country among its sides ("Omdurman" → "Sudan"); none when the sides are several
    /// countries.
    pub fn home_country(&self) -> Option<String> {
        let country = |name: &str| GAZETTEER.country(name).map(|e| e.name.to_string());
        if let Some(c) = self.place.as_deref().and_then(country) {
            return Some(c);
        }
        if let Some(c) = &self.place_country {
            return Some(c.clone());
        }
        let mut countries = self.parties.iter().filter_map(|p| country(p));
        let only = countries.next()?;
        countries.next().is_none().then_some(only)
    }

    /// The name the briefing uses for a place the sources call several things: the event's
    /// place for any of its names ("Artsakh", "Karabakh" → "Nagorno-Karabakh").
    pub fn canonical_place(&self, name: &str) -> String {
        let Some(place) = self.place.as_deref() else {
            return name.to_string();
        };
        let same_group = self.aliases.iter().any(|g| {
            g.iter().any(|n| same_place(n, name)) && g.iter().any(|n| same_place(n, place))
        });
        if same_place(name, place) || same_group {
            place.to_string()
        } else {
            name.to_string()
        }
    }

    /// Is `name` one of the event's sides (or another name of one)?
    pub fn is_party(&self, name: &str) -> bool {
        // The event's place is a side of what happened there, though a city is not listed
        // among the sides beside its country.
        let is_a_party = |n: &str| {
            self.parties
                .iter()
                .chain(&self.place)
                .any(|p| same_place(p, n))
        };
        is_a_party(name)
            || self.aliases.iter().any(|group| {
                group.iter().any(|n| same_place(n, name)) && group.iter().any(|n| is_a_party(n))
            })
    }
}

/// Infers the event's facts from the articles; `config` overrides what it sets.
pub fn infer_event(
    articles: &[Article],
    config: &EventConfig,
    people: &PeopleDirectory,
) -> EventFacts {
    let (date, date_evidence) = match config
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        Some(d) => (Some(d), Some("site.toml".to_string())),
        None => infer_date(articles),
    };
    // No year anywhere: the day and month alone, said to be without a year.
    let (day_without_year, date_evidence) = match date {
        Some(_) => (None, date_evidence),
        None => match crate::event_date::day_without_year(articles) {
            Some((month, day, why)) => (Some((month, day)), Some(why)),
            None => (None, date_evidence),
        },
    };
    let place = config.place.clone().or_else(|| infer_place(articles));
    let place_country = place
        .as_deref()
        .filter(|p| GAZETTEER.country(p).is_none())
        .and_then(|p| {
            infer_place_country(articles, p).or_else(|| country_of_most_sources(articles))
        });
    let aliases = find_aliases(articles, place.as_deref(), people);
    let mut parties = if config.parties.is_empty() {
        infer_parties(articles)
    } else {
        config.parties.clone()
    };
    // The country the place lies in is a side of what happened there; so is the place when
    // the sources put it in no country (a region, a territory), not a city beside its country.
    let place_as_side = place.iter().filter(|p| {
        GAZETTEER.country(p).is_some() || place_country.is_none() || !is_a_settlement(p, articles)
    });
    for p in place_as_side.chain(&place_country) {
        // "US" from a headline is the side "United States" already listed.
        let side = GAZETTEER
            .country(p)
            .map_or_else(|| p.clone(), |c| c.name.to_string());
        if !parties.contains(&side) {
            parties.push(side);
        }
    }
    EventFacts {
        date,
        date_evidence,
        place,
        place_country,
        parties,
        aliases,
        day_without_year,
    }
}

/// Do the sources call a place a city or town ("the Riviera city of Nice")?
fn is_a_settlement(place: &str, articles: &[Article]) -> bool {
    let called: Vec<String> = EVENT_WORDS
        .words("settlement")
        .iter()
        .map(|w| format!("{w} of {place}"))
        .collect();
    articles
        .iter()
        .flat_map(|a| &a.blocks)
        .any(|b| called.iter().any(|c| b.text.contains(c.as_str())))
}

/// The country the sources put a place in: "the Ukrainian city of Dnipro", "Derna, Libya",
/// "Dnipro in eastern Ukraine", "Ukraine's Dnipro"; the one named most often.
fn infer_place_country(articles: &[Article], place_name: &str) -> Option<String> {
    let place = regex::escape(place_name);
    let patterns = [
        format!(
            r"\b([A-Z][\w'-]+) (?:[a-z-]+ ){{0,2}}(?:city|town|village|region|province|port|district|state|county|island|capital) of {place}\b"
        ),
        format!(r"\b{place}, ([A-Z][\w'-]+)"),
        format!(r"\b{place},? in (?:the )?(?:[a-z-]+ ){{0,2}}([A-Z][\w'-]+)"),
        format!(r"\b([A-Z][\w-]+)['’]s (?:[a-z-]+ ){{0,2}}{place}\b"),
        // "Lac-Mégantic, Quebec, Canada", "the Lac-Mégantic town in Quebec, Canada": a place,
        // its region, then its country.
        format!(r"\b{place}(?: [a-z]+ in|,) [A-Z][\w'.-]+, ([A-Z][\w'-]+)"),
    ];
    let patterns: Vec<Pattern> = patterns
        .iter()
        .filter_map(|p| Pattern::try_new(p.as_str()).ok())
        .collect();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    // The patterns run only where the place is named at all.
    let texts = articles
        .iter()
        .flat_map(|a| {
            std::iter::once(a.title.as_str()).chain(a.blocks.iter().map(|b| b.text.as_str()))
        })
        .filter(|t| t.contains(place_name));
    for text in texts {
        for re in &patterns {
            for c in re.captures_iter(text) {
                // "China's Taiwan Affairs Office": the place begins a longer name.
                let end = c.get(0).map_or(0, |m| m.end());
                let longer_name = text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase));
                if longer_name {
                    continue;
                }
                if let Some(country) = GAZETTEER.country(&c[1]) {
                    *counts.entry(country.name).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(c, _)| c.to_string())
}

/// A place the sources never put in a country ("a shopping centre in Sydney"): the country
/// most sources name, and most often; none when two are named as widely and as often.
fn country_of_most_sources(articles: &[Article]) -> Option<String> {
    let mut named: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    // Each source's countries read in parallel (every paragraph of every source; this phase
    // otherwise runs on one thread), then counted in the sources' order.
    let per_source: Vec<BTreeMap<&'static str, usize>> = articles
        .par_iter()
        .map(|a| {
            let mut here: BTreeMap<&'static str, usize> = BTreeMap::new();
            let texts =
                std::iter::once(a.title.as_str()).chain(a.blocks.iter().map(|b| b.text.as_str()));
            for text in texts {
                for m in GAZETTEER.mentions(text) {
                    if m.kind == EntityKind::Country {
                        *here.entry(m.name).or_default() += 1;
                    }
                }
            }
            here
        })
        .collect();
    for here in per_source {
        for (country, n) in here {
            let entry = named.entry(country).or_default();
            entry.0 += 1;
            entry.1 += n;
        }
    }
    let needed = (articles.len() * 3).div_ceil(5).max(1);
    let mut ranked: Vec<(&(usize, usize), &'static str)> = named
        .iter()
        .filter(|(_, (sources, _))| *sources >= needed)
        .map(|(c, n)| (n, *c))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(a.0));
    match ranked.as_slice() {
        [(best, country), rest @ ..] if rest.first().is_none_or(|(next, _)| next < best) => {
            Some((*country).to_string())
        }
        _ => None,
    }
}

/// The event's date from the reporting days the sources share and the day they name for
/// what happened (`event_date`); with no full date anywhere, from an opening's month and day.
fn infer_date(articles: &[Article]) -> (Option<NaiveDate>, Option<String>) {
    if let Some((d, why)) = crate::event_date::infer_date(articles) {
        return (Some(d), Some(why));
    }
    let mut named_days = BTreeMap::new();
    for a in articles {
        for b in &a.blocks {
            for w in weekdays(&b.text) {
                *named_days.entry(w.num_days_from_monday()).or_insert(0usize) += 1;
            }
        }
    }
    date_without_year(articles, &named_days)
}

/// With no full date anywhere: a month and day from an article's opening ("KHARTOUM, Sept 10
/// (AP)"), in the latest year the articles mention or the year after, whichever puts it on
/// the weekday they name; read as the day the sources report from when they name a day of
/// what happened near it (`event_date::day_named_around`).
fn date_without_year(
    articles: &[Article],
    named_days: &BTreeMap<u32, usize>,
) -> (Option<NaiveDate>, Option<String>) {
    let openings: Vec<&str> = articles
        .iter()
        .flat_map(|a| a.blocks.iter().take(2).map(|b| b.text.as_str()))
        .collect();
    // The headline ("Hajj 2024: …") and the lines cleaning removed (a stamp, a caption's
    // "June 16, 2024") say the year too, often where the body never does. A year in the body
    // counts only where it is not the year of an earlier event the sentence recalls ("since
    // the 2019 Pulwama attack") and is written with a month or in a name (`years_not_recalled`).
    let latest = articles
        .iter()
        .flat_map(|a| {
            let removed = a.removed.iter().map(|r| r.text.as_str());
            std::iter::once(a.title.as_str())
                .chain(removed)
                .flat_map(brief_text::dates::years)
                .chain(a.blocks.iter().flat_map(|b| years_not_recalled(&b.text)))
        })
        .max();
    let Some(latest) = latest else {
        return (None, None);
    };
    let mut candidates: Vec<NaiveDate> = openings
        .iter()
        .flat_map(|t| days_of_the_year_told(t))
        .flat_map(|(m, d)| {
            [latest, latest + 1]
                .into_iter()
                .filter_map(move |y| NaiveDate::from_ymd_opt(y, m, d))
        })
        .filter(|d| named_days.contains_key(&d.weekday().num_days_from_monday()))
        .collect();
    candidates.sort();
    candidates.dedup();
    match candidates.as_slice() {
        [d] => match crate::event_date::day_named_around(articles, *d) {
            Some((named, why)) => (
                Some(named),
                Some(format!(
                    "{why} ({} in an article's opening, in the latest year they mention)",
                    d.format("%-d %B")
                )),
            ),
            None => (
                Some(*d),
                Some(format!(
                    "{} in an article's opening, a {} as the articles say, in the latest year they mention",
                    d.format("%-d %B"),
                    weekday_name(*d)
                )),
            ),
        },
        _ => (None, None),
    }
}

/// The days of the year an opening names: a month and day ("Sept 10") or a holiday's fixed
/// day ("Bastille Day"), outside sentences that put them in an earlier year ("the November
/// 13th attacks in Paris last year").
fn days_of_the_year_told(text: &str) -> Vec<(u32, u32)> {
    sentence_spans(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .filter(|sentence| !crate::event_date::recalls_an_earlier_year(sentence))
        .flat_map(|sentence| {
            let holidays = crate::event_date::holidays_at(sentence)
                .into_iter()
                .map(|(_, month, day)| (month, day));
            brief_text::dates::month_days(sentence)
                .into_iter()
                .chain(holidays)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The years a text writes, less those that date an earlier event it recalls by its year
/// alone, beside a noun of an event kind ("the 2019 attack", "the war of 1994"): such an event
/// is often years before. One recalled with its month ("the war began in April 2023") is most
/// often of the story's own year, and "since July 2024" may open the very outbreak the story
/// is about, so those stay. Of the rest, only a year written with a month or as a name's year
/// (`names_its_year`) counts: a bare "(1993)" or "in 1958" most often recalls another event.
fn years_not_recalled(text: &str) -> Vec<i32> {
    // Each sentence's dates read once: the years it recalls by the year alone beside an event
    // noun, and those it writes with a month.
    let (mut recalled, mut with_month) = (Vec::new(), Vec::new());
    for (s, e) in sentence_spans(text) {
        let sentence = &text[s..e];
        for d in brief_text::dates::date_mentions(sentence, None) {
            if d.month.is_some() {
                with_month.push(d.year);
            } else if crate::background::event_noun_near(sentence, &d.text).is_some() {
                recalled.push(d.year);
            }
        }
    }
    brief_text::dates::years(text)
        .into_iter()
        .filter(|y| !recalled.contains(y) && (with_month.contains(y) || names_its_year(text, *y)))
        .collect()
}

/// Whether a text writes the year as part of a name, after a capitalised word inside its
/// sentence ("the anti-Finance Bill 2024 protests", "Hajj 2024"): a name's year is most often
/// the story's own, where a bare "in 1993" or "(1949)" most often recalls an earlier event.
fn names_its_year(text: &str, year: i32) -> bool {
    let year = year.to_string();
    text.match_indices(year.as_str()).any(|(at, _)| {
        let before = text[..at].trim_end_matches(' ');
        if before.len() == text[..at].len() {
            return false;
        }
        let word = before.rsplit(' ').next().unwrap_or("");
        let opens_sentence = before.len() == word.len()
            || before[..before.len() - word.len()]
                .trim_end()
                .ends_with(['.', '!', '?', ':']);
        word.chars().next().is_some_and(char::is_uppercase)
            && !opens_sentence
            && brief_text::dates::month_named(word).is_none()
    })
}

static CAPITALISED_RUN: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"[A-Z][\w'-]+(?:[ -](?:of |the )?[A-Z][\w'-]+)*"));

/// The capitalised names headlines may put their story in, by place key, with how often each
/// spelling is used.
fn headline_places(
    titles: &[String],
    articles: &[Article],
) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut spellings: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for t in titles {
        // "Mexico's Acapulco": two names, the owner and the place (same length, so offsets
        // stay those of the headline).
        let t = &t.replace("'s ", "   ");
        for m in CAPITALISED_RUN.find_iter(t) {
            // A headline's first words are its subject, the actor, unless they name the
            // place of what happened ("Beirut explosion: …").
            // So are the first words after a headline's colon ("…: Army and RSF agree"), or
            // after a sentence's end ("IE 11 is not supported. For an optimal experience …").
            let opens_clause =
                m.start() == 0 || t[..m.start()].trim_end().ends_with([':', '.', '!', '?']);
            // "Magdeburg: Five dead …": a name before the headline's colon is its subject's place.
            let labels_headline = m.start() == 0 && t[m.end()..].starts_with(':');
            let names_place = names_what_happened(&t[m.end()..]) || labels_headline;
            if opens_clause && !(names_place && is_proper_name(m.as_str(), articles)) {
                continue;
            }
            let text = m.as_str().to_string();
            if cannot_be_a_place(&text) {
                continue;
            }
            *spellings
                .entry(place_key(&text))
                .or_default()
                .entry(text)
                .or_default() += 1;
        }
    }
    spellings
}

/// Can a capitalised name from a headline not be a place: an organisation, a storm or an
/// operation, a feast, two countries joined, a people?
fn cannot_be_a_place(text: &str) -> bool {
    GAZETTEER
        .lookup(text)
        .is_some_and(|(e, t)| e.kind == EntityKind::Organisation || t == TermKind::Demonym)
        || names_an_event(text)
        || is_holiday(text)
        || joins_countries(text)
}

/// The place most headlines put their story in: a capitalised name in many titles, not as the
/// headline's opening subject, longer names preferred when nearly as common.
fn infer_place(articles: &[Article]) -> Option<String> {
    let titles: Vec<String> = articles.iter().map(|a| straighten(&a.title)).collect();
    let spellings = headline_places(&titles, articles);
    // Sources naming a place in the headline, or else in the opening paragraphs (one
    // headline says "Peshawar mosque blast", another "mosque inside Pakistan police compound"
    // over "… in the Pakistani city of Peshawar").
    let rank = |texts: &[String]| {
        let mut ranked: Vec<(usize, String)> = spellings
            .keys()
            .map(|k| {
                (
                    texts.iter().filter(|t| contains_words(t, k)).count(),
                    k.clone(),
                )
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.len().cmp(&a.1.len())));
        ranked
    };
    let needed = 2.min(titles.len());
    let title_keys: Vec<String> = titles.iter().map(|t| place_key(t)).collect();
    let mut ranked = rank(&title_keys);
    if ranked.first().is_none_or(|(top, _)| *top < needed) {
        let leads: Vec<String> = articles
            .iter()
            .zip(&titles)
            .map(|(a, t)| {
                let opening = a.blocks.iter().take(2).map(|b| straighten(&b.text));
                place_key(
                    &std::iter::once(t.clone())
                        .chain(opening)
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            })
            .collect();
        ranked = rank(&leads);
    }
    let top = ranked.first()?.0;
    if top < needed {
        return None;
    }
    let (_, key) = ranked
        .iter()
        .filter(|(s, _)| *s * 4 >= top * 3)
        .max_by_key(|(s, k)| (k.len(), *s))?;
    spellings[key]
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(s, _)| s.clone())
}

/// Does a headline go on from its first name to what happened there ("explosion", "missile
/// strike", "floods")?
fn names_what_happened(rest: &str) -> bool {
    // The happening, or one word saying what kind ("missile strike"), but not a verb
    // ("Dozens killed as fighting erupts").
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(2)
        .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(|w| w.trim_end_matches([':', ',', '.']))
        .collect();
    match words.as_slice() {
        [first, ..] if EVENT_WORDS.has("happening", first) => true,
        [kind, what] => {
            EVENT_WORDS.has("happening", what) && !kind.ends_with("ed") && kind.len() > 2
        }
        _ => false,
    }
}

/// "Christmas market", "Ramadan prayers": a feast, not a place.
fn is_holiday(name: &str) -> bool {
    // "Bastille Day", "Independence Day": a day is no place.
    EVENT_WORDS.has("holiday", &name.to_lowercase())
        || name.split_whitespace().count() > 1 && name.ends_with(" Day")
        || !crate::event_date::holidays_at(name).is_empty()
}

/// Is a word the sources capitalise inside their sentences too ("Beirut", not "Powerful")?
fn is_proper_name(name: &str, articles: &[Article]) -> bool {
    articles.iter().flat_map(|a| &a.blocks).any(|b| {
        b.text.match_indices(name).any(|(i, _)| {
            let before = b.text[..i].trim_end();
            let ends_word = !b.text[i + name.len()..].starts_with(char::is_alphanumeric);
            ends_word
                && !before.is_empty()
                && !before.ends_with(['.', '!', '?', '"', '“', '-', '–', '—'])
        })
    })
}

/// "India-Pakistan": two countries joined, a relation rather than a place.
fn joins_countries(name: &str) -> bool {
    let parts: Vec<&str> = name.split('-').collect();
    parts.len() > 1 && parts.iter().all(|p| GAZETTEER.country(p).is_some())
}

/// Is a capitalised name that of a storm or an operation rather than a place ("Cyclone Idai",
/// "Hurricane Maria", "Operation Protective Edge")?
fn names_an_event(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| EVENT_WORDS.has("event-name-head", &w.to_lowercase()))
}

/// Two names for one place: equal, or one ends with the other as whole words
/// ("Karabakh" and "Nagorno-Karabakh", "Artsakh" and "Republic of Artsakh").
fn same_place(a: &str, b: &str) -> bool {
    let (a, b) = (place_key(a), place_key(b));
    a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}"))
}

fn place_key(s: &str) -> String {
    s.to_lowercase().replace('-', " ")
}

fn contains_words(haystack: &str, needle: &str) -> bool {
    format!(
        " {} ",
        haystack.replace(|c: char| !c.is_alphanumeric() && c != ' ', " ")
    )
    .contains(&format!(" {needle} "))
}

/// Countries named in most sources' headline and opening: the sides of the event.
fn infer_parties(articles: &[Article]) -> Vec<String> {
    let mut sources_naming: BTreeMap<&'static str, usize> = BTreeMap::new();
    for a in articles {
        // The headline and the first paragraph (a standfirst and the paragraph after it): the
        // next is often the world's reaction.
        let mut words = 0;
        let opening = a.blocks.iter().take_while(|b| {
            let before = words;
            words += b.text.split_whitespace().count();
            before < 25
        });
        let lead: String = std::iter::once(a.title.as_str())
            .chain(opening.map(|b| b.text.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let named: BTreeSet<&'static str> = GAZETTEER
            .mentions(&lead)
            .into_iter()
            .filter(|m| m.kind == EntityKind::Country)
            .map(|m| m.name)
            .collect();
        for n in named {
            *sources_naming.entry(n).or_default() += 1;
        }
    }
    let needed = (articles.len() * 3).div_ceil(5).max(1);
    let mut parties: Vec<(usize, &str)> = sources_naming
        .into_iter()
        .filter(|(_, n)| *n >= needed)
        .map(|(c, n)| (n, c))
        .collect();
    parties.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    parties.into_iter().map(|(_, c)| c.to_string()).collect()
}

const NAME: &str = r"((?:the )?[A-Z][\w'-]+(?:[ -](?:of |the )?[A-Z][\w'-]+)*)";

/// Ways sources give a second name: "X, called Y by Z", "X, which Zs call Y", "X, as Zs call
/// Y", "X (also known as Y)", "Y, the Z name for X".
static ALIAS_PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    [
        format!(r"{NAME}(?:, the [a-z][^,]{{0,40}})?,? (?:called|known as|named) {NAME} by"),
        format!(r"{NAME},? which (?:[a-z]+ )?[A-Z][a-z]+s call {NAME}"),
        format!(r"{NAME},? as (?:[a-z]+ )?[A-Z][a-z]+s call {NAME}"),
        format!(r"{NAME},? (?:\()?(?:also known as|formerly|formerly known as|aka) {NAME}"),
    ]
    .into_iter()
    .map(Pattern::new)
    .collect()
});

static NAME_FOR_RE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(format!(
        r#"{NAME},?"? the [A-Z][a-z]+ name for (the (?:region|territory|enclave|city|country|area)|{NAME})"#
    ))
});

/// "the region, which local Armenians call Artsakh": a second name for the event's place.
static PLACE_CALLED_RE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(format!(
        r"the (?:[a-z-]+ )?(?:region|territory|enclave|area|province|city),? (?:which|as) (?:[a-z]+ )?[A-Z][a-z]+s call {NAME}"
    ))
});

/// The pairs of names an article gives for one place.
fn aliases_in(a: &Article, place: Option<&str>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for b in &a.blocks {
        if !ALIAS_CUES.is_match(&b.text) {
            continue;
        }
        let text = straighten(&b.text);
        for re in ALIAS_PATTERNS.iter() {
            for c in re.captures_iter(&text) {
                pairs.push((tidy(&c[1]), tidy(&c[2])));
            }
        }
        for c in NAME_FOR_RE.captures_iter(&text) {
            let target = c
                .get(3)
                .map(|m| tidy(m.as_str()))
                .or_else(|| place.map(str::to_string));
            if let Some(t) = target {
                pairs.push((tidy(&c[1]), t));
            }
        }
        if let Some(place) = place {
            for c in PLACE_CALLED_RE.captures_iter(&text) {
                pairs.push((place.to_string(), tidy(&c[1])));
            }
        }
    }
    pairs
}

/// Words every second-name pattern holds, to pass over the paragraphs that have none.
static ALIAS_CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(["call", "known as", "named", "name for", "formerly", "aka"])
        .expect("cues build a searcher")
});

/// Groups of names for one place or person.
fn find_aliases(
    articles: &[Article],
    place: Option<&str>,
    people: &PeopleDirectory,
) -> Vec<Vec<String>> {
    // Each article's second names, found in parallel and gathered in article order.
    let found: Vec<Vec<(String, String)>> =
        articles.par_iter().map(|a| aliases_in(a, place)).collect();
    let pairs: Vec<(String, String)> = found.into_iter().flatten().collect();
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (x, y) in pairs
        .into_iter()
        .filter(|(x, y)| x != y && !x.is_empty() && !y.is_empty())
    {
        let hit: Vec<usize> = (0..groups.len())
            .filter(|&i| {
                groups[i]
                    .iter()
                    .any(|n| place_key(n) == place_key(&x) || place_key(n) == place_key(&y))
            })
            .collect();
        match hit.first() {
            Some(&i) => {
                groups[i].insert(x);
                groups[i].insert(y);
                for &j in hit[1..].iter().rev() {
                    let other = groups.remove(j);
                    groups[i].extend(other);
                }
            }
            None => groups.push([x, y].into_iter().collect()),
        }
    }
    // People the sources spell in more than one way.
    groups.extend(
        people
            .people()
            .filter(|p| p.spellings.len() > 1)
            .map(|p| p.spellings.iter().cloned().collect::<BTreeSet<_>>()),
    );
    groups
        .into_iter()
        .map(|g| g.into_iter().collect())
        .collect()
}

fn tidy(name: &str) -> String {
    name.trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .trim_end_matches(['.', ','])
        .to_string()
}

#[cfg(test)]
#[path = "event_tests.rs"]
mod tests;
