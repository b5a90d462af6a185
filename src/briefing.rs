//! Briefing: articles and claims merged into what a reader needs — claims grouped across
//! sources (corroboration, disagreements), actors grouped by country or organisation, the
//! timeline ordered, names collected. `Briefing` is both the templates' context and
//! `briefing.json`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::Serialize;

use crate::clean::{Article, Block, BlockKind, Removed};
use crate::config::{Config, Paper};
use crate::diag::Warning;
use crate::extract::casualties::{Casualty, Part};
use crate::extract::reactions::{Reaction, ReactionKind};
use crate::extract::{Background, Cite, Claims, EventFacts};
use crate::fields::Fields;
use crate::text::gazetteer::{EntityKind, GAZETTEER};
use crate::text::names::name_key;
use crate::text::sentences::split_sentences;

/// The whole briefing.
#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    pub site: SiteInfo,
    pub event: EventInfo,
    pub sources: Vec<SourceOut>,
    pub casualties: Vec<CasualtyOut>,
    pub incidents: Vec<Incident>,
    pub reactions: Vec<ReactionOut>,
    pub actor_groups: Vec<AffiliationGroup>,
    pub stance_matrix: StanceMatrix,
    pub background: Vec<BackgroundOut>,
    pub timeline: Vec<TimelineEntry>,
    pub aliases: Vec<Vec<String>>,
    /// The analyst's notes (`notes.md`, `notes/*.md`) as sanitised HTML.
    pub notes_html: Option<String>,
    /// The print edition's numbered references, in appendix order.
    pub references: Vec<Reference>,
    /// The same references gathered under their sources, for a compact list.
    pub reference_groups: Vec<ReferenceGroup>,
    pub stats: Stats,
    /// The reactions page's sections in order, with how many groups each holds.
    pub reaction_sections: Vec<ReactionSection>,
    pub warnings: Vec<Warning>,
    pub generator: String,
}

/// One section of the reactions page.
#[derive(Debug, Clone, Serialize)]
pub struct ReactionSection {
    pub kind: ReactionKind,
    pub title: &'static str,
    pub groups: usize,
}

/// Counts templates show.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub current_incidents: usize,
    pub earlier_tolls: usize,
    pub international_groups: usize,
    pub party_groups: usize,
    pub analyst_groups: usize,
    pub other_groups: usize,
}

/// What templates need of `site.toml`.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    pub title: String,
    pub description: String,
    pub base_url: String,
    pub language: String,
    pub theme: String,
    pub extra: BTreeMap<String, toml::Value>,
    pub print: PrintInfo,
}

/// What the print edition needs of `[print]`.
#[derive(Debug, Clone, Serialize)]
pub struct PrintInfo {
    /// The CSS page size (`A4`, `letter`).
    pub paper: &'static str,
    pub break_before_sources: bool,
    pub break_before_sections: bool,
    pub date_line: String,
    /// `briefing.pdf` is written beside the pages.
    pub pdf: bool,
}

/// A numbered reference in the print edition: one cited paragraph of one source.
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub n: usize,
    pub source: String,
    pub block: String,
    /// The source's number in the appendix (A1, A2, …).
    pub source_number: usize,
    /// The paragraph's number within its source.
    pub paragraph: String,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
}

/// The references into one source.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceGroup {
    pub source: String,
    pub source_number: usize,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    pub refs: Vec<ReferenceEntry>,
}

/// A reference in its source's group: the source's details are the group's.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceEntry {
    pub n: usize,
    pub source: String,
    pub block: String,
    pub paragraph: String,
}

impl From<&Reference> for ReferenceEntry {
    fn from(r: &Reference) -> ReferenceEntry {
        ReferenceEntry {
            n: r.n,
            source: r.source.clone(),
            block: r.block.clone(),
            paragraph: r.paragraph.clone(),
        }
    }
}

/// The event itself.
#[derive(Debug, Clone, Serialize)]
pub struct EventInfo {
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// "Tuesday 19 September 2023".
    pub date_display: Option<String>,
    /// With no year written in the sources: `--MM-DD` (ISO 8601's day without a year).
    pub day_without_year: Option<String>,
    /// "30 September (the sources write no year)".
    pub day_display: Option<String>,
    pub date_evidence: Option<String>,
    pub place: Option<String>,
    pub parties: Vec<String>,
    /// What happened, in a few sentences drawn from the sources.
    pub summary: Vec<Statement>,
}

