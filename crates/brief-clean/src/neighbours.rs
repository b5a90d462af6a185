//! Furniture told by the lines around it, after the model and the shapes of `shapes.rs`
//! (issue 12): a picture's text written twice a few lines apart, alt text above its caption,
//! names beside page furniture, and what is left below the
//! story among removed lines. Each test is of a line's form and place, never of a phrase a
//! particular site uses; a line the author marked always stays.

use crate::wordlists::{CREDIT_LABELS, PERSON_WORDS, STORY_POINTERS, TRADE_NOUNS};
use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::{model, rules, shapes};

/// The fewest words of a line whose repetition nearby makes it a picture's text.
const REPEAT_WORDS: usize = 5;
/// How many lines apart the two copies of a picture's text may sit (alt text, caption label,
/// caption).
const REPEAT_REACH: usize = 4;

/// Why a name beside page furniture was taken out.
pub const NAME_BESIDE_FURNITURE: &str = "a name beside page furniture (byline)";
/// Why a short line below the story among removed lines was taken out.
pub const LEFT_AMONG_FURNITURE: &str = "short line among page furniture below the story";

/// Runs every test of this module over the lines the earlier passes left.
pub fn mark(title: &str, texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let long = LongLines::new(texts);
    mark_repeated_pictures(texts, &long, marked, reasons);
    mark_alt_text(texts, &long, marked, reasons);
    mark_names_beside_furniture(texts, &long, marked, reasons);
    mark_embedded_posts(texts, marked, reasons);
    mark_credit_shapes(texts, marked, reasons);
    mark_bios(texts, &long, marked, reasons);
    mark_pointed_headlines(texts, marked, reasons);
    mark_positioned_captions(texts, marked, reasons);
    mark_left_below_story(texts, marked, reasons);
    mark_between_furniture(title, texts, &long, marked, reasons);
}

/// Whether each line is a long paragraph of prose, read when first asked (several tests ask
/// it of a few lines each; reading it of every line cost more than the tests).
struct LongLines<'t> {
    texts: &'t [&'t str],
    known: Vec<OnceCell<bool>>,
}

impl<'t> LongLines<'t> {
    fn new(texts: &'t [&'t str]) -> Self {
        LongLines {
            texts,
            known: vec![OnceCell::new(); texts.len()],
        }
    }

    fn at(&self, i: usize) -> bool {
        *self.known[i].get_or_init(|| model::is_long_line(self.texts[i]))
    }
}

