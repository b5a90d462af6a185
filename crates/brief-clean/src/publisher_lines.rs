//! Lines that name the page's outlet by their shape alone: a segment of the headline's line
//! beside its date ("… | News | DW | 23.09.2012"), the opening credit of a page carrying
//! another's copy ("(MENAFN- Pajhwok Afghan News)"), a dateline of the outlet's own ("ASTANA.
//! KAZINFORM –"), a name alone in brackets ("(Al Jazeera)"), the print edition's line
//! ("Published in Dawn, April 2nd, 2024"), a desk's credit ("Gulf Today Report") and a
//! photographer's credit to the outlet ("N. Nantha/BenarNews").

use std::sync::LazyLock;

use brief_text::pattern::Pattern;

use crate::publisher::{could_be_outlet, MEDIA};

/// The outlets these shapes name, each once per line that names it.
pub(crate) fn outlets_by_shape(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| {
            let line = l.trim();
            segment_beside_a_date(line)
                .or_else(|| carrier_credit(line))
                .or_else(|| own_dateline(line))
                .or_else(|| bracketed_name(line))
                .or_else(|| published_in(line))
                .or_else(|| desk_report(line))
                .or_else(|| own_photographer(line))
        })
        .filter(|name| could_be_outlet(name) && !is_label(name))
        .collect()
}

/// A section's or a stamp's word of the page, no outlet's name ("News", "Updated"); words
/// that are never outlets and places are left to `could_be_outlet`.
fn is_label(name: &str) -> bool {
    let lower = name.to_lowercase();
    MEDIA.has("section", &lower) || MEDIA.has("stamp-label", &lower)
}

/// "Nine climbers killed on Nepal′s Mount Manaslu | News | DW | 23.09.2012": in a line cut
/// into segments by bars, a short name right before the segment that is the date.
fn segment_beside_a_date(line: &str) -> Option<String> {
    let segments: Vec<&str> = line.split(" | ").map(str::trim).collect();
    if segments.len() < 3 {
        return None;
    }
    let at = segments.iter().position(|s| is_a_date_alone(s))?;
    let name = *segments.get(at.checked_sub(1)?)?;
    // Not the headline itself, the first segment.
    (at >= 2 && is_short_name(name)).then(|| name.to_string())
}

/// A segment that is a full date and nothing more ("23.09.2012", "March 12, 2024").
fn is_a_date_alone(segment: &str) -> bool {
    segment.split_whitespace().count() <= DATE_WORDS
        && !brief_text::dates::explicit_dates(segment).is_empty()
}

/// The most words a date written alone takes ("Tuesday, March 12, 2024").
const DATE_WORDS: usize = 4;

/// "(MENAFN- Pajhwok Afghan News) PESHAWAR …": the page's name, then the outlet whose copy
/// it carries, in brackets opening the story.
fn carrier_credit(line: &str) -> Option<String> {
    static CREDIT: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"^\(([A-Z][A-Za-z]{2,})\s*-\s*[A-Z][^()]{2,60}\)"));
    Some(CREDIT.captures(line)?.get(1)?.as_str().to_string())
}

/// "ASTANA. KAZINFORM – June 12 has been declared …": a city in capitals, a full stop, and
/// the outlet's name in capitals before the dash, as national agencies open their stories.
fn own_dateline(line: &str) -> Option<String> {
    static DATELINE: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})?\.\s+([A-Z]{4,})\s+[–—-]\s+\S")
    });
    Some(DATELINE.captures(line)?.get(1)?.as_str().to_string())
}

/// "(Al Jazeera)": a line that is nothing but a name of one to three capitalised words in
/// brackets, the credit of the outlet whose story it ends.
/// A wire's credit ("(Xinhua)", "(PA Wire)", "(Agencies)") names where the copy came from,
/// not the page's outlet.
fn bracketed_name(line: &str) -> Option<String> {
    let name = line.strip_prefix('(')?.strip_suffix(')')?.trim();
    let lower = name.to_lowercase();
    let wire = is_wire(&lower) || lower.ends_with(" wire") || lower == "agencies";
    (is_short_name(name) && !wire).then(|| name.to_string())
}

