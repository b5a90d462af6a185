//! People's names and the names of bodies: "Dmitry Peskov", "Pope Francis", "Rapid Support
//! Forces", "the police".

use brief_text::gazetteer::{word_spans, EntityKind, Mention, TermKind, GAZETTEER};

use super::{lexicon, PeopleDirectory};

/// A person known by a title and one name ("Pope Francis", "King Charles"): the title.
pub fn title_of_single_name(speaker: &str) -> Option<&str> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let [title, name] = words.as_slice() else {
        return None;
    };
    // "State Department", "Defence Ministry": a body, not a title and a name.
    // "Mr. Clarke", "Gen. Burhan": an abbreviated title keeps its full stop.
    let bare = title.trim_end_matches('.');
    (lexicon::is("title", &bare.to_lowercase())
        && title.starts_with(char::is_uppercase)
        && brief_text::names::is_capitalised(name)
        && !is_body_head(&name.to_lowercase())
        && GAZETTEER.lookup(speaker).is_none()
        && GAZETTEER.lookup(name).is_none())
    .then_some(*title)
}

/// A known person named by title and surname ("President Banda" → "Banda").
pub fn titled_surname(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (last, titles) = words.split_last()?;
    let titled = !titles.is_empty()
        && titles
            .iter()
            .all(|w| lexicon::is("title", &w.to_lowercase()));
    (titled && people.by_surname(last).is_some()).then(|| last.to_string())
}

/// Does a phrase name a body by what it is rather than by name ("rights groups", "the
/// police")?
pub fn names_a_body(np: &str) -> bool {
    // "the disaster management institute (INGD)": the acronym after the name is no part of it.
    let np = match np.trim_end().strip_suffix(')') {
        Some(open) => open.rsplit_once('(').map_or(np, |(name, _)| name),
        None => np,
    };
    np.split_whitespace()
        .last()
        .is_some_and(|w| lexicon::is_ascii_ci("body", w))
}

pub(super) fn has_actor_cue(np: &str) -> bool {
    np.split_whitespace().any(brief_text::names::is_capitalised)
        || GAZETTEER.role_in(np).is_some()
        || names_a_body(np)
}

/// The most capitalised words of an office's title after a country ("National Security Adviser").
const TITLE_RUN_WORDS: usize = 4;

/// A gazetteer match that is not just the start of a longer proper name ("European Council"
/// in "European Council on Foreign Relations"). Adjectives ("Russian") are always fine.
pub fn valid_mention(text: &str, m: &Mention) -> bool {
    if m.term == TermKind::Demonym {
        return true;
    }
    // "Rosa Elba Ortiz Santiago": a capital's name after two names is a surname.
    let before = &text[..m.start];
    let names_before = before.ends_with(' ')
        && before
            .split(' ')
            .rev()
            .skip(1)
            .take(2)
            .filter(|w| brief_text::names::is_capitalised(w) && w.chars().all(char::is_alphabetic))
            .count()
            == 2;
    if m.term == TermKind::Seat && names_before {
        return false;
    }
    let rest = text[m.end..].trim_start_matches(['\'', '’', 's']);
    let rest = if m.possessive { "" } else { rest };
    let mut next = rest.split_whitespace();
    let n1 = next.next().unwrap_or("");
    let n2 = next.next().unwrap_or("");
    // "African Union Commission": a body of the organisation, still the organisation.
    // "WHO Director-General": a hyphenated title is a title too.
    let is_title = n1
        .to_lowercase()
        .split('-')
        .all(|part| lexicon::is("title", part));
    // ("US National Security Adviser": capitalised words that end in a title are the office,
    // unless another place or body stands first: "Baghdad US Ambassador".)
    let run: Vec<&str> = rest
        .split_whitespace()
        .take(TITLE_RUN_WORDS)
        .take_while(|w| brief_text::names::is_capitalised(w))
        .collect();
    let office_title_follows = run
        .iter()
        .position(|w| lexicon::is("title", &w.to_lowercase()))
        .is_some_and(|t| run[..t].iter().all(|w| GAZETTEER.lookup(w).is_none()));
    let capital_follows = brief_text::names::is_capitalised(n1)
        && !is_title
        && !office_title_follows
        && !is_body_head(n1.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let of_name_follows = lexicon::is("name-of", n1) && brief_text::names::is_capitalised(n2);
    // "WHO Africa", "UNICEF Sudan": the organisation's office for a place is the organisation.
    // "IOM Greece Chief of Mission": the office's place ends where a title begins.
    let place: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| !lexicon::is("title", &w.to_lowercase()))
        .collect();
    // ("the UN of Ecuador": its office in a country named after "of".)
    let country_after_of = of_name_follows
        && GAZETTEER
            .lookup(n2.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|(_, t)| t == TermKind::Name);
    let office = m.kind == EntityKind::Organisation
        && ((1..=2).contains(&place.len())
            && place.iter().all(|w| brief_text::names::is_capitalised(w))
            || country_after_of);
    !(capital_follows || of_name_follows)
        || m.kind == EntityKind::Organisation && n1.is_empty()
        || office
}