fn open(i: usize, marked: &[bool], reasons: &[Option<&'static str>]) -> bool {
    reasons[i].is_none() && !marked[i]
}

/// The same words (five or more, no sentence of the story's length) twice within a few lines,
/// one of them already taken for furniture and no paragraph between them: a picture's alt
/// text and its caption, with a label or another caption between them. A
/// story does not repeat itself a line or two later; a paragraph of prose repeated (a pull
/// quote) is left to the model.
fn mark_repeated_pictures(
    texts: &[&str],
    long: &LongLines,
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    // Each line's words, read only for lines near furniture.
    let mut words: Vec<Option<Vec<String>>> = vec![None; texts.len()];
    let read = |words: &mut Vec<Option<Vec<String>>>, k: usize| {
        if words[k].is_none() {
            words[k] = Some(model::word_list(texts[k]));
        }
    };
    for i in 0..texts.len() {
        let reach = i + 1..texts.len().min(i + 1 + REPEAT_REACH);
        // One copy already taken for furniture (a reader quoting a reader keeps both).
        if reasons[i].is_none() && !reach.clone().any(|j| reasons[j].is_some())
            || model::word_count(texts[i]) < REPEAT_WORDS
            || long.at(i)
        {
            continue;
        }
        read(&mut words, i);
        if !describes_a_scene(texts[i], words[i].as_deref().unwrap_or_default()) {
            continue;
        }
        for j in reach {
            // No paragraph of the story between them (a deck the story says again).
            let story_between = (i + 1..j).any(|k| long.at(k));
            if (reasons[i].is_some() || reasons[j].is_some())
                && !story_between
                && model::word_count(texts[j]) == model::word_count(texts[i])
                && {
                    read(&mut words, j);
                    words[j] == words[i]
                }
            {
                for k in [i, j] {
                    if open(k, marked, reasons) {
                        reasons[k] = Some(model::CAPTION);
                    }
                }
            }
        }
    }
}

/// A line that could describe a picture: in the third person, asking nothing, announcing
/// nothing after a colon (a quoted reader's "… writes:").
fn describes_a_scene(line: &str, words: &[String]) -> bool {
    !line.trim_end().ends_with(['?', ':', '!'])
        && !words.iter().any(|w| PERSON_WORDS.contains(&w.as_str()))
}

/// The words a picture's alt text and its caption open with alike ("Police stand near
/// earthquake rubble." / "Police stand near buildings damaged … (Name/Agency)").
const ALT_OPENING_WORDS: usize = 3;
/// The most words of such alt text.
const ALT_TEXT_WORDS: usize = 25;

/// The line right above a caption (or beside a removed line) that repeats its opening words,
/// or is the start of it, is the picture's alt text.
fn mark_alt_text(
    texts: &[&str],
    long: &LongLines,
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    for i in 0..texts.len() {
        // Only a removed line below makes a line alt text.
        let beside_removed = i + 1 < texts.len() && reasons[i + 1].is_some();
        if !beside_removed || !open(i, marked, reasons) || long.at(i) {
            continue;
        }
        if !(ALT_OPENING_WORDS..=ALT_TEXT_WORDS).contains(&model::word_count(texts[i])) {
            continue;
        }
        // The opening words first: both tests want them alike.
        let opening = |t: &str| model::word_list_head(t, ALT_OPENING_WORDS);
        if opening(texts[i]) != opening(texts[i + 1]) {
            continue;
        }
        let own = model::word_list(texts[i]);
        let alt_of = |j: usize| {
            let other = model::word_list(texts[j]);
            let caption = shapes::is_caption_reason(reasons[j]);
            let same_opening =
                other.len() > own.len() && other[..ALT_OPENING_WORDS] == own[..ALT_OPENING_WORDS];
            // Its whole words again at the start of a removed line, credit or stamp after.
            let prefix = reasons[j].is_some() && other.len() > own.len() && other.starts_with(&own);
            caption && same_opening || prefix
        };
        if i + 1 < texts.len() && alt_of(i + 1) {
            reasons[i] = Some(model::CAPTION);
        }
    }
}

/// Above the story, two to four capitalised words of letters, naming a person, beside a
/// removed line (or beside another such name that is): the authors' names of a byline split over lines
/// ("Boubacar Diallo" / "Chinedu Asadu" / "Dec 19, 2023"). A subheading says something;
/// a name alone between furniture is no part of the story.
fn mark_names_beside_furniture(
    texts: &[&str],
    long: &LongLines,
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    // Above the story's first long paragraph: further down, names on lines of their own
    // head readers' comments.
    let Some(first_story) = (0..texts.len()).find(|&i| reasons[i].is_none() && long.at(i)) else {
        return;
    };
    let names: Vec<bool> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            i < first_story
                && crate::looks_like_a_name(t)
                && !has_stop_word(t)
                && !t.trim_end().ends_with(['.', '!'])
        })
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..texts.len() {
            if !names[i] || !open(i, marked, reasons) {
                continue;
            }
            let beside = [i.wrapping_sub(1), i + 1]
                .iter()
                .any(|&j| j < texts.len() && reasons[j].is_some());
            if beside {
                reasons[i] = Some(NAME_BESIDE_FURNITURE);
                changed = true;
            }
        }
    }
}

fn has_stop_word(line: &str) -> bool {
    model::word_list(line)
        .iter()
        .any(|w| model::is_stop_word(w))
}

/// Why an embedded social-media post was taken out.
pub const EMBEDDED_POST: &str = "embedded social-media post";

/// The signature an embedded post ends with: a dash, the author, the account in brackets and
/// the day it was posted ("— Terror Alarm (@Terror_Alarm) May 27, 2023").
static POST_SIGNATURE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\s*$",
    )
    .expect("the post signature pattern is valid")
});

/// A post embedded in the page (a tweet): its text with its signature after it, or the
/// signature on a line of its own and the post's text on the line above. Reported words the
/// story quotes from a post are written in its own sentences, without the signature.
fn mark_embedded_posts(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len() {
        if !texts[i].contains("(@") || !POST_SIGNATURE_RE.is_match(texts[i]) {
            continue;
        }
        if open(i, marked, reasons) {
            reasons[i] = Some(EMBEDDED_POST);
        }
        let alone = texts[i].trim_start().starts_with(['—', '–', '-']);
        if alone && i > 0 && open(i - 1, marked, reasons) {
            reasons[i - 1] = Some(EMBEDDED_POST);
        }
    }
}

