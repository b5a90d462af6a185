#!/usr/bin/env python3
"""Show what a build of an annotated fixture missed and what it listed that the annotation
does not: casualties, reactions and background, sentence by sentence.

usage: tools/diff_fixture.py BRIEFING_JSON GOLD_JSON [casualties|reactions|background ...]
"""
import importlib.util, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "score", os.path.join(here, "..", "..", "shared", "eval", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def main():
    brief = json.load(open(sys.argv[1], encoding="utf-8"))
    gold = json.load(open(sys.argv[2], encoding="utf-8"))
    parts = sys.argv[3:] or ["casualties", "reactions", "background"]
    fmap = score.source_file_map(brief)
    for part in parts:
        sys_items = score.items_by_file(brief.get(part), fmap)
        print(f"== {part}")
        for g in gold[part]:
            got = [it for it in sys_items.get(g["file"], []) if score.same_sentence(g["quote"], it.get("sentence", ""))]
            if part == "casualties":
                ok = any(score.num_ok(g["killed"], it.get("killed"), g.get("killed_accept")) and
                         score.num_ok(g["injured"], it.get("injured")) for it in got)
                if not ok:
                    print(f"  MISS {g['file'][:12]} k={g['killed']} i={g['injured']} cur={g.get('current', True)} :: {g['quote'][:150]}"
                          + (f"   [got k={got[0].get('killed')} i={got[0].get('injured')} cur={got[0].get('current')}]" if got else ""))
            elif part == "reactions":
                if not got:
                    print(f"  MISS {g['file'][:12]} {g['kind']:13s} {g['actor']} ({g['affiliation']}) :: {g['quote'][:140]}")
                elif g["kind"] == "international" and not any(score.canon_aff(it.get("affiliation")) == score.canon_aff(g["affiliation"]) for it in got):
                    print(f"  AFF  {g['file'][:12]} {g['actor']} gold={g['affiliation']} got={[it.get('affiliation') for it in got]}")
            else:
                if not any(it.get("year") == g["year"] for it in got):
                    print(f"  MISS {g['file'][:12]} {g['year']} :: {g['quote'][:140]}" + (f"  [got year {got[0].get('year')}]" if got else ""))
        for f, lst in sys_items.items():
            for it in lst:
                if not any(g["file"] == f and score.same_sentence(g["quote"], it.get("sentence", "")) for g in gold[part]):
                    extra = {"casualties": lambda i: f"k={i.get('killed')} i={i.get('injured')} cur={i.get('current')}",
                             "reactions": lambda i: f"{i.get('actor')} ({i.get('affiliation')}, {i.get('kind')})",
                             "background": lambda i: f"{i.get('year')} {i.get('label')}"}[part](it)
                    print(f"  FALSE {f[:12]} {extra} :: {it.get('sentence', '')[:150]}")


if __name__ == "__main__":
    main()
