//! Render: the briefing through Tera templates into pages, handed to a `FileSink` as each is
//! made. Templates are
//! compiled into the binary; a theme's `templates/` and then the site's own `templates/`
//! override them file by file.

pub mod briefing_json;
pub mod charts;
pub mod exports;
pub mod feeds;
pub mod markdown;
mod marks;
mod pruned;
pub mod search;
pub mod themes;
mod trim;

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::Path;

use anyhow::Result;
use rayon::prelude::*;
use tera::Tera;

use crate::briefing::Briefing;
use crate::output::FileSink;

/// The built-in templates, compiled in.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("source.html", include_str!("../../templates/source.html")),
    (
        "casualties.html",
        include_str!("../../templates/casualties.html"),
    ),
    (
        "reactions.html",
        include_str!("../../templates/reactions.html"),
    ),
    (
        "background.html",
        include_str!("../../templates/background.html"),
    ),
    ("print.html", include_str!("../../templates/print.html")),
    (
        "parts/cite.html",
        include_str!("../../templates/parts/cite.html"),
    ),
    (
        "parts/empty.html",
        include_str!("../../templates/parts/empty.html"),
    ),
    (
        "parts/notes.html",
        include_str!("../../templates/parts/notes.html"),
    ),
    (
        "parts/print_source.html",
        include_str!("../../templates/parts/print_source.html"),
    ),
    (
        "parts/summary.html",
        include_str!("../../templates/parts/summary.html"),
    ),
    (
        "parts/casualties.html",
        include_str!("../../templates/parts/casualties.html"),
    ),
    (
        "parts/reactions.html",
        include_str!("../../templates/parts/reactions.html"),
    ),
    (
        "parts/background.html",
        include_str!("../../templates/parts/background.html"),
    ),
    (
        "parts/references.html",
        include_str!("../../templates/parts/references.html"),
    ),
    (
        "parts/source_body.html",
        include_str!("../../templates/parts/source_body.html"),
    ),
    ("404.html", include_str!("../../templates/404.html")),
    ("data.html", include_str!("../../templates/data.html")),
    ("search.html", include_str!("../../templates/search.html")),
    ("archive.html", include_str!("../../templates/archive.html")),
];

/// Parsed templates, ready to render every page.
pub struct Renderer {
    tera: Tera,
    /// The fields of the long lists' items the templates can read.
    keep: pruned::Lists,
    /// Brief's own templates only: each long list is made into a value only while the pages
    /// reading it render (a site's or theme's templates may read any list on any page).
    staged: bool,
}

impl Renderer {
    /// Loads built-in templates, then the theme's, then the site's, later ones winning. Each
    /// layer stays reachable by prefix, so a template can extend the one it overrides:
    /// `builtin/NAME` is brief's own, `theme/NAME` the theme's (or brief's, where the theme has
    /// none), and `NAME` the one in effect.
    pub fn new(root: &Path, theme: &str) -> Result<Renderer> {
        let theme = themes::Theme::find(root, theme)?;
        let builtin: BTreeMap<String, (String, String)> = BUILTIN_TEMPLATES
            .iter()
            .map(|(n, t)| (n.to_string(), (t.to_string(), format!("built-in {n}"))))
            .collect();
        let mut themed = builtin.clone();
        themed.extend(theme.templates()?);
        let mut effective = themed.clone();
        // A site template identical to brief's own is not an override (this repository's
        // `templates/` are the built-ins themselves); it must not hide the theme's version.
        let site = themes::read_templates(&root.join("templates"))?;
        effective.extend(
            site.into_iter()
                .filter(|(n, (text, _))| builtin.get(n).is_none_or(|(b, _)| b != text)),
        );
        let layers = [
            ("builtin/", &builtin),
            ("theme/", &themed),
            ("", &effective),
        ];
        let all: Vec<(String, &(String, String))> = layers
            .iter()
            .flat_map(|(prefix, map)| map.iter().map(move |(n, v)| (format!("{prefix}{n}"), v)))
            .collect();
        let mut tera = Tera::new();
        tera.register_filter("num", |n: i64, _: tera::Kwargs, _: &tera::State| {
            crate::briefing::group_digits(n.max(0) as u64)
        });
        // All at once, so a template may extend one added after it.
        tera.add_raw_templates(
            all.iter()
                .map(|(name, (text, _))| (name.as_str(), text.as_str())),
        )
        .map_err(|e| {
            let detail = tera_error_chain(&e);
            let origin = effective
                .iter()
                .rev()
                .find(|(n, _)| detail.contains(n.as_str()))
                .map_or("templates", |(_, (_, o))| o.as_str());
            anyhow::anyhow!("{origin}: {detail}")
        })?;
        let builtin_only = effective.len() == builtin.len()
            && effective
                .iter()
                .all(|(n, (text, _))| builtin.get(n).is_some_and(|(b, _)| b == text));
        let keep = pruned::Lists::for_templates(
            builtin_only,
            effective.values().map(|(text, _)| text.as_str()),
        );
        Ok(Renderer {
            tera,
            keep,
            staged: builtin_only,
        })
    }

