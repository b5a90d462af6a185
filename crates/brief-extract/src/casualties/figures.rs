//! The counts one sentence gives: each casualty cue with the head count before or after it,
//! tolls and their figure, parts of a total, increments.

use super::{is_person_noun, Outcome, Part, OUTCOMES, WORDS};
use brief_text::numbers::{parse_quantity, Quantity};
use brief_text::reading::Reading;

use super::counts::*;
use super::one_person::{one_named_after, one_person_died};
use super::phrases::*;
use super::tolls::toll_at;

#[derive(Debug)]
pub(super) struct Word {
    /// Written with a capital: part of a name, unless it opens the sentence.
    pub(super) capital: bool,
    /// A comma, quote, semicolon or bracket stands between this word and the one before.
    pub(super) break_before: bool,
    /// A dash stands between them ("two foreigners — a Chinese citizen and …").
    pub(super) dash_before: bool,
    /// Written with an owner's "'s" ("Hamas's").
    pub(super) possessive: bool,
}

/// The words of a sentence as the casualty rules see them, and their lowercase forms.
pub(super) fn words_of(r: &Reading) -> (Vec<Word>, Vec<&str>) {
    let n = r.words().len();
    let mut words = Vec::with_capacity(n);
    let mut lower = Vec::with_capacity(n);
    for i in 0..n {
        let (w, gap) = (r.word(i), r.gap_before(i));
        // "since May 3, killing 120": the month inside a sentence is not the modal "may" that
        // makes a count hypothetical.
        lower.push(if w == "May" && i > 0 {
            w
        // "aboard Flight 5342": a number naming a thing is no count; nor is a sum of money
        // ("compensation of Rs 10 lakh for the families of the deceased").
        } else if w.starts_with(|c: char| c.is_ascii_digit())
            && (i > 0 && WORDS.has("id-noun", r.lower_word(i - 1)) || is_money(r, i))
        {
            "#"
        } else {
            r.lower_word(i)
        });
        words.push(Word {
            capital: w.starts_with(char::is_uppercase) || particle_name(w),
            break_before: gap.contains([',', ';', ':', '(', ')', '[', ']'])
                || gap.contains('"') && !opens_scare_quote(r, i) && !closes_an_opening_count(r, i)
                || gap.contains(" - "),
            dash_before: gap.contains(" - "),
            possessive: i + 1 < n && r.gap_before(i + 1).starts_with("'s"),
        });
    }
    (words, lower)
}

/// Whether the number at word `i` is a sum of money: a currency sign before it ("$2,884",
/// "₹50,000"), a currency's name or code beside it ("Rs 10 lakh", "50,000 rupees", "10 lakh
/// rupees"), or a noun of money just before it ("an ex-gratia amount of 4 lakh").
fn is_money(r: &Reading, i: usize) -> bool {
    const NEAR: usize = 3;
    let n = r.words().len();
    let sign = r
        .gap_before(i)
        .chars()
        .any(|c| matches!(c, '$' | '£' | '¥' | '¢') || ('\u{20A0}'..='\u{20CF}').contains(&c));
    let currency = |k: usize| k < n && WORDS.has("currency", r.lower_word(k));
    let named = i > 0 && currency(i - 1) || currency(i + 1) || currency(i + 2);
    let money_noun = (i.saturating_sub(NEAR)..i).any(|k| WORDS.has("money-noun", r.lower_word(k)));
    sign || named || money_noun
}

/// "al-Hashimi", "el-Sisi", "bin-Laden": a name after a short lowercase particle and a hyphen
/// is written with its capital inside.
fn particle_name(w: &str) -> bool {
    const PARTICLE_BYTES: usize = 3;
    w.split_once('-').is_some_and(|(particle, rest)| {
        !particle.is_empty()
            && particle.len() <= PARTICLE_BYTES
            && particle.chars().all(char::is_lowercase)
            && rest.starts_with(char::is_uppercase)
    })
}

