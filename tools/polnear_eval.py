#!/usr/bin/env python3
"""Measure brief's attribution step (who said it) on PolNeAR, or on any corpus in its layout.

PolNeAR (Newell et al., LREC 2018) marks every attribution in 924 US political news articles
as BRAT standoff: `Source`, `Cue` and `Content` spans with character offsets, tied together by
`Attribution` events. This tool runs brief's attribution step alone over each article
(`examples/attribution.rs`: brief's sentence splitter, then `find_attributions` on every
sentence, as the reactions extractor calls it) and scores the speakers it finds against the
hand-marked sources.

    python3 tools/polnear_eval.py                       # dev split of ../shared/corpora/polnear.tgz
    python3 tools/polnear_eval.py --split train
    python3 tools/polnear_eval.py --data DIR            # DIR/text/*.txt, DIR/attributions/*.ann
    python3 tools/polnear_eval.py --derive-cues         # the train cue table the cue list came from

The corpus is unpacked to a temporary folder and never written into the repository. Only
measure with it: nothing fitted on PolNeAR may ship.

What is scored
--------------
Gold attributions kept: those with a Source whose Cue is a speech or position verb
(SPEECH_CUES below). The cue's head is its first word after auxiliaries and adverbs ("has
also said" -> "said"; "said in a statement" -> "said"; "according to" is one head). The list was
derived from the TRAIN split only: every head written at least 12 times there
(`--derive-cues` prints the table), keeping verbs of saying (said, told, wrote, asked, tweeted …)
and of stating a position (urged, warned, accused, criticized, vowed …), leaving out belief
and perception (think, want, hope, see), evidence (show, find, appear) and acts that say
nothing (vote, endorse, support, release).

Sources are split into pronouns (he, she, they, it, we, I, you, who …; reported apart) and noun
phrases; a noun phrase is "named" when it holds a word written capitalised that is not just
the capital opening a sentence (a capitalised word the article never writes in lowercase counts
even there), else "common" ("officials", "the campaign"). The headline figure is over all noun
phrase sources, with named and common also shown.

Articles annotated by several annotators: the annotation of the annotator whose id sorts first
is used, for every such article (one annotator consistently, never a mix).

Matching: brief's speaker is located in its sentence (the occurrence nearest its verb). It
matches a gold source when the two character spans overlap, or, when brief's speaker cannot be
located verbatim, when both are equal after lowercasing and dropping determiners, titles and
possessive 's ("Sen. Ted Cruz" = "Ted Cruz").

Recall: share of kept gold attributions for which brief finds, in the sentence holding the
cue, a speaker that matches the gold source.
Precision: share of brief's non-pronoun speakers that match a gold source of any attribution
(any cue) in their sentence; given over (a) sentences holding a kept gold attribution with a
noun-phrase source (the headline figure), (b) sentences holding any gold attribution and (c)
every sentence. Pronoun speakers brief finds are scored apart.

Forms ("sieves"), given to gold attributions and to brief's speakers alike, first that applies:
`according to X` (the cue is "according to"), participle `..., saying` (the cue opens with an
-ing word; "is saying" is not one),
`said X` (the source comes after the cue), `X's spokesperson said` (a source before the cue
holding a possessive 's or a spokes- word), `X said` (any other source before the cue), other.

Sieves: brief names the rule that found each speaker (`Sieve` in
crates/brief-extract/src/speakers/attribution.rs: passive_agent, inverted, subject_before,
opens_quotation, name_in_clause, after_comma, participle, with_participle, according_to). Per sieve, `found` is brief's
non-pronoun speakers that sieve gives over the split; recall is the share of ALL kept gold
attributions (named, or every noun phrase) whose source that sieve found (the first matching
speaker in the sentence names it, so the sieves' recalls add up to the overall recall);
precision is the share of that sieve's speakers matching a gold source, in sentences with a
kept attribution and in every sentence, as above.
"""

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The shared folder sits beside the repository (or beside a worktree's parent folder).
DEFAULT_CORPUS = os.environ.get("POLNEAR") or next(
    (str(p) for p in [REPO.parent / "shared/corpora/polnear.tgz",
                      REPO.parent.parent / "shared/corpora/polnear.tgz"] if p.is_file()),
    str(REPO.parent / "shared/corpora/polnear.tgz"))

# Speech and position cues, as heads (see the module doc for how they were chosen from train).
SPEECH_LEMMAS = """
say says said saying
tell tells told telling
according-to
write writes wrote written writing
ask asks asked asking
call calls called calling
add adds added adding
report reports reported reporting
announce announces announced announcing
note notes noted noting
suggest suggests suggested suggesting
argue argues argued arguing
describe describes described describing
tweet tweets tweeted tweeting
post posts posted posting
continue continues continued continuing
criticize criticizes criticized criticizing criticise criticises criticised criticising
accuse accuses accused accusing
declare declares declared declaring
respond responds responded responding
reply replies replied replying
answer answers answered answering
acknowledge acknowledges acknowledged acknowledging
explain explains explained explaining
point points pointed pointing
cite cites cited citing
urge urges urged urging
warn warns warned warning
claim claims claimed claiming
defend defends defended defending
vow vows vowed vowing
reveal reveals revealed revealing
promise promises promised promising
pledge pledges pledged pledging
state states stated stating
praise praises praised praising
recall recalls recalled recalling
question questions questioned questioning
insist insists insisted insisting
express expresses expressed expressing
propose proposes proposed proposing
attack attacks attacked attacking
denounce denounces denounced denouncing
mention mentions mentioned mentioning
reject rejects rejected rejecting
charge charges charged charging
deny denies denied denying
blast blasts blasted blasting
confirm confirms confirmed confirming
dismiss dismisses dismissed dismissing
predict predicts predicted predicting
blame blames blamed blaming
admit admits admitted admitting
reiterate reiterates reiterated reiterating
challenge challenges challenged challenging
echo echoes echoed echoing
rail rails railed railing
assure assures assured assuring
complain complains complained complaining
stress stresses stressed stressing
mock mocks mocked mocking
decry decries decried decrying
speak speaks spoke spoken speaking
talk talks talked talking
issue issues issued issuing
""".split()
SPEECH_CUES = {w.replace("-", " ") for w in SPEECH_LEMMAS}

# Words left off a cue before its head: auxiliaries, negation, adverbs of time and manner.
CUE_SKIP = set(
    """has have had also would will could can may might should must is was are were been be
    being did does do not never then again once later previously recently repeatedly publicly
    just already even still often first quickly immediately widely reportedly strongly""".split()
)

PRONOUNS = set(
    """he she it they we i you him her them us me his its their our my your who whom which that
    this these those one someone somebody everyone both all some many others himself herself
    themselves itself""".split()
)

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
TITLES = set(
    """mr mrs ms miss dr sen senator rep gov governor gen president vice former presidential
    candidate nominee secretary""".split()
)

FORMS = ["X said", "said X", "according to X", "X's spokesperson said", "..., saying", "other"]

# brief's own sieves, in the order it tries them (`Sieve` in speakers/attribution.rs).
SIEVES = ["passive_agent", "inverted", "subject_before", "opens_quotation", "name_in_clause",
          "after_comma", "participle", "with_participle", "according_to"]

STRAIGHT = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "“": '"', "”": '"',
                          "„": '"', "″": '"', "–": "-", "—": "-", "\u00a0": " "})


