//! Cues to the publisher that need more than one line: an outlet the story says it was told
//! something, counted across the page, and an outlet's name under the headline that the page
//! names again as its own.

use crate::wordlists::{FOUND_OUT, MASTHEAD_JOINING};
use std::collections::BTreeMap;
use std::sync::LazyLock;

use brief_text::pattern::Pattern;

/// Words that describe an outlet as one kind among others ("told YTN television", "told the
/// YTN news channel"): a story calls another outlet so, never itself.
/// An adjective may come first ("told RAI public radio").
const DESCRIBED: &str = r"(?:(?:public|state|local|national|private|regional|commercial)\s+)?(?:television|TV|radio|newspaper|daily|news channel|news agency|news website|broadcaster|channel|network|magazine|agency|station|media)";

/// "Australian broadcaster ABC", "footage from Outlet", "according to Outlet": the page names
/// the outlet as another one, by its kind before its name, as the source of pictures it shows
/// or as a source it cites.
fn described_elsewhere(lines: &[&str]) -> Vec<String> {
    static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(format!(
            r"(?-u:\b)(?:(?:broadcaster|television|radio|newspaper|news agency|channel|station|outlet|network)|(?i:footage|images|video|pictures)\s+(?:from|by|on|aired by|broadcast by))\s+(?:the\s+)?{}",
            super::publisher::NAME
        ))
    });
    // "According to Outlet, …": a source cited; "according to Outlet meteorologists" is the
    // outlet's own staff.
    static ACCORDING: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(format!(
            r"(?i:according to)\s+(?:the\s+)?{}\s*[,.;]",
            super::publisher::NAME
        ))
    });
    lines
        .iter()
        .flat_map(|l| {
            let mut found = BEFORE.captures_iter(l).collect::<Vec<_>>();
            found.extend(ACCORDING.captures_iter(l));
            found
        })
        .filter_map(|c| c.get(1).map(|m| super::publisher::tidy_name(m.as_str())))
        .collect()
}

/// "told Channel 4 News", "in a statement to the BBC", "speaking to Outlet": the outlets the
/// story says people spoke to, each with the number of such mentions. None of them counts
/// when the story cites another outlet's interview, which it does in one of three shapes:
/// it calls the outlet by its kind ("told YTN television"), as an outlet never calls itself;
/// it runs the speaker's words on with a pronoun ("told Outlet he feared …"), where an outlet's
/// own copy closes the quote with its name or goes on "that …"; or it names two outlets
/// people spoke to, as only a story gathered from several outlets does.
pub(crate) fn told_outlets(lines: &[&str]) -> BTreeMap<String, usize> {
    static TOLD: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(format!(
            r"(?-u:\b)(?:told|(?:statement|suggested|said|speaking|spoke|talking|talked)\s+to)\s+(?:the\s+)?{}(\s+(?i:{DESCRIBED})(?-u:\b))?(\s+(?:he|she|they|we|I)\s)?",
            super::publisher::NAME
        ))
    });
    let mut counts = BTreeMap::new();
    for line in lines {
        if !(line.contains("told") || line.contains(" to ")) {
            continue;
        }
        for caps in TOLD.captures_iter(line) {
            let Some(name) = caps.get(1).map(|m| super::publisher::tidy_name(m.as_str())) else {
                continue;
            };
            let handle_follows = caps
                .get(1)
                .is_some_and(|m| line[m.end()..].trim_start().starts_with('@'));
            // "told Muslims to leave": an order given to people, not an interview.
            let ordered = caps
                .get(1)
                .is_some_and(|m| line[m.end()..].trim_start().starts_with("to "));
            if !super::publisher::could_be_outlet(&name)
                || names_an_office(&name)
                || ends_a_persons_name(&name, lines)
                || handle_follows
                || ordered
            {
                continue;
            }
            if caps.get(2).is_some() || caps.get(3).is_some() {
                continue;
            }
            *counts.entry(name).or_insert(0) += 1;
        }
    }
    let described = described_elsewhere(lines);
    counts.retain(|name, _| !described.contains(name));
    // A described outlet beside a plain one is the story's source and its publisher
    // ("told the BBC …", "told Reuters news agency …"): only plain names are compared.
    if counts.len() > 1 {
        return BTreeMap::new();
    }
    counts
}

