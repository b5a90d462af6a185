//! Finding an article's publisher from its own text: credit lines, datelines, the outlet's
//! own name in its subscription plea, and the ways reporters name their outlet in the copy.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use brief_text::pattern::Pattern;

/// A pattern compiled the first time a line that could match it comes along: most briefings
/// need only a few of the evidence patterns, and compiling all of them was a third of a small
/// build's time. Lines in Latin script run a form without the whole of Unicode in its classes,
/// which compiles in a tenth of the time (`brief_text::pattern`).
fn re(pattern: &str) -> Pattern {
    Pattern::new(pattern)
}

/// An outlet's name: one to four capitalised words (small joining words allowed inside, and a
/// channel's number before a word: "Channel 4 News").
pub(crate) const NAME: &str = r"((?:[A-Z][\w&'’-]*|[A-Z]{2,})(?:\s+(?:of|the|de|del|la|el|and)?\s*[A-Z][\w&'’-]*|\s+\d{1,3}\s+[A-Z][\w&'’-]*){0,3})";

/// Evidence for the publisher, strongest first, with the weight of one occurrence. A
/// "contributed to this report" credit names a contributor, so it counts against.
static EVIDENCE: LazyLock<Vec<(Pattern, i32, &'static [&'static str])>> = LazyLock::new(|| {
    // Each pattern comes with words a line must hold for it to match at all (any of them,
    // ignoring case), so the patterns run only on the few lines that could match.
    vec![
        (
            // "Source: Xinhua", "Source: Xinhua Editor: Zhang Long".
            // "2024-06-26 09:29:21   source:Global Times": after the page's stamp too.
            re(&format!(
                r"^(?:[\d:/.-]+\s+)*(?i:source)\s*:\s*(?:the\s+)?{NAME}(?:\s+(?i:editor|reporter|writer|author)\s*:|\s*$|\s*[.,;|/]|\s+(?i:and|with|via)\s)"
            )),
            10,
            &["source"],
        ),
        (
            // "(MENAFN) In a thwarted coup …": the outlet's short name in brackets opening
            // the story, as a wire's dateline has it.
            re(r"^\(([A-Z]{3,10})\)\s+[A-Z]"),
            6,
            &["("],
        ),
        (
            // "The Media Line Staff": the byline of the outlet's own staff.
            re(
                r"^(?:By\s+)?((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,3}|[A-Z]{2,})\s+Staff$",
            ),
            5,
            &["staff"],
        ),
        (
            // "Agencies - Xinhua": a credit line naming the agency the copy is from.
            re(&format!(r"^(?i:agencies)\s*[-–—/|]\s*{NAME}$")),
            6,
            &["agencies"],
        ),
        (
            // "Islamabad, Hilal Ahmad,November 21, AZERTAC": place, reporter, day, agency.
            re(
                r"^[A-Z][\w .'’-]+,[^,]{0,40},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*([A-Z]{3,})$",
            ),
            6,
            &[","],
        ),
        (
            re(&format!(
                r"^[A-Z][A-Z .,'/-]+{DATELINE_REGION}{DATELINE_DATE}\s*\({NAME}\)\s*[-–—:]"
            )),
            8,
            &["("],
        ),
        (
            // "emailed about offers, events and updates from The Independent".
            re(&format!(
                r"(?:(?i:updates|offers|emails?|newsletters?|news|notifications|alerts)\s+(?i:from)|(?i:news|live)\s+(?i:on))\s+(?:the\s+)?{NAME}"
            )),
            4,
            &["from", "news on", "live on"],
        ),
        (
            // "By Jane Doe, BBC News": the outlet after the reporter's name.
            re(&format!(r"^(?:By|BY)\s+[^,]{{3,60}},\s+{NAME}$")),
            5,
            &["by"],
        ),
        (
            // "DW recommends": the outlet's own links after the story.
            re(&format!(r"^{NAME}\s+recommends$")),
            4,
            &["recommends"],
        ),
        (
            // "https://p.dw.com/p/4iqR2": an outlet's short name as its web address.
            re(
                r"^https?://(?:[a-z0-9-]+\.)*?([a-z]{2,4})\.(?:com|co\.uk|org|net|de|fr|es|it|in|com\.au)(?:/\S*)?$",
            ),
            3,
            &["http"],
        ),
        (
            // "ekathimerini.com", "www.outlet.co.ke" on a line of its own: the outlet's
            // address as its name (a file's name is no address).
            re(
                r"^(?:https?://)?(?:www\.)?([a-z][a-z0-9-]*\.(?:com|org|net|news|tv|info|[a-z]{2}|(?:co|com|org|net)\.[a-z]{2}))/?$",
            ),
            4,
            &["."],
        ),
        (
            // "By Euronews with AP, AFP": the outlet, then the agencies it drew on.
            re(&format!(
                r"^(?:By|BY)\s+{NAME}\s+with\s+(?:AP|AFP|Reuters|agencies|wires|dpa|EFE|Anadolu)(?-u:\b)"
            )),
            8,
            &["with"],
        ),
        (
            re(&format!(
                r"(?i:^join|^subscribe to|^follow)\s+(?:the\s+)?{NAME}\s+(?i:to|on|for)(?-u:\b)"
            )),
            6,
            &["join", "subscribe", "follow"],
        ),
        (
            re(&format!(
                r"(?-u:\b)(?:told|(?:speaking|spoke|talking|talked|said|statement) to)\s+(?:the\s+)?{NAME}(?:'s)?\s+(?:in an interview|in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
            )),
            3,
            &["in an interview", "in a statement", "day"],
        ),
        (
            re(&format!(
                r"(?-u:\b)interview(?-u:\b)[^.]{{0,60}}(?-u:\b)with\s+(?:the\s+)?{NAME}"
            )),
            3,
            &["interview"],
        ),
        (
            re(&format!(
                r"(?:^|\.\s+)(?:the\s+)?{NAME}\s+(?:could not|was unable to|cannot|has not been able to)\s+(?:immediately\s+|independently\s+)?(?:verify|confirm)"
            )),
            3,
            &["verify", "confirm"],
        ),
        (
            // "This story was originally published on The Tribune" / "… on tribune.example".
            re(&format!(
                r"(?i:originally\s+(?:published|appeared)\s+(?:on|in|at|by))\s+(?:(?i:the)\s+)?(?:{NAME}|(?:https?://)?(?:www\.)?([a-z0-9-]+\.(?:com|org|net|co\.uk|in|com\.au|de|fr)))"
            )),
            8,
            &["originally"],
        ),
        (
            // "…, reports Ukrinform citing Reuters": the outlet that reports, not the agency
            // it cites.
            re(&format!(
                r"(?-u:\b)reports\s+{NAME},?\s+(?i:citing|with reference to)(?-u:\b)"
            )),
            6,
            &["citing", "with reference to"],
        ),
        (
            // "March 4 (UPI) --", "Odesa, Ukraine, Mar 29 (EFE).-", "Houston (Texas) [US], May
            // 8 (ANI):": a wire dateline whose
            // place is written in ordinary case, or left out, before the agency's initials.
            re(
                r"^(?:[A-Z][\w .,'’()\[\]-]{0,40}?,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*\((?:[A-Za-z]{2,8}/)?([A-Z]{2,8})\)\s*(?:\.?\s*[-–—:]|\s[A-Z])",
            ),
            8,
            &["("],
        ),
        (
            // "James Relativo - Philstar.com": a reporter's name, then the outlet's address.
            re(
                r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+[-–—|]\s+((?:[A-Za-z0-9-]+\.)+(?:com|net|org|co\.uk|ph|in|ng|co\.ke|com\.au))$",
            ),
            5,
            &["."],
        ),
        (
            // "Morbi, India (Reuters) –": a place in ordinary case, then the agency's name.
            re(&format!(
                r"^[A-Z][\w.'’-]*(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?){{1,2}}\s*\({NAME}\)\s*[-–—]"
            )),
            6,
            &["("],
        ),
        (
            // "FPJ Web DeskUpdated: …", "Outlet News Desk": the outlet's own desk credited.
            re(&format!(r"^{NAME}\s+(?:Web|News|Online|Digital)\s+Desk")),
            5,
            &["desk"],
        ),
        (
            // "By The Rainbow": a byline that is a name with an article is an outlet's.
            re(&format!(r"^(?:By|BY)\s+The\s+{NAME}$")),
            5,
            &["by the"],
        ),
        (
            // "More from GlobalPost: …": the outlet's own links.
            re(&format!(r"^(?i:more\s+from)\s+(?:the\s+)?{NAME}\s*:")),
            6,
            &["more from"],
        ),
        (
            // "By Reuters Published: Tue 20 Sep 2022": a wire agency as the byline.
            re(&format!(
                r"^(?i:by)\s+({})\s*(?:$|[,|•·]|\d|(?i:published|updated|posted|last updated))",
                agency_names()
            )),
            8,
            &["by"],
        ),
        (
            // "told a Reuters photographer": the agency's own staff report the story.
            re(&format!(
                r"(?-u:\b)(?i:told|said to|speaking to)\s+(?i:an?)\s+({})\s+(?i:photographer|reporter|correspondent|journalist|cameraman|crew)(?-u:\b)",
                agency_names()
            )),
            4,
            &["told", "said to", "speaking to"],
        ),
        (
            re(&format!(r"^(?:the\s+)?{NAME}\s+contributed(?-u:\b)")),
            -6,
            &["contributed"],
        ),
        (
            re(&format!(
                r"(?i:^(?:copyright\s*(?:©\s*)?|©\s*|\(c\)\s*))(?:\d{{4}}\s+)?(?:(?i:the)\s+)?{NAME}"
            )),
            4,
            &["copyright", "©"],
        ),
        (
            // "Copyright © africanews": a brand written in lowercase, alone after the sign.
            re(r"^(?i:copyright\s*)?©\s*(?:\d{4}\s+)?([a-z][a-z0-9]{3,20})\s*$"),
            4,
            &["©"],
        ),
        (
            // "(The Center Square) President Donald Trump declared …": the outlet's name in
            // brackets opening the story.
            re(r"^\((The\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\)\s+[A-Z]"),
            6,
            &["(the "],
        ),
        (
            // "Mayeni Jones, BBC News, Freetown": the reporter, the outlet, the place.
            re(&format!(
                r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,2}},\s+{NAME},\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
            )),
            4,
            &[","],
        ),
        (
            // "The Address | Benghazi – Libya": the outlet's masthead beside its city.
            re(
                r"^(The\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s*\|\s*[A-Z][\w'’-]+(?:\s*[-–—,]\s*[A-Z][\w'’-]+)?$",
            ),
            4,
            &["|"],
        ),
        (
            // "KERCH, October 18. /TASS/.": the agency between slashes after the dateline.
            re(r"^[A-Z][A-Z .,'-]+,\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/([A-Z][A-Za-z-]{1,20})/"),
            8,
            &["/"],
        ),
        (
            // "TEMPO.CO, Jakarta -": the outlet's web name opening the story's dateline.
            re(
                r"^(?:[•·]\s*)?([A-Z][A-Z0-9]+\.(?:CO|COM|NET|ORG)(?:\.[A-Z]{2})?),\s*[A-Z][a-z]+\s*[-–—]",
            ),
            6,
            &[".co", ".com", ".net", ".org"],
        ),
        (
            // "Reuters | Ouagadougou | Updated: 05-06-2021": the outlet, the place, the stamp.
            re(
                r"^([A-Z][A-Za-z]+)\s*\|\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s*\|\s*(?:Updated|Created|Published|Posted|\d)",
            ),
            4,
            &["|"],
        ),
        (
            // "ERBIL (Kurdistan 24) –", "Mogadishu (HOL) -": a place without a comma, then the
            // outlet's name in brackets (a channel's number allowed), then a dash.
            re(
                r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*\(([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?:\s+\d{1,3})?)\)\s*[-–—:]",
            ),
            8,
            &["("],
        ),
        (
            // "Islamabad (AFP) Nov 02, 2005": the agency's initials, then the story's date.
            re(
                r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,2}\s*\(([A-Z]{2,8})\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}",
            ),
            8,
            &["("],
        ),
        (
            // "Khartoum, 3 June 2019 (dpa/MIA) –": a wire dateline with the day before the
            // month; the outlet after a slash is the one that ran the agency's copy.
            re(
                r"^[A-Z][\w .,'’-]{0,40}?,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s*\d{4})?,?\s*\((?:[A-Za-z]{2,8}/)?([A-Z]{2,8})\)\s*[-–—:]",
            ),
            8,
            &["("],
        ),
        (
            // "DUSHANBE (UrduPoint News / Sputnik - 16th September, 2022)": the outlet first
            // in a bracket that names its sources and ends with the date.
            re(&format!(
                r"^[A-Z][A-Z .,'-]*,?\s*\({NAME}\s*[/–—-]\s*[^)]*\d{{4}}\)"
            )),
            8,
            &["("],
        ),
        (
            // "Accra, Sept. 5, GNA –", "Jakarta, Indonesia Sentinel —": the place, the
            // day perhaps, then the outlet's initials or name before the dash.
            re(
                r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*)?([A-Z]{2,6}|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,2})\s+[–—-]\s+[A-Z]",
            ),
            6,
            &[" – ", " — ", " - "],
        ),
        (
            // "By: DW", "Text by: RFI Follow": a byline that is an outlet's initials.
            re(r"^(?:Text\s+)?(?i:by)\s*:?\s*([A-Z]{2,6})(?:\s+Follow)?$"),
            5,
            &["by"],
        ),
        (
            // "By Drum Digital", "By ETV Bharat English Team": a byline crediting the
            // outlet's own team or edition rather than a person.
            re(&format!(
                r"^(?i:by)\s*:?\s*(?:{NAME}\s+(?:Team|Desk|Bureau)|((?:[A-Z][\w&'’-]*\s+){{1,3}}(?:Digital|Online|News|Newsroom)))$"
            )),
            5,
            &["by"],
        ),
        (
            // "By Marcela Rodrigues The Dallas Morning News": the reporter, then the outlet
            // with its article.
            re(
                r"^(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s+(The\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})$",
            ),
            5,
            &["by"],
        ),
        (
            // "By Ann Lee, Bo Chan and Sarah Dadouch Washington Post": several reporters,
            // then the newspaper, its masthead word last.
            re(&format!(
                r"(?:^|\s)(?i:by)\s+[^|]{{3,160}}\sand\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+([A-Z][\w'’-]+\s+(?:{}))$",
                masthead_names()
            )),
            5,
            &[" and "],
        ),
        (
            // "Support the ICIR", "Join the ICIR WhatsApp channel", "Skip to more DW sites":
            // the outlet asking for its readers or pointing to its own pages.
            re(&format!(
                r"^(?:(?i:support)\s+(?:the\s+)?{NAME}$|(?i:join)\s+(?:the\s+)?{NAME}(?:['’]s)?\s+(?:WhatsApp|Telegram|Whatsapp)|.*(?-u:\b)more\s+{NAME}\s+sites$)"
            )),
            4,
            &["support", "join", "sites"],
        ),
        (
            // "the all-new India Today app", "tune into Magic Talk radio", "Stay informed with
            // the Guardian's coverage": the outlet's own app, station and coverage.
            re(&format!(
                r"(?:(?i:all-new|download the|get the)\s+{NAME}\s+app(?-u:\b)|(?i:tune\s+in(?:to|\s+to))\s+(?:the\s+)?{NAME}|(?i:stay informed with)\s+(?:the\s+)?{NAME})"
            )),
            4,
            &[" app", "tune in", "stay informed"],
        ),
        (
            // "Read the full story at NPR", "Find the full article at: https://edition.cnn.com/…":
            // a page that passes on another outlet's story names where it ran.
            re(&format!(
                r"(?i:(?:read|find|see)\s+the\s+(?:full|original|whole|complete)\s+(?:story|article|report))\s+(?:at|on)\s*:?\s+(?:(?i:the)\s+)?(?:https?://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,6}})|{NAME})"
            )),
            8,
            &["full", "original", "whole", "complete"],
        ),
        (
            // "Source: www.ghanaweb.com": the outlet's web address as the source line.
            re(
                r"^(?i:source)\s*:\s*(?:https?://)?((?:www\.)?[a-z0-9-]+\.(?:com|org|net|co\.uk|in|ng|gh|com\.gh|co\.za|com\.au))/?\s*$",
            ),
            10,
            &["source"],
        ),
        (
            // "© Copyright 2024 Outlet", "© 2020-2024 outlet.com", "Terms | © 2024 Outlet":
            // the copyright line in the shapes the older pattern misses. Not after a
            // sentence: "… in Bata. © TVGE, via Reuters" credits a photograph.
            re(&format!(
                r"(?:^|\|\s*)(?i:copyright\s*)?(?:©|\(c\))\s*(?i:copyright\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+)?(?:(?i:the)\s+)?(?:(?:www\.)?([a-z0-9-]+\.[a-z]{{2,6}}(?:\.[a-z]{{2}})?)(?-u:\b)|{NAME})"
            )),
            4,
            &["©", "(c)"],
        ),
        (
            // "This story first appeared on outlet.co.ke", "Republished from The Outlet": the
            // outlet a story was first published by.
            re(&format!(
                r"(?:(?i:(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by))|(?i:republished\s+(?:from|with\s+permission\s+(?:from|of))))\s+(?:(?i:the)\s+)?(?:(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z]{{2,6}}){{1,2}})(?-u:\b)|{NAME})"
            )),
            8,
            &["first", "originally", "republished"],
        ),
        (
            // "…, writes Ukrinform, quoting Reuters": the outlet that reports, before the
            // source it cites — in the present tense, as an outlet credits itself ("reported
            // ANI, citing ARY News" tells of another outlet's report).
            re(&format!(
                r"(?-u:\b)(?:reports|writes|informs)\s+(?:the\s+)?{NAME},?\s+(?i:citing|quoting|with reference to|referring to)(?-u:\b)"
            )),
            6,
            &["citing", "quoting", "reference to", "referring to"],
        ),
        (
            // "Photo: Outlet's Jane Doe", "Outlet’s Jane Doe reports from Kyiv": the outlet's
            // own photographer or reporter.
            re(&format!(
                r"(?:(?i:photo|image|picture|photograph|credit|video)\s*(?i:by)?\s*:\s*(?:the\s+)?{NAME}['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]+|(?:^|\.\s+)(?:the\s+)?{NAME}['’]s\s+(?:reporter\s+|correspondent\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:reports|reported|reporting))"
            )),
            4,
            &["’s", "'s"],
        ),
        (
            // "KURRAM: At least 38 died in firing on passenger vans, ARY News reported.": the
            // lede under a dateline in capitals, credited to the outlet itself.
            re(&format!(
                r"^[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?:\s+[A-Z].*,\s+{NAME}\s+reported\.?$"
            )),
            5,
            &["reported"],
        ),
        (
            // "WASHINGTON-Reuters", "LAGOS – AFP –": a wire dateline whose city in capitals
            // is joined to the agency (`data/lexicon/media.tsv`) by a dash, not a bracket.
            re(&format!(
                r"^[A-Z][A-Z.'’]+(?:\s[A-Z][A-Z.'’]+){{0,2}}\s*[-–—]\s*({})\s*(?:$|[-–—:])",
                agency_names()
            )),
            8,
            &["-", "–", "—"],
        ),
        (
            // "(Bloomberg) -- The deadly surge …": the outlet's name in brackets, a dash,
            // then the story.
            re(r"^\(([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\)\s*(?:--|[-–—])\s*[A-Z\d]"),
            6,
            &["("],
        ),
        (
            // "Connect With Outlet": the outlet's own links to its social pages, a heading of
            // its footer.
            re(&format!(r"^(?i:connect\s+with)\s+(?:the\s+)?{NAME}$")),
            4,
            &["connect"],
        ),
        (
            // "By Ann Lee, Bo Chan and Sam Dee, Outlet": several reporters, then the outlet
            // after the last comma (one reporter before it is the older byline rule's).
            re(&format!(
                r"^(?:By|BY)\s+[^,]{{3,60}}(?:,\s+[^,]{{3,60}})*\s+and\s+[^,]{{3,60}},\s+{NAME}$"
            )),
            5,
            &["by"],
        ),
        (
            // "By Outlet News, outlet.ca": the outlet's desk as the byline, its address after.
            re(&format!(
                r"(?:^|\|\s*)(?:By|BY)\s+{NAME},\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{{2,6}}){{1,2}}$"
            )),
            6,
            &["by"],
        ),
        (
            // "From Outlet's Jane Doe": a live page's entry credited to the outlet's reporter.
            re(&format!(
                r"^From\s+{NAME}['’]s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}$"
            )),
            4,
            &["from"],
        ),
        (
            // "source – AGENCY", "Source - Outlet": the source line with a dash for a colon.
            re(&format!(r"^(?i:source)\s+[-–—]\s+(?:the\s+)?{NAME}\s*$")),
            10,
            &["source"],
        ),
        (
            // "outlet.ca (© Copyright: (C) Outlet Corporation, http://…)": a feed's line with
            // the outlet's address, then its copyright in brackets.
            re(&format!(
                r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z]{{2,6}}){{1,2}}\s+\(\s*(?:©\s*)?(?i:copyright)?\s*:?\s*(?:©|\((?i:c)\))?\s*(?:\d{{4}}\s+)?(?:the\s+)?{NAME}"
            )),
            6,
            &["©", "(c)", "copyright"],
        ),
        (
            // "Xinhua, April 17, 2014": a wire agency's name (`data/lexicon/media.tsv`) and the
            // story's date as the line under the headline.
            re(&format!(
                r"^({}),\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)",
                agency_names()
            )),
            6,
            &[","],
        ),
    ]
});