/// A sentence quoted from a source, with the link to its paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub href: String,
    pub ref_n: usize,
    pub block: String,
    pub text: String,
    pub source: String,
    pub publisher: String,
    pub anchor: String,
}

/// A cleaned source as exported.
#[derive(Debug, Clone, Serialize)]
pub struct SourceOut {
    pub id: String,
    pub file: String,
    pub title: String,
    /// The publisher, or "Unknown publisher" shown when none was found (`publisher` is then null).
    pub publisher: Option<String>,
    pub publisher_display: String,
    pub author: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// `HH:MM` where the source gives its clock time of publication.
    pub time: Option<String>,
    pub dateline: Option<String>,
    pub standfirst: Option<String>,
    pub words: usize,
    pub reading_minutes: usize,
    pub path: String,
    pub paragraphs: Vec<Paragraph>,
    pub removed: Vec<Removed>,
    /// How many claims cite this source, by page.
    pub cited: CitedCounts,
}

/// A body block as exported, with the print edition's reference number when cited.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub block: Block,
    pub ref_n: Option<usize>,
}

impl Fields for Paragraph {
    const LEN: usize = Block::LEN + 1;
    fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        self.block.write_fields(s)?;
        brief_text::write_fields!(s, self, ref_n);
        Ok(())
    }
}

brief_text::serialize_by_fields!(Paragraph);

/// Claims citing a source.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CitedCounts {
    pub casualties: usize,
    pub reactions: usize,
    pub background: usize,
}

/// A casualty claim with its link.
#[derive(Debug, Clone)]
pub struct CasualtyOut {
    /// Link to the cited paragraph from the site root, for pages.
    pub href: String,
    /// The print edition's reference number for the cited paragraph.
    pub ref_n: usize,
    pub claim: Casualty,
    pub anchor: String,
    pub publisher: String,
    /// A one-line reading such as "5 killed, 80 injured".
    pub figures: String,
}

impl Fields for CasualtyOut {
    const LEN: usize = Casualty::LEN + 5;
    fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        brief_text::write_fields!(s, self, href, ref_n);
        self.claim.write_fields(s)?;
        brief_text::write_fields!(s, self, anchor, publisher, figures);
        Ok(())
    }
}

brief_text::serialize_by_fields!(CasualtyOut);

/// Casualty claims about one incident, across sources.
#[derive(Debug, Clone, Serialize)]
pub struct Incident {
    pub id: String,
    pub label: String,
    pub cause: Option<String>,
    pub current: bool,
    pub claims: Vec<usize>,
    pub sources: Vec<String>,
    pub publishers: Vec<String>,
    pub reported_by: String,
    /// Killed figures given, lowest first, with who gave each.
    pub killed: Vec<Figure>,
    pub injured: Vec<Figure>,
    pub killed_disagree: bool,
    pub injured_disagree: bool,
    /// The most conservative (lowest) figure, as conflict-data coders keep it.
    pub killed_conservative: Option<u64>,
    pub injured_conservative: Option<u64>,
    /// "2–25" where figures disagree, else the one figure.
    pub killed_display: Option<String>,
    pub injured_display: Option<String>,
    pub parts: Vec<Part>,
    /// The death figures in the order their sources were published, where they rise from
    /// report to report: an update, not a dispute (see `toll_time`); else empty.
    pub killed_over_time: Vec<crate::toll_time::TollPoint>,
    /// The last toll of such an update.
    pub killed_latest: Option<u64>,
    /// Sources of this incident carrying the same agency copy, counted once in `reported_by`
    /// (see `wire_copies`).
    pub copies: Vec<crate::wire_copies::WireCopy>,
}

/// One figure and everyone who gave or carried it.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub value: u64,
    pub qualifier: Option<String>,
    pub claimants: Vec<String>,
    pub publishers: Vec<String>,
    pub hrefs: Vec<String>,
}

/// A claim with the ways to its paragraph: the page link, the export's anchor, the print
/// edition's reference number, and the outlet that carries it.
#[derive(Debug, Clone)]
pub struct Cited<T> {
    /// Link to the cited paragraph from the site root, for pages.
    pub href: String,
    /// The print edition's reference number for the cited paragraph.
    pub ref_n: usize,
    pub claim: T,
    pub anchor: String,
    pub publisher: String,
}

impl<T: Fields> Serialize for Cited<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Cited", T::LEN + 4)?;
        brief_text::write_fields!(s, self, href, ref_n);
        self.claim.write_fields(&mut s)?;
        brief_text::write_fields!(s, self, anchor, publisher);
        s.end()
    }
}