def straighten(text):
    """The same one-character-for-one mapping as brief's `text::straighten`."""
    return text.translate(STRAIGHT)


# --- reading the corpus -------------------------------------------------------------------

def parse_spans(field):
    """'315 448;463 553' -> [(315, 448), (463, 553)]."""
    spans = []
    for part in field.split(";"):
        bits = part.split()
        if len(bits) == 2 and bits[0].isdigit() and bits[1].isdigit():
            spans.append((int(bits[0]), int(bits[1])))
    return spans


def read_ann(path):
    """The attributions of one .ann file: dicts with 'source', 'cue' (span lists) or None."""
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            kind, _, rest = cols[1].partition(" ")
            spans[cols[0]] = (kind, parse_spans(rest))
        elif cols[0].startswith("E"):
            events.append(cols[1].split())
    out = []
    for args in events:
        roles = {}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")
            if ref in spans and role not in roles:
                roles[role] = spans[ref][1]
        out.append({"source": roles.get("Source"), "cue": roles.get("Cue"),
                    "content": roles.get("Content")})
    return out


def pick_annotations(ann_dir, text_dir):
    """For each article with a text, its .ann file (the annotator whose id sorts first)."""
    by_article = collections.defaultdict(list)
    for ann in sorted(ann_dir.glob("*.ann")):
        article, _, annotator = ann.stem.rpartition("_")
        if article and (text_dir / f"{article}.txt").is_file():
            by_article[article].append((annotator, ann))
    return {a: sorted(anns)[0][1] for a, anns in sorted(by_article.items())}