/// Newspapers' masthead words (`data/lexicon/media.tsv`), as a regex alternation.
fn masthead_names() -> String {
    MEDIA
        .words("masthead")
        .iter()
        .map(|w| regex::escape(&capitalise(w)))
        .collect::<Vec<_>>()
        .join("|")
}

/// Wire agencies and services by name (`data/lexicon/media.tsv`), as a regex alternation.
fn agency_names() -> String {
    let mut names: Vec<String> = ["agency", "wire"]
        .iter()
        .flat_map(|k| MEDIA.words(k).iter())
        .map(|w| format!("(?i:{})", regex::escape(w)))
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

/// "Associated Press", "PTI": a line that is nothing but a wire agency's name
/// (`data/lexicon/media.tsv`).
fn agency_line(line: &str) -> Option<String> {
    let name = line.trim();
    let bare = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    let lower = bare.to_lowercase();
    // "Kyodo News", "Xinhua News Agency": the agency's short name and what it is.
    let short = lower
        .strip_suffix(" news agency")
        .or_else(|| lower.strip_suffix(" news"))
        .unwrap_or(&lower);
    (bare.split_whitespace().count() <= 5
        && ["agency", "wire"]
            .iter()
            .any(|k| MEDIA.has(k, &lower) || MEDIA.has(k, short)))
    .then(|| bare.to_string())
}

/// A word of a newspaper's name: capitalised, of letters, digits and "&'’-".
fn is_name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_alphanumeric() || "&'’-".contains(c))
}

