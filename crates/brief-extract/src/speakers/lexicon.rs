//! The speakers' lexicon: the word tables of `data/lexicon/` the attribution, name and role
//! rules read, loaded once, with a set per kind so a lookup on a hot path allocates nothing.

use std::sync::LazyLock;

use brief_text::lexicon::WordTable;

/// Reporting verbs (`data/lexicon/reporting_verbs.tsv`): those that make a statement by
/// themselves, and those that do with a word such as "condolences" after them.
pub(super) static REPORTING: LazyLock<WordTable> = LazyLock::new(|| {
    WordTable::parse(include_str!("../../../../data/lexicon/reporting_verbs.tsv"))
});

/// Every other table the speakers' rules read, one kind a job (see each file's comments).
static TABLE: LazyLock<WordTable> = LazyLock::new(|| {
    WordTable::parse(
        &[
            include_str!("../../../../data/lexicon/attribution.tsv"),
            include_str!("../../../../data/lexicon/titles.tsv"),
            include_str!("../../../../data/lexicon/bodies.tsv"),
            include_str!("../../../../data/lexicon/names.tsv"),
        ]
        .join("\n"),
    )
});

/// Whether `word` is listed under `kind`, exactly as written (case is part of the word).
pub(super) fn is(kind: &str, word: &str) -> bool {
    TABLE.has(kind, word)
}

/// Whether `word`, its ASCII letters lowercased, is listed under `kind` ("Forces" → "forces").
pub(super) fn is_ascii_ci(kind: &str, word: &str) -> bool {
    // Listed words are short: lowercase into a buffer on the stack, not a new string.
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    let Some(lower) = buf.get_mut(..bytes.len()) else {
        return is(kind, &word.to_ascii_lowercase());
    };
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| is(kind, w))
}

/// The words of a kind, in file order (for phrases tried one after another).
pub(super) fn words(kind: &str) -> impl Iterator<Item = &'static str> {
    TABLE.words(kind).iter().map(String::as_str)
}

/// A kind's phrases with a space added before and/or after, for the rules that look for them
/// as whole words inside longer text ("figures from ", " who "); each is made once, in a
/// `LazyLock` where it is used.
pub(super) fn padded(kind: &str, before: bool, after: bool) -> Vec<String> {
    let b = if before { " " } else { "" };
    let a = if after { " " } else { "" };
    words(kind).map(|w| format!("{b}{w}{a}")).collect()
}

/// A pronoun or a back-reference standing as the speaker ("he", "the statement"), lowercased.
pub(super) fn pronoun_speaker(np: &str) -> Option<String> {
    let lower = np.to_lowercase();
    (is("pronoun", &lower) || is("earlier-statement", &lower)).then_some(lower)
}

/// Does a back-reference stand for whoever spoke last ("the statement added"), not for the
/// last person or body by kind ("he", "it")?
pub fn refers_to_last_speaker(speaker: &str) -> bool {
    is("earlier-statement", speaker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_looked_up_has_words() {
        let listed = [
            "participle",
            "feeling",
            "past-verb",
            "coordinator",
            "body-head",
            "governing",
            "document-of",
            "setting",
            "joining-conjunction",
            "relative",
            "aid",
            "official",
            "role-verb",
            "role-intro",
            "research-preposition",
            "research-noun",
            "chain",
            "name-clause",
            "one-of",
            "statement-noun",
            "from-phrase",
            "list-joiner",
        ];
        for kind in listed {
            assert!(!TABLE.words(kind).is_empty(), "no words of kind {kind}");
        }
    }

    #[test]
    fn case_is_part_of_the_word() {
        assert!(words("joining-conjunction").any(|w| w == "But"));
        assert!(!is("title", "President"));
        assert!(is("title", "president"));
    }
}