def cue_head(cue_text):
    text = straighten(cue_text).lower()
    if text.lstrip().startswith("according to"):
        return "according to"
    words = [w for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text) if w not in CUE_SKIP]
    return words[0] if words else ""


def fragments_text(text, spans):
    return " ".join(text[s:e] for s, e in spans)


# --- running brief ------------------------------------------------------------------------

def run_brief(files, binary, profile):
    """brief's sentences and attributions for each file: {path: [sentence lines]}."""
    if binary:
        base = [str(binary)]
    else:
        cargo = os.environ.get("CARGO", "cargo")
        base = [cargo, "run", "--quiet", "--example", "attribution"]
        if profile == "release":
            base.insert(3, "--release")
        base.append("--")
    out = collections.defaultdict(list)
    for i in range(0, len(files), 200):
        chunk = [str(f) for f in files[i:i + 200]]
        done = subprocess.run(base + chunk, cwd=REPO, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"attribution tool failed ({' '.join(base)}):\n{done.stderr}")
        for line in done.stdout.splitlines():
            row = json.loads(line)
            out[row["file"]].append(row)
    return out


# --- matching -----------------------------------------------------------------------------

def word_occurrences(haystack, needle):
    """Start offsets of `needle` in `haystack` as whole words, ignoring case."""
    if not needle:
        return []
    pattern = r"(?<![\w])" + re.escape(needle.lower()) + r"(?![\w])"
    return [m.start() for m in re.finditer(pattern, haystack.lower())]


def nearest(spans, verb):
    return spans[0] if verb is None else min(spans, key=lambda sp: abs(sp[0] - verb[0]))


def locate(sentence, start, hit):
    """Absolute (speaker span or None, verb span or None) of a hit in its sentence: the
    occurrence nearest the verb. A speaker brief tidied ("X, a fellow at Y, an institution"
    from "X, a fellow at Y who ran Z") is located by its comma-separated parts."""
    s = straighten(sentence)
    speaker = straighten(hit["speaker"])
    found = [(p, p + len(speaker)) for p in word_occurrences(s, speaker)] if speaker else []
    verbs = [(v, v + len(hit["verb"])) for v in word_occurrences(s, hit["verb"])]
    anchor = found or [span for part in speaker.split(", ")
                       for span in [(p, p + len(part)) for p in word_occurrences(s, part)]]
    verb = None
    if verbs:
        verb = min(verbs, key=lambda v: min((abs(v[0] - a[0]) for a in anchor), default=0))
    if found:
        speaker_span = nearest(found, verb)
    else:
        parts = [nearest(spans, verb) for part in speaker.split(", ")
                 if (spans := [(p, p + len(part)) for p in word_occurrences(s, part)])]
        speaker_span = (min(p[0] for p in parts), max(p[1] for p in parts)) if parts else None
    shift = lambda sp: None if sp is None else (start + sp[0], start + sp[1])  # noqa: E731
    return shift(speaker_span), shift(verb)


def core(text):
    words = re.findall(r"[a-z0-9]+", straighten(text).lower().replace("'s", ""))
    while words and (words[0] in DETERMINERS or words[0] in TITLES) and len(words) > 1:
        words.pop(0)
    return " ".join(words)


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


RELATIVES = {"who", "which", "that"}


def matches(hit, gold_spans, text):
    if hit["span"] is not None:
        if overlaps(hit["span"], gold_spans):
            return True
        # "McConnell, who in 2010 said": the gold source is the relative pronoun; brief's
        # speaker is what it stands for, right before it.
        gold = fragments_text(text, gold_spans).strip().lower()
        between = text[hit["span"][1]:gold_spans[0][0]]
        return gold in RELATIVES and 0 <= len(between) <= 3 and between.strip() in ("", ",")
    return core(hit["speaker"]) == core(fragments_text(text, gold_spans))


