"""How the BBC News Summary references were made, as far as the text shows.

Prints, for the dev file: how many references hold exactly ceil(40%) of their
article's sentences, and how many reference sentences the count-vector graph
(``Document.count_graph``) ranks among the top k when k is the reference's size,
next to the same for the BM25 degree the other rankers use. These are the
figures quoted in docs/models/summarizer.md.

    python benchmarks/summarize_references.py [--data ../shared/data/summarization/bbc-news-summary-dev.jsonl]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.summarize_data import DEFAULT_DATA, load  # noqa: E402
from newsnlp.summarize import Document  # noqa: E402
from newsnlp.summarize._trained import sentence_labels  # noqa: E402


def _hits(scores: Sequence[float], labels: List[int]) -> int:
    k = sum(labels)
    top = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
    return sum(labels[i] for i in top)


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv or None)
    articles = exact = members = graph = bm25 = 0
    for record in load(args.data):
        doc = Document(record["text"], record["title"])
        n = len(doc)
        if not n:
            continue
        labels = sentence_labels(doc, record["summary"])
        articles += 1
        exact += sum(labels) == math.ceil(0.4 * n)
        members += sum(labels)
        graph += _hits(doc.count_graph()[1], labels)
        bm25 += _hits(doc.degree(), labels)
    print(f"articles: {articles}")
    print(f"references holding exactly ceil(40%) of the sentences: {exact} ({100 * exact / articles:.1f}%)")
    print(f"reference sentences among the top k (k = reference size), count-vector PageRank: "
          f"{graph}/{members} ({100 * graph / members:.1f}%)")
    print(f"reference sentences among the top k, BM25 degree: {bm25}/{members} ({100 * bm25 / members:.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
