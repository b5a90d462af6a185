#!/usr/bin/env python3
"""Saved web pages: word-level F1 (averaged over pages) of the article brief keeps from the
L3S-GN1 HTML (examples/html_article.rs: comment threads dropped, dom_smoothie, then cleaning,
the whole page's blocks through the line classifier when it finds most of the extractor's body
to be furniture) beside rs-trafilatura's (the Python binding of the same Rust crate,
`pip install rs-trafilatura`), against the hand-marked headline and full text. With
`--dragnet`, also Dragnet's saved pages against their article.

    python3 tools/measure_html.py --l3s /tmp/corpora/l3s-gn1/page-signal-master \
        --pages /tmp/corpora/pages [--dragnet /tmp/corpora/dragnet/dragnet_data]
"""

import argparse
import collections
import json
import os
import subprocess

import numpy as np

import cleaner_data as cd


def f1(kept_text, gold_text):
    gold = collections.Counter(cd.words(gold_text))
    out = collections.Counter(cd.words(kept_text))
    if not gold:
        return None
    common = sum((gold & out).values())
    if common == 0:
        return 0.0
    p, r = common / sum(out.values()), common / sum(gold.values())
    return 2 * p * r / (p + r)


def kept_by_brief(exe, pages_dir):
    """What brief keeps of each saved page: title, then its blocks."""
    out = subprocess.run([exe, pages_dir], check=True, capture_output=True, text=True).stdout
    brief = {}
    for line in out.splitlines():
        rec = json.loads(line)
        brief[rec["page"]] = rec["title"] + "\n" + "\n".join(rec["blocks"])
    return brief


def dragnet_figure(exe, base):
    """Dragnet's saved pages against their gold article (the comments after the marker left
    out, as corpus_lines.py does); the shipped model is fitted on most of these sites, so this
    figure guides choices in the HTML path, it does not measure the model."""
    from corpus_lines import article_only

    brief = kept_by_brief(exe, os.path.join(base, "input"))
    scores = []
    for pid, text in sorted(brief.items()):
        gold_path = os.path.join(base, "GoldStandard", pid + ".txt")
        if not os.path.exists(gold_path):
            continue
        with open(gold_path, encoding="utf-8", errors="replace") as f:
            s = f1(text, article_only(f.read()))
        if s is not None:
            scores.append(s)
    print(f"Dragnet saved HTML (article): brief F1 {np.mean(scores):.3f}  ({len(scores)} pages)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--l3s", required=True, help="the unpacked page-signal-master folder")
    ap.add_argument("--pages", required=True, help="corpus_lines.py's output folder (for the gold)")
    ap.add_argument("--dragnet", help="also the unpacked dragnet_data folder (its article, without comments)")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "html_article"],
                   cwd=cd.REPO, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(cd.REPO, "target"))
    exe = os.path.join(target, "release", "examples", "html_article")
    inp = os.path.join(args.l3s, "input")
    brief = kept_by_brief(exe, inp)
    if args.dragnet:
        dragnet_figure(exe, args.dragnet)

    try:
        import rs_trafilatura
    except ImportError:
        rs_trafilatura = None
        print("(rs-trafilatura not installed: brief's figure only)")

    scores = collections.defaultdict(list)
    for name in sorted(os.listdir(inp)):
        pid = name.rsplit(".", 1)[0]
        meta_path = os.path.join(args.pages, "l3s", pid + ".json")
        if not os.path.exists(meta_path):
            continue
        gold = " ".join(json.load(open(meta_path, encoding="utf-8"))["gold"])
        with open(os.path.join(inp, name), "rb") as f:
            html = f.read().decode("utf-8", "replace")
        candidates = [("brief (dom_smoothie + cleaning)", brief.get(pid, ""))]
        if rs_trafilatura is not None:
            try:
                res = rs_trafilatura.extract(html)
                traf = (res.title or "") + "\n" + (res.main_content or "")
            except Exception:
                traf = ""
            candidates.append(("rs-trafilatura", traf))
        for label, text in candidates:
            s = f1(text, gold)
            if s is not None:
                scores[label].append(s)
    print("L3S-GN1 saved HTML (headline + full text):")
    for label, s in scores.items():
        print(f"  {label:32s} F1 {np.mean(s):.3f}  ({len(s)} pages)")


if __name__ == "__main__":
    main()
