//! Markdown (the analyst's notes) to HTML with pulldown-cmark, code highlighted by syntect
//! through CSS classes (so the theme colours it), and the result sanitised with ammonia.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// Class names syntect gives highlighted spans are prefixed, so a theme's rules cannot clash
/// with the page's own classes.
pub const CLASS_PREFIX: &str = "hl-";

/// Highlights `code` in `language` (a syntax name or file extension) as HTML spans with
/// classes; unknown languages come out as escaped plain text.
pub fn highlight(code: &str, language: &str) -> String {
    let syntax = SYNTAXES
        .find_syntax_by_token(language)
        .unwrap_or_else(|| SYNTAXES.find_syntax_plain_text());
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        &SYNTAXES,
        ClassStyle::SpacedPrefixed {
            prefix: CLASS_PREFIX,
        },
    );
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return ammonia::clean_text(code);
        }
    }
    generator.finalize()
}

/// Renders Markdown to sanitised HTML: tables, footnotes, strikethrough, task lists; every
/// heading gets an id from its text (unique within the document, prefixed with `id_prefix`).
pub fn render_markdown(text: &str, id_prefix: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event> = Vec::new();
    let mut code: Option<(String, String)> = None;
    let mut heading: Option<(HeadingLevel, Vec<Event>)> = None;
    let mut used_ids = HashSet::new();
    for event in Parser::new_ext(text, options) {
        match (&mut code, &mut heading, event) {
            (None, _, Event::Start(Tag::CodeBlock(kind))) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => {
                        l.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            (Some((_, buf)), _, Event::Text(t)) => buf.push_str(&t),
            (Some(_), _, Event::End(TagEnd::CodeBlock)) => {
                let (lang, buf) = code.take().unwrap_or_default();
                let class = if lang.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"language-{}\"", ammonia::clean_text(&lang))
                };
                events.push(Event::Html(
                    format!(
                        "<pre class=\"highlight\"><code{class}>{}</code></pre>\n",
                        highlight(&buf, &lang)
                    )
                    .into(),
                ));
            }
            (None, None, Event::Start(Tag::Heading { level, .. })) => {
                heading = Some((level, Vec::new()))
            }
            (None, Some((level, inner)), Event::End(TagEnd::Heading(_))) => {
                let level = *level;
                let text: String = inner
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.to_string()),
                        _ => None,
                    })
                    .collect();
                let mut id = format!("{id_prefix}{}", crate::build::slugify(&text));
                let base = id.clone();
                let mut n = 2;
                while !used_ids.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                let inner = std::mem::take(inner);
                heading = None;
                let mut html = String::new();
                pulldown_cmark::html::push_html(&mut html, inner.into_iter());
                let tag = level as usize;
                events.push(Event::Html(
                    format!("<h{tag} id=\"{id}\">{html}</h{tag}>\n").into(),
                ));
            }
            (None, Some((_, inner)), e) => inner.push(e),
            (_, _, e) => events.push(e),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitise(&html)
}

/// Removes anything that could run or load: scripts, event handlers, `javascript:` links,
/// frames, forms. Keeps the classes and ids the renderer itself put on code and headings.
pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .add_generic_attributes(["class", "id"])
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("li", ["id"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_footnotes_and_strikethrough_render() {
        let html = render_markdown(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n[^1]: A note.\n",
            "",
        );
        assert!(
            html.contains("<table>")
                && html.contains("<del>old</del>")
                && html.contains("footnote"),
            "{html}"
        );
    }

    #[test]
    fn headings_get_unique_ids() {
        let html = render_markdown("# Sources\n\n## Sources\n", "n-");
        assert!(
            html.contains("id=\"n-sources\"") && html.contains("id=\"n-sources-2\""),
            "{html}"
        );
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let html = render_markdown("```json\n{\"killed\": 5}\n```\n", "");
        assert!(
            html.contains("class=\"hl-") && html.contains("language-json"),
            "{html}"
        );
    }

    #[test]
    fn raw_html_and_script_links_are_removed() {
        let html = render_markdown("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n", "");
        assert!(
            !html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"),
            "{html}"
        );
    }
}