/// "Putin told Assad", where the story names "Syrian President Bashar al-Assad": a single word
/// the story writes elsewhere as the end of a longer name (after a capitalised word or a
/// hyphened particle) is a person's surname, not an outlet.
fn ends_a_persons_name(name: &str, lines: &[&str]) -> bool {
    if name.contains(' ') {
        return false;
    }
    lines.iter().any(|line| {
        line.match_indices(name).any(|(at, _)| {
            let before = &line[..at];
            let whole_word_after = line[at + name.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let previous = before.trim_end().rsplit(' ').next().unwrap_or_default();
            let joined = before.ends_with('-') && !before.ends_with(" -");
            let after_a_name = before.ends_with(' ')
                && previous.chars().next().is_some_and(char::is_uppercase)
                && previous.chars().all(|c| c.is_alphabetic() || c == '.')
                && !previous.eq_ignore_ascii_case("the")
                && !before.trim_end().ends_with(['.', ':']);
            whole_word_after && (joined || after_a_name)
        })
    })
}

/// Words in the first line that is the story's lede rather than its headline or header.
const LEDE_WORDS: usize = 12;

/// "US President Joe Biden has threatened …, reports Outlet.": a page passing on another
/// outlet's story credits it at the end of its first paragraph, the verb before the name.
/// Further down, the same shape credits one of the outlets a story is gathered from.
pub(crate) fn lede_credit(lines: &[&str]) -> Option<String> {
    static CREDIT: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(format!(
            r",\s+reports\s+(?:the\s+)?{}\.?$",
            super::publisher::NAME
        ))
    });
    let lede = lines
        .iter()
        .skip(1)
        .find(|l| l.split_whitespace().count() >= LEDE_WORDS)?;
    let name = super::publisher::tidy_name(CREDIT.captures(lede.trim())?.get(1)?.as_str());
    super::publisher::could_be_outlet(&name).then_some(name)
}

/// How many lines under the headline an outlet's name may stand alone on.
const HEADER_LINES: usize = 15;

/// "Daily Trust" alone under the headline, and the page naming it again as its own: "Daily
/// Trust learnt …", "MORE FROM THE NATIONAL", "Images Le Monde.fr". A name alone on a line may
/// be a topic's tag or a person's; said again in one of these shapes, it is the outlet's.
pub(crate) fn header_name_confirmed(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .enumerate()
        .skip(1)
        .take(HEADER_LINES)
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| is_short_name(l))
        .find(|&(i, name)| {
            let bare = name.strip_prefix("The ").unwrap_or(name);
            let plain = bare.contains(' ') || name.starts_with("The ");
            plain
                && brief_text::gazetteer::GAZETTEER.lookup(bare).is_none()
                && lines
                    .iter()
                    .enumerate()
                    .any(|(j, l)| j != i && l.trim() != name && names_itself(l, bare))
        })
        .map(|(_, name)| name.to_string())
}

/// One to four capitalised words, joining words allowed inside: the shape of a masthead.
fn is_short_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && line.len() <= 40
        && words
            .first()
            .is_some_and(|w| brief_text::names::is_capitalised(w))
        && words.iter().all(|w| {
            MASTHEAD_JOINING.contains(w)
                || (brief_text::names::is_capitalised(w)
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || "&'’-.".contains(c)))
        })
}

/// Whether `line` names `name` as the page's own outlet: reporting what it found out, as the
/// heading of its own links, or as its web address.
fn names_itself(line: &str, name: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let name = name.to_lowercase();
    if lower == format!("more from {name}") || lower == format!("more from the {name}") {
        return true;
    }
    lower.match_indices(&name).any(|(at, _)| {
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &lower[at + name.len()..];
        let address = after
            .strip_prefix('.')
            .is_some_and(|t| t.len() >= 2 && t.chars().take(2).all(|c| c.is_ascii_lowercase()));
        let found_out = after
            .strip_prefix(' ')
            .is_some_and(|t| FOUND_OUT.iter().any(|v| t.starts_with(v)));
        starts_word && (address || found_out)
    })
}

/// Words that are titles (`data/lexicon/titles.tsv`).
static TITLES: LazyLock<brief_text::lexicon::WordTable> = LazyLock::new(|| {
    brief_text::lexicon::WordTable::parse(include_str!("../../../data/lexicon/titles.tsv"))
});