/// "Belfast Telegraph", "The Daily Inquirer (Manila)": a line that is nothing but a
/// newspaper's name, its masthead word last.
fn masthead_line(line: &str) -> Option<String> {
    const NAME_WORDS: usize = 3;
    let line = line.trim();
    // A place in brackets after the name ("The Nation (Nairobi)").
    let name = match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, place)) if place.starts_with(char::is_uppercase) => name.trim(),
        _ => line,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let named = if *first == "The" { rest } else { &words[..] };
    (!named.is_empty()
        && named.len() <= NAME_WORDS
        && named.iter().all(|w| is_name_word(w))
        && named.last().is_some_and(|w| MEDIA.has("masthead", w)))
    .then(|| name.to_string())
}

/// "Content image - Phnom Penh Post", "Yomiuri Shimbun photos": a short line of the page's
/// furniture (a credit, a caption's tail) holding a newspaper's name, its masthead word last.
pub fn masthead_in_furniture(line: &str) -> Option<String> {
    const SHORT_LINE: usize = 8;
    const NAME_WORDS: usize = 4;
    const OTHER_WORDS: usize = 3;
    if line.split_whitespace().count() > SHORT_LINE {
        return None;
    }
    line.split([':', '|', '/', '(', ')'])
        .flat_map(|part| part.split(" - "))
        .find_map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let last = words
                .iter()
                .rposition(|w| MEDIA.has("masthead", w.trim_end_matches([',', '.'])))?;
            let first = (0..=last)
                .rev()
                .take_while(|&k| is_name_word(words[k].trim_end_matches([',', '.'])))
                .last()?;
            let named = &words[first..=last];
            let others = words.len() - named.len();
            let name = named.join(" ");
            let name = name.trim_end_matches([',', '.']);
            (named.len() >= 2 && named.len() <= NAME_WORDS && others <= OTHER_WORDS)
                .then(|| name.strip_prefix("The ").unwrap_or(name).to_string())
        })
}

/// News agencies, wires and mastheads (`data/lexicon/media.tsv`).
pub(crate) static MEDIA: LazyLock<brief_text::lexicon::WordTable> = LazyLock::new(|| {
    brief_text::lexicon::WordTable::parse(include_str!("../../../data/lexicon/media.tsv"))
});

/// How many lines from the top the page's header (masthead, byline, stamp) may run to.
const HEADER_LINES: usize = 15;

/// Words in a line that starts the story rather than sitting in its header.
const PARAGRAPH_WORDS: usize = 20;

/// The outlet the page's header names: its masthead ("Bangkok Post", "• ECO News",
/// "The Guardian - UK", "7Dnews London") or its own address ("https://outlet.com/2024/…"),
/// on a line of its own between the title and the story.
fn header_outlet(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .skip(1)
        .take(HEADER_LINES)
        .map(|l| l.trim())
        .take_while(|l| l.split_whitespace().count() < PARAGRAPH_WORDS)
        .find_map(|l| page_address(l).or_else(|| masthead_in_header(l)))
}