    /// Renders `template` straight into `w`.
    fn render_to(&self, template: &str, ctx: &tera::Context, w: &mut dyn Write) -> Result<()> {
        self.tera
            .render_to(template, ctx, w)
            .map_err(|e| anyhow::anyhow!("rendering {template}: {}", tera_error_chain(&e)))
    }

    fn render(&self, template: &str, ctx: &tera::Context) -> Result<String> {
        self.tera
            .render(template, ctx)
            .map_err(|e| anyhow::anyhow!("rendering {template}: {}", tera_error_chain(&e)))
    }
}

/// Tera errors keep their detail in the source chain.
fn tera_error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push_str(": ");
        out.push_str(&s.to_string());
        cur = s.source();
    }
    out
}

/// Text as a quoted CSS string, safe inside a `<style>` element (the print edition's running
/// header).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' | '\n' | '\r' => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One page to render: its template, where it goes, the way back to the site root, and
/// its title and description for `<title>` and the Open Graph tags.
struct PageSpec {
    /// A source page gets a slim context (not the whole briefing), so rendering thousands of
    /// sources stays linear.
    slim: bool,
    template: &'static str,
    path: String,
    root: &'static str,
    title: String,
    description: String,
    extra: Vec<(&'static str, tera::Value)>,
}

/// Renders every page of the site.
///
/// `prefix` is the briefing's folder in an archive: pages go under it, `root` leads to the
/// briefing's own pages and `site_root` to the site's (theme files, the archive index).
pub fn render_site(
    renderer: &Renderer,
    briefing: &Briefing,
    prefix: Option<&str>,
    out: &dyn FileSink,
) -> Result<()> {
    let mut base = briefing_context(briefing, &renderer.keep, !renderer.staged);
    base.insert("source_count", &briefing.sources.len());
    base.insert("archive", &prefix.is_some());
    base.insert("archive_root", &false);
    let mut slim = tera::Context::new();
    slim.insert("site", &briefing.site);
    slim.insert("event", &briefing.event);
    slim.insert("generator", &briefing.generator);
    slim.insert("stats", &briefing.stats);
    slim.insert("source_count", &briefing.sources.len());
    slim.insert("archive", &prefix.is_some());
    slim.insert("archive_root", &false);
    let site = &briefing.site.title;
    let summary = if briefing.site.description.is_empty() {
        format!(
            "A briefing on {site}, built from {} news sources.",
            briefing.sources.len()
        )
    } else {
        briefing.site.description.clone()
    };
    let casualty_charts = tera::Value::from_serializable(&charts::incident_charts(briefing));
    let toll_charts = tera::Value::from_serializable(&charts::toll_charts(briefing));
    let timeline_chart = tera::Value::safe_string(&charts::timeline_chart(briefing));
    let notes = briefing
        .notes_html
        .as_deref()
        .map(tera::Value::safe_string)
        .unwrap_or(tera::Value::none());
    let json_preview = tera::Value::safe_string(&json_preview(briefing));
    // The appendix (every source again) is written straight into the print edition where
    // this mark stands, so the biggest page is never held whole.
    let appendix = tera::Value::safe_string(APPENDIX_MARK);
    let appendix_included = briefing.sources.len() <= PRINT_APPENDIX_MAX_SOURCES;
    let on_page = |extra: Vec<(&'static str, tera::Value)>| {
        let mut v = vec![
            ("print", tera::Value::from(false)),
            ("subhead", tera::Value::from(2u64)),
            ("notes", notes.clone()),
        ];
        v.extend(extra);
        v
    };
    let spec = |template, path: &str, root, title: String, description: String, extra| PageSpec {
        slim: template == "source.html",
        template,
        path: path.to_string(),
        root,
        title,
        description,
        extra,
    };
    // The print edition's sections that read a long list, each with the page showing it.
    let section = |name: &str, part, list, page: Option<PageSpec>| Section {
        mark: format!("<!-- brief: the {name} part goes here -->"),
        part,
        list,
        page: std::sync::Mutex::new(page),
    };
    let sections = [
        section("casualties", "parts/casualties.html", "casualties", Some(spec("casualties.html", "casualties/index.html", "../", format!("Casualties · {site}"), format!("Every casualty figure in the sources on {site}, with who gave it and where figures disagree."), on_page(vec![("casualty_charts", casualty_charts.clone()), ("toll_charts", toll_charts.clone())])))),
        section("reactions", "parts/reactions.html", "reactions", Some(spec("reactions.html", "reactions/index.html", "../", format!("Reactions · {site}"), format!("Who said what about {site}: international organisations, countries, the sides and analysts."), on_page(vec![])))),
        section("background", "parts/background.html", "background", Some(spec("background.html", "background/index.html", "../", format!("Background · {site}"), format!("The earlier events the sources on {site} recall, on a timeline."), on_page(vec![("timeline_chart", timeline_chart.clone())])))),
        section("references", "parts/references.html", "reference_groups", None),
    ];
    // The sections' marks, then the appendix's.
    let marks: Vec<String> = sections
        .iter()
        .map(|s| s.mark.clone())
        .chain([APPENDIX_MARK.to_string()])
        .collect();
    let mut specs = vec![
        spec(
            "index.html",
            "index.html",
            "",
            site.clone(),
            summary.clone(),
            on_page(vec![]),
        ),
        spec(
            "data.html",
            "data/index.html",
            "../",
            format!("Data · {site}"),
            format!("The briefing on {site} as JSON and CSV."),
            on_page(vec![("json_preview", json_preview)]),
        ),
        spec(
            "search.html",
            "search/index.html",
            "../",
            format!("Search · {site}"),
            format!("Search the sources and summaries of the briefing on {site}."),
            on_page(vec![]),
        ),
        spec(
            "print.html",
            "print.html",
            "",
            format!("{site} — print edition"),
            summary.clone(),
            vec![
                ("print", tera::Value::from(true)),
                ("subhead", tera::Value::from(3u64)),
                ("notes", notes.clone()),
                ("casualty_charts", casualty_charts),
                ("toll_charts", toll_charts),
                ("timeline_chart", timeline_chart),
                (
                    "page_header_css",
                    tera::Value::safe_string(&css_string(site)),
                ),
                ("appendix", appendix),
                (
                    "part_casualties",
                    tera::Value::safe_string(&sections[0].mark),
                ),
                (
                    "part_reactions",
                    tera::Value::safe_string(&sections[1].mark),
                ),
                (
                    "part_background",
                    tera::Value::safe_string(&sections[2].mark),
                ),
                (
                    "part_references",
                    tera::Value::safe_string(&sections[3].mark),
                ),
                ("appendix_included", tera::Value::from(appendix_included)),
                (
                    "appendix_limit",
                    tera::Value::from(PRINT_APPENDIX_MAX_SOURCES as u64),
                ),
            ],
        ),
    ];
    // An archive has one 404 page, at its root.
    if prefix.is_none() {
        specs.push(spec(
            "404.html",
            "404.html",
            "",
            format!("Page not found · {site}"),
            summary.clone(),
            on_page(vec![]),
        ));
    }
    let source_spec = |(i, source): (usize, &crate::briefing::SourceOut)| {
        spec(
            "source.html",
            &format!("sources/{}/index.html", source.id),
            "../../",
            format!("{} — {} · {site}", source.title, source.publisher_display),
            format!(
                "{}: {}",
                source.publisher_display,
                source.standfirst.as_deref().unwrap_or(&source.title)
            ),
            on_page(vec![
                ("source", tera::Value::from_serializable(source)),
                ("source_number", tera::Value::from(i as u64 + 1)),
                ("prefix", tera::Value::from("")),
            ]),
        )
    };
    let staged = renderer.staged;
    let page_ctx = |p: &PageSpec| -> (tera::Context, String) {
        let mut ctx = if p.slim { slim.clone() } else { base.clone() };
        let path = match prefix {
            Some(dir) => format!("{dir}/{}", p.path),
            None => p.path.clone(),
        };
        ctx.insert("root", p.root);
        ctx.insert(
            "site_root",
            &format!("{}{}", p.root, if prefix.is_some() { "../" } else { "" }),
        );
        ctx.insert("page_path", &path);
        ctx.insert("page", p.template.trim_end_matches(".html"));
        ctx.insert("page_title", &p.title);
        ctx.insert("page_description", &p.description);
        for (k, v) in &p.extra {
            ctx.insert_value(*k, v.clone());
        }
        (ctx, path)
    };
    // Written as it renders: a page is never held whole (the print edition of 2,000
    // sources is 25 MB, and its buffer grew to twice that).
    let render_plain = |p: &PageSpec, list: Option<&(&'static str, tera::Value)>| -> Result<()> {
        let (mut ctx, path) = page_ctx(p);
        if let Some((k, v)) = list {
            ctx.insert_value(*k, v.clone());
        }
        out.stream(Path::new(&path), &mut |w| {
            renderer.render_to(p.template, &ctx, &mut trim::TrimLines::new(w))
        })
    };
    let list_for = |section: &Section| {
        staged.then(|| {
            (
                section.list,
                list_value(briefing, &renderer.keep, section.list),
            )
        })
    };
    // A section of the print edition, and the page showing the same part beside it, with
    // the one long list they read, dropped when both are written.
    let render_section = |section: &Section,
                          ctx: &tera::Context,
                          body: &mut marks::Body,
                          w: &mut dyn Write|
     -> Result<()> {
        let list = list_for(section);
        let page = section
            .page
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        let mut ctx = ctx.clone();
        if let Some((k, v)) = &list {
            ctx.insert_value(*k, v.clone());
        }
        std::thread::scope(|scope| {
            let list = list.as_ref();
            let paged = page.map(|p| scope.spawn(move || render_plain(&p, list)));
            let printed = match body {
                Some(body) => {
                    let mut part = Vec::new();
                    renderer.render_to(section.part, &ctx, &mut part)?;
                    body.extend_from_slice(&part);
                    w.write_all(&part).map_err(anyhow::Error::from)
                }
                None => renderer.render_to(section.part, &ctx, w),
            };
            let paged = paged.map_or(Ok(()), |h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("rendering {} failed", section.part)))
            });
            printed.and(paged)
        })
    };
    let render_print = |p: &PageSpec| -> Result<()> {
        let (ctx, path) = page_ctx(p);
        out.stream(Path::new(&path), &mut |w| {
            let w = &mut trim::TrimLines::new(w);
            let mut split = marks::MarksAt::new(w, &marks, appendix_included, |i, body, w| {
                match sections.get(i) {
                    Some(section) => render_section(section, &ctx, body, w),
                    None => {
                        let body = body.take().unwrap_or_default();
                        write_appendix(renderer, briefing, &slim, &body, w)
                    }
                }
            });
            let rendered = renderer.render_to(p.template, &ctx, &mut split);
            // A part's own error (a page beside it refused, say) before Tera's report that
            // writing failed.
            split.finish().and(rendered)
        })
    };
    specs.into_par_iter().try_for_each(|p| match p.template {
        "print.html" => render_print(&p),
        _ => render_plain(&p, None),
    })?;
    // The pages of sections a site's own print edition did not mark.
    for section in &sections {
        let page = section
            .page
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(p) = page {
            render_plain(&p, list_for(section).as_ref())?;
        }
    }
    // Each source page's context is made as it renders, so they are never all held at once.
    briefing
        .sources
        .par_iter()
        .enumerate()
        .try_for_each(|s| render_plain(&source_spec(s), None))
}

