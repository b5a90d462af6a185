//! Line rules for web junk, as data tables. Each table says why it exists; every rule is about
//! the shape of a line or phrases any news site uses, never one site's text.

use crate::wordlists::{
    AD_LABELS, CAPTION_LABELS, COMMENT_PHRASES, COOKIE_PHRASES, DESK_BYLINES, NOTICE_PHRASES,
    PHOTO_AGENCIES, PLAYER_PHRASES, REACTION_PHRASES, SECTION_LABELS, SHARE_BUTTONS, SHARE_PHRASES,
    SUBSCRIPTION_PHRASES,
};
use std::sync::LazyLock;

use brief_text::pattern::Pattern;

/// Why a line was removed; shown to readers under each source so cleaning is transparent.
pub const READING_TIME: &str = "reading-time line";
pub const COUNTER: &str = "share or point counter";
pub const SHARE_PLEA: &str = "share prompt";
pub const REACTION_WIDGET: &str = "reaction widget";
pub const COMMENT_FORM: &str = "comment form";
pub const SUBSCRIPTION: &str = "newsletter or subscription plea";
pub const RELATED_LINK: &str = "related-article link";
pub const CREDIT: &str = "credit line";
pub const BYLINE_STUB: &str = "posting stamp";
pub const BYLINE: &str = "byline";
pub const AD_LABEL: &str = "advertisement label";
pub const COPYRIGHT: &str = "copyright notice";
pub const AUDIO_WIDGET: &str = "audio or video player";
pub const COOKIE_NOTICE: &str = "cookie notice";
pub const NAVIGATION: &str = "site navigation";
pub const PUBLISHER_NOTICE: &str = "publisher's notice";
pub const PHOTO_CREDIT: &str = "photo caption with credit";
pub const PHOTO_CAPTION: &str = "photo caption";
pub const TAIL_FURNITURE: &str = "page furniture after the article";
pub const AGE_NOTICE: &str = "notice of the article's age";
pub const SEPARATOR: &str = "separator with no words";

/// Word boundaries in the patterns are ASCII (`(?-u:\b)`): the words they bound are English,
/// and Unicode boundaries would keep the regex engine off its fast path for every paragraph.
/// Each pattern compiles the first time it runs, and for Latin-script lines without the whole
/// of Unicode in its classes (`brief_text::pattern`).
fn re(pattern: &str) -> Pattern {
    Pattern::new(pattern)
}

/// "3 min", "5 min read", "Reading time: 4 minutes".
pub static READING_TIME_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)^((reading|read) time:?\s*)?\d+\s*(min|mins|minutes?)(\.|\s+read)?$")
});

/// One counter such as "105 shares" or "1.2k views"; a counter line is only these.
pub static COUNTER_PART_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\d[\d,.]*\s*[km]?\s+(shares?|points?|comments?|views?|likes?|reactions?|votes?|reads?|retweets?)$",
    )
});

/// "Follow Dawn on WhatsApp", "Follow us on Google News".
pub static FOLLOW_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^(follow|join|find)\s+[^.!?]{1,40}\s+on\s+(whatsapp|twitter|x|facebook|instagram|telegram|google news|youtube|linkedin|threads|tiktok)(?-u:\b)",
    )
});

/// "Related: …", "Read more: …".
pub static RELATED_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^((related|read|read more|read also|also read|see also|more on this( story)?|recommended|watch|listen|must read|don't miss)\s*[:|]|more from( the)? \w+$)",
    )
});

/// Credit lines naming reporters, editors or the source outlet.
pub static CREDIT_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^(\(?\s*(additional )?(reporting|writing|editing|compiled|produced|edited|written) by(?-u:\b).*|[(—–-]*\s*with (inputs|files) from(?-u:\b).*|\(with agency inputs\)|source\s*:.*|.{0,80}(?-u:\b)contributed( reporting)? to this (report|story|article)\.?|with (additional )?reporting (by|from)(?-u:\b).*|\(.*(?-u:\b)editing by(?-u:\b).*\)|this (story|article) (was|has been) (updated|corrected).{0,80}|staff (reporters?|writers?|correspondents?)(\s*[/&,]\s*\w+)?|(?-i:[A-Z][a-z'’-]+(?: (?:and )?[A-Z][a-z'’-]+){0,3}) reported from (?-i:[A-Z])[\w ,]{1,40}\.?)$",
    )
});

