//! Runs brief's attribution step alone over plain-text articles, so it can be measured
//! against a corpus with attributions marked by hand (`tools/polnear_eval.py`).
//!
//! ```text
//! cargo run --release --example attribution -- ARTICLE.txt [MORE.txt …]
//! cargo run --release --example attribution < ARTICLE.txt
//! ```
//!
//! Each non-blank line of an article is one paragraph. Paragraphs are split into sentences with
//! brief's own splitter and every sentence goes through `find_attributions` exactly as the
//! reactions extractor sends it (with the people directory of that article and whether the
//! sentence begins inside a quotation). No cleaning runs first: the offsets must stay those of
//! the file. One JSON line per sentence:
//!
//! ```text
//! {"file":"a.txt","start":0,"end":42,"sentence":"…","attributions":[{"speaker":"…","verb":"said","pronoun":false,"sieve":"subject_before"}]}
//! ```
//!
//! `start`/`end` are character (Unicode scalar) offsets into the file as read, the convention
//! of BRAT standoff files; `sentence` is the text between them.

use std::io::{Read, Write};

use anyhow::Context;
use brief::clean::{Article, Block, BlockKind};
use brief::extract::article_sentences;
use brief::extract::speakers::{find_attributions, PeopleDirectory};
use brief::text::sentences::sentence_spans;
use serde::Serialize;

/// One sentence and what the attribution step found in it.
#[derive(Serialize)]
struct SentenceLine<'a> {
    file: &'a str,
    start: usize,
    end: usize,
    sentence: &'a str,
    attributions: Vec<brief::extract::speakers::Attribution>,
}

fn main() -> anyhow::Result<()> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if paths.is_empty() {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading the article from standard input")?;
        write_article("-", &text, &mut out)?;
    }
    for path in &paths {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading article {path}"))?;
        write_article(path, &text, &mut out)?;
    }
    out.flush().context("writing to standard output")?;
    Ok(())
}

/// Prints one JSON line per sentence of `text`.
fn write_article(file: &str, text: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let (article, block_starts) = article_of_lines(file, text);
    let people = PeopleDirectory::build(std::slice::from_ref(&article));
    let spans = sentence_byte_spans(&article, &block_starts);
    let sentences = article_sentences(&article);
    // `article_sentences` splits each block with the same splitter as `sentence_spans`, in the
    // same order, so the two lists pair up one to one.
    anyhow::ensure!(
        spans.len() == sentences.len(),
        "{file}: {} sentence spans but {} sentences",
        spans.len(),
        sentences.len()
    );
    for (sentence, &(start, end)) in sentences.iter().zip(&spans) {
        let line = SentenceLine {
            file,
            start: char_offset(text, start),
            end: char_offset(text, end),
            sentence: &text[start..end],
            attributions: find_attributions(&sentence.text, sentence.starts_quoted, &people),
        };
        serde_json::to_writer(&mut *out, &line).with_context(|| format!("{file}: JSON"))?;
        writeln!(out).context("writing to standard output")?;
    }
    Ok(())
}

/// An article whose paragraphs are the non-blank lines of `text`, with each paragraph's byte
/// offset in `text`.
fn article_of_lines(file: &str, text: &str) -> (Article, Vec<usize>) {
    let mut blocks = Vec::new();
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            starts.push(at);
            blocks.push(Block {
                id: format!("p{}", blocks.len() + 1),
                kind: BlockKind::Paragraph,
                text: body.to_string(),
            });
        }
        at += line.len();
    }
    let article = Article {
        id: file.to_string(),
        file: file.to_string(),
        blocks,
        ..Article::default()
    };
    (article, starts)
}

/// Byte spans in the whole text of every sentence, trimmed as `split_sentences` trims them.
fn sentence_byte_spans(article: &Article, block_starts: &[usize]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (block, &offset) in article.blocks.iter().zip(block_starts) {
        for (s, e) in sentence_spans(&block.text) {
            let raw = &block.text[s..e];
            let lead = raw.len() - raw.trim_start().len();
            let trail = raw.len() - raw.trim_end().len();
            spans.push((offset + s + lead, offset + e - trail));
        }
    }
    spans
}

/// The character offset of byte `byte` of `text`.
fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |head| head.chars().count())
}