/// A part of the print edition rendered on its own, where its mark stands, with the one long
/// list it reads; and the page showing the same part, rendered beside it.
struct Section {
    mark: String,
    part: &'static str,
    list: &'static str,
    page: std::sync::Mutex<Option<PageSpec>>,
}

/// The long lists, each made into a template value only while the pages reading it render.
const LISTS: [&str; 4] = ["casualties", "reactions", "background", "reference_groups"];

/// One long list as a template value, its items holding the fields the templates read.
fn list_value(b: &Briefing, keep: &pruned::Lists, list: &str) -> tera::Value {
    use tera::Value;
    match list {
        "casualties" => Value::from_serializable(&pruned::EachPruned {
            items: &b.casualties,
            keep: &keep.casualties,
        }),
        "reactions" => Value::from_serializable(&pruned::EachPruned {
            items: &b.reactions,
            keep: &keep.reactions,
        }),
        "background" => Value::from_serializable(&pruned::EachPruned {
            items: &b.background,
            keep: &keep.background,
        }),
        _ => Value::from_serializable(&pruned::EachPruned {
            items: &pruned::groups(&b.reference_groups, &keep.refs),
            keep: &keep.reference_groups,
        }),
    }
}

/// The most sources the print edition prints in full as its appendix. Past it the appendix
/// would be thousands of pages and most of the site's bytes (at 2,000 sources, 17 MB of
/// 160), so the references lead to the source pages instead.
pub const PRINT_APPENDIX_MAX_SOURCES: usize = 200;

