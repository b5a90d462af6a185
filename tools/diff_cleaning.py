#!/usr/bin/env python3
"""Show, for annotated fixtures, what the cleaning got wrong line by line: junk the annotation
marks that brief kept, lines of the article brief removed (with brief's reason), and the
publisher brief named against the annotation's.

usage: tools/diff_cleaning.py [--brief PATH] [--eval DIR] [--quiet] [FIXTURE ...]

Each fixture is built in a temporary folder (nothing is written into the repository), with the
release binary unless --brief names another. Ends with each fixture's junk removed, content
kept and publisher figures as score.py counts them.
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_score(eval_dir):
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def build(brief, fixture, tmp):
    site = os.path.join(tmp, "site")
    shutil.copytree(fixture, site, ignore=shutil.ignore_patterns("public"))
    subprocess.run([brief, "build", "-q", "--root", site], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(site, "public", "briefing.json"), encoding="utf-8") as f:
        return json.load(f)


def diff_one(score, brief_json, gold, seeds, quiet):
    """Prints the misses of one fixture; returns (junk removed, junk, kept, content, pub ok, pubs)."""
    score.attach_lines(gold, seeds)
    fmap = score.source_file_map(brief_json)
    by_file = {fmap.get(s.get("id")): s for s in brief_json.get("sources", [])}
    totals = [0, 0, 0, 0, 0, 0]
    for g in gold["sources"]:
        s = by_file.get(g["file"]) or {}
        paras = [p.get("text", "") if isinstance(p, dict) else p for p in s.get("paragraphs", [])]
        body = "\n".join(score.norm(p) for p in paras)
        removed = {score.norm(r.get("text", "")): r.get("reason", "")
                   for r in s.get("removed", []) if isinstance(r, dict)}
        kept_junk = [j for j in g["junk_lines"] if score.norm(j) in body]
        lost = [l for l in g.get("_lines") or [] if score.norm(l) not in body]
        accepted = score.accepted_publishers(g)
        pub = s.get("publisher")
        pub_ok = any(score.norm(pub).removeprefix("the ") == score.norm(a).removeprefix("the ")
                     for a in accepted)
        totals[0] += len(g["junk_lines"]) - len(kept_junk)
        totals[1] += len(g["junk_lines"])
        totals[2] += len(g.get("_lines") or []) - len(lost)
        totals[3] += len(g.get("_lines") or [])
        totals[4] += pub_ok
        totals[5] += bool(accepted)
        if quiet:
            continue
        print(f"  {g['file']}: publisher {pub!r}" + ("" if pub_ok or not accepted else f"  MISS (gold {accepted})"))
        for j in kept_junk:
            print(f"    JUNK KEPT   {j[:110]}")
        for l in lost:
            print(f"    LOST        {l[:110]}  [{removed.get(score.norm(l), 'merged or changed')}]")
    return totals


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--brief", default=os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"), "release", "brief"))
    # The shared folder sits beside the repository (or beside a worktree's parent folder).
    evals = [os.path.join(ROOT, "..", "shared", "eval"), os.path.join(ROOT, "..", "..", "shared", "eval")]
    ap.add_argument("--eval", default=next((e for e in evals if os.path.isdir(e)), evals[0]))
    ap.add_argument("--quiet", action="store_true", help="the figures only")
    ap.add_argument("fixtures", nargs="*")
    a = ap.parse_args()
    score = load_score(a.eval)
    base = os.path.join(ROOT, "tests", "fixtures")
    names = a.fixtures or sorted(d for d in os.listdir(base)
                                 if os.path.exists(os.path.join(base, d, "gold.json")))
    rows = []
    for n in names:
        fixture = os.path.join(base, n)
        with open(os.path.join(fixture, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        with tempfile.TemporaryDirectory() as tmp:
            if not a.quiet:
                print(n)
            brief_json = build(a.brief, fixture, tmp)
            rows.append((n, diff_one(score, brief_json, gold, os.path.join(fixture, "seeds"), a.quiet)))
    ratio = lambda a, b: a / b if b else 1.0
    print(f"{'fixture':20s}{'junk':>8s}{'content':>9s}{'publisher':>10s}")
    for n, t in rows:
        print(f"{n:20s}{ratio(t[0], t[1]):8.3f}{ratio(t[2], t[3]):9.3f}{ratio(t[4], t[5]):10.3f}")
    if rows:
        mean = [sum(ratio(t[a], t[b]) for _, t in rows) / len(rows) for a, b in ((0, 1), (2, 3), (4, 5))]
        print(f"{'mean':20s}{mean[0]:8.3f}{mean[1]:9.3f}{mean[2]:10.3f}")
        low = sum(1 for _, t in rows if ratio(t[2], t[3]) < 0.98)
        print(f"content below 0.98 in {low} of {len(rows)} fixtures")


if __name__ == "__main__":
    sys.exit(main())
