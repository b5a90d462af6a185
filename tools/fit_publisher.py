#!/usr/bin/env python3
"""Fits the publisher model (data/publisher-model.json) on the annotated fixtures.

    cargo run --release --example publisher_candidates -- tests/fixtures/*/seeds/*.txt > /tmp/cands.jsonl
    python3 tools/fit_publisher.py --candidates /tmp/cands.jsonl [--brief-json PUB.json] [--write]

Each candidate is a name of a page with the cues of its mentions (brief's own
`publisher_model::candidates`); it is labelled an outlet when the fixture's gold.json accepts
it as the page's publisher. A logistic regression over the cues is cross-validated by site
(five folds, no site in two) and the figures printed: of the pages whose text names their
outlet, how many the model names right; of those that name none, how many it names anyway.
With --brief-json (tools/publisher_misses.py --json) the same is printed for the model as
brief uses it, only where the shapes of publisher.rs name nothing. --held-out SUFFIX,... (without
the hyphen, as publisher_misses.py takes them) keeps
those fixtures out of the fit and prints them apart. --write fits on every other fixture and
writes the model. Needs scikit-learn.
"""
import argparse, collections, json, os

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from publisher_misses import norm  # the names compared as the publisher figure compares them

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = 10.0
# Cues met on the pages of fewer sites than this are left out: a weight needs several sites
# behind it, or it learns one site's furniture ("UrduPoint / Pakistan Point News").
MIN_SITES = 8
# Weights smaller than this are not written: they change no choice.
MIN_WEIGHT = 0.05
# The chance at which brief takes the likeliest candidate, unless --threshold says otherwise.
DEFAULT_THRESHOLD = 0.5


def site(page):
    """The site a fixture's page is from: its file's name before the first hyphen, as the
    annotators name them (`urdupoint-bahia.txt`)."""
    return page["file"].split("/")[-1].split("-")[0]


def accepted(src):
    if src.get("publisher_accept"):
        return {norm(a) for a in src["publisher_accept"]}
    return {norm(src["publisher"])} if src.get("publisher") else set()


def load(path):
    pages = []
    golds = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        parts = row["path"].split("/")
        at = parts.index("fixtures")
        fixture, file = parts[at + 1], "/".join(parts[at + 3:])
        gold = os.path.join(ROOT, "tests/fixtures", fixture, "gold.json")
        if not os.path.exists(gold):
            continue
        if fixture not in golds:
            golds[fixture] = {s["file"]: s for s in json.load(open(gold, encoding="utf-8"))["sources"]}
        src = golds[fixture].get(file)
        if src is None:
            continue
        acc = accepted(src)
        pages.append(dict(fixture=fixture, file=file, accept=acc,
                          cands=[(c["name"], c["cues"], norm(c["name"]) in acc) for c in row["candidates"]]))
    return pages


def rows(pages):
    X, y, page_of = [], [], []
    for k, p in enumerate(pages):
        for name, cues, lab in p["cands"]:
            X.append({c: 1 for c in cues})
            y.append(int(lab))
            page_of.append(k)
    return X, np.array(y), np.array(page_of)


def keep_common(X, pages_idx, pages):
    seen = collections.defaultdict(set)
    for x, k in zip(X, pages_idx):
        for c in x:
            seen[c].add(site(pages[k]))
    common = {c for c, sites in seen.items() if len(sites) >= MIN_SITES}
    return [{c: v for c, v in x.items() if c in common} for x in X]


def fit(X, y):
    vec = DictVectorizer()
    m = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    m.fit(vec.fit_transform(X), y)
    return vec, m


def best_per_page(pages, probs, page_of):
    best = {}
    names = [n for p in pages for n, _, _ in p["cands"]]
    for i, (k, pr) in enumerate(zip(page_of, probs)):
        if k not in best or pr > best[k][1]:
            best[k] = (names[i], pr)
    return best


def report(label, pages, best, thr, old=None):
    named = [k for k, p in enumerate(pages) if p["accept"]]
    null = [k for k, p in enumerate(pages) if not p["accept"]]

    def pick(k):
        if old is not None:
            o = old.get((pages[k]["fixture"], pages[k]["file"]))
            if o:
                return o
        b = best.get(k)
        return b[0] if b and b[1] >= thr else None

    right = sum(1 for k in named if pick(k) and norm(pick(k)) in pages[k]["accept"])
    guessed = sum(1 for k in null if pick(k))
    # score.py's figure: per fixture, the share of named pages named right, averaged.
    by_fx = collections.defaultdict(list)
    for k in named:
        by_fx[pages[k]["fixture"]].append(bool(pick(k)) and norm(pick(k)) in pages[k]["accept"])
    fixtures = {p["fixture"] for p in pages}
    per = [np.mean(by_fx[f]) if by_fx[f] else 1.0 for f in fixtures]
    print(f"{label:34} named right {right}/{len(named)}  guessed on null {guessed}/{len(null)}  score.py's mean {np.mean(per):.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", required=True)
    ap.add_argument("--brief-json")
    ap.add_argument("--held-out", default="")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float)
    a = ap.parse_args()
    # Suffixes as tools/publisher_misses.py takes them: "ra,rb" holds out "*-ra" and "*-rb".
    held = tuple("-" + s for s in a.held_out.split(",") if s)
    allp = load(a.candidates)
    pages = [p for p in allp if not (held and p["fixture"].endswith(held))]
    heldp = [p for p in allp if held and p["fixture"].endswith(held)]
    X, y, page_of = rows(pages)
    X = keep_common(X, page_of, pages)
    # Folds by site, so that no outlet's pages are in both the fit and the measure.
    groups = np.array([site(pages[k]) for k in page_of])
    probs = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        vec, m = fit([X[i] for i in tr], y[tr])
        probs[te] = m.predict_proba(vec.transform([X[i] for i in te]))[:, 1]
    best = best_per_page(pages, probs, page_of)
    old = None
    if a.brief_json:
        old = {}
        for fx, srcs in json.load(open(a.brief_json)).items():
            for s in srcs:
                old[(fx, s["file"])] = s.get("brief")
        report("the shapes alone", pages, {}, 2.0, old)
    for thr in (a.threshold,) if a.threshold else (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        report(f"model alone, out of fold, p>={thr}", pages, best, thr)
        if old is not None:
            report(f"shapes, then model, p>={thr}", pages, best, thr, old)
    vec, m = fit(X, y)
    if heldp:
        Xh, _, ph = rows(heldp)
        pr = m.predict_proba(vec.transform(Xh))[:, 1]
        bh = best_per_page(heldp, pr, ph)
        for thr in (a.threshold,) if a.threshold else (0.5, 0.7):
            report(f"held out ({a.held_out}), p>={thr}", heldp, bh, thr)
            if old is not None:
                report(f"held out, shapes then model, p>={thr}", heldp, bh, thr, old)
    w = dict(zip(vec.get_feature_names_out(), m.coef_[0]))
    top = sorted(w.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("strongest cues:", ", ".join(f"{k} {v:+.2f}" for k, v in top))
    if a.write:
        model = {"bias": round(float(m.intercept_[0]), 4), "threshold": a.threshold or DEFAULT_THRESHOLD,
                 "weights": {k: round(float(v), 4) for k, v in sorted(w.items()) if abs(v) >= MIN_WEIGHT}}
        with open(os.path.join(ROOT, "data/publisher-model.json"), "w", encoding="utf-8") as f:
            json.dump(model, f, indent=0, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        print(f"wrote data/publisher-model.json: {len(model['weights'])} cues")


if __name__ == "__main__":
    main()