/// "Published in Dawn, April 2nd, 2024": the print edition a web page's story ran in, with
/// its date.
fn published_in(line: &str) -> Option<String> {
    let rest = MEDIA
        .words("print-line")
        .iter()
        .find_map(|p| line.strip_prefix(p.as_str())?.strip_prefix(' '))?;
    let (name, date) = rest.split_once(',')?;
    let name = name.trim().trim_start_matches("the ").trim();
    (is_short_name(name) && !brief_text::dates::explicit_dates(date).is_empty())
        .then(|| name.to_string())
}

/// "Gulf Today Report", "APP Report": the outlet's desk credited as the story's author.
fn desk_report(line: &str) -> Option<String> {
    let name = MEDIA
        .words("desk-credit")
        .iter()
        .find_map(|c| line.strip_suffix(c.as_str())?.strip_suffix(' '))?;
    // ("Annual Report", "Special Report": one capitalised word is a kind of report.)
    let distinct = name.split_whitespace().count() >= 2
        || name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
    (is_short_name(name) && distinct).then(|| name.to_string())
}

/// "N. Nantha/BenarNews": a photographer's credit to the outlet itself, written as one word;
/// a wire's or a photo agency's ("Ana Ruiz/AFP", "John Smith/Getty Images") names where the
/// picture came from, and "AP Photo/Markus Schreiber" or "News / Middle East" are no credit
/// to an outlet.
fn own_photographer(line: &str) -> Option<String> {
    let (person, outlet) = line.rsplit_once('/')?;
    if person.ends_with(' ') || outlet.starts_with(' ') || outlet.contains(' ') {
        return None;
    }
    let lower = outlet.to_lowercase();
    let wire = is_wire(&lower) || crate::wordlists::PHOTO_AGENCIES.contains(&lower.as_str());
    let person_words: Vec<&str> = person.split_whitespace().collect();
    let named = (2..=3).contains(&person_words.len())
        && person_words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !person_words.iter().any(|w| {
            let w = w.to_lowercase();
            w == "photo" || is_wire(&w)
        });
    (named && !wire && outlet.len() >= 3 && is_short_name(outlet)).then(|| outlet.to_string())
}

/// A news agency or a wire (lowercased name), whose credit names where a copy came from, not
/// the page's outlet.
fn is_wire(lower: &str) -> bool {
    MEDIA.has("agency", lower) || MEDIA.has("wire", lower)
}

/// One to three capitalised words (or initials) of letters: the shape of an outlet's name.
fn is_short_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || "&'’.-".contains(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_name_the_outlet() {
        let lines = [
            "Nine climbers killed on Nepal′s Mount Manaslu | News | DW | 23.09.2012",
            "(MENAFN- Pajhwok Afghan News) PESHAWAR (Pajhwok): At least 23 soldiers were killed.",
            "ASTANA. KAZINFORM – June 12 has been declared the Mourning Day in Kazakhstan.",
            "(Al Jazeera)",
            "Published in Dawn, April 2nd, 2024",
            "Gulf Today Report",
            "N. Nantha/BenarNews",
        ];
        assert_eq!(
            outlets_by_shape(&lines),
            [
                "DW",
                "MENAFN",
                "KAZINFORM",
                "Al Jazeera",
                "Dawn",
                "Gulf Today",
                "BenarNews"
            ]
        );
    }

    #[test]
    fn labels_places_and_sentences_are_no_outlet() {
        let lines = [
            "Floods hit the north | World | 23.09.2012",
            "(Kazakhstan)",
            "(Xinhua)",
            "(PA Wire)",
            "(Agencies)",
            "(This is a sentence in brackets.)",
            "KABUL. AFGHANISTAN – The ministry said.",
            "Friday 12 March 2024",
            "Updated 24-07-2025",
            "Ana Ruiz/AFP",
            "John Smith/Getty Images",
            "Annual Report",
            "AP Photo/Markus Schreiber",
            "News / Middle East",
            "1/35",
        ];
        assert!(
            outlets_by_shape(&lines).is_empty(),
            "{:?}",
            outlets_by_shape(&lines)
        );
    }
}
