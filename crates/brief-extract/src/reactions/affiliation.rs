//! Whose a speaker is: the principal of "his spokesman", the country of an unqualified
//! office, a capital speaking as its country, and which side of the event that makes them.

use super::*;

/// Resolves whose role an actor holds when the role names its holder's principal: "his
/// spokesman" (the person just named), "its spokesperson" (the body just named), "Vladimir
/// Putin's spokesperson" (a person: their country, else the country of whoever spoke just
/// before in the paragraph — "The Kremlin denied it. X, Putin's spokesperson, said …").
/// True when the affiliation is settled, found or not, so the event's country is not assumed.
pub(super) fn resolve_possessor(
    actor: &mut Actor,
    before: &Before,
    people: &PeopleDirectory,
) -> bool {
    // "his spokesperson" may stand as the actor's name, with no role of its own.
    let spoken_for = actor
        .name
        .split_once(' ')
        .is_some_and(|(first, _)| WORDS.has("possessive", &first.to_lowercase()));
    let Some(role) = actor
        .role
        .clone()
        .or_else(|| spoken_for.then(|| actor.name.clone()))
    else {
        return false;
    };
    let (pronoun, rest) = role.split_once(' ').unwrap_or((&role, ""));
    let principal = match pronoun.to_lowercase().as_str() {
        "his" | "her" => before.person.as_ref(),
        "its" | "their" => before.body.as_ref(),
        _ => None,
    };
    if let Some(p) = principal.filter(|p| p.name != actor.name && !rest.is_empty()) {
        actor.role = Some(format!("{rest} for {}", p.name));
        actor.affiliation = p.affiliation.clone().or_else(|| Some(p.name.clone()));
        return true;
    }
    let of_a_person = actor.affiliation.as_deref().is_some_and(|a| {
        // "Guterres's spokesman", and "Guterres spokesman" as headline style writes it.
        let possessive = role.contains(&format!("{a}'s"))
            || role.contains(&format!("{a}’s"))
            || role.strip_prefix(a).is_some_and(|rest| {
                rest.starts_with(' ')
                    && WORDS.has("spokesperson", rest.trim().to_lowercase().as_str())
            });
        possessive
            && GAZETTEER.lookup(a).is_none()
            && (person_names(a).first().is_some_and(|n| n == a) || !a.contains(' '))
            && people.find(a).is_some()
    });
    // "X said …. “…,” spokesman Y told reporters": a spokesperson of no one named speaks for
    // the body that spoke before in the paragraph, or else for the office-holder named last
    // ("Guterres condemned the strike, his spokesman said." / "“…,” spokesman Stephane
    // Dujarric said.").
    let spokesperson = WORDS.has("spokesperson", &role.to_lowercase());
    if spokesperson && actor.affiliation.is_none() {
        let principal = before
            .in_block
            .as_ref()
            .filter(|b| !b.person)
            .or_else(|| before.person.as_ref().filter(|p| p.role.is_some()));
        if let Some(principal) = principal {
            actor.affiliation = principal.affiliation.clone();
            return actor.affiliation.is_some();
        }
    }
    if !of_a_person {
        return false;
    }
    let principal = actor.affiliation.as_deref().and_then(|a| people.find(a));
    actor.affiliation = principal
        .and_then(|p| p.role.as_deref())
        .and_then(affiliation_of)
        .or_else(|| before.in_block.as_ref().and_then(|a| a.affiliation.clone()));
    true
}

/// The affiliation of an actor the phrase gave none: an office-holder is of the country
/// already named in the sentence, else of the article's home country (`article_home`).
pub(super) fn affiliation_from_context(
    actor: &Actor,
    in_sentence: Option<&str>,
    article_home: impl FnOnce() -> Option<String>,
) -> Option<String> {
    if !speaks_for_an_office(actor) {
        return None;
    }
    in_sentence.map(str::to_string).or_else(article_home)
}

/// The country a capital speaks for, when a speaker is named as the capital ("Azerbaijan's
/// capital, Baku"). A seat named alone keeps its name ("the White House", "the Kremlin"): it
/// is how readers know that body, and its affiliation already says the country.
pub(super) fn capital_as_country(actor: &Actor) -> Option<&'static str> {
    let (described, last) = actor.name.rsplit_once(',')?;
    if actor.person || !described.to_lowercase().ends_with("capital") {
        return None;
    }
    let last = last.trim();
    match GAZETTEER.lookup(last) {
        Some((country, TermKind::Seat)) if country.kind == EntityKind::Country => {
            Some(country.name)
        }
        _ => None,
    }
}

/// Whether a statement is addressed to another country ("condolences to", "his counterpart",
/// "solidarity with"), from `data/lexicon/reporting_verbs.tsv`'s `outward` phrases.
pub(super) fn addressed_abroad(s: &Sentence<'_>) -> bool {
    // ("their “deepest possible sympathy” to the Swiss President": the quotation marks apart.)
    let lower = s.reading.lower().replace(['“', '”', '"'], "");
    crate::speakers::outward_phrases().any(|p| lower.contains(p))
}