/// "Posted on", "Published 19 September 2023", "Updated: 2 hours ago".
pub static BYLINE_STUB_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^(posted|published|updated|last updated|first published|issued|modified|last modified|created)(\s+(on|by|at))?(?-u:\b)[^!?]{0,80}$",
    )
});

/// "By Jane Doe", "By Staff Reporter", "By Jane Doe and John Roe, BBC News".
pub static BYLINE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|with\s+)?(?:\p{Lu}|(?:al|el|de|van|von|bin|ibn|da|di|le|la|du|der|del|dos|das)[- ]\p{Lu})[\p{L}.'’-]*){0,5}(?:\s*,\s*[^.!?]{0,40}|\s*[•·|–—]\s*[^!?]{0,60}|\s+(?:Published|Updated|Posted)\b[^!?]{0,60}|\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}[^!?]{0,30})?$",
    )
});

/// A byline without "By", as some outlets print it under the headline: "Jane Doe in Berlin",
/// "Jane Doe and John Roe in Kyiv". Only taken among the lines before the story begins.
pub static NAME_IN_PLACE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}(?: and \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})?) in \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$",
    )
});

/// A reporter's name and title on a line of their own: "Tom Phillips, Latin America
/// correspondent", "Jane Doe, Security Editor".
// Unicode classes under counted repeats ("{0,40}") compile into automata of one copy per
// repeat, which cost tens of milliseconds at every start; the patterns here repeat freely and
// the lengths are checked in code.
static NAME_TITLE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i-u:^)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), ([\p{L} ]*)(?i:correspondent|editor|reporter|writer|bureau chief|columnist)$",
    )
});

/// The reporter a name-and-title line names ("Tom Phillips, Latin America correspondent").
pub fn name_title(line: &str) -> Option<&str> {
    let c = NAME_TITLE_RE.captures(line)?;
    let desk = c.get(2).map_or(0, |m| m.as_str().chars().count());
    (desk <= 40).then(|| c.get(1).map(|m| m.as_str())).flatten()
}

/// A line that is only a web address ("https://p.dw.com/p/4iqR2").
pub static URL_LINE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"^((https?://|www\.)\S+|[a-z][a-z0-9-]*\.(com|org|net|co\.uk|gr|de|fr|in|com\.au))$")
});

/// "DW recommends", "Editor's picks": a heading of links after the story.
static RECOMMENDS_RE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^([\p{L}0-9 .&'’-]+) (recommends|recommended)$"));

/// "DW recommends", "Editor's picks recommended": a heading of links after the story.
pub fn is_recommends_heading(line: &str) -> bool {
    RECOMMENDS_RE
        .captures(line)
        .and_then(|c| c.get(1))
        .is_some_and(|who| who.as_str().chars().count() <= 30)
}

/// The author a byline names ("By Jane Doe" → "Jane Doe", "Jane Doe in Berlin" → "Jane Doe").
pub fn byline_author(line: &str) -> Option<&str> {
    if BYLINE_RE.is_match(line) {
        return Some(line[2..].trim_start());
    }
    if let Some(name) = name_title(line) {
        return Some(name);
    }
    NAME_IN_PLACE_RE
        .captures(line)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// A trail of sections ("Home > World > Asia", "World | Europe") or a gallery's place ("1/12").
static NAVIGATION_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"^(\p{L}[\p{L} .&'-]*(\s+[>|»/]\s+\p{L}[\p{L} .&'-]*)+|\d{1,3}\s*/\s*\d{1,3})$")
});
static TRAIL_SEPARATOR_RE: LazyLock<Pattern> = LazyLock::new(|| re(r"\s+[>|»/]\s+"));