/// `leaving 291 "unaccounted for."`: a quote opened on a few words inside the clause, not a
/// quotation that breaks it.
fn opens_scare_quote(r: &Reading, i: usize) -> bool {
    const REACH: usize = 4;
    let n = r.words().len();
    i > 0
        && r.gap_before(i).trim() == "\""
        && (i + 1..n.min(i + REACH + 1))
            .find(|&j| r.gap_before(j).contains('"'))
            .map_or(n <= i + REACH, |j| {
                r.gap_before(j).trim_start().starts_with('"')
            })
}

/// `"Thirty-seven foreigners of eight nationalities" were killed`: a short quotation that opens
/// the sentence on its count closes before the verb, inside the clause.
fn closes_an_opening_count(r: &Reading, i: usize) -> bool {
    const REACH: usize = 12;
    i > 0
        && i <= REACH
        && r.gap_before(0).contains('"')
        && r.gap_before(i).trim_start().starts_with('"')
        && (1..i).all(|j| !r.gap_before(j).contains('"'))
}

/// A figure found for one cue: a count of its group, or (`quantity` none) only a part of a
/// total given elsewhere ("97 of the dead were policemen").
pub(super) struct Figure {
    pub(super) outcome: Outcome,
    pub(super) quantity: Option<Quantity>,
    pub(super) group: String,
    pub(super) parts: Vec<Part>,
}

impl Figure {
    /// A whole count of one outcome, with no group named ("the sixth person to die").
    pub(super) fn total(outcome: Outcome, value: u64) -> Figure {
        Figure::of(outcome, Quantity::exact(value), "total".into())
    }

    /// A count of one group, with no parts.
    pub(super) fn of(outcome: Outcome, quantity: Quantity, group: String) -> Figure {
        Figure {
            outcome,
            quantity: Some(quantity),
            group,
            parts: Vec::new(),
        }
    }
}

pub(super) fn cue_at(w: &str) -> Option<Outcome> {
    CUE_OUTCOMES.get(w).copied()
}

/// Each cue word with the first outcome (in `OUTCOMES`' order) listing it: one lookup for
/// a word rather than one per outcome (asked of every word of every sentence with a cue).
static CUE_OUTCOMES: std::sync::LazyLock<rustc_hash::FxHashMap<String, Outcome>> =
    std::sync::LazyLock::new(|| {
        let mut cues = rustc_hash::FxHashMap::default();
        for o in OUTCOMES {
            for w in WORDS.words(o.kind()) {
                cues.entry(w.clone()).or_insert(o);
            }
        }
        cues
    });

/// Finds any casualty cue, so sentences without one are passed over at once.
pub(super) static CUE_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                OUTCOMES
                    .iter()
                    .flat_map(|o| WORDS.words(o.kind()))
                    .map(String::as_str)
                    .chain([
                        "toll",
                        "hospital",
                        "admitted",
                        "critical condition",
                        "search for",
                        "treatment",
                        "receiving",
                        "sought",
                        "serious condition",
                        "victims",
                        "without",
                        "casualties",
                        "lost",
                    ])
                    .map(str::to_string)
                    .chain(WORDS.words("survived").iter().cloned())
                    .chain(WORDS.words("survivors").iter().cloned())
                    .chain(
                        WORDS
                            .words("count-toll")
                            .iter()
                            .map(|w| format!("{w} count")),
                    ),
            )
            .expect("cue words build a searcher")
    });

