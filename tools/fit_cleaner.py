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
import hashlib
import json
import os
import subprocess

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

import cleaner_data as cd

PARAMS = dict(max_iter=150, max_depth=4, learning_rate=0.1, min_samples_leaf=40,
              l2_regularization=1.0, random_state=0)
# The second pass sees the first pass's chances around each line; it needs fewer trees.
CONTEXT_PARAMS = dict(PARAMS, max_iter=100)
# The two passes' chances of every Dragnet line cross-validated by site, beside the pages.
CV_CACHE = "dragnet-cv.npz"
# As src/clean/model.rs: the first pass's chance at which a line is content for its neighbours.
CONTENT_AT = 0.5
# A fixture line weighs this many Dragnet lines: the fixtures are pages pasted as brief meets
# them, annotated under the project's own conventions (bylines, stamps and captions are junk).
FIXTURE_WEIGHT = 1.0
# The shipped threshold, for fits that do not cross-validate one.
DEFAULT_THRESHOLD = 0.6


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


def file_digest(path):
    """The cross-validated chances hold only for the lines and features they were fitted on
    (the TSV without the shipped model's columns, content and removed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for line in f:
            cols = line.rstrip(b"\n").split(b"\t")
            digest.update(b"\t".join(cols[:-4] + cols[-3:-1]) + b"\n")
    return digest.hexdigest()


def fit(X, y, w, params=PARAMS):
    clf = HistGradientBoostingClassifier(**params)
    clf.fit(X, y, sample_weight=w)
    return clf


def context_features(p):
    """The second pass's context of each line of one page from the first pass's chances `p`
    (as context_features in src/clean/model.rs; the two must agree)."""
    n = len(p)
    at = lambda k: p[k] if 0 <= k < n else 0.0
    content = [j for j in range(n) if p[j] >= CONTENT_AT]
    page_mean = float(np.mean(p)) if n else 0.0
    out = np.zeros((n, 12), dtype=np.float32)
    for i in range(n):
        near = [p[j] for j in range(max(i - 3, 0), min(i + 4, n)) if j != i]
        wide = [p[j] for j in range(max(i - 5, 0), min(i + 6, n)) if j != i]
        before = sum(1 for j in content if j < i)
        after = sum(1 for j in content if j > i)
        dists = [abs(j - i) for j in content if j != i]
        out[i] = [
            p[i], at(i - 1), at(i + 1), at(i - 2), at(i + 2),
            max(near, default=0.0),
            float(np.mean(wide)) if wide else 0.0,
            page_mean,
            before / i if i else 0.0,
            after / (n - 1 - i) if n - 1 - i else 0.0,
            min(min(dists), 30) if dists else 30.0,
            min(len(content), 500),
        ]
    return out


def stacked(X, first, where):
    """Each line's own features beside the context of the first pass's chances `first`."""
    ctx = np.zeros((len(first), 12), dtype=np.float32)
    by_page = {}
    for row, (pi, _) in enumerate(where):
        by_page.setdefault(pi, []).append(row)
    for rows in by_page.values():
        ctx[rows] = context_features(np.asarray(first[rows], dtype=np.float32))
    return np.hstack([X, ctx])


def out_of_fold(X, y, w, groups, params=PARAMS, folds=5):
    """Each line's chance from a model that never saw its site."""
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(X, y, groups):
        oof[test] = fit(X[train], y[train], w[train], params).predict_proba(X[test])[:, 1]
    return oof


def fit_two_passes(X, y, w, groups, where):
    """The first pass on every line; the second on the first pass's chances out of fold (as
    it will see them on sites it never saw)."""
    first = fit(X, y, w)
    inner = out_of_fold(X, y, w, groups, folds=3)
    second = fit(stacked(X, inner, where), y, w, CONTEXT_PARAMS)
    return first, second


def predict_two_passes(first, second, X, where):
    p = first.predict_proba(X)[:, 1]
    return second.predict_proba(stacked(X, p, where))[:, 1]