/// Stands for the appendix in the rendered print edition (see `write_appendix`).
const APPENDIX_MARK: &str = "<!-- brief: the sources appendix goes here -->";

/// The archive's own pages: the index of briefings (newest first) and the site's 404 page.
pub fn render_archive(
    renderer: &Renderer,
    config: &crate::config::Config,
    entries: &[crate::archive::ArchiveEntry],
) -> Result<Vec<crate::output::SiteFile>> {
    let mut ctx = tera::Context::new();
    let site = serde_json::json!({
        "title": config.title, "description": config.description, "base_url": config.base_url.trim_end_matches('/'),
        "language": config.language, "theme": config.theme, "extra": config.extra,
    });
    ctx.insert("site", &site);
    ctx.insert("briefings", entries);
    ctx.insert("generator", &format!("brief {}", env!("CARGO_PKG_VERSION")));
    ctx.insert("root", "");
    ctx.insert("site_root", "");
    ctx.insert("archive", &true);
    ctx.insert("archive_root", &true);
    ctx.insert("page", "archive");
    ctx.insert("page_path", "index.html");
    ctx.insert("page_title", &config.title);
    let description = if config.description.is_empty() {
        format!("{} briefings.", entries.len())
    } else {
        config.description.clone()
    };
    ctx.insert("page_description", &description);
    ctx.insert(
        "source_count",
        &entries.iter().map(|e| e.sources).sum::<usize>(),
    );
    ctx.insert("event", &serde_json::json!({}));
    let index = renderer.render("archive.html", &ctx)?;
    ctx.insert("page", "404");
    ctx.insert("page_path", "404.html");
    ctx.insert("page_title", &format!("Page not found · {}", config.title));
    let not_found = renderer.render("404.html", &ctx)?;
    let mut files = vec![
        crate::output::SiteFile::new("index.html", index),
        crate::output::SiteFile::new("404.html", not_found),
    ];
    files.extend(feeds::archive_feeds(config, entries));
    files.push(crate::output::SiteFile::new(
        "archive.json",
        serde_json::to_string_pretty(entries).unwrap_or_default(),
    ));
    Ok(files)
}