def malformed(text, attr):
    """An annotation slip: the Source span is itself a reporting verb ('“…,” said Obama' with
    'said' marked as the source)."""
    return bool(attr["source"]) and cue_head(fragments_text(text, attr["source"])) in SPEECH_CUES \
        and len(fragments_text(text, attr["source"]).split()) == 1


# --- classifying --------------------------------------------------------------------------

def is_possessive_source(source_text):
    t = straighten(source_text).lower()
    return "'s " in t or re.search(r"\bspokes", t) is not None


def gold_form(text, attr, head):
    if head == "according to":
        return "according to X"
    # "…, saying" but not "is saying", which is "X said" in another tense.
    first = re.findall(r"[a-z]+", straighten(fragments_text(text, attr["cue"])).lower())[:1]
    if head.endswith("ing") and first == [head]:
        return "..., saying"
    src, cue = attr["source"], attr["cue"]
    if src[0][0] >= cue[0][1]:
        return "said X"
    if is_possessive_source(fragments_text(text, src)):
        return "X's spokesperson said"
    if src[-1][1] <= cue[0][0]:
        return "X said"
    return "other"


def hit_form(hit):
    if hit["verb"] == "according to":
        return "according to X"
    if hit["verb"].endswith("ing"):
        return "..., saying"
    if hit["span"] is None or hit["verb_span"] is None:
        return "other"
    if hit["span"][0] > hit["verb_span"][0]:
        return "said X"
    return "X's spokesperson said" if is_possessive_source(hit["speaker"]) else "X said"


def source_kind(text, spans, lowercase_words, sentence_starts):
    src = straighten(fragments_text(text, spans)).strip()
    words = re.findall(r"[A-Za-z][\w'.-]*", src)
    if not words or " ".join(words).lower() in PRONOUNS:
        return "pronoun"
    offset = spans[0][0]
    for m in re.finditer(r"[A-Za-z][\w'.-]*", src):
        w = m.group(0)
        if not w[0].isupper():
            continue
        # A sentence may open with a quotation mark before the word.
        at = offset + m.start()
        opens = at in sentence_starts or at - 1 in sentence_starts
        if not opens or w.lower() not in lowercase_words:
            return "named"
    return "common"


# --- scoring ------------------------------------------------------------------------------

class Tally:
    def __init__(self):
        self.n = 0
        self.ok = 0

    def add(self, ok):
        self.n += 1
        self.ok += bool(ok)

    def rate(self):
        return self.ok / self.n if self.n else float("nan")

    def show(self):
        return f"{self.rate():.3f} ({self.ok}/{self.n})"


def sentence_at(rows, offset):
    for row in rows:
        if row["start"] <= offset < row["end"]:
            return row
    return None


