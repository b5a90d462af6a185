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

/// An address for a page: absolute under `base_url`, else from the site root.
fn url_under(base_url: &str, prefix: Option<&str>, path: &str) -> String {
    let path = path.trim_end_matches("index.html");
    let path = match prefix {
        Some(dir) => format!("{dir}/{path}"),
        None => path.to_string(),
    };
    if base_url.is_empty() {
        format!("/{path}")
    } else {
        format!("{}/{path}", base_url.trim_end_matches('/'))
    }
}

/// An Atom id: the page's address under `base_url`; without one, addresses are relative
/// (`/`, not a valid Atom id, issue 14), so a `urn:uuid:` made from what names the feed or
/// entry (`parts`), the same on every build and different for every briefing and source.
fn atom_id(base_url: &str, address: &str, parts: &[&str]) -> String {
    if base_url.is_empty() {
        stable_uuid(parts)
    } else {
        address.to_string()
    }
}

/// A name-based UUID (RFC 4122 layout, version 8) from `parts`: two FNV-1a 64-bit hashes
/// with different offsets, which unlike std's hasher never change between Rust releases.
fn stable_uuid(parts: &[&str]) -> String {
    let fnv = |offset: u64| {
        let mut h = offset;
        for (i, part) in parts.iter().enumerate() {
            let separator = (i > 0).then_some(0u8);
            for &b in separator.iter().chain(part.as_bytes()) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        h
    };
    let (hi, lo) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x6c62_272e_07bb_0142));
    let hi = (hi & !0xf000) | 0x8000; // version 8
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62); // RFC 4122 variant
    format!(
        "urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
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

/// `sitemap.xml`, `atom.xml` and `robots.txt` of one briefing (in its folder in an archive,
/// where the robots file is the archive's).
pub fn feed_files(b: &Briefing, prefix: Option<&str>) -> Vec<SiteFile> {
    let url = |_: &Briefing, path: &str| url_under(&b.site.base_url, prefix, path);
    let sitemap = |b: &Briefing| {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for p in page_paths(b) {
            out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&url(b, &p))));
        }
        out.push_str("</urlset>\n");
        out
    };
    let mut files = vec![SiteFile::new("atom.xml", atom(b, prefix, &url))];
    // In an archive the sitemap and robots file are the archive's, at its root.
    if prefix.is_none() {
        files.push(SiteFile::new("sitemap.xml", sitemap(b)));
        files.push(SiteFile::new(
            "robots.txt",
            format!(
                "User-agent: *\nAllow: /\nSitemap: {}\n",
                url(b, "sitemap.xml")
            ),
        ));
    }
    files
}

/// The archive's sitemap (every briefing's pages), feed (one entry a briefing) and robots file.
pub fn archive_feeds(
    config: &crate::config::Config,
    entries: &[crate::archive::ArchiveEntry],
) -> Vec<SiteFile> {
    let base = config.base_url.trim_end_matches('/');
    let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    sitemap.push_str(&format!(
        "  <url><loc>{}</loc></url>\n",
        xml(&url_under(base, None, ""))
    ));
    for e in entries {
        for page in ["", "casualties/", "reactions/", "background/", "print.html"] {
            sitemap.push_str(&format!(
                "  <url><loc>{}</loc></url>\n",
                xml(&url_under(base, Some(&e.slug), page))
            ));
        }
    }
    sitemap.push_str("</urlset>\n");
    let updated = entries.iter().filter_map(|e| e.date.as_deref()).max();
    let mut atom = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{}</title>\n  <id>{}</id>\n  <link href=\"{}\"/>\n  <updated>{}</updated>\n",
        xml(&config.title),
        xml(&atom_id(base, &url_under(base, None, ""), &["archive", &config.title])),
        xml(&url_under(base, None, "")),
        stamp(updated)
    );
    for e in entries {
        let link = url_under(base, Some(&e.slug), "");
        let id = atom_id(base, &link, &["archive", &config.title, &e.slug]);
        atom.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <summary>{} sources</summary>\n  </entry>\n",
            xml(&e.title), xml(&id), xml(&link), stamp(e.date.as_deref()), e.sources
        ));
    }
    atom.push_str("</feed>\n");
    vec![
        SiteFile::new("sitemap.xml", sitemap),
        SiteFile::new("atom.xml", atom),
        SiteFile::new(
            "robots.txt",
            format!(
                "User-agent: *\nAllow: /\nSitemap: {}\n",
                url_under(base, None, "sitemap.xml")
            ),
        ),
    ]
}

/// A date as an Atom timestamp; sources without a date take the event's, so the feed is
/// the same on every build.
fn stamp(date: Option<&str>) -> String {
    format!("{}T00:00:00Z", date.unwrap_or("1970-01-01"))
}

fn atom(b: &Briefing, prefix: Option<&str>, url: &dyn Fn(&Briefing, &str) -> String) -> String {
    let event_date = b.event.date.as_deref();
    // What names this briefing when there is no address to name it by.
    let feed_key = [
        "briefing",
        b.site.title.as_str(),
        event_date.unwrap_or(""),
        prefix.unwrap_or(""),
    ];
    let base = b.site.base_url.as_str();
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
        xml(&atom_id(base, &url(b, ""), &feed_key)),
        xml(&url(b, "")),
        xml(&url(b, "atom.xml")),
        stamp(updated.as_deref()),
        xml(&b.generator),
    );
    for s in &b.sources {
        let link = url(b, &format!("sources/{}/index.html", s.id));
        let id = atom_id(base, &link, &[&feed_key[..], &[s.id.as_str()]].concat());
        let summary = s
            .standfirst
            .clone()
            .or_else(|| s.paragraphs.first().map(|p| p.block.text.clone()))
            .unwrap_or_default();
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n    <author><name>{}</name></author>\n    <summary>{}</summary>\n  </entry>\n",
            xml(&s.title),
            xml(&id),
            xml(&link),
            stamp(s.date.as_deref().or(event_date)),
            xml(&s.publisher_display),
            xml(&summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}