/// A reaction with its link.
pub type ReactionOut = Cited<Reaction>;

/// Actors sharing an affiliation (a country, an organisation, a side).
#[derive(Debug, Clone, Serialize)]
pub struct AffiliationGroup {
    pub affiliation: String,
    pub kind: ReactionKind,
    /// "organisation" or "country" for international groups.
    pub entity: Option<EntityKind>,
    pub actors: Vec<ActorBlock>,
    pub stance: Vec<String>,
}

/// One actor's statements.
#[derive(Debug, Clone, Serialize)]
pub struct ActorBlock {
    pub actor: String,
    pub role: Option<String>,
    pub names: Vec<String>,
    pub stance: Vec<String>,
    pub statements: Vec<usize>,
}

/// Who condemned, who called for talks, who supported.
#[derive(Debug, Clone, Serialize)]
pub struct StanceMatrix {
    pub stances: Vec<String>,
    pub rows: Vec<StanceRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StanceRow {
    pub affiliation: String,
    pub kind: ReactionKind,
    pub marks: Vec<bool>,
}

/// A background claim with its link.
pub type BackgroundOut = Cited<Background>;

/// One dated fact on the timeline, with every source that recalls it.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub year: i32,
    pub month: Option<u32>,
    pub when: String,
    pub label: String,
    pub what: Option<String>,
    pub claims: Vec<usize>,
    pub publishers: Vec<String>,
}

/// The anchor URL of a cited paragraph, relative to the site root.
pub fn anchor(cite: &Cite) -> String {
    format!("sources/{}/#{}", cite.source, cite.block)
}

/// The same link naming `index.html`, so pages work when opened from disk (`file://`).
pub fn href(cite: &Cite) -> String {
    format!("sources/{}/index.html#{}", cite.source, cite.block)
}