/// The briefing as the summary pages' context: everything but the sources' text, which only
/// the source pages and the print edition's appendix need and which they get one source at a
/// time, and the flat `references`, which templates find grouped in `reference_groups`. (A
/// context of every paragraph of thousands of sources would be most of the memory a large
/// build takes; a Tera value costs a few times its JSON.)
fn briefing_context(b: &Briefing, keep: &pruned::Lists, with_lists: bool) -> tera::Context {
    let sources: Vec<serde_json::Value> = b
        .sources
        .iter()
        .map(|s| {
            let mut value = serde_json::json!({
                "id": s.id, "file": s.file, "title": s.title, "publisher": s.publisher,
                "publisher_display": s.publisher_display, "author": s.author, "url": s.url,
                "date": s.date, "time": s.time, "dateline": s.dateline, "standfirst": s.standfirst, "words": s.words,
                "reading_minutes": s.reading_minutes, "path": s.path, "cited": s.cited,
            });
            if let serde_json::Value::Object(fields) = &mut value {
                fields.retain(|k, _| keep.sources.keeps(k));
            }
            value
        })
        .collect();
    // The lists that grow with the briefing are made into template values side by side: at
    // 2,000 sources they took a second one after another, each page's context then shares
    // them. Staged, each is made only while the pages reading it render.
    let values: Vec<(&str, tera::Value)> = if with_lists {
        LISTS
            .par_iter()
            .map(|k| (*k, list_value(b, keep, k)))
            .collect()
    } else {
        Vec::new()
    };
    let mut ctx = tera::Context::new();
    for (k, v) in values {
        ctx.insert_value(k, v);
    }
    ctx.insert("site", &b.site);
    ctx.insert("event", &b.event);
    ctx.insert("sources", &sources);
    ctx.insert("incidents", &b.incidents);
    ctx.insert("actor_groups", &b.actor_groups);
    ctx.insert("stance_matrix", &b.stance_matrix);
    ctx.insert("timeline", &b.timeline);
    ctx.insert("aliases", &b.aliases);
    ctx.insert("notes_html", &b.notes_html);
    ctx.insert("stats", &b.stats);
    ctx.insert("reaction_sections", &b.reaction_sections);
    ctx.insert("warnings", &b.warnings);
    ctx.insert("generator", &b.generator);
    ctx.insert(
        "counts",
        &serde_json::json!({
            "casualties": b.casualties.len(),
            "reactions": b.reactions.len(),
            "background": b.background.len(),
        }),
    );
    ctx
}

