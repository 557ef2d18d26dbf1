"""Where the trained summarizer's time goes, and a check that a speed change left its output alone.

Per stage (split, document, title, terms, graph words, word graph, features,
scoring, selection), the mean wall time per article on the BBC validation
split, each stage run on fresh objects in article order (warm process, so this
is the batch-loop cost, lower than the benchmark's rotating schedule).

``--save FILE`` writes every article's sentence offsets, feature columns and
picks as JSON (floats round-trip exactly); ``--compare FILE`` recomputes them
and reports the largest feature difference and how many offsets and picks
differ. Run it before and after a change that should change nothing::

    python benchmarks/summarize_stages.py --save /tmp/before.json
    # ... change the code ...
    python benchmarks/summarize_stages.py --compare /tmp/before.json

``--extra CORPUS.jsonl`` adds the first ``--extra-limit`` texts of another
JSONL corpus (``text`` field) to the check, e.g. the AllSides articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.summarize_data import DEFAULT_DATA, load, split  # noqa: E402
from newsnlp.summarize import summarize  # noqa: E402
from newsnlp.summarize._document import Document  # noqa: E402
from newsnlp.summarize._features import feature_columns  # noqa: E402
from newsnlp.summarize._select import select  # noqa: E402
from newsnlp.summarize._trained import TrainedRanker  # noqa: E402
from newsnlp.text import sentences  # noqa: E402

STAGES = ("split", "document", "title", "terms", "graph words", "word graph", "features", "scoring", "selection")


def stage_times(records: Sequence[dict], repeats: int) -> Dict[str, float]:
    """Mean microseconds per article of each stage (first pass is a warm-up)."""
    ranker = TrainedRanker.default()
    clock = time.perf_counter
    totals = dict.fromkeys(STAGES, 0.0)
    for rep in range(repeats + 1):
        for r in records:
            marks = [clock()]
            split_ = sentences(r["text"])
            marks.append(clock())
            doc = Document(r["text"], r["title"], split=split_)
            marks.append(clock())
            doc.title_terms
            marks.append(clock())
            doc.terms
            marks.append(clock())
            doc.run_counts()
            marks.append(clock())
            doc.word_graph()
            marks.append(clock())
            columns = feature_columns(doc)
            marks.append(clock())
            probabilities = [0.0] * len(doc)  # scoring from the columns just computed
            weights = [w / s for w, s in zip(ranker.coef_, ranker.scale_)]
            bias = ranker.intercept_ - sum(m * w for m, w in zip(ranker.mean_, weights))
            for i, row in enumerate(zip(*columns)):
                probabilities[i] = bias + sum(x * w for x, w in zip(row, weights))
            marks.append(clock())
            select(doc, probabilities, max_sentences=3, max_words=None, diversity=0.0)
            marks.append(clock())
            if rep:
                for name, a, b in zip(STAGES, marks, marks[1:]):
                    totals[name] += b - a
    n = repeats * len(records)
    return {name: 1e6 * t / n for name, t in totals.items()}


def snapshot(texts: Sequence[Tuple[str, str]]) -> List[dict]:
    out = []
    for text, title in texts:
        doc = Document(text, title)
        out.append({
            "sentences": [[s.start, s.end, s.paragraph] for s in doc.sentences],
            "features": feature_columns(doc),
            "picks": [s.index for s in summarize(text, title=title)],
        })
    return out


def compare(old: List[dict], new: List[dict]) -> str:
    if len(old) != len(new):
        return f"different numbers of texts: {len(old)} saved, {len(new)} now"
    worst = 0.0
    offsets = picks = 0
    for a, b in zip(old, new):
        offsets += a["sentences"] != b["sentences"]
        picks += a["picks"] != b["picks"]
        for ca, cb in zip(a["features"], b["features"]):
            if len(ca) != len(cb):
                worst = float("inf")
                continue
            for x, y in zip(ca, cb):
                worst = max(worst, abs(x - y))
    return (f"{len(new)} texts: sentence offsets differ in {offsets}, picks differ in {picks}, "
            f"largest feature difference {worst:.3g}")


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--save", type=Path, help="write offsets, features and picks of every text here")
    parser.add_argument("--compare", type=Path, help="compare with a file written by --save")
    parser.add_argument("--extra", type=Path, help="another JSONL corpus to include in --save/--compare")
    parser.add_argument("--extra-limit", type=int, default=800)
    args = parser.parse_args(argv or None)
    records = load(args.data)
    _, validation = split(records)
    if not (args.save or args.compare):
        times = stage_times(validation, args.repeats)
        print(f"mean microseconds per article, {len(validation)} validation articles, warm process:")
        for name, us in times.items():
            print(f"  {name:12s} {us:8.1f}")
        print(f"  {'total':12s} {sum(times.values()):8.1f}")
        return
    texts = [(r["text"], r["title"]) for r in records]
    if args.extra:
        with open(args.extra, encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= args.extra_limit:
                    break
                r = json.loads(line)
                texts.append((r.get("text") or "", r.get("title") or ""))
    now = snapshot(texts)
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {len(now)} texts to {args.save}")
    if args.compare:
        print(compare(json.loads(args.compare.read_text(encoding="utf-8")), now))


if __name__ == "__main__":
    main(sys.argv[1:])