def cross_validated(X, y, w, groups, where, extra=None):
    """Both passes' chances of every line, each from models that never saw its site (five
    folds by site; the second pass fitted within each fold on chances out of an inner fold).
    `extra` (the fixtures' pages, as `load_lines` gives them) joins every fold's fit."""
    one = np.zeros(len(y))
    two = np.zeros(len(y))
    for fold, (train, test) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
        print(f"  fold {fold + 1} of 5", flush=True)
        sub = [where[k] for k in train]
        Xt, yt, wt, gt = X[train], y[train], w[train], groups[train]
        if extra is not None:
            _, Xe, ye, we, ge, wheree = extra
            shift = max(pi for pi, _ in where) + 1
            Xt, yt = np.vstack([Xt, Xe]), np.concatenate([yt, ye])
            wt, gt = np.concatenate([wt, we]), np.concatenate([gt, ge])
            sub = sub + [(pi + shift, k) for pi, k in wheree]
        first, second = fit_two_passes(Xt, yt, wt, gt, sub)
        one[test] = first.predict_proba(X[test])[:, 1]
        two[test] = predict_two_passes(first, second, X[test], [where[k] for k in test])
    return one, two


# As in src/clean/mod.rs: below this chance of content even a sentence is furniture.
SURELY_FURNITURE = 0.1


# As crates/brief-clean/src/lib.rs (keep_threshold): a short line that is no sentence stays
# only when the model is all but sure.
SHORT_LINE_WORDS = 4
SHORT_LINE_SURE = 0.95


def decide(p, probs, threshold):
    """brief's rule (crates/brief-clean/src/lib.rs, mark_model_furniture): the rules'
    removals, then the model's, never the deck or a subheading in the story, a sentence only
    when surely junk, a short label only when the model is all but sure it is the article."""
    keep = []
    for k, row in enumerate(p.rows):
        protected = row["kept_always"] or (row["sentence"] and probs[k] >= SURELY_FURNITURE)
        short = (len(page_words(p, k)) <= SHORT_LINE_WORDS
                 and row["x"][cd.FEATURE_INDEX["ends_sentence"]] == 0
                 or row["x"][cd.FEATURE_INDEX["credit_tail"]] > 0)
        need = max(SHORT_LINE_SURE, threshold) if short else threshold
        keep.append(not (row["rule"] or (probs[k] < need and not protected)))
    return keep


def page_words(p, k):
    """The line's words as brief counts them (split at spaces)."""
    return cd.page_text(p, k).split()


def export_trees(clf):
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
    return trees


