"""Compare newsnlp.evaluate.rouge with Google's rouge-score on the BBC dev set.

Usage (from the repository root)::

    python benchmarks/rouge_equivalence.py --data ../shared/data/summarization/bbc-news-summary-dev.jsonl

For every article two candidates are scored against its reference summary:
the lead-3 sentences, and the first *k* sentences where *k* is the number of
sentences in the reference (sentences from ``newsnlp.sentences``, one per line).
Both libraries score every pair with ROUGE-1/2/L/Lsum and Porter stemming; the
script prints, per type, the largest absolute difference in precision, recall
or F1 and the corpus-mean F1 from each, then the time each library took
(newsnlp with a cold stemmer cache) and the speed ratio. ``--markdown`` prints
the same as a Markdown table. Exits with status 1 when any difference
reaches 1e-4.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

# Run from a checkout without installing: import the newsnlp next to this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
FIELDS = ("precision", "recall", "fmeasure")
TOLERANCE = 1e-4


def load_pairs(path: Path, limit: int | None) -> List[Tuple[str, str, str]]:
    """(label, candidate, reference) for lead-3 and lead-k of every article."""
    from newsnlp import sentences

    if not path.exists():
        raise SystemExit(f"{path} not found: pass --data pointing at bbc-news-summary-dev.jsonl")
    pairs = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            article = [s.text for s in sentences(record["text"])]
            reference = record["summary"]
            k = len([s for s in reference.split("\n") if s.strip()])
            pairs.append(("lead-3", "\n".join(article[:3]), reference))
            pairs.append(("lead-k", "\n".join(article[:k]), reference))
    return pairs


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path,
        default=Path("../shared/data/summarization/bbc-news-summary-dev.jsonl"),
        help="BBC News Summary dev JSONL (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)

    from rouge_score import rouge_scorer

    from newsnlp.evaluate import rouge
    from newsnlp.text._porter import stem

    pairs = load_pairs(args.data, args.limit)
    scorer = rouge_scorer.RougeScorer(list(TYPES), use_stemmer=True)

    start = time.perf_counter()
    expected = [scorer.score(reference, candidate) for _, candidate, reference in pairs]
    theirs = time.perf_counter() - start

    stem.cache_clear()
    start = time.perf_counter()
    got = [rouge(candidate, reference, types=TYPES) for _, candidate, reference in pairs]
    ours = time.perf_counter() - start

    max_diff: Dict[str, float] = {kind: 0.0 for kind in TYPES}
    mean_f: Dict[Tuple[str, str], List[float]] = {}
    for (label, _, _), want, have in zip(pairs, expected, got):
        for kind in TYPES:
            for field in FIELDS:
                diff = abs(getattr(want[kind], field) - getattr(have[kind], field))
                max_diff[kind] = max(max_diff[kind], diff)
            sums = mean_f.setdefault((label, kind), [0.0, 0.0, 0.0])
            sums[0] += want[kind].fmeasure
            sums[1] += have[kind].fmeasure
            sums[2] += 1

    worst = max(max_diff.values())
    articles = len(pairs) // 2
    if args.markdown:
        print(f"{articles} articles, {len(pairs)} candidate/reference pairs "
              "(lead-3 and lead-k), stemming on.\n")
        print("| ROUGE type | max abs diff (P/R/F) | lead-3 F1 rouge-score | lead-3 F1 newsnlp "
              "| lead-k F1 rouge-score | lead-k F1 newsnlp |")
        print("|---|---|---|---|---|---|")
        for kind in TYPES:
            row = [kind, f"{max_diff[kind]:.2e}"]
            for label in ("lead-3", "lead-k"):
                theirs_f, ours_f, n = mean_f[(label, kind)]
                row += [f"{100 * theirs_f / n:.2f}", f"{100 * ours_f / n:.2f}"]
            print("| " + " | ".join(row) + " |")
        print()
        print("| scorer | total time (s) | ms per pair |")
        print("|---|---|---|")
        print(f"| rouge-score | {theirs:.2f} | {1000 * theirs / len(pairs):.2f} |")
        print(f"| newsnlp.evaluate.rouge (cold stem cache) | {ours:.2f} "
              f"| {1000 * ours / len(pairs):.2f} |")
        print(f"\nnewsnlp is {theirs / ours:.1f}x faster; max abs difference {worst:.2e} "
              f"({'<' if worst < TOLERANCE else '>='} {TOLERANCE:g}).")
    else:
        print(f"pairs: {len(pairs)} ({articles} articles x lead-3, lead-k)")
        for kind in TYPES:
            print(f"{kind:10s} max abs diff {max_diff[kind]:.2e}")
        print(f"max abs diff overall: {worst:.2e} (tolerance {TOLERANCE:g})")
        print(f"rouge-score {theirs:.2f} s, newsnlp {ours:.2f} s, speed ratio {theirs / ours:.1f}x")
    return 0 if worst < TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