/// "https://www.outlet.com/2024/03/24/story.html": the site a pasted page's address is on.
fn page_address(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("https://")
        .or_else(|| line.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/')?;
    // An article's address carries its date or its number; a link to anything else
    // (an advert, a section) in the header says nothing of who published the story.
    let dated = path.contains("/20") || path.starts_with("20");
    let numbered = path
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 6);
    if !(dated || numbered) || line.contains(char::is_whitespace) {
        return None;
    }
    let labels: Vec<&str> = host.trim_start_matches("www.").split('.').collect();
    // "outlet.co.uk": a country's second level counts with the name.
    let keep = match labels.as_slice() {
        [.., second, top] if top.len() == 2 && ["co", "com", "org", "net"].contains(second) => 3,
        _ => 2,
    };
    (labels.len() >= keep
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')))
    .then(|| labels[labels.len() - keep..].join("."))
}

/// "ECO News", "The Guardian - UK", "7Dnews London": a name whose last word is a
/// masthead's or an outlet's, without a section's word or a place among the others.
fn masthead_in_header(line: &str) -> Option<String> {
    let line = line.trim_start_matches(['•', '·', '-', '*', ' ']);
    // "The Guardian - UK", "World Bulletin / News Desk": the name before the separator.
    let line = [" - ", " – ", " — ", " / ", " | "]
        .iter()
        .filter_map(|sep| line.split_once(sep).map(|(name, _)| name))
        .min_by_key(|name| name.len())
        .unwrap_or(line);
    // "The Nation (Nairobi)": the place in brackets is no part of the name.
    let line = match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, _)) => name,
        None => line,
    }
    .trim();
    let mut words: Vec<&str> = line.split_whitespace().collect();
    // "7Dnews London": the desk's city after the name.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| brief_text::gazetteer::GAZETTEER.lookup(w).is_some())
    {
        words.pop();
    }
    let named = match words.split_first() {
        Some((&"The", rest)) => rest,
        _ => &words[..],
    };
    // "allAfrica.com": a camel-cased address counts as capitalised.
    let name_word = |w: &&str| {
        (w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
            || (w.contains('.') && w.chars().any(|c| c.is_ascii_uppercase())))
            && w.chars()
                .all(|c| c.is_alphanumeric() || "&'’-.".contains(c))
    };
    // "The Globe and Mail": a joining word between the name's words.
    let inner_joining =
        |k: usize, w: &&str| k > 0 && k + 1 < named.len() && ["and", "of", "&"].contains(w);
    if named.is_empty()
        || named.len() > 4
        || !named
            .iter()
            .enumerate()
            .all(|(k, w)| name_word(w) || inner_joining(k, w))
    {
        return None;
    }
    let (last, others) = named.split_last()?;
    // "Bangkok Post": a newspaper is named for its city; "India News" is a section.
    let masthead = MEDIA.has("masthead", last);
    let plain = |w: &&str| {
        !MEDIA.has("section", &w.to_lowercase())
            && (masthead || brief_text::gazetteer::GAZETTEER.lookup(w).is_none())
    };
    let outlet_word = masthead || MEDIA.has("outlet-word", last);
    // "7Dnews": one word that is a news site's name.
    let one_news_word = others.is_empty()
        && last.len() > 4
        && last.to_lowercase().ends_with("news")
        && *last != "News";
    // "New Zimbabwe.com": the site's name as its address.
    let site_name = named.len() <= 3
        && [".com", ".net", ".org"]
            .iter()
            .any(|tld| last.len() > tld.len() + 2 && last.ends_with(tld));
    ((outlet_word && !others.is_empty() && others.iter().all(plain)) || one_news_word || site_name)
        .then(|| words.join(" "))
}

/// "Firstpost | New Delhi | March 12, 2024", "Outlet • 2 min read", "Outlet 1.2K views": an
/// outlet's one-word name (or initials) beside the page's place, date, time or view count.
/// Beside a date alone the word may as well be the story's place ("Kerala | 12 March"): it
/// counts only if no sentence of the page uses it, as the story's place would.
fn outlet_beside_stamp(line: &str, lines: &[&str]) -> Option<String> {
    static BESIDE: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^([A-Z][A-Za-z0-9]+(?:\.(?:com|net|org|in|pk|ng|co))?)\s*(?:[|•·]\s*(.+)|\s+([\d.,]+\s*[KkMm]?\s+(?i:views|reads)|\d+\s+(?i:min(?:ute)?s?\s+read)).*)$",
        )
    });
    static STAMP: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"^(?:@\w+|(?i:updated|published|posted)\b|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d\d|[\d.,]+\s*[KkMm]?\s+(?i:views|reads)|\d+\s+(?i:min(?:ute)?s?\s+read))",
        )
    });
    if line.split_whitespace().count() > 15 {
        return None;
    }
    let caps = BESIDE.captures(line.trim())?;
    let name = caps.get(1)?.as_str();
    let lower = name.to_lowercase();
    if MEDIA.has("stamp-label", &lower)
        || MEDIA.has("section", &lower)
        || MEDIA.has("not-outlet", &lower)
        || brief_text::gazetteer::GAZETTEER.lookup(name).is_some()
    {
        return None;
    }
    if caps.get(3).is_some() {
        return Some(name.to_string());
    }
    // What follows the separator: a stamp, or a place ("New Delhi", "Kyiv, Ukraine").
    let next = caps.get(2)?.as_str();
    let segment = next
        .split(['|', '•', '·', ','])
        .next()
        .unwrap_or(next)
        .trim();
    let beside_place = brief_text::gazetteer::GAZETTEER.lookup(segment).is_some();
    let in_a_sentence = || {
        lines
            .iter()
            .any(|l| l.split_whitespace().count() >= 10 && names_word(l, name))
    };
    (beside_place || (STAMP.is_match(next) && !in_a_sentence())).then(|| name.to_string())
}

/// Whether `line` holds `word` as a whole word, in any case or as a web address's name
/// ("FIRSTPOST", "firstpost.com").
fn names_word(line: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    line.split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter_map(|w| w.split('.').find(|part| !part.is_empty() && *part != "www"))
        .any(|w| w.to_lowercase() == word)
}

/// "FirstpostThe UN said …": the outlet's label run into the story's first sentence, as a
/// page copied from the browser leaves it. A dateline's place runs in the same way
/// ("BarcelonaAt least …"), so the label counts only if the page names it once more.
fn label_glued_to_sentence(line: &str, lines: &[&str]) -> Option<String> {
    static GLUED: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^([A-Z][a-z]{3,}(?:[A-Z][a-z]+)?)(?:The|A|An|In|At|On|As|After)\s+\S+\s+\S+")
    });
    let name = GLUED.captures(line)?.get(1)?.as_str();
    (brief_text::gazetteer::GAZETTEER.lookup(name).is_none()
        && lines.iter().any(|l| *l != line && names_word(l, name))
        && !MEDIA.has("section", &name.to_lowercase())
        && !MEDIA.has("stamp-label", &name.to_lowercase()))
    .then(|| name.to_string())
}

/// "Daily US Times: Iraqi officials say …", "GNN Media: Representational Photo": a
/// masthead's name as the label of the story's first paragraph or of a picture.
fn masthead_label(line: &str) -> Option<String> {
    let (label, rest) = line.split_once(": ")?;
    (label.len() <= 40 && rest.starts_with(|c: char| c.is_uppercase()))
        .then(|| masthead_in_header(label))
        .flatten()
}

/// Fewer words than this on a line of the header: a menu's item, not a teaser or a caption.
const MENU_ITEM_WORDS: usize = 8;

/// "DMG Newsroom" above or below "06 Mar 2023": a masthead beside the story's date in the
/// page's header, wherever the header's long lines (a teaser, a caption) leave it.
fn masthead_beside_date(lines: &[&str]) -> Option<String> {
    static DATE: LazyLock<Pattern> = LazyLock::new(|| {
        re(r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})")
    });
    let is_date = |i: usize| lines.get(i).is_some_and(|l| DATE.is_match(l.trim()));
    (1..=HEADER_LINES.min(lines.len().saturating_sub(1))).find_map(|i| {
        let name = masthead_in_header(lines[i].trim())?;
        // Above the date, the name must not close a run of short lines: a menu's last item
        // ("Breakingviews" / "Company News" / "August 15, 2018") is a section.
        let after_menu = lines[i - 1].split_whitespace().count() < MENU_ITEM_WORDS
            && !lines[i - 1].trim().is_empty()
            && i > 1;
        (is_date(i - 1) || (is_date(i + 1) && !after_menu)).then_some(name)
    })
}