/// Assembles the briefing.
pub fn assemble(
    config: &Config,
    articles: &[Article],
    facts: &EventFacts,
    claims: Claims,
    notes_html: Option<String>,
    warnings: Vec<Warning>,
) -> Briefing {
    let publishers: BTreeMap<&str, String> = articles
        .iter()
        .map(|a| (a.id.as_str(), publisher_display(a)))
        .collect();
    let publisher_of = |id: &str| publishers.get(id).cloned().unwrap_or_default();
    let mut summary = summarise(articles, &publisher_of);
    let cited = claims
        .casualties
        .iter()
        .map(|c| &c.cite)
        .chain(claims.reactions.iter().map(|r| &r.cite))
        .chain(claims.background.iter().map(|b| &b.cite))
        .map(|c| (c.source.as_str(), c.block.as_str()))
        .chain(
            summary
                .iter()
                .map(|s| (s.source.as_str(), s.block.as_str())),
        );
    let (numbers, references) = number_references(articles, cited);
    let ref_of = |source: &str, block: &str| {
        numbers
            .get(&(source.to_string(), block.to_string()))
            .copied()
            .unwrap_or(0)
    };
    for s in &mut summary {
        s.ref_n = ref_of(&s.source, &s.block);
    }
    let cited = |cite: &Cite| {
        (
            href(cite),
            ref_of(&cite.source, &cite.block),
            anchor(cite),
            publisher_of(&cite.source),
        )
    };
    let casualties: Vec<CasualtyOut> = claims
        .casualties
        .into_iter()
        .map(|c| {
            let (href, ref_n, anchor, publisher) = cited(&c.cite);
            CasualtyOut {
                href,
                ref_n,
                anchor,
                publisher,
                figures: figures_line(&c),
                claim: c,
            }
        })
        .collect();
    let reactions: Vec<ReactionOut> = claims
        .reactions
        .into_iter()
        .map(|r| {
            let (href, ref_n, anchor, publisher) = cited(&r.cite);
            Cited {
                href,
                ref_n,
                anchor,
                publisher,
                claim: r,
            }
        })
        .collect();
    let background: Vec<BackgroundOut> = claims
        .background
        .into_iter()
        .map(|b| {
            let (href, ref_n, anchor, publisher) = cited(&b.cite);
            Cited {
                href,
                ref_n,
                anchor,
                publisher,
                claim: b,
            }
        })
        .collect();
    // Claims per source, counted in one pass.
    let mut cited: HashMap<&str, CitedCounts> = HashMap::new();
    for c in &casualties {
        cited
            .entry(c.claim.cite.source.as_str())
            .or_default()
            .casualties += 1;
    }
    for r in &reactions {
        cited
            .entry(r.claim.cite.source.as_str())
            .or_default()
            .reactions += 1;
    }
    for b in &background {
        cited
            .entry(b.claim.cite.source.as_str())
            .or_default()
            .background += 1;
    }
    let sources: Vec<SourceOut> = articles
        .iter()
        .map(|a| source_out(a, &numbers, &cited, facts.date))
        .collect();
    let mut incidents = group_incidents(&casualties, articles.len());
    // Issue 16: copies of one agency's report count once; a rising toll is an update.
    let copies = crate::wire_copies::find_wire_copies(articles);
    crate::wire_copies::count_copies_once(&mut incidents, &copies, articles.len());
    crate::toll_time::read_tolls_over_time(&mut incidents, &casualties, &sources);
    let actor_groups = group_actors(&reactions);
    let stance_matrix = stance_matrix(&actor_groups);
    let timeline = build_timeline(&background);
    let groups_of = |k: ReactionKind| actor_groups.iter().filter(|g| g.kind == k).count();
    let stats = Stats {
        current_incidents: incidents.iter().filter(|i| i.current).count(),
        earlier_tolls: incidents.iter().filter(|i| !i.current).count(),
        international_groups: groups_of(ReactionKind::International),
        party_groups: groups_of(ReactionKind::Party),
        analyst_groups: groups_of(ReactionKind::Analyst),
        other_groups: groups_of(ReactionKind::Other),
    };
    let reaction_sections = [
        (ReactionKind::International, "International reactions"),
        (ReactionKind::Party, "The sides"),
        (ReactionKind::Analyst, "Analysts"),
        (ReactionKind::Other, "Others quoted"),
    ]
    .into_iter()
    .map(|(kind, title)| ReactionSection {
        kind,
        title,
        groups: groups_of(kind),
    })
    .collect();
    Briefing {
        site: SiteInfo {
            title: config.title.clone(),
            description: config.description.clone(),
            base_url: config.base_url.trim_end_matches('/').to_string(),
            language: config.language.clone(),
            theme: config.theme.clone(),
            extra: config.extra.clone(),
            print: PrintInfo {
                paper: match config.print.paper {
                    Paper::A4 => "A4",
                    Paper::Letter => "letter",
                },
                break_before_sources: config.print.break_before_sources,
                break_before_sections: config.print.break_before_sections,
                date_line: config
                    .print
                    .date_line
                    .clone()
                    .unwrap_or_else(|| default_date_line(facts, articles.len())),
                pdf: config.print.pdf,
            },
        },
        event: EventInfo {
            date: facts.date.map(|d| d.format("%Y-%m-%d").to_string()),
            date_display: facts.date.map(display_date),
            day_without_year: facts
                .day_without_year
                .map(|(m, d)| format!("--{m:02}-{d:02}")),
            day_display: facts.day_without_year.and_then(display_day_without_year),
            date_evidence: facts.date_evidence.clone(),
            place: facts.place.clone(),
            parties: facts.parties.clone(),
            summary,
        },
        sources,
        casualties,
        incidents,
        reactions,
        actor_groups,
        stance_matrix,
        background,
        timeline,
        aliases: facts.aliases.clone(),
        notes_html,
        reference_groups: group_references(&references),
        references,
        reaction_sections,
        stats,
        warnings,
        generator: format!("brief {}", env!("CARGO_PKG_VERSION")),
    }
}

/// "Briefing on the events of Tuesday 19 September 2023, from 5 sources." — no build time, so
/// builds stay byte-identical.
fn default_date_line(facts: &EventFacts, n_sources: usize) -> String {
    match facts.date {
        Some(d) => format!(
            "Briefing on the events of {}, from {n_sources} sources.",
            display_date(d)
        ),
        None => format!("Briefing from {n_sources} sources."),
    }
}

