//! The page telling its reader what to do, told by its mood (issue 12): above the story's first
//! paragraph of prose or below its last, a line opening on a verb in the imperative ("Join the
//! … channel for in-depth reports", "Stay up to date with notifications from …", "Read the
//! original article on …", "Please enter your comment!") is the site's call to action, whatever
//! its words. A news story is told, not ordered; inside the story the same shape is too often a
//! blog's or a how-to's own advice, so it is not tested there. A line wholly in brackets there
//! ("(This story has not been edited by … staff …)", "(ATTN: ADDS …)") is the editor speaking
//! about the story, not the story. A line the author marked stays.

use crate::model;
use crate::wordlists::{NOT_AN_ORDER_AFTER, READER_VERBS};

/// Why a call to action around the story was taken out.
pub const CALL_TO_ACTION: &str = "call to action around the story (an order to the reader)";

/// Why a note in brackets around the story was taken out.
pub const EDITORS_NOTE: &str = "editor's note in brackets around the story";

/// The fewest words of such a note.
const NOTE_MIN_WORDS: usize = 4;

/// The most words of such a line.
const CALL_MAX_WORDS: usize = 40;

/// Takes out each open line around the story that opens on an order to the reader.
pub fn mark(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let prose = |j: &usize| reasons[*j].is_none() && crate::is_prose(texts[*j]);
    let (Some(first), Some(last)) = (
        (0..texts.len()).find(prose),
        (0..texts.len()).rev().find(prose),
    ) else {
        return;
    };
    for i in (0..first).chain(last + 1..texts.len()) {
        if reasons[i].is_some() || marked[i] {
            continue;
        }
        if is_order_to_reader(texts[i]) {
            reasons[i] = Some(CALL_TO_ACTION);
        } else if is_bracketed_note(texts[i]) {
            reasons[i] = Some(EDITORS_NOTE);
        }
    }
}

/// A line of two words or more, quoting no one, whose first word is a verb of `READER_VERBS`
/// written with its capital, and whose second does not make that word a noun.
fn is_order_to_reader(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if !(2..=CALL_MAX_WORDS).contains(&tokens.len())
        || line.contains(['"', '“', '”'])
        || !line.trim_start().starts_with(char::is_uppercase)
    {
        return false;
    }
    let first = model::word_list(tokens[0]).concat();
    let second = model::word_list(tokens[1]).concat();
    READER_VERBS.contains(&first.as_str()) && !NOT_AN_ORDER_AFTER.contains(&second.as_str())
}

/// A line of a few words or more opening on a bracket and closing on it, with no other
/// bracket of that kind inside.
fn is_bracketed_note(line: &str) -> bool {
    let t = line.trim().trim_end_matches('.');
    let wholly = |open: char, close: char| {
        t.starts_with(open) && t.ends_with(close) && t.matches(open).count() == 1
    };
    (wholly('(', ')') || wholly('[', ']')) && t.split_whitespace().count() >= NOTE_MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str =
        "Gunmen stormed the village before dawn and killed at least twelve people, officials said.";

    fn removed(lines: &[&str]) -> Vec<bool> {
        let marked = vec![false; lines.len()];
        let mut reasons = vec![None; lines.len()];
        mark(lines, &marked, &mut reasons);
        reasons.iter().map(Option::is_some).collect()
    }

    #[test]
    fn an_order_to_the_reader_below_the_story_is_taken_out() {
        let lines = [
            STORY,
            STORY,
            "Read the original article on the paper's site.",
        ];
        assert_eq!(removed(&lines), [false, false, true]);
    }

    #[test]
    fn an_order_to_the_reader_above_the_story_is_taken_out() {
        let lines = ["Stay up to date with notifications from us", STORY, STORY];
        assert_eq!(removed(&lines), [true, false, false]);
    }

    #[test]
    fn a_note_in_brackets_below_the_story_is_taken_out() {
        let lines = [
            STORY,
            STORY,
            "(This story has not been edited by our staff.)",
        ];
        assert_eq!(removed(&lines), [false, false, true]);
    }

    #[test]
    fn inside_the_story_an_order_stays() {
        let lines = [
            STORY,
            "Check the roads before you leave, the police urged.",
            STORY,
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }

    #[test]
    fn a_noun_that_looks_like_an_order_stays() {
        let lines = [
            STORY,
            STORY,
            "Support for the new law has grown since the attack",
        ];
        assert_eq!(removed(&lines), [false, false, false]);
    }
}
