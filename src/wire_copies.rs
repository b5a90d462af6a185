//! Wire copies: when outlets print the same agency copy (or one reprints another's
//! sentences), they are one report, not several. Sources that share several long sentences
//! word for word are grouped, the group named after the agency its dateline credits, and an
//! incident's "reported by N of M sources" counts each group once and says so. Called by
//! `briefing::assemble` after the incidents are grouped.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::briefing::Incident;
use crate::clean::{Article, BlockKind};
use crate::text::sentences::sentence_spans;

/// Sources carrying the same copy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WireCopy {
    /// The agency the copy is credited to ("Reuters"), where a dateline or a publisher says.
    pub agency: Option<String>,
    /// The sources' ids, in the order of the seeds.
    pub sources: Vec<String>,
    pub publishers: Vec<String>,
}

/// Sentences shorter than this many words are too common to show copying.
const MIN_WORDS: usize = 10;

/// Two sources sharing this many long sentences word for word carry the same copy; one or
/// two could be a statement both quote.
const SHARED_SENTENCES: usize = 3;

/// A sentence printed by more sources than this is boilerplate or a statement everyone
/// quotes, not a sign of one copy (and pairing its sources would be quadratic).
const MAX_SHARING: usize = 12;

/// The groups of two or more sources that carry the same copy.
pub fn find_wire_copies(articles: &[Article]) -> Vec<WireCopy> {
    use rayon::prelude::*;
    // Each source's long sentences as hashes of their words, in parallel: a build of a
    // thousand sources reads every sentence here once more, so nothing is allocated per
    // sentence.
    let keys: Vec<Vec<u64>> = articles.par_iter().map(long_sentence_keys).collect();
    let mut carriers: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, article_keys) in keys.iter().enumerate() {
        for &key in article_keys {
            carriers.entry(key).or_default().push(i);
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for list in carriers
        .values()
        .filter(|l| (2..=MAX_SHARING).contains(&l.len()))
    {
        for (n, &x) in list.iter().enumerate() {
            for &y in &list[n + 1..] {
                *shared.entry((x, y)).or_default() += 1;
            }
        }
    }
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    for (&(x, y), _) in shared.iter().filter(|(_, n)| **n >= SHARED_SENTENCES) {
        let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
        parent[rx.max(ry)] = rx.min(ry);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..articles.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|g| WireCopy {
            agency: agency_of(&g, articles),
            sources: g.iter().map(|&i| articles[i].id.clone()).collect(),
            publishers: g
                .iter()
                .map(|&i| {
                    articles[i]
                        .publisher
                        .clone()
                        .unwrap_or_else(|| "Unknown publisher".into())
                })
                .collect(),
        })
        .collect()
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// How many of a source's paragraphs are compared: a reprint carries the copy from its
/// opening, so the first paragraphs show it, and a long article costs no more than a short one.
const COMPARED_PARAGRAPHS: usize = 12;

/// The distinct long sentences of a source's opening paragraphs, each as a hash of its words
/// (lowercase, without punctuation: the same copy whatever the quotes); headings left out.
fn long_sentence_keys(article: &Article) -> Vec<u64> {
    let mut seen = HashSet::new();
    let mut words = String::new();
    let paragraphs = article
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Heading);
    for b in paragraphs.take(COMPARED_PARAGRAPHS) {
        for (start, end) in sentence_spans(&b.text) {
            if let Some(key) = sentence_key(&b.text[start..end], &mut words) {
                seen.insert(key);
            }
        }
    }
    let mut keys: Vec<u64> = seen.into_iter().collect();
    keys.sort_unstable();
    keys
}

/// The hash of a sentence's words, or `None` for one shorter than `MIN_WORDS`. The words
/// are gathered in `buffer` (reused across sentences) and hashed at once.
fn sentence_key(sentence: &str, buffer: &mut String) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    buffer.clear();
    let mut words = 0;
    for word in sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        buffer.extend(word.chars().flat_map(char::to_lowercase));
        buffer.push(' ');
    }
    if words < MIN_WORDS {
        return None;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    buffer.hash(&mut h);
    Some(h.finish())
}