/// Numbers every cited paragraph in appendix order (source by source, paragraph by
/// paragraph), so a reference number leads straight to its place in the appendix.
fn number_references<'a>(
    articles: &[Article],
    cited: impl Iterator<Item = (&'a str, &'a str)>,
) -> (BTreeMap<(String, String), usize>, Vec<Reference>) {
    let position: BTreeMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let block_number = |b: &str| b.trim_start_matches('p').parse::<usize>().unwrap_or(0);
    let ordered: BTreeSet<(usize, usize, &str, &str)> = cited
        .filter_map(|(s, b)| position.get(s).map(|&i| (i, block_number(b), s, b)))
        .collect();
    let mut numbers = BTreeMap::new();
    let mut references = Vec::new();
    for (n, (i, _, source, block)) in ordered.into_iter().enumerate() {
        let a = &articles[i];
        numbers.insert((source.to_string(), block.to_string()), n + 1);
        references.push(Reference {
            n: n + 1,
            source: source.to_string(),
            block: block.to_string(),
            source_number: i + 1,
            paragraph: block.trim_start_matches('p').to_string(),
            publisher: publisher_display(a),
            title: a.title.clone(),
            url: a.url.clone(),
        });
    }
    (numbers, references)
}

fn group_references(references: &[Reference]) -> Vec<ReferenceGroup> {
    let mut groups: Vec<ReferenceGroup> = Vec::new();
    for r in references {
        match groups.last_mut() {
            Some(g) if g.source == r.source => g.refs.push(r.into()),
            _ => groups.push(ReferenceGroup {
                source: r.source.clone(),
                source_number: r.source_number,
                publisher: r.publisher.clone(),
                title: r.title.clone(),
                url: r.url.clone(),
                refs: vec![r.into()],
            }),
        }
    }
    groups
}

/// A source's date from its dateline's month and day ("DUBAI, Sept 26 (Reuters)"), in the
/// year that puts it no more than a week after the event.
fn dated_by_dateline(a: &Article, event: NaiveDate) -> Option<String> {
    use chrono::Datelike;
    let (month, day) = *crate::text::dates::month_days(a.dateline.as_deref()?).first()?;
    let in_year = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
    let date = in_year(event.year())
        .filter(|d| *d <= event + chrono::Duration::days(7))
        .or_else(|| in_year(event.year() - 1))?;
    Some(date.format("%Y-%m-%d").to_string())
}

fn display_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// "30 September (the sources write no year)": a day and month, and the year said unknown
/// rather than guessed.
fn display_day_without_year((month, day): (u32, u32)) -> Option<String> {
    // A leap year, so 29 February has a date to be formatted from.
    let d = NaiveDate::from_ymd_opt(2000, month, day)?;
    Some(format!(
        "{} (the sources write no year)",
        d.format("%-d %B")
    ))
}

fn publisher_display(a: &Article) -> String {
    a.publisher
        .clone()
        .unwrap_or_else(|| "Unknown publisher".into())
}

fn source_out(
    a: &Article,
    numbers: &BTreeMap<(String, String), usize>,
    cited: &HashMap<&str, CitedCounts>,
    event: Option<NaiveDate>,
) -> SourceOut {
    SourceOut {
        id: a.id.clone(),
        file: a.file.clone(),
        title: a.title.clone(),
        publisher: a.publisher.clone(),
        publisher_display: publisher_display(a),
        author: a.author.clone(),
        url: a.url.clone(),
        date: a.date.clone().or_else(|| dated_by_dateline(a, event?)),
        time: a.time.clone().filter(|_| a.date.is_some()),
        dateline: a.dateline.clone(),
        standfirst: a.standfirst.clone(),
        words: a.words,
        reading_minutes: a.words.div_ceil(230).max(1),
        path: format!("sources/{}/", a.id),
        paragraphs: a
            .blocks
            .iter()
            .map(|b| Paragraph {
                block: b.clone(),
                ref_n: numbers.get(&(a.id.clone(), b.id.clone())).copied(),
            })
            .collect(),
        removed: a.removed.clone(),
        cited: cited.get(a.id.as_str()).cloned().unwrap_or_default(),
    }
}

fn figures_line(c: &Casualty) -> String {
    let q = c.qualifier.map(|q| format!("{q} ")).unwrap_or_default();
    let mut parts = Vec::new();
    for (value, word) in [
        (c.killed, "killed"),
        (c.injured, "injured"),
        (c.missing, "missing"),
        (c.displaced, "displaced"),
        (c.detained, "detained"),
    ] {
        if let Some(v) = value {
            let prefix = if parts.is_empty() {
                q.clone()
            } else {
                String::new()
            };
            parts.push(format!("{prefix}{} {word}", group_digits(v)));
        }
    }
    // Only parts of a total ("97 of the dead were policemen").
    if parts.is_empty() {
        parts = c
            .parts
            .iter()
            .map(|p| {
                let group = if p.group.is_empty() {
                    String::new()
                } else {
                    format!(" {}", p.group)
                };
                format!(
                    "{}{group} among the {}",
                    group_digits(p.count),
                    p.outcome.word()
                )
            })
            .collect();
    }
    let mut line = parts.join(", ");
    if c.vague {
        line.push_str(" (vague figure, lower bound)");
    }
    line
}