/// People's names in a text: two to four capitalised words that are not titles, places,
/// countries or organisations ("Dmitry Peskov", "Gegham Stepanián").
pub fn person_names(text: &str) -> Vec<String> {
    let words = word_spans(text);
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    // A run followed by what a body is called ("Rapid Support Forces") names the body.
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>, next: Option<&str>| {
        while run
            .last()
            .is_some_and(|w| lexicon::is("name-particle", w) || is_middle_initial(w))
        {
            run.pop();
        }
        // Initials open a name of three words or more ("KP Sharma Oli"), or of two when they
        // are two letters ("AK Chhetri"), not "BBC News".
        if run.first().is_some_and(|w| is_initials(w))
            && run.len() < 3
            && !(run.len() == 2 && run[0].chars().filter(char::is_ascii_uppercase).count() == 2)
            && !run.first().is_some_and(|w| is_middle_initial(w))
        {
            run.remove(0);
        }
        let names_body = next.is_some_and(is_body_head) || run.iter().any(|w| is_body_head(w));
        // "Volker Turk": a demonym after a given name is the surname. (The places are looked
        // for only in a run that could be a name: most runs are one capitalised word.)
        // (Nor a capital after two names: "Rosa Elba Ortiz Santiago".)
        // ("USS George Washington" is a ship: no acronym in such a name.)
        let long = run.len() >= 3 && run.iter().all(|w| w.chars().any(char::is_lowercase));
        let names_no_place = |phrase: &str| {
            !GAZETTEER.mentions(phrase).into_iter().any(|m| {
                let surname = m.term == TermKind::Demonym || m.term == TermKind::Seat && long;
                !(surname && m.end == phrase.len() && m.start > 0)
            })
        };
        if (2..=4).contains(&run.len()) && !names_body {
            let phrase = run.join(" ");
            if names_no_place(&phrase) {
                out.push(phrase);
            }
        }
        run.clear();
    };
    for (i, &(s, e, w)) in words.iter().enumerate() {
        let is_name_word = could_be_in_a_name(&words, i, run.is_empty());
        let contiguous = i > 0 && {
            // "Donald J. Trump": the full stop of a middle initial does not part the name.
            let gap = text[words[i - 1].1..s].trim();
            gap.is_empty() || gap == "." && is_middle_initial(words[i - 1].2)
        };
        if !run.is_empty() && contiguous && is_middle_initial(w) && text[e..].starts_with('.') {
            run.push(&text[s..=e]);
            continue;
        }
        if is_name_word {
            if !run.is_empty() && !contiguous {
                flush(&mut run, &mut out, None);
            }
            // "S. Jaishankar": an opening initial keeps its full stop.
            if run.is_empty() && is_middle_initial(w) && text[e..].starts_with('.') {
                run.push(&text[s..=e]);
                continue;
            }
            run.push(w);
        } else if !run.is_empty() && contiguous && lexicon::is("name-particle", w) {
            // "Ursula von der Leyen": a particle inside a name, kept if the name goes on.
            run.push(w);
        } else {
            flush(&mut run, &mut out, contiguous.then_some(w));
        }
    }
    flush(&mut run, &mut out, None);
    out
}

