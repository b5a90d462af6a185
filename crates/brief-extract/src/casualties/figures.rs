//! The counts one sentence gives: each casualty cue with the head count before or after it,
//! tolls and their figure, parts of a total, increments.

use super::{is_filler, is_person_noun, Outcome, Part, OUTCOMES, PERSON_NOUNS, WORDS};
use brief_text::gazetteer::{word_spans, TermKind, GAZETTEER};
use brief_text::numbers::{parse_quantity, Quantity};

#[derive(Debug)]
pub(super) struct Word {
    pub(super) lower: String,
    /// A comma, quote, semicolon or bracket stands between this word and the one before.
    pub(super) break_before: bool,
}

pub(super) fn words_of(s: &str) -> Vec<Word> {
    let spans = word_spans(s);
    let mut out = Vec::with_capacity(spans.len());
    let mut prev_end = 0;
    for (start, end, w) in spans {
        let gap = &s[prev_end..start];
        out.push(Word {
            lower: w.to_lowercase(),
            break_before: gap.contains([',', ';', ':', '"', '(', ')', '[', ']'])
                || gap.contains(" - "),
        });
        prev_end = end;
    }
    out
}

/// A figure found for one cue: a count of its group, or (`quantity` none) only a part of a
/// total given elsewhere ("97 of the dead were policemen").
pub(super) struct Figure {
    pub(super) outcome: Outcome,
    pub(super) quantity: Option<Quantity>,
    pub(super) group: String,
    pub(super) parts: Vec<Part>,
}

pub(super) fn cue_at(w: &str) -> Option<Outcome> {
    OUTCOMES.into_iter().find(|o| WORDS.has(o.kind(), w))
}

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
                        "serious condition",
                        "victims",
                        "without",
                    ]),
            )
            .expect("cue words build a searcher")
    });

/// The figure a death toll is given as: "the death toll from the storm rose to 92", "put
/// the number of dead at 1,000" (`t` at "toll" or at "dead").
pub(super) fn toll_figure(words: &[Word], lower: &[&str], t: usize) -> Option<(Quantity, usize)> {
    // "injury toll", "economic toll": only a death toll, or a toll on its own, counts the dead.
    let named = t >= 2 && lower[t - 2] == "number" && lower[t - 1] == "of"
        || t >= 3 && lower[t - 3] == "number" && lower[t - 2] == "of"
        || t >= 4 && lower[t - 4] == "number" && lower[t - 3] == "of";
    if t > 0 && !named && !WORDS.has("toll-kind", lower[t - 1]) {
        return None;
    }
    // Commas crossed: an appositive may stand between ("the toll from the blast in the
    // capital, Beirut, has risen to 135").
    let mut crossed = 0;
    for p in t + 1..lower.len().min(t + 30) {
        if words[p].break_before && p > t + 1 {
            crossed += 1;
            if crossed > 2 {
                return None;
            }
        }
        // Past a few words or a comma only a verb leads to the figure: "the death toll from a
        // missile strike on an apartment building in the city has risen to 30", not "a
        // convoy of 20".
        if (p > t + 8 || crossed > 0) && !rises_to(&lower[..p]) {
            continue;
        }
        // "the toll could rise to 60" is a fear, not a count.
        if WORDS.has("hypothetical", lower[p]) || WORDS.has("toll-fear", lower[p]) {
            return None;
        }
        if !WORDS.has("toll-link", lower[p - 1]) {
            continue;
        }
        if let Some((q, len)) = parse_quantity(lower, p) {
            if looks_like_year(&q) {
                return None;
            }
            return Some((q, p + len));
        }
    }
    None
}

