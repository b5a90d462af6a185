//! `brief init`: a new briefing folder ready for seeds.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

const SITE_TOML: &str = r#"# The briefing's settings. Only `title` is required; the rest shows the defaults.
title = "TITLE"

# One or two sentences under the title and in search results.
description = ""

# Where the site will be served from, for canonical links and the sitemap
# (e.g. "https://example.org/briefing"). Pages link relatively, so it also works without.
base_url = ""

language = "en"
# A folder under themes/; "default" and "wire" are built in.
theme = "default"
seeds_dir = "seeds"
output_dir = "public"
# Seeds larger than this many bytes are skipped with a warning.
max_seed_bytes = 10485760

[event]
# Set these when the sources do not say them plainly; otherwise they are inferred.
# date = "2024-03-04"
# place = "Hakkari"
# parties = ["Country A", "Country B"]

[print]
# paper = "A4"            # or "Letter"
# pdf = false             # true: `brief build` also writes briefing.pdf (needs Chromium)
# break_before_sections = true
# break_before_sources = true

[extra]
# Free values for your own templates, as site.extra.NAME.
"#;

const SEEDS_README: &str = "Put the articles about the event here, one file each (this README is ignored); `brief new SLUG` makes one from a file or the clipboard:\n\n- `.txt`: the first line is the headline, the rest the body, a paragraph per line.\n- `.md`: optional front matter, TOML between `+++` lines or YAML between `---` lines (title, publisher, url, date, author), then Markdown.\n- `.html`, `.htm`: a web page saved from the browser; the article is extracted from it, with its title, publisher, author, date and address when the page carries them.\n\nText that is not UTF-8 is decoded, with a warning. Files that are empty, binary or over max_seed_bytes are skipped with a warning.\n";

const TEMPLATES_README: &str = "Templates here override brief's built-in ones file by file (Tera 2 syntax).\nCopy one from brief's repository (templates/) and change it, or extend it:\n\n    {% extends \"builtin/index.html\" %}\n    {% block content %}{{ super() }}<p>Our own footer.</p>{% endblock %}\n\n`theme/NAME.html` is the theme's version of a template, `builtin/NAME.html` brief's own.\n";

// No heading: the page puts the notes under its own "Analyst's notes".
const NOTES_MD: &str = "Write the analyst's notes here in Markdown; they appear on the summary page and in the print edition.\n";

/// Creates a briefing folder at `dir`; refuses a folder that already has files in it.
pub fn init_site(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut entries =
            fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "{} is not empty; brief init only creates a briefing in a new or empty folder",
                dir.display()
            );
        }
    }
    let title = dir
        .canonicalize()
        .ok()
        .or_else(|| Some(dir.to_path_buf()))
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "My briefing".into());
    let write = |rel: &str, text: &str| -> Result<()> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        fs::write(&path, text).with_context(|| format!("writing {}", path.display()))
    };
    write(
        "site.toml",
        &SITE_TOML.replace("TITLE", &title.replace('"', "'")),
    )?;
    write("seeds/README.md", SEEDS_README)?;
    write("templates/README.md", TEMPLATES_README)?;
    write("notes.md", NOTES_MD)?;
    // Empty: whatever is put here is copied into the site as it is.
    let statics = dir.join(crate::statics::STATIC_DIR);
    fs::create_dir_all(&statics).with_context(|| format!("creating {}", statics.display()))?;
    Ok(())
}
