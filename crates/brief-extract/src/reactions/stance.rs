//! Stances: what a statement's words commit its speaker to (`data/lexicon/stances.tsv`).

use super::*;

/// Stance cues (`data/lexicon/stances.tsv`).
pub(super) static STANCE_WORDS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../../data/lexicon/stances.tsv"))
});

/// Every stance there is, in display order.
pub fn stance_names() -> impl Iterator<Item = &'static str> {
    let words: &'static WordTable = &STANCE_WORDS;
    words.kinds("stance:").map(|k| &k["stance:".len()..])
}

/// Every stance cue in one searcher, each pattern mapped back to its stance's index.
pub(super) static STANCE_FINDER: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<usize>)> =
    std::sync::LazyLock::new(|| {
        let (cues, stance_of): (Vec<&str>, Vec<usize>) = STANCE_WORDS
            .kinds("stance:")
            .enumerate()
            .flat_map(|(i, kind)| {
                STANCE_WORDS
                    .words(kind)
                    .iter()
                    .map(move |c| (c.as_str(), i))
            })
            .unzip();
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(cues)
            .expect("stance cues build a searcher");
        (finder, stance_of)
    });

/// The stances a statement's words give, in display order.
pub fn stances(sentence: &str) -> Vec<&'static str> {
    stances_read(&Reading::new(sentence))
}

/// `stances` over a sentence's reading.
pub fn stances_read(r: &Reading) -> Vec<&'static str> {
    let sentence = r.text();
    let (finder, stance_of) = &*STANCE_FINDER;
    let names: Vec<&'static str> = stance_names().collect();
    let mut found = vec![false; names.len()];
    let index_of = |name: &str| names.iter().position(|s| *s == name);
    for m in finder.find_overlapping_iter(sentence) {
        // A cue starts a word, and not an agent noun: "supporters" and "negotiators" are
        // people, not a stance.
        let word_start = !sentence[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let tail: String = sentence[m.end()..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let agent = matches!(tail.as_str(), "er" | "ers" | "or" | "ors");
        // A capital inside the sentence starts a name ("Rapid Support Forces").
        let in_name = m.start() > 0 && sentence[m.start()..].starts_with(char::is_uppercase);
        if word_start
            && !agent
            && !in_name
            && !negated(r.pieces_before(m.start()))
            && taken_up(r, m.start(), m.end())
        {
            found[stance_of[m.pattern().as_usize()]] = true;
        }
    }
    // Offering help is not asking for it: "ready to provide assistance" offers aid.
    if let (Some(offers), Some(calls)) = (index_of("offers aid"), index_of("calls for aid")) {
        if found[offers] {
            found[calls] = false;
        }
    }
    names
        .into_iter()
        .zip(found)
        .filter(|(_, hit)| *hit)
        .map(|(s, _)| s)
        .collect()
}

/// Is a cue at `start..end` the speaker's own? A noun cue must be taken up by a governor of
/// the speaker's ("called for a ceasefire", "expressed deep concern", "our condolences"); a
/// cue in any other form (a verb, "condemned"; an adjective, "alarmed") speaks for itself.
fn taken_up(r: &Reading, start: usize, end: usize) -> bool {
    let sentence = r.text();
    let cue = sentence[start..end].to_lowercase();
    let rest: String = sentence[end..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let word = format!("{cue}{rest}");
    let noun = STANCE_WORDS.has("noun-cue", &word)
        || word
            .strip_suffix('s')
            .is_some_and(|w| STANCE_WORDS.has("noun-cue", w));
    if !noun {
        return true;
    }
    let before = sentence[..start].trim_end();
    let last = before
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // ", warning that": a participle; "would support", "am warning": a verb.
    let participle = before.ends_with(',') && word.ends_with("ing");
    // "Condolences to the families": a statement that opens with its stance.
    let opens = before.is_empty() || before.ends_with(['“', '"', '«', ':']);
    participle
        || opens
        || STANCE_WORDS.has("verb-before", &last)
        || r.pieces_before(start)
            .take(6)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .any(|w| STANCE_WORDS.has("governor", &w))
}

/// Is a stance cue denied by the words just before it ("would not negotiate", "refused to
/// condemn", "no talks")? `before`: the sentence's pieces before the cue, nearest first.
pub(super) fn negated<'a>(before: impl Iterator<Item = &'a str>) -> bool {
    before.take(3).any(|w| {
        let w = w.to_lowercase();
        STANCE_WORDS.has(
            "negation",
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
        )
    })
}