/// Every figure in a sentence, one per cue, parts kept apart.
/// Where a count of people in hospital ends: before "in" of "in hospital", or before
/// "admitted" of "admitted to hospital".
pub(super) fn hospital_cue(lower: &[&str], c: usize) -> Option<usize> {
    let soon = |n: usize, stems: &[&str]| {
        lower[c + 1..]
            .iter()
            .take(n)
            .any(|w| stems.iter().any(|s| w.starts_with(s)))
    };
    match lower[c] {
        "hospital" | "hospitals" if c >= 2 && lower[c - 1] == "in" => Some(c - 1),
        // "40 people were admitted there with wounds", "eight were rushed to hospitals".
        "admitted" if soon(4, &["hospital", "wound", "injur", "burn", "medical"]) => Some(c),
        "rushed" | "taken" | "airlifted" | "transported" | "checked" if soon(4, &["hospital"]) => {
            Some(c)
        }
        // "800 people were receiving treatment", "40 people received medical treatment".
        "receiving" | "received" | "under" if soon(2, &["treatment", "medical", "care"]) => Some(c),
        // "140 people had sought medical help".
        "sought" if soon(2, &["treatment", "medical"]) => Some(c),
        // "50 people were between life and death": critically hurt, not dead.
        _ if in_critical_state(&lower[c..]) => Some(c),
        // "seven persons are in a critical condition": counted up to "in".
        "condition"
            if c >= 3
                && matches!(lower[c - 1], "critical" | "serious")
                && (lower[c - 2] == "in" || lower[c - 3] == "in" && lower[c - 2] == "a") =>
        {
            Some(if lower[c - 2] == "in" { c - 2 } else { c - 3 })
        }
        _ => None,
    }
}

/// Do the words open a phrase of `critical-state` ("between life and death")?
fn in_critical_state(words: &[&str]) -> bool {
    WORDS.words("critical-state").iter().any(|phrase| {
        let mut listed = phrase.split(' ');
        listed.by_ref().zip(words).all(|(l, w)| l == *w) && listed.next().is_none()
    })
}

/// The figures a (straightened) text gives.
pub(super) fn figures_in(text: &str) -> Vec<Figure> {
    figures_of(&Reading::new(text))
}

/// The figures a sentence gives, read from its reading.
pub(super) fn figures_of(r: &Reading) -> Vec<Figure> {
    let text = r.straight();
    if !CUE_FINDER.is_match(text) {
        return Vec::new();
    }
    // A figure written twice ("eleven (11)") is read from the text without its echo, and an
    // age written in words ("a 12 year old boy") as the one word it is ("12-year-old").
    let echoed;
    let rewritten = match drop_echoed_figures(text) {
        std::borrow::Cow::Owned(t) => std::borrow::Cow::Owned(ages_as_one_word(&t).into_owned()),
        std::borrow::Cow::Borrowed(t) => ages_as_one_word(t),
    };
    let r = match rewritten {
        std::borrow::Cow::Owned(t) if t != text => {
            echoed = Reading::new(&t);
            &echoed
        }
        _ => r,
    };
    let (words, lower) = words_of(r);
    let mut figures = Vec::new();
    let mut used_until = 0;
    let mut has_toll = false;
    // A line written in Title Case capitalises its cues too.
    let title_case = words.iter().filter(|w| w.capital).count() * 2 >= words.len();
    for c in 0..lower.len() {
        // A toll or a hospital count at `c` is read as one whether or not a figure is found.
        let (found, toll) = match toll_at(&words, &lower, c, used_until) {
            Some(tried) => (tried, true),
            None => match hospital_at(&words, &lower, c, used_until) {
                Some(tried) => (tried, false),
                None if part_of_a_name(&words, c, title_case) => (None, false),
                None => (cue_figure_at(&words, &lower, c, used_until), false),
            },
        };
        if let Some((figure, end)) = found {
            used_until = end;
            has_toll |= toll;
            if !is_a_rate(&lower, end) {
                figures.push(figure);
            }
        }
    }
    if has_toll {
        drop_increments(&lower, &mut figures);
    }
    if let Some(all) = super::aboard::all_of_them_died(&words, &lower) {
        figures.retain(|f| f.outcome != Outcome::Killed);
        figures.insert(0, all);
    }
    if figures.is_empty() {
        figures.extend(super::aboard::everyone_aboard(&words, &lower));
    }
    // "A 13th US service member has died": the ordinal, not the one person, is the toll.
    let one_died = |f: &Figure| {
        f.outcome == Outcome::Killed && f.quantity.as_ref().is_some_and(|q| q.value == 1)
    };
    // ("A 10th victim has died …, and more than 10 others have been injured": the other
    // outcomes' figures stay.)
    let killed = |f: &Figure| f.outcome == Outcome::Killed;
    if figures.iter().filter(|f| killed(f)).all(one_died) {
        if let Some(toll) = ordinal_toll(&lower) {
            figures.retain(|f| !killed(f));
            figures.insert(0, toll);
        }
    }
    if figures.is_empty() {
        figures.extend(kin_lost(&lower));
    }
    if figures.is_empty() {
        figures.extend(a_life_lost(&words, &lower));
    }
    if figures.is_empty() {
        figures.extend(left_unhoused(&words, &lower));
    }
    // ("no initial reports of casualties but over 12,600 migrants were displaced": none of an
    // outcome no other figure counts.)
    if let Some(none) = none_reported(&lower) {
        if figures.iter().all(|f| f.outcome != none.outcome) {
            figures.push(none);
        }
    }
    if figures.is_empty() {
        figures.extend(the_victims_counted(&lower));
    }
    figures
}

