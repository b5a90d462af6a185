"""Shared by fit_cleaner.py and measure_cleaner.py: the pages, their lines' features as brief
computes them (examples/line_features.rs), the gold labels (corpus_lines.py), and the
word-level F1 of the text a cleaner keeps."""

import collections
import csv
import json
import os
import re
import subprocess
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD_RE = re.compile(r"\w+", re.UNICODE)
# Lines the Dragnet gold keeps but brief removes by convention from a source page (captions,
# credits, stamps, bylines): a removal with one of these reasons agrees with the gold.
CONVENTION_REASONS = (
    "photo caption", "photo caption with credit", "credit line", "posting stamp", "byline",
    "copyright notice",
)


def words(text):
    return WORD_RE.findall(text.lower())


def target_dir():
    """Cargo's output folder: $CARGO_TARGET_DIR when set, else target/ in the repository."""
    return os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")


def dump_features(pages_dir, out_tsv):
    """Runs brief's own feature code over a folder of pasted pages."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "line_features"],
        cwd=REPO, check=True,
    )
    exe = os.path.join(target_dir(), "release", "examples", "line_features")
    with open(out_tsv, "w", encoding="utf-8") as f:
        subprocess.run([exe, pages_dir], stdout=f, check=True)


class Page:
    def __init__(self, pid, host, headline):
        self.id, self.host, self.headline = pid, host, headline
        self.rows = []  # dicts from the TSV
        self.gold = []  # gold text of each row


def load(pages_dir, tsv, feature_names_out=None):
    """Pages with rows (features, rules, model) and their gold."""
    pages = collections.OrderedDict()
    csv.field_size_limit(sys.maxsize)
    with open(tsv, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        feat_names = header[2:-5]
        if feature_names_out is not None:
            feature_names_out.extend(feat_names)
        for rec in reader:
            pid = rec[0]
            page = pages.get(pid)
            if page is None:
                meta = json.load(open(os.path.join(pages_dir, pid + ".json"), encoding="utf-8"))
                page = Page(pid, meta["host"], meta["headline"])
                page.meta_gold = meta["gold"]
                page.fixture = meta.get("fixture")
                pages[pid] = page
            line = int(rec[1])
            page.rows.append({
                "line": line,
                "x": [float(v) for v in rec[2:-5]],
                "rule": rec[-5],
                "content": float(rec[-4]),
                "kept_always": rec[-3] == "1",
                "sentence": rec[-2] == "1",
                "removed": rec[-1],
            })
            # Body line k of the page file is line k + 1 (the headline is line 1).
            page.gold.append(page.meta_gold[line - 2] if line - 2 < len(page.meta_gold) else "")
    return list(pages.values())


def line_label(page, k):
    """1 when most of the line's words are the article's, and it is not the headline again
    (the title carries it)."""
    row = page.rows[k]
    if row["x"][FEATURE_INDEX["is_headline"]] > 0:
        return 0
    n = len(words(page_text(page, k)))
    g = len(words(page.gold[k]))
    return int(n > 0 and g / n >= 0.5)


FEATURE_INDEX = {}


def set_feature_names(names):
    FEATURE_INDEX.clear()
    FEATURE_INDEX.update({n: i for i, n in enumerate(names)})


_TEXT_CACHE = {}


def page_text(page, k):
    lines = _TEXT_CACHE.get(page.id)
    if lines is None:
        lines = _TEXT_CACHE[page.id] = page.lines_text
    return lines[page.rows[k]["line"] - 1]


def attach_texts(pages, pages_dir):
    for p in pages:
        with open(os.path.join(pages_dir, p.id + ".txt"), encoding="utf-8") as f:
            p.lines_text = [" ".join(l.split()) for l in f.read().split("\n")]


def page_f1(page, kept, convention=False):
    """Word-level F1 of the kept text (the headline always kept) against the gold.
    `kept[k]` says whether body row k is kept. With `convention`, a line the rules removed as
    a caption, credit or stamp agrees with the gold whichever way."""
    gold = collections.Counter()
    out = collections.Counter(words(page.headline))
    for k, row in enumerate(page.rows):
        g = words(page.gold[k])
        if row["x"][FEATURE_INDEX["is_headline"]] > 0:
            continue  # the title stands for it
        if convention and row["rule"] in CONVENTION_REASONS:
            continue
        gold.update(g)
        if kept[k]:
            out.update(words(page_text(page, k)))
    if not gold:
        return None
    # The headline is the title's: counted as gold once.
    gold.update(words(page.headline))
    common = sum((gold & out).values())
    if common == 0:
        return 0.0
    p = common / sum(out.values())
    r = common / sum(gold.values())
    return 2 * p * r / (p + r)


def mean_f1(pages, decide, convention=False):
    scores = []
    for p in pages:
        s = page_f1(p, decide(p), convention)
        if s is not None:
            scores.append(s)
    return float(np.mean(scores)) if scores else float("nan"), len(scores)
