//! Furniture told by its shape after the model has judged the page: the kinds of line the
//! model cannot learn from Dragnet's labels (its gold keeps photo captions, so a caption reads
//! as article to it) or cannot see from a line's own words (a headline of another story looks
//! like a subheading of this one). Each test is a shape that holds on any site — a credit after
//! the caption's sentence, the picture's text written twice, the words of a picture's
//! description, a posting stamp above the story, a line sharing no word with the story — never
//! a phrase met on one site.

use crate::wordlists::{
    FINITE_VERBS, IRREGULAR_PASTS, MONTHS, PAST_REPORT_WORDS, PICTURE_OPENINGS, PICTURE_PHRASES,
    PICTURE_WORDS, POINTER_ENDS, READER_WORDS, RELATIVE_WORDS, REPORTING_WORDS, SEEN_PHRASES,
};
use std::collections::HashSet;

use super::model;
use super::rules;

/// Why a line told by its shape was taken out.
pub const OTHER_STORY: &str = "headline of another story (no word of this one)";
pub const STAMP_ABOVE: &str = "posting stamp or byline above the story";

/// The fewest words of a caption before its credit ("Russian President Vladimir Putin. File |
/// Photo Credit: Reuters").
const CAPTION_WORDS: usize = 3;
/// The most words of a credit after a caption's sentence.
const CREDIT_WORDS: usize = 8;

/// A caption's credit after its sentence in a shape `model::has_credit_tail` does not read:
/// a short tail after the last full stop naming a picture ("… 2023. File Photo by Name/Agency",
/// "… . PHOTO | NAME | AFP"), or, on a line with no full stop at all, a picture word beside a
/// slash in its last words ("… Sousse AFP PHOTO / NAME/AFP/Getty Images").
pub fn has_picture_credit(line: &str) -> bool {
    model::has_credit_tail(line) || credit_after_sentence(line, false) || has_sourced_credit(line)
}

/// A name after the last full stop, after a dash ("… Nagrota. -AFP") or in capitals only
/// ("… Myanmar. THE IRRAWADDY (ENG)/TWITTER", "… safely. EFE"): a caption's credit above or
/// between the story's paragraphs, but a wire story's sign-off after its last one, so it is
/// read as a credit only where the story goes on below it.
pub fn has_agency_tail(line: &str) -> bool {
    credit_after_sentence(line, true)
}

fn credit_after_sentence(line: &str, agency: bool) -> bool {
    let t = line.trim_end();
    match after_last_stop(t) {
        Some(k) => {
            let (before, tail) = (&t[..k], t[k..].trim());
            before.split_whitespace().count() >= CAPTION_WORDS && is_credit_tail(tail, agency)
        }
        None if agency => false,
        None => {
            let words: Vec<&str> = t.split_whitespace().collect();
            let last = &words[words.len().saturating_sub(CREDIT_WORDS)..];
            words.len() > CREDIT_WORDS
                && last.iter().any(|w| w.contains('/'))
                && last.iter().any(|w| is_picture_word(w))
        }
    }
}

/// Where the text after the last sentence stop (". ", "! ", "? ", ".\u{a0}") begins, read
/// in one pass from the end rather than searching for each stop (asked of every line). The
/// stop nearest the end is the one ending last: a stop one byte earlier ending as late
/// would be ".\u{a0}" with its no-break space's first byte where this stop's mark is.
fn after_last_stop(t: &str) -> Option<usize> {
    let bytes = t.as_bytes();
    let mut end = bytes.len();
    while let Some(p) = bytes[..end]
        .iter()
        .rposition(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let next = &bytes[p + 1..];
        if next.starts_with(b" ") {
            return Some(p + 2);
        }
        if bytes[p] == b'.' && next.starts_with("\u{a0}".as_bytes()) {
            return Some(p + 3);
        }
        end = p;
    }
    None
}

fn is_picture_word(word: &str) -> bool {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    PICTURE_WORDS.contains(&w.as_str())
}

/// The tail after a caption's last sentence: a credit, not a sentence of its own.
fn is_credit_tail(tail: &str, agency: bool) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    if words.is_empty() || words.len() > CREDIT_WORDS || tail.ends_with(['.', '!', '?', '"', '”'])
    {
        return false;
    }
    let capitalised = words.iter().any(|w| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    });
    let letters: Vec<char> = tail.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting =
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && words.len() <= 6;
    let agency_dash = tail.starts_with(['-', '–', '—'])
        && words.len() <= 4
        && tail
            .trim_start_matches(['-', '–', '—', ' '])
            .starts_with(char::is_uppercase);
    // "AP Photo/Name": the picture word may be glued to the name by a slash or a bar.
    let picture = words
        .iter()
        .any(|w| w.split(['/', '|']).any(is_picture_word));
    capitalised
        && if agency {
            !picture && (shouting || agency_dash)
        } else {
            picture
        }
}

/// A caption without its credit: a line whose first sentence names the picture ("A file
/// picture taken in 2013 shows …", "An aerial view shows …", "… (not pictured) …"), or a line of
/// one sentence saying what is seen in it. A story's own sentence may say someone "is seen as"
/// something, or quote it; neither counts.
pub fn describes_picture(line: &str) -> bool {
    if line.contains(['"', '“', '”']) {
        return false;
    }
    let lower = line.to_lowercase();
    // Most lines name no picture at all: only those that might are split into sentences.
    let candidate = PICTURE_PHRASES
        .iter()
        .chain(*SEEN_PHRASES)
        .chain(*PICTURE_OPENINGS)
        .any(|p| lower.contains(p));
    if !candidate {
        return false;
    }
    let sentences = brief_text::sentences::split_sentences(line);
    let first = sentences
        .first()
        .map_or(String::new(), |s| s.to_lowercase());
    let has = |text: &str, phrases: &[&str]| {
        phrases.iter().any(|p| {
            text.match_indices(p).any(|(k, _)| {
                let after = &text[k + p.len()..];
                !after.starts_with("as ") && !after.starts_with("by ")
            })
        })
    };
    let opens_on_picture = PICTURE_OPENINGS.iter().any(|p| lower.starts_with(p))
        && line.split_whitespace().count() <= PICTURE_OPENING_WORDS;
    opens_on_picture
        || has(&first, *PICTURE_PHRASES)
        || sentences.len() == 1 && has(&lower, *SEEN_PHRASES)
}