/// "two deaths per 10,000 people a day", "23 traffic fatalities per 100,000 inhabitants": a
/// count followed by "per" and another count is a rate, no one's death.
fn is_a_rate(lower: &[&str], end: usize) -> bool {
    lower.get(end).is_some_and(|w| WORDS.has("per", w)) && parse_quantity(lower, end + 1).is_some()
}

/// The place an ordinal names ("second" → 2, "13th" → 13), from `ordinal` in `casualties.tsv`.
pub(crate) fn ordinal_value(w: &str) -> Option<u64> {
    WORDS.number_for("ordinal", w).or_else(|| digits_ordinal(w))
}

/// "became the sixth person to die", "the third death": a place in the count of the dead is
/// the toll so far.
fn ordinal_toll(lower: &[&str]) -> Option<Figure> {
    let value = ordinal_value;
    (1..lower.len()).find_map(|i| {
        if !matches!(lower[i - 1], "the" | "a") {
            return None;
        }
        let n = value(lower[i])?;
        let rest = &lower[i + 1..];
        // ("the 30th death anniversary of" counts years.)
        let counts = match rest {
            [_, next, ..] if brief_text::lexicon::TIME_CUES.has("anniversary", next) => false,
            [noun, ..] if WORDS.has("ordinal-noun", noun) => true,
            [noun, "to", verb, ..] if is_person_noun(&format!("{noun}s")) => {
                WORDS.has("ordinal-to", verb)
            }
            ["to", verb, ..] => WORDS.has("ordinal-to", verb),
            _ => ordinal_person_died(rest),
        };
        counts.then(|| Figure::total(Outcome::Killed, n))
    })
}

/// "13th", "21st": an ordinal in figures.
fn digits_ordinal(w: &str) -> Option<u64> {
    let n = w.strip_suffix("th").or_else(|| w.strip_suffix("st"));
    let n = n
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))?;
    n.parse().ok().filter(|&n| n > 0 && n < 100_000)
}

/// "A 13th US service member has died": a person, a few words after the ordinal, who died.
fn ordinal_person_died(rest: &[&str]) -> bool {
    let Some(noun_at) = rest
        .iter()
        .take(4)
        .position(|w| is_person_noun(&format!("{w}s")))
    else {
        return false;
    };
    let mut after = rest[noun_at + 1..]
        .iter()
        .skip_while(|w| WORDS.has("aux", w));
    after
        .next()
        .is_some_and(|v| WORDS.has("ordinal-to", v) || *v == "killed")
}

/// "eleven (11) Gambians": a number written out, then in figures, counts once.
static ECHOED_FIGURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"([A-Za-z-]+)\s*\((\d{1,6})\)").expect("echoed figure pattern")
});