def score_article(name, text, gold, rows, stats, log, sieves):
    lowercase_words = set(re.findall(r"\b[a-z][\w'-]*", straighten(text)))
    sentence_starts = {r["start"] for r in rows}
    for row in rows:
        for hit in row["attributions"]:
            hit["span"], hit["verb_span"] = locate(row["sentence"], row["start"], hit)
    kept_sentences, any_sentences, slipped = set(), set(), set()
    # Recall over gold attributions.
    for attr in gold:
        if not attr["cue"]:
            continue
        if malformed(text, attr):
            stats["malformed"].add(False)
            row = sentence_at(rows, attr["cue"][0][0])
            if row is not None:
                slipped.add(row["start"])
            continue
        row = sentence_at(rows, attr["cue"][0][0])
        if row is not None:
            any_sentences.add(row["start"])
        if not attr["source"]:
            continue
        head = cue_head(fragments_text(text, attr["cue"]))
        if head not in SPEECH_CUES:
            continue
        kind = source_kind(text, attr["source"], lowercase_words, sentence_starts)
        form = gold_form(text, attr, head)
        hits = row["attributions"] if row else []
        matched = [h for h in hits if matches(h, attr["source"], text)]
        found = bool(matched)
        if found:
            sieves[kind][matched[0].get("sieve", "unknown")] += 1
            if kind != "pronoun":
                sieves["np"][matched[0].get("sieve", "unknown")] += 1
        stats["recall", kind, form].add(found)
        stats["recall", kind, "all"].add(found)
        stats["cue", kind, head].add(found)
        if kind != "pronoun":
            stats["recall", "np", form].add(found)
            stats["recall", "np", "all"].add(found)
            if row is not None:
                kept_sentences.add(row["start"])
            if not found:
                log["misses"].append({
                    "file": name, "form": form, "kind": kind,
                    "gold_source": fragments_text(text, attr["source"]),
                    "gold_cue": fragments_text(text, attr["cue"]),
                    "sentence": row["sentence"] if row else None,
                    "brief": [h["speaker"] + " / " + h["verb"] for h in hits],
                })
    # Precision over brief's speakers.
    sources = [a["source"] for a in gold if a["source"] and not malformed(text, a)]
    contents = [a["content"] for a in gold if a["content"]]
    for row in rows:
        if row["start"] in slipped:
            continue
        for hit in row["attributions"]:
            in_row = [s for s in sources if overlaps((row["start"], row["end"]), s)]
            ok = any(matches(hit, s, text) for s in in_row)
            if hit["pronoun"]:
                stats["precision", "pronoun", "all"].add(ok)
                continue
            form = hit_form(hit)
            scopes = ["all"]
            if row["start"] in any_sentences:
                scopes.append("any-gold")
            if row["start"] in kept_sentences:
                scopes.append("kept")
            for scope in scopes:
                stats["precision", scope, form].add(ok)
                stats["precision", scope, "all"].add(ok)
                stats["sieve-precision", scope, hit.get("sieve", "unknown")].add(ok)
            nested = hit["span"] is not None and any(
                c[0][0] <= hit["span"][0] and hit["span"][1] <= c[-1][1] for c in contents)
            if not ok and nested:
                stats["nested"].add(False)
            if not ok:
                log["false_hits"].append({
                    "nested": nested,
                    "file": name, "form": form, "sieve": hit.get("sieve", "unknown"),
                    "speaker": hit["speaker"], "verb": hit["verb"],
                    "sentence": row["sentence"],
                    "gold_sources": [fragments_text(text, s) for s in in_row],
                    "gold_sentence": row["start"] in any_sentences,
                })


def typewriter_quotes(text):
    """The corpus's New York Times articles quote with two apostrophes (''…''), a form no page
    brief reads has; they become a double quote and a space, keeping every offset."""
    return re.sub(r"''(?=\w)", ' "', text).replace("''", '" ')


def evaluate(data_dir, binary, profile):
    text_dir, ann_dir = data_dir / "text", data_dir / "attributions"
    chosen = pick_annotations(ann_dir, text_dir)
    texts = {a: (text_dir / f"{a}.txt").read_text(encoding="utf-8") for a in chosen}
    with tempfile.TemporaryDirectory(prefix="polnear-text-") as tmp:
        files = {}
        for article, text in texts.items():
            path = Path(tmp) / f"{article}.txt"
            path.write_text(typewriter_quotes(text), encoding="utf-8")
            files[article] = path
        brief = run_brief(list(files.values()), binary, profile)
    stats = collections.defaultdict(Tally)
    log = {"misses": [], "false_hits": []}
    # Gold sources of each kind ("named", "common", "np", "pronoun") found, by the sieve that
    # found them.
    sieves = collections.defaultdict(collections.Counter)
    for article, ann in chosen.items():
        rows = brief.get(str(files[article]), [])
        score_article(article, texts[article], read_ann(ann), rows, stats, log, sieves)
    names = set(SIEVES).union(*(found.keys() for found in sieves.values()))
    for kind in ["named", "common", "np", "pronoun"]:
        for sieve in names:
            tally = stats["sieve-recall", kind, sieve]
            tally.ok, tally.n = sieves[kind][sieve], stats["recall", kind, "all"].n
    return len(chosen), stats, log


# --- reporting ----------------------------------------------------------------------------

