//! Saved web pages: the main article extracted with dom_smoothie (a port of Mozilla's
//! Readability), its metadata turned into front matter, the body into Markdown — then cleaned
//! like any Markdown seed.

use dom_smoothie::{Config, Readability, TextMode};

/// The page as a Markdown seed with TOML front matter, or why it has no article.
pub fn to_markdown_article(html: &str) -> Result<String, String> {
    let config = Config {
        text_mode: TextMode::Markdown,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    let article = readability
        .parse()
        .map_err(|e| format!("no article found in the page: {e}"))?;
    let mut front = String::from("+++\n");
    let mut field = |key: &str, value: Option<&str>| {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            front.push_str(&format!("{key} = {}\n", toml_string(v)));
        }
    };
    let title = headline(&article.title, &article.content);
    field("title", title.as_deref());
    field("publisher", article.site_name.as_deref());
    field("author", article.byline.as_deref());
    let url = article
        .url
        .clone()
        .filter(|u| crate::is_web_url(u))
        .or_else(|| canonical_url(html));
    field("url", url.as_deref());
    field(
        "date",
        article
            .published_time
            .as_deref()
            // Whole, so the front matter keeps its clock time too.
            .filter(|d| {
                d.get(..10)
                    .is_some_and(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok())
            }),
    );
    if front == "+++\n" {
        // Nothing to say: an empty front matter would read as an unclosed one.
        front.clear();
    } else {
        front.push_str("+++\n\n");
    }
    // Link lists, other stories and captions inside the article out, layout tables unwrapped.
    let body = crate::page_furniture::article_markdown(&article.content)
        .unwrap_or_else(|| article.text_content.to_string());
    Ok(front + &body)
}

/// The page's headline: its title, cut at its first line when it runs on past any headline's
/// length (a mangled tag whose value swallowed the page's scripts), else, when the page gives
/// none, the first heading of the article.
fn headline(title: &str, content: &str) -> Option<String> {
    const LONGEST_HEADLINE_WORDS: usize = 40;
    let title = title.trim();
    if title.split_whitespace().count() > LONGEST_HEADLINE_WORDS {
        return title.lines().next().map(|l| l.trim().to_string());
    }
    if !title.is_empty() {
        return Some(title.to_string());
    }
    let doc = dom_query::Document::from(content);
    let headings = doc.select("h1, h2, h3");
    headings
        .nodes()
        .iter()
        .map(|h| h.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

/// The page's own address: its canonical link, else its Open Graph URL.
fn canonical_url(html: &str) -> Option<String> {
    let doc = dom_query::Document::from(html);
    let canonical = doc
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .map(|v| v.to_string());
    let og = || {
        doc.select(r#"meta[property="og:url"]"#)
            .attr("content")
            .map(|v| v.to_string())
    };
    canonical.or_else(og).filter(|u| crate::is_web_url(u))
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Dam breaks in the valley - The Valley Post</title>
<meta property="og:site_name" content="The Valley Post">
<meta property="og:title" content="Dam breaks in the valley">
<meta property="og:url" content="https://valley.example/dam">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<meta name="author" content="Jo Writer"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Dam breaks in the valley</h1>
<p>An old dam gave way before dawn on Thursday, sending water through three villages, the regional governor said.</p>
<p>Rescuers said 14 people were missing and more than 200 had been moved to schools on higher ground.</p>
<h2>Warnings ignored</h2>
<p>Engineers had warned for years that the <a href="/dam">dam</a> needed repairs, according to council documents seen by the paper.</p>
</article><footer>Subscribe to our newsletter</footer><script>track()</script></body></html>"#;

    #[test]
    fn a_page_without_a_title_is_headed_by_its_first_heading() {
        let page = PAGE
            .replace(
                "<title>Dam breaks in the valley - The Valley Post</title>",
                "",
            )
            .replace(
                r#"<meta property="og:title" content="Dam breaks in the valley">"#,
                "",
            );
        let md = to_markdown_article(&page).unwrap();
        assert!(
            md.starts_with("+++\ntitle = \"Dam breaks in the valley\"\n"),
            "{md}"
        );
    }

    #[test]
    fn a_title_swallowing_the_scripts_is_cut_at_its_first_line() {
        let runaway = format!(
            "Dam breaks - The Valley Post\n{}",
            "this.prop = 'x';\n".repeat(50)
        );
        assert_eq!(
            headline(&runaway, "").as_deref(),
            Some("Dam breaks - The Valley Post")
        );
    }

    #[test]
    fn page_metadata_becomes_front_matter() {
        let md = to_markdown_article(PAGE).unwrap();
        assert!(md.contains("publisher = \"The Valley Post\""), "{md}");
        assert!(md.contains("date = \"2024-05-02T08:00:00Z\""), "{md}");
        assert!(md.contains("url = \"https://valley.example/dam\""), "{md}");
    }

    #[test]
    fn the_article_is_kept_and_the_page_chrome_dropped() {
        let md = to_markdown_article(PAGE).unwrap();
        assert!(md.contains("14 people were missing"), "{md}");
        assert!(!md.contains("track()") && !md.contains("Home"), "{md}");
    }
}