/// "a 12 year old boy", "aged 30 years old": an age, which counts no one.
static AGE_IN_WORDS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(\d{1,3}) years? old\b").expect("age pattern compiles")
});

/// An age written in words made the one hyphenated word it usually is ("12-year-old").
fn ages_as_one_word(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(" old") {
        return text.into();
    }
    AGE_IN_WORDS.replace_all(text, "$1-year-old")
}

fn drop_echoed_figures(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('(') {
        return text.into();
    }
    ECHOED_FIGURE.replace_all(text, |c: &regex::Captures<'_>| {
        let word = c[1].to_lowercase();
        let same = parse_quantity(&[word.as_str()], 0)
            .is_some_and(|(q, _)| c[2].parse::<u64>().is_ok_and(|n| n == q.value));
        if same {
            c[1].to_string()
        } else {
            c[0].to_string()
        }
    })
}

/// People in hospital are injured: "57 people remain in hospital" (counted up to "in"), "40
/// people were admitted to hospital" (up to "admitted").
fn hospital_at(
    words: &[Word],
    lower: &[&str],
    c: usize,
    used_until: usize,
) -> Option<Option<(Figure, usize)>> {
    let cue = hospital_cue(lower, c).filter(|_| c > used_until)?;
    Some(
        count_before(words, lower, cue, used_until).map(|(quantity, group, end)| {
            let figure = Figure {
                outcome: Outcome::Injured,
                quantity: Some(quantity),
                group,
                parts: parts_after(words, lower, c + 1, Outcome::Injured),
            };
            (figure, end.max(c + 1))
        }),
    )
}

/// "told the Die Welt daily", "the Dead Sea": a capitalised word inside the sentence followed
/// by another is part of a name, not a cue (unless the line is written in Title Case).
fn part_of_a_name(words: &[Word], c: usize, title_case: bool) -> bool {
    c > 0
        && !title_case
        && !words[c].break_before
        && words[c].capital
        && words
            .get(c + 1)
            .is_some_and(|w| w.capital && !w.break_before)
}

/// "buried in four mass graves": a grave a few words on, in the cue's clause.
fn a_grave_follows(words: &[Word], lower: &[&str], c: usize) -> bool {
    const REACH: usize = 5;
    (c + 1..lower.len().min(c + 1 + REACH))
        .take_while(|&k| !words[k].break_before)
        .any(|k| WORDS.has("grave", lower[k]))
}

/// "rescued 13 people left stranded": the people a rescue verb took out are no longer
/// missing. Read back within the clause, not past "and" ("five were rescued and 12 remain
/// trapped").
fn rescued_before(words: &[Word], lower: &[&str], c: usize) -> bool {
    const REACH: usize = 5;
    for k in (c.saturating_sub(REACH)..c).rev() {
        if WORDS.has("saving", lower[k]) {
            return true;
        }
        if words[k].break_before || matches!(lower[k], "and" | "but" | "while") {
            return false;
        }
    }
    false
}

