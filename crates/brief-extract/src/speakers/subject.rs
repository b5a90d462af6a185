//! Whether the words before a reporting verb are a noun phrase naming an actor, and tidying
//! them into the speaker.

use std::sync::LazyLock;

use brief_text::gazetteer::{EntityKind, TermKind, GAZETTEER};

use super::names::{names_a_body, person_names, title_of_single_name, valid_mention};
use super::verb_forms::without_short_bracket;
use super::{lexicon, PeopleDirectory, REPORTING};

/// Conjunctions joining clauses before a subject, with their space ("and ").
static JOINING: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::padded("joining-conjunction", false, true));

/// Relative pronouns inside one comma part, with their spaces (" who ").
static RELATIVES: LazyLock<Vec<String>> = LazyLock::new(|| lexicon::padded("relative", true, true));

/// Where a statement was made, written after the speaker (" in a statement").
static SETTINGS: LazyLock<Vec<String>> = LazyLock::new(|| lexicon::padded("setting", true, false));

/// Tidies a candidate subject into a noun phrase, or rejects it.
pub fn clean_subject(text: &str) -> Option<String> {
    let kept = subject_parts(text)?;
    let mut np = kept.join(", ");
    loop {
        let trimmed = strip_trailing_aux(&np);
        if trimmed == np {
            break;
        }
        np = trimmed;
    }
    let np = tidy_speaker(&np);
    let words: Vec<&str> = np.split_whitespace().collect();
    let np = named_after_a_description(&words, &np).map_or_else(|| np.clone(), str::to_string);
    is_noun_phrase(&np).then_some(np)
}

/// The comma parts of a candidate subject that name the speaker: opening phrases, relative
/// clauses and participle phrases left out; `None` when the subject runs on into a clause.
fn subject_parts(text: &str) -> Option<Vec<String>> {
    // "…, and Saudi Arabia said": the conjunction joins clauses, it is not the subject's.
    // "But then the US and Canada said": conjunctions may stand two in a row.
    let mut text = text.trim_start();
    for _ in 0..2 {
        text = JOINING
            .iter()
            .find_map(|c| text.strip_prefix(c.as_str()))
            .unwrap_or(text);
    }
    // "When Clinton noted …": the subordinating word opens the clause, not the subject.
    let text = strip_subordinator(text);
    let text = after_opening_day(text);
    let text = without_short_bracket(text);
    let text = listed_after_including(&text);
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut kept: Vec<String> = Vec::new();
    let mut after_intro = false;
    for (k, part) in parts.iter().enumerate() {
        let first = lexical(part.split_whitespace().next().unwrap_or(""));
        let is_intro = kept.is_empty()
            && k + 1 < parts.len()
            && (lexicon::is("intro", &first)
                || first.ends_with("ing")
                || opens_with_participle(part));
        if is_intro {
            after_intro = true;
            continue;
        }
        if !kept.is_empty() && lexicon::is("clause", &first) {
            // "X, who heads Y, said" ends with its relative clause; "The toll from X, which
            // …, rose to 39, with …, authorities said" runs on past it: its subject is not
            // the speaker.
            let main_verb_after = parts[k + 1..].iter().any(|p| {
                let w = p.split_whitespace().next().unwrap_or("");
                lexicon::is("past-verb", w)
                    || w.ends_with("ed") && w.chars().all(char::is_lowercase)
            });
            if main_verb_after {
                return None;
            }
            break;
        }
        // "X, speaking on state television, said": the participle phrase is not the speaker;
        // "Quina Jones, 25, said": nor is an age.
        // "X, one of the senators who …, said": one of a group, described.
        let one_of_a_group = lexicon::words("one-of")
            .any(|p| part.strip_prefix(p).is_some_and(|r| r.starts_with(' ')));
        if !kept.is_empty()
            && (first.ends_with("ing")
                || brief_text::names::is_age(part)
                || is_calendar_day(part)
                || one_of_a_group)
        {
            continue;
        }
        // "The White Helmets, a civil defence group operating in …": the appositive ends
        // where its participle begins.
        let part = if kept.is_empty() {
            part
        } else {
            cut_at_participle(part)
        };
        kept.push(cut_relative(part));
    }
    // "Among the dead was X, the head of Y, the party said": after an opening clause, or a
    // description with no name to describe, the parts describe someone named before; the
    // speaker is the last, a body named in lowercase.
    let describes_someone_before = kept
        .first()
        .is_some_and(|k| k.starts_with("the ") || k.starts_with("a "));
    if (after_intro || describes_someone_before) && kept.len() > 1 {
        let last = kept.last().expect("two parts");
        if last.starts_with("the ") && !last.contains(|c: char| c.is_uppercase()) {
            kept.drain(..kept.len() - 1);
        }
    }
    Some(kept)
}