/// The most words of a photo agency's dated caption.
const DATED_CAPTION_WORDS: usize = 45;
/// The fewest.
const DATED_CAPTION_MIN_WORDS: usize = 5;

/// A photo agency's caption: a scene and its place ending on the full date the picture was
/// taken ("United Nations Secretary General … at the 40th anniversary … in Vienna, Austria, on
/// May 27, 2019"), with no verb of a told sentence before a "who" or "that". A sentence of the
/// story that gives a full date has its verb ("was", "killed", "said"), and quotes are the
/// story's.
pub fn is_dated_caption(line: &str) -> bool {
    // The caption may go on with a sentence of background after its date ("… on 29 December
    // 2024. The plane, carrying 181 passengers, crashed on arrival."): its first sentence counts.
    let first = line
        .match_indices(". ")
        .map(|(k, _)| &line[..k + 1])
        .find(|before| before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()));
    is_dated_scene(line) || first.is_some_and(is_dated_scene)
}

/// A scene ending on a full date, with no verb of a told sentence (see `is_dated_caption`).
fn is_dated_scene(line: &str) -> bool {
    // Most lines end on no year: only those that might are split into words.
    let ends_on_figure = line
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .ends_with(|c: char| c.is_ascii_digit());
    if !ends_on_figure {
        return false;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if !(DATED_CAPTION_MIN_WORDS..=DATED_CAPTION_WORDS).contains(&tokens.len())
        || line.contains(['"', '“', '”'])
        || !line.trim_start().starts_with(char::is_uppercase)
    {
        return false;
    }
    let Some(scene) = tokens
        .len()
        .checked_sub(3)
        .filter(|_| ends_on_full_date(&tokens))
    else {
        return false;
    };
    // A scene is a phrase with words in lowercase, not a dateline ("NEW YORK, May 27, 2019.").
    let phrase = tokens[..scene].iter().any(|t| {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 4 && t.starts_with(char::is_lowercase)
    });
    // The main clause: the scene up to the first relative pronoun after its opening word.
    let clause: Vec<&str> = tokens[..scene]
        .iter()
        .enumerate()
        .take_while(|(k, t)| *k == 0 || !RELATIVE_WORDS.contains(&bare(t).as_str()))
        .map(|(_, t)| *t)
        .collect();
    phrase
        && !clause.iter().enumerate().any(|(k, t)| {
            let w = bare(t);
            FINITE_VERBS.contains(&w.as_str()) || w == "according" || k > 0 && is_past_tense(t, &w)
        })
}

/// A word of a sentence told in the past ("killed", "took"); a capitalised word is a name.
fn is_past_tense(token: &str, word: &str) -> bool {
    let lowercase = token
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_lowercase);
    lowercase && (word.len() > 4 && word.ends_with("ed") || IRREGULAR_PASTS.contains(&word))
}

/// The token's letters and apostrophes, lowercase.
fn bare(token: &str) -> String {
    model::word_list(token).concat()
}

/// The last three tokens are a full date: "May 27, 2019", "27 May 2019", "Aug. 31, 2023".
fn ends_on_full_date(tokens: &[&str]) -> bool {
    let [.., a, b, year] = tokens else {
        return false;
    };
    let year = year.trim_end_matches(|c: char| !c.is_ascii_digit());
    let is_year = year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.chars().all(|c| c.is_ascii_digit());
    let is_day = |t: &str| {
        let d = t.trim_end_matches([',', '.']);
        (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
    };
    let is_month = |t: &str| {
        let m = t.trim_end_matches([',', '.']).to_lowercase();
        m.len() >= 3 && MONTHS.iter().any(|full| full.starts_with(m.as_str()))
    };
    is_year && (is_month(a) && is_day(b) || is_day(a) && is_month(b))
}

/// The most words of a credit in brackets naming where the picture came from ("(Dean Calma /
/// IAEA Imagebank via Wikimedia Commons)").
const SOURCED_CREDIT_WORDS: usize = 12;

/// A longer credit than `model::has_credit_tail` reads: after the caption's sentence, in
/// brackets, naming its source with a slash or "via"; or after a dash, a name and agency
/// joined by a slash ("… the bombing - Name/Reuters").
fn has_sourced_credit(line: &str) -> bool {
    let t = line.trim_end();
    let bracketed = t
        .strip_suffix(')')
        .and_then(|rest| rest.rfind('(').map(|k| (&rest[..k], &rest[k + 1..])))
        .is_some_and(|(before, inside)| {
            let n = inside.split_whitespace().count();
            n <= SOURCED_CREDIT_WORDS
                && before.trim_end().ends_with('.')
                && before.split_whitespace().count() >= CAPTION_WORDS
                && (inside.contains('/') || inside.contains(" via "))
        });
    let dashed = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|k| (&t[..k], &t[k + d.len()..])))
        .any(|(before, tail)| {
            let words: Vec<&str> = tail.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && before.split_whitespace().count() >= CAPTION_WORDS
                && tail.contains('/')
                && !tail.ends_with(['.', '!', '?'])
                && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
                // Names only ("al-Sudani/Reuters" keeps its particle in lowercase).
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || w.contains(['-', '/']))
        });
    bracketed || dashed
}

/// The most words of such alt text.
const PICTURE_OPENING_WORDS: usize = 15;

/// The least words of a line whose echo beside a caption makes it a caption too.
const ECHO_WORDS: usize = 5;

/// One line repeats the other's words, whole or as their start (a picture's alt text, then
/// its caption with the credit after it), bullets, case and punctuation aside.
fn echoes(a: &str, b: &str) -> bool {
    let (a, b) = (model::word_list(a), model::word_list(b));
    a.len() >= ECHO_WORDS && b.len() >= ECHO_WORDS && (a.starts_with(&b) || b.starts_with(&a))
}