/// "News > World > Europe", "3 / 12": a breadcrumb trail of two to six short steps, or a pager.
pub fn is_navigation_trail(line: &str) -> bool {
    if !NAVIGATION_RE.is_match(line) {
        return false;
    }
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let steps: Vec<&str> = TRAIL_SEPARATOR_RE.split(line).collect();
    (2..=6).contains(&steps.len()) && steps.iter().all(|s| s.chars().count() <= 31)
}

/// "Listen (3 min)", "Listen to this article · 4:12": an audio player's label.
pub static LISTEN_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^listen(\s*\(\d+\s*min[a-z]*\)|\s+to (this )?(article|story))?(\s*[·•|-]?\s*\d+[:.]\d+)?$",
    )
});

/// An archive photo's caption ("FILE - People walk … Aug. 12, 2024"): its date is the
/// photo's, not the story's.
pub fn is_archive_caption(line: &str) -> bool {
    line.starts_with("FILE")
}

/// A date written in figures ("11/13/13", "13.11.2013") followed by a time of day.
static NUMERIC_DATE_AND_CLOCK_RE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b[^.!?]{0,12}?\b\d{1,2}[:.]\d{2}\b"));

/// A line that is only when it was posted: "Sat 14 Dec 2024 18.02 GMT",
/// "December 14, 2024 at 6:02 PM EST", "14/12/2024 18:02".
pub static DATE_STAMP_RE: LazyLock<Pattern> = LazyLock::new(|| {
    let weekday = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?";
    let time = r"(?:\s*(?:,|at|-|–)?\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?";
    re(&format!(
        r"(?i)^{weekday}(?:\d{{1,2}}\s+[a-z]{{3,9}}\.?,?\s+\d{{4}}|[a-z]{{3,9}}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}){time}$"
    ))
});

/// An archive banner over an old article: "This article is more than 1 year old", "This
/// story is over 5 years old".
pub static AGE_NOTICE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^this (article|story|page|content) is (more than|over|at least) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?|years?) old\.?$",
    )
});

/// A line opening with a full date ("January 30, 2023…", "30 January 2023 …").
pub static LEADING_DATE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})",
    )
});

/// A time of day ("2:07 PM", "18.32").
pub static CLOCK_RE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)"));

/// A caption's credit: a bracketed tail such as "[Name/AFP]" or "[Handout via Reuters]", a
/// "Photo: …" lead, or a syndication notice in capitals.
pub static PHOTO_CREDIT_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(\[[^\]]*(/|(?-u:\b)via(?-u:\b)|(?-u:\b)photo(?-u:\b)|(?-u:\b)credit(?-u:\b))[^\]]*\]\s*$|\(\s*(photo|image|picture)\s*:[^)]*\)\s*$|^(photo|photograph|image|picture)\s*(:|by(?-u:\b))|/handout(?-u:\b)|(?-u:\b)handout via(?-u:\b)|this image has been supplied by a third party|no resales|no archives|\([^()]*(?-u:\b)photo\s*/[^()]*\)\s*$|^file\s*[-–—]\s|(?-u:\b)photo\s*:\s*[^.!?]{1,40}$)",
    )
});

/// "2022-06-28 10:16", "Antara • 21 November 2022 18:41", "Morbi (Gujarat), October 31,
/// 2022": a full date with at most two other words beside it.
fn is_bare_date_stamp(line: &str) -> bool {
    const OTHER_WORDS: usize = 2;
    // "UPDATE: 11/13/13 12:40 PM ET": a date in figures with a two-digit year, and its time.
    let dated = !brief_text::dates::explicit_dates(line).is_empty()
        || NUMERIC_DATE_AND_CLOCK_RE.is_match(line);
    if ends_like_sentence(line) || !dated {
        return false;
    }
    let calendar = |w: &str| {
        let w = w.to_lowercase();
        brief_text::dates::month_named(&w).is_some()
            || brief_text::dates::weekday_named(&w).is_some()
            || brief_text::lexicon::TIME_CUES.has("clock", &w)
    };
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1 && !calendar(w))
        .count()
        <= OTHER_WORDS
}