/// 30000 → "30,000".
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Cause classes for grouping: the ways violence is done count as one class ("attacks").
fn cause_class(cause: Option<&str>) -> Option<&'static str> {
    match cause? {
        "shelling" | "strikes" | "gunfire" | "explosion" => Some("attacks"),
        "landmines" => Some("landmines"),
        "earthquake" => Some("earthquake"),
        "flooding" => Some("flooding"),
        "storm" => Some("storm"),
        "fire" => Some("fire"),
        "collapse" => Some("collapse"),
        _ => None,
    }
}

/// Groups claims about one incident: today's figures by cause class; claims naming no cause
/// join the attacks (in a conflict, figures for "the operation" are its attacks' toll) or
/// else the class most reported. Earlier tolls stand on their own.
fn group_incidents(cas: &[CasualtyOut], n_sources: usize) -> Vec<Incident> {
    let mut classes: BTreeMap<(bool, String), Vec<usize>> = BTreeMap::new();
    let mut unclassed = Vec::new();
    for (i, c) in cas.iter().enumerate() {
        if !c.claim.current {
            classes
                .entry((false, format!("earlier-{i}")))
                .or_default()
                .push(i);
            continue;
        }
        match cause_class(c.claim.cause) {
            Some(k) => classes.entry((true, k.to_string())).or_default().push(i),
            None => unclassed.push(i),
        }
    }
    if !unclassed.is_empty() {
        let target = if classes.contains_key(&(true, "attacks".into())) {
            "attacks".to_string()
        } else {
            classes
                .iter()
                .filter(|((cur, _), _)| *cur)
                .max_by_key(|(_, v)| v.len())
                .map_or("unspecified".to_string(), |((_, k), _)| k.clone())
        };
        classes.entry((true, target)).or_default().extend(unclassed);
    }
    let mut incidents: Vec<Incident> = classes
        .into_iter()
        .map(|((current, key), mut claims)| {
            claims.sort();
            incident(&key, current, claims, cas, n_sources)
        })
        .collect();
    incidents.sort_by_key(|i| (!i.current, std::cmp::Reverse(i.sources.len()), i.claims[0]));
    for (n, inc) in incidents.iter_mut().enumerate() {
        inc.id = format!("incident-{}", n + 1);
    }
    incidents
}

fn incident(
    key: &str,
    current: bool,
    claims: Vec<usize>,
    cas: &[CasualtyOut],
    n_sources: usize,
) -> Incident {
    let sources: BTreeSet<String> = claims
        .iter()
        .map(|&i| cas[i].claim.cite.source.clone())
        .collect();
    let publishers: BTreeSet<String> = claims.iter().map(|&i| cas[i].publisher.clone()).collect();
    let figures = |pick: fn(&Casualty) -> Option<u64>| -> Vec<Figure> {
        let mut by_value: BTreeMap<u64, Figure> = BTreeMap::new();
        for &i in &claims {
            let c = &cas[i];
            let Some(v) = pick(&c.claim) else { continue };
            let f = by_value.entry(v).or_insert_with(|| Figure {
                value: v,
                qualifier: c.claim.qualifier.map(str::to_string),
                claimants: vec![],
                publishers: vec![],
                hrefs: vec![],
            });
            let claimant = c
                .claim
                .claimed_by
                .clone()
                .unwrap_or_else(|| "unattributed".into());
            if !f.claimants.contains(&claimant) {
                f.claimants.push(claimant);
            }
            if !f.publishers.contains(&c.publisher) {
                f.publishers.push(c.publisher.clone());
            }
            f.hrefs.push(c.href.clone());
        }
        by_value.into_values().collect()
    };
    let killed = figures(|c| c.killed);
    let injured = figures(|c| c.injured);
    let first = &cas[claims[0]].claim;
    let label = if current {
        match key {
            "attacks" => "Deaths and injuries from the attacks".to_string(),
            "unspecified" => "Casualties reported".to_string(),
            k => format!("Casualties from {k}"),
        }
    } else {
        format!(
            "Earlier toll: {}",
            first.cite.sentence.chars().take(90).collect::<String>()
        )
    };
    Incident {
        id: String::new(),
        label,
        cause: Some(key.to_string()).filter(|_| current),
        current,
        reported_by: format!("reported by {} of {} sources", sources.len(), n_sources),
        sources: sources.into_iter().collect(),
        publishers: publishers.into_iter().collect(),
        killed_disagree: killed.len() > 1,
        injured_disagree: injured.len() > 1,
        killed_conservative: killed.first().map(|f| f.value),
        injured_conservative: injured.first().map(|f| f.value),
        killed_display: range_display(&killed),
        injured_display: range_display(&injured),
        parts: claims
            .iter()
            .flat_map(|&i| cas[i].claim.parts.clone())
            .collect(),
        killed_over_time: Vec::new(),
        killed_latest: None,
        copies: Vec::new(),
        claims,
        killed,
        injured,
    }
}

