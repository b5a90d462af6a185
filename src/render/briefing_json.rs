//! `briefing.json`: the briefing as data, each fact once.
//!
//! The `Briefing` the templates get also carries views made for the pages: links written
//! with `index.html`, each claim's outlet, display strings ("5 killed, 80 injured", "2–25"),
//! the print edition's reference numbers and groups (every cited paragraph, numbered source
//! by source in `sources` order and paragraph by paragraph: the claims' and the summary's
//! `source` and `block` give them), counts and the stance matrix. Each of
//! them follows from other fields, so the export leaves them out: a claim keeps its `source`,
//! `block`, `sentence` and what was extracted (its paragraph's address on the site,
//! `sources/<source>/#<block>`, follows from the first two and is not written); a source its text and details; a
//! merged incident its claims and figures. The export grows with the briefing, so every field
//! written once per claim or paragraph counts.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::briefing::{
    Briefing, CasualtyOut, Cited, EventInfo, Figure, Incident, SourceOut, Statement, TimelineEntry,
};
use crate::fields::Fields;

/// The briefing as `briefing.json` writes it.
pub struct Export<'a>(pub &'a Briefing);

impl Serialize for Export<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let b = self.0;
        let mut s = serializer.serialize_struct("Briefing", 14)?;
        s.serialize_field("site", &b.site)?;
        s.serialize_field("event", &Event(&b.event))?;
        s.serialize_field("sources", &List(&b.sources, Source))?;
        s.serialize_field("casualties", &List(&b.casualties, Casualty))?;
        s.serialize_field("incidents", &List(&b.incidents, IncidentOut))?;
        s.serialize_field("reactions", &List(&b.reactions, Claim))?;
        s.serialize_field("actor_groups", &b.actor_groups)?;
        s.serialize_field("background", &List(&b.background, Claim))?;
        s.serialize_field("timeline", &List(&b.timeline, Timeline))?;
        s.serialize_field("aliases", &b.aliases)?;
        s.serialize_field("notes_html", &b.notes_html)?;
        s.serialize_field("warnings", &b.warnings)?;
        s.serialize_field("generator", &b.generator)?;
        s.end()
    }
}

/// A list written item by item through a wrapper that picks the fields.
struct List<'a, T, W>(&'a [T], fn(&'a T) -> W);

impl<'a, T, W: Serialize> Serialize for List<'a, T, W> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(self.1))
    }
}

/// The event, its summary sentences without their page links and numbers.
struct Event<'a>(&'a EventInfo);

impl Serialize for Event<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut s = serializer.serialize_struct("Event", 6)?;
        s.serialize_field("date", &e.date)?;
        if e.day_without_year.is_some() {
            s.serialize_field("day_without_year", &e.day_without_year)?;
        }
        s.serialize_field("date_evidence", &e.date_evidence)?;
        s.serialize_field("place", &e.place)?;
        s.serialize_field("parties", &e.parties)?;
        s.serialize_field("summary", &List(&e.summary, SummarySentence))?;
        s.end()
    }
}

struct SummarySentence<'a>(&'a Statement);

impl Serialize for SummarySentence<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut s = serializer.serialize_struct("Statement", 3)?;
        s.serialize_field("source", &t.source)?;
        s.serialize_field("block", &t.block)?;
        s.serialize_field("text", &t.text)?;
        s.end()
    }
}

/// A source: its details, paragraphs and removed lines.
struct Source<'a>(&'a SourceOut);

impl Serialize for Source<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let o = self.0;
        let mut s = serializer.serialize_struct("Source", 12)?;
        s.serialize_field("id", &o.id)?;
        s.serialize_field("file", &o.file)?;
        s.serialize_field("title", &o.title)?;
        s.serialize_field("publisher", &o.publisher)?;
        s.serialize_field("author", &o.author)?;
        s.serialize_field("url", &o.url)?;
        s.serialize_field("date", &o.date)?;
        s.serialize_field("dateline", &o.dateline)?;
        s.serialize_field("standfirst", &o.standfirst)?;
        s.serialize_field("words", &o.words)?;
        let blocks: Vec<_> = o.paragraphs.iter().map(|p| &p.block).collect();
        s.serialize_field("paragraphs", &blocks)?;
        s.serialize_field("removed", &o.removed)?;
        s.end()
    }
}

/// A claim: what was extracted, with the paragraph it cites.
struct Claim<'a, T>(&'a Cited<T>);

impl<T: Fields> Serialize for Claim<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Claim", T::LEN)?;
        self.0.claim.write_fields(&mut s)?;
        s.end()
    }
}

/// A casualty claim: what was extracted, with the paragraph it cites.
struct Casualty<'a>(&'a CasualtyOut);

impl Serialize for Casualty<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Casualty", crate::extract::Casualty::LEN)?;
        self.0.claim.write_fields(&mut s)?;
        s.end()
    }
}

/// An incident: its claims and the figures they give, lowest first (the first is the
/// conservative figure; more than one is a disagreement).
struct IncidentOut<'a>(&'a Incident);

impl Serialize for IncidentOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let i = self.0;
        let mut s = serializer.serialize_struct("Incident", 14)?;
        s.serialize_field("id", &i.id)?;
        s.serialize_field("label", &i.label)?;
        s.serialize_field("cause", &i.cause)?;
        s.serialize_field("current", &i.current)?;
        s.serialize_field("claims", &i.claims)?;
        s.serialize_field("killed", &List(&i.killed, FigureOut))?;
        s.serialize_field("injured", &List(&i.injured, FigureOut))?;
        s.serialize_field("parts", &i.parts)?;
        // Whether the figures dispute each other or a toll rose from report to report, and
        // which sources are one agency's copy: facts of their own, not views of the above.
        s.serialize_field("killed_disagree", &i.killed_disagree)?;
        s.serialize_field("injured_disagree", &i.injured_disagree)?;
        s.serialize_field("killed_over_time", &i.killed_over_time)?;
        s.serialize_field("killed_latest", &i.killed_latest)?;
        s.serialize_field("copies", &i.copies)?;
        s.serialize_field("reported_by", &i.reported_by)?;
        s.end()
    }
}

