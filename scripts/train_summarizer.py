"""Train the shipped summarization ranker and write its weights as JSON.

Reproduces ``newsnlp/data/summarize/trained.json``:

    python scripts/train_summarizer.py --data ../shared/data/summarization/bbc-news-summary-dev.jsonl

Only the *train* part of the fixed split in ``benchmarks/summarize_data.py`` is
used: ``C`` and ``length_exponent`` are chosen by 5-fold cross-validation
inside it (folds stratified by category, seed 1; mean ROUGE-1 F1 of 3-sentence
summaries over all train articles, each scored by a model fitted without it),
then the ranker is refitted on the whole train part. The validation part stays untouched for
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


FOLDS = 5


def folds(records: List[Dict[str, str]], k: int = FOLDS) -> List[List[Dict[str, str]]]:
    """``k`` parts of ``records``, each holding every k-th article id of each category (shuffled, seed 1)."""
    by_category: Dict[str, List[str]] = {}
    for r in records:
        by_category.setdefault(r["category"], []).append(r["id"])
    rng = random.Random(1)
    fold_of: Dict[str, int] = {}
    for category in sorted(by_category):
        ids = sorted(by_category[category])
        rng.shuffle(ids)
        for i, article in enumerate(ids):
            fold_of[article] = i % k
    return [[r for r in records if fold_of[r["id"]] == f] for f in range(k)]


def rouge1_each(ranker: TrainedRanker, docs: Sequence[Document], refs: Sequence[str]) -> List[float]:
    scores = []
    for doc, ref in zip(docs, refs):
        picked = select(doc, ranker.score(doc), max_sentences=3, max_words=None, diversity=0.0)
        candidate = "\n".join(doc.sentences[i].text for i in picked)
        scores.append(rouge(candidate, ref, types="rouge1")["rouge1"].fmeasure)
    return scores


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv or None)

    t0 = time.time()
    train, validation = split(load(args.data))
    parts = folds(train)
    print(f"train {len(train)} in {len(parts)} folds, validation {len(validation)} untouched")
    # scores[(C, exponent)] = ROUGE-1 F1 per train article, from the fold model that did not see it
    scores: Dict[tuple, List[float]] = {}
    for f, held in enumerate(parts):
        rest = [r for g, part in enumerate(parts) if g != f for r in part]
        docs = [Document(r["text"], r["title"]) for r in held]
        refs = [r["summary"] for r in held]
        for c in C_GRID:
            ranker = TrainedRanker(C=c).fit(
                [r["text"] for r in rest], [r["summary"] for r in rest], [r["title"] for r in rest]
            )
            for a in EXPONENT_GRID:
                ranker.length_exponent = a
                scores.setdefault((c, a), []).extend(rouge1_each(ranker, docs, refs))
    best = (-1.0, 0.0, 0.0)
    for (c, a), values in scores.items():
        score = 100 * statistics.mean(values)
        print(f"C={c:<5} length_exponent={a:<4} cross-validated ROUGE-1 F1 {score:.2f}")
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
        cv_rouge1_f1=round(best[0], 2),
    )
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