def report(split, articles, stats):
    lines = [f"PolNeAR {split}: {articles} articles, attributions with a speech or position cue"]
    r, p = stats["recall", "np", "all"], stats["precision", "kept", "all"]
    lines.append(f"  noun-phrase sources: recall {r.show()}   precision {p.show()}")
    lines.append(f"    named sources    recall {stats['recall', 'named', 'all'].show()}")
    lines.append(f"    common nouns     recall {stats['recall', 'common', 'all'].show()}")
    lines.append(f"  pronoun sources (apart): recall {stats['recall', 'pronoun', 'all'].show()}"
                 f"   brief's pronoun speakers precision {stats['precision', 'pronoun', 'all'].show()}")
    lines.append("  precision of brief's named speakers: in sentences with a kept attribution "
                 f"{p.show()}, with any gold attribution {stats['precision', 'any-gold', 'all'].show()}, "
                 f"in every sentence {stats['precision', 'all', 'all'].show()}")
    lines.append(f"  left out: {stats['malformed'].n} gold attributions whose Source is a reporting verb "
                 "(annotation slips) and their sentences; of brief's false hits, "
                 f"{stats['nested'].n} lie inside a gold Content span (PolNeAR marks one attribution "
                 "per token, so an attribution nested in another's content is unmarked)")
    lines.append("")
    # "found": how many statements (non-pronoun speakers) brief's attribution step finds by each
    # form in the whole split, the per-sieve count the precision columns are taken over.
    lines.append(f"  {'form':<24}{'found':>6}  {'recall (np sources)':<26}{'recall (named)':<24}"
                 f"{'precision (kept sent.)':<26}{'precision (all sent.)'}")
    for form in FORMS:
        lines.append(f"  {form:<24}{stats['precision', 'all', form].n:>6}  "
                     f"{stats['recall', 'np', form].show():<26}"
                     f"{stats['recall', 'named', form].show():<24}"
                     f"{stats['precision', 'kept', form].show():<26}"
                     f"{stats['precision', 'all', form].show()}")
    lines.append("")
    lines.extend(sieve_report(stats))
    lines.append("")
    heads = sorted(((k[2], v) for k, v in stats.items() if k[0] == "cue" and k[1] != "pronoun"),
                   key=lambda kv: -kv[1].n)
    merged = collections.defaultdict(Tally)
    for head, tally in heads:
        merged[head].n += tally.n
        merged[head].ok += tally.ok
    top = sorted(merged.items(), key=lambda kv: -kv[1].n)[:15]
    lines.append("  recall by cue (np sources): " + ", ".join(f"{h} {t.show()}" for h, t in top))
    return "\n".join(lines)


def sieves_seen(stats):
    """brief's sieves in the order it tries them, then any other name seen."""
    seen = {k[2] for k in stats if k[0] in ("sieve-recall", "sieve-precision")}
    return SIEVES + sorted(seen - set(SIEVES))


def sieve_report(stats):
    """One line per sieve of brief's: what it found, the share of all kept gold sources it
    found, and its precision."""
    def tally(*key):
        return stats[key] if key in stats else Tally()
    lines = [f"  {'sieve (brief)':<18}{'found':>6}  {'recall (named)':<24}{'recall (np sources)':<26}"
             f"{'precision (kept sent.)':<26}{'precision (all sent.)'}"]
    for sieve in sieves_seen(stats):
        lines.append(f"  {sieve:<18}{tally('sieve-precision', 'all', sieve).n:>6}  "
                     f"{tally('sieve-recall', 'named', sieve).show():<24}"
                     f"{tally('sieve-recall', 'np', sieve).show():<26}"
                     f"{tally('sieve-precision', 'kept', sieve).show():<26}"
                     f"{tally('sieve-precision', 'all', sieve).show()}")
    return lines


def summary(split, articles, stats):
    def pair(t):
        return {"n": t.n, "ok": t.ok, "rate": None if not t.n else round(t.rate(), 4)}
    return {
        "split": split,
        "articles": articles,
        "recall": {kind: {form: pair(stats["recall", kind, form]) for form in FORMS + ["all"]}
                   for kind in ["np", "named", "common", "pronoun"]},
        "precision": {scope: {form: pair(stats["precision", scope, form]) for form in FORMS + ["all"]}
                      for scope in ["kept", "any-gold", "all"]},
        "pronoun_precision": pair(stats["precision", "pronoun", "all"]),
        "sieves": {sieve: {
            "recall_named": pair(stats["sieve-recall", "named", sieve]),
            "recall_np": pair(stats["sieve-recall", "np", sieve]),
            "precision_kept": pair(stats["sieve-precision", "kept", sieve]),
            "precision_all": pair(stats["sieve-precision", "all", sieve]),
        } for sieve in sieves_seen(stats)},
    }