/// The figure of a casualty cue at `c` ("five people were killed", "killed four troops", "the
/// bodies of 11 climbers"), with where its words end.
fn cue_figure_at(
    words: &[Word],
    lower: &[&str],
    c: usize,
    used_until: usize,
) -> Option<(Figure, usize)> {
    let w = lower[c];
    // "the search for 12 climbers": people missing.
    let searched = w == "search" && lower.get(c + 1) == Some(&"for");
    // "32 of the victims were children", "Among the victims were 12 children": the dead.
    // ("Among those killed were seven students": "those" as "the", for the dead and hurt;
    // "Among those arrested are a former state secretary …" names, not counts.)
    let hurt = matches!(cue_at(w), Some(Outcome::Killed | Outcome::Injured));
    let part_of = c >= 2
        && (lower[c - 1] == "the" && matches!(lower[c - 2], "of" | "among")
            || hurt && lower[c - 1] == "those" && lower[c - 2] == "among");
    let were_follows = lower.get(c + 1).is_some_and(|v| WORDS.has("aux", v));
    // "The dead included seven in one county", "The victims include three children": the
    // dead listed after the verb.
    let listed = c >= 1
        && lower[c - 1] == "the"
        && !part_of
        && lower.get(c + 1).is_some_and(|v| WORDS.has("list-verb", v));
    let victims = (part_of && were_follows || listed) && WORDS.has("victims", w);
    // "Two men were stabbed to death": the death after it is the cue, not the wound.
    let to_death = lower.get(c + 1) == Some(&"to")
        && lower
            .get(c + 2)
            .is_some_and(|d| cue_at(d) == Some(Outcome::Killed));
    if to_death && cue_at(w) == Some(Outcome::Injured) {
        return None;
    }
    let outcome = cue_at(w)
        .or(searched.then_some(Outcome::Missing))
        .or(victims.then_some(Outcome::Killed))?;
    let outcome = if WORDS.has("burial", w) && a_grave_follows(words, lower, c) {
        Outcome::Killed
    } else {
        outcome
    };
    if !counts_here(lower, c) || outcome == Outcome::Missing && rescued_before(words, lower, c) {
        return None;
    }
    // "Among the dead were 12 children": the count follows.
    let among = part_of && lower[c - 2] == "among" && were_follows || listed;
    let (quantity, group, end) = if among {
        count_after(words, lower, c + 1)?
    } else {
        head_count(words, lower, c, used_until, searched)?
    };
    // "29 miners trapped" are missing; "hundreds of people trapped inside struggled to
    // escape" tells a scene, not a count.
    if quantity.vague && WORDS.has("exact-only", w) {
        return None;
    }
    let end = end.max(c + 1);
    // "97 of the dead were policemen": a part of a total given elsewhere.
    // "Among the victims were 12 children", "32 of the victims were children": a group of the
    // dead counted on its own.
    if among || victims {
        let group = if among {
            group
        } else {
            group_after_were(lower, c + 1)
        };
        let figure = Figure {
            outcome,
            quantity: Some(quantity),
            group,
            parts: Vec::new(),
        };
        return Some((figure, end));
    }
    if part_of && lower[c - 2] == "of" {
        let part = Part {
            count: quantity.value,
            group: group_after_were(lower, c + 1),
            outcome,
        };
        let figure = Figure {
            outcome,
            quantity: None,
            group: String::new(),
            parts: vec![part],
        };
        return Some((figure, end));
    }
    let figure = Figure {
        outcome,
        quantity: Some(quantity),
        group,
        parts: parts_after(words, lower, end, outcome),
    };
    Some((figure, end))
}

/// Whether a cue word counts people here: not a fear ("could kill"), and "lives" only as
/// "their lives", "the lives of" or "18 lives".
fn counts_here(lower: &[&str], c: usize) -> bool {
    let w = lower[c];
    let lives_of = w == "lives" && lower.get(c + 1) == Some(&"of");
    // "claimed at least 18 lives", "four lives had been lost": lives counted.
    let lives_counted = w == "lives" && c >= 1 && parse_quantity(lower, c - 1).is_some();
    !is_hypothetical(lower, c)
        && (w != "lives" || lower[..c].ends_with(&["their"]) || lives_of || lives_counted)
        && (w != "lives" || !lives_saved(lower, c))
}

/// "have saved more than 850 lives": lives a verb just before kept, not lost.
fn lives_saved(lower: &[&str], c: usize) -> bool {
    lower[c.saturating_sub(5)..c]
        .iter()
        .any(|w| WORDS.has("saving", w))
}

