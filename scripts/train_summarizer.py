"""Train the shipped summarization ranker and write its weights as JSON.

Reproduces ``newsnlp/data/summarize/trained.json``:

    python scripts/train_summarizer.py --data ../shared/data/summarization/bbc-news-summary-dev.jsonl

Only the *train* part of the fixed split in ``benchmarks/summarize_data.py`` is
used: its articles are split again (20% per category, seed 1) to choose ``C``
and ``length_exponent`` by ROUGE-1 F1 of 3-sentence summaries, then the ranker
is refitted on the whole train part. The validation part stays untouched for
``benchmarks/summarize.py``. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.summarize_data import DEFAULT_DATA, load, split  # noqa: E402
from newsnlp.evaluate import rouge  # noqa: E402
from newsnlp.summarize import Document, TrainedRanker  # noqa: E402
from newsnlp.summarize._select import select  # noqa: E402

OUT = ROOT / "newsnlp" / "data" / "summarize" / "trained.json"
C_GRID = (0.1, 1.0, 10.0)
EXPONENT_GRID = (0.5, 1.0, 1.5, 2.0)


def inner_split(records: List[Dict[str, str]]) -> tuple:
    by_category: Dict[str, List[str]] = {}
    for r in records:
        by_category.setdefault(r["category"], []).append(r["id"])
    rng = random.Random(1)
    tune = set()
    for category in sorted(by_category):
        ids = sorted(by_category[category])
        rng.shuffle(ids)
        tune.update(ids[: len(ids) // 5])
    return [r for r in records if r["id"] not in tune], [r for r in records if r["id"] in tune]


def rouge1(ranker: TrainedRanker, docs: Sequence[Document], refs: Sequence[str]) -> float:
    scores = []
    for doc, ref in zip(docs, refs):
        picked = select(doc, ranker.score(doc), max_sentences=3, max_words=None, diversity=0.0)
        candidate = "\n".join(doc.sentences[i].text for i in picked)
        scores.append(rouge(candidate, ref, types="rouge1")["rouge1"].fmeasure)
    return 100 * statistics.mean(scores)


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv or None)

    t0 = time.time()
    train, validation = split(load(args.data))
    fit_part, tune_part = inner_split(train)
    print(f"train {len(train)} (fit {len(fit_part)}, tune {len(tune_part)}), validation {len(validation)} untouched")
    tune_docs = [Document(r["text"], r["title"]) for r in tune_part]
    tune_refs = [r["summary"] for r in tune_part]
    best = (-1.0, 0.0, 0.0)
    for c in C_GRID:
        ranker = TrainedRanker(C=c).fit(
            [r["text"] for r in fit_part], [r["summary"] for r in fit_part], [r["title"] for r in fit_part]
        )
        for a in EXPONENT_GRID:
            ranker.length_exponent = a
            score = rouge1(ranker, tune_docs, tune_refs)
            print(f"C={c:<5} length_exponent={a:<4} tune ROUGE-1 F1 {score:.2f}")
            if score > best[0] + 1e-9:
                best = (score, c, a)
    _, c, a = best
    print(f"chosen C={c} length_exponent={a}; refitting on all {len(train)} train articles")
    final = TrainedRanker(C=c, length_exponent=a).fit(
        [r["text"] for r in train], [r["summary"] for r in train], [r["title"] for r in train]
    )
    final.save(
        args.out,
        provenance=(
            "Learned by scripts/train_summarizer.py from the train part (80%, by article id, "
            "stratified by category, seed 0) of the BBC News Summary dev file; "
            "no article text is stored here. See docs/models/summarizer.md."
        ),
        train_articles=len(train),
        tune_rouge1_f1=round(best[0], 2),
    )
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
