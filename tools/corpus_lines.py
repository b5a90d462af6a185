#!/usr/bin/env python3
"""Turn the labelled web-page corpora into pasted-text pages with a gold label per line.

Each page becomes `<out>/<corpus>/<id>.txt` in the form of a pasted seed: the headline on the
first line, then every block of the page (headings, paragraphs, list items, table cells,
captions) on a line of its own, scripts and styles dropped, as a browser's select-all gives it.
Beside it `<id>.json` holds the page's site (hostname) and, for every body line, the part of
its text that the hand-marked gold counts as the article (`gold`, "" for furniture).

    python3 tools/corpus_lines.py --dragnet /tmp/corpora/dragnet/dragnet_data \
        --l3s /tmp/corpora/l3s-gn1/page-signal-master --out /tmp/corpora/pages

Dragnet (CC BY 4.0): the gold is the article's text (the readers' comments after its marker
left out); a line's gold part is the run of its words that line up with the gold text
(difflib over the page's and the gold's words).
L3S-GN1 (research use; measure only): the gold page is the page itself with the spans marked;
headline (`x-nc-sel1`) and full text (`x-nc-sel2`) are content, as in the WSDM 2010 paper.

Needs lxml (`pip install lxml`).
"""

import argparse
import collections
import difflib
import json
import os
import re
import sys
from urllib.parse import urlparse

import lxml.html

# Elements whose start and end break the line, as a browser lays them out.
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "option",
}
# Elements whose text a person never pastes.
DROPPED_TAGS = {
    "script", "style", "noscript", "head", "template", "svg", "iframe", "object", "embed",
    "select", "textarea", "button", "input", "map", "canvas", "audio", "video", "math",
}
# Hosts of ads, trackers and share buttons, which many pages link to more than to themselves.
THIRD_PARTY = (
    "google", "doubleclick", "facebook", "twitter", "addthis", "digg", "reddit", "yahoo",
    "delicious", "stumbleupon", "technorati", "myspace", "linkedin", "feedburner", "adobe",
    "microsoft", "apple.com", "w3.org", "mozilla", "newsvine", "fark", "mixx", "quantcast",
    "adbrite", "atdmt", "2mdn", "yieldmanager", "overture", "mediaplex", "amazon",
)
CONTENT_CLASSES = {"x-nc-sel1", "x-nc-sel2"}
WORD_RE = re.compile(r"\w+", re.UNICODE)


def words(text):
    return WORD_RE.findall(text.lower())


def collapse(text):
    return " ".join(text.split())


def render(root, gold_of=None):
    """The page's blocks as lines. With `gold_of(element) -> bool`, each line also carries
    the text inside gold-marked elements. Returns [(text, gold_text)]."""
    lines = []
    cur_text, cur_gold = [], []

    def flush():
        text = collapse("".join(cur_text))
        gold = collapse("".join(cur_gold))
        if text:
            lines.append((text, gold))
        cur_text.clear()
        cur_gold.clear()

    def emit(s, gold):
        if s:
            cur_text.append(s)
            if gold:
                cur_gold.append(s)
            else:
                cur_gold.append(" ")

    def walk(el, gold):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in DROPPED_TAGS or not isinstance(el.tag, str):
            emit(el.tail, gold_parent(el, gold))
            return
        if gold_of is not None:
            here = gold_of(el)
            if here is not None:
                gold = here
        block = tag in BLOCK_TAGS
        if block:
            flush()
        emit(el.text, gold)
        for child in el:
            walk(child, gold)
        if block:
            flush()
        if tag == "img":
            pass
        tail_gold = gold_parent(el, gold)
        emit(el.tail, tail_gold)

    parent_gold = {}

    def gold_parent(el, gold):
        p = el.getparent()
        return parent_gold.get(p, gold) if p is not None else gold

    # Precompute each element's gold state so tails take their parent's.
    if gold_of is not None:
        def mark(el, gold):
            if isinstance(el.tag, str):
                here = gold_of(el)
                if here is not None:
                    gold = here
            parent_gold[el] = gold
            for c in el:
                mark(c, gold)
        mark(root, False)
    walk(root, False)
    flush()
    return lines


def l3s_gold_of(el):
    classes = set((el.get("class") or "").split())
    marked = {c for c in classes if c.startswith("x-nc-sel")}
    if not marked:
        return None
    return bool(marked & CONTENT_CLASSES)


def page_host(root, html_text):
    for xp in ['//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content']:
        for v in root.xpath(xp):
            host = urlparse(v.strip()).hostname
            if host:
                return norm_host(host)
    # Otherwise the site most of the page's own links lead to (ads and share buttons aside).
    hosts = collections.Counter()
    for v in root.xpath("//a/@href"):
        try:
            host = urlparse(v.strip()).hostname if v.strip().startswith("http") else None
        except ValueError:
            host = None
        if host and not any(t in host for t in THIRD_PARTY):
            hosts[norm_host(host)] += 1
    if hosts:
        return hosts.most_common(1)[0][0]
    return "unknown"