/// Writes the print edition's appendix: every source rendered on its own, a batch at a time
/// in parallel, written in order.
/// `body` is the print edition written before the appendix.
fn write_appendix(
    renderer: &Renderer,
    b: &Briefing,
    slim: &tera::Context,
    body: &[u8],
    w: &mut dyn Write,
) -> Result<()> {
    const BATCH: usize = 256;
    let quoted = quoted_whole(b, body);
    for (batch, sources) in b.sources.chunks(BATCH).enumerate() {
        let parts: Vec<String> = sources
            .par_iter()
            .enumerate()
            .map(|(i, s)| {
                let mut ctx = slim.clone();
                ctx.insert("source", &appendix_source(s, &quoted)?);
                ctx.insert("source_number", &(batch * BATCH + i + 1));
                ctx.insert("prefix", &format!("a-{}-", s.id));
                ctx.insert("print", &true);
                ctx.insert("subhead", &3);
                ctx.insert("root", "");
                renderer.render("parts/print_source.html", &ctx)
            })
            .collect::<Result<_>>()?;
        for part in parts {
            w.write_all(part.as_bytes())?;
        }
    }
    Ok(())
}

/// The cited paragraphs (source id, block id) whose whole text the print edition's `body`
/// already holds, as a statement's sentence or a summary's quotation. All are looked for in
/// one pass over the body.
fn quoted_whole<'a>(b: &'a Briefing, body: &[u8]) -> HashSet<(&'a str, &'a str)> {
    // Each text once, with every paragraph that has it (wire copies repeat paragraphs).
    let mut by_text: BTreeMap<Vec<u8>, Vec<(&str, &str)>> = BTreeMap::new();
    for s in &b.sources {
        for p in &s.paragraphs {
            if p.ref_n.is_none() || p.block.text.trim().is_empty() {
                continue;
            }
            let mut escaped = Vec::with_capacity(p.block.text.len());
            // As the templates write it (Tera's autoescape); a failed write to a Vec cannot
            // happen, and would only mean the paragraph is printed.
            let _ = tera::escape_html(&p.block.text, &mut escaped);
            by_text
                .entry(escaped)
                .or_default()
                .push((s.id.as_str(), p.block.id.as_str()));
        }
    }
    let texts: Vec<_> = by_text.iter().collect();
    // A non-contiguous NFA: built in time and room linear in the texts. The automatic choice
    // may build a DFA, which for one paragraph of a megabyte took minutes.
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(texts.iter().map(|(t, _)| t))
    else {
        return HashSet::new();
    };
    let mut found = vec![false; texts.len()];
    for m in automaton.find_overlapping_iter(body) {
        found[m.pattern().as_usize()] = true;
    }
    texts
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .flat_map(|((_, keys), _)| keys.iter().copied())
        .collect()
}