/// "Regional powers including Iran, Saudi Arabia, and Qatar": the speakers are the ones
/// listed after "including".
fn listed_after_including(text: &str) -> &str {
    text.split_once(" including ")
        .filter(|(head, list)| {
            // (The auxiliary before the verb may end it: "… and Qatar have".)
            let words: Vec<&str> = list.split([',', ' ']).filter(|w| !w.is_empty()).collect();
            let named = words
                .iter()
                .rposition(|w| w.starts_with(char::is_uppercase))
                .map_or(&words[..0], |last| &words[..=last]);
            head.split_whitespace().count() <= 3
                && !head.contains(',')
                && !named.is_empty()
                && named
                    .iter()
                    .all(|w| *w == "and" || w.starts_with(char::is_uppercase))
        })
        .map_or(text, |(_, list)| list)
}

/// A word as the lexicon looks it up: lowercased, unless it is an acronym ("WHO" is the
/// World Health Organization, not the relative pronoun).
fn lexical(w: &str) -> String {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && w.chars().all(|c| !c.is_lowercase()) {
        w.to_string()
    } else {
        w.to_lowercase()
    }
}

/// "Stung by the report", "Based in London": a past participle and its preposition open a
/// phrase before the subject.
fn opens_with_participle(part: &str) -> bool {
    let mut words = part.split_whitespace().map(str::to_lowercase);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    (first.ends_with("ed") || lexicon::is("past-verb", &first))
        && !lexicon::is("ed-adjective", &first)
        && lexicon::is("intro", &second)
}

/// The text after a subordinating word that opens it ("When X noted" → "X noted"), or that
/// follows a framing "This is" / "It came" ("This is as X condemned" → "X condemned").
fn strip_subordinator(text: &str) -> &str {
    if let Some(rest) = after_subordinator(text) {
        return rest;
    }
    let framed = text
        .split_once(' ')
        .filter(|(first, _)| lexicon::is("framing", &first.to_lowercase()))
        .and_then(|(_, rest)| rest.split_once(' '))
        .and_then(|(_, rest)| after_subordinator(rest));
    framed.unwrap_or(text)
}

/// "On Thursday Pope Francis offered …", "Late on Monday the ministry said …": a day that
/// opens the sentence without a comma says when, and is no part of the subject.
fn after_opening_day(text: &str) -> &str {
    let mut rest = text;
    // ("Late on Monday": a word before "on".)
    if let Some((lead, tail)) = rest.split_once(' ') {
        if lexicon::is("day-lead", &lead.to_lowercase()) {
            rest = tail;
        }
    }
    let Some(after_on) = rest
        .split_once(' ')
        .filter(|(on, _)| lexicon::is("day-on", &on.to_lowercase()))
        .map(|(_, tail)| tail)
    else {
        return text;
    };
    let Some((day, after_day)) = after_on.split_once(' ') else {
        return text;
    };
    if brief_text::dates::weekday_named(&day.to_lowercase()).is_none() {
        return text;
    }
    // ("On Thursday night the …": the part of the day goes with it.)
    let after_day = after_day.trim_start();
    match after_day.split_once(' ') {
        Some((part, tail)) if lexicon::is("day-part", &part.to_lowercase()) => tail,
        _ => after_day,
    }
}

fn after_subordinator(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once(' ')?;
    let first = first.to_lowercase();
    if !lexicon::is("subordinator", &first) {
        return None;
    }
    // "which runs the Thomson brands": the relative pronoun is the subject, its verb follows.
    let next = rest.split_whitespace().next().unwrap_or("");
    let subject_follows =
        next.starts_with(char::is_uppercase) || lexicon::is("determiner", &next.to_lowercase());
    (!lexicon::is("object-relative", &first) || subject_follows).then_some(rest)
}