fn range_display(figures: &[Figure]) -> Option<String> {
    let (first, last) = (figures.first()?, figures.last()?);
    Some(if first.value == last.value {
        group_digits(first.value)
    } else {
        format!("{}–{}", group_digits(first.value), group_digits(last.value))
    })
}

/// Groups statements by affiliation and actor, in encyclopedia order: international
/// organisations, then countries alphabetically, then the parties, then analysts, then others.
fn group_actors(reactions: &[ReactionOut]) -> Vec<AffiliationGroup> {
    let mut groups: BTreeMap<(u8, String), BTreeMap<String, ActorBlock>> = BTreeMap::new();
    let mut kinds: BTreeMap<(u8, String), (ReactionKind, Option<EntityKind>)> = BTreeMap::new();
    for (i, r) in reactions.iter().enumerate() {
        let c = &r.claim;
        let affiliation = c
            .affiliation
            .clone()
            .unwrap_or_else(|| "Unaffiliated".into());
        let entity = GAZETTEER.entity(&affiliation).map(|e| e.kind);
        let rank = match (c.kind, entity) {
            (ReactionKind::International, Some(EntityKind::Organisation)) => 0,
            (ReactionKind::International, _) => 1,
            (ReactionKind::Party, _) => 2,
            (ReactionKind::Analyst, _) => 3,
            (ReactionKind::Other, _) => 4,
        };
        let key = (rank, affiliation.clone());
        kinds.entry(key.clone()).or_insert((c.kind, entity));
        let actor_key = if c.person {
            name_key(&c.actor)
        } else {
            c.actor.to_lowercase()
        };
        let block = groups
            .entry(key)
            .or_default()
            .entry(actor_key)
            .or_insert_with(|| ActorBlock {
                actor: capitalise_first(&c.actor),
                role: None,
                names: vec![],
                stance: vec![],
                statements: vec![],
            });
        if block.role.is_none() {
            block.role = c.role.clone();
        }
        for s in &c.stance {
            if !block.stance.iter().any(|x| x == s) {
                block.stance.push(s.to_string());
            }
        }
        block.statements.push(i);
    }
    groups
        .into_iter()
        .map(|(key, actors)| {
            let (kind, entity) = kinds[&key];
            let actors: Vec<ActorBlock> = actors.into_values().collect();
            let mut stance: Vec<String> = Vec::new();
            for s in actors.iter().flat_map(|a| a.stance.iter()) {
                if !stance.contains(s) {
                    stance.push(s.clone());
                }
            }
            AffiliationGroup {
                affiliation: key.1,
                kind,
                entity,
                actors,
                stance,
            }
        })
        .collect()
}

/// "electoral commission" → "Electoral commission", for a heading.
fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The matrix's columns whatever the statements say: who condemned, who called for a
/// ceasefire or talks, who was concerned, who supported.
const MATRIX_STANCES: &[&str] = &[
    "condemns",
    "calls for a ceasefire",
    "calls for talks",
    "concern",
    "supports",
];

fn stance_matrix(groups: &[AffiliationGroup]) -> StanceMatrix {
    let rows: Vec<&AffiliationGroup> = groups
        .iter()
        .filter(|g| matches!(g.kind, ReactionKind::International | ReactionKind::Party))
        .collect();
    // The core columns, and any other stance a country or body took, in stance order.
    let stances: Vec<&str> = crate::extract::reactions::stance_names()
        .filter(|s| {
            MATRIX_STANCES.contains(s) || rows.iter().any(|g| g.stance.iter().any(|x| x == s))
        })
        .collect();
    StanceMatrix {
        stances: stances.iter().map(|s| s.to_string()).collect(),
        rows: rows
            .iter()
            .map(|g| StanceRow {
                affiliation: g.affiliation.clone(),
                kind: g.kind,
                marks: stances
                    .iter()
                    .map(|s| g.stance.iter().any(|x| x == s))
                    .collect(),
            })
            .collect(),
    }
}