/// A source as the print edition's appendix prints it: its cited paragraphs in full, each
/// run of paragraphs no statement cites as one line leading to them on the source's page.
/// A cited paragraph the text above already quotes whole (`quoted`: on the seeds 54 of 85,
/// most of them one sentence) is one line with its reference number, saying so. Every reference of the print edition still leads to its
/// paragraph's place in the document; the rest of the text (on the seeds, 33 of 118
/// paragraphs) is on the source pages, as past `PRINT_APPENDIX_MAX_SOURCES` all of it is.
fn appendix_source(
    s: &crate::briefing::SourceOut,
    quoted: &HashSet<(&str, &str)>,
) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(s)?;
    let mut blocks = Vec::new();
    let mut gap: Vec<&str> = Vec::new();
    let flush = |gap: &mut Vec<&str>, blocks: &mut Vec<serde_json::Value>| {
        if let (Some(first), Some(last)) = (gap.first(), gap.last()) {
            blocks.push(appendix_gap(&s.id, first, last));
        }
        gap.clear();
    };
    for (p, json) in s
        .paragraphs
        .iter()
        .zip(value["paragraphs"].as_array().into_iter().flatten())
    {
        if p.ref_n.is_some() {
            flush(&mut gap, &mut blocks);
            if quoted.contains(&(s.id.as_str(), p.block.id.as_str())) {
                blocks.push(appendix_quoted(&p.block.id, p.ref_n));
            } else {
                blocks.push(json.clone());
            }
        } else {
            gap.push(&p.block.id);
        }
    }
    flush(&mut gap, &mut blocks);
    value["paragraphs"] = serde_json::Value::Array(blocks);
    Ok(value)
}

/// The line standing for paragraphs `first` to `last` of source `id`, not cited: "¶5–7",
/// linking to the first of them on the source's page.
fn appendix_gap(id: &str, first: &str, last: &str) -> serde_json::Value {
    let n = |block: &str| block.trim_start_matches('p').to_string();
    let span = if first == last {
        format!("¶{}", n(first))
    } else {
        format!("¶{}–{}", n(first), n(last))
    };
    serde_json::json!({
        "id": first, "kind": "gap", "text": span,
        "href": format!("sources/{id}/index.html#{first}"),
    })
}

/// The line standing for paragraph `block`, reference `ref_n`, which the text quotes whole:
/// "¶4" (the gap lines around it lead to the source's page).
fn appendix_quoted(block: &str, ref_n: Option<usize>) -> serde_json::Value {
    serde_json::json!({
        "id": block, "kind": "quoted", "ref_n": ref_n,
        "text": format!("¶{}", block.trim_start_matches('p')),
    })
}

/// How much of `briefing.json` the data page shows highlighted.
const JSON_PREVIEW_LINES: usize = 160;

/// The start of a sample of `briefing.json`, highlighted. The data page links to the file
/// itself; the sample shows its shape and stays small however large the briefing is.
fn json_preview(b: &Briefing) -> String {
    let json = briefing_json::sample(b);
    let head: String = json
        .lines()
        .take(JSON_PREVIEW_LINES)
        .flat_map(|l| [l, "\n"])
        .collect();
    briefing_json::highlight_json(&head)
}
