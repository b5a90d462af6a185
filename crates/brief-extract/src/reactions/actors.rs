//! Speakers as actors: the person or body a speaker phrase names, their full name, role and
//! the body they speak for.

use super::*;

/// Turns a speaker phrase into actors: one per country or body when the phrase lists them
/// ("The European Union, France and Germany"), else one.
pub(super) fn resolve_actors(
    speaker: &str,
    people: &PeopleDirectory,
    last_body: Option<&Actor>,
) -> Vec<Actor> {
    let items = listed_items(speaker);
    if items.len() > 1 && items.iter().all(|i| GAZETTEER.lookup(i).is_some()) {
        return items
            .iter()
            .filter_map(|i| GAZETTEER.lookup(i))
            .map(|(e, _)| Actor::body(e.name))
            .collect();
    }
    if let Some(countries) = countries_whose_office_holders_speak(speaker) {
        return countries;
    }
    // "Chinese President Xi Jinping and US President Joe Biden": each person with their own
    // title, not the second one titled with the whole first.
    // "Indian PM Modi, British King Charles and Chinese foreign minister Wang": a list of
    // people each written with their title.
    if items.len() > 1
        && (items.iter().all(|i| is_titled_known_person(i, people))
            || items.iter().all(|i| ends_in_a_titled_name(i)))
    {
        return items
            .iter()
            .map(|i| {
                let actor = resolve_actor(i, people, last_body);
                if actor.role.is_none() {
                    titled_name_apart(i).unwrap_or(actor)
                } else {
                    actor
                }
            })
            .collect();
    }
    // "Portugal, the former colonial power": the country, described.
    if let [first, rest @ ..] = items.as_slice() {
        let described = !rest.is_empty()
            && rest
                .iter()
                .all(|p| p.starts_with("the ") || p.starts_with("a ") || p.starts_with("an "));
        if let Some((e, TermKind::Name)) = GAZETTEER.lookup(first).filter(|_| described) {
            return vec![Actor::body(e.name)];
        }
    }
    vec![resolve_actor(speaker, people, last_body)]
}