/// Characters that end a sentence (closing quotes and brackets after them count too).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', ' ']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// "– “All my solidarity with the people. We repudiate all violence.” (President of Peru, on
/// Twitter)": a line, bulleted or not, that opens on a quotation of a sentence or more, closed
/// inside its marks: someone quoted in the story, never a headline, a caption or a credit.
pub fn quotes_someone(line: &str) -> bool {
    const QUOTED_WORDS: usize = 8;
    let opening = line.trim_start_matches(['–', '—', '-', '•', '*', ' ']);
    let Some(rest) = opening.strip_prefix(['“', '"']) else {
        return false;
    };
    let Some(close) = rest.find(['”', '"']) else {
        return false;
    };
    let quoted = &rest[..close];
    quoted.split_whitespace().count() >= QUOTED_WORDS && quoted.ends_with(['.', '!', '?'])
}

/// Lowercase with curly apostrophes made straight, for phrase tables.
pub fn fold(line: &str) -> String {
    // ASCII has no curly apostrophe and lowercases in one pass (every line is folded).
    if line.is_ascii() {
        return line.to_ascii_lowercase();
    }
    line.to_lowercase().replace(['’', '‘'], "'")
}

/// Two or more words where the line is one word said twice ("Cute Cute", "Love Love"): the
/// label-plus-alt-text shape of emoji reaction buttons.
pub fn is_repeated_token_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() == 2 && words[0].eq_ignore_ascii_case(words[1]) && words[0].len() <= 20
}