/// "Bol News has obtained medical reports", "Harbour Daily learnt": an outlet (its name's last
/// word a masthead's or an outlet's, `data/lexicon/media.tsv`) telling what it found out.
fn outlet_found_out(line: &str) -> Option<String> {
    static FOUND: LazyLock<Pattern> = LazyLock::new(|| {
        re(&format!(
            r"(?:^|[.,;]\s+|\s)(?:the\s+)?{NAME}\s+(?:has\s+|have\s+)?(?:obtained|learnt|learned|gathered|understands|can reveal|has seen)(?-u:\b)"
        ))
    });
    if ![
        "obtained",
        "learnt",
        "learned",
        "gathered",
        "understands",
        "can reveal",
        "has seen",
    ]
    .iter()
    .any(|v| line.contains(v))
    {
        return None;
    }
    let name = tidy_name(FOUND.captures(line)?.get(1)?.as_str());
    let last = name.rsplit(' ').next()?;
    (name.contains(' ')
        && (MEDIA.has("masthead", last) || MEDIA.has("outlet-word", last))
        && could_be_outlet(&name))
    .then_some(name)
}

/// The most strongly evidenced outlet name, if any evidence is positive.
pub fn find_publisher(lines: &[&str]) -> Option<String> {
    let mut scores: BTreeMap<String, i32> = BTreeMap::new();
    if let Some(name) = header_outlet(lines) {
        *scores.entry(name).or_default() += 6;
    }
    for line in lines {
        for name in [
            outlet_beside_stamp(line, lines),
            label_glued_to_sentence(line, lines),
            masthead_label(line),
        ]
        .into_iter()
        .flatten()
        {
            *scores.entry(name).or_default() += 5;
        }
        if let Some(name) = agency_line(line) {
            *scores.entry(name).or_default() += 3;
        } else if let Some(name) = masthead_line(line) {
            if brief_text::gazetteer::GAZETTEER.lookup(&name).is_none() {
                *scores.entry(name).or_default() += 2;
            }
        }
        let lower = line.to_ascii_lowercase();
        let present = patterns_with_needles(&lower);
        for (k, (pattern, weight, _)) in EVIDENCE.iter().enumerate() {
            if present & (1 << k) == 0 {
                continue;
            }
            for caps in pattern.captures_iter(line) {
                // The first group that took part: a pattern of several shapes names the
                // outlet in whichever of its groups matched.
                let Some(name) = caps
                    .iter()
                    .skip(1)
                    .flatten()
                    .next()
                    .map(|m| tidy_name(m.as_str()))
                else {
                    continue;
                };
                // "Copyright Jane Doe/Agency": a photographer's credit names a person.
                let credits_a_photographer = lower.contains("copyright")
                    && caps
                        .iter()
                        .skip(1)
                        .flatten()
                        .next()
                        .is_some_and(|m| line[m.end()..].starts_with('/'));
                if !could_be_outlet(&name) || credits_a_photographer {
                    continue;
                }
                *scores.entry(name).or_default() += weight;
            }
        }
    }
    if let Some(name) = masthead_beside_date(lines) {
        *scores.entry(name).or_default() += 6;
    }
    for name in lines.iter().filter_map(|l| outlet_found_out(l)) {
        *scores.entry(name).or_default() += 5;
    }
    if let Some(name) = crate::publisher_cues::header_name_confirmed(lines) {
        *scores.entry(name).or_default() += 6;
    }
    if let Some(name) = crate::publisher_cues::lede_credit(lines) {
        *scores.entry(name).or_default() += 5;
    }
    for name in crate::publisher_lines::outlets_by_shape(lines) {
        *scores.entry(name).or_default() += 5;
    }
    for (name, mentions) in crate::publisher_cues::told_outlets(lines) {
        *scores.entry(name).or_default() += TOLD_WEIGHT * mentions as i32;
    }
    scores
        .into_iter()
        .filter(|(_, s)| *s > 0)
        .max_by_key(|(name, s)| (*s, std::cmp::Reverse(name.clone())))
        .map(|(n, _)| n)
}

/// The evidence patterns' needles in one automaton, each with the pattern it belongs to.
static NEEDLES: LazyLock<(aho_corasick::AhoCorasick, Vec<u32>)> = LazyLock::new(|| {
    let (mut words, mut owner) = (Vec::new(), Vec::new());
    for (k, (_, _, needles)) in EVIDENCE.iter().enumerate() {
        for n in *needles {
            words.push(*n);
            owner.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
    }
    let finder = aho_corasick::AhoCorasick::new(words).expect("the needles build a finder");
    (finder, owner)
});

/// Which evidence patterns could match a lowercased line, as bits: those one of whose needles
/// it holds, all found in one pass rather than a search per needle.
fn patterns_with_needles(lower: &str) -> u64 {
    let (finder, owner) = &*NEEDLES;
    finder
        .find_overlapping_iter(lower)
        .fold(0, |set, m| set | 1 << owner[m.pattern().as_usize()])
}

/// Weight of one mention of an outlet the story says people spoke to.
const TOLD_WEIGHT: i32 = 2;

/// Whether a name a pattern caught can be an outlet's: "news updates from India": a country
/// is none, nor a reporter's title or a pronoun.
pub(crate) fn could_be_outlet(name: &str) -> bool {
    !(name.is_empty()
        || joins_two_names(name)
        || MEDIA.has("not-outlet", &name.to_lowercase())
        || names_a_reporter(name)
        || names_two_people(name)
        || opens_with_a_pronoun(name)
        || names_a_press_office(name)
        || brief_text::gazetteer::GAZETTEER.lookup(name).is_some())
}

/// "told the BBC the Damascus Rural Specialty Hospital …", "from AFP and Al-Jazeera": a run
/// of capitalised words joined by "the" in its middle, or an agency's name and another
/// joined by "and", is two names, not one outlet's.
fn joins_two_names(name: &str) -> bool {
    if name.contains(" the ") {
        return true;
    }
    // ("news from Halle and I hope …": a pronoun after "and" opens a clause.)
    name.split_once(" and ").is_some_and(|(first, second)| {
        let first = first.trim().to_lowercase();
        MEDIA.has("agency", &first) || MEDIA.has("wire", &first) || second.trim() == "I"
    })
}

/// "Science Media Centre", "Army Media Cell": a body's press office
/// (`data/lexicon/media.tsv`), which speaks for the body and publishes no news of its own.
fn names_a_press_office(name: &str) -> bool {
    let lower = name.to_lowercase();
    MEDIA
        .words("press-office")
        .iter()
        .any(|office| lower.ends_with(office.as_str()))
}

/// "Us Today" ("Connect With Us Today"): a pronoun opens a phrase, not an outlet's name.
fn opens_with_a_pronoun(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| MEDIA.has("reader-pronoun", &w.to_lowercase()))
}

/// "Bo Chan and Sam Dee": two names of two words or more joined by "and" are reporters; an
/// outlet's "and" joins single words ("Globe and Mail").
fn names_two_people(name: &str) -> bool {
    name.split_once(" and ").is_some_and(|(a, b)| {
        a.split_whitespace().count() >= 2 && b.split_whitespace().count() >= 2
    })
}

/// "Staff Writer", "Middle East Editor": a reporter's title after a byline, not an outlet.
fn names_a_reporter(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    MEDIA.has("reporter-title", &last)
        || last
            .strip_suffix('s')
            .is_some_and(|one| MEDIA.has("reporter-title", one))
}

/// Drops trailing "and news agencies", possessives and punctuation; capitalises a name
/// written in capitals ("EL PAÍS" → "El País") but keeps acronyms ("BBC").
pub(crate) fn tidy_name(name: &str) -> String {
    let mut name = name
        .trim()
        .trim_end_matches(['.', ',', ':', ';'])
        .to_string();
    for tail in [
        " Limited",
        " Ltd",
        " Inc",
        " LLC",
        " plc",
        " and news agencies",
        " and agencies",
        " and wire services",
        // A share or follow button run into the name on a pasted page ("ABC News Share").
        " Share",
        " Follow",
        " Subscribe",
        "'s",
        "’s",
    ] {
        if let Some(stripped) = name.strip_suffix(tail) {
            name = stripped.to_string();
        }
    }
    // A web address's short name is an acronym ("dw" → "DW").
    if name.len() <= 4 && name.chars().all(|c| c.is_ascii_lowercase()) {
        return name.to_ascii_uppercase();
    }
    let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.chars().all(|c| c.is_uppercase());
    if all_caps && letters.chars().count() > 4 && name.contains(' ') {
        name = name
            .split(' ')
            .map(capitalise)
            .collect::<Vec<_>>()
            .join(" ");
    }
    name
}

fn capitalise(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

static DATELINE_RE: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^([A-Z][A-Z .,'/-]*[A-Z],?{DATELINE_REGION}{DATELINE_DATE}\s*\([^)]{{2,40}}\))\s*[-–—:]"
    ))
});

/// The state or country a wire dateline may name after its city: "ATHENS, Greece (AP)",
/// "LITTLE ROCK, Ark. (AP)".
const DATELINE_REGION: &str = r"(?:,?\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?:\s*,)?)?";

