#!/usr/bin/env python3
"""List every source whose publisher brief gets wrong, fixture by fixture: what the gold
accepts beside what brief says, and whether brief named an outlet where the text names none.

usage: tools/publisher_misses.py [--brief PATH] [--held-out SUFFIX,...] [--skip SUFFIX,...]
                                 [--json OUT] [--all] [FIXTURE ...]

Each fixture is copied to a temporary folder and built there. The figure printed is
score.py's: the share of sources with a named publisher that brief names, averaged over the
fixtures (a fixture whose sources name none counts 1.0), for the tuned fixtures and for the
held-out ones (fixture names ending in one of --held-out) apart; the held-out fixtures'
misses are counted, not listed, so tuning cannot read them. "wrong on null" counts sources
whose text names no outlet but brief gave one anyway.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", s)
    s = re.sub(r"\s+", " ", s).strip().lower()
    return re.sub(r"^the ", "", s)


def accepted(g):
    if "publisher_accept" in g:
        return g["publisher_accept"]
    return [g["publisher"]] if g.get("publisher") else []


def run_one(brief, fixture):
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        shutil.copytree(fixture, site, ignore=shutil.ignore_patterns("public"))
        subprocess.run([brief, "build", "-q", "--root", site], check=True, capture_output=True)
        out = json.load(open(os.path.join(site, "public/briefing.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(fixture, "gold.json"), encoding="utf-8"))
    by_file = {(s.get("file") or "").replace("\\", "/").split("/")[-1]: s for s in out.get("sources", [])}
    rows = []
    for g in gold["sources"]:
        s = by_file.get(g["file"]) or {}
        said = s.get("publisher")
        acc = accepted(g)
        if acc:
            status = "ok" if any(norm(said) == norm(a) for a in acc) else ("none" if not said else "wrong")
        else:
            status = "null-ok" if not said else "null-wrong"
        rows.append({"file": g["file"], "gold": acc, "brief": said, "status": status})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--brief", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "brief"))
    ap.add_argument("--held-out", default="ak,al,am")
    ap.add_argument("--skip", default="an,ao,ap", help="fixture suffixes left out entirely")
    ap.add_argument("--json")
    ap.add_argument("--all", action="store_true", help="list every source, not only misses")
    ap.add_argument("fixtures", nargs="*")
    a = ap.parse_args()
    held = tuple("-" + s for s in a.held_out.split(",") if s)
    base = os.path.join(ROOT, "tests", "fixtures")
    names = a.fixtures or sorted(d for d in os.listdir(base) if os.path.exists(os.path.join(base, d, "gold.json")))
    # Fixtures kept from tuning and from this listing altogether (--skip).
    names = [n for n in names if not n.endswith(tuple("-" + x for x in a.skip.split(",") if x))]
    with ThreadPoolExecutor(2) as pool:
        results = dict(zip(names, pool.map(lambda n: run_one(a.brief, os.path.join(base, n)), names)))
    groups = {"tuned": [], "held-out": []}
    wrong_null = {"tuned": 0, "held-out": 0}
    for name, rows in results.items():
        grp = "held-out" if name.endswith(held) else "tuned"
        named = [r for r in rows if r["gold"]]
        groups[grp].append(sum(r["status"] == "ok" for r in named) / len(named) if named else 1.0)
        wrong_null[grp] += sum(r["status"] == "null-wrong" for r in rows)
        for r in rows:
            if a.all or r["status"] not in ("ok", "null-ok"):
                if grp == "held-out" and not a.all:
                    continue  # held-out misses are counted, not read
                print(f"{name:<22} {r['file']:<40} {r['status']:<10} brief={r['brief']!r:<30} gold={r['gold'][:4]}")
    for grp, vals in groups.items():
        if vals:
            print(f"{grp}: publisher {sum(vals) / len(vals):.3f} over {len(vals)} fixtures; wrong on null {wrong_null[grp]}")
    if a.json:
        json.dump(results, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
