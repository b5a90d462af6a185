#!/usr/bin/env python3
"""Build every annotated fixture (tests/fixtures/*/gold.json) with a brief binary and print
score.py's figures as one table, plus whether the event's date is right.

usage: tools/score_fixtures.py [--brief PATH] [--eval DIR] [--json OUT] [--sieves] [--cleaner-folds DIR]
                               [--unlisted OUT] [FIXTURE ...]

Each fixture is copied to a temporary folder first, so nothing is written into the
repository. The same table, taken on a fixture's first run (before any change made after
looking at its output), is what tests/fixtures/LEDGER.md records.

--sieves builds with `brief build --explain` and also prints, summed over the fixtures, how
many statements each attribution sieve found and how many of them the fixtures' gold.json
list (score.py's sentence matching): each sieve's precision. --unlisted OUT writes every
statement no annotation lists, with its fixture and sieve.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["sources.publisher", "clean.junk_removed", "clean.content_kept", "casualties.f1",
        "casualties.traps_listed", "reactions.international_recall", "reactions.precision",
        "reactions.affiliation", "reactions.all_recall", "background.f1"]
SHORT = ["publisher", "junk", "content", "cas_f1", "traps", "intl_rec", "rx_prec", "aff", "rx_all", "bg_f1"]


def read_explain(stdout):
    """`brief build --explain`'s table as {sieve: (found, annotated)}, and its unlisted lines."""
    table, unlisted, section = {}, [], None
    for line in stdout.splitlines():
        cells = line.split()
        if cells[:2] == ["sieve", "found"]:
            section = "table"
        elif line == "not in the annotation:":
            section = "unlisted"
        elif section == "table" and len(cells) >= 3 and cells[1].isdigit():
            if cells[0] != "all":
                table[cells[0]] = (int(cells[1]), int(cells[2]) if cells[2].isdigit() else 0)
        elif section == "unlisted" and line.strip():
            unlisted.append(line)
    return table, unlisted


def score_one(brief, score_py, fixture, sieves=False, cleaner_model=None):
    env = dict(os.environ, BRIEF_CLEANER_MODEL=cleaner_model) if cleaner_model else None
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        shutil.copytree(fixture, site, ignore=shutil.ignore_patterns("public"))
        built = subprocess.run([brief, "build", "-q", "--root", site] + (["--explain"] if sieves else []),
                               check=True, capture_output=True, text=True, env=env)
        out = subprocess.run([sys.executable, score_py, os.path.join(site, "public/briefing.json"),
                              os.path.join(site, "gold.json"), os.path.join(site, "seeds"), "--json"],
                             check=True, capture_output=True, text=True).stdout
        m = json.loads(out)
        brief_json = json.load(open(os.path.join(site, "public/briefing.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(site, "gold.json"), encoding="utf-8"))
        m["event.date"] = (brief_json.get("event") or {}).get("date")
        m["event.date_ok"] = m["event.date"] == gold["event"]["date"]
        # With no year written in the pages, brief gives the day and month alone (the ledger
        # still counts the date wrong: the annotation has a year).
        day = (brief_json.get("event") or {}).get("day_without_year")
        m["event.day_without_year_ok"] = bool(day) and day[2:] == gold["event"]["date"][5:]
        if sieves:
            m["sieves"], m["unlisted"] = read_explain(built.stdout)
        return m


def print_sieves(rows, unlisted_path):
    """The per-sieve table summed over the fixtures, sieves in the order brief tries them."""
    order, total = [], {}
    for m in rows.values():
        for sieve, (found, listed) in m["sieves"].items():
            if sieve not in total:
                order.append(sieve)
                total[sieve] = [0, 0]
            total[sieve][0] += found
            total[sieve][1] += listed
    print(f"\nattribution sieves over {len(rows)} fixtures")
    print(f"{'sieve':<20}{'found':>7}{'annotated':>11}{'precision':>11}")
    for sieve in order + ["all"]:
        found, listed = total[sieve] if sieve != "all" else [
            sum(t[0] for t in total.values()), sum(t[1] for t in total.values())]
        precision = f"{listed / found:.3f}" if found else "-"
        print(f"{sieve:<20}{found:>7}{listed:>11}{precision:>11}")
    if unlisted_path:
        with open(unlisted_path, "w", encoding="utf-8") as out:
            for name, m in rows.items():
                for line in m["unlisted"]:
                    out.write(f"{name}\t{line}\n")


def cleaner_folds(folder):
    """{fixture: the model of the fold that held it out}."""
    models = {}
    for k in range(1, 100):
        names = os.path.join(folder, f"fold-{k}.txt")
        if not os.path.exists(names):
            break
        model = os.path.abspath(os.path.join(folder, f"fold-{k}.json"))
        models.update({line.strip(): model for line in open(names, encoding="utf-8") if line.strip()})
    return models


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--brief", default=os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"), "release", "brief"))
    # The shared folder sits beside the repository (or beside a worktree's parent folder).
    evals = [os.path.join(ROOT, "..", "shared", "eval"), os.path.join(ROOT, "..", "..", "shared", "eval")]
    ap.add_argument("--eval", default=next((e for e in evals if os.path.isdir(e)), evals[0]))
    ap.add_argument("--json")
    ap.add_argument("--sieves", action="store_true",
                    help="also print each attribution sieve's statements and precision")
    ap.add_argument("--unlisted", help="with --sieves, write every statement no annotation lists here")
    ap.add_argument("--cleaner-folds", metavar="DIR",
                    help="fit_cleaner.py --fixture-folds' output: each fixture a fold-K.txt names "
                         "is built with that fold's model, blind to its event and sites")
    ap.add_argument("fixtures", nargs="*")
    a = ap.parse_args()
    fold_model = cleaner_folds(a.cleaner_folds) if a.cleaner_folds else {}
    base = os.path.join(ROOT, "tests", "fixtures")
    names = a.fixtures or sorted(d for d in os.listdir(base)
                                 if os.path.exists(os.path.join(base, d, "gold.json")))
    score_py = os.path.join(a.eval, "score.py")
    rows = {}
    print("fixture".ljust(20) + "".join(s.rjust(10) for s in SHORT) + "  date")
    for n in names:
        m = score_one(a.brief, score_py, os.path.join(base, n), a.sieves, fold_model.get(n))
        rows[n] = m
        cells = "".join((f"{m[k]:10.3f}" if isinstance(m[k], float) else f"{m[k]:10d}") for k in KEYS)
        date = ("  ok" if m["event.date_ok"]
                else "  no year (day right)" if m["event.day_without_year_ok"]
                else f"  WRONG ({m['event.date']})")
        print(n.ljust(20) + cells + date)
    if rows:
        mean = {k: sum(r[k] for r in rows.values()) / len(rows) for k in KEYS}
        print("mean".ljust(20) + "".join(f"{mean[k]:10.3f}" for k in KEYS)
              + f"  {sum(r['event.date_ok'] for r in rows.values())}/{len(rows)}")
    if a.sieves and rows:
        print_sieves(rows, a.unlisted)
    if a.json:
        json.dump({n: {k: v for k, v in m.items() if k not in ("sieves", "unlisted")}
                   for n, m in rows.items()}, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
