#!/usr/bin/env python3
"""Fits brief's line classifier on the Dragnet pages and writes data/cleaner-model.json.

    python3 tools/corpus_lines.py --dragnet DRAGNET --l3s L3S --out /tmp/corpora/pages
    python3 tools/fit_cleaner.py --pages /tmp/corpora/pages

The features are brief's own (examples/line_features.rs runs the cleaner's feature function);
the labels come from Dragnet's hand-marked article text (CC BY 4.0). Sites that are also in
L3S-GN1 are left out of the fit so that L3S-GN1 measures sites the model never saw. Prints the
Dragnet figures cross-validated by site (five folds, no site in two folds) and picks the
threshold that scores best there. Needs scikit-learn and numpy.
"""

import argparse
import glob
import json
import os

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

import cleaner_data as cd

PARAMS = dict(max_iter=150, max_depth=4, learning_rate=0.1, min_samples_leaf=40,
              l2_regularization=1.0, random_state=0)


def matrix(pages):
    X, y, w, groups, where = [], [], [], [], []
    for pi, p in enumerate(pages):
        for k, row in enumerate(p.rows):
            X.append(row["x"])
            y.append(cd.line_label(p, k))
            # Word-level F1 counts words: long lines weigh more, but not by their full length.
            w.append(np.sqrt(row["x"][cd.FEATURE_INDEX["words"]] + 1.0))
            groups.append(p.host)
            where.append((pi, k))
    return np.array(X, dtype=np.float32), np.array(y), np.array(w), np.array(groups), where


def fit(X, y, w):
    clf = HistGradientBoostingClassifier(**PARAMS)
    clf.fit(X, y, sample_weight=w)
    return clf


# As in src/clean/mod.rs: below this chance of content even a sentence is furniture.
SURELY_FURNITURE = 0.1


def decide(p, probs, threshold):
    """brief's rule (src/clean/mod.rs, mark_model_furniture): the rules' removals, then the
    model's, never the deck or a subheading in the story, a sentence only when surely junk."""
    keep = []
    for k, row in enumerate(p.rows):
        protected = row["kept_always"] or (row["sentence"] and probs[k] >= SURELY_FURNITURE)
        keep.append(not (row["rule"] or (probs[k] < threshold and not protected)))
    return keep


def export(clf, names, threshold, path):
    trees = []
    for (pred,) in clf._predictors:
        nodes = pred.nodes
        n = len(nodes)
        value = [0.0] * n
        count = [0.0] * n

        # Inner nodes get the sample-weighted mean of their leaves, so that the change of
        # value along a path says which feature moved the line (the cue shown to readers).
        def fill(k):
            if nodes["is_leaf"][k]:
                value[k] = float(nodes["value"][k])
                count[k] = float(nodes["count"][k])
            else:
                left, right = int(nodes["left"][k]), int(nodes["right"][k])
                fill(left)
                fill(right)
                count[k] = count[left] + count[right]
                value[k] = (value[left] * count[left] + value[right] * count[right]) / max(count[k], 1.0)
            return value[k]

        fill(0)
        trees.append({
            "feature": [int(f) for f in nodes["feature_idx"]],
            "threshold": [float(t) for t in nodes["num_threshold"]],
            "left": [int(l) if not leaf else -1 for l, leaf in zip(nodes["left"], nodes["is_leaf"])],
            "right": [int(r) if not leaf else -1 for r, leaf in zip(nodes["right"], nodes["is_leaf"])],
            "value": [round(v, 6) for v in value],
        })
    model = {
        "about": "brief's line classifier: boosted trees on the log-odds that a body line is the "
                 "article; fitted by tools/fit_cleaner.py on the Dragnet data (dragnet-org/"
                 "dragnet_data, CC BY 4.0).",
        "features": names,
        "base": float(np.ravel(clf._baseline_prediction)[0]),
        "threshold": threshold,
        "trees": trees,
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f, separators=(",", ":"))
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", required=True, help="corpus_lines.py's output folder")
    ap.add_argument("--out", default=os.path.join(cd.REPO, "data", "cleaner-model.json"))
    ap.add_argument("--threshold", type=float, help="instead of the best cross-validated one")
    args = ap.parse_args()
    dragnet = os.path.join(args.pages, "dragnet")
    tsv = os.path.join(args.pages, "dragnet.tsv")
    cd.dump_features(dragnet, tsv)
    names = []
    pages = cd.load(dragnet, tsv, names)
    cd.set_feature_names(names)
    cd.attach_texts(pages, dragnet)
    X, y, w, groups, where = matrix(pages)
    print(f"dragnet: {len(pages)} pages, {len(set(groups))} sites, {len(y)} lines, {y.mean():.3f} content")

    # Cross-validated by site: each page judged by a model that never saw its site.
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(X, y, groups):
        oof[test] = fit(X[train], y[train], w[train]).predict_proba(X[test])[:, 1]
    probs = [dict() for _ in pages]
    for (pi, k), pr in zip(where, oof):
        probs[pi][k] = pr
    best = None
    index = {p.id: i for i, p in enumerate(pages)}
    for t in [0.2, 0.3, 0.4, 0.5, 0.6]:
        f1, n = cd.mean_f1(pages, lambda p, t=t: decide(p, probs[index[p.id]], t), convention=True)
        print(f"  threshold {t:.1f}: dragnet F1 {f1:.3f} ({n} pages, cross-validated by site)")
        if best is None or f1 > best[1]:
            best = (t, f1)
    threshold = args.threshold if args.threshold is not None else best[0]

    # The shipped model: every Dragnet site not also in L3S-GN1.
    l3s_hosts = set()
    for f in glob.glob(os.path.join(args.pages, "l3s", "*.json")):
        h = json.load(open(f, encoding="utf-8"))["host"]
        if h != "unknown":
            l3s_hosts.add(h)
    keep = np.array([g not in l3s_hosts for g in groups])
    print(f"fitting on {keep.sum()} lines ({len(set(groups[keep]))} sites; sites also in L3S-GN1 left out)")
    clf = fit(X[keep], y[keep], w[keep])
    export(clf, names, threshold, args.out)
    print(f"wrote {args.out} (threshold {threshold})")


if __name__ == "__main__":
    main()
