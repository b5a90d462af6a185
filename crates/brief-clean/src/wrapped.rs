//! Hard-wrapped text: a page pasted from a fixed-width copy breaks its paragraphs every few
//! words ("… the fatal accident on" / "Thursday in which a boat …"). Read line by line, each
//! piece looks like a label or a stamp, and the article is lost; so when a page shows that
//! shape throughout, its broken lines are joined back into paragraphs before anything else.

/// How many lines must run on into a line that opens in lower case before the page is read as
/// hard-wrapped: one or two such breaks are a sentence split by the site, not a wrapped page.
const WRAPPED_BREAKS: usize = 3;

/// Does the page break its sentences across lines throughout?
pub(super) fn is_hard_wrapped(body: &str) -> bool {
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let breaks = lines
        .windows(2)
        .filter(|w| {
            ends_in_a_word(w[0])
                && w[0].split_whitespace().count() >= 4
                && opens_lower(w[1])
                && w[1].split_whitespace().count() >= 3
        })
        .count();
    breaks >= WRAPPED_BREAKS
}

/// In a hard-wrapped page, does `next` carry on the sentence `prev` leaves open?
pub(super) fn continues(prev: &str, next: &str) -> bool {
    let words = prev.split_whitespace().count();
    runs_on(prev) && (opens_lower(next) || words >= 4 && ends_in_a_word(prev))
}

/// A line that stops without closing its sentence (no full stop, question or exclamation
/// mark, colon or semicolon before any closing quotes or brackets).
fn runs_on(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    !core.is_empty() && !core.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Does the line stop on a word or a comma, as a sentence broken in its middle does (not on a
/// bracket, a figure or a credit)?
fn ends_in_a_word(line: &str) -> bool {
    line.chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() || c == ',')
}

/// Does the line open with a lowercase letter, as a sentence's middle does?
fn opens_lower(line: &str) -> bool {
    line.trim_start_matches(['"', '“', '\'', '‘', '('])
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "POPE FRANCIS described as \"shameful\" the fatal accident on\n\
        Thursday in which a boat carrying as many as 500 migrants\n\
        to the island sank.\n\
        Addressing a conference in the Vatican on Thursday, he asked\n\
        everyone to \"renew our efforts to ensure that such tragedies are\n\
        not to be repeated\".\n\
        At least 130 people died as the boat, travelling from Misrata,\n\
        in Libya, sank half a mile from the shore.\n";

    #[test]
    fn a_page_broken_mid_sentence_throughout_is_hard_wrapped() {
        assert!(is_hard_wrapped(WRAPPED));
        assert!(continues(
            "At least 130 people died as the boat, travelling from Misrata,",
            "in Libya, sank half a mile from the shore."
        ));
        assert!(continues(
            "Turkish President Recep Tayyip",
            "Erdogan said it was the worst."
        ));
        assert!(!continues("to the island sank.", "Addressing a conference"));
    }

    #[test]
    fn a_page_of_whole_paragraphs_and_labels_is_not() {
        let page = "Home\nWorld\nShare this\nfacebook\ntwitter\n\
            Rescuers searched the rubble on Monday.\n\
            A video posted online showed flames\n\
            erupting and a loud bang, witnesses said.\n";
        assert!(!is_hard_wrapped(page));
    }
}