/// The same words on two lines in a row: a picture's alt text and its caption (a story does
/// not say the same sentence twice running).
/// (On the two lines' words, `model::word_list`.)
fn same_words(a: &[String], b: &[String]) -> bool {
    a.len() >= ECHO_WORDS && a == b
}

/// The bullet a line opens with, if any.
fn bullet(line: &str) -> Option<char> {
    line.trim_start()
        .chars()
        .next()
        .filter(|c| matches!(c, '•' | '·' | '*' | '►' | '▶' | '■' | '▪'))
}

/// The fewest lines of a run of bullets read as a gallery when half of them are captions.
const GALLERY_LINES: usize = 3;

/// A run of lines under the same bullet of which at least half are captions is a gallery of
/// pictures: its other lines are captions too.
fn mark_galleries(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for run in bullet_runs(texts) {
        let captions = run
            .clone()
            .filter(|&j| is_caption_reason(reasons[j]))
            .count();
        if run.len() >= GALLERY_LINES && captions * 2 >= run.len() {
            for j in run {
                if reasons[j].is_none() && !marked[j] && !texts[j].contains(['"', '“', '”']) {
                    reasons[j] = Some(model::CAPTION);
                }
            }
        }
    }
}

/// The runs of lines under the same bullet, in page order.
fn bullet_runs<'t>(texts: &'t [&str]) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
    runs_under(texts, bullet)
}

/// A bullet or a dash opening a line ("- Lebanon: 11 die …").
pub(crate) fn bullet_or_dash(line: &str) -> Option<char> {
    bullet(line).or_else(|| {
        let t = line.trim_start();
        t.chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—') && t[c.len_utf8()..].starts_with(' '))
    })
}

/// The runs of lines opening with the same mark (`mark` tells it), in page order.
pub(crate) fn runs_under<'t>(
    texts: &'t [&str],
    bullet: fn(&str) -> Option<char>,
) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < texts.len() {
            let Some(b) = bullet(texts[start]) else {
                start += 1;
                continue;
            };
            let end = (start..texts.len())
                .find(|&j| bullet(texts[j]) != Some(b))
                .unwrap_or(texts.len());
            let run = start..end;
            start = end;
            return Some(run);
        }
        None
    })
}

/// Is the line's reason one of a caption's?
pub fn is_caption_reason(reason: Option<&'static str>) -> bool {
    matches!(reason, Some(r) if [rules::PHOTO_CAPTION, rules::PHOTO_CREDIT, model::CAPTION].contains(&r))
}

/// Captions the model kept: a line with a picture's credit after it, a line describing a
/// picture, and the line beside a caption that repeats it. A caption is never the story's
/// sentence, so these go whatever the model said; lines the author marked stay.
pub fn mark_captions(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let open = |i: usize, reasons: &[Option<&'static str>]| reasons[i].is_none() && !marked[i];
    let last_prose = (0..texts.len())
        .rev()
        .find(|&i| open(i, reasons) && model::is_long_line(texts[i]));
    // Each line's words listed once: `twice` compares every line with both neighbours.
    let words: Vec<Vec<String>> = texts.iter().map(|t| model::word_list(t)).collect();
    for (i, text) in texts.iter().enumerate() {
        // Only an open line can become a caption; the tests below only read the text. (A
        // line quoting someone, its speaker in brackets after it, is no caption.)
        if !open(i, reasons) || rules::quotes_someone(text) {
            continue;
        }
        let story_below = last_prose.is_some_and(|last| last > i);
        let credited = has_picture_credit(text) || story_below && has_agency_tail(text);
        let doubled = [i.wrapping_sub(1), i + 1]
            .iter()
            .any(|&j| j < texts.len() && same_words(&words[i], &words[j]));
        let caption = describes_picture(text) || is_dated_caption(text);
        if credited || doubled || caption {
            reasons[i] = Some(model::CAPTION);
        }
    }
    // The picture's text written twice or three times: spread from each caption to its echoes.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..texts.len() {
            if !open(i, reasons) {
                continue;
            }
            // (A paragraph of prose below the caption that echoes it is the story's sentence
            // the caption borrowed: "Six labourers died … — Reuters/File" above "Six
            // labourers died …".)
            let borrowed_from = |j: usize| {
                j < i && model::is_long_line(texts[i]) && rules::ends_like_sentence(texts[i])
            };
            let beside_caption = [i.wrapping_sub(1), i + 1].iter().any(|&j| {
                j < texts.len()
                    && is_caption_reason(reasons[j])
                    && echoes(texts[i], texts[j])
                    && !borrowed_from(j)
            });
            if beside_caption {
                reasons[i] = Some(model::CAPTION);
                changed = true;
            }
        }
    }
    mark_galleries(texts, marked, reasons);
}

/// The most words of a posting stamp above the story ("FPJ Web DeskUpdated: Sunday, August 06,
/// 2023, 03:45 PM IST", "By Name, Place/Agency report from Place, Aug. 31, 2023").
const STAMP_LINE_WORDS: usize = 20;

