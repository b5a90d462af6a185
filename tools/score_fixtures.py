#!/usr/bin/env python3
"""Build every annotated fixture (tests/fixtures/*/gold.json) with a brief binary and print
score.py's figures as one table, plus whether the event's date is right.

usage: tools/score_fixtures.py [--brief PATH] [--eval DIR] [--json OUT] [FIXTURE ...]

Each fixture is copied to a temporary folder first, so nothing is written into the
repository. The same table, taken on a fixture's first run (before any change made after
looking at its output), is what tests/fixtures/LEDGER.md records.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["sources.publisher", "clean.junk_removed", "clean.content_kept", "casualties.f1",
        "casualties.traps_listed", "reactions.international_recall", "reactions.precision",
        "reactions.affiliation", "reactions.all_recall", "background.f1"]
SHORT = ["publisher", "junk", "content", "cas_f1", "traps", "intl_rec", "rx_prec", "aff", "rx_all", "bg_f1"]


def score_one(brief, score_py, fixture):
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        shutil.copytree(fixture, site, ignore=shutil.ignore_patterns("public"))
        subprocess.run([brief, "build", "-q", "--root", site], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([sys.executable, score_py, os.path.join(site, "public/briefing.json"),
                              os.path.join(site, "gold.json"), os.path.join(site, "seeds"), "--json"],
                             check=True, capture_output=True, text=True).stdout
        m = json.loads(out)
        brief_json = json.load(open(os.path.join(site, "public/briefing.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(site, "gold.json"), encoding="utf-8"))
        m["event.date"] = (brief_json.get("event") or {}).get("date")
        m["event.date_ok"] = m["event.date"] == gold["event"]["date"]
        return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--brief", default=os.path.join(ROOT, "target/release/brief"))
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval"))
    ap.add_argument("--json")
    ap.add_argument("fixtures", nargs="*")
    a = ap.parse_args()
    base = os.path.join(ROOT, "tests", "fixtures")
    names = a.fixtures or sorted(d for d in os.listdir(base)
                                 if os.path.exists(os.path.join(base, d, "gold.json")))
    score_py = os.path.join(a.eval, "score.py")
    rows = {}
    print("fixture".ljust(20) + "".join(s.rjust(10) for s in SHORT) + "  date")
    for n in names:
        m = score_one(a.brief, score_py, os.path.join(base, n))
        rows[n] = m
        cells = "".join((f"{m[k]:10.3f}" if isinstance(m[k], float) else f"{m[k]:10d}") for k in KEYS)
        print(n.ljust(20) + cells + ("  ok" if m["event.date_ok"] else f"  WRONG ({m['event.date']})"))
    if rows:
        mean = {k: sum(r[k] for r in rows.values()) / len(rows) for k in KEYS}
        print("mean".ljust(20) + "".join(f"{mean[k]:10.3f}" for k in KEYS)
              + f"  {sum(r['event.date_ok'] for r in rows.values())}/{len(rows)}")
    if a.json:
        json.dump(rows, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