/// The date a wire dateline may carry after its city: "MAPUTO, March 14 (Reuters)".
const DATELINE_DATE: &str = r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?";

/// The opening dateline of a paragraph, e.g. `BAKU (Reuters)`.
pub fn dateline(paragraph: &str) -> Option<String> {
    DATELINE_RE
        .captures(paragraph)
        .map(|c| c[1].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_evidence_patterns_fit_the_bits_of_their_needle_set() {
        assert!(EVIDENCE.len() <= 64, "{} patterns", EVIDENCE.len());
        assert_eq!(patterns_with_needles("source: xinhua") & 1, 1);
    }

    #[test]
    fn a_source_line_in_capitals_names_the_outlet_and_a_journey_does_not() {
        let lines = [
            "Macron said he would travel to Beirut on Thursday.",
            "SOURCE: Al Jazeera and news agencies",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Al Jazeera"));
        assert_eq!(
            find_publisher(&["He will travel to Beirut on Thursday."]),
            None
        );
    }

    #[test]
    fn a_line_that_is_only_an_agency_or_a_newspaper_names_the_outlet() {
        assert_eq!(
            find_publisher(&["Rescue boats searched the lake.", "Associated Press"]).as_deref(),
            Some("Associated Press")
        );
        assert_eq!(
            find_publisher(&["Belfast Telegraph", "The ferry sank."]).as_deref(),
            Some("Belfast Telegraph")
        );
        // A section label or a place on its own line is no outlet.
        assert_eq!(
            find_publisher(&["World News", "Jakarta", "The ferry sank."]),
            None
        );
    }

    #[test]
    fn a_dateline_may_end_with_a_colon() {
        assert_eq!(
            dateline("ISLAMABAD, April 10 (DNA): Pakistan on Sunday sent condolences.").as_deref(),
            Some("ISLAMABAD, April 10 (DNA)")
        );
    }

    #[test]
    fn datelines_of_new_shapes_name_the_agency_or_outlet() {
        let first = |line: &str| find_publisher(&[line, "The storm hit the town."]);
        assert_eq!(
            first("LITTLE ROCK, Ark. (AP) — A storm tore through the South.").as_deref(),
            Some("AP")
        );
        assert_eq!(
            first("KERCH, October 18. /TASS/. The authorities published a list.").as_deref(),
            Some("TASS")
        );
        assert_eq!(
            first("• TEMPO.CO, Jakarta - The submarine lost contact.").as_deref(),
            Some("TEMPO.CO")
        );
        assert_eq!(
            first("Reuters | Ouagadougou | Updated: 05-06-2021 16:49 IST").as_deref(),
            Some("Reuters")
        );
        assert_eq!(first("Kyodo News").as_deref(), Some("Kyodo News"));
        // A place and an editor before the stamp are no outlet.
        assert_eq!(
            first("Kerala | Edited by Anjali Thomas | Updated: July 31, 2024 10:45 am IST"),
            None
        );
    }

    #[test]
    fn a_wire_dateline_with_a_bracketed_region_names_the_agency() {
        let lines = ["Houston (Texas) [US], May 8 (ANI): The consulate expressed condolences."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("ANI"));
    }

    #[test]
    fn two_names_joined_are_no_outlet() {
        assert!(!could_be_outlet("BBC the Damascus Rural Specialty"));
        assert!(!could_be_outlet("AFP and Al-Jazeera"));
        assert!(!could_be_outlet("Halle and I"));
        assert!(could_be_outlet("Press and Journal"));
    }

    #[test]
    fn a_witness_who_told_an_agency_s_photographer_names_the_agency() {
        let lines = ["Soldiers opened fire, a protester told a Reuters photographer at the scene."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_meeting_with_someone_on_a_weekday_names_no_outlet() {
        let lines = ["Macron would hold a crisis meeting with PM Jean Castex on Thursday."];
        assert_eq!(find_publisher(&lines), None);
    }

    #[test]
    fn an_agency_after_a_place_in_ordinary_case_is_named() {
        let lines = ["Morbi,India (Reuters) – Police arrested nine people on Monday."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Reuters"));
    }

    #[test]
    fn staff_bylines_credit_lines_and_bracketed_openers_name_the_outlet() {
        let outlet = |line: &str| find_publisher(&[line]);
        assert_eq!(
            outlet("2024-06-26 09:29:21   source:Daily Courier").as_deref(),
            Some("Daily Courier")
        );
        assert_eq!(
            outlet("(NEWSX) In a raid early Sunday, police arrested four men.").as_deref(),
            Some("NEWSX")
        );
        assert_eq!(
            outlet("The Harbour Post Staff").as_deref(),
            Some("The Harbour Post")
        );
        assert_eq!(outlet("Agencies - Kyodo").as_deref(), Some("Kyodo"));
        assert_eq!(
            outlet("Lagos, Ada Obi,March 3, NAGENCY").as_deref(),
            Some("NAGENCY")
        );
        assert_eq!(outlet("Staff").as_deref(), None);
    }

    #[test]
    fn a_lowercase_brand_a_bracketed_opener_a_reporter_s_credit_and_a_masthead_beside_its_city() {
        let outlet = |line: &str| find_publisher(&[line]);
        assert_eq!(
            outlet("Copyright © africanews").as_deref(),
            Some("africanews")
        );
        assert_eq!(
            outlet("(The Center Square) President Donald Trump declared a major disaster.")
                .as_deref(),
            Some("The Center Square")
        );
        assert_eq!(
            outlet("Mayeni Jones, BBC News, Freetown").as_deref(),
            Some("BBC News")
        );
        assert_eq!(
            outlet("The Address | Benghazi – Libya").as_deref(),
            Some("The Address")
        );
        // A caption's credit in brackets and a menu are no outlet.
        assert_eq!(outlet("(File photo) Rescuers search the rubble."), None);
        assert_eq!(outlet("Home | World"), None);
    }

    #[test]
    fn bylines_datelines_and_link_headings_of_other_shapes_name_the_outlet() {
        let outlet = |line: &str| find_publisher(&[line]);
        assert_eq!(
            outlet("By Reuters Published: Tue 20 Sep 2022, 11:19 AM").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            outlet("By Jane Doe Published: Tue 20 Sep 2022").as_deref(),
            None
        );
        assert_eq!(
            outlet("by Reuters 02-08-2018 | 5:52 PM").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            outlet("Source: Xinhua Editor: Zhang Long").as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            outlet("Rome, May 18, (dpa/GNA) – At least 13 people have died.").as_deref(),
            Some("GNA")
        );
        assert_eq!(
            outlet("Abuja, June 19 (IANS) At least 60 people were killed.").as_deref(),
            Some("IANS")
        );
        assert_eq!(
            outlet("KABUL (Khaama Press): The harsh winter has taken many lives.").as_deref(),
            Some("Khaama Press")
        );
        assert_eq!(outlet("By The Rainbow").as_deref(), Some("Rainbow"));
        assert_eq!(
            outlet("More from GlobalPost: Violence kills nearly 200").as_deref(),
            Some("GlobalPost")
        );
    }

    #[test]
    fn an_outlets_desk_names_the_outlet() {
        let lines = ["FPJ Web DeskUpdated: Sunday, August 06, 2023, 03:45 PM IST"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("FPJ"));
    }

    #[test]
    fn an_originally_published_notice_names_the_outlet() {
        let lines = ["This article was originally published on The Valley Courier."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Valley Courier"));
        let lines = ["This story originally appeared on valleycourier.com."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("valleycourier.com"));
    }

    #[test]
    fn the_outlet_reporting_is_named_not_the_agency_it_cites() {
        let lines = ["Two bridges were damaged, reports Valley Wire citing Reuters."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Valley Wire"));
    }

    #[test]
    fn the_outlet_after_a_byline_is_the_publisher_and_a_title_is_not() {
        assert_eq!(
            find_publisher(&["By Rajini Vaidyanathan, BBC News"]).as_deref(),
            Some("BBC News")
        );
        assert_eq!(find_publisher(&["By Jane Doe, Senior Correspondent"]), None);
    }

    #[test]
    fn source_line_wins_over_mentions() {
        let lines = [
            "The minister told Reuters on Monday.",
            "Source: The Tribune and news agencies",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("The Tribune"));
    }

    #[test]
    fn subscription_plea_names_the_outlet() {
        let lines = ["Join LA GACETA to follow all the news and read without limits."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("La Gaceta"));
    }

    #[test]
    fn contributor_is_not_the_publisher() {
        let lines = [
            "“It is bad,” said the mayor in an interview from the town with the Herald.",
            "AP contributed to this report",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Herald"));
    }

    #[test]
    fn cannot_verify_names_the_outlet() {
        let lines = ["Al Jazeera was unable to verify the claim."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Al Jazeera"));
    }

    #[test]
    fn dateline_is_found() {
        assert_eq!(
            dateline("LIMA (EFE) - Floods hit").as_deref(),
            Some("LIMA (EFE)")
        );
        assert_eq!(dateline("Floods hit LIMA"), None);
        assert_eq!(
            dateline("MAPUTO, March 14 (Reuters) - Cyclone Idris tore").as_deref(),
            Some("MAPUTO, March 14 (Reuters)")
        );
        assert_eq!(
            find_publisher(&["ATHENS, Greece (AP) — A wildfire fanned by winds"]).as_deref(),
            Some("AP")
        );
        assert_eq!(
            find_publisher(&["Copyright 2024 The Associated Press. All rights reserved."])
                .as_deref(),
            Some("Associated Press")
        );
        assert_eq!(
            find_publisher(&["Russia said the claim breached copyright law."]),
            None
        );
        assert_eq!(
            find_publisher(&["MAPUTO, March 14 (Reuters) - Cyclone Idris tore through"]).as_deref(),
            Some("Reuters")
        );
    }

    #[test]
    fn a_dateline_in_ordinary_case_names_its_agency() {
        assert_eq!(
            find_publisher(&["March 4 (UPI) -- The governor was shot dead on Saturday."])
                .as_deref(),
            Some("UPI")
        );
        assert_eq!(
            find_publisher(&["Odesa, Ukraine, Mar 29 (EFE).- A rocket hit the building."])
                .as_deref(),
            Some("EFE")
        );
    }

    #[test]
    fn wire_datelines_of_more_shapes_name_the_outlet() {
        let first = |line: &str| find_publisher(&[line, "The storm hit the town."]);
        assert_eq!(
            first("ERBIL (Valley 24) – The council sacked the governor.").as_deref(),
            Some("Valley 24")
        );
        assert_eq!(
            first("Harbourtown (HTN) - At least 15 people were killed.").as_deref(),
            Some("HTN")
        );
        assert_eq!(
            first("Islamabad (XNA) Nov 02, 2005").as_deref(),
            Some("XNA")
        );
        assert_eq!(
            first("Khartoum, 3 June 2019 (dpa/XNA) – The UN condemned the force.").as_deref(),
            Some("XNA")
        );
        assert_eq!(
            first("DUSHANBE (Valley News / Sputnik - 16th September, 2022) The committee said.")
                .as_deref(),
            Some("Valley News")
        );
        assert_eq!(
            first("Accra, Sept. 5, XNA – The bloc condemned the coup.").as_deref(),
            Some("XNA")
        );
        assert_eq!(
            first("Jakarta, Harbour Sentinel — A landslide struck a mine.").as_deref(),
            Some("Harbour Sentinel")
        );
        // A place and its country before the dash name no outlet.
        assert_eq!(first("Kyiv, Ukraine — A missile struck a building."), None);
        assert_eq!(first("London, UK - A storm hit."), None);
    }

    #[test]
    fn bylines_crediting_an_outlet_name_it() {
        let outlet = |line: &str| find_publisher(&[line, "The storm hit the town."]);
        assert_eq!(outlet("By: XW").as_deref(), Some("XW"));
        assert_eq!(outlet("Text by: XFI Follow").as_deref(), Some("XFI"));
        assert_eq!(outlet("By Drum Digital").as_deref(), Some("Drum Digital"));
        assert_eq!(
            outlet("By Valley Bharat English Team").as_deref(),
            Some("Valley Bharat English")
        );
        assert_eq!(
            outlet("By Marcela Rodrigues The Harbour Morning News").as_deref(),
            Some("The Harbour Morning News")
        );
        assert_eq!(
            outlet("By Ann Lee,Bo Chan and Sarah Dadouch Harbour Post").as_deref(),
            Some("Harbour Post")
        );
        // A reporter's name alone is no outlet.
        assert_eq!(outlet("By Jane Doe"), None);
        assert_eq!(outlet("By Ann Lee and Sarah Dadouch"), None);
    }

    #[test]
    fn an_outlet_pointing_to_its_own_app_station_or_pages_is_named() {
        let outlet = |line: &str| find_publisher(&["The storm hit the town.", line]);
        assert_eq!(outlet("Support the XCIR").as_deref(), Some("XCIR"));
        assert_eq!(
            outlet("Join the XCIR WhatsApp channel for in-depth reports.").as_deref(),
            Some("XCIR")
        );
        assert_eq!(outlet("3. Skip to more XW sites").as_deref(), Some("XW"));
        assert_eq!(
            outlet("Stay up to date with notifications from The Harbour Post").as_deref(),
            Some("The Harbour Post")
        );
        assert_eq!(
            outlet("Get all the news on your phone with the all-new Valley Today app.").as_deref(),
            Some("Valley Today")
        );
        assert_eq!(
            outlet("For the latest updates tune into Harbour Talk radio.").as_deref(),
            Some("Harbour Talk")
        );
        assert_eq!(
            outlet("Stay informed with the Harbour’s leading coverage.").as_deref(),
            Some("Harbour")
        );
        // Support for a cause or a country is no outlet.
        assert_eq!(outlet("Support Ukraine"), None);
    }

    #[test]
    fn a_pointer_to_the_full_story_or_a_source_address_names_the_outlet() {
        let outlet = |line: &str| find_publisher(&["The storm hit the town.", line]);
        assert_eq!(outlet("Read the full story at XPR").as_deref(), Some("XPR"));
        assert_eq!(
            outlet(
                "Find the full article at: https://edition.valleynews.com/2024/08/14/story.html"
            )
            .as_deref(),
            Some("edition.valleynews.com")
        );
        assert_eq!(
            outlet("Source: www.valleyweb.com").as_deref(),
            Some("www.valleyweb.com")
        );
    }

    #[test]
    fn a_masthead_or_the_page_s_address_in_the_header_names_the_outlet() {
        let page = |header: &str| {
            find_publisher(&[
                "Storm kills 12",
                header,
                "The storm hit the town on Monday night, tearing roofs off houses and cutting power to thousands of homes.",
                "A farmer told Reuters that the water rose in minutes.",
            ])
        };
        assert_eq!(page("• Harbour News").as_deref(), Some("Harbour News"));
        assert_eq!(
            page("The Harbour Post - UK").as_deref(),
            Some("The Harbour Post")
        );
        assert_eq!(
            page("The Harbour Guardian (Nairobi)").as_deref(),
            Some("The Harbour Guardian")
        );
        assert_eq!(page("7Dvalleynews London").as_deref(), Some("7Dvalleynews"));
        assert_eq!(page("XMG Newsroom").as_deref(), Some("XMG Newsroom"));
        assert_eq!(page("Jakarta Post").as_deref(), Some("Jakarta Post"));
        assert_eq!(page("New Valley.com").as_deref(), Some("New Valley.com"));
        assert_eq!(page("allValley.com").as_deref(), Some("allValley.com"));
        // A link to an advert in the header is no page's address.
        assert_eq!(
            page("https://www.arena.example.com/music/671/concert").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            page("https://valleyglobe.com/20240324/1117515544.html").as_deref(),
            Some("valleyglobe.com")
        );
        // A section's label or a place's news is no masthead: the body's mention stands.
        assert_eq!(page("World News").as_deref(), Some("Reuters"));
        assert_eq!(page("India News").as_deref(), Some("Reuters"));
        assert_eq!(page("Latest News").as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_newspaper_named_in_a_credit_line_is_the_publisher() {
        assert_eq!(
            masthead_in_furniture("Content image - Riverside Post").as_deref(),
            Some("Riverside Post")
        );
        assert_eq!(
            masthead_in_furniture("Asahi Shimbun photos").as_deref(),
            Some("Asahi Shimbun")
        );
        assert_eq!(masthead_in_furniture("Post"), None);
        assert_eq!(masthead_in_furniture("Follow us on the Herald"), None);
    }

    #[test]
    fn an_outlet_beside_its_place_date_or_view_count_is_named() {
        let outlet = |line: &str| find_publisher(&["The storm hit the town.", line]);
        assert_eq!(
            outlet("Valleypost | New Delhi | March 12, 2024").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(
            outlet("Valleypost • 2 min read").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(
            outlet("Valleypost 1.2K views").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(outlet("XNN | 12 March 2024 10:45").as_deref(), Some("XNN"));
        // A place, a section or a stamp's label beside the date is no outlet.
        let page = [
            "Kerala | 12 March 2024",
            "Rain lashed Kerala for a third day on Monday, and rivers burst their banks.",
        ];
        assert_eq!(find_publisher(&page), None);
        assert_eq!(outlet("World | 12 March 2024"), None);
        assert_eq!(outlet("Updated | 12 March 2024"), None);
        assert_eq!(outlet("Also Read | Storm kills 12 in the south"), None);
    }

    #[test]
    fn an_outlet_s_label_run_into_the_first_sentence_is_named() {
        let outlet = |line: &str| find_publisher(&[line]);
        let page = [
            "ValleypostThe UN said on Monday that aid would reach the town.",
            "© 2024 Valleypost",
        ];
        assert_eq!(find_publisher(&page).as_deref(), Some("Valleypost"));
        // A dateline's place run into the sentence is no outlet.
        assert_eq!(
            outlet("BarcelonaAt least 59 people died in a fire at a nightclub."),
            None
        );
    }

    #[test]
    fn copyright_republication_citing_and_caption_credits_of_more_shapes_name_the_outlet() {
        let outlet = |line: &str| find_publisher(&["The storm hit the town.", line]);
        assert_eq!(
            outlet("© Copyright 2024 Valleypost").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(
            outlet("© 2020-2024 valleypost.co.ke").as_deref(),
            Some("valleypost.co.ke")
        );
        assert_eq!(
            outlet("This story first appeared on valleypost.co.ke.").as_deref(),
            Some("valleypost.co.ke")
        );
        assert_eq!(
            outlet("Two bridges were damaged, writes Valley Wire, quoting Reuters.").as_deref(),
            Some("Valley Wire")
        );
        assert_eq!(
            outlet("Rescuers search the rubble. Photo: Valleypost's Jane Doe").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(
            outlet("Valleypost’s Jane Doe reports from the town.").as_deref(),
            Some("Valleypost")
        );
        assert_eq!(
            outlet("www.valleypost.co.ke").as_deref(),
            Some("valleypost.co.ke")
        );
        // A file's name, a minister's aide and a court's copyright ruling are no outlet.
        assert_eq!(outlet("rubble.jpg"), None);
        assert_eq!(
            outlet("The president’s John Kirby said the aid would come."),
            None
        );
        assert_eq!(
            outlet("Russia said the claim breached copyright law."),
            None
        );
        assert_eq!(outlet("People fled the town. © XVGE, via Reuters"), None);
        assert_eq!(
            outlet("It said, reported XNI, citing Valley News. More police were sent."),
            None
        );
        assert_eq!(
            outlet("There was a (People's Defence Force) office opening."),
            None
        );
    }

    #[test]
    fn a_lede_under_a_dateline_credited_to_the_outlet_names_it() {
        let outlet = |line: &str| find_publisher(&[line]);
        assert_eq!(
            outlet("KURRAM: At least 38 died in firing on vans, Valley News reported.").as_deref(),
            Some("Valley News")
        );
        // Without the dateline the report may be another outlet's.
        assert_eq!(
            outlet("At least 38 died in firing on vans, Valley News reported."),
            None
        );
    }

    #[test]
    fn a_masthead_labelling_the_story_or_a_picture_names_the_outlet() {
        let outlet = |line: &str| find_publisher(&[line]);
        assert_eq!(
            outlet("Valley US Times: Officials say at least 20 people were killed.").as_deref(),
            Some("Valley US Times")
        );
        assert_eq!(
            outlet("XNN Media: Representational Photo").as_deref(),
            Some("XNN Media")
        );
        // A section's label or a place before the colon is no outlet.
        assert_eq!(outlet("World News: Storm kills 12 in the south"), None);
        assert_eq!(outlet("KURRAM: At least 38 died in firing on vans."), None);
    }

    #[test]
    fn an_outlet_beside_a_reporter_or_a_stamp_is_named() {
        assert_eq!(
            find_publisher(&["Jane Cruz - Examplenews.com"]).as_deref(),
            Some("Examplenews.com")
        );
        assert_eq!(
            find_publisher(&["Wirenews • 21 November 2022 18:41"]).as_deref(),
            Some("Wirenews")
        );
        assert_eq!(find_publisher(&["Jane Cruz • 21 November 2022"]), None);
    }

    #[test]
    fn a_city_joined_to_an_agency_by_a_dash_is_a_wire_dateline() {
        let lines = [
            "NAIROBI-Reuters",
            "Floods swept away two bridges on Sunday.",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Reuters"));
        let lines = ["LIMA – AFP – Rescuers reached the village at dawn."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("AFP"));
        // A city and a person joined by a dash name no agency.
        assert_eq!(find_publisher(&["LIMA - Jane Ortiz"]), None);
    }

    #[test]
    fn an_outlet_in_brackets_before_a_double_dash_opens_the_story() {
        let lines = ["(Harbour Wire) -- The port reopened on Tuesday after the storm."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Harbour Wire"));
    }

    #[test]
    fn a_channel_s_number_is_part_of_its_name() {
        let lines = [
            "A spokesman told Channel 9 News that the mine was closed.",
            "The mine reopened a week later.",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Channel 9 News"));
    }

    #[test]
    fn a_byline_of_several_reporters_ends_in_the_outlet() {
        let lines = ["By Ann Lee, Bo Chan, Sam Dee and Kim Roe III, XTV"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("XTV"));
        // Reporters alone name no outlet.
        assert_eq!(find_publisher(&["By Ann Lee, Bo Chan and Sam Dee"]), None);
    }

    #[test]
    fn a_desk_byline_with_the_outlet_s_address_names_the_outlet() {
        let lines = ["Updated: Sun, 07 Jul 2013 | By Harbour News, harbournews.ca"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Harbour News"));
    }

    #[test]
    fn an_entry_from_the_outlet_s_reporter_names_the_outlet() {
        let lines = ["From XTV's Dana Whitfield", "The embassy closed its doors."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("XTV"));
    }

    #[test]
    fn a_source_line_with_a_dash_names_the_outlet() {
        let lines = ["The ferry sank at dawn.", "source – HARBOURNEWS"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("HARBOURNEWS"));
    }

    #[test]
    fn a_feed_s_copyright_in_brackets_after_the_address_names_the_outlet() {
        let lines = ["harbour.ca (© Copyright: (C) Harbour Broadcasting Corporation, http://harbour.ca/terms)"];
        assert_eq!(
            find_publisher(&lines).as_deref(),
            Some("Harbour Broadcasting Corporation")
        );
    }

    #[test]
    fn an_agency_and_a_date_under_the_headline_name_the_agency() {
        let lines = ["Talks resume", "Kyodo, March 3, 2019 Adjust font size:"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Kyodo"));
        // A reporter and a date name no outlet.
        assert_eq!(
            find_publisher(&["Talks resume", "Jane Doe, March 3, 2019"]),
            None
        );
    }

    #[test]
    fn a_masthead_with_a_joining_word_under_the_headline_names_the_outlet() {
        let lines = [
            "Town evacuated",
            "The Harbour and Mail",
            "The whole town was evacuated on Sunday after the train derailed near the station.",
        ];
        assert_eq!(
            find_publisher(&lines).as_deref(),
            Some("The Harbour and Mail")
        );
    }

    #[test]
    fn a_press_office_spoken_to_is_no_outlet() {
        let lines =
            ["A geologist told the Coastal Science Media Centre that the crater was unstable."];
        assert_eq!(find_publisher(&lines), None);
    }

    #[test]
    fn a_photographer_s_copyright_and_a_weekday_name_no_outlet() {
        let lines = ["Copyright Jane Doe/Copyright 2024 Harbour Wire. All rights reserved"];
        assert_ne!(find_publisher(&lines).as_deref(), Some("Jane Doe"));
        let lines = ["The boy was pulled out alive on Tuesday. The bodies were recovered later."];
        assert_eq!(find_publisher(&lines), None);
    }

    #[test]
    fn a_masthead_beside_the_date_under_a_long_teaser_names_the_outlet() {
        let lines = [
            "Fire leaves thousands homeless",
            "Aid agencies said on Monday that the camp had been hit by three fires in as many weeks, leaving families without shelter.",
            "06 Mar 2023",
            "XMG Newsroom",
            "A fire swept through the camp on Sunday.",
        ];
        assert_eq!(find_publisher(&lines).as_deref(), Some("XMG Newsroom"));
        // A menu's last item above the date is a section.
        let lines = [
            "Bridge collapses",
            "Markets",
            "Breakingviews",
            "Harbour News",
            "August 15, 2018 / 4:12 PM",
            "The bridge collapsed on Tuesday.",
        ];
        assert_eq!(masthead_beside_date(&lines), None);
    }

    #[test]
    fn an_outlet_telling_what_it_found_out_names_itself() {
        let lines = ["Harbour News has obtained the reports of the inquiry, which blame the crew."];
        assert_eq!(find_publisher(&lines).as_deref(), Some("Harbour News"));
        // A person who learnt something is no outlet.
        assert_eq!(
            find_publisher(&["Jane Doe learnt of the fire from a neighbour."]),
            None
        );
    }

    #[test]
    fn the_footer_s_connect_with_heading_names_the_outlet() {
        let lines = ["The ferry sank at dawn.", "Connect With HarbourWeb"];
        assert_eq!(find_publisher(&lines).as_deref(), Some("HarbourWeb"));
        assert_eq!(
            find_publisher(&["The ferry sank.", "Connect with us"]),
            None
        );
    }
}