/// Above the story's first paragraph of prose, a line that is no sentence and holds a date or
/// a time is the page's posting stamp or byline, whatever words come with it.
pub fn mark_stamps_above_story(
    texts: &[&str],
    marked: &[bool],
    first_prose: usize,
    reasons: &mut [Option<&'static str>],
) {
    for i in 0..first_prose.min(texts.len()) {
        let text = texts[i];
        if reasons[i].is_some() || marked[i] || rules::ends_like_sentence(text) {
            continue;
        }
        let words = model::word_list(text);
        if words.len() <= STAMP_LINE_WORDS && model::has_stamp(text, &words) {
            reasons[i] = Some(STAMP_ABOVE);
        }
    }
}

/// The reasons the model gives (not the rules, not a caption's).
const MODEL_REASONS: &[&str] = &[
    model::SHORT_LABEL,
    model::OUTSIDE_ARTICLE,
    model::STAMP,
    model::LINK_STRIP,
    model::NOT_PROSE,
];

/// Content first: a run of three or more lines under the same bullet of which most are kept
/// (and none is a caption) is a list of the story's points ("* Eight still missing as island
/// remains inaccessible"), so a point of it the model took out comes back.
pub fn keep_story_lists(texts: &[&str], reasons: &mut [Option<&'static str>]) {
    for run in bullet_runs(texts) {
        let kept = run.clone().filter(|&j| reasons[j].is_none()).count();
        let captions = run.clone().any(|j| is_caption_reason(reasons[j]));
        if run.len() >= GALLERY_LINES && kept * 2 > run.len() && !captions {
            for reason in &mut reasons[run] {
                if matches!(reason, Some(r) if MODEL_REASONS.contains(r)) {
                    *reason = None;
                }
            }
        }
    }
}

/// The most words of a speaker's heading above a quotation.
const SPEAKER_HEADING_WORDS: usize = 10;

/// Content first: a line in capitals naming a speaker right above a paragraph that opens a
/// quotation ("BRITISH PRIME MINISTER RISHI SUNAK" / "“Shocked to hear …”"), as a list of
/// reactions sets them, is the story's subheading, not another story's headline.
pub fn keep_speaker_headings(texts: &[&str], reasons: &mut [Option<&'static str>]) {
    for i in 0..texts.len().saturating_sub(1) {
        let line = texts[i].trim();
        let words = line.split_whitespace().count();
        let quotation_follows = texts[i + 1].trim_start().starts_with(['“', '"']);
        let taken_as_headline =
            matches!(reasons[i], Some(r) if r == OTHER_STORY || MODEL_REASONS.contains(&r));
        if brief_text::in_capitals(line)
            && (2..=SPEAKER_HEADING_WORDS).contains(&words)
            && quotation_follows
            && taken_as_headline
        {
            reasons[i] = None;
        }
    }
}

/// The story's sentences before a lone dated line that make it an entry's heading.
const STORY_BEFORE_AN_ENTRY: usize = 2;

/// Content first: "October 31st, 2015" / "Islamic State brings down a Russian airliner …" /
/// "March 29th, 2010" / "Two blasts strike Moscow metro stations …": lines that are a date
/// alone, two or more of them, each right above a sentence of the story and each a different
/// day, are a timeline's headings (the list of earlier events many stories close on), not
/// posting stamps.
/// So is one such line well inside the story, between sentences of it ("Here's a timeline:" /
/// "Torino – May 4, 1949" / "The first major airline disaster …").
pub fn keep_timeline_dates(texts: &[&str], reasons: &mut [Option<&'static str>]) {
    let heads: Vec<usize> = (0..texts.len().saturating_sub(1))
        .filter(|&i| {
            is_a_date_alone(texts[i]) && reasons[i + 1].is_none() && crate::is_prose(texts[i + 1])
        })
        .collect();
    let story_before = |i: usize| {
        (0..i)
            .filter(|&k| reasons[k].is_none() && crate::is_prose(texts[k]))
            .count()
            >= STORY_BEFORE_AN_ENTRY
    };
    if let [one] = heads[..] {
        if story_before(one) {
            reasons[one] = None;
        }
        return;
    }
    let mut days: Vec<chrono::NaiveDate> = heads
        .iter()
        .filter_map(|&i| brief_text::dates::explicit_dates(texts[i]).first().copied())
        .collect();
    days.sort();
    days.dedup();
    if heads.len() < 2 || days.len() < heads.len() {
        return;
    }
    for i in heads {
        reasons[i] = None;
    }
}

/// The fewest entries of a list of years ("2016: Two trains collide …") that make it the
/// story's timeline.
const YEAR_LIST_ENTRIES: usize = 3;

/// Content first: "2019: Over 70 people die in a fiery explosion on a moving train" /
/// "2016: Two trains collide at Karachi's Landhi railway station, killing 22 people": lines
/// opening on a year and a colon, three or more in a row and one of them kept as the story's,
/// are all the story's list of earlier events, not stamps or furniture after it.
pub fn keep_year_lists(texts: &[&str], reasons: &mut [Option<&'static str>]) {
    let entry = |t: &str| {
        let t = t.trim();
        let year = t
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        year && t[4..].starts_with(": ") && t.split_whitespace().count() >= MIN_ENTRY_WORDS
    };
    let mut i = 0;
    while i < texts.len() {
        let run_end = (i..texts.len())
            .find(|&k| !entry(texts[k]))
            .unwrap_or(texts.len());
        let run = i..run_end;
        if run.len() >= YEAR_LIST_ENTRIES && run.clone().any(|k| reasons[k].is_none()) {
            for k in run {
                reasons[k] = None;
            }
        }
        i = run_end.max(i + 1);
    }
}

/// The fewest words of such an entry.
const MIN_ENTRY_WORDS: usize = 6;

/// A short line that is one full date and nothing else of note ("March 29th, 2010").
fn is_a_date_alone(line: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().count() <= crate::TIMELINE_DATE_WORDS
        && !line.ends_with('.')
        && brief_text::dates::explicit_dates(line).len() == 1
        && line
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() == 4)
            .count()
            == 1
        && !line.chars().any(|c| c == ':')
}

/// The most words of such a pointer line.
const POINTER_WORDS: usize = 12;
/// Why a pointer line was taken out.
pub const POINTER: &str = "pointer to elsewhere on the page";

/// A short line that is no sentence and ends by pointing elsewhere on the page ("Catch live
/// updates here", "Article Continued Below", "You can watch the special below:") is the page
/// talking to its reader, not the story.
pub fn mark_pointers(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for (i, text) in texts.iter().enumerate() {
        if reasons[i].is_some() || marked[i] {
            continue;
        }
        let t = text.trim_end();
        let open_ended = !t.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
        let last = model::word_list(t).pop().unwrap_or_default();
        if open_ended
            && t.split_whitespace().count() <= POINTER_WORDS
            && POINTER_ENDS.contains(&last.as_str())
        {
            reasons[i] = Some(POINTER);
        }
    }
}

/// The fewest words of a line judged by its topic, and the letters a word needs to count.
const TOPIC_LINE_WORDS: usize = 4;
const TOPIC_WORD_LETTERS: usize = 3;
/// The fewest words of weight a line needs before sharing none of them says anything.
const TOPIC_LINE_WEIGHT: usize = 3;
/// A line of this many words of weight is off the story with one word in common (a chance
/// meeting: "Next two weeks 'crucial' in ensuring lockdown ends on December 2").
const TOPIC_LINE_MANY: usize = 7;
/// Words are compared by their first letters, so "killed" meets "kills" and "floods" "flood".
const STEM_CHARS: usize = 5;
/// The fewest paragraphs of prose a page needs before a line can be judged against them.
const TOPIC_PARAGRAPHS: usize = 2;

/// Why a list of other stories' headlines was taken out.
pub const RELATED_LIST: &str = "list of other stories after the story";
/// The fewest headlines of such a list, and the fewest words of each.
const RELATED_LINES: usize = 2;
const RELATED_WORDS: usize = 4;

/// After the story's last paragraph, a run of two or more lines under one bullet, each a
/// headline (four words or more, no sentence end), is a list of other stories ("- Lebanon: 11
/// die after …", "- London: South Terminal … evacuated"). A list of the story's points comes
/// above or inside it, never after its last paragraph.
pub fn mark_related_lists(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let Some(last_prose) = (0..texts.len())
        .rev()
        .find(|&i| reasons[i].is_none() && model::is_long_line(texts[i]))
    else {
        return;
    };
    let headline = |j: usize| {
        !rules::ends_like_sentence(texts[j])
            && !rules::quotes_someone(texts[j])
            && texts[j].split_whitespace().count() >= RELATED_WORDS
    };
    for run in runs_under(texts, bullet_or_dash).filter(|r| r.start > last_prose) {
        let headlines: Vec<usize> = run.filter(|&j| headline(j)).collect();
        if headlines.len() >= RELATED_LINES {
            for j in headlines {
                if reasons[j].is_none() && !marked[j] {
                    reasons[j] = Some(RELATED_LIST);
                }
            }
        }
    }
}

/// Why a second headline above the story was taken out.
pub const HEADLINE_AGAIN: &str = "the headline again, in other words";
/// The most words of a second headline, the fewest words of weight it shares with the
/// headline, and the share of its own words of weight that must be the headline's.
const HEADLINE_AGAIN_WORDS: usize = 15;
const HEADLINE_AGAIN_SHARED: usize = 4;
const HEADLINE_AGAIN_SHARE: f32 = 0.6;

/// Above the story's first paragraph, a line that is no sentence and says mostly the
/// headline's words is the headline again in the page's other form ("Observers condemn
/// Zimbabwe violence at elections" under "Observers condemn army violence as Zimbabwe awaits
/// election result"). A deck adds what the headline does not say, so it shares less.
pub fn mark_headline_again(
    title: &str,
    texts: &[&str],
    marked: &[bool],
    first_prose: usize,
    reasons: &mut [Option<&'static str>],
) {
    let headline: HashSet<String> = topic_words(title).into_iter().collect();
    for i in 0..first_prose.min(texts.len()) {
        let text = texts[i];
        // A point of the story under a bullet, or a sentence without its full stop ("… have
        // been in Ivory Coast since 2004"), says more than the headline.
        if reasons[i].is_some()
            || marked[i]
            || rules::ends_like_sentence(text)
            || text.split_whitespace().count() > HEADLINE_AGAIN_WORDS
            || bullet_or_dash(text).is_some()
            || model::has_finite_verb(&model::word_list(text))
        {
            continue;
        }
        let own: HashSet<String> = topic_words(text).into_iter().collect();
        let shared = own.iter().filter(|w| headline.contains(*w)).count();
        if shared >= HEADLINE_AGAIN_SHARED
            && shared as f32 >= HEADLINE_AGAIN_SHARE * own.len() as f32
        {
            reasons[i] = Some(HEADLINE_AGAIN);
        }
    }
}

/// The fewest items of a list whose furniture makes its last items furniture too, and the
/// most words of such an item.
const MENU_LIST_LINES: usize = 3;
const MENU_ITEM_WORDS: usize = 6;

/// A numbered or bulleted list two thirds of whose items are furniture is a menu ("1. Skip to
/// content", "2. Skip to main menu", "3. Skip to more DW sites"): its other short items that
/// are no sentence go with it.
pub fn mark_menu_lists(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    for run in runs_under(texts, list_mark) {
        let furniture = run.clone().filter(|&j| reasons[j].is_some()).count();
        if run.len() < MENU_LIST_LINES || furniture * 3 < run.len() * 2 {
            continue;
        }
        for j in run {
            let short = texts[j].split_whitespace().count() <= MENU_ITEM_WORDS;
            if reasons[j].is_none() && !marked[j] && short && !rules::ends_like_sentence(texts[j]) {
                reasons[j] = Some(model::LINK_STRIP);
            }
        }
    }
}

/// A bullet, a dash or a number ("3. ", "3) ") opening a list item; numbers count as one mark.
fn list_mark(line: &str) -> Option<char> {
    bullet_or_dash(line).or_else(|| {
        let t = line.trim_start();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let rest = &t[digits..];
        ((1..=2).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") ")))
            .then_some('#')
    })
}

/// Why an appeal to the reader outside the story was taken out.
pub const APPEAL: &str = "appeal or prompt to the reader outside the story";
/// The fewest words of such an appeal.
const APPEAL_WORDS: usize = 5;

/// Above the story's first long paragraph or below its last, a sentence that speaks to the
/// reader, with no quotation marks and no one reported as saying it, is the page's appeal or
/// prompt ("Your support makes all the difference.", "Sign up for …, delivered to your inbox
/// every weekday morning."). Inside the story such a line stays: a column may speak so.
pub fn mark_appeals(texts: &[&str], marked: &[bool], reasons: &mut [Option<&'static str>]) {
    let story: Vec<usize> = (0..texts.len())
        .filter(|&i| reasons[i].is_none() && model::is_long_line(texts[i]))
        .collect();
    let (Some(&first), Some(&last)) = (story.first(), story.last()) else {
        return;
    };
    if story.len() < TOPIC_PARAGRAPHS {
        return;
    }
    for i in (0..texts.len()).filter(|&i| i < first || i > last) {
        if reasons[i].is_none() && !marked[i] && is_appeal(texts[i]) {
            reasons[i] = Some(APPEAL);
        }
    }
}

/// A sentence speaking to the reader, quoting no one and reporting no one.
fn is_appeal(line: &str) -> bool {
    let t = line.trim_end();
    if line.contains(['"', '“', '”'])
        || !t.ends_with(['.', '!', '?'])
        || t.split_whitespace().count() < APPEAL_WORDS
    {
        return false;
    }
    let words = model::word_list(line);
    words.iter().any(|w| READER_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| REPORTING_WORDS.contains(&w.as_str()))
}

/// The words that carry a line's topic: not stop words, a few letters long, cut to their stem.
pub(crate) fn topic_words(line: &str) -> Vec<String> {
    model::word_list(line)
        .into_iter()
        .filter(|w| w.chars().count() >= TOPIC_WORD_LETTERS && !model::is_stop_word(w))
        .map(|mut w| {
            // The word's own string cut to its stem, not copied into another.
            if let Some((cut, _)) = w.char_indices().nth(STEM_CHARS) {
                w.truncate(cut);
            }
            w
        })
        .collect()
}

/// A line shaped like a headline (no sentence, no bullet) that shares not one word of weight
/// with the headline or with the story's paragraphs is another story's headline, a button or
/// a label ("Philately: The Art of Stamp Collecting", "Help keep family & friends informed").
/// A subheading of the story speaks of the story, and so shares a word with it.
pub fn mark_other_stories(
    title: &str,
    texts: &[&str],
    marked: &[bool],
    reasons: &mut [Option<&'static str>],
) {
    let story: Vec<usize> = (0..texts.len())
        .filter(|&i| reasons[i].is_none() && model::is_long_line(texts[i]))
        .collect();
    if story.len() < TOPIC_PARAGRAPHS {
        return;
    }
    // (A fast hash: only ever looked up.)
    let mut topic: rustc_hash::FxHashSet<String> = topic_words(title).into_iter().collect();
    for &i in &story {
        topic.extend(topic_words(texts[i]));
    }
    for i in 0..texts.len() {
        let text = texts[i];
        if reasons[i].is_some() || marked[i] || rules::ends_like_sentence(text) {
            continue;
        }
        let words = text.split_whitespace().count();
        let bulleted = text
            .trim_start()
            .starts_with(['•', '·', '-', '–', '—', '*', '►', '▶', '■', '▪']);
        // Only a line long enough and without a bullet can be another story's headline.
        if words < TOPIC_LINE_WORDS || bulleted {
            continue;
        }
        // "“I urge …,” the High Commissioner said in a statement on Monday": a line that
        // tells what was said, cut off before its stop, is a sentence, not a headline.
        if model::word_list(text)
            .iter()
            .any(|w| PAST_REPORT_WORDS.contains(&w.as_str()))
        {
            continue;
        }
        let own = topic_words(text);
        let shared = own.iter().filter(|w| topic.contains(*w)).count();
        let off_topic = own.len() >= TOPIC_LINE_WEIGHT && shared == 0
            || own.len() >= TOPIC_LINE_MANY && shared <= 1;
        if off_topic {
            reasons[i] = Some(OTHER_STORY);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_word_glued_to_the_photographer_by_a_slash_is_a_credit() {
        assert!(has_picture_credit(
            "Officers try to rescue passengers off the coast, Wednesday, April 16, 2014. AP Photo/Name Surname"
        ));
    }

    #[test]
    fn the_text_after_the_last_sentence_stop_is_found_as_searching_for_each_stop_finds_it() {
        let lines = [
            "A man walks. AP Photo/Jane Doe",
            "Is it? Yes! Reuters",
            "Damage in the town.\u{a0}Getty Images",
            "No stop at all",
            "Ends with a stop.",
            "U.S. troops. é. File/AFP ",
            "Two. \u{a0}Spaces",
        ];
        for line in lines {
            let t = line.trim_end();
            let searched = [". ", "! ", "? ", ".\u{a0}"]
                .iter()
                .filter_map(|s| t.rfind(s).map(|k| k + s.len()))
                .max();
            assert_eq!(after_last_stop(t), searched, "{line:?}");
        }
    }

    #[test]
    fn a_credit_after_the_caption_in_new_shapes_is_read() {
        assert!(has_picture_credit(
            "Roel Degamo was assassinated on Saturday. File Photo by Alan Jay/Wikimedia Commons"
        ));
        assert!(has_picture_credit(
            "People move their property on March 14, 2023. PHOTO | AMOS GUMULIRA | AFP"
        ));
        assert!(has_agency_tail(
            "A soldier stands guard during a gun battle at an army base. -AFP"
        ));
        assert!(has_agency_tail(
            "At least 50 people were killed in the air strike. THE IRRAWADDY (ENG)/TWITTER"
        ));
    }

    #[test]
    fn a_wire_stories_sign_off_after_its_last_paragraph_stays() {
        let texts = [
            "A soldier stands guard during a gun battle at an army base. -AFP",
            "Militants attacked the army base before dawn on Tuesday, killing seven soldiers and wounding three more, the army said in a statement.",
            "The head of the regional administration said rescuers were still searching the rubble for survivors. EFE",
        ];
        let mut reasons = vec![None; 3];
        mark_captions(&texts, &[false; 3], &mut reasons);
        assert_eq!(reasons[0], Some(model::CAPTION));
        assert_eq!(reasons[2], None);
    }

    #[test]
    fn a_photo_agencys_caption_ending_on_its_date_is_a_caption() {
        assert!(is_dated_caption(
            "United Nations Secretary General Antonio Guterres at the 40th anniversary of the Vienna International Center in Vienna, Austria, on May 27, 2019"
        ));
        assert!(is_dated_caption(
            "Malanga with his son who was arrested in Kinshasa, 19 May 2024."
        ));
        assert!(is_dated_caption(
            "Firefighters and rescue personnel at the crash scene at the airport, on 29 December 2024. The plane, carrying 181 passengers, crashed upon arrival."
        ));
    }

    #[test]
    fn a_dateline_opening_the_story_is_no_caption() {
        assert!(!is_dated_caption(
            "NEW YORK CITY, May 27, 2019. The city council voted on Monday to close the shelter."
        ));
    }

    #[test]
    fn a_sentence_of_the_story_giving_a_full_date_is_no_caption() {
        assert!(!is_dated_caption(
            "The previous deadliest attack was on May 27, 2019."
        ));
        assert!(!is_dated_caption(
            "Gunmen killed 12 villagers in the district on May 27, 2019."
        ));
        assert!(!is_dated_caption(
            "Violent clashes took place between protesters and police on January 9, 2023."
        ));
        assert!(!is_dated_caption(
            "The minister said the plant would reopen on May 27, 2019."
        ));
    }

    #[test]
    fn a_credit_naming_its_source_after_the_caption_is_read() {
        assert!(has_picture_credit(
            "Guterres at the Vienna International Center on May 27, 2019. (Dean Calma / IAEA Imagebank via Wikimedia Commons)"
        ));
        assert!(has_picture_credit(
            "A view of the aftermath of the bombing - Thaier al-Sudani/Reuters"
        ));
        assert!(!has_picture_credit(
            "Officials met in the capital - the talks ran late into the night."
        ));
        assert!(!has_picture_credit(
            "The agency said the toll had risen. (It counted the missing, about 40 of them, with the dead.)"
        ));
    }

    #[test]
    fn a_list_of_headlines_after_the_story_is_other_stories() {
        let story = "Gunmen attacked the church during the morning service on Sunday, killing at least twenty worshippers and wounding dozens more, officials said.";
        let texts = [
            story,
            story,
            "- Lebanon: 11 die after a strike flattens a building",
            "- Airport terminal evacuated after a suspected item is found",
            "- Short",
        ];
        let mut reasons = vec![None; texts.len()];
        mark_related_lists(&texts, &[false; 5], &mut reasons);
        assert_eq!(reasons[2], Some(RELATED_LIST));
        assert_eq!(reasons[3], Some(RELATED_LIST));
        assert_eq!(reasons[4], None);
    }

    #[test]
    fn a_list_of_the_storys_points_above_it_stays() {
        let story = "Gunmen attacked the church during the morning service on Sunday, killing at least twenty worshippers and wounding dozens more, officials said.";
        let texts = [
            "- Death toll hits 127, injured victims 75",
            "- Relatives intensify search for missing persons in hospital",
            story,
            story,
        ];
        let mut reasons = vec![None; texts.len()];
        mark_related_lists(&texts, &[false; 4], &mut reasons);
        assert!(reasons.iter().all(Option::is_none));
    }

    #[test]
    fn the_headline_again_in_other_words_above_the_story_goes() {
        let texts = [
            "Observers condemn Zimbabwe violence at elections",
            "Dozens of passengers missing after the ferry fire",
        ];
        let mut reasons = vec![None; 2];
        mark_headline_again(
            "Observers condemn army violence as Zimbabwe awaits election result",
            &texts,
            &[false; 2],
            2,
            &mut reasons,
        );
        assert_eq!(reasons[0], Some(HEADLINE_AGAIN));
        assert_eq!(reasons[1], None);
    }

    #[test]
    fn the_last_item_of_a_menu_goes_with_the_others() {
        let texts = [
            "1. Skip to content",
            "2. Skip to main menu",
            "3. Skip to more sites",
        ];
        let mut reasons = vec![Some(model::LINK_STRIP), Some(model::LINK_STRIP), None];
        mark_menu_lists(&texts, &[false; 3], &mut reasons);
        assert_eq!(reasons[2], Some(model::LINK_STRIP));
    }

    #[test]
    fn an_appeal_to_the_reader_below_the_story_goes() {
        let story = "Gunmen attacked the church during the morning service on Sunday, killing at least twenty worshippers and wounding dozens more, officials said.";
        let texts = [
            story,
            "If you live nearby, stay indoors until the fire is out, the mayor said.",
            story,
            "Your support makes all the difference.",
            "“You will be found,” the president told the attackers.",
        ];
        let mut reasons = vec![None; texts.len()];
        mark_appeals(&texts, &[false; 5], &mut reasons);
        assert_eq!(reasons[3], Some(APPEAL));
        assert_eq!(reasons[1], None);
        assert_eq!(reasons[4], None);
    }

    #[test]
    fn a_sentence_after_a_sentence_is_no_credit() {
        assert!(!has_picture_credit(
            "The army said it had no choice. He shared a photo of the scene."
        ));
        assert!(!has_picture_credit(
            "Rescuers worked through the night. The UN said more aid was coming"
        ));
        assert!(!has_picture_credit("The WHO said 40 people had died."));
    }

    #[test]
    fn a_line_describing_a_picture_is_a_caption() {
        assert!(describes_picture(
            "Strong waves caused by the typhoon are seen in Manila."
        ));
        assert!(describes_picture(
            "Police officers confront demonstrators (not pictured) in Conakry, Oct. 23, 2020."
        ));
        assert!(describes_picture(
            "A photo of Negros Oriental Gov. Roel Degamo"
        ));
        assert!(describes_picture(
            "(FILES) - A file picture taken in 2013, shows tourists on the beach. An attack killed 27."
        ));
        assert!(!describes_picture(
            "The deal is seen as a threat to the region's stability."
        ));
        assert!(!describes_picture(
            "Smoke rose over the city. In a video people are seen running from the blast."
        ));
    }

    #[test]
    fn the_alt_text_beside_a_credited_caption_goes_with_it() {
        let texts = [
            "Rescuers move the body of a victim in the village.",
            "Rescuers move the body of a victim in the village. Photograph: Name/Agency",
            "The landslide buried dozens of homes on Thursday night, officials said.",
        ];
        let mut reasons = vec![None; 3];
        mark_captions(&texts, &[false; 3], &mut reasons);
        assert_eq!(reasons[0], Some(model::CAPTION));
        assert_eq!(reasons[1], Some(model::CAPTION));
        assert_eq!(reasons[2], None);
    }

    #[test]
    fn a_gallery_of_captions_under_bullets_goes_whole() {
        let texts = [
            "Gunmen attack a tourist resort on the coast Friday.",
            "• Gunmen attack a tourist resort on the coast Friday.",
            "• A file picture taken in 2013 shows tourists on the beach near the hotel.",
            "• A blood stain covers the ground in the resort town where the attack took place.",
            "• Security forces evacuate people from the hotel after the shooting.",
            "Gunmen with rifles opened fire on tourists at the beach on Friday, killing at least 37 people, officials said.",
        ];
        let mut reasons = vec![None; texts.len()];
        mark_captions(&texts, &[false; 6], &mut reasons);
        assert!(reasons[..5].iter().all(|r| *r == Some(model::CAPTION)));
        assert_eq!(reasons[5], None);
    }

    #[test]
    fn a_point_of_the_storys_list_comes_back() {
        let texts = [
            "* Prime minister says no sign of life on the island",
            "* Eight still missing as island remains inaccessible",
            "* Police say investigation launched",
        ];
        let mut reasons = vec![Some(model::OUTSIDE_ARTICLE), None, None];
        keep_story_lists(&texts, &mut reasons);
        assert_eq!(reasons, vec![None, None, None]);
    }

    #[test]
    fn a_line_pointing_elsewhere_on_the_page_is_no_story() {
        let texts = [
            "Catch live updates of the bridge collapse here",
            "Article Continued Below",
            "Rescuers searched the river below the bridge.",
        ];
        let mut reasons = vec![None; 3];
        mark_pointers(&texts, &[false; 3], &mut reasons);
        assert_eq!(reasons, vec![Some(POINTER), Some(POINTER), None]);
    }

    #[test]
    fn a_headline_sharing_no_word_with_the_story_is_another_story() {
        let texts = [
            "Floods swept through the valley on Thursday, killing at least 40 people and leaving hundreds of families without homes, officials said.",
            "Philately: The Art of Stamp Collecting",
            "Rescuers searched the valley for survivors",
            "Officials said the floods were the worst in the valley for decades and that more rain was expected on Friday.",
            "“I urge the authorities to release all detained protesters,” the High Commissioner said in a statement on Monday",
        ];
        let mut reasons = vec![None; 5];
        mark_other_stories(
            "Floods kill 40 in valley",
            &texts,
            &[false; 5],
            &mut reasons,
        );
        assert_eq!(reasons[1], Some(OTHER_STORY));
        assert_eq!(reasons[2], None);
        // A line telling what was said, cut before its stop, is a sentence of the story.
        assert_eq!(reasons[4], None);
    }

    #[test]
    fn a_speaker_s_heading_in_capitals_above_a_quotation_stays() {
        let texts = [
            "BRITISH PRIME MINISTER RISHI SUNAK",
            "“Shocked to hear this awful news.”",
            "MORE TOP STORIES FROM AROUND THE WORLD",
            "Floods cut off towns along the river",
        ];
        let mut reasons = vec![
            Some(OTHER_STORY),
            None,
            Some(OTHER_STORY),
            Some(OTHER_STORY),
        ];
        keep_speaker_headings(&texts, &mut reasons);
        assert_eq!(reasons, [None, None, Some(OTHER_STORY), Some(OTHER_STORY)]);
    }

    #[test]
    fn dated_lines_above_the_entries_of_a_timeline_are_its_headings() {
        let texts = [
            "Russia has suffered a number of deadly attacks in recent years:",
            "October 31st, 2015",
            "Islamic State brings down a Russian airliner over Sinai, killing all 224 people on board.",
            "March 29th, 2010",
            "Two blasts strike Moscow metro stations during rush hour, killing 40 people.",
        ];
        let stamp = Some(rules::BYLINE_STUB);
        let mut reasons = vec![None, stamp, None, stamp, None];
        keep_timeline_dates(&texts, &mut reasons);
        assert_eq!(reasons, [None; 5]);
        // One dated line above the story is its posting stamp.
        let mut reasons = vec![None, stamp, None, None, None];
        let one = [
            texts[0],
            texts[1],
            texts[2],
            "More text follows here.",
            texts[4],
        ];
        keep_timeline_dates(&one, &mut reasons);
        assert_eq!(reasons[1], stamp);
    }

    #[test]
    fn one_dated_line_well_inside_the_story_heads_an_entry() {
        let texts = [
            "The crash of the flight on Monday took the lives of 71 people.",
            "The football world has shown its better side, expressing sympathy.",
            "It is not the first time that football has felt the pain of loss.",
            "Torino – May 4, 1949",
            "The first major airline disaster that hit football was perhaps the most far-reaching.",
        ];
        let stamp = Some(rules::BYLINE_STUB);
        let mut reasons = vec![None, None, None, stamp, None];
        keep_timeline_dates(&texts, &mut reasons);
        assert_eq!(reasons, [None; 5]);
    }

    #[test]
    fn a_list_of_years_the_story_keeps_one_of_is_kept_whole() {
        let texts = [
            "Here are some of the major train accidents that have occurred in Pakistan over the years:",
            "2019: Over 70 people die in a fiery explosion on a moving train near Rahim Yar Khan",
            "2016: Two trains collide at Karachi's Landhi railway station, killing 22 people",
            "2005: At least 110 people perish after the Quetta Express is hit from behind at Ghotki",
        ];
        let mut reasons = vec![None, None, Some(rules::BYLINE_STUB), Some(OTHER_STORY)];
        keep_year_lists(&texts, &mut reasons);
        assert_eq!(reasons, [None; 4]);
    }
}