/// The one country an article's headline names besides `home` ("Rwanda: Kagame condoles with
/// Senegal"), where the consoling office belongs.
pub(super) fn headline_country_besides(s: &Sentence<'_>, home: Option<&str>) -> Option<String> {
    let others: std::collections::BTreeSet<&str> = GAZETTEER
        .mentions(&s.article.title)
        .into_iter()
        .filter(|m| m.kind == EntityKind::Country && Some(m.name) != home)
        .map(|m| m.name)
        .collect();
    match others.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// The country an article's unqualified offices ("President X", "the defence secretary")
/// belong to: the event's own country, or, when several countries are its sides, the one
/// of them the article names most (an American outlet on an attack on its troops in
/// Jordan).
pub(super) fn article_home(sentences: &[Sentence<'_>], facts: &EventFacts) -> Option<String> {
    // "ISLAMABAD, April 10 (DNA): … the Foreign Ministry said": an article datelined in
    // another country's capital speaks of that country's offices.
    if let Some(from) = sentences.first().and_then(|s| written_from(s.article)) {
        if facts.home_country().as_deref() != Some(from) && !facts.is_party(from) {
            return Some(from.to_string());
        }
    }
    let sides: Vec<&str> = facts
        .parties
        .iter()
        .filter_map(|p| GAZETTEER.country(p).map(|e| e.name))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if sides.len() < 2 {
        return facts.home_country();
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for s in sentences {
        for m in s.reading.mentions() {
            if sides.contains(&m.name) {
                *counts.entry(m.name).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, &str)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        // A clear lead only: with the sides named alike, no one country is the article's.
        [(first, c), (second, _), ..] if *first > second * 3 / 2 => Some(c.to_string()),
        [(_, c)] => Some(c.to_string()),
        _ => facts.home_country(),
    }
}

/// The country whose capital an article's dateline names ("ISLAMABAD, April 10 (DNA)").
fn written_from(article: &brief_clean::Article) -> Option<&'static str> {
    let dateline = article.dateline.as_deref()?;
    // (The gazetteer's lookup ignores case: "ISLAMABAD" is Islamabad.)
    let city = dateline.split([',', '(']).next()?.trim();
    match GAZETTEER.lookup(city) {
        Some((e, TermKind::Seat)) if e.kind == EntityKind::Country => Some(e.name),
        _ => None,
    }
}

pub(super) fn classify(actor: &Actor, facts: &EventFacts) -> ReactionKind {
    let phrase = format!("{} {}", actor.role.as_deref().unwrap_or(""), actor.name);
    if is_analyst_phrase(&phrase) {
        return ReactionKind::Analyst;
    }
    match actor.affiliation.as_deref() {
        Some(a) if facts.is_party(a) => ReactionKind::Party,
        Some(a) if GAZETTEER.entity(a).is_some() => ReactionKind::International,
        Some(a) if GAZETTEER.is_analyst_org(a) => ReactionKind::Analyst,
        _ => ReactionKind::Other,
    }
}

/// The country or body a public figure speaks for, by the name they are quoted by ("Narendra
/// Modi" → India), from `data/lexicon/public_figures.tsv`: people the news names with no
/// title or country.
pub(super) fn public_figure(name: &str) -> Option<String> {
    PUBLIC_FIGURES.get(&name.trim().to_lowercase()).cloned()
}

static PUBLIC_FIGURES: std::sync::LazyLock<rustc_hash::FxHashMap<String, String>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../../../data/lexicon/public_figures.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .map(|(name, body)| (name.trim().to_lowercase(), body.trim().to_string()))
            .collect()
    });

/// "The Secretary-General strongly condemns …": an office named alone that is one body's
/// (`office-of:` in `reactions.tsv`), the body it names.
pub(super) fn office_named_alone(actor: &Actor) -> Option<String> {
    let phrase = actor.role.as_deref().unwrap_or(&actor.name).to_lowercase();
    let phrase = phrase.trim_start_matches("the ").trim();
    WORDS
        .kinds("office-of:")
        .find(|kind| WORDS.has(kind, phrase))
        .map(|kind| kind["office-of:".len()..].to_string())
}

/// "“On behalf of the Government, people of the Republic of Zambia, … we wish to convey our
/// condolences,” remarked President Hichilema": the country a message is sent on behalf of,
/// named within a few words, is the speaker's.
pub(super) fn on_behalf_of(s: &Sentence<'_>) -> Option<String> {
    // How far after the phrase the country may be named, in bytes.
    const REACH: usize = 60;
    let text = s.reading.straight();
    let at = WORDS.words("on-behalf").iter().find_map(|p| {
        brief_text::find_ascii_ci(text, &format!("{p} ")).map(|at| at + p.len() + 1)
    })?;
    let mut end = (at + REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    GAZETTEER
        .mentions(&text[at..end])
        .into_iter()
        .find(|m| m.kind == brief_text::gazetteer::EntityKind::Country)
        .map(|m| m.name.to_string())
}
