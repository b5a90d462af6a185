//! Who speaks for someone: governments, bodies, officials and analysts do; news outlets,
//! unnamed sources, bystanders and the emergency services at work do not.

use super::*;

/// Does an actor make statements worth listing? Governments, bodies, officials and analysts
/// do; a news outlet, an unnamed source or a bystander (no title, placed at most by a town:
/// "a 42-year-old shop owner in Hualien") does not.
pub(super) fn speaks_for_someone(actor: &Actor, publisher: &str, facts: &EventFacts) -> bool {
    let titled = |r: &str| GAZETTEER.role_in(r).is_some();
    let anonymous = actor.affiliation.is_none() && !actor.role.as_deref().is_some_and(titled);
    let bare_title = GAZETTEER
        .role_in(&actor.name)
        .is_some_and(|(t, _)| t.len() + 1 >= actor.name.len());
    let witness = actor.person
        && actor
            .role
            .as_deref()
            .is_none_or(|r| !titled(r) && !is_analyst_phrase(r))
        && actor
            .affiliation
            .as_deref()
            .is_none_or(|a| GAZETTEER.entity(a).is_none() && !facts.is_party(a));
    // "Bangladesh's Daily Star newspaper said": the outlet's kind left in its role.
    let outlet_by_role = actor
        .role
        .as_deref()
        .is_some_and(|r| is_news_outlet(r, publisher));
    !(is_news_outlet(&actor.name, publisher)
        || outlet_by_role
        || is_bystander(actor)
        || is_unnamed_source(actor)
            && !speaks_for_an_international_body(actor)
            && !of_a_named_body(actor)
        || works_in_the_emergency(actor)
        || witness
        || anonymous && (bare_title || !titled(&actor.name)))
}

/// A person described only by what they are to the event, whatever their nationality
/// ("British tourist Gary Pine", "a local resident"): they speak for no one else.
pub(super) fn is_bystander(actor: &Actor) -> bool {
    // A person by their role; an unnamed speaker by the words that describe them.
    let described = actor.role.as_deref().filter(|_| actor.person).or_else(|| {
        (!actor.person && !actor.name.contains(char::is_uppercase)).then_some(actor.name.as_str())
    });
    let Some(role) = described else {
        return false;
    };
    let lower = role.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !matches!(*w, "a" | "an" | "the"))
        .collect();
    let bystander = |w: &str| crate::PERSON_NOUNS.has("bystander", w);
    // "of Colombo, a 24-year-old marketing executive": a private person given by their age,
    // with no office.
    if words.iter().any(|w| w.ends_with("-year-old")) && GAZETTEER.role_in(role).is_none() {
        return true;
    }
    // "a family representative", "the family's lawyer": someone who speaks for a family.
    let before_head = words.len().checked_sub(2).map(|i| words[i]);
    if before_head
        .is_some_and(|w| crate::PERSON_NOUNS.has("private-party", w.trim_end_matches("'s")))
    {
        return true;
    }
    words
        .last()
        .is_some_and(|h| bystander(h) || h.strip_suffix('s').is_some_and(bystander))
        && GAZETTEER.role_in(role).is_none()
        && !is_analyst_phrase(role)
}

