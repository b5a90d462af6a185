//! Page numbers in the PDF's contents list. CSS `target-counter()` is the standard way and
//! the print stylesheet asks for it, but Chromium implements none of it; so brief prints
//! twice: once with room held for the numbers, then, having read from that PDF which page
//! each section starts on (Chromium writes every link target as a named destination), again
//! with the numbers filled in. A third print only if the numbers moved a section.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};

use crate::pdf::print_to_pdf;

/// How a contents entry's page number stands in the print edition; `#ID` is its target.
const PAGE_SLOT: &str = r##"<span class="toc-page" data-href="#"##;

/// What holds a number's place in the first print: the widest digits.
const PLACEHOLDER: &str = "888";

/// Prints `html` (the print edition) to `pdf` with its contents list numbered. Where the
/// first print's destinations cannot be read, the PDF is printed without the numbers.
pub fn print_numbered(browser: &Path, html: &Path, pdf: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(html).with_context(|| format!("reading {}", html.display()))?;
    if !text.contains(PAGE_SLOT) {
        return print_to_pdf(browser, html, pdf);
    }
    // Beside print.html, so its stylesheet links still resolve; removed when done.
    let paged = TempFile(html.with_file_name(".print-paged.html"));
    let mut numbers: Option<HashMap<String, usize>> = None;
    for _ in 0..3 {
        let filled = fill_page_numbers(&text, numbers.as_ref());
        std::fs::write(&paged.0, &filled)
            .with_context(|| format!("writing {}", paged.0.display()))?;
        print_to_pdf(browser, &paged.0, pdf)?;
        let bytes = std::fs::read(pdf).with_context(|| format!("reading {}", pdf.display()))?;
        let Some(found) = destination_pages(&bytes) else {
            std::fs::write(&paged.0, fill_page_numbers(&text, Some(&HashMap::new())))
                .with_context(|| format!("writing {}", paged.0.display()))?;
            return print_to_pdf(browser, &paged.0, pdf);
        };
        let wanted: HashMap<String, usize> = slot_targets(&text)
            .into_iter()
            .filter_map(|id| found.get(&id).map(|&p| (id, p)))
            .collect();
        if numbers.as_ref() == Some(&wanted) {
            return Ok(());
        }
        numbers = Some(wanted);
    }
    Ok(())
}