/// Do the words before a figure end with a verb of a toll's change ("has risen to", "climbed
/// to", "reached", "stood at")?
pub(super) fn rises_to(before: &[&str]) -> bool {
    match before {
        [.., v, link] if WORDS.has("toll-verb", v) && WORDS.has("toll-link", link) => true,
        [.., v] => WORDS.has("toll-verb", v),
        [] => false,
    }
}

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
        "admitted" if soon(4, &["hospital", "wound", "injur", "burn"]) => Some(c),
        "rushed" | "taken" | "airlifted" | "transported" if soon(3, &["hospital"]) => Some(c),
        // "800 people were receiving treatment".
        "receiving" | "under" if soon(2, &["treatment", "medical", "care"]) => Some(c),
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

pub(super) fn figures_in(text: &str) -> Vec<Figure> {
    if !CUE_FINDER.is_match(text) {
        return Vec::new();
    }
    let text = drop_echoed_figures(text);
    let words = words_of(&text);
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    let mut figures = Vec::new();
    let mut used_until = 0;
    let mut has_toll = false;
    for c in 0..lower.len() {
        // A toll or a hospital count at `c` is read as one whether or not a figure is found.
        let (found, toll) = match toll_at(&words, &lower, c, used_until) {
            Some(tried) => (tried, true),
            None => match hospital_at(&words, &lower, c, used_until) {
                Some(tried) => (tried, false),
                None => (cue_figure_at(&words, &lower, c, used_until), false),
            },
        };
        if let Some((figure, end)) = found {
            used_until = end;
            has_toll |= toll;
            figures.push(figure);
        }
    }
    if has_toll {
        drop_increments(&lower, &mut figures);
    }
    if figures.is_empty() {
        figures.extend(super::aboard::everyone_aboard(&words, &lower));
    }
    if figures.is_empty() {
        figures.extend(ordinal_toll(&lower));
    }
    if figures.is_empty() {
        figures.extend(left_unhoused(&words, &lower));
    }
    figures
}

/// "leaving 12,000 refugees homeless", "left 500 families without shelter": people left with
/// no roof are displaced.
fn left_unhoused(words: &[Word], lower: &[&str]) -> Option<Figure> {
    (0..lower.len()).find_map(|v| {
        if !WORDS.has("leaving", lower[v]) {
            return None;
        }
        let p = v + 1;
        let (quantity, len) = parse_quantity(lower, p)?;
        let start = p + len;
        let end = lower.len().min(start + 8);
        let group_end = (start..end)
            .take_while(|&k| k == start || !words[k].break_before)
            .find(|&k| is_person_noun(lower[k]) || is_demonym_plural(lower[k]))?;
        let state = lower.get(group_end + 1..)?;
        let unhoused = match state {
            [w, ..] if *w == "homeless" => true,
            ["without", rest @ ..] => rest.iter().take(3).any(|w| WORDS.has("unhoused", w)),
            _ => false,
        };
        (unhoused && !looks_like_year(&quantity)).then(|| Figure {
            outcome: Outcome::Displaced,
            quantity: Some(quantity),
            group: group_words(&lower[start..=group_end]),
            parts: Vec::new(),
        })
    })
}

/// "became the sixth person to die", "the third death": a place in the count of the dead is
/// the toll so far.
fn ordinal_toll(lower: &[&str]) -> Option<Figure> {
    let value = |w: &str| {
        WORDS
            .words("ordinal")
            .iter()
            .filter_map(|e| e.split_once(' '))
            .find(|(_, word)| *word == w)
            .and_then(|(n, _)| n.parse::<u64>().ok())
    };
    (1..lower.len()).find_map(|i| {
        if lower[i - 1] != "the" {
            return None;
        }
        let n = value(lower[i])?;
        let rest = &lower[i + 1..];
        let counts = match rest {
            [noun, ..] if WORDS.has("ordinal-noun", noun) => true,
            [noun, "to", verb, ..] if is_person_noun(&format!("{noun}s")) => {
                WORDS.has("ordinal-to", verb)
            }
            ["to", verb, ..] => WORDS.has("ordinal-to", verb),
            _ => false,
        };
        counts.then(|| Figure {
            outcome: Outcome::Killed,
            quantity: Some(Quantity {
                value: n,
                vague: false,
                qualifier: None,
            }),
            group: "total".into(),
            parts: Vec::new(),
        })
    })
}

