//! Furniture told as a block or by its place above the story, after the context passes of
//! `neighbours.rs` (issue 12): the outlet's plea to its readers, a byline in a shape the rules
//! do not list, and a list of other stories under a pointer the rules took out. Each test is of
//! a line's form and place; none names a site's phrase.

use crate::wordlists::{
    OUTLET_VOICE_WORDS, READER_WORDS, REPORTING_WORDS, SELF_WORDS, WRITING_WORDS,
};
use crate::{model, rules, shapes};

/// Why a line of the outlet's plea to its readers was taken out.
pub const OUTLET_PLEA: &str = "the outlet's plea to its readers (support, donations, sign-up)";
/// Why a byline above the story was taken out.
pub const BYLINE_ABOVE: &str = "byline above the story";

/// Why a place name alone above the story was taken out.
pub const DATELINE_ABOVE: &str = "dateline on its own line above the story";

/// Runs every test of this module over the lines the earlier passes left.
pub fn mark(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    mark_pleas(texts, marked, reasons);
    mark_bylines_above_story(texts, marked, reasons);
    mark_dateline_above_story(texts, marked, reasons);
    mark_lists_under_pointers(texts, marked, reasons);
}

fn open(i: usize, marked: &[bool], reasons: &[Option<&'static str>]) -> bool {
    reasons[i].is_none() && !marked[i]
}

/// The fewest distinct words of a plea.
const PLEA_WORDS: usize = 4;
/// The most words of a label inside a plea's block ("Support the ICIR").
const PLEA_LABEL_WORDS: usize = 4;
/// The fewest lines of a plea's block speaking to the reader or as the outlet.
const PLEA_BLOCK_VOICES: usize = 2;
/// The words of a line the page's story is told in, and the fewest such lines outside a plea
/// for the page to read as a story told in the third person.
const STORY_LINE_WORDS: usize = 15;
const STORY_LINES: usize = 3;
/// At most this share of those lines may speak to the reader or as the outlet (a blog or a
/// company's announcement speaks so throughout, and is no story with a plea in it).
const STORY_VOICE_SHARE: f32 = 0.2;

/// How a line speaks: to the reader, as the outlet, or neither; `None` when it quotes or
/// reports someone, speaks as "I" or asks (the story's, or a reader's comment).
fn voice(line: &str) -> Option<(bool, bool, usize)> {
    if line.contains(['"', '“', '”', '?']) {
        return None;
    }
    let words = model::word_list(line);
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    if (has(*REPORTING_WORDS) || has(*WRITING_WORDS)) || has(*SELF_WORDS) {
        return None;
    }
    Some((has(*READER_WORDS), has(*OUTLET_VOICE_WORDS), words.len()))
}

/// A line speaking to the reader or as the outlet.
fn speaks(line: &str) -> bool {
    voice(line).is_some_and(|(reader, outlet, _)| reader || outlet)
}

/// A short label that is no sentence ("Support the ICIR").
fn is_label(line: &str) -> bool {
    let n = line.split_whitespace().count();
    (1..=PLEA_LABEL_WORDS).contains(&n) && !rules::ends_like_sentence(line)
}

/// The outlet asking its readers for support: a block of lines speaking to the reader or as
/// the outlet (labels and removed lines between them), at least two of them, one speaking as
/// both ("Your donation allows us to keep sending journalists …"), on a page whose story is
/// otherwise told in the third person. Such a block sits inside the story as often as around
/// it ("Your support helps us to tell the story" between a story's paragraphs).
fn mark_pleas(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let n = texts.len();
    let in_block = |j: usize, reasons: &[Option<&'static str>]| {
        reasons[j].is_some() || speaks(texts[j]) || is_label(texts[j])
    };
    let mut page = PageVoice::new(texts, reasons);
    let mut i = 0;
    while i < n {
        if !in_block(i, reasons) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && in_block(i, reasons) {
            i += 1;
        }
        let block = start..i;
        let open_lines: Vec<usize> = block.clone().filter(|&j| reasons[j].is_none()).collect();
        let voices = open_lines.iter().filter(|&&j| speaks(texts[j])).count();
        let plea = open_lines.iter().any(|&j| {
            voice(texts[j])
                .is_some_and(|(reader, outlet, words)| reader && outlet && words >= PLEA_WORDS)
        });
        if voices < PLEA_BLOCK_VOICES || !plea || !page.told_in_third_person(&block) {
            continue;
        }
        // Labels go only between lines of the plea, not at its edges.
        let first = open_lines.iter().copied().find(|&j| speaks(texts[j]));
        let last = open_lines.iter().copied().rfind(|&j| speaks(texts[j]));
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        for j in first..=last {
            if open(j, marked, reasons) {
                reasons[j] = Some(OUTLET_PLEA);
                page.remove(j);
            }
        }
    }
}

/// The voice of the page's long lines of its own (no quotation marks: a quotation speaking
/// as "we" is someone the story quotes, and says nothing of the page's voice either way),
/// tallied once per page so that judging each block costs only its own lines.
struct PageVoice {
    /// For each line: `None` when it is no such line, else whether it speaks in the page's
    /// own voice.
    own: Vec<Option<bool>>,
    lines: usize,
    voiced: usize,
}

impl PageVoice {
    fn new(texts: &[&str], reasons: &[Option<&'static str>]) -> Self {
        let own: Vec<Option<bool>> = (0..texts.len())
            .map(|j| {
                (reasons[j].is_none()
                    && model::word_count(texts[j]) >= STORY_LINE_WORDS
                    && !texts[j].contains(['"', '“', '”']))
                .then(|| speaks_in_own_voice(texts[j]))
            })
            .collect();
        let lines = own.iter().flatten().count();
        let voiced = own.iter().flatten().filter(|&&v| v).count();
        PageVoice { own, lines, voiced }
    }

    /// A line taken out no longer tells the page's voice.
    fn remove(&mut self, j: usize) {
        if let Some(v) = self.own[j].take() {
            self.lines -= 1;
            self.voiced -= usize::from(v);
        }
    }

    /// Outside `block`, the page's long lines are a story told in the third person: enough
    /// of them, few speaking to the reader or as the outlet in their own voice.
    fn told_in_third_person(&self, block: &std::ops::Range<usize>) -> bool {
        let inside = self.own[block.clone()].iter().flatten();
        let lines = self.lines - inside.clone().count();
        let voiced = self.voiced - inside.filter(|&&v| v).count();
        lines >= STORY_LINES && (voiced as f32) <= STORY_VOICE_SHARE * lines as f32
    }
}

/// A line of prose without quotation marks speaks in the page's own voice when it speaks to
/// the reader, as "we" or as "I", and reports no one ("… authorities said" is a story's).
fn speaks_in_own_voice(line: &str) -> bool {
    let words = model::word_list(line);
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    !(has(*REPORTING_WORDS) || has(*WRITING_WORDS))
        && (has(*READER_WORDS) || has(*OUTLET_VOICE_WORDS) || has(*SELF_WORDS))
}

/// The most words of a byline.
const BYLINE_WORDS: usize = 16;
/// The fewest capitalised words after "By" in a byline (a name).
const BYLINE_CAPITALS: usize = 2;

/// Above the story's first long paragraph, a line opening on "By" (or "From", a
/// correspondent's) followed by a name, that is no sentence: a byline in a shape the rules do
/// not list ("By Pacific affairs reporter Name and agencies", "From Name, Name, Abuja").
fn mark_bylines_above_story(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let Some(first_long) = first_long_line(texts, reasons) else {
        return;
    };
    for i in 0..first_long {
        if open(i, marked, reasons) && is_byline(texts[i]) {
            reasons[i] = Some(BYLINE_ABOVE);
        }
    }
}

/// The story's first long paragraph among the lines still kept.
fn first_long_line(texts: &[&str], reasons: &[Option<&'static str>]) -> Option<usize> {
    (0..texts.len()).find(|&i| reasons[i].is_none() && model::is_long_line(texts[i]))
}

/// Right above the story's first long paragraph, a place written alone as a dateline:
/// "ISTANBUL", "Dhaka:", "NEW DELHI —" (one to three capitalised words, in capitals or ending
/// on a colon or dash, no figure).
fn mark_dateline_above_story(
    texts: &[&str],
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    let Some(i) = first_long_line(texts, reasons).and_then(|first| first.checked_sub(1)) else {
        return;
    };
    if open(i, marked, reasons) && is_dateline_alone(texts[i]) {
        reasons[i] = Some(DATELINE_ABOVE);
    }
}

fn is_dateline_alone(line: &str) -> bool {
    let t = line.trim();
    let bare = t.trim_end_matches([':', '-', '–', '—', ',', ' ']);
    let tokens: Vec<&str> = bare.split_whitespace().collect();
    let marked_off = bare.len() < t.len();
    let in_capitals =
        bare.chars().any(char::is_alphabetic) && bare.chars().all(|c| !c.is_lowercase());
    (1..=3).contains(&tokens.len())
        && tokens.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
        })
        && (marked_off || in_capitals)
}

fn is_byline(line: &str) -> bool {
    let t = line.trim();
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let opens = tokens
        .first()
        .is_some_and(|w| matches!(*w, "By" | "BY" | "by" | "From" | "FROM"));
    if !opens || !(3..=BYLINE_WORDS).contains(&tokens.len()) || t.contains(['"', '“', '”']) {
        return false;
    }
    // A sentence ends on a full stop after a word; a name may end on an initial ("J.").
    let last = tokens[tokens.len() - 1];
    let initial = last.len() == 2 && last.starts_with(char::is_uppercase) && last.ends_with('.');
    if t.ends_with([':', '!', '?']) || t.ends_with('.') && !initial {
        return false;
    }
    tokens[1..]
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count()
        >= BYLINE_CAPITALS
}

/// The most words of a pointer heading a list ("READ ALSO:").
const POINTER_WORDS: usize = 3;
/// The fewest words of each headline in such a list.
const LISTED_HEADLINE_WORDS: usize = 4;

/// A list of two headlines or more (no sentence among them) right under a short pointer the
/// earlier passes took out ("READ ALSO:") is the pointer's: other stories. A story's own
/// points stay under a heading that stays ("Key points:").
fn mark_lists_under_pointers(
    texts: &[&str],
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    for run in shapes::runs_under(texts, shapes::bullet_or_dash) {
        let Some(head) = run.start.checked_sub(1) else {
            continue;
        };
        let pointer = reasons[head].is_some()
            && texts[head].trim_end().ends_with(':')
            && texts[head].split_whitespace().count() <= POINTER_WORDS;
        let headlines = run.len() >= 2
            && run.clone().all(|j| {
                !rules::ends_like_sentence(texts[j])
                    && model::word_count(texts[j]) >= LISTED_HEADLINE_WORDS
            });
        if pointer && headlines {
            for j in run {
                if open(j, marked, reasons) {
                    reasons[j] = Some(rules::RELATED_LINK);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str], before: &[Option<&'static str>]) -> Vec<Option<&'static str>> {
        let marked = vec![false; texts.len()];
        let mut reasons = before.to_vec();
        mark(texts, &marked, &mut reasons);
        reasons
    }

    const STORY: &str = "Gunmen attacked the village on Friday night and set fire to several houses, the local police chief told reporters on Saturday.";
    const STORY2: &str = "The attackers fled into the forest before soldiers arrived, and residents said at least twelve people were still missing.";
    const STORY3: &str = "Aid groups said the number of people displaced by the violence in the region had doubled since the start of the year.";

    #[test]
    fn an_outlets_plea_inside_a_story_is_taken_out() {
        let texts = [
            STORY,
            "Your support helps us to tell the story",
            "At such a moment, we need reporters on the ground. Your donation allows us to keep sending journalists.",
            "Your support makes all the difference.",
            STORY2,
            STORY3,
        ];
        let reasons = run(&texts, &[None; 6]);
        assert_eq!(reasons[1..4], [Some(OUTLET_PLEA); 3]);
        assert_eq!(reasons[0], None);
        assert_eq!(reasons[4], None);
    }

    #[test]
    fn a_page_speaking_to_its_reader_throughout_keeps_its_lines() {
        let texts = [
            "Today we are introducing a new app that gives you a faster way to message your friends and family.",
            "You can use it to reach all of your friends, and we hope it makes your conversations more lively.",
            "We will keep listening to what you tell us about it, and we will keep making it better for you.",
            "If you have a wider screen, you can slide the bar to adjust how many updates you see at a time.",
        ];
        assert_eq!(run(&texts, &[None; 4]), vec![None; 4]);
    }

    #[test]
    fn a_reported_appeal_stays() {
        let texts = [
            STORY,
            "We urge you to stay indoors, the governor said on Saturday.",
            "Our teams will reach you soon, officials told residents.",
            STORY2,
            STORY3,
        ];
        assert_eq!(run(&texts, &[None; 5]), vec![None; 5]);
    }

    #[test]
    fn a_place_alone_right_above_the_story_is_a_dateline() {
        assert!(is_dateline_alone("ISTANBUL"));
        assert!(is_dateline_alone("Dhaka:"));
        assert!(is_dateline_alone("NEW DELHI —"));
        assert!(!is_dateline_alone("Key points:"));
        assert!(!is_dateline_alone("Nepal"));
        assert!(!is_dateline_alone("UPDATE 3:"));
    }

    #[test]
    fn a_byline_above_the_story_is_taken_out() {
        let texts = [
            "By Pacific affairs reporter Liam Fox and agencies",
            "From Romanus Ugwu, Jude Idu, Abuja",
            STORY,
        ];
        let reasons = run(&texts, &[None; 3]);
        assert_eq!(reasons, vec![Some(BYLINE_ABOVE), Some(BYLINE_ABOVE), None]);
    }

    #[test]
    fn a_sentence_opening_on_by_stays() {
        let texts = [
            "By Monday, Police Chief Ade Bello had ordered more patrols.",
            STORY,
        ];
        assert_eq!(run(&texts, &[None; 2]), vec![None; 2]);
    }

    #[test]
    fn headlines_under_a_removed_pointer_are_other_stories() {
        let texts = [
            STORY,
            "READ ALSO:",
            "- Prison jailbreak: What you need to know",
            "- Why five government strategies have failed",
            STORY2,
        ];
        let before = [None, Some(rules::RELATED_LINK), None, None, None];
        let reasons = run(&texts, &before);
        assert_eq!(reasons[2..4], [Some(rules::RELATED_LINK); 2]);
        assert_eq!(reasons[4], None);
    }

    #[test]
    fn a_storys_points_under_a_heading_that_stays_stay() {
        let texts = [
            "Key points:",
            "• The refugees were travelling toward the coast",
            "• Ten children were among the dead",
            STORY,
        ];
        assert_eq!(run(&texts, &[None; 4]), vec![None; 4]);
    }
}