/// The items of a listed phrase ("The European Union, France and Germany"), split at its
/// commas and "and".
fn listed_items(phrase: &str) -> Vec<&str> {
    phrase
        .split(',')
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "The leaders of Sri Lanka, Pakistan and the Maldives", "the foreign ministers of France and
/// Germany": office-holders named in the plural, then a list of countries or bodies, speak
/// for each of them.
fn countries_whose_office_holders_speak(speaker: &str) -> Option<Vec<Actor>> {
    let (holders, listed) = speaker.split_once(" of ")?;
    let plural = holders
        .split_whitespace()
        .last()
        .is_some_and(|w| w.ends_with('s') && w.chars().all(char::is_lowercase));
    if !plural {
        return None;
    }
    let items: Vec<&str> = listed_items(listed)
        .into_iter()
        .map(|p| p.strip_prefix("the ").unwrap_or(p))
        .collect();
    let bodies: Vec<Actor> = items
        .iter()
        .filter_map(|i| GAZETTEER.lookup(i))
        .map(|(e, _)| Actor::body(e.name))
        .collect();
    (items.len() > 1 && bodies.len() == items.len()).then_some(bodies)
}

/// "US President Joe Biden", "Xi Jinping": a person the sources name, ending the phrase, after
/// nothing or a capitalised title ("… for Humanitarian Aid" is no person).
fn is_titled_known_person(item: &str, people: &PeopleDirectory) -> bool {
    person_names(item).iter().any(|n| {
        let before = item.strip_suffix(n.as_str()).map(str::trim_end);
        let titled = before.is_some_and(|b| {
            b.split_whitespace()
                .last()
                .is_none_or(|w| w.starts_with(char::is_uppercase))
        });
        titled && people.find(n).is_some()
    })
}

/// "Russian President Putin", "Chinese foreign minister Wang Yi": one to three capitalised words
/// that are no title, right after a title word (any case).
fn ends_in_a_titled_name(item: &str) -> bool {
    titled_name_len(item).is_some()
}

/// How many words the name ending a titled item has.
fn titled_name_len(item: &str) -> Option<usize> {
    let words: Vec<&str> = item.split_whitespace().collect();
    let name_len = words
        .iter()
        .rev()
        .take_while(|w| brief_text::names::is_capitalised(w) && !is_title_word(w))
        .count();
    let title = words.get(..words.len().checked_sub(name_len)?)?;
    // Only capitals and title words before the name ("Chinese foreign minister"): not an
    // appositive ("a senior police official in the state capital of Imphal").
    let all_titling = title.iter().all(|w| {
        brief_text::names::is_capitalised(w)
            || is_title_word(w) && w.len() > 3 && w.chars().all(char::is_alphabetic)
    });
    ((1..=3).contains(&name_len)
        && title
            .first()
            .is_some_and(|w| brief_text::names::is_capitalised(w))
        && title.last().is_some_and(|w| is_title_word(w))
        && all_titling)
        .then_some(name_len)
}

/// "Russian President Putin" as the person Putin, titled "Russian President".
fn titled_name_apart(item: &str) -> Option<Actor> {
    let name_len = titled_name_len(item)?;
    let words: Vec<&str> = item.split_whitespace().collect();
    let (title, name) = words.split_at(words.len() - name_len);
    let role = title.join(" ");
    Some(Actor {
        name: name.join(" "),
        affiliation: affiliation_of(&role),
        role: Some(role),
        person: true,
    })
}

/// The person a spokesperson speaks for, with the spokesperson's words as the role, whole ("a
/// spokesman for Guterres at the UN").
fn spoken_for(speaker: &str, people: &PeopleDirectory) -> Option<Actor> {
    let principal = principal_of_spokesperson(speaker, people)?;
    let mut actor = person_actor(&principal, speaker, people);
    actor.role = Some(speaker.to_string());
    Some(actor)
}

/// "a spokesman for Guterres at the United Nations": the person a spokesperson speaks for,
/// when the sources name them in full elsewhere.
fn principal_of_spokesperson(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    words.windows(3).find_map(|w| {
        let carrier = WORDS.has("spokesperson", &w[0].to_lowercase());
        let principal = w[2].trim_end_matches([',', '.']);
        (carrier && w[1] == "for" && people.by_surname(principal).is_some())
            .then(|| principal.to_string())
    })
}

/// The person a speaker phrase names: the name standing as a whole comma part ("adviser to
/// President X, Name"), the name nearest the verb, or a surname or single name the sources
/// give in full elsewhere.
fn person_named(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    // "a spokesman for Guterres at the United Nations in New York": a name after "in" is where.
    let mut names = person_names(speaker);
    names.retain(|n| !speaker.contains(&format!(" in {n}")));
    let lone = speaker.split_whitespace().count() == 1;
    let parts: Vec<&str> = speaker.split(',').map(str::trim).collect();
    let appositive = names.iter().find(|n| parts.contains(&n.as_str()));
    appositive
        .or_else(|| head_name(&names, parts[0]))
        .cloned()
        .or_else(|| {
            lone.then(|| speaker.to_string())
                .filter(|w| people.by_surname(w).is_some())
        })
        .or_else(|| titled_surname(speaker, people))
        .or_else(|| known_by_one_name(speaker, people))
}

/// Turns a speaker phrase into an actor: a person (full name from the directory, role from the
/// phrase or from elsewhere in the sources) or a body with its affiliation.
pub(super) fn resolve_actor(
    speaker: &str,
    people: &PeopleDirectory,
    last_body: Option<&Actor>,
) -> Actor {
    if let Some(body) = named_whole(speaker) {
        return body;
    }
    let person = person_named(speaker, people);
    if let Some(actor) = person
        .map(|name| person_actor(&name, speaker, people))
        .or_else(|| spoken_for(speaker, people))
    {
        return actor;
    }
    if let Some(title) = title_of_single_name(speaker) {
        return Actor {
            name: speaker.to_string(),
            role: Some(title.to_string()),
            affiliation: affiliation_of(title),
            person: true,
        };
    }
    // A body known by its initials ("the RSF") speaks for itself.
    let initials =
        (2..=6).contains(&speaker.len()) && speaker.chars().all(|c| c.is_ascii_uppercase());
    // "The Carter Center": a foundation or institute by its own name speaks for itself.
    let named_research_body = speaker.starts_with(char::is_uppercase)
        && GAZETTEER.is_analyst_org(speaker)
        && is_written_as_a_name(speaker);
    let own_name = initials || people.is_body_word(speaker) || named_research_body;
    let affiliation = affiliation_of(speaker).or_else(|| own_name.then(|| speaker.to_string()));
    if affiliation.is_none() {
        if let Some(body) = body_referred_back_to(speaker, last_body) {
            return body;
        }
    }
    // "The Islamic Resistance in Iraq, an umbrella group of …": the body, then what it is.
    if let Some((head, what)) = speaker.split_once(", ") {
        let described = ["a ", "an ", "the "].iter().any(|d| what.starts_with(d));
        let head = head.trim_start_matches("the ").trim_start_matches("The ");
        let group = head
            .split_whitespace()
            .any(|w| brief_text::names::is_capitalised(w) && crate::speakers::is_body_head(w));
        if described && group && is_written_as_a_name(head) && GAZETTEER.lookup(head).is_none() {
            return Actor {
                name: head.to_string(),
                role: Some(what.to_string()),
                affiliation: Some(head.to_string()),
                person: false,
            };
        }
    }
    // A country or organisation named outright goes by its usual name ("EU" → "European Union");
    // "analysts at the Institute for …" speak as their institute.
    let name = match GAZETTEER.lookup(speaker) {
        Some((e, TermKind::Name)) => e.name.to_string(),
        _ => affiliation
            .clone()
            .filter(|_| speaks_as_their_body(speaker))
            .unwrap_or_else(|| speaker.to_string()),
    };
    Actor {
        name,
        role: None,
        affiliation,
        person: false,
    }
}

/// "The Economic Community of West African States": a country or organisation named whole is
/// that body, whatever its words look like ("West African States" is no person).
fn named_whole(speaker: &str) -> Option<Actor> {
    let bare = speaker.strip_prefix("The ").unwrap_or(speaker);
    let (e, kind) = GAZETTEER.lookup(bare).filter(|_| bare.contains(' '))?;
    (kind == TermKind::Name).then(|| Actor::body(e.name))
}

/// "The ministry claimed …" names the body named before again; "The global health agency
/// also said", "the bloc said" describe it without naming it.
fn body_referred_back_to(speaker: &str, last_body: Option<&Actor>) -> Option<Actor> {
    let body = last_body?;
    if shares_word(&body.name, speaker) {
        return Some(body.clone());
    }
    let described = !speaker.contains(char::is_uppercase)
        && speaker
            .split_whitespace()
            .last()
            .is_some_and(|w| WORDS.has("generic-body", w));
    (described && body.affiliation.is_some()).then(|| body.clone())
}

/// A person speaker: their full name from the directory, the role the phrase gives or, failing
/// that, the one the sources give elsewhere, and the affiliation the role names.
pub(super) fn person_actor(name: &str, speaker: &str, people: &PeopleDirectory) -> Actor {
    let known = people.find(name);
    let full = known.map_or(name.to_string(), |p| p.name.clone());
    let here = tidy_role(&words_besides_the_name(speaker, name));
    let known_role = known
        .and_then(|p| p.role.as_deref())
        .map(tidy_role)
        .filter(|r| !r.is_empty());
    let role = if here.is_empty() {
        known_role.clone()
    } else {
        Some(here)
    };
    let affiliation = role
        .as_deref()
        .and_then(affiliation_of)
        .or_else(|| known_role.as_deref().and_then(affiliation_of));
    Actor {
        name: full,
        role: role.map(|r| r.trim_start_matches("the ").to_string()),
        affiliation,
        person: true,
    }
}

/// What a speaker phrase says besides the person's name: "Farooq" for "Farooq Ahmad Khan" says
/// nothing more, "Mr Ban" says "Mr".
fn words_besides_the_name(speaker: &str, name: &str) -> String {
    if speaker.contains(name) {
        return speaker.replacen(name, "", 1);
    }
    let parts: Vec<&str> = name.split([' ', '-']).collect();
    speaker
        .split_whitespace()
        .filter(|w| !parts.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The one known person a lone name or a titled name stands for when it is not their last
/// name: "Ban" for "Ban Ki-moon", "Mr Jodi" for "Jodi Haryawan", "Faki" for "Moussa Faki
/// Mahamat". Names are written in many orders; any single part that only one person of the
/// sources bears names them.
pub(super) fn known_by_one_name(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let word = match words.as_slice() {
        [one] => *one,
        [_, one] if title_of_single_name(speaker).is_some() => *one,
        _ => return None,
    };
    if !brief_text::names::is_capitalised(word) || GAZETTEER.lookup(word).is_some() {
        return None;
    }
    let mut bearers = people.people().filter(|p| {
        p.name.split_whitespace().count() > 1 && p.name.split([' ', '-']).any(|part| part == word)
    });
    match (bearers.next(), bearers.next()) {
        (Some(one), None) => Some(one.name.clone()),
        _ => None,
    }
}

/// Capitalised words with the small ones names hold: "Institute for the Study of War",
/// "Islamic Resistance in Iraq" (not "Analysts at the Institute").
pub(super) fn is_written_as_a_name(phrase: &str) -> bool {
    phrase.split_whitespace().all(|w| {
        brief_text::names::is_capitalised(w)
            || matches!(w, "of" | "for" | "the" | "and" | "in" | "on")
    })
}

/// "Analysts at the Institute for the Study of War", "experts from the Lowy Institute": people
/// unnamed, in the plural, who speak as the body they work at.
pub(super) fn speaks_as_their_body(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    WORDS.has("staff", &first) && matches!(words.next(), Some("at" | "from" | "with"))
}

/// The person a speaker phrase names before its first comma, the name nearest the verb:
/// "Khyber Pakhtunkhwa Inspector General of Police Moazzam Jah Ansari", "Pashinyan's
/// spokeswoman Nazeli Baghdasaryan", not "Imperial College" in "X, of Imperial College".
pub fn head_name<'a>(names: &'a [String], head: &str) -> Option<&'a String> {
    names
        .iter()
        .rfind(|n| head.contains(n.as_str()))
        .or(names.first())
}

/// What is left of a speaker phrase once the name is out, as a role: "Dr , head of the
/// hospital" → "head of the hospital".
pub(super) fn tidy_role(rest: &str) -> String {
    // Honorifics, and conjunctions a clause boundary leaves ("while the Nato secretary general").
    let rest = rest.replace(" ,", ",");
    let mut role = rest.trim_matches(|c: char| c == ',' || c.is_whitespace());
    while let Some((first, tail)) = role.split_once([' ', ',']) {
        if !WORDS.has("honorific", &first.trim_end_matches('.').to_lowercase()) {
            break;
        }
        role = tail.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    }
    if WORDS.has("honorific", &role.trim_end_matches('.').to_lowercase()) {
        return String::new();
    }
    // "Prime Minister X, also known as Y": another name, not a part of the role.
    let role = WORDS
        .words("other-name")
        .iter()
        .find_map(|k| role.find(k.as_str()).map(|at| &role[..at]))
        .unwrap_or(role);
    role.to_string()
}

pub(super) fn shares_word(a: &str, b: &str) -> bool {
    let a = a.to_lowercase();
    b.to_lowercase()
        .split_whitespace()
        .filter(|w| w.len() > 3)
        .any(|w| a.contains(w))
}