/// The agency a copy is credited to: the one a member's wire dateline names
/// (`BAKU (Reuters) -`), else a member that is itself the credited outlet of the others'
/// datelines; `None` when nothing says.
fn agency_of(group: &[usize], articles: &[Article]) -> Option<String> {
    let credited: BTreeSet<String> = group
        .iter()
        .filter_map(|&i| articles[i].dateline.as_deref())
        .filter_map(|d| {
            let inner = d.split_once('(')?.1.split_once(')')?.0.trim();
            (!inner.is_empty()).then(|| inner.to_string())
        })
        .collect();
    credited.into_iter().next()
}

/// Counts each group of copies once in every incident's "reported by", and lists the
/// groups among the incident's sources.
pub fn count_copies_once(incidents: &mut [Incident], copies: &[WireCopy], n_sources: usize) {
    if copies.is_empty() {
        return;
    }
    let group_of: HashMap<&str, usize> = copies
        .iter()
        .enumerate()
        .flat_map(|(g, c)| c.sources.iter().map(move |s| (s.as_str(), g)))
        .collect();
    let independent_total = n_sources - copies.iter().map(|c| c.sources.len() - 1).sum::<usize>();
    for inc in incidents.iter_mut() {
        let mut reports: BTreeSet<String> = BTreeSet::new();
        let mut here: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for s in &inc.sources {
            match group_of.get(s.as_str()) {
                Some(&g) => {
                    reports.insert(format!("copy {g}"));
                    let member = copies[g].sources.iter().position(|x| x == s).unwrap_or(0);
                    here.entry(g).or_default().push(member);
                }
                None => {
                    reports.insert(s.clone());
                }
            }
        }
        inc.copies = here
            .iter()
            .filter(|(_, members)| members.len() > 1)
            .map(|(&g, members)| WireCopy {
                agency: copies[g].agency.clone(),
                sources: members
                    .iter()
                    .map(|&m| copies[g].sources[m].clone())
                    .collect(),
                publishers: members
                    .iter()
                    .map(|&m| copies[g].publishers[m].clone())
                    .collect(),
            })
            .collect();
        if inc.copies.is_empty() {
            continue;
        }
        let notes: Vec<String> = inc
            .copies
            .iter()
            .map(|c| match &c.agency {
                Some(a) => format!("the {} that carry the same {a} copy", c.sources.len()),
                None => format!("the {} that carry the same copy", c.sources.len()),
            })
            .collect();
        inc.reported_by = format!(
            "reported by {} of {independent_total} sources, counting {} once",
            reports.len(),
            join_and(&notes)
        );
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::article;

    const COPY: [&str; 3] = [
        "The earthquake struck the mountain province before dawn on Monday and flattened dozens of houses in three villages.",
        "Rescuers dug through the rubble with their bare hands as aftershocks rattled the narrow valley all morning.",
        "The governor said twelve people were still missing and that the roads to two villages had been cut by landslides.",
    ];

    #[test]
    fn sources_sharing_an_agency_copy_are_one_group_named_after_the_agency() {
        let mut wire = article("wire", "Quake", &COPY);
        wire.dateline = Some("ANKARA (Reuters)".into());
        let mut reprint = article("reprint", "Quake kills", &COPY);
        reprint.publisher = Some("Daily Ledger".into());
        let own = article("own", "Our report", &["Our reporter saw the damage in the village of Ortaca for herself on Monday afternoon, talking to families."]);
        let copies = find_wire_copies(&[wire, reprint, own]);
        assert_eq!(copies.len(), 1, "{copies:?}");
        assert_eq!(copies[0].sources, ["wire", "reprint"]);
        assert_eq!(copies[0].agency.as_deref(), Some("Reuters"));
    }

    #[test]
    fn one_shared_quotation_is_no_copy() {
        let quote = "We stand with the people of the region and will send every help we can as soon as we can, the minister said.";
        let a = article(
            "a",
            "A",
            &[
                quote,
                "Something else entirely was written here by the first outlet about the rescue.",
            ],
        );
        let b = article("b", "B", &[quote, "The second outlet wrote its own account of the rescue in the valley villages today."]);
        assert!(find_wire_copies(&[a, b]).is_empty());
    }
}