/// The head count a cue at `c` gives, before or after it.
fn head_count(
    words: &[Word],
    lower: &[&str],
    c: usize,
    used_until: usize,
    searched: bool,
) -> Option<(Quantity, String, usize)> {
    let w = lower[c];
    // "the deaths of at least 52 people", "the bodies of 11 climbers", "claimed the lives of
    // 40 people", "injuries to fourteen civilians": the noun leads to the count.
    let noun_of = WORDS.has("counted-of", w) && lower.get(c + 1) == Some(&"of")
        || matches!(w, "injuries" | "injury") && lower.get(c + 1) == Some(&"to");
    // ("10 people waiting for evacuation": an evacuation counts only those it is "of", their
    // count right after it, "all" or the like between: "the evacuation of residents …, with
    // photos showing 5,000" counts no one.)
    let counted_right_after =
        (c + 2..lower.len().min(c + 4)).any(|k| parse_quantity(lower, k).is_some());
    if WORDS.has("of-only", w) && !(noun_of && counted_right_after) {
        return None;
    }
    // "116 people were crushed to death": the verb before "to death" is the cue.
    let cue_pos = if w == "death" && c >= 2 && lower[c - 1] == "to" && lower[c - 2].ends_with("ed")
    {
        c - 2
    } else {
        suffered_before(lower, c)
            .or_else(|| hedged_before(lower, c))
            .unwrap_or(c)
    };
    // "police shot dead 17 protesters": the victims follow; so they do after "an inferno
    // which burnt to death 60 victims", a verb with no auxiliary before "to death".
    let to_death_actively = w == "death"
        && c >= 3
        && lower[c - 1] == "to"
        && lower[c - 2].chars().all(char::is_alphabetic)
        && !WORDS.has("aux", lower[c - 2])
        && !WORDS.has("sentencing", lower[c - 2])
        && !WORDS.has("aux", lower[c - 3]);
    let active = WORDS.has("active", w)
        || w == "dead" && c >= 1 && WORDS.has("dead-manner", lower[c - 1])
        || to_death_actively;
    // "the bodies of the 11 climbers", "the death of its eight members": the article or
    // owner before the count.
    let counted_from = if lower
        .get(c + 2)
        .is_some_and(|w| *w == "the" || WORDS.has("owner", w))
    {
        c + 2
    } else {
        c + 1
    };
    // "detained seven of its staff after the deaths of six tourists": the count the noun
    // leads to is the one it counts.
    let led_to = || {
        noun_of
            .then(|| count_after(words, lower, counted_from))
            .flatten()
    };
    // "Two gunmen killed 34 people": a verb used actively, with no auxiliary, has its victims
    // after it, and a count before it counts those who did it.
    let victims_follow = || {
        (active && c > 0 && !WORDS.has("aux", lower[c - 1]))
            .then(|| count_after(words, lower, c))
            .flatten()
    };
    led_to()
        .or_else(victims_follow)
        .or_else(|| count_before(words, lower, cue_pos, used_until))
        .or_else(|| count_before_a_modifier(words, lower, cue_pos, used_until))
        .or_else(|| count_among_those(words, lower, c, used_until))
        .or_else(|| searched.then(|| count_after(words, lower, c + 1)).flatten())
        .or_else(|| active.then(|| count_after(words, lower, c)).flatten())
        .or_else(|| one_person_died(words, lower, c, used_until))
        .or_else(|| one_named_after(words, lower, c).map(|q| (q, String::new(), c)))
}

/// "All 150 people on board are thought to have been killed", "are believed to have died": a
/// hedge (`hedge` in `casualties.tsv`) before the cue, where the head count ends.
fn hedged_before(lower: &[&str], c: usize) -> Option<usize> {
    match lower.get(..c)? {
        [.., hedge, "to", "have", "been"] if WORDS.has("hedge", hedge) => Some(c - 4),
        [.., hedge, "to", "have"] if WORDS.has("hedge", hedge) => Some(c - 3),
        _ => None,
    }
}

