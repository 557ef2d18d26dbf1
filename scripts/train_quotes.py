"""Learn the attribution cue lexicon from PolNeAR train (development use only).

For every lower-cased word we count how often it occurs inside an annotated
cue span and how often it occurs at all in the training articles, outside
quotation marks (where the extractor looks for cues). Words whose
cue rate and count pass the thresholds become cues, each also with how many of
its cue uses had no annotated source (PolNeAR's source-less attributions such as
"is expected to"). Counted the same way over the words right before "that",
``cues_before_that`` holds words that are cues with a that-clause only
("believe that"), and ``source_heads`` the lower-case last words of annotated
sources ("allies", "strategists") common enough to trust as speakers; the lexicon ships as JSON
under ``newsnlp/data/quotes/`` with these counts and the provenance. No text
from the corpus is written: only single words and counts.

The file is written sealed (``newsnlp._datafile``: format, version and a
SHA-256 of the payload) and the package refuses it if it is edited afterwards.
``words.json`` is written by hand: after editing its ``payload``, run this
script with ``--reseal-words`` to recompute its checksum.

Usage (from the repo root)::

    python scripts/train_quotes.py [--data ../shared/data/quotes/polnear/polnear_train.jsonl]
    python scripts/train_quotes.py --reseal-words
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp._datafile import write_model  # noqa: E402
from newsnlp.quotes._marks import paragraphs, quoted_spans  # noqa: E402
from newsnlp.quotes._lexicon import CUES_FORMAT, FORMAT_VERSION, WORDS_FORMAT  # noqa: E402

WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
THAT_AFTER = re.compile(r"\s+that\b")
# Function words can sit inside a cue span ("has said", "according to") but
# never carry it; the extractor attaches them itself.
NOT_HEADS = {
    "a", "an", "the", "to", "of", "in", "on", "for", "that", "has", "have", "had", "is", "was",
    "are", "were", "be", "been", "also", "and", "or", "it", "he", "she", "they", "not", "as",
    "at", "by", "with", "this", "his", "her", "their", "would", "will", "did", "do", "does",
    "about", "up", "out", "from", "into", "who", "which", "but", "its", "i", "we", "you",
}


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(here / "../shared/data/quotes/polnear/polnear_train.jsonl"))
    ap.add_argument("--out", default=str(here / "newsnlp/data/quotes/cues.json"))
    ap.add_argument("--min-count", type=int, default=4, help="least times inside a cue span")
    ap.add_argument("--min-rate", type=float, default=0.25, help="least share of occurrences that are cues")
    ap.add_argument("--min-head-count", type=int, default=3, help="least times a word ends an annotated source")
    ap.add_argument("--min-head-rate", type=float, default=0.05,
                    help="least share of its lower-case occurrences that end an annotated source")
    ap.add_argument("--reseal-words", action="store_true",
                    help="only rewrite newsnlp/data/quotes/words.json sealed after a hand edit of its payload")
    args = ap.parse_args()
    if args.reseal_words:
        path = here / "newsnlp/data/quotes/words.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        write_model(path, WORDS_FORMAT, FORMAT_VERSION, doc.get("payload", doc) if "format" in doc else doc)
        print(f"resealed {path}")
        return

    in_cue: Counter = Counter()
    sourceless: Counter = Counter()
    total: Counter = Counter()
    # The same, for a word right before "that" ("believe that", "show that"): many verbs
    # are cues only with a that-clause.
    in_cue_that: Counter = Counter()
    total_that: Counter = Counter()
    # Lower-case last words of annotated sources ("allies", "strategists", "percent"),
    # and how often each word occurs lower-case at all.
    source_heads: Counter = Counter()
    lower_seen: Counter = Counter()
    articles = 0
    with open(args.data, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            articles += 1
            text = rec["text"]
            cue_chars = set()
            no_source_chars = set()
            for q in rec["quotes"]:
                if q.get("cue_span"):
                    s, e = q["cue_span"]
                    cue_chars.update(range(s, e))
                    if not q.get("has_source") or not q.get("speaker_span"):
                        no_source_chars.update(range(s, e))
                if q.get("has_source") and q.get("speaker_span"):
                    s, e = q["speaker_span"]
                    last = WORD.findall(text[s:e])
                    if last and last[-1].islower():
                        source_heads[last[-1].replace("\u2019", "'")] += 1
            # The extractor never looks for cues inside quotation marks ("I think ..."),
            # so neither do the counts.
            quoted = bytearray(len(text))
            for qd in quoted_spans(text, paragraphs(text)):
                for fs, fe in qd.fragments:
                    quoted[fs:fe] = b"\x01" * (fe - fs)
            for m in WORD.finditer(text):
                if quoted[m.start()]:
                    continue
                w = m.group().lower().replace("\u2019", "'")
                total[w] += 1
                if m.group().islower():
                    lower_seen[w] += 1
                # (lower-case only: the run-time pattern is case-sensitive, "said Friday that" is no "friday" cue)
                that = m.group().islower() and THAT_AFTER.match(text, m.end()) is not None
                if that:
                    total_that[w] += 1
                if m.start() in cue_chars:
                    in_cue[w] += 1
                    if that:
                        in_cue_that[w] += 1
                    if m.start() in no_source_chars:
                        sourceless[w] += 1

    cues = {}
    for w, c in in_cue.items():
        rate = c / total[w]
        if w in NOT_HEADS or c < args.min_count or rate < args.min_rate:
            continue
        # "sourceless": how many of the cue uses had no annotated source ("is expected to").
        cues[w] = {"cue": c, "seen": total[w], "rate": round(rate, 4), "sourceless": sourceless[w]}
    cues_that = {}
    for w, c in in_cue_that.items():
        rate = c / total_that[w]
        if w in NOT_HEADS or c < args.min_count or rate < args.min_rate:
            continue
        cues_that[w] = {"cue": c, "seen": total_that[w], "rate": round(rate, 4)}
    heads = {}
    for w, c in source_heads.items():
        if w in NOT_HEADS or c < args.min_head_count or c < args.min_head_rate * lower_seen[w]:
            continue
        heads[w] = {"source": c, "seen": lower_seen[w]}
    out = {
        "provenance": (
            "Learned by scripts/train_quotes.py from PolNeAR train (networkdynamics/PolNeAR "
            "c3eee833, Newell, Margolin & Ruths, LREC 2018; research use). Only words and counts, "
            "no corpus text."
        ),
        "articles": articles,
        "min_count": args.min_count,
        "min_rate": args.min_rate,
        "cues": dict(sorted(cues.items(), key=lambda kv: (-kv[1]["cue"], kv[0]))),
        "cues_before_that": cues_that,
        "min_head_count": args.min_head_count,
        "min_head_rate": args.min_head_rate,
        "source_heads": heads,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    write_model(args.out, CUES_FORMAT, FORMAT_VERSION, out)
    print(f"{len(cues)} cue words, {len(cues_that)} more before 'that', {len(heads)} source head nouns "
          f"from {articles} articles -> {args.out}")


if __name__ == "__main__":
    main()