/// Removes its file when dropped.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The ids the contents list wants page numbers for.
fn slot_targets(html: &str) -> Vec<String> {
    html.split(PAGE_SLOT)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

/// The print edition with each contents entry's page from `pages` (an id missing there gets
/// no number); with no pages yet, a placeholder as wide as a number, so the first print lays
/// the list out as the last will.
fn fill_page_numbers(html: &str, pages: Option<&HashMap<String, usize>>) -> String {
    let mut parts = html.split(PAGE_SLOT);
    let mut out = String::with_capacity(html.len() + 64);
    out.push_str(parts.next().unwrap_or(""));
    for rest in parts {
        out.push_str(PAGE_SLOT);
        let id = rest.split('"').next().unwrap_or("");
        let slot_end = format!("{id}\"></span>");
        match rest.strip_prefix(&slot_end) {
            Some(after) => {
                let number = match pages {
                    None => PLACEHOLDER.to_string(),
                    Some(pages) => pages.get(id).map(usize::to_string).unwrap_or_default(),
                };
                out.push_str(&format!("{id}\">{number}</span>"));
                out.push_str(after);
            }
            None => out.push_str(rest),
        }
    }
    out
}

/// The page (from 1) of every named destination in a PDF Chromium printed: the catalog's
/// `/Dests` dictionary maps each link target's id to its page object, and the page tree
/// gives each page object its place. `None` where the PDF is not laid out so.
pub fn destination_pages(pdf: &[u8]) -> Option<HashMap<String, usize>> {
    let objects = pdf_objects(pdf);
    let catalog = objects.values().find(|o| contains(o, b"/Type /Catalog"))?;
    let dests = objects.get(&reference_after(catalog, b"/Dests")?)?;
    let mut order = Vec::new();
    collect_pages(
        &objects,
        reference_after(catalog, b"/Pages")?,
        &mut order,
        0,
    );
    let page_of: HashMap<u32, usize> = order
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i + 1))
        .collect();
    let text = String::from_utf8_lossy(dests);
    let mut out = HashMap::new();
    // Entries read `/name [12 0 R /XYZ x y 0]`.
    for entry in text.split('/').skip(1) {
        let Some((name, rest)) = entry.split_once('[') else {
            continue;
        };
        let Some(page) = rest
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some(&n) = page_of.get(&page) {
            out.insert(decode_name(name.trim()), n);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Every `N 0 obj … endobj` of the file, by object number (streams' bytes included, unread).
fn pdf_objects(pdf: &[u8]) -> HashMap<u32, &[u8]> {
    let mut out = HashMap::new();
    let mut at = 0;
    while let Some(found) = find(&pdf[at..], b" 0 obj") {
        let start = at + found;
        let digits_from = pdf[..start]
            .iter()
            .rposition(|b| !b.is_ascii_digit())
            .map_or(0, |p| p + 1);
        let body_from = start + b" 0 obj".len();
        let body_to = find(&pdf[body_from..], b"endobj").map_or(pdf.len(), |e| body_from + e);
        if let Some(n) = std::str::from_utf8(&pdf[digits_from..start])
            .ok()
            .and_then(|d| d.parse::<u32>().ok())
        {
            out.insert(n, &pdf[body_from..body_to]);
        }
        at = body_to.max(body_from);
    }
    out
}

/// The page objects under `node` in reading order (`/Kids` of nested `/Pages`).
fn collect_pages(objects: &HashMap<u32, &[u8]>, node: u32, out: &mut Vec<u32>, depth: usize) {
    let Some(body) = objects.get(&node) else {
        return;
    };
    if depth > 32 {
        return;
    }
    if !contains(body, b"/Kids") {
        out.push(node);
        return;
    }
    let text = String::from_utf8_lossy(body);
    let kids = text
        .split("/Kids")
        .nth(1)
        .and_then(|k| k.split_once('['))
        .and_then(|(_, k)| k.split_once(']'))
        .map_or("", |(k, _)| k);
    let numbers: Vec<u32> = kids
        .split(" R")
        .filter_map(|r| r.split_whitespace().next().and_then(|n| n.parse().ok()))
        .collect();
    for kid in numbers {
        collect_pages(objects, kid, out, depth + 1);
    }
}

/// The object number of the reference after `key` (`/Pages 13 0 R`).
fn reference_after(body: &[u8], key: &[u8]) -> Option<u32> {
    let at = find(body, key)? + key.len();
    String::from_utf8_lossy(&body[at..])
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// A PDF name with its `#xx` escapes decoded.
fn decode_name(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'#', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of a PDF Chromium prints: a catalog, a page tree, named destinations.
    const CHROMIUM_LIKE: &[u8] = b"%PDF-1.4\n2 0 obj\n<</Type /Page\n/Parent 13 0 R>>\nendobj\n8 0 obj\n<</Type /Page\n/Parent 13 0 R>>\nendobj\n11 0 obj\n<</Type /Page\n/Parent 13 0 R>>\nendobj\n13 0 obj\n<</Type /Pages\n/Count 3\n/Kids [2 0 R 8 0 R 11 0 R]>>\nendobj\n14 0 obj\n<</sec-summary [8 0 R /XYZ 6 826.16998 0]\n/a-guardian#2Dx [11 0 R /XYZ 6 826.16998 0]>>\nendobj\n33 0 obj\n<</Type /Catalog\n/Pages 13 0 R\n/Dests 14 0 R>>\nendobj\n";

    #[test]
    fn each_destination_gets_the_page_it_is_on() {
        let pages = destination_pages(CHROMIUM_LIKE).unwrap();
        assert_eq!(pages.get("sec-summary"), Some(&2));
        assert_eq!(pages.get("a-guardian-x"), Some(&3));
    }

    #[test]
    fn a_pdf_without_destinations_gives_none() {
        assert_eq!(
            destination_pages(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
            None
        );
        assert_eq!(destination_pages(b"not a pdf"), None);
    }

    #[test]
    fn contents_slots_get_placeholders_then_numbers() {
        let html = r##"<a href="#s1">One<span class="toc-page" data-href="#s1"></span></a><a href="#s2">Two<span class="toc-page" data-href="#s2"></span></a>"##;
        assert_eq!(slot_targets(html), ["s1", "s2"]);
        let first = fill_page_numbers(html, None);
        assert_eq!(first.matches(">888</span>").count(), 2, "{first}");
        let numbered = fill_page_numbers(html, Some(&HashMap::from([("s1".to_string(), 3)])));
        assert!(
            numbered.contains(r##"data-href="#s1">3</span>"##),
            "{numbered}"
        );
        assert!(
            numbered.contains(r##"data-href="#s2"></span>"##),
            "{numbered}"
        );
    }
}