/// The reason a line is junk on its own, judged without its neighbours.
pub fn junk_reason(line: &str) -> Option<&'static str> {
    // "-", "* * *", "•": a rule or a bullet on its own line, with no word or figure, is layout.
    if !line.chars().any(char::is_alphanumeric) {
        return Some(SEPARATOR);
    }
    let words = line.split_whitespace().count();
    // "Kerala | Edited by Jane Doe | Updated: July 31, 2024 10:45 am IST": a strip of page
    // furniture with a byline or a posting time in one of its cells.
    if words <= 24 && line.contains(" | ") {
        let cells: Vec<&str> = line.split(" | ").map(str::trim).collect();
        if cells.iter().any(
            |c| matches!(junk_reason(c), Some(r) if r == BYLINE || r == BYLINE_STUB || r == CREDIT),
        ) {
            return Some(BYLINE_STUB);
        }
    }
    let folded = fold(line);
    // A long line can only be junk as a photo caption or an outlet's notice: every other rule
    // is for short lines.
    if words > 30 {
        if words <= 45 && contains_any(&folded, *NOTICE_PHRASES) {
            return Some(PUBLISHER_NOTICE);
        }
        return PHOTO_CREDIT_RE.is_match(line).then_some(PHOTO_CREDIT);
    }
    let label = folded
        .trim_end_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, ':' | '.' | ',' | '(' | ')' | ' ')
        })
        .trim();
    if READING_TIME_RE.is_match(line) {
        return Some(READING_TIME);
    }
    if AGE_NOTICE_RE.is_match(line) {
        return Some(AGE_NOTICE);
    }
    if CAPTION_LABELS.contains(&label) || folded.starts_with("image source,") {
        return Some(PHOTO_CAPTION);
    }
    if SECTION_LABELS.contains(&label) {
        return Some(RELATED_LINK);
    }
    if is_counter_line(line) {
        return Some(COUNTER);
    }
    if RELATED_RE.is_match(line) {
        return Some(RELATED_LINK);
    }
    if CREDIT_RE.is_match(line) && words <= 25 {
        return Some(CREDIT);
    }
    if BYLINE_STUB_RE.is_match(line) && (words <= 8 || words <= 14 && CLOCK_RE.is_match(line)) {
        return Some(BYLINE_STUB);
    }
    if words <= 10 && (BYLINE_RE.is_match(line) || name_title(line).is_some()) {
        return Some(BYLINE);
    }
    if URL_LINE_RE.is_match(line) {
        return Some(NAVIGATION);
    }
    if DESK_BYLINES.contains(&folded.trim_end_matches(['.', ','])) {
        return Some(BYLINE);
    }
    if words <= 6 && is_recommends_heading(line) {
        return Some(RELATED_LINK);
    }
    if words <= 8 && (DATE_STAMP_RE.is_match(line) || is_bare_date_stamp(line)) {
        return Some(BYLINE_STUB);
    }
    // "January 30, 20233:41 PM GMTUpdated ago": a stamp whose parts ran together.
    if LEADING_DATE_RE.is_match(line)
        && !ends_like_sentence(line)
        && (words <= 10 || words <= 20 && CLOCK_RE.is_match(line))
    {
        return Some(BYLINE_STUB);
    }
    if words <= 45 && contains_any(&folded, *NOTICE_PHRASES) {
        return Some(PUBLISHER_NOTICE);
    }
    if words <= 12 && FOLLOW_RE.is_match(line) {
        return Some(SUBSCRIPTION);
    }
    // ("- Advertisement -", "** Advertisement **": the label between its rules.)
    let unruled = folded.trim_matches(['-', '–', '—', '*', '•', '=', '_', ' ']);
    if AD_LABELS.contains(&unruled.trim_end_matches([':', '.']).trim())
        || words <= 6 && folded.starts_with("advertisement")
    {
        return Some(AD_LABEL);
    }
    if words <= 20
        && (folded.starts_with("copyright")
            || folded.starts_with('©')
            || folded.contains("all rights reserved"))
    {
        return Some(COPYRIGHT);
    }
    if words <= 8
        && (folded.starts_with("listen to this article")
            || folded.starts_with("listen to this story")
            || LISTEN_RE.is_match(line))
    {
        return Some(AUDIO_WIDGET);
    }
    if words <= 30 && contains_any(&folded, *PLAYER_PHRASES) {
        return Some(AUDIO_WIDGET);
    }
    if words <= 30 && contains_any(&folded, *COOKIE_PHRASES) {
        return Some(COOKIE_NOTICE);
    }
    if words <= 12 && is_navigation_trail(line) {
        return Some(NAVIGATION);
    }
    if words <= 12
        && ["tags:", "filed under", "topics:", "more about:"]
            .iter()
            .any(|t| folded.starts_with(t))
    {
        return Some(RELATED_LINK);
    }
    if PHOTO_CREDIT_RE.is_match(line) || ends_with_agency_credit(line) {
        return Some(PHOTO_CREDIT);
    }
    if SHARE_BUTTONS.contains(&label) {
        return Some(SHARE_PLEA);
    }
    if contains_any(&folded, *SHARE_PHRASES) {
        return Some(SHARE_PLEA);
    }
    if contains_any(&folded, *REACTION_PHRASES) {
        return Some(REACTION_WIDGET);
    }
    if is_repeated_token_line(line) {
        return Some(REACTION_WIDGET);
    }
    if contains_any(&folded, *COMMENT_PHRASES) {
        return Some(COMMENT_FORM);
    }
    if words <= 25 && contains_any(&folded, *SUBSCRIPTION_PHRASES) {
        return Some(SUBSCRIPTION);
    }
    None
}