def norm_host(host):
    host = host.lower()
    parts = host.split(".")
    # The site, not the server: news.bbc.co.uk and www.bbc.co.uk are one site.
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in {"co", "com", "org", "net", "ac", "gov"}:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def headline(root, lines):
    """The headline a person puts first: the heading most like the page's title, else the
    title without its site suffix."""
    title = collapse(" ".join(root.xpath("//title//text()")))
    tw = set(words(title))
    best, best_score = None, 0.0
    for h in root.xpath("//h1 | //h2"):
        text = collapse(h.text_content())
        hw = set(words(text))
        if not hw or len(hw) < 2:
            continue
        score = len(hw & tw) / len(hw | tw) if tw else 0
        if score > best_score:
            best, best_score = text, score
    if best and best_score >= 0.3:
        return best
    parts = [p.strip() for p in re.split(r"\s[|\-–—:]\s", title) if p.strip()]
    if parts:
        return max(parts, key=lambda p: len(p.split()))
    return lines[0][0] if lines else "Untitled"


def parse(path):
    with open(path, "rb") as f:
        data = f.read()
    # Pages that are valid UTF-8 are read as UTF-8 whatever they declare; others as declared.
    try:
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except Exception as e:  # an empty or broken page
        print(f"{path}: {e}", file=sys.stderr)
        return None, ""
    return root, data.decode("utf-8", "replace")


def body_root(root):
    body = root.find("body")
    return body if body is not None else root


def dragnet_pages(base, keep_comments=False):
    inp = os.path.join(base, "input")
    gold_dir = os.path.join(base, "GoldStandard")
    for name in sorted(os.listdir(inp)):
        pid = name.rsplit(".", 1)[0]
        gold_path = os.path.join(gold_dir, pid + ".txt")
        if not os.path.exists(gold_path):
            continue
        root, html_text = parse(os.path.join(inp, name))
        if root is None:
            continue
        with open(gold_path, encoding="utf-8", errors="replace") as f:
            gold = f.read()
        if not keep_comments:
            gold = article_only(gold)
        lines = render(body_root(root))
        yield pid, page_host(root, html_text), headline(root, lines), align_gold(lines, gold)


# Dragnet's gold text holds the article, then this marker, then the readers' comments.
COMMENTS_MARKER = "!@#$%^&*()  COMMENTS"


def article_only(gold_text):
    """The article of a Dragnet gold text: readers' comments are no part of a briefing's
    source (as Dragnet's own content-only figures count them)."""
    return gold_text.split(COMMENTS_MARKER, 1)[0]


def align_gold(lines, gold_text):
    """Each line's words that line up with the gold's words, in order."""
    page_words, owner = [], []
    tokens_per_line = []
    for i, (text, _) in enumerate(lines):
        toks = text.split()
        tokens_per_line.append(toks)
        for t in toks:
            page_words.append(" ".join(words(t)))
            owner.append(i)
    gold_words = [" ".join(words(t)) for t in gold_text.split()]
    matched = [False] * len(page_words)
    sm = difflib.SequenceMatcher(None, page_words, gold_words, autojunk=False)
    for block in sm.get_matching_blocks():
        # Single stray words ("the") matching far from the article are not the article.
        if block.size >= 3 or (block.size >= 1 and is_whole_line(owner, block)):
            for k in range(block.a, block.a + block.size):
                matched[k] = True
    out, k = [], 0
    for i, toks in enumerate(tokens_per_line):
        gold = [t for j, t in enumerate(toks) if matched[k + j]]
        k += len(toks)
        out.append((lines[i][0], " ".join(gold)))
    return out


def is_whole_line(owner, block):
    first, last = block.a, block.a + block.size - 1
    line = owner[first]
    if owner[last] != line:
        return False
    starts = first == 0 or owner[first - 1] != line
    ends = last + 1 >= len(owner) or owner[last + 1] != line
    return starts and ends


def l3s_pages(base):
    gold_dir = os.path.join(base, "GoldStandard")
    for name in sorted(os.listdir(gold_dir)):
        pid = name.rsplit(".", 1)[0]
        root, html_text = parse(os.path.join(gold_dir, name))
        if root is None:
            continue
        lines = render(body_root(root), gold_of=l3s_gold_of)
        inp = os.path.join(base, "input", pid + ".html")
        host_root = root
        if os.path.exists(inp):
            r2, t2 = parse(inp)
            if r2 is not None:
                host_root, html_text = r2, t2
        yield pid, page_host(host_root, html_text), headline(root, lines), lines


def write(out_dir, corpus, pages):
    d = os.path.join(out_dir, corpus)
    os.makedirs(d, exist_ok=True)
    n = 0
    for pid, host, head, lines in pages:
        head = collapse(head) or "Untitled"
        with open(os.path.join(d, pid + ".txt"), "w", encoding="utf-8") as f:
            f.write(head + "\n")
            for text, _ in lines:
                f.write(text + "\n")
        meta = {"id": pid, "host": host, "headline": head, "gold": [g for _, g in lines]}
        with open(os.path.join(d, pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
        n += 1
    print(f"{corpus}: {n} pages in {d}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dragnet", help="the unpacked dragnet_data folder")
    ap.add_argument("--l3s", help="the unpacked page-signal-master folder")
    ap.add_argument("--out", required=True)
    ap.add_argument("--keep-comments", action="store_true",
                    help="label Dragnet's readers' comments as content (the labels the shipped model was fitted on)")
    args = ap.parse_args()
    if args.dragnet:
        write(args.out, "dragnet", dragnet_pages(args.dragnet, args.keep_comments))
    if args.l3s:
        write(args.out, "l3s", l3s_pages(args.l3s))


if __name__ == "__main__":
    main()