/// The most words after a credit label ("Image: Name/Agency", "Video Credit: Name").
const CREDIT_TAIL_WORDS: usize = 8;
/// The most words of a line that is a credit label and its names alone.
const CREDIT_LINE_WORDS: usize = 8;

/// A picture's or video's credit in shapes the rules do not read: its label glued to the
/// caption's last word ("… on SaturdayImage: Name/AP/picture alliance"), and a short line of
/// a credit label and names ("| Video Credit: S.S. Kumar").
fn mark_credit_shapes(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len() {
        if open(i, marked, reasons) && (has_glued_credit(texts[i]) || is_credit_line(texts[i])) {
            reasons[i] = Some(model::CAPTION);
        }
    }
}

/// "… on SaturdayImage: Evgeniy Maloletka/AP/picture alliance": the label right after a
/// lowercase letter or a full stop with no space between, a short credit after it naming an
/// agency with a slash.
fn has_glued_credit(line: &str) -> bool {
    CREDIT_LABELS.iter().any(|label| {
        line.match_indices(label).any(|(at, _)| {
            let glued = line[..at]
                .chars()
                .last()
                .is_some_and(|c| c.is_lowercase() || c == '.');
            let tail = &line[at + label.len()..];
            // "… festival.Credit:AP": a short tail of capitalised names needs no slash.
            let names_only = (1..=3).contains(&tail.split_whitespace().count())
                && tail
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase));
            glued
                && (tail.contains('/') || names_only)
                && tail.split_whitespace().count() <= CREDIT_TAIL_WORDS
                && !rules::ends_like_sentence(tail)
        })
    })
}

/// A short line holding a credit label and the names after it ("| Video Credit: S.S. Kumar",
/// "Photo credits: Name").
fn is_credit_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words > CREDIT_LINE_WORDS {
        return false;
    }
    let lower = line.to_lowercase();
    let Some(at) = lower.find("credit:").or_else(|| lower.find("credits:")) else {
        return false;
    };
    let names = line[at..].split_once(':').map_or("", |(_, n)| n);
    words <= CREDIT_LINE_WORDS
        && !names.trim().is_empty()
        && !names.contains(['"', '“', '”'])
        && !rules::ends_like_sentence(names.trim_end_matches('.'))
}

/// Why an author's biography was taken out.
pub const AUTHOR_BIO: &str = "about the author";
/// Within how many words of its start a biography names the trade.
const BIO_TRADE_REACH: usize = 8;

/// Below the story's last long paragraph, a sentence naming its subject's trade in its first
/// words ("Name is a budding journalist with …", "A print journalist with vast knowledge of
/// …"), and a name on the line above it: the author's biography.
fn mark_bios(
    texts: &[&str],
    long: &LongLines,
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    let Some(last_story) = (0..texts.len())
        .rev()
        .find(|&i| reasons[i].is_none() && long.at(i) && !is_bio(texts[i]))
    else {
        return;
    };
    for i in last_story + 1..texts.len() {
        if !open(i, marked, reasons) || !is_bio(texts[i]) {
            continue;
        }
        reasons[i] = Some(AUTHOR_BIO);
        let above = i - 1;
        if above > last_story && open(above, marked, reasons) && is_name_line(texts[above]) {
            reasons[above] = Some(AUTHOR_BIO);
        }
    }
}

/// A sentence opening on someone's trade: "X is a … journalist", "A … reporter with …".
fn is_bio(line: &str) -> bool {
    if line.contains(['"', '“', '”']) || !rules::ends_like_sentence(line) {
        return false;
    }
    let words = model::word_list(line);
    let head = &words[..words.len().min(BIO_TRADE_REACH)];
    let trade = head.iter().position(|w| {
        TRADE_NOUNS
            .iter()
            .any(|t| w == t || w.strip_suffix('s') == Some(t))
    });
    let Some(trade) = trade else {
        return false;
    };
    let before = &head[..trade];
    let opens_on_article = matches!(words.first().map(String::as_str), Some("a" | "an"));
    let is_a = before
        .windows(2)
        .any(|w| w[0] == "is" && matches!(w[1].as_str(), "a" | "an" | "the"));
    opens_on_article || is_a
}

/// A person's name on a line of its own, in brackets or not, a title after it at most
/// ("Alex Roe", "(Nilesh) Editorial Staff").
fn is_name_line(line: &str) -> bool {
    let bare: String = line.chars().filter(|c| !matches!(c, '(' | ')')).collect();
    let words: Vec<&str> = bare.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !rules::ends_like_sentence(line)
}

