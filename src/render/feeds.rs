//! Discovery files: `sitemap.xml`, an Atom feed of the sources, `robots.txt`.

use crate::briefing::Briefing;
use crate::output::SiteFile;

/// Escapes text for XML.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// An address for a page: absolute under `base_url`, else relative to the site root.
fn url(b: &Briefing, path: &str) -> String {
    let path = path.trim_end_matches("index.html");
    if b.site.base_url.is_empty() {
        format!("/{path}")
    } else {
        format!("{}/{path}", b.site.base_url)
    }
}

/// The site's page paths, in sitemap order.
fn page_paths(b: &Briefing) -> Vec<String> {
    let mut paths = vec![
        "index.html".to_string(),
        "casualties/index.html".into(),
        "reactions/index.html".into(),
        "background/index.html".into(),
        "data/index.html".into(),
        "search/index.html".into(),
        "print.html".into(),
    ];
    paths.extend(
        b.sources
            .iter()
            .map(|s| format!("sources/{}/index.html", s.id)),
    );
    paths
}

/// `sitemap.xml`, `atom.xml` and `robots.txt`.
pub fn feed_files(b: &Briefing) -> Vec<SiteFile> {
    vec![
        SiteFile::new("sitemap.xml", sitemap(b)),
        SiteFile::new("atom.xml", atom(b)),
        SiteFile::new(
            "robots.txt",
            format!(
                "User-agent: *\nAllow: /\nSitemap: {}\n",
                url(b, "sitemap.xml")
            ),
        ),
    ]
}

fn sitemap(b: &Briefing) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in page_paths(b) {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&url(b, &p))));
    }
    out.push_str("</urlset>\n");
    out
}

/// A date as an Atom timestamp; sources without a date take the event's, so the feed is
/// the same on every build.
fn stamp(date: Option<&str>) -> String {
    format!("{}T00:00:00Z", date.unwrap_or("1970-01-01"))
}

fn atom(b: &Briefing) -> String {
    let event_date = b.event.date.as_deref();
    let updated = b
        .sources
        .iter()
        .filter_map(|s| s.date.as_deref())
        .chain(event_date)
        .max()
        .map(str::to_string);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <updated>{}</updated>\n  <generator>{}</generator>\n",
        xml(&b.site.language),
        xml(&b.site.title),
        xml(&b.site.description),
        xml(&url(b, "")),
        xml(&url(b, "")),
        xml(&url(b, "atom.xml")),
        stamp(updated.as_deref()),
        xml(&b.generator),
    );
    for s in &b.sources {
        let link = url(b, &format!("sources/{}/index.html", s.id));
        let summary = s
            .standfirst
            .clone()
            .or_else(|| s.paragraphs.first().map(|p| p.block.text.clone()))
            .unwrap_or_default();
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <author><name>{}</name></author>\n    <summary>{}</summary>\n  </entry>\n",
            xml(&s.title),
            xml(&link),
            xml(&link),
            stamp(s.date.as_deref().or(event_date)),
            xml(&s.publisher_display),
            xml(&summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}