/// Can the word at `i` be part of a person's name: capitalised (or initials opening one), and
/// no title, opening preposition, date or place? `run_empty` says no name has begun yet.
fn could_be_in_a_name(words: &[(usize, usize, &str)], i: usize, run_empty: bool) -> bool {
    let w = words[i].2;
    let capital = brief_text::names::is_capitalised(w) && w.chars().any(|c| c.is_lowercase());
    // Only capitalised words can be part of a name; the lookups are for those alone.
    // "S Jaishankar", "K. Shivakanta Singh": one initial may open a name before a capitalised
    // word ("A" and "I" are words, listed as no part of a name).
    let opening_initial = run_empty
        && is_middle_initial(w)
        && !lexicon::is("title", &w.to_lowercase())
        && words
            .get(i + 1)
            .is_some_and(|n| brief_text::names::is_capitalised(n.2) && n.2.chars().count() > 1);
    if !(capital && w.chars().count() > 1 || run_empty && is_initials(w) || opening_initial) {
        return false;
    }
    let lower = w.to_lowercase();
    let title = lexicon::is("title", &lower)
        || lower
            .split('-')
            .all(|part| lexicon::is("title", part) || GAZETTEER.role_in(part).is_some());
    // "Besides Putin, …": a sentence's opening preposition is no part of a name.
    let opener = i == 0 && lexicon::is("intro", &lower);
    // "Theresa May said": a month after a given name is a surname, not a date.
    let date = is_calendar_word(&lower)
        && (run_empty
            || words
                .get(i + 1)
                .is_some_and(|n| n.2.starts_with(|c: char| c.is_ascii_digit())));
    // "Volker Turk": a demonym ending a name after a given name is a surname.
    let known = GAZETTEER.lookup(w);
    let surname_demonym = !run_empty
        && !w.ends_with('s')
        && known.is_some_and(|(_, t)| t == TermKind::Demonym)
        && !words
            .get(i + 1)
            .is_some_and(|n| brief_text::names::is_capitalised(n.2));
    // "Rosa Elba Ortiz Santiago": a capital's name ending a run of two names or more is a
    // surname too.
    let capitalised_before = |back: usize| {
        i >= back && brief_text::names::is_capitalised(words[i - back].2) && {
            let (_, end, _) = words[i - back];
            text_gap_is_space(words, i - back, end)
        }
    };
    let surname_seat = !run_empty
        && known.is_some_and(|(_, t)| t == TermKind::Seat)
        && capitalised_before(1)
        && capitalised_before(2)
        && !words
            .get(i + 1)
            .is_some_and(|n| brief_text::names::is_capitalised(n.2));
    let platform = lexicon::is("platform", &lower);
    !(title || opener || date || platform || known.is_some()) || surname_demonym || surname_seat
}

/// Whether only a space stands between word `k` (ending at `end`) and the next one.
fn text_gap_is_space(words: &[(usize, usize, &str)], k: usize, end: usize) -> bool {
    words.get(k + 1).is_some_and(|n| n.0 == end + 1)
}

/// One capital standing for a middle name ("J" of "Donald J. Trump"), with or without its stop.
fn is_middle_initial(w: &str) -> bool {
    let letter = w.strip_suffix('.').unwrap_or(w);
    letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase())
}

/// Two or three capitals standing for given names ("KP", "J.K.").
fn is_initials(w: &str) -> bool {
    let letters = w.chars().filter(|c| *c != '.');
    (2..=3).contains(&letters.clone().count())
        && letters.clone().all(|c| c.is_ascii_uppercase())
        && GAZETTEER.lookup(w).is_none()
}

/// Words that end the name of a body: "Forces", "Party", "Front", "Ministry", …
pub fn is_body_head(word: &str) -> bool {
    lexicon::is_ascii_ci("body-head", word)
}

/// A day or a month, lowercase: such a capitalised word is no name.
pub(super) fn is_calendar_word(lower: &str) -> bool {
    lexicon::is("weekday", lower) || lexicon::is("month", lower)
}

/// The capitalised name opening `text`, with the small words names hold ("Institute for the
/// Study of War", "Council on Foreign Relations").
pub fn capitalised_name_at(text: &str) -> String {
    let words: Vec<&str> = text
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    let capital = |w: &&str| brief_text::names::is_capitalised(w);
    let small = |w: &&str| lexicon::is("name-joiner", w);
    let mut end = 0;
    for (i, w) in words.iter().enumerate() {
        if capital(w) {
            end = i + 1;
            if w.ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
            continue;
        }
        // Small words inside a name lead on to a capitalised one.
        let leads_on = words[i..].iter().find(|w| !small(w)).is_some_and(capital);
        if !(small(w) && i > 0 && leads_on) {
            break;
        }
    }
    words[..end]
        .join(" ")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}