/// The fewest words of the headline after such a pointer.
const POINTED_HEADLINE_WORDS: usize = 4;

/// A pointer to another story and its headline with no separator the rules read ("Read more
/// Niger soldiers behind coup attempt say …", "RELATED Officials discuss joint patrols …",
/// "► Read also: …"): a link to another story.
fn mark_pointed_headlines(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len() {
        if open(i, marked, reasons) && is_pointed_headline(texts[i]) {
            reasons[i] = Some(rules::RELATED_LINK);
        }
    }
}

fn is_pointed_headline(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    is_labelled_headline(line)
        || STORY_POINTERS.iter().any(|p| {
            let opens = line
                .get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p));
            if !opens || !line[p.len()..].starts_with([' ', ':', '|', '-', '–']) {
                return false;
            }
            // The same place in the line as written: the headline's own capitals.
            let headline = line[p.len()..].trim_start_matches([' ', ':', '|', '-', '–']);
            headline.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
                && headline.split_whitespace().count() >= POINTED_HEADLINE_WORDS
                && !rules::ends_like_sentence(headline)
        })
}

/// "LOOK HERE: Fires in Chile LIVE | Last minute …", "VIDEO: Hanoi river level hits …": a label
/// of one to three words in capitals and a colon before a headline, whatever the label says.
/// (A dateline before a story's lead, "KARACHI: The army said …", ends like a sentence.)
fn is_labelled_headline(line: &str) -> bool {
    let Some((label, headline)) = line.split_once(": ") else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let headline =
        headline.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '"' && c != '“');
    (1..=3).contains(&label_words)
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && label.chars().all(|c| c.is_uppercase() || c == ' ')
        && headline.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
        && headline.split_whitespace().count() >= POINTED_HEADLINE_WORDS
        && !rules::ends_like_sentence(headline)
}

/// Where a person stands in a picture, in brackets after the name ("Name (centre) speaking
/// to …", "Name (left) with his son …"): the words of a caption, not of a story. ("(R)" and
/// "(C)" are left alone: they are as often trademarks.)
static PICTURE_PLACE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\((?:(?:second |third )?(?:left|right|centre|center|front|back)|from left|from right|pictured)\)")
        .expect("the picture place pattern is valid")
});
/// The most words of such a caption.
const PLACED_CAPTION_WORDS: usize = 45;

/// A line saying where someone stands in the picture is its caption.
fn mark_positioned_captions(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len() {
        if open(i, marked, reasons)
            && texts[i].split_whitespace().count() <= PLACED_CAPTION_WORDS
            && texts[i].contains('(')
            && !texts[i].contains(['"', '“', '”'])
            && PICTURE_PLACE_RE.is_match(texts[i])
        {
            reasons[i] = Some(model::CAPTION);
        }
    }
}

/// The most words of a line left among furniture below the story.
const LEFT_LINE_WORDS: usize = 12;

/// Below the story's last paragraph of prose, a short line that is no sentence, with removed
/// lines on both sides (or after it, at the page's end), is furniture among furniture: the
/// context pass of jusText, run on what the model and the shapes left.
fn mark_left_below_story(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let Some(last_prose) = (0..texts.len())
        .rev()
        .find(|&i| reasons[i].is_none() && crate::is_prose(texts[i]))
    else {
        return;
    };
    for i in last_prose + 1..texts.len() {
        let text = texts[i];
        if !open(i, marked, reasons)
            || rules::ends_like_sentence(text)
            || text.split_whitespace().count() > LEFT_LINE_WORDS
        {
            continue;
        }
        let before = reasons[i - 1].is_some();
        let after = i + 1 >= texts.len() || reasons[i + 1].is_some();
        if before && after {
            reasons[i] = Some(LEFT_AMONG_FURNITURE);
        }
    }
}

/// Why a short line between removed lines was taken out.
pub const BETWEEN_FURNITURE: &str = "short label between page furniture";
/// The most words of such a line.
const BETWEEN_LINE_WORDS: usize = 12;

/// The most words of a label between furniture that may share words with the story.
const BETWEEN_LABEL_WORDS: usize = 3;