/// "Guterres on Wednesday, June 26, faulted …": a comma part that is only a day says when.
fn is_calendar_day(part: &str) -> bool {
    let words: Vec<String> = part
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let day_word = |w: &str| {
        super::names::is_calendar_word(w)
            || (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    words.iter().any(|w| super::names::is_calendar_word(w)) && words.iter().all(|w| day_word(w))
}

/// Is a tidied subject a noun phrase: no verb, figure or clause word in it, nor at its ends?
fn is_noun_phrase(np: &str) -> bool {
    let words: Vec<String> = np.split_whitespace().map(lexical).collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let starts_badly = bare
        .first()
        .is_some_and(|w| lexicon::is("intro", w) || lexicon::is("clause", w));
    // "a day after the commission declared …": a clause saying when, not who speaks.
    let subordinate = bare.iter().any(|w| lexicon::is("subordinate", w));
    let ends_badly = bare
        .last()
        .is_some_and(|w| w.is_empty() || lexicon::is("dangling", w))
        || np.ends_with('-')
        || np.contains(" - ");
    // Capitalised words are names, whatever they end in ("Ahmed", "Redding").
    let capitalised: Vec<bool> = np
        .split_whitespace()
        .map(|w| w.starts_with(char::is_uppercase))
        .collect();
    let has_verb = bare.iter().enumerate().any(|(i, w)| {
        let name = capitalised.get(i).copied().unwrap_or(false);
        // "Theresa May", "Zero Hedge": a capitalised word inside a name, not a verb or figure;
        // "one West Virginia official": a count of named people.
        let in_name = name && (i > 0 || capitalised.get(1).copied().unwrap_or(false));
        let counts_named = i == 0 && capitalised.get(1).copied().unwrap_or(false);
        !in_name && (lexicon::is("not-in-subject", w) || lexicon::is("past-verb", w))
            || !name && (is_past_participle(&bare, i) || is_gerund(w))
            || !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
            // "Two dead, six hurt, the district office said": figures are not the speaker.
            || lexicon::is("figure-word", w)
            || !(in_name || counts_named) && brief_text::numbers::parse_quantity(&[w], 0).is_some()
    });
    !words.is_empty()
        && words.len() <= 22
        && !np.contains(['"', ';'])
        && !starts_badly
        && !subordinate
        && !ends_badly
        && !has_verb
        || np.to_lowercase() == "it"
}

/// The words of an appositive before a participle that starts a clause of its own.
/// "a civil defence group operating in …", "an Islamist group affiliated with al-Qaeda": a
/// gerund, or a past participle before a preposition.
fn cut_at_participle(part: &str) -> &str {
    let words: Vec<&str> = part.split_whitespace().collect();
    let mut at = 0;
    for (i, w) in words.iter().enumerate() {
        let offset = at + part[at..].find(w).unwrap_or(0);
        let participle_phrase = is_past_participle(&words, i)
            && words
                .get(i + 1)
                .is_some_and(|next| lexicon::is("title-after", next) || *next == "in");
        if (is_gerund(w) || participle_phrase) && offset > 0 {
            return part[..offset].trim_end();
        }
        at = offset + w.len();
    }
    part
}

/// Cuts a relative clause inside one comma part ("a banker who was a top official").
pub(super) fn cut_relative(part: &str) -> String {
    let mut out = part.to_string();
    for marker in RELATIVES.iter() {
        if let Some(at) = out.find(marker.as_str()) {
            out.truncate(at);
        }
    }
    out.trim().to_string()
}

fn strip_trailing_aux(np: &str) -> String {
    let words: Vec<&str> = np.split_whitespace().collect();
    let Some(last) = words.last() else {
        return String::new();
    };
    let last_l = last.to_lowercase();
    if lexicon::is("trailing-aux", &last_l) {
        return words[..words.len() - 1].join(" ");
    }
    if words.len() >= 2 && lexicon::is("weekday", &last_l) {
        let cut = if words.len() >= 3 && words[words.len() - 2].eq_ignore_ascii_case("on") {
            2
        } else {
            1
        };
        return words[..words.len() - cut].join(" ");
    }
    // "Michelle Bachelet on 23 June 2022": a date after "on" says when.
    if let Some(on) = words.iter().rposition(|w| w.eq_ignore_ascii_case("on")) {
        if on >= 1 && on + 1 < words.len() && is_calendar_day(&words[on + 1..].join(" ")) {
            return words[..on].join(" ");
        }
    }
    // "Baldwin in a statement on Twitter": the speaker ends where the setting begins.
    for setting in SETTINGS.iter() {
        if let Some(at) = np.find(setting.as_str()).filter(|&at| at > 0) {
            return np[..at].to_string();
        }
    }
    // "Commonwealth observers on Thursday (August 2)": a date in brackets says when.
    // "the United States Geological Survey (USGS)": the short form in brackets is the same body.
    if let Some(open) = np.rfind(" (").filter(|_| np.ends_with(')')) {
        let inside = &np[open + 2..np.len() - 1];
        let short_form = inside.len() >= 2 && inside.chars().all(|c| c.is_ascii_uppercase());
        if short_form || inside.bytes().any(|b| b.is_ascii_digit()) {
            return np[..open].to_string();
        }
    }
    np.to_string()
}

pub(super) fn tidy_speaker(s: &str) -> String {
    let s = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == ':' || c == ';' || c == '.' || c.is_whitespace());
    let s = s
        .strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does a noun phrase name something that can make a statement?
/// "WHO Africa", "UNICEF Sudan": an international organisation's office for a place.
fn office_of_an_organisation(words: &[&str]) -> bool {
    let [org, place @ ..] = words else {
        return false;
    };
    (1..=2).contains(&place.len())
        && place.iter().all(|w| brief_text::names::is_capitalised(w))
        && GAZETTEER
            .lookup(org)
            .is_some_and(|(e, _)| e.kind == EntityKind::Organisation)
}

/// "an accusation Baku (denies)": an indefinite common noun is not a speaker unless it is a
/// title ("a senior official"), says whose it is ("A Democratic source"; "a British tourist"
/// says only where from), or is a country's unnamed source ("A Saudi source told Reuters").
fn is_indefinite_common_noun(words: &[&str], np: &str) -> bool {
    let of_named = words.get(1).is_some_and(|w| {
        brief_text::names::is_capitalised(w)
            && !GAZETTEER
                .lookup(w)
                .is_some_and(|(_, t)| t == TermKind::Demonym)
    });
    let national_source = matches!(words, [_, nation, noun]
        if lexicon::is("source-noun", &noun.to_lowercase())
            && GAZETTEER
                .lookup(nation)
                .is_some_and(|(_, t)| t == TermKind::Demonym));
    words
        .first()
        .is_some_and(|w| lexicon::is("indefinite", &w.to_lowercase()))
        && GAZETTEER.role_in(np).is_none()
        && !of_named
        && !national_source
}

/// "The insurgent attack in Maidan Wardak … underlined the pressure": a phrase whose head (its
/// last word before a preposition, `head-end`) is an event written in lowercase names no one
/// who speaks.
fn head_is_an_event(words: &[&str]) -> bool {
    let head = words
        .iter()
        .take_while(|w| !lexicon::is("head-end", w))
        .last()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    head.chars().all(char::is_lowercase) && !head.is_empty() && crate::is_event_word(head)
}

pub(super) fn is_actor(np: &str, at_sentence_start: bool, people: &PeopleDirectory) -> bool {
    let words: Vec<&str> = np.split_whitespace().collect();
    let lower = np.to_lowercase();
    if is_a_document(np) {
        return false;
    }
    if words.len() == 1 && lexicon::is("anonymous", &lower) {
        return false;
    }
    // "the human rights group Provea": a kind of body, then its name.
    if let [.., kind, name] = words.as_slice() {
        if lexicon::is("body-kind", &kind.to_lowercase()) && brief_text::names::is_capitalised(name)
        {
            return true;
        }
    }
    // "Hamas denied …": a name the sources write capitalised inside their sentences.
    if let [word] = words.as_slice() {
        if people.is_proper_word(word) {
            return true;
        }
    }
    // A reporting verb inside the subject means it is a clause ("Yerevan condemns … as Baku",
    // "his spokesman said, and the embassy").
    if words.iter().any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        w.chars().all(char::is_lowercase) && REPORTING.has("speech", w)
    }) {
        return false;
    }
    if is_indefinite_common_noun(&words, np) || head_is_an_event(&words) {
        return false;
    }
    // "Armenians", "local Armenians": a people, not a government.
    let last = words.last().copied().unwrap_or("");
    let people_word = GAZETTEER
        .lookup(last)
        .is_some_and(|(_, t)| t == TermKind::Demonym)
        && last.ends_with('s');
    if people_word
        && words
            .iter()
            .all(|w| !brief_text::names::is_capitalised(w) || *w == last)
    {
        return false;
    }
    if GAZETTEER.mentions(np).iter().any(|m| valid_mention(np, m))
        || office_of_an_organisation(&words)
        || GAZETTEER.role_in(np).is_some()
        || names_a_body(np)
    {
        return true;
    }
    if !person_names(np).is_empty() || title_of_single_name(np).is_some() {
        return true;
    }
    if is_initialism(&words) || names_a_national_body(np) {
        return true;
    }
    // One capitalised word: a known surname, or a name not at the start of the sentence.
    words.len() == 1
        && (people.is_surname(words[0])
            || people.is_opening_name(words[0])
            || !at_sentence_start && brief_text::names::is_capitalised(words[0]))
        || named_in_a_form(np, &words, at_sentence_start, people)
}