def export(first, second, names, context_names, threshold, path, fixtures=False):
    about = ("brief's line classifier: boosted trees on the log-odds that a body line is the "
             "article; fitted by tools/fit_cleaner.py on the Dragnet data (dragnet-org/"
             "dragnet_data, CC BY 4.0)")
    if fixtures:
        about += " and the pages of brief's annotated fixtures (tools/fixture_pages.py)"
    model = {
        "about": about + ".",
        "features": names,
        "base": float(np.ravel(first._baseline_prediction)[0]) if first is not None else 0.0,
        "threshold": threshold,
        "trees": export_trees(first) if first is not None else [],
        "context": {
            "features": names + context_names,
            "base": float(np.ravel(second._baseline_prediction)[0]) if second is not None else 0.0,
            "trees": export_trees(second) if second is not None else [],
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f, separators=(",", ":"))
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", required=True, help="corpus_lines.py's output folder")
    ap.add_argument("--out", default=os.path.join(cd.REPO, "data", "cleaner-model.json"))
    ap.add_argument("--threshold", type=float, help="instead of the best cross-validated one")
    ap.add_argument("--skip-cv", action="store_true",
                    help="fit the shipped model only, at --threshold (measure_cleaner.py cross-validates)")
    ap.add_argument("--fixtures", help="fixture_pages.py's output folder: the annotated "
                    "fixtures' pages join the fit")
    ap.add_argument("--fixture-weight", type=float, default=FIXTURE_WEIGHT,
                    help="weight of a fixture line against a Dragnet line")
    ap.add_argument("--fixture-folds", metavar="DIR",
                    help="write DIR/fold-K.json, each fitted without one fifth of the fixtures "
                         "and their sites, and DIR/fold-K.txt naming those fixtures")
    args = ap.parse_args()
    names, context_names = feature_names()
    ensure_loadable(args.out, names, context_names)
    cd.set_feature_names(names)
    pages, X, y, w, groups, where = load_lines(args.pages, "dragnet")
    print(f"dragnet: {len(pages)} pages, {len(set(groups))} sites, {len(y)} lines, {y.mean():.3f} content")
    fixtures = None
    if args.fixtures:
        fixtures = load_lines(os.path.dirname(args.fixtures.rstrip("/")),
                              os.path.basename(args.fixtures.rstrip("/")))
        fixtures[3][:] *= args.fixture_weight
        print(f"fixtures: {len(fixtures[0])} pages, {len(fixtures[2])} lines, "
              f"{fixtures[2].mean():.3f} content, weight {args.fixture_weight}")
    if args.fixture_folds:
        if fixtures is None:
            ap.error("--fixture-folds needs --fixtures")
        fit_fixture_folds((X, y, w, groups, where), fixtures, names, context_names,
                          args.threshold or DEFAULT_THRESHOLD, args.fixture_folds)
        return
    tsv = os.path.join(args.pages, "dragnet.tsv")

    # Cross-validated by site: each page judged by models that never saw its site.
    if args.skip_cv and args.threshold is None:
        ap.error("--skip-cv needs --threshold")
    one, two = (None, None) if args.skip_cv else cross_validated(X, y, w, groups, where, fixtures)
    if two is not None:
        # measure_cleaner.py reads these instead of fitting the same folds again.
        np.savez(os.path.join(args.pages, CV_CACHE), probs=two, first=one, tsv=file_digest(tsv))
    index = {p.id: i for i, p in enumerate(pages)}
    scores = {}
    for label, oof in () if args.skip_cv else (("first pass alone", one), ("two passes", two)):
        probs = [dict() for _ in pages]
        for (pi, k), pr in zip(where, oof):
            probs[pi][k] = pr
        for t in [0.2, 0.3, 0.4, 0.5, 0.6]:
            f1, n = cd.mean_f1(pages, lambda p, t=t: decide(p, probs[index[p.id]], t), convention=True)
            print(f"  {label}, threshold {t:.1f}: dragnet F1 {f1:.3f} ({n} pages, cross-validated by site)")
            if label == "two passes":
                scores[t] = f1
    # Of thresholds scoring alike (within 0.002 of the best), the one removing the most.
    best = max(scores.values(), default=0.0)
    threshold = args.threshold if args.threshold is not None else max(
        t for t, f1 in scores.items() if f1 >= best - 0.002)

    # The shipped model: every Dragnet site not also in L3S-GN1.
    l3s_hosts = set()
    for f in glob.glob(os.path.join(args.pages, "l3s", "*.json")):
        h = json.load(open(f, encoding="utf-8"))["host"]
        if h != "unknown":
            l3s_hosts.add(h)
    keep = np.array([g not in l3s_hosts for g in groups])
    print(f"fitting on {keep.sum()} lines ({len(set(groups[keep]))} sites; sites also in L3S-GN1 left out)")
    kept_where = [wh for wh, k in zip(where, keep) if k]
    Xs, ys, ws, gs = X[keep], y[keep], w[keep], groups[keep]
    if fixtures is not None:
        _, Xf, yf, wf, gf, wheref = fixtures
        shift = len(pages)
        print(f"  and {len(yf)} fixture lines")
        Xs, ys, ws, gs = (np.vstack([Xs, Xf]), np.concatenate([ys, yf]),
                          np.concatenate([ws, wf]), np.concatenate([gs, gf]))
        kept_where = kept_where + [(pi + shift, k) for pi, k in wheref]
    first, second = fit_two_passes(Xs, ys, ws, gs, kept_where)
    export(first, second, names, context_names, threshold, args.out, fixtures is not None)
    print(f"wrote {args.out} (threshold {threshold})")


def load_lines(pages_root, corpus):
    """One corpus's pages (features dumped by brief) and their lines as a matrix; a
    fixture page's site is kept apart from any Dragnet site of the same name."""
    folder = os.path.join(pages_root, corpus)
    tsv = os.path.join(pages_root, corpus + ".tsv")
    cd.dump_features(folder, tsv)
    pages = cd.load(folder, tsv)
    cd.attach_texts(pages, folder)
    X, y, w, groups, where = matrix(pages)
    if corpus != "dragnet":
        groups = np.array([f"{corpus}:{g}" for g in groups])
    return pages, X, y, w, groups, where


def fit_fixture_folds(dragnet, fixtures, names, context_names, threshold, out_dir):
    """Five models, each fitted on Dragnet and the fixtures of four folds (by fixture), less
    every page of a site that one of the fifth fold's fixtures has: built with its fold's
    model (BRIEF_CLEANER_MODEL), each fixture is cleaned by a model that saw neither its
    event nor its sites."""
    X, y, w, groups, where = dragnet
    pages, Xf, yf, wf, gf, wheref = fixtures
    fixture_of = np.array([pages[pi].fixture for pi, _ in wheref])
    names_sorted = sorted(set(fixture_of))
    fold_of = {name: int(hashlib.sha256(name.encode()).hexdigest(), 16) % 5 for name in names_sorted}
    os.makedirs(out_dir, exist_ok=True)
    for fold in range(5):
        held = {n for n in names_sorted if fold_of[n] == fold}
        held_sites = {g for g, fx in zip(gf, fixture_of) if fx in held}
        train = np.array([fx not in held and g not in held_sites for g, fx in zip(gf, fixture_of)])
        print(f"  fold {fold + 1} of 5: {len(held)} fixtures held out, "
              f"{train.sum()} of {len(yf)} fixture lines in the fit", flush=True)
        shift = max(pi for pi, _ in where) + 1
        sub_where = where + [(pi + shift, k) for (pi, k), t in zip(wheref, train) if t]
        first, second = fit_two_passes(
            np.vstack([X, Xf[train]]), np.concatenate([y, yf[train]]),
            np.concatenate([w, wf[train]]), np.concatenate([groups, gf[train]]), sub_where)
        export(first, second, names, context_names, threshold,
               os.path.join(out_dir, f"fold-{fold + 1}.json"))
        with open(os.path.join(out_dir, f"fold-{fold + 1}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(held)) + "\n")


def feature_names():
    """The features brief computes now (the first pass's, the second pass's own)."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "line_features"],
                   cwd=cd.REPO, check=True)
    exe = os.path.join(cd.target_dir(), "release", "examples", "line_features")
    out = subprocess.run([exe, "--names"], check=True, capture_output=True, text=True).stdout
    first, both = out.strip("\n").split("\n")
    names = first.split("\t")
    return names, both.split("\t")[len(names):]


def ensure_loadable(path, names, context_names):
    """After the features change, the shipped model no longer loads and brief cannot dump the
    features to refit it: write a model without trees (it removes nothing) first."""
    try:
        with open(path, encoding="utf-8") as f:
            model = json.load(f)
        if model["features"] == names and model["context"]["features"] == names + context_names:
            return
    except (OSError, KeyError, ValueError):
        pass
    print(f"{path}: fitted on other features; a model without trees stands in until the refit")
    export(None, None, names, context_names, 0.0, path)


if __name__ == "__main__":
    main()