/// "12 others sustained serious injuries": the verb of suffering a word or two before an
/// injury noun, where the head count ends.
fn suffered_before(lower: &[&str], c: usize) -> Option<usize> {
    if cue_at(lower[c]) != Some(Outcome::Injured) {
        return None;
    }
    (c.saturating_sub(3)..c)
        .rev()
        .take_while(|&k| !looks_like_verb(lower[k]) || WORDS.has("suffered", lower[k]))
        .find(|&k| WORDS.has("suffered", lower[k]))
}

/// "Three more bodies were found, bringing the death toll to 17": beside the toll, a count of
/// "N more" dead is what the toll grew by, not a toll of its own.
pub(super) fn drop_increments(lower: &[&str], figures: &mut Vec<Figure>) {
    let increments: Vec<u64> = (0..lower.len())
        .filter_map(|p| {
            let (q, len) = parse_quantity(lower, p)?;
            (lower.get(p + len) == Some(&"more")).then_some(q.value)
        })
        .collect();
    // The toll itself is never dropped: only when there is another figure besides it.
    let killed = figures
        .iter()
        .filter(|f| f.outcome == Outcome::Killed)
        .count();
    if killed < 2 {
        return;
    }
    figures.retain(|f| {
        f.outcome != Outcome::Killed
            || !f
                .quantity
                .as_ref()
                .is_some_and(|q| increments.contains(&q.value))
    });
}

/// The group a part names after its verb: "(of the dead) were policemen" → "policemen".
pub(super) fn group_after_were(lower: &[&str], from: usize) -> String {
    let Some(rest) = lower.get(from..) else {
        return String::new();
    };
    match rest {
        ["were" | "was" | "are" | "is", group @ ..] => group
            .iter()
            .take(3)
            .take_while(|w| {
                is_person_noun(w)
                    || is_demonym_plural(w)
                    || w.ends_with('s') && w.len() > 3 && !matches!(**w, "was" | "has")
            })
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

pub(super) fn is_hypothetical(lower: &[&str], c: usize) -> bool {
    // "200 people are feared dead", "174 were feared killed": how tolls are reported before
    // bodies are found, not a fear of deaths to come.
    let feared_dead = c >= 1
        && lower[c - 1] == "feared"
        && cue_at(lower[c]) == Some(Outcome::Killed)
        && (lower[c] == "dead" || c >= 2 && WORDS.has("aux", lower[c - 2]));
    !feared_dead
        && lower[c.saturating_sub(3)..c]
            .iter()
            .any(|w| WORDS.has("hypothetical", w))
        || lower[c.saturating_sub(2)..c]
            .iter()
            .any(|w| *w == "no" || *w == "not")
}

/// The most words `part_of_count_before` reads: a count of up to four words ("two hundred
/// and five"), "of them", the verb, the group and the word after it.
const OPENING_WORDS: usize = 10;

/// "Four of them are children.", "Three were minors, the NGO said.": a sentence that opens
/// with a bare count (or "N of them") and says what those people were counts a part of the
/// figure given just before it; the count and the group it names.
pub(super) fn part_of_count_before(r: &Reading) -> Option<(Quantity, String)> {
    // Only the opening words matter: a count, "of them", a verb, a noun and one after.
    let lower: Vec<&str> = (0..r.words().len().min(OPENING_WORDS))
        .map(|i| r.lower_word(i))
        .collect();
    let (q, len) = parse_quantity(&lower, 0)?;
    let mut at = len;
    if lower.get(at) == Some(&"of")
        && lower
            .get(at + 1)
            .is_some_and(|w| WORDS.has("part-pronoun", w))
    {
        at += 2;
    }
    if !lower.get(at).is_some_and(|w| WORDS.has("copula", w)) {
        return None;
    }
    let group = lower.get(at + 1).filter(|w| is_person_noun(w))?;
    // The sentence is no more than the count and a few words after: a whole clause of its
    // own ("Three were arrested at the scene") is not a part.
    let ends = lower.get(at + 2).is_none_or(|w| !looks_like_verb(w));
    (ends && !looks_like_year(&q)).then(|| (q, (*group).to_string()))
}