/// "A visibly-shaken Mr Rudd", "a tearful Kevin Rudd": an indefinite article and lowercase
/// words describing the speaker, then the speaker's name, two or more capitalised words to the
/// end: the name.
fn named_after_a_description<'a>(words: &[&str], np: &'a str) -> Option<&'a str> {
    let first = words.first()?;
    if !lexicon::is("indefinite", &first.to_lowercase()) {
        return None;
    }
    let at = words
        .iter()
        .position(|w| brief_text::names::is_capitalised(w))?;
    // ("A spokeswoman for the U.S. Navy's Fifth Fleet": a person noun and what it is of
    // describe someone else than the name.)
    let described = (2..=1 + DESCRIPTION_WORDS).contains(&at)
        && words[1..at].iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !brief_text::lexicon::PERSON_NOUNS.has("person", w)
                && !lexicon::is("determiner", w)
        });
    // ("an accusation Baku denies": one capitalised word after a noun is no speaker named.)
    let named = words.len() - at >= 2
        && words[at..]
            .iter()
            .all(|w| brief_text::names::is_capitalised(w));
    if !(described && named) {
        return None;
    }
    let start = np.find(words[at])?;
    Some(np[start..].trim())
}

/// "his Facebook page", "initial police investigation": one phrase whose last word, written
/// in lowercase, is a page, record or inquiry (`document-head`), which shows or finds but does
/// not speak. ("the US Geological Survey" names a body; in "Miller's post" the owner speaks;
/// a list may end in one and still hold speakers.)
pub(super) fn is_a_document(np: &str) -> bool {
    let owned = np.contains("'s ") || np.contains("\u{2019}s ");
    let listed = np.contains(',') || np.contains(" and ");
    !owned
        && !listed
        && np.split_whitespace().next_back().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().all(|c| !c.is_uppercase()) && lexicon::is("document-head", w)
        })
}

