#!/usr/bin/env python3
"""Check a hand-written fixture before brief runs on it (tests/fixtures/ANNOTATING.md): gold.json
in score.py's format, every quote verbatim in its seed, every junk line and heading a line of it.

usage: tools/validate_fixture.py FIXTURE_DIR [...]
"""
import json, os, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u2033]", '"', s)
    s = re.sub(r"[\u2013\u2014\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def main(d):
    errs = []
    if not os.path.exists(os.path.join(d, "site.toml")): errs.append("no site.toml")
    if not os.path.exists(os.path.join(d, "NOTES.md")): errs.append("no NOTES.md")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", (g.get("event") or {}).get("date", "")): errs.append("event.date missing")
    texts, lines = {}, {}
    for s in g["sources"]:
        p = os.path.join(d, "seeds", s["file"])
        if not os.path.exists(p): errs.append(f"missing seed {s['file']}"); continue
        t = open(p, encoding="utf-8").read()
        texts[s["file"]] = norm(t)
        lines[s["file"]] = {norm(l) for l in t.splitlines() if l.strip()}
        for k in ("title", "publisher", "junk_lines", "headings"):
            if k not in s: errs.append(f"{s['file']}: no {k}")
        for j in s.get("junk_lines", []) + s.get("headings", []):
            if norm(j) not in lines[s["file"]]: errs.append(f"{s['file']}: line not in seed: {j[:60]!r}")
        if s.get("publisher") and not s.get("publisher_accept"): errs.append(f"{s['file']}: publisher without publisher_accept")
    def quotes(key, fields):
        for it in g.get(key, []):
            for f in fields:
                if f not in it: errs.append(f"{key}: missing {f} in {it.get('quote','')[:40]!r}")
            if it.get("file") not in texts: errs.append(f"{key}: unknown file {it.get('file')}"); continue
            if not norm(it["quote"]): errs.append(f"{key}: empty quote in {it['file']}")
            elif norm(it["quote"]) not in texts[it["file"]]: errs.append(f"{key}: quote not verbatim in {it['file']}: {it['quote'][:70]!r}")
    quotes("casualties", ["file", "quote", "killed", "injured", "group", "claimed_by", "current"])
    quotes("casualty_traps", ["file", "quote"])
    quotes("reactions", ["file", "quote", "kind", "actor", "affiliation"])
    quotes("background", ["file", "year", "what", "quote"])
    for r in g.get("reactions", []):
        if r.get("kind") not in ("international", "party", "analyst"): errs.append(f"bad kind {r.get('kind')}")
    for b in g.get("background", []):
        if not isinstance(b.get("year"), int): errs.append(f"background year not int: {b.get('quote','')[:40]}")
    print("\n".join(errs) if errs else f"OK {d}: {len(g['sources'])} sources, {len(g['casualties'])} casualties, "
          f"{sum(r['kind']=='international' for r in g['reactions'])} intl / {len(g['reactions'])} reactions, {len(g['background'])} background")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(max(main(d.rstrip('/')) for d in sys.argv[1:]))
