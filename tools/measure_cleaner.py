#!/usr/bin/env python3
"""Prints the word-level F1 of the text kept from pasted pages, averaged over pages, for brief
(the shipped model after the rules), the present rules alone, jusText on the same lines, and
keeping every line: on L3S-GN1 (sites the model never saw; headline and full text are the
article) and on Dragnet cross-validated by site.

    python3 tools/corpus_lines.py --dragnet DRAGNET --l3s L3S --out /tmp/corpora/pages
    python3 tools/measure_cleaner.py --pages /tmp/corpora/pages

Needs numpy, scikit-learn (for the Dragnet cross-validation) and justext.
"""

import argparse
import html
import os

import numpy as np

import cleaner_data as cd


def justext_keeps(page):
    """jusText's verdict on each body line, given the same lines (the headline first)."""
    import justext

    lines = [page.lines_text[row["line"] - 1] for row in page.rows]
    doc = "<html><body><h1>" + html.escape(page.headline) + "</h1>" + "".join(
        "<p>" + html.escape(l) + "</p>" for l in lines
    ) + "</body></html>"
    paras = justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    texts = [" ".join(p.text.split()) for p in paras]
    kept = [not p.is_boilerplate for p in paras]
    # jusText keeps one paragraph per <p>; the first is the headline.
    if len(texts) == len(lines) + 1:
        return kept[1:]
    # Should it merge or drop any, match them back by text in order.
    out, j = [], 0
    for l in lines:
        while j < len(texts) and texts[j] != " ".join(l.split()):
            j += 1
        out.append(kept[j] if j < len(texts) else False)
        j += 1 if j < len(texts) else 0
    return out


def report(name, pages, brief_keeps, convention):
    rows = [
        ("brief (model + rules)", brief_keeps),
        ("present rules alone", lambda p: [not r["rule"] for r in p.rows]),
        ("jusText, same lines", justext_keeps),
        ("keep every line", lambda p: [True for _ in p.rows]),
    ]
    print(f"{name}:")
    figures = {}
    for label, decide in rows:
        f1, n = cd.mean_f1(pages, decide, convention)
        figures[label] = f1
        print(f"  {label:24s} F1 {f1:.3f}  ({n} pages)")
    gap = figures["brief (model + rules)"] - figures["jusText, same lines"]
    print(f"  brief - jusText          {gap:+.3f}")
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", required=True, help="corpus_lines.py's output folder")
    ap.add_argument("--skip-dragnet", action="store_true", help="L3S-GN1 only (faster)")
    args = ap.parse_args()

    l3s_dir = os.path.join(args.pages, "l3s")
    tsv = os.path.join(args.pages, "l3s.tsv")
    cd.dump_features(l3s_dir, tsv)
    names = []
    pages = cd.load(l3s_dir, tsv, names)
    cd.set_feature_names(names)
    cd.attach_texts(pages, l3s_dir)
    report("L3S-GN1 pasted as text (measure only; headline + full text)", pages,
           lambda p: [not r["removed"] for r in p.rows], convention=False)

    if args.skip_dragnet:
        return
    import fit_cleaner as fc

    d_dir = os.path.join(args.pages, "dragnet")
    d_tsv = os.path.join(args.pages, "dragnet.tsv")
    cd.dump_features(d_dir, d_tsv)
    dpages = cd.load(d_dir, d_tsv)
    cd.attach_texts(dpages, d_dir)
    X, y, w, groups, where = fc.matrix(dpages)
    # fit_cleaner.py's cross-validated chances, when fitted on these very lines and features.
    cache = os.path.join(args.pages, fc.CV_CACHE)
    two = None
    if os.path.exists(cache):
        saved = np.load(cache)
        if str(saved["tsv"]) == fc.file_digest(d_tsv) and len(saved["probs"]) == len(y):
            two = saved["probs"]
    if two is None:
        _, two = fc.cross_validated(X, y, w, groups, where)
    probs = [dict() for _ in dpages]
    for (pi, k), pr in zip(where, two):
        probs[pi][k] = pr
    index = {p.id: i for i, p in enumerate(dpages)}
    import json
    threshold = json.load(open(os.path.join(cd.REPO, "data", "cleaner-model.json")))["threshold"]
    report("Dragnet pasted as text (cross-validated by site; captions, credits, stamps by brief's convention)",
           dpages, lambda p: fc.decide(p, probs[index[p.id]], threshold), convention=True)


if __name__ == "__main__":
    main()