def write_examples(path, log, count=20, seed=13):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for title, key in [("MISSES (gold source brief did not find)", "misses"),
                           ("FALSE HITS (brief's speaker matching no gold source)", "false_hits")]:
            rows = log[key]
            sample = rng.sample(rows, min(count, len(rows)))
            out.write(f"== {title}: {len(sample)} of {len(rows)}\n\n")
            for row in sample:
                out.write(json.dumps(row, ensure_ascii=False, indent=1) + "\n\n")


def derive_cues(data_dir):
    counts = collections.Counter()
    for ann in data_dir.glob("attributions/*.ann"):
        text_path = data_dir / "text" / (ann.stem.rpartition("_")[0] + ".txt")
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        for attr in read_ann(ann):
            if attr["cue"]:
                counts[cue_head(fragments_text(text, attr["cue"]))] += 1
    for head, n in counts.most_common():
        if n < 12:
            break
        print(f"{n:6}  {head or '(punctuation)'}  {'KEPT' if head in SPEECH_CUES else ''}")


def corpus_dir(corpus, unpack_to):
    """The unpacked `polnear/data` folder of a .tgz (unpacked into `unpack_to`) or of a folder
    already unpacked."""
    corpus = Path(corpus)
    if corpus.is_dir():
        root = corpus
    else:
        if not corpus.is_file():
            sys.exit(f"no corpus at {corpus} (set $POLNEAR or pass --corpus)")
        root = Path(unpack_to)
        if not (root / "polnear").is_dir():
            with tarfile.open(corpus) as tar:
                tar.extractall(root, filter="data")
    for candidate in [root / "polnear" / "data", root / "data", root]:
        if (candidate / "dev").is_dir() or (candidate / "train").is_dir():
            return candidate
    sys.exit(f"{corpus}: no polnear/data/{{train,dev}} inside")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS),
                    help="polnear.tgz or its unpacked folder (default: $POLNEAR, else ../shared/corpora/polnear.tgz)")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--data", help="score this folder (text/, attributions/) instead of a split")
    ap.add_argument("--unpack-to", help="unpack the corpus here and keep it (default: a temporary "
                    "folder removed at the end)")
    ap.add_argument("--bin", help="a built attribution example (default: cargo run --example attribution)")
    ap.add_argument("--profile", default="release", choices=["release", "dev"])
    ap.add_argument("--examples", default=None,
                    help="write 20 misses and 20 false hits here (default: /tmp/polnear-examples-SPLIT.txt)")
    ap.add_argument("--summary-json", help="also write the figures as JSON here")
    ap.add_argument("--log", help="write every miss and false hit here (JSON)")
    ap.add_argument("--derive-cues", action="store_true", help="print the train split's cue heads")
    args = ap.parse_args()
    if args.data:
        measure(args, Path(args.data), Path(args.data).name)
        return
    with tempfile.TemporaryDirectory(prefix="polnear-") as tmp:
        base = corpus_dir(args.corpus, args.unpack_to or tmp)
        if args.derive_cues:
            derive_cues(base / "train")
        else:
            measure(args, base / args.split, args.split)


def measure(args, data_dir, split):
    articles, stats, log = evaluate(data_dir, args.bin, args.profile)
    if not articles:
        sys.exit(f"{data_dir}: no article with both text/NAME.txt and attributions/NAME_ANNOTATOR.ann")
    print(report(split, articles, stats))
    examples = args.examples or f"/tmp/polnear-examples-{split}.txt"
    write_examples(examples, log)
    print(f"\n  examples of misses and false hits: {examples}")
    if args.log:
        Path(args.log).write_text(json.dumps(log, ensure_ascii=False, indent=1))
    if args.summary_json:
        Path(args.summary_json).write_text(json.dumps(summary(split, articles, stats), indent=1))


if __name__ == "__main__":
    main()