/// How many lowercase words may describe a speaker before the name ("a visibly shaken").
const DESCRIPTION_WORDS: usize = 2;

/// "the RSF": a body known by its initials.
fn is_initialism(words: &[&str]) -> bool {
    let acronym = |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    matches!(words, ["the" | "The", name] | [name] if acronym(name))
}

/// Speakers named in forms the gazetteer and the name finder leave out: someone of a named
/// person or body ("Clinton's team", "the Trump campaign"), a body by its name ("the Tax
/// Foundation"), speakers joined by "and" ("Mr. Grassley and Mr. Leahy"), a name with an
/// indefinite description ("Rendell, a Clinton surrogate").
fn named_in_a_form(
    np: &str,
    words: &[&str],
    at_sentence_start: bool,
    people: &PeopleDirectory,
) -> bool {
    // "the Trump campaign", "a Democratic source", "one GOP source".
    let the = words.first().is_some_and(|w| {
        let lower = w.to_lowercase();
        lexicon::is("determiner", &lower)
            || brief_text::numbers::parse_quantity(&[&lower], 0).is_some()
    });
    let rest = if the { &words[1..] } else { words };
    // A capitalised word opening the sentence is a name only when the sources know it as one.
    let named = |w: &str| {
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix('\''))
            .unwrap_or(w);
        let known = people.is_proper_word(bare) || people.is_surname(bare);
        brief_text::names::is_capitalised(w)
            && !lexicon::is("title", &bare.to_lowercase())
            && !super::names::is_calendar_word(&bare.to_lowercase())
            && (the || !at_sentence_start || known)
    };
    of_a_name(rest, &named)
        || body_by_name(rest)
        || joined_speakers(np, at_sentence_start, people)
        || described_name(np, &named)
}