/// A caption ending in a wire credit: "… REUTERS/Joao Silva", "… Joao Silva/AFP",
/// "… Photograph: Joao Silva/Reuters".
fn ends_with_agency_credit(line: &str) -> bool {
    let line = line.trim_end_matches(['.', ' ', ')']);
    let Some((before, after)) = line.rsplit_once('/') else {
        return false;
    };
    let is_agency = |s: &str| {
        let s = s.trim().trim_start_matches('(');
        PHOTO_AGENCIES.iter().any(|a| s.eq_ignore_ascii_case(a))
    };
    let is_name = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    // The words just before the slash: the agency ("REUTERS/Name") or the photographer's
    // name ("Name/AFP"), after the caption's last full stop or colon.
    let last_part = before
        .rsplit(['.', ':', '('])
        .next()
        .unwrap_or(before)
        .trim();
    // "AP Photo/Name": the agency's photo service.
    let agency_part = ["Photo", "PHOTO", "photo", "Photos"]
        .iter()
        .find_map(|p| last_part.strip_suffix(p))
        .map_or(last_part, str::trim_end);
    let agency_first =
        agency_part.split_whitespace().last().is_some_and(is_agency) && is_name(after);
    let name_first = is_agency(after) && is_name(last_part);
    agency_first || name_first
}

fn contains_any(folded: &str, phrases: &[&str]) -> bool {
    // The tables are written lowercase with straight apostrophes, as `fold` leaves a line.
    phrases.iter().any(|p| folded.contains(p))
}