/// "his spokesman", "a spokeswoman": someone who carries another's words, unnamed.
pub(super) fn is_unnamed_spokesperson(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut words = lower.split_whitespace();
    let (Some(det), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(det, "his" | "her" | "its" | "their" | "a" | "the")
        && (WORDS.has("spokesperson", noun) || WORDS.has("carrier", noun))
}

/// Hospitals and rescue services report on the emergency they work in; they take no position
/// on it ("We are still pulling bodies out of the debris," said the rescue service's
/// spokesman).
pub(super) fn works_in_the_emergency(actor: &Actor) -> bool {
    let phrase = format!("{} {}", actor.role.as_deref().unwrap_or(""), actor.name).to_lowercase();
    WORDS
        .words("emergency")
        .iter()
        .any(|p| phrase.contains(p.as_str()))
}

/// Does an actor speak for an office or a body ("President Banda", "the electoral
/// commission", "the police")? Such an actor with no country named is of the event's own
/// country, as a reader takes them.
pub(super) fn speaks_for_an_office(actor: &Actor) -> bool {
    let titled = |phrase: &str| {
        GAZETTEER
            .role_in(phrase)
            .is_some_and(|(_, kind)| kind == RoleKind::Official)
    };
    // "aid agencies", "rights groups": bodies in general, of no one country.
    let lower = actor.name.to_lowercase();
    let generic = actor.name.ends_with('s')
        && !WORDS
            .words("public-plural")
            .iter()
            .any(|b| lower.ends_with(b.as_str()));
    // Hospitals, airlines, companies and the media hold no office.
    let private = WORDS
        .words("private")
        .iter()
        .any(|b| lower.ends_with(b.as_str()));
    actor.role.as_deref().is_some_and(titled)
        || !actor.person
            && (titled(&actor.name) || names_a_body(&actor.name) && !generic && !private)
}

/// Unnamed sources ("US officials said", "diplomats said") attribute reporting, not a
/// position anyone can be held to.
pub(super) fn is_unnamed_source(actor: &Actor) -> bool {
    let lower = actor.name.to_lowercase();
    !actor.person
        && WORDS
            .words("unnamed")
            .iter()
            .any(|u| lower.ends_with(u.as_str()))
        && lower.split_whitespace().count() <= 3
}

/// "Health ministry officials said": officials of a body named in the words before them
/// speak for that body.
fn of_a_named_body(actor: &Actor) -> bool {
    let words: Vec<&str> = actor.name.split_whitespace().collect();
    words.len() >= 2 && crate::speakers::names_a_body(&words[..words.len() - 1].join(" "))
}

/// Unnamed officials of an international body ("UN officials say", "WHO officials said")
/// are how that body's statements are reported; a government's unnamed officials ("officials
/// said", "US officials said") are a press source, not that government's position (the
/// annotations leave them out, whichever side they are of).
pub(super) fn speaks_for_an_international_body(actor: &Actor) -> bool {
    actor.affiliation.as_deref().is_some_and(|a| {
        GAZETTEER
            .entity(a)
            .is_some_and(|e| e.kind != EntityKind::Country)
    })
}

/// News media (`data/lexicon/media.tsv`).
pub(super) static MEDIA: std::sync::LazyLock<brief_text::lexicon::WordTable> =
    std::sync::LazyLock::new(|| {
        brief_text::lexicon::WordTable::parse(include_str!("../../../../data/lexicon/media.tsv"))
    });

/// News outlets report; they are not actors of the event.
pub(super) fn is_news_outlet(name: &str, publisher: &str) -> bool {
    let lower = name.to_lowercase();
    // "The Houthis' media office", "the army's media centre": a body's press office speaks
    // for the body.
    if MEDIA
        .words("press-office")
        .iter()
        .any(|office| lower.ends_with(office.as_str()))
    {
        return false;
    }
    let last = lower.rsplit(' ').next().unwrap_or_default();
    // "the Philippine Daily Inquirer", "the Times of India": a newspaper by its name.
    let words: Vec<&str> = name.split_whitespace().collect();
    let masthead = words.len() > 1
        && (words.last().is_some_and(|w| MEDIA.has("masthead", w))
            || words.len() > 2 && MEDIA.has("masthead", words[0]) && words[1] == "of");
    MEDIA.has("agency", last)
        || masthead
        || (!publisher.is_empty()
            && lower == publisher.to_lowercase()
            && !publishes_its_own_statements(name))
        || names_a_medium(&lower)
}

/// A body that acts in the world (a country, the UNHCR, the OSCE, Human Rights Watch) still
/// speaks for itself on the page it publishes: its press release is its statement.
fn publishes_its_own_statements(name: &str) -> bool {
    brief_text::gazetteer::GAZETTEER.lookup(name).is_some()
}

/// "according to Focus Taiwan, a local news channel": a speaker the sentence describes, in
/// the phrase set off after its name, as a news medium.
pub(super) fn described_as_a_medium(name: &str, sentence: &str) -> bool {
    let Some(at) = sentence.find(name) else {
        return false;
    };
    let Some(rest) = sentence[at + name.len()..].strip_prefix(", ") else {
        return false;
    };
    let phrase = rest
        .split([',', ';', '.'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let indefinite = phrase.starts_with("a ") || phrase.starts_with("an ");
    indefinite && names_a_medium(&phrase)
}

/// "state media", "Al Jazeera television": a media word standing as a whole word, in a phrase
/// not headed by a title ("the OSCE media freedom representative" is an official, and
/// "immediately" holds no medium).
fn names_a_medium(lower: &str) -> bool {
    let padded = format!(" {} ", lower.replace(['’', '\'', ','], " "));
    let last = lower.rsplit(' ').next().unwrap_or_default();
    let headed_by_a_title = GAZETTEER.role_in(last).is_some();
    // "Xinhua news agency", "local newspapers": the medium ends the phrase, whatever its last
    // word.
    MEDIA_WORDS
        .iter()
        .any(|word| padded.ends_with(word) || padded.contains(word) && !headed_by_a_title)
}

/// The media words as whole words, spaces around them, and their plurals.
static MEDIA_WORDS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    MEDIA
        .words("media")
        .iter()
        .flat_map(|w| [format!(" {w} "), format!(" {w}s ")])
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_publisher_is_an_outlet_unless_it_is_a_body_that_acts() {
        assert!(is_news_outlet("Zorvex Online", "Zorvex Online"));
        assert!(!is_news_outlet("UNHCR", "UNHCR"));
        assert!(!is_news_outlet("Human Rights Watch", "Human Rights Watch"));
    }

    #[test]
    fn a_medium_is_a_whole_word_of_a_phrase_not_headed_by_a_title() {
        assert!(is_news_outlet("Xinhua news agency", ""));
        assert!(is_news_outlet("local Indonesian newspapers", ""));
        assert!(is_news_outlet("state media", ""));
        assert!(described_as_a_medium(
            "Focus Taiwan",
            "The truck plunged, according to Focus Taiwan, a local news channel."
        ));
        assert!(!described_as_a_medium(
            "John Smith",
            "The truck plunged, John Smith, a local official, said."
        ));
        // An official whose office is about the media, and a word that holds "media".
        assert!(!is_news_outlet("OSCE media freedom representative", ""));
        assert!(!is_news_outlet("the immediately available minister", ""));
    }
}