/// A figure and who gave it (the claims giving it are the incident's claims with this value).
struct FigureOut<'a>(&'a Figure);

impl Serialize for FigureOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut s = serializer.serialize_struct("Figure", 3)?;
        s.serialize_field("value", &f.value)?;
        s.serialize_field("qualifier", &f.qualifier)?;
        s.serialize_field("claimants", &f.claimants)?;
        s.end()
    }
}

/// A timeline entry and the background claims that recall it.
struct Timeline<'a>(&'a TimelineEntry);

impl Serialize for Timeline<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut s = serializer.serialize_struct("TimelineEntry", 6)?;
        s.serialize_field("year", &t.year)?;
        s.serialize_field("month", &t.month)?;
        s.serialize_field("when", &t.when)?;
        s.serialize_field("label", &t.label)?;
        s.serialize_field("what", &t.what)?;
        s.serialize_field("claims", &t.claims)?;
        s.end()
    }
}

/// A sample of the export for the data page: the site, the event, and the first entry of
/// each main list, with lists cut to their first entries and long texts to their start, so it
/// stays the same size however large the briefing is. Laid out as pretty JSON, the export's
/// top-level order kept.
pub fn sample(b: &Briefing) -> String {
    fn head<T>(items: &[T], n: usize) -> &[T] {
        &items[..items.len().min(n)]
    }
    let parts = [
        ("site", serde_json::to_value(&b.site)),
        ("event", serde_json::to_value(Event(&b.event))),
        (
            "sources",
            serde_json::to_value(List(head(&b.sources, 1), Source)),
        ),
        (
            "casualties",
            serde_json::to_value(List(head(&b.casualties, 1), Casualty)),
        ),
        (
            "reactions",
            serde_json::to_value(List(head(&b.reactions, 1), Claim)),
        ),
        (
            "background",
            serde_json::to_value(List(head(&b.background, 1), Claim)),
        ),
    ];
    let mut out = String::from("{\n");
    for (i, (key, value)) in parts.into_iter().enumerate() {
        let mut value = value.unwrap_or_default();
        shorten(&mut value);
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        let comma = if i + 1 < 6 { "," } else { "" };
        out.push_str(&format!(
            "  \"{key}\": {}{comma}\n",
            pretty.replace('\n', "\n  ")
        ));
    }
    out.push('}');
    out
}

/// Longest text and list kept whole in the sample.
const SAMPLE_TEXT_CHARS: usize = 60;
const SAMPLE_LIST_ITEMS: usize = 1;

fn shorten(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) => {
            if let Some((at, _)) = s.char_indices().nth(SAMPLE_TEXT_CHARS) {
                s.truncate(at);
                s.push('…');
            }
        }
        serde_json::Value::Array(items) => {
            items.truncate(SAMPLE_LIST_ITEMS);
            items.iter_mut().for_each(shorten);
        }
        serde_json::Value::Object(map) => map.values_mut().for_each(shorten),
        _ => {}
    }
}

/// Pretty JSON as HTML, keys, strings, numbers and literals in the highlighting classes the
/// themes colour (`hl-…`, as syntect names them, but a key is `hl-prop`: syntect's three
/// classes for it, on every key, were a quarter of the data page). The JSON is brief's own,
/// so a small scanner does; syntect's full scope nesting made the data page's sample most of
/// its weight.
pub fn highlight_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let mut rest = json;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            '"' => string_len(rest),
            '-' | '0'..='9' => rest
                .find(|c: char| !matches!(c, '-' | '+' | '.' | 'e' | 'E' | '0'..='9'))
                .unwrap_or(rest.len()),
            'a'..='z' => rest
                .find(|c: char| !c.is_ascii_lowercase())
                .unwrap_or(rest.len()),
            _ => c.len_utf8(),
        };
        let (token, after) = rest.split_at(len);
        let class = match c {
            '"' if after.trim_start().starts_with(':') => Some("hl-prop"),
            '"' => Some("hl-string"),
            '-' | '0'..='9' => Some("hl-constant hl-numeric"),
            'a'..='z' => Some("hl-constant hl-language"),
            _ => None,
        };
        if let Some(class) = class {
            out.push_str(&format!("<span class=\"{class}\">"));
        }
        escape_html(token, &mut out);
        if class.is_some() {
            out.push_str("</span>");
        }
        rest = after;
    }
    out
}

/// Text as HTML element content.
fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// The length of the JSON string at the start of `s`, quotes included.
fn string_len(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_highlighted_by_token_and_escaped() {
        let html = highlight_json("{\"a\": \"<b> \\\" x\", \"n\": -1.5, \"t\": null}");
        assert_eq!(
            html,
            "{<span class=\"hl-prop\">\"a\"</span>: \
             <span class=\"hl-string\">\"&lt;b&gt; \\\" x\"</span>, \
             <span class=\"hl-prop\">\"n\"</span>: \
             <span class=\"hl-constant hl-numeric\">-1.5</span>, \
             <span class=\"hl-prop\">\"t\"</span>: \
             <span class=\"hl-constant hl-language\">null</span>}"
        );
    }
}
