#!/usr/bin/env python3
"""Turn the annotated fixtures' seed pages into labelled pasted-text pages, in the form
`corpus_lines.py` gives the public corpora, so that the line classifier can be fitted and
measured on them too.

    python3 tools/fixture_pages.py --out /tmp/corpora/pages/fixtures

Each seed file of `tests/fixtures/*/seeds/` becomes `<out>/<n>.txt` (the annotated headline on
the first line, then the page's other lines in order) and `<n>.json` with its site (the seed
file's outlet prefix), fixture, headline and, for every body line, its gold text: the line
itself when the annotation counts it as the article, "" when it lists it among `junk_lines`.
The fixtures are the project's own annotation of real pages (see tests/fixtures/ANNOTATING.md).
"""

import argparse
import glob
import json
import os
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(text):
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def site_of(seed_file):
    """The outlet a seed file is named after ("kazinform-abai.txt" is kazinform's)."""
    return seed_file.split("-")[0].split(".")[0].lower()


def page_of(seed_path, source):
    """The headline and the body lines with their gold text, or None for an empty page."""
    with open(seed_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    title = norm(source.get("title"))
    junk = {norm(j) for j in source.get("junk_lines", [])}
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    if norm(lines[first]) == title:
        head, body = lines[first], lines[first + 1:]
    else:
        # The headline is not the page's first line: it leads, the page follows unchanged.
        head, body = title or lines[first], lines[first:]
    gold = ["" if norm(line) in junk else line for line in body]
    return head, body, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="folder for the pages (emptied first)")
    ap.add_argument("--fixtures", default=os.path.join(REPO, "tests", "fixtures"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for old in glob.glob(os.path.join(args.out, "*")):
        os.remove(old)
    n = 0
    for gold_path in sorted(glob.glob(os.path.join(args.fixtures, "*", "gold.json"))):
        fixture = os.path.basename(os.path.dirname(gold_path))
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        for source in gold["sources"]:
            seed = os.path.join(os.path.dirname(gold_path), "seeds", source["file"])
            page = os.path.exists(seed) and page_of(seed, source)
            if not page:
                continue
            head, body, lines_gold = page
            pid = f"{n:05d}"
            n += 1
            with open(os.path.join(args.out, pid + ".txt"), "w", encoding="utf-8") as f:
                f.write(head + "\n" + "\n".join(body))
            meta = {"host": site_of(source["file"]), "fixture": fixture, "file": source["file"],
                    "headline": head, "gold": lines_gold}
            with open(os.path.join(args.out, pid + ".json"), "w", encoding="utf-8") as f:
                json.dump(meta, f)
    print(f"{n} pages in {args.out}")


if __name__ == "__main__":
    main()
