//! Extract: claims from cleaned articles — casualty figures, reactions and the earlier
//! events the articles recall. Every claim carries a `Cite` of the exact sentence.

pub mod background;
pub mod casualties;
pub mod event;
mod event_date;
pub mod reactions;
pub mod speakers;

use std::borrow::Cow;
use std::cell::OnceCell;

use rayon::prelude::*;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};

use brief_text::fields::Fields;

use brief_clean::{Article, BlockKind};
use brief_text::reading::Reading;
use brief_text::sentences::split_sentences;

pub use background::Background;
pub use casualties::Casualty;
pub use event::EventFacts;
pub use reactions::Reaction;

/// `[event]`: what the author knows better than the inference.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventConfig {
    /// The event's date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub place: Option<String>,
    /// The sides of the event (countries or places); inferred from the articles when empty.
    #[serde(default)]
    pub parties: Vec<String>,
}

/// Where a claim comes from: an article, one of its blocks, and the sentence itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cite {
    pub source: String,
    pub block: String,
    pub sentence: String,
}

impl Fields for Cite {
    const LEN: usize = 3;
    fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        brief_text::write_fields!(s, self, source, block, sentence);
        Ok(())
    }
}

brief_text::serialize_by_fields!(Cite);

/// Nouns for people (`data/lexicon/person_nouns.tsv`), loaded by `brief_text::lexicon`.
pub(crate) use brief_text::lexicon::PERSON_NOUNS;

/// Words that name what happened, now or before (`data/lexicon/events.tsv`).
pub(crate) static EVENT_WORDS: std::sync::LazyLock<brief_text::lexicon::WordTable> =
    std::sync::LazyLock::new(|| {
        brief_text::lexicon::WordTable::parse(include_str!("../../../data/lexicon/events.tsv"))
    });

/// An event's noun ("attack", "floods"): `recalled` in `events.tsv`, in the singular or plural.
pub(crate) fn is_event_word(w: &str) -> bool {
    EVENT_WORDS.has("recalled", w)
        || w.strip_suffix('s')
            .is_some_and(|one| EVENT_WORDS.has("recalled", one))
}

/// One sentence of one article, with where it sits.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub article: &'a Article,
    pub block: &'a str,
    /// Where the block sits in the article (0 for the first block).
    pub block_index: usize,
    pub block_kind: BlockKind,
    /// Index of the sentence within its block.
    pub index: usize,
    pub text: String,
    /// The sentence read once (words with their case and span, lowercase forms, numbers),
    /// for every extractor to share instead of splitting and lowercasing `text` again.
    pub reading: Reading,
    /// Every sentence of the block, shared by the block's sentences (see `before`).
    pub block_sentences: std::rc::Rc<[String]>,
    /// The sentence begins inside a quotation opened by an earlier sentence.
    pub starts_quoted: bool,
    /// The attributions found in it, and the directory (by address) they were found with.
    attributions: OnceCell<(usize, Vec<speakers::Attribution>)>,
    stances: OnceCell<Vec<&'static str>>,
    person_names: OnceCell<Vec<String>>,
    /// Whether it gives a casualty figure, once casualties or reactions has asked.
    has_figures: OnceCell<bool>,
}

impl Sentence<'_> {
    /// The sentences before this one in the same block.
    pub fn before(&self) -> &[String] {
        &self.block_sentences[..self.index]
    }

    /// The date of a timeline's entry the sentence's block sits under: the block right above
    /// is a heading that is a date alone ("October 31st, 2015", "December 29th-30th, 2013").
    pub fn heading_date(
        &self,
        event: Option<chrono::NaiveDate>,
    ) -> Option<brief_text::dates::DateMention> {
        let above = self.article.blocks.get(self.block_index.checked_sub(1)?)?;
        let text = above.text.trim();
        if above.kind != BlockKind::Heading
            || text.split_whitespace().count() > brief_clean::TIMELINE_DATE_WORDS
        {
            return None;
        }
        let mut mentions = brief_text::dates::date_mentions(text, event).into_iter();
        let first = mentions.next()?;
        (mentions.next().is_none() && first.month.is_some()).then_some(first)
    }

    /// Every attribution of the sentence (`speakers::find_attributions`), found once and
    /// shared by the extractors that ask (casualties, reactions, and again for neighbouring
    /// sentences). Found afresh when asked with another directory than the first time.
    pub fn attributions(
        &self,
        people: &speakers::PeopleDirectory,
    ) -> Cow<'_, [speakers::Attribution]> {
        let key = std::ptr::from_ref(people) as usize;
        let find = || speakers::attributions_read(&self.reading, self.starts_quoted, people);
        let (found_with, found) = self.attributions.get_or_init(|| (key, find()));
        if *found_with == key {
            Cow::Borrowed(found)
        } else {
            Cow::Owned(find())
        }
    }

    /// The stances the sentence's words give (`reactions::stances`), found once.
    pub fn stances(&self) -> &[&'static str] {
        self.stances
            .get_or_init(|| reactions::stances_read(&self.reading))
    }

    /// The people's names the sentence writes (`speakers::person_names`), found once.
    pub fn person_names(&self) -> &[String] {
        self.person_names
            .get_or_init(|| speakers::person_names(&self.text))
    }

    /// Does the sentence give a casualty figure (`casualties::reads_figures`)? Read once:
    /// casualties reads the figures first and notes what it found.
    pub fn has_figures(&self) -> bool {
        *self
            .has_figures
            .get_or_init(|| casualties::reads_figures(&self.reading))
    }

    /// Notes whether the sentence gives a casualty figure, for `has_figures`.
    pub(crate) fn note_figures(&self, found: bool) {
        // Already noted means already read, with the same answer.
        let _ = self.has_figures.set(found);
    }

    pub fn cite(&self) -> Cite {
        Cite {
            source: self.article.id.clone(),
            block: self.block.to_string(),
            sentence: self.text.clone(),
        }
    }
}