/// Anywhere on the page, a short line that is no sentence with a removed line on each side,
/// and either a label of a few words or a line sharing no word of weight with the headline
/// and the story (a label among menus, another story's headline between teasers). A deck or
/// a subheading beside a caption speaks of the story, and stays.
fn mark_between_furniture(
    title: &str,
    texts: &[&str],
    long: &LongLines,
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    // The story's words, read when a line first needs them (the lines this pass takes are
    // never long, so the story is the same whenever it is read).
    let mut topic: Option<HashSet<String>> = None;
    let mut off_topic = |text: &str, reasons: &[Option<&'static str>]| {
        if text.split_whitespace().count() <= BETWEEN_LABEL_WORDS {
            return true;
        }
        let topic = topic.get_or_insert_with(|| {
            let mut topic: HashSet<String> = shapes::topic_words(title).into_iter().collect();
            for (i, text) in texts.iter().enumerate() {
                if reasons[i].is_none() && long.at(i) {
                    topic.extend(shapes::topic_words(text));
                }
            }
            topic
        });
        !shapes::topic_words(text).iter().any(|w| topic.contains(w))
    };
    for i in 1..texts.len().saturating_sub(1) {
        let text = texts[i];
        if open(i, marked, reasons)
            && reasons[i - 1].is_some()
            && reasons[i + 1].is_some()
            && text.split_whitespace().count() <= BETWEEN_LINE_WORDS
            && !rules::ends_like_sentence(text)
            && off_topic(text, reasons)
        {
            reasons[i] = Some(BETWEEN_FURNITURE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str], reasons: &mut [Option<&'static str>]) {
        mark(
            "Storm kills dozens",
            texts,
            &vec![false; texts.len()],
            reasons,
        );
    }

    const STORY: &str = "Rescuers searched the rubble of the collapsed buildings through the night, and officials said the number of the dead was expected to rise further.";

    #[test]
    fn a_pictures_text_written_again_around_its_caption_goes() {
        let texts = [
            STORY,
            "Villagers flee their homes as the storm approaches",
            "The storm was the strongest in a decade",
            "Villagers flee their homes as the storm approaches",
        ];
        let mut reasons = vec![None, None, None, Some(model::CAPTION)];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], Some(model::CAPTION));
    }

    #[test]
    fn a_deck_the_story_says_again_stays() {
        let texts = [
            "Most of the victims are teenagers at the college",
            STORY,
            "Most of the victims are teenagers at the college.",
            STORY,
        ];
        let mut reasons = vec![Some("stamp"), None, None, None];
        run(&texts, &mut reasons);
        assert_eq!(reasons[2], None);
    }

    #[test]
    fn alt_text_opening_like_its_caption_goes() {
        let texts = [
            STORY,
            "Police stand near earthquake rubble.",
            "Police stand near buildings damaged after an earthquake struck the city on Saturday. (Name/Agency)",
            STORY,
        ];
        let mut reasons = vec![None, None, Some(model::CAPTION), None];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], Some(model::CAPTION));
    }

    #[test]
    fn authors_names_above_the_story_beside_a_stamp_go() {
        let texts = [
            "Jane Okafor",
            "Peter Lindqvist",
            "Dec 19, 2023",
            STORY,
            STORY,
        ];
        let mut reasons = vec![None, None, Some("posting stamp"), None, None];
        run(&texts, &mut reasons);
        assert_eq!(reasons[0], Some(NAME_BESIDE_FURNITURE));
        assert_eq!(reasons[1], Some(NAME_BESIDE_FURNITURE));
    }

    #[test]
    fn a_subheading_of_words_stays_beside_furniture() {
        let texts = ["Details of the raid", "Dec 19, 2023", STORY, STORY];
        let mut reasons = vec![None, Some("posting stamp"), None, None];
        run(&texts, &mut reasons);
        assert_eq!(reasons[0], None);
    }

    #[test]
    fn a_short_line_among_furniture_below_the_story_goes() {
        let texts = [STORY, STORY, "Share this", "Latest videos", "Sign in"];
        let mut reasons = vec![None, None, Some("share"), None, Some("login")];
        run(&texts, &mut reasons);
        assert_eq!(reasons[3], Some(LEFT_AMONG_FURNITURE));
    }

    #[test]
    fn a_closing_sentence_among_furniture_stays() {
        let texts = [
            STORY,
            STORY,
            "Share this",
            "The last flood, in 1957, killed 81 people.",
            "Sign in",
        ];
        let mut reasons = vec![None, None, Some("share"), None, Some("login")];
        run(&texts, &mut reasons);
        assert_eq!(reasons[3], None);
    }

    #[test]
    fn a_capitalised_label_before_a_headline_points_to_another_story() {
        assert!(is_pointed_headline(
            "LOOK HERE: Fires in Chile LIVE | Last minute of the tragedy in Valparaíso"
        ));
        assert!(is_pointed_headline(
            "VIDEO: Hanoi river level hits 20-year high as Typhoon Yagi toll passes 150"
        ));
        // A dateline before the story's lead is the lead.
        assert!(!is_pointed_headline(
            "KARACHI: The army said on Friday that the search for survivors was over."
        ));
        assert!(!is_pointed_headline("UN: Talks resume in Geneva"));
    }

    #[test]
    fn a_credit_of_names_glued_to_its_caption_needs_no_slash() {
        assert!(has_glued_credit(
            "A celebration ends in tragedy at the Love Parade festival.Credit:AP"
        ));
        assert!(!has_glued_credit(
            "The festival ended in tragedy. Credit: the organisers said they would review safety."
        ));
    }

    #[test]
    fn an_embedded_post_and_its_signature_go() {
        let texts = [
            STORY,
            "Troops are moving to the border tonight. pic.twitter.com/abc — Some Account (@some_account) May 27, 2023",
            "Residents describe the storm as the worst they remember.",
            "— Jane Roe (@janeroe) December 16, 2021",
            STORY,
        ];
        let mut reasons = vec![None; texts.len()];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], Some(EMBEDDED_POST));
        assert_eq!(reasons[2], Some(EMBEDDED_POST));
        assert_eq!(reasons[3], Some(EMBEDDED_POST));
        assert_eq!(reasons[0], None);
    }

    #[test]
    fn a_credit_glued_to_its_caption_or_on_its_own_line_goes() {
        assert!(has_glued_credit(
            "The building was struck by a missile on SaturdayImage: Jane Roe/AP/picture alliance"
        ));
        assert!(is_credit_line("| Video Credit: S.S. Kumar"));
        assert!(!has_glued_credit(
            "The agency said the Image: label was added later by the editors."
        ));
        assert!(!is_credit_line(
            "The minister gave credit: to the rescuers who worked through the night in the rain."
        ));
    }

    #[test]
    fn the_authors_biography_below_the_story_goes_with_the_name_above_it() {
        let texts = [
            STORY,
            STORY,
            "Alex Roe",
            "A print journalist with vast knowledge of political developments in the region.",
        ];
        let mut reasons = vec![None; texts.len()];
        run(&texts, &mut reasons);
        assert_eq!(reasons[3], Some(AUTHOR_BIO));
        assert_eq!(reasons[2], Some(AUTHOR_BIO));
        assert_eq!(reasons[1], None);
    }

    #[test]
    fn a_journalist_the_story_speaks_of_stays() {
        let texts = [
            STORY,
            "A journalist was among those killed, his newspaper said on Sunday.",
            STORY,
        ];
        let mut reasons = vec![None; texts.len()];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], None);
    }

    #[test]
    fn a_pointer_to_another_story_without_a_colon_goes() {
        assert!(is_pointed_headline(
            "Read more Soldiers behind coup attempt say president is overthrown"
        ));
        assert!(is_pointed_headline(
            "RELATED Officials discuss joint patrols in the South China Sea"
        ));
        assert!(is_pointed_headline(
            "► Read also: Floods: the most immediate needs are shelters"
        ));
        assert!(!is_pointed_headline(
            "Related deaths rose to twelve across the province overnight"
        ));
        assert!(!is_pointed_headline(
            "Recommended Evacuations Were Ignored By Many Residents."
        ));
    }

    #[test]
    fn a_line_placing_someone_in_the_picture_is_a_caption() {
        let texts = [
            STORY,
            "The country's president (centre) speaking to relatives at the mine on Saturday.",
            "If we keep looking for a (D) or an (R) to save us, we are in trouble.",
            STORY,
        ];
        let mut reasons = vec![None; texts.len()];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], Some(model::CAPTION));
        assert_eq!(reasons[2], None);
    }

    #[test]
    fn a_label_between_furniture_goes_and_a_deck_of_the_story_stays() {
        let texts = [
            "Share this",
            "Latest videos",
            "Advertisement",
            "Storm toll rises as dozens still missing",
            "Image: Agency",
            STORY,
        ];
        let mut reasons = vec![Some("share"), None, Some("ad"), None, Some("credit"), None];
        run(&texts, &mut reasons);
        assert_eq!(reasons[1], Some(BETWEEN_FURNITURE));
        assert_eq!(reasons[3], None);
    }
}