/// "Clinton's team", "Obama's former campaign strategist", "the Trump campaign", "McConnell
/// aides": a named person or body, then what belongs to them in lowercase.
fn of_a_name(words: &[&str], named: &dyn Fn(&str) -> bool) -> bool {
    let Some(split) = words
        .iter()
        .position(|w| !brief_text::names::is_capitalised(w))
    else {
        return false;
    };
    let (names, tail) = words.split_at(split);
    let possessive = names
        .last()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with('\''));
    (1..=3).contains(&names.len())
        && names.iter().all(|w| named(w))
        && (1..=if possessive { 4 } else { 2 }).contains(&tail.len())
        && tail.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        // "Conde's supporters": people for someone do not speak for them.
        && !tail.last().is_some_and(|w| lexicon::is("follower", w))
}

/// "the Tax Foundation", "Republican National Committee": capitalised words ending in what
/// ends a body's name.
fn body_by_name(words: &[&str]) -> bool {
    words.len() >= 2
        && words.iter().all(|w| brief_text::names::is_capitalised(w))
        && words.last().is_some_and(|w| super::names::is_body_head(w))
}

/// "Mr. Grassley and Mr. Leahy", "Trump and Clinton": two speakers joined by "and".
fn joined_speakers(np: &str, at_sentence_start: bool, people: &PeopleDirectory) -> bool {
    np.split_once(" and ").is_some_and(|(a, b)| {
        !a.contains(" and ")
            && !b.contains(" and ")
            && is_actor(a, at_sentence_start, people)
            && is_actor(b, false, people)
    })
}

/// A capitalised word that is no title nor day ("Rendell"), wherever it stands.
fn is_plain_capitalised(w: &str) -> bool {
    let lower = w.to_lowercase();
    brief_text::names::is_capitalised(w)
        && !lexicon::is("title", &lower)
        && !super::names::is_calendar_word(&lower)
}

/// "Rendell, a Clinton surrogate": one name, then an indefinite description of them.
fn described_name(np: &str, named: &dyn Fn(&str) -> bool) -> bool {
    let Some((name, description)) = np.split_once(", ") else {
        return false;
    };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let first = description.split_whitespace().next().unwrap_or("");
    (1..=3).contains(&name_words.len())
        && name_words
            .iter()
            .all(|w| named(w) || is_plain_capitalised(w))
        && lexicon::is("indefinite", &first.to_lowercase())
}

/// A lowercase -ed word not after a determiner reads as a verb ("forces seized", "agreement
/// signed"), unless it is a known adjective.
pub(super) fn is_past_participle(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if !w.ends_with("ed")
        || w.len() < 5
        || w.contains('-')
        || !w.chars().all(|c| c.is_lowercase())
        || lexicon::is("ed-adjective", w)
    {
        return false;
    }
    let prev = i.checked_sub(1).map(|j| words[j]);
    !prev.is_some_and(|p| lexicon::is("determiner", p))
}

/// A lowercase -ing word reads as a verb ("killing 41 people"), unless a known adjective.
pub(super) fn is_gerund(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(|c| c.is_lowercase())
        && !lexicon::is("ing-adjective", w)
}

/// "United States Geological Survey", "Kenya Red Cross": a country or its people's name, then
/// two capitalised words or more, is a body of that country.
fn names_a_national_body(np: &str) -> bool {
    let Some(first) = GAZETTEER.mentions(np).into_iter().find(|m| m.start == 0) else {
        return false;
    };
    let rest: Vec<&str> = np[first.end..].split_whitespace().collect();
    rest.len() >= 2
        && rest
            .iter()
            .all(|w| brief_text::names::is_capitalised(w) || lexicon::is("name-joiner", w))
        && rest
            .last()
            .is_some_and(|w| brief_text::names::is_capitalised(w))
}