/// "eleven (11) Gambians": a number written out, then in figures, counts once.
static ECHOED_FIGURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"([A-Za-z-]+)\s*\((\d{1,6})\)").expect("echoed figure pattern")
});

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

/// A death toll at `c` ("the death toll rose to 92", "the number of people killed … has grown
/// to 28"): `None` when there is none, else the figure if one is given.
fn toll_at(
    words: &[Word],
    lower: &[&str],
    c: usize,
    used_until: usize,
) -> Option<Option<(Figure, usize)>> {
    let w = lower[c];
    let number_of_dead = c >= 2 && lower[c - 2] == "number" && lower[c - 1] == "of" && WORDS.has("number-of", w)
            || c >= 3
                && lower[c - 3] == "number"
                && lower[c - 2] == "of"
                && is_person_noun(lower[c - 1])
                && matches!(w, "killed" | "dead")
            // "the number of people who died has reached 100"
            || c >= 4
                && lower[c - 4] == "number"
                && lower[c - 3] == "of"
                && is_person_noun(lower[c - 2])
                && WORDS.has("relative", lower[c - 1])
                && cue_at(w) == Some(Outcome::Killed);
    if !(w == "toll" || number_of_dead) || c < used_until || is_hypothetical(lower, c) {
        return None;
    }
    Some(toll_figure(words, lower, c).map(|(quantity, end)| {
        let figure = Figure {
            outcome: Outcome::Killed,
            quantity: Some(quantity),
            group: "total".into(),
            parts: Vec::new(),
        };
        (figure, end)
    }))
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
    let part_of = c >= 2 && lower[c - 1] == "the" && matches!(lower[c - 2], "of" | "among");
    let were_follows = lower.get(c + 1).is_some_and(|v| WORDS.has("aux", v));
    let victims = part_of && were_follows && WORDS.has("victims", w);
    let outcome = cue_at(w)
        .or(searched.then_some(Outcome::Missing))
        .or(victims.then_some(Outcome::Killed))?;
    if !counts_here(lower, c) {
        return None;
    }
    // "Among the dead were 12 children": the count follows.
    let among = part_of && lower[c - 2] == "among" && were_follows;
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
    // "116 people were crushed to death": the verb before "to death" is the cue.
    let cue_pos = if w == "death" && c >= 2 && lower[c - 1] == "to" && lower[c - 2].ends_with("ed")
    {
        c - 2
    } else {
        suffered_before(lower, c).unwrap_or(c)
    };
    // "police shot dead 17 protesters": the victims follow.
    let active =
        WORDS.has("active", w) || w == "dead" && c >= 1 && WORDS.has("dead-manner", lower[c - 1]);
    // "the bodies of the 11 climbers": the article before the count.
    let counted_from = if lower.get(c + 2) == Some(&"the") {
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
    led_to()
        .or_else(|| count_before(words, lower, cue_pos, used_until))
        .or_else(|| count_among_those(words, lower, c, used_until))
        .or_else(|| searched.then(|| count_after(words, lower, c + 1)).flatten())
        .or_else(|| active.then(|| count_after(words, lower, c)).flatten())
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

/// The head count before a cue: "five people had been killed", "two civilians and four
/// soldiers died", "80 wounded". Returns the figure, the group, and where the figure ends.
pub(super) fn count_before(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    // The count ends before an inserted clause: "41 people, including members of the
    // security forces, had died".
    let end = inserted_clause(words, lower, c).unwrap_or(c);
    let lo = end.saturating_sub(8).max(from);
    for p in (lo..end).rev() {
        if words[p + 1..end].iter().any(|w| w.break_before) || end == c && words[c].break_before {
            return None;
        }
        let Some((q, len)) = parse_quantity(lower, p) else {
            continue;
        };
        if p + len > end {
            continue;
        }
        let (q, start) = widen_back(lower, p, p + len, q);
        // "set up in 1948 to house Palestinians who fled": a year, whatever follows it.
        if looks_like_year(&q) && start > 0 && WORDS.has("year-before", lower[start - 1]) {
            return None;
        }
        let between = &lower[p + len..end];
        let head_count = gap_is_head_count(between, &q);
        let described = !head_count && describes_the_counted(between, lower[c]);
        if !head_count && !described && !counts_patients(between, lower[c]) {
            return None;
        }
        // "11 Gambians including six children have died": the part is inside a larger
        // count, further back.
        if is_part_marker(lower, start) {
            if (lo..start).any(|k| parse_quantity(lower, k).is_some()) {
                continue;
            }
            return None;
        }
        let mut total = q.clone();
        // "six suspicious deaths": the words describe the deaths, not who died.
        let mut groups = vec![if described {
            String::new()
        } else {
            group_words(up_to_the_counted(between))
        }];
        // Coordinated counts: "two civilians and four soldiers", "17 men, seven women and
        // three minors".
        let mut k = start;
        let mut listed = false;
        loop {
            // Not across a comma: "73 injured, including 13 children, and 40 missing" —
            // except between the items of a list already joined by "and".
            let joined = k >= 2 && lower[k - 1] == "and" && !words[k - 1].break_before;
            let listed_before = listed && k >= 1 && words[k].break_before;
            let item_end = if joined {
                k - 1
            } else if listed_before {
                k
            } else {
                break;
            };
            let Some((q2, p2, g2)) = count_ending_at(lower, item_end) else {
                break;
            };
            if listed_before && (p2 < from || !(p2 == 0 || words[p2].break_before)) {
                break;
            }
            listed = true;
            if is_part_marker(lower, p2) {
                break;
            }
            total.value += q2.value;
            if total.qualifier.is_none() {
                total.qualifier = q2.qualifier;
            }
            groups.insert(0, g2);
            k = p2;
        }
        return Some((total, join_groups(&groups), c));
    }
    None
}

/// The subject counted "among those killed": "Five foreigners, including four Asian nationals,
/// were among those killed" gives five foreigners, the first count of people of the clause.
pub(super) fn count_among_those(
    words: &[Word],
    lower: &[&str],
    c: usize,
    from: usize,
) -> Option<(Quantity, String, usize)> {
    if c < 4
        || !matches!(lower[c - 1], "those" | "the")
        || lower[c - 2] != "among"
        || !matches!(lower[c - 3], "were" | "was" | "are" | "is")
    {
        return None;
    }
    let clause_start = (from..c - 3)
        .rev()
        .find(|&k| words[k].break_before && !matches!(lower[k], "including"))
        .unwrap_or(from);
    (clause_start..c - 3).find_map(|p| {
        // "A US citizen is among the dead": one person (not "X, a 25-year-old, was among
        // those hurt", who is named, not counted).
        let opens = p == 0 || !words[p].break_before;
        let one = (opens && WORDS.has("one-person", lower[p])).then_some((
            Quantity {
                value: 1,
                vague: false,
                qualifier: None,
            },
            1,
        ));
        let counted = parse_quantity(lower, p);
        let singular = counted.is_none();
        let (q, len) = counted.or(one)?;
        let group_end = (p + len..(p + len + 3).min(c - 3)).find(|&k| {
            is_person_noun(lower[k])
                || is_demonym_plural(lower[k])
                || singular && is_person_noun(&format!("{}s", lower[k]))
        })?;
        (!looks_like_year(&q) && !is_part_marker(lower, p))
            .then(|| (q, group_words(&lower[p + len..=group_end]), c))
    })
}

/// Where a clause set off by commas between a count and its cue begins (", including …," or
/// ", most of them …,"), when only auxiliaries stand after it.
pub(super) fn inserted_clause(words: &[Word], lower: &[&str], c: usize) -> Option<usize> {
    let closes = (c.saturating_sub(3)..=c)
        .rev()
        .find(|&k| words[k].break_before)?;
    if !lower[closes..c].iter().all(|w| is_filler(w)) {
        return None;
    }
    let opens = (closes.saturating_sub(16)..closes)
        .rev()
        .find(|&k| words[k].break_before)?;
    WORDS.has("clause-opener", lower[opens]).then_some(opens)
}

/// A count phrase "NUMBER noun…" ending just before index `end` (exclusive).
pub(super) fn count_ending_at(lower: &[&str], end: usize) -> Option<(Quantity, usize, String)> {
    for p in (end.saturating_sub(6)..end).rev() {
        if let Some((q, len)) = parse_quantity(lower, p).filter(|(_, len)| p + len <= end) {
            let gap = &lower[p + len..end];
            let only_people = gap
                .iter()
                .all(|w| cue_at(w).is_none() && !WORDS.has("aux", w));
            if only_people
                && gap
                    .iter()
                    .any(|w| is_person_noun(w) || is_demonym_plural(w))
            {
                let (q, start) = widen_back(lower, p, p + len, q);
                return Some((q, start, group_words(&lower[p + len..end])));
            }
        }
    }
    None
}

/// Extends a number back over a qualifier or article ("more than 30,000", "a million").
pub(super) fn widen_back(lower: &[&str], p: usize, end: usize, q: Quantity) -> (Quantity, usize) {
    for back in (1..=3).rev() {
        if p >= back {
            if let Some((q2, len2)) = parse_quantity(lower, p - back) {
                if p - back + len2 == end {
                    return (q2, p - back);
                }
            }
        }
    }
    (q, p)
}

/// The victims after an active cue: "killed four troops and two civilians", "Among the dead
/// were an Australian woman, two Danish citizens and a US citizen".
pub(super) fn count_after(
    words: &[Word],
    lower: &[&str],
    c: usize,
) -> Option<(Quantity, String, usize)> {
    // "killing all 167 people on board": "all" before the count.
    // "injuring another 15": a second count, not an increment of the first.
    let p = if matches!(lower.get(c + 1), Some(&"all" | &"another")) {
        c + 2
    } else {
        c + 1
    };
    if p >= lower.len() || words[p].break_before {
        return None;
    }
    if let Some((total, len)) = parse_quantity(lower, p) {
        let end = p + len;
        // "killing 41 people and injuring 230, the agency said": a bare figure ends its
        // clause. So does one followed by when or where: "wounded 55 on Sunday", "killed 12
        // in the north".
        let bare =
            end == lower.len() || words[end].break_before || WORDS.has("bare-end", lower[end]);
        if bare && !looks_like_year(&total) {
            return Some((total, "total".into(), end));
        }
    }
    let (mut total, first_group, mut end) = counted_group_at(words, lower, p)?;
    let mut groups = vec![first_group];
    // More counted groups joined by "and" or listed with commas.
    loop {
        let joined = lower.get(end) == Some(&"and");
        let listed = !joined && end < lower.len() && words[end].break_before;
        if !joined && !listed {
            break;
        }
        let next = end + usize::from(joined);
        let Some((q, group, g_end)) = counted_group_at(words, lower, next) else {
            break;
        };
        // "killed 40 people, and dozens were injured": a clause of its own, not more victims.
        // "killing 70 detainees, a minister said": a listed item ends at a break, "and" or
        // the sentence's end, or it is the subject of a clause of its own.
        let closes = g_end == lower.len() || words[g_end].break_before || lower[g_end] == "and";
        if lower[next..g_end].iter().any(|w| WORDS.has("aux", w)) || listed && !closes {
            break;
        }
        total.value += q.value;
        groups.push(group);
        end = g_end;
    }
    looks_like_year(&total)
        .then_some(())
        .map_or(Some((total, join_groups(&groups), end)), |_| None)
}

/// A count and the people it counts at `p`: "two Danish citizens", "an Australian woman" (one
/// person), with where the group's words end.
fn counted_group_at(words: &[Word], lower: &[&str], p: usize) -> Option<(Quantity, String, usize)> {
    let one = WORDS.has("one-person", lower.get(p)?).then_some((
        Quantity {
            value: 1,
            vague: false,
            qualifier: None,
        },
        1,
    ));
    let counted = parse_quantity(lower, p);
    let singular = counted.is_none();
    let (q, len) = counted.or(one)?;
    let start = p + len;
    // "an Australian woman": one person is counted only by a noun right after.
    let reach = if singular { 2 } else { 5 };
    let names_people = |k: usize| {
        is_person_noun(lower[k])
            || is_demonym_plural(lower[k])
            || singular && is_person_noun(&format!("{}s", lower[k]))
    };
    let mut group_end = (start..lower.len().min(start + reach))
        .take_while(|&k| k == start || !words[k].break_before)
        .find(|&k| names_people(k))?;
    // "an Australian woman": the demonym, then the noun it describes.
    while group_end + 1 < lower.len()
        && !words[group_end + 1].break_before
        && names_people(group_end + 1)
    {
        group_end += 1;
    }
    Some((q, group_words(&lower[start..=group_end]), group_end + 1))
}

/// "six suspicious deaths", "three new fatalities": a word or two describing what a noun cue
/// counts.
fn describes_the_counted(between: &[&str], cue: &str) -> bool {
    WORDS.has("counted-noun", cue)
        && (1..=2).contains(&between.len())
        && between.iter().all(|w| {
            w.chars().all(char::is_alphabetic) && !looks_like_verb(w) && cue_at(w).is_none()
        })
}

/// "eight suspected cases receiving care": the sick, counted where they are in care.
fn counts_patients(between: &[&str], cue: &str) -> bool {
    WORDS.has("care-cue", cue)
        && between.iter().any(|w| PERSON_NOUNS.has("patient", w))
        && between.len() <= 4
        && between.iter().all(|w| !looks_like_verb(w) || is_filler(w))
}

/// Between a count and its cue only the counted people and auxiliaries may stand.
pub(super) fn gap_is_head_count(between: &[&str], q: &Quantity) -> bool {
    if between.is_empty() {
        return !looks_like_year(q);
    }
    // "60 because many of the wounded were …": a new clause counts others.
    if between.iter().any(|w| WORDS.has("clause-break", w)) {
        return false;
    }
    let has_person = between
        .iter()
        .any(|w| is_person_noun(w) || is_demonym_plural(w));
    has_person && between.len() <= 7 && between.iter().all(|w| !looks_like_verb(w) || is_filler(w))
        || between.iter().all(|w| is_filler(w)) && !looks_like_year(q)
        || people_doing_something(between)
}

/// "27 migrants trying to reach England from France died": the counted people and a
/// participle phrase saying what they were doing, with no other verb in it.
fn people_doing_something(between: &[&str]) -> bool {
    let Some(noun) = between
        .iter()
        .position(|w| is_person_noun(w) || is_demonym_plural(w))
    else {
        return false;
    };
    let rest = &between[noun + 1..];
    noun <= 2
        && between.len() <= 9
        && rest
            .first()
            .is_some_and(|w| w.ends_with("ing") && !is_person_noun(w))
        && rest[1..]
            .iter()
            .all(|w| !looks_like_verb(w) && cue_at(w).is_none())
        && between[..noun]
            .iter()
            .all(|w| !looks_like_verb(w) || is_filler(w))
}

pub(super) fn looks_like_year(q: &Quantity) -> bool {
    (1800..=2100).contains(&q.value) && q.qualifier.is_none()
}

/// Rough: a lowercase word ending like a past or present verb form that is not a person noun.
pub(super) fn looks_like_verb(w: &str) -> bool {
    (w.ends_with("ed") || w.ends_with("ing")) && !is_person_noun(w)
}

pub(super) fn is_demonym_plural(w: &str) -> bool {
    w.ends_with('s')
        && GAZETTEER
            .lookup(w)
            .is_some_and(|(_, t)| t == TermKind::Demonym)
}

/// "including", "among them" before a count make it a part of a total.
pub(super) fn is_part_marker(lower: &[&str], at: usize) -> bool {
    if at == 0 || !matches!(lower[at - 1], "including" | "among") {
        return false;
    }
    // "1,351 cholera cases, including 58 deaths": a part only of a count of people.
    at < 2
        || lower[..at - 1]
            .iter()
            .rev()
            .take(3)
            .any(|w| is_person_noun(w) || cue_at(w).is_some() || *w == "them")
}

/// Parts following a figure: ", including a child", ", eight of them minors".
pub(super) fn parts_after(
    words: &[Word],
    lower: &[&str],
    from: usize,
    outcome: Outcome,
) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut k = from;
    while k < lower.len() && k < from + 8 {
        if lower[k] == "including" || lower[k] == "among" && lower.get(k + 1) == Some(&"them") {
            let at = if lower[k] == "among" { k + 2 } else { k + 1 };
            let parsed = parse_quantity(lower, at).or_else(|| {
                (matches!(lower.get(at), Some(&"a" | &"an"))).then_some((
                    Quantity {
                        value: 1,
                        vague: false,
                        qualifier: None,
                    },
                    1,
                ))
            });
            if let Some((q, len)) = parsed {
                let group: Vec<&str> = lower[at + len..]
                    .iter()
                    .take(3)
                    .take_while(|w| !WORDS.has("group-stop", w))
                    .copied()
                    .collect();
                parts.push(Part {
                    count: q.value,
                    group: group.join(" "),
                    outcome,
                });
                k = at + len;
                continue;
            }
        }
        if words[k].break_before {
            if let Some((q, len)) = parse_quantity(lower, k) {
                if lower.get(k + len) == Some(&"of") && lower.get(k + len + 1) == Some(&"them") {
                    let group: Vec<&str> = lower[k + len + 2..].iter().take(2).copied().collect();
                    parts.push(Part {
                        count: q.value,
                        group: group.join(" "),
                        outcome,
                    });
                    k += len + 2;
                    continue;
                }
            }
            if k > from && !lower[k].starts_with("including") {
                break;
            }
        }
        k += 1;
    }
    parts
}

/// "people shot and", "people lost": the words between a count and its cue, up to the last
/// noun of the people counted.
fn up_to_the_counted<'w>(between: &'w [&'w str]) -> &'w [&'w str] {
    // "Gambians including six children": the group ends where its part begins.
    let between = between
        .iter()
        .position(|w| WORDS.has("clause-opener", w))
        .map_or(between, |at| &between[..at]);
    between
        .iter()
        .rposition(|w| is_person_noun(w) || is_demonym_plural(w))
        .map_or(between, |last| &between[..=last])
}

pub(super) fn group_words(words: &[&str]) -> String {
    // "migrants trying to reach England": the group ends where what they did begins.
    let kept: Vec<&str> = words
        .iter()
        .take_while(|w| !w.ends_with("ing") || is_person_noun(w))
        .filter(|w| !is_filler(w))
        .copied()
        .collect();
    kept.join(" ")
}

pub(super) fn join_groups(groups: &[String]) -> String {
    let groups: Vec<&str> = groups
        .iter()
        .map(String::as_str)
        .filter(|g| !g.is_empty())
        .collect();
    match groups.as_slice() {
        [] | ["people"] | ["persons"] => "total".into(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