/// "British Prime Minister Boris", "Dr": a person's title, not an outlet, after "spoke to".
/// The table's function words ("the", "of") are left aside: they join an outlet's name too;
/// so is a word in capitals, an outlet's brand ("VICE News").
fn names_an_office(name: &str) -> bool {
    name.split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()) && *w != "The")
        .filter(|w| w.chars().any(|c| c.is_lowercase()))
        .any(|w| TITLES.has("title", &w.to_lowercase()))
}

/// Whether a lowercased word is a person's title ("president", "minister").
pub(crate) fn is_title_word(word: &str) -> bool {
    TITLES.has("title", word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_the_story_gives_whole_is_no_outlet_told() {
        let lines = [
            "Putin sent messages to Syrian President Bashar al-Assad.",
            "\"We are ready to help,\" Putin told Assad on Monday.",
        ];
        assert!(ends_a_persons_name("Assad", &lines));
        assert!(!ends_a_persons_name(
            "Reuters",
            &["A farmer told Reuters that it rose."]
        ));
    }

    #[test]
    fn an_outlet_people_spoke_to_is_named_and_one_of_two_is_not() {
        let one = ["The mayor told Harbour Radio that the bridge would reopen."];
        assert_eq!(told_outlets(&one).get("Harbour Radio"), Some(&1));
        let two = [
            "The mayor told Harbour Radio that the bridge would reopen.",
            "A ferry hand told Coast Daily that the engine had failed.",
        ];
        assert!(told_outlets(&two).is_empty());
    }

    #[test]
    fn people_told_to_do_something_are_no_outlet() {
        let lines = ["One witness said the gunmen first told Muslims to leave."];
        assert!(told_outlets(&lines).is_empty());
    }

    #[test]
    fn a_person_with_a_title_spoken_to_is_no_outlet() {
        let lines = ["The president spoke to Acting Prime Minister Lee about the rescue."];
        assert!(told_outlets(&lines).is_empty());
    }

    #[test]
    fn the_outlet_credited_at_the_end_of_the_lede_is_named_and_further_down_it_is_not() {
        let lede = "The governor has ordered an inquiry into the collapse of the bridge on Monday, reports Valley Wire.";
        assert_eq!(
            lede_credit(&["Bridge collapses", lede]).as_deref(),
            Some("Valley Wire")
        );
        let first =
            "The bridge collapsed on Monday evening as traffic crossed it in both directions.";
        assert_eq!(lede_credit(&["Bridge collapses", first, lede]), None);
    }

    #[test]
    fn a_name_under_the_headline_that_the_page_calls_its_own_is_the_outlet() {
        let page = |other: &str| {
            header_name_confirmed(&[
                "Floods cut off the north",
                "Harbour Daily",
                "The river burst its banks on Monday.",
                other,
            ])
        };
        assert_eq!(
            page("Most of the victims were children, Harbour Daily learnt.").as_deref(),
            Some("Harbour Daily")
        );
        assert_eq!(
            page("MORE FROM HARBOUR DAILY").as_deref(),
            Some("Harbour Daily")
        );
        assert_eq!(
            page("Photos Harbour Daily.com").as_deref(),
            Some("Harbour Daily")
        );
        // A tag the story merely mentions again is no outlet.
        assert_eq!(page("Harbour Daily said the river burst its banks."), None);
    }

    #[test]
    fn an_outlet_the_page_calls_by_its_kind_elsewhere_is_another_outlet() {
        let lines = [
            "The minister told coastal broadcaster KBX that the port would reopen.",
            "\"We will rebuild,\" he told KBX.",
        ];
        assert!(told_outlets(&lines).is_empty());
        let lines = [
            "Footage from Harbour TV showed the hull on its side.",
            "A diver told Harbour TV that nobody was found.",
        ];
        assert!(told_outlets(&lines).is_empty());
        let lines = [
            "According to KBX, the road was closed.",
            "A driver told KBX that he had waited all night.",
        ];
        assert!(told_outlets(&lines).is_empty());
        let lines = ["The mayor told KBX public radio that 5,000 people had left."];
        assert!(told_outlets(&lines).is_empty());
    }

    #[test]
    fn words_run_on_after_the_outlet_cite_its_interview() {
        let lines = ["A neighbour told Harbour Radio he feared the roof would fall."];
        assert!(told_outlets(&lines).is_empty());
    }

    #[test]
    fn an_outlet_described_as_a_channel_is_another_outlet() {
        let lines = [
            "One diver told KBX television the hull was dark.",
            "A survivor told the KBX news channel they were told to stay put.",
        ];
        assert!(told_outlets(&lines).is_empty());
    }
}