fn is_counter_line(line: &str) -> bool {
    // "0", "1.2K": a figure alone on its line is a widget's count, not a sentence.
    let bare = line.trim().trim_end_matches(['k', 'K', 'm', 'M']);
    if !bare.is_empty()
        && bare.len() <= 6
        && bare
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && bare.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    let parts: Vec<&str> = line.split([',', '·', '|', '•']).map(str::trim).collect();
    !parts.is_empty() && parts.iter().all(|p| COUNTER_PART_RE.is_match(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_figure_and_a_stamp_in_figures_are_furniture() {
        assert_eq!(junk_reason("0"), Some(COUNTER));
        assert_eq!(junk_reason("1.2K"), Some(COUNTER));
        assert!(junk_reason("UPDATE: 11/13/13 12:40 PM ET").is_some());
        assert!(junk_reason("The toll rose to 12 at 12:40 on 11/13/13 as rescuers dug.").is_none());
    }

    #[test]
    fn trails_reporters_and_link_headings_keep_their_length_limits() {
        assert!(is_navigation_trail("News > World > Europe"));
        assert!(is_navigation_trail("3 / 12"));
        assert!(!is_navigation_trail("News"));
        assert!(!is_navigation_trail(&format!("Home > {}", "a".repeat(40))));
        assert_eq!(
            name_title("Tom Phillips, Latin America correspondent"),
            Some("Tom Phillips")
        );
        assert_eq!(
            name_title(&format!("Tom Phillips, {} correspondent", "x".repeat(45))),
            None
        );
        assert!(is_recommends_heading("DW recommends"));
        assert!(!is_recommends_heading(&format!(
            "{} recommends",
            "w".repeat(35)
        )));
    }

    #[test]
    fn bylines_buttons_and_wire_credits_are_junk() {
        assert_eq!(junk_reason("By Staff Reporter"), Some(BYLINE));
        assert_eq!(
            junk_reason("By Jane Doe and John Roe, BBC News"),
            Some(BYLINE)
        );
        assert_eq!(byline_author("By Jane Doe"), Some("Jane Doe"));
        assert_eq!(
            junk_reason("By the time rescuers arrived, the river had risen."),
            None
        );
        assert_eq!(junk_reason("Share"), Some(SHARE_PLEA));
        assert_eq!(junk_reason("Advertisement"), Some(AD_LABEL));
        assert_eq!(junk_reason("- Advertisement -"), Some(AD_LABEL));
        assert_eq!(junk_reason("-"), Some(SEPARATOR));
        assert_eq!(
            junk_reason("Advertisement - Scroll to continue"),
            Some(AD_LABEL)
        );
        assert_eq!(
            junk_reason("Copyright 2024 The Associated Press. All rights reserved."),
            Some(COPYRIGHT)
        );
        assert_eq!(junk_reason("Listen to this article"), Some(AUDIO_WIDGET));
        assert_eq!(junk_reason("Tags: Greece, wildfires"), Some(RELATED_LINK));
        assert_eq!(junk_reason("Comments (12)"), Some(SHARE_PLEA));
        assert_eq!(
            junk_reason("FILE - Firefighters battle a blaze near Athens, Greece, Aug. 12, 2024. (AP Photo/Petros Giannakouris, File)"),
            Some(PHOTO_CREDIT)
        );
        assert_eq!(junk_reason("Sat 14 Dec 2024 18.02 GMT"), Some(BYLINE_STUB));
        assert_eq!(
            junk_reason("December 14, 2024 at 6:02 PM EST"),
            Some(BYLINE_STUB)
        );
        assert_eq!(junk_reason("14 December 2024"), Some(BYLINE_STUB));
        assert_eq!(
            byline_author("Kate Connolly in Berlin"),
            Some("Kate Connolly")
        );
        assert_eq!(junk_reason("Tweet"), Some(SHARE_PLEA));
        assert_eq!(
            junk_reason(
                "Residents wade through floodwater in Beira on March 14, 2024. REUTERS/Joao Silva"
            ),
            Some(PHOTO_CREDIT)
        );
        assert_eq!(
            junk_reason("A man walks past a destroyed house. Photograph: Joao Silva/AFP"),
            Some(PHOTO_CREDIT)
        );
        assert_eq!(
            junk_reason("The price rose to 3/4 of the old level, officials said on Monday."),
            None
        );
    }

    #[test]
    fn counters_are_junk() {
        assert_eq!(junk_reason("105 shares, 166 points"), Some(COUNTER));
        assert_eq!(junk_reason("2.4k views · 12 comments"), Some(COUNTER));
    }

    #[test]
    fn notices_of_an_old_article_are_junk() {
        assert_eq!(
            junk_reason("This article is more than 1 year old"),
            Some(AGE_NOTICE)
        );
        assert_eq!(
            junk_reason("This story is over five years old."),
            Some(AGE_NOTICE)
        );
        assert_eq!(
            junk_reason("This article is more than a year old, he said."),
            None
        );
    }

    #[test]
    fn widgets_banners_and_trails_of_many_sites_are_junk() {
        for line in [
            "Send any friend a story",
            "Link Copied!",
            "Was this article helpful?",
            "We use cookies to improve your experience on our site.",
            "Press shift question mark to access a list of keyboard shortcuts",
            "Listen (3 min)",
            "Home > World > Asia",
            "1/12",
            "Also Read | Rescue teams reach cut-off villages",
            "(With inputs from agencies)",
            "— With files from The Associated Press",
            "Edited by: Jane Doe",
            "Click here to get the Fox News app",
            "Supported by",
            "January 30, 20233:41 PM GMTUpdated ago",
            "Dawn.com | Sirajuddin",
            "Count of comments provided by Disqus",
            "Follow Dawn on WhatsApp",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Issued on: 27/10/2023 - 18:32",
            "Modified: 27/10/2023 - 18:35",
            "Jan. 28, 2024, 2:07 PM UTC / Updated Jan. 29, 2024, 1:48 AM UTC",
            "Share & Save",
            "Get more news on NBC News",
            "Kerala | Edited by Anjali Thomas | Updated: July 31, 2024 10:45 am IST",
            "Read Time: 2 mins",
            "Share Via",
            "By Euronews with AP, AFP",
            "Published on 15/10/2022 - 16:41•Updated 16/10/2022 - 09:12",
            "Copy/paste the article video embed link below:",
            "More from world",
            "By Nidal al-Mughrabi and Maayan Lubell",
            "Tom Phillips, Latin America correspondent",
            "https://p.dw.com/p/4iqR2",
            "DW recommends",
            "close panel",
            "ekathimerini.com",
            "03.03.2023 • 14:20",
            "Newsroom",
            "Save articles to read later and create your own reading list.",
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.",
            "Get our free Inside Washington email",
            "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice",
        ] {
            assert!(junk_reason(line).is_some(), "{line}");
        }
        for line in [
            "Listen, he said, the water came in minutes.",
            "Rescuers moved from house to house in the dark.",
            "The 24/7 operation continued.",
            "January 30, 2023 was the day the bombing happened.",
            "Follow the money, he said, and you find the smugglers on Twitter.",
        ] {
            assert_eq!(junk_reason(line), None, "{line}");
        }
    }

    #[test]
    fn reading_time_is_junk() {
        assert_eq!(junk_reason("3 min"), Some(READING_TIME));
        assert_eq!(junk_reason("7 min read"), Some(READING_TIME));
    }

    #[test]
    fn a_caption_ending_in_an_agencys_photo_credit_is_a_caption() {
        assert_eq!(
            junk_reason("Coast guard officers try to rescue passengers from the ferry, Wednesday, April 16, 2014. AP Photo/Hyung Min-woo"),
            Some(PHOTO_CREDIT)
        );
    }

    #[test]
    fn bracketed_agency_credit_is_a_caption() {
        assert_eq!(
            junk_reason("Rescuers search the rubble in Hatay [Jane Doe/AFP]"),
            Some(PHOTO_CREDIT)
        );
    }

    #[test]
    fn credit_lines_are_junk() {
        for line in [
            "Source: The Daily Planet and agencies",
            "AP contributed to this report",
            "(Reporting by Jo Bloggs; Editing by Sam Smith)",
            "Additional reporting by Ana Lima",
        ] {
            assert_eq!(junk_reason(line), Some(CREDIT), "{line}");
        }
    }

    #[test]
    fn prose_mentioning_a_subscription_is_kept() {
        let line = "The ministry said the flood had cut off 40 villages, and officials urged residents who had not yet done so to sign up for the emergency text alerts being sent by the regional government every hour.";
        assert_eq!(junk_reason(line), None);
    }

    #[test]
    fn ordinary_sentence_is_kept() {
        assert_eq!(
            junk_reason("The quake struck at dawn, officials said."),
            None
        );
    }

    #[test]
    fn bylines_with_stamps_credits_and_read_links_of_more_shapes_are_junk() {
        for line in [
            "By Peter McLaren-Kennedy • 04 July 2022 • 11:41",
            "by Reuters 02-08-2018 | 5:52 PM",
            "Staff Reporters/Agencies",
            "Winfield reported from Rome.",
            "Read: Energy management: PM grills top bureaucrat over blackouts",
            "A family mourns a relative outside the morgue in Karachi. PHOTO: INP",
        ] {
            assert!(junk_reason(line).is_some(), "{line}");
        }
        for line in [
            "Police reported from the scene that three people died.",
            "By the time rescuers arrived, the fire had spread.",
            "Read the full statement here.",
        ] {
            assert!(junk_reason(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_full_date_with_little_beside_it_is_a_stamp() {
        for line in [
            "date 2024-08-09",
            "2022-06-28 10:16",
            "20:58 UTC+8, 2025-03-16 0",
            "Antara • 21 November 2022 18:41",
            "By MEGAN JANETSKY – Associated Press",
            "By Reuters Published: Tue 20 Sep 2022, 11:19 AM",
        ] {
            assert!(junk_reason(line).is_some(), "{line}");
        }
        assert!(junk_reason("On March 4, 2024 the quake struck.").is_none());
    }
}

#[cfg(test)]
mod quotation_tests {
    use super::*;

    #[test]
    fn a_line_quoting_someone_is_told_from_a_caption() {
        assert!(quotes_someone(
            "– “All my solidarity with the Vice-President and the people.” (President of Peru on Twitter)"
        ));
        assert!(!quotes_someone(
            "“Shocking” scenes as floods hit the valley (Photo: AFP)"
        ));
        assert!(!quotes_someone(
            "Rescuers search the rubble. (AP Photo/Ana Ruiz)"
        ));
    }
}