/// Merges the same fact recalled by several sources: same year, month and kind of event.
fn build_timeline(bg: &[BackgroundOut]) -> Vec<TimelineEntry> {
    let mut entries: BTreeMap<(i32, u32, String), TimelineEntry> = BTreeMap::new();
    for (i, b) in bg.iter().enumerate() {
        let c = &b.claim;
        let what = c.what.map(str::to_string);
        // Month-precise recollections of one month are one fact even when no noun names it.
        let fallback = if c.month.is_some() {
            String::new()
        } else {
            format!("~{i}")
        };
        let key = (
            c.year,
            c.month.unwrap_or(0),
            what.clone().unwrap_or(fallback),
        );
        let e = entries.entry(key).or_insert_with(|| TimelineEntry {
            year: c.year,
            month: c.month,
            when: when_display(c.year, c.month, c.approximate),
            label: c.label.clone(),
            what,
            claims: vec![],
            publishers: vec![],
        });
        e.claims.push(i);
        if !e.publishers.contains(&b.publisher) {
            e.publishers.push(b.publisher.clone());
        }
    }
    merge_unnamed(entries.into_values().collect())
}

/// A recollection no noun names ("in 2020") joins the entry of the same year and month that
/// most sources recall, rather than standing as a fact of its own.
fn merge_unnamed(entries: Vec<TimelineEntry>) -> Vec<TimelineEntry> {
    let (named, unnamed): (Vec<_>, Vec<_>) = entries.into_iter().partition(|e| e.what.is_some());
    let mut out = named;
    for e in unnamed {
        let host = out
            .iter_mut()
            .filter(|n| n.year == e.year && n.month == e.month)
            .max_by_key(|n| n.publishers.len());
        match host {
            Some(h) => {
                h.claims.extend(e.claims);
                for p in e.publishers {
                    if !h.publishers.contains(&p) {
                        h.publishers.push(p);
                    }
                }
            }
            None => out.push(e),
        }
    }
    out.sort_by_key(|e| {
        (
            e.year,
            e.month.unwrap_or(0),
            std::cmp::Reverse(e.publishers.len()),
        )
    });
    out
}

fn when_display(year: i32, month: Option<u32>, approximate: bool) -> String {
    match month.and_then(|m| NaiveDate::from_ymd_opt(year, m, 1)) {
        Some(d) => d.format("%B %Y").to_string(),
        None if approximate => format!("c. {year}"),
        None => year.to_string(),
    }
}

/// A few sentences saying what happened: each source's opening sentence, ranked by how much
/// the other sources share its words, the best three kept in source order.
fn summarise(articles: &[Article], publisher_of: &dyn Fn(&str) -> String) -> Vec<Statement> {
    let leads: Vec<(usize, &Article, &Block, String)> = articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let b = a
                .blocks
                .iter()
                .find(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Standfirst))?;
            let first = split_sentences(&b.text).into_iter().next()?;
            // A dateline belongs to the wire copy, not to the summary ("BAKU (Reuters) -").
            let first = match crate::clean::strip_dateline(&first) {
                Some(rest) => rest.to_string(),
                None => first,
            };
            Some((i, a, b, first))
        })
        .collect();
    let words = |s: &str| -> BTreeSet<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(str::to_string)
            .collect()
    };
    // How many other leads share a word, counted once per word: the sum over a lead's words
    // equals the pairwise overlap, in one pass instead of comparing every pair.
    let sets: Vec<BTreeSet<String>> = leads.iter().map(|l| words(&l.3)).collect();
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for set in &sets {
        for w in set {
            *frequency.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut scored: Vec<(usize, usize)> = sets
        .iter()
        .enumerate()
        .map(|(i, set)| (set.iter().map(|w| frequency[w.as_str()] - 1).sum(), i))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut keep: Vec<usize> = scored.into_iter().take(3).map(|(_, i)| i).collect();
    keep.sort();
    keep.into_iter()
        .map(|i| {
            let (_, a, b, text) = &leads[i];
            Statement {
                href: format!("sources/{}/index.html#{}", a.id, b.id),
                ref_n: 0,
                block: b.id.clone(),
                text: text.clone(),
                source: a.id.clone(),
                publisher: publisher_of(&a.id),
                anchor: format!("sources/{}/#{}", a.id, b.id),
            }
        })
        .collect()
}