/// Every claim found in a set of articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Claims {
    pub casualties: Vec<Casualty>,
    pub reactions: Vec<Reaction>,
    pub background: Vec<Background>,
}

/// The sentences of an article's citable blocks, in order.
pub fn article_sentences(article: &Article) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (block_index, block) in article.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading {
            continue;
        }
        let sentences: std::rc::Rc<[String]> = split_sentences(&block.text).into();
        let mut depth = 0i32;
        for (index, text) in sentences.iter().enumerate() {
            let opens_itself = text.trim_start().starts_with(['“', '"', '‘', '«']);
            out.push(Sentence {
                article,
                block: &block.id,
                block_index,
                block_kind: block.kind,
                index,
                text: text.clone(),
                reading: Reading::new(text),
                block_sentences: sentences.clone(),
                starts_quoted: depth > 0 && !opens_itself,
                attributions: OnceCell::new(),
                stances: OnceCell::new(),
                person_names: OnceCell::new(),
                has_figures: OnceCell::new(),
            });
            if opens_itself {
                depth = 0;
            }
            depth = quote_depth_after(text, depth);
        }
    }
    out
}

/// How many quotations are open after `text`, given `depth` open before it.
fn quote_depth_after(text: &str, depth: i32) -> i32 {
    let mut depth = depth;
    let mut before = ' ';
    for c in text.chars() {
        match c {
            '“' | '«' => depth += 1,
            '”' | '»' => depth = (depth - 1).max(0),
            // A straight quote closes one opened before, in this sentence or an earlier one;
            // right after a comma or a full stop it closes, never opens ("…friends," Soylu
            // told reporters: a quotation whose opening the page cut off).
            '"' if depth > 0 || matches!(before, ',' | '.' | '!' | '?') => {
                depth = (depth - 1).max(0)
            }
            '"' => depth += 1,
            _ => {}
        }
        before = c;
    }
    depth
}

/// Runs every extractor over every article (articles in parallel, results in article order).
pub fn extract_claims(
    articles: &[Article],
    facts: &EventFacts,
    directory: &speakers::PeopleDirectory,
) -> Claims {
    let per_article: Vec<Claims> = articles
        .par_iter()
        .map(|article| {
            let sentences = article_sentences(article);
            Claims {
                casualties: casualties::extract(&sentences, facts, directory),
                reactions: reactions::extract(&sentences, facts, directory),
                background: background::extract(&sentences, facts),
            }
        })
        .collect();
    let mut all = Claims::default();
    for c in per_article {
        all.casualties.extend(c.casualties);
        all.reactions.extend(c.reactions);
        all.background.extend(c.background);
    }
    reactions::one_name_per_body(&mut all.reactions);
    all
}

/// Articles made in code, for tests here and in the crates built on this one.
#[doc(hidden)]
pub mod test_support {
    use brief_clean::{Article, Block, BlockKind};

    /// An article of plain paragraphs.
    pub fn article(id: &str, title: &str, paras: &[&str]) -> Article {
        let kinds = vec![BlockKind::Paragraph; paras.len()];
        article_of_blocks(id, title, paras, &kinds)
    }

    /// An article whose blocks have the given kinds.
    pub fn article_of_blocks(
        id: &str,
        title: &str,
        texts: &[&str],
        kinds: &[BlockKind],
    ) -> Article {
        Article {
            id: id.into(),
            file: format!("seeds/{id}.txt"),
            title: title.into(),
            publisher: None,
            author: None,
            url: None,
            date: None,
            time: None,
            dateline: None,
            standfirst: None,
            blocks: texts
                .iter()
                .zip(kinds)
                .enumerate()
                .map(|(i, (t, kind))| Block {
                    id: format!("p{}", i + 1),
                    kind: *kind,
                    text: t.to_string(),
                })
                .collect(),
            removed: vec![],
            words: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_gives_the_attributions_of_its_text() {
        let a = test_support::article(
            "a",
            "T",
            &["“We are ready,” said Kremlin spokesperson Dmitry Peskov. Guterres “strongly condemned” the attack."],
        );
        let people = speakers::PeopleDirectory::build(std::slice::from_ref(&a));
        for s in article_sentences(&a) {
            let expected = speakers::find_attributions(&s.text, s.starts_quoted, &people);
            assert!(!expected.is_empty(), "{}", s.text);
            assert_eq!(s.attributions(&people).as_ref(), expected.as_slice());
            assert_eq!(s.attributions(&people).as_ref(), expected.as_slice());
        }
    }
}
