"""How the BBC News Summary references were made, as far as the text shows.

Prints, for the dev file: how many references hold exactly ceil(40%) of their
article's sentences, and how many reference sentences the count-vector graph
(``Document.count_graph``) ranks among the top k when k is the reference's size,
next to the same for the BM25 degree the other rankers use. These are the
figures quoted in docs/models/summarizer.md.

    python benchmarks/summarize_references.py [--data ../shared/data/summarization/bbc-news-summary-dev.jsonl]

``--variants N`` instead compares ways of building that graph on the first N
articles of the *train* part (the choices docs/models/summarizer.md reports):
the words (letter runs, with or without inner apostrophes/hyphens or digits,
stems, stop-word lists) and the edge weights (counts, binary, TF-IDF cosine,
TextRank's overlap), each ranked by a fully converged PageRank. Also prints
how often the next sentence listed in a reference has a lower PageRank.
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


def _pagerank(sim: List[List[float]], damping: float = 0.85) -> List[float]:
    """Power iteration to convergence (L1 change below n * 1e-6, at most 100 steps), uniform start."""
    n = len(sim)
    sums = [sum(row) for row in sim]
    r = [1.0 / n] * n
    for _ in range(100):
        spread = damping * sum(r[i] for i in range(n) if not sums[i]) / n + (1 - damping) / n
        nxt = [spread] * n
        for i, row in enumerate(sim):
            if sums[i]:
                share = damping * r[i] / sums[i]
                for j, w in enumerate(row):
                    if w:
                        nxt[j] += share * w
        done = sum(abs(a - b) for a, b in zip(nxt, r)) < n * 1e-6
        r = nxt
        if done:
            break
    return r


def _cosine_graph(vectors: List[dict]) -> List[List[float]]:
    norms = [math.sqrt(sum(x * x for x in v.values())) for v in vectors]
    return [
        [0.0 if i == j or not (norms[i] and norms[j]) else
         sum(x * vectors[j].get(w, 0.0) for w, x in vectors[i].items()) / (norms[i] * norms[j])
         for j in range(len(vectors))]
        for i in range(len(vectors))
    ]


def _variants() -> dict:
    import re
    from collections import Counter

    from newsnlp.summarize._document import function_words
    from newsnlp.text import stem

    stop = function_words()
    letters = re.compile(r"[a-z]+")
    joined = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
    with_digits = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*")

    def counts(pattern, keep=lambda w: w not in stop, change=lambda w: w):  # type: ignore[no-untyped-def]
        return lambda texts: _cosine_graph(
            [Counter(change(w) for w in pattern.findall(t.lower()) if keep(w)) for t in texts])

    def binary(texts):  # type: ignore[no-untyped-def]
        return _cosine_graph([{w: 1.0 for w in joined.findall(t.lower()) if w not in stop} for t in texts])

    def tfidf(texts):  # type: ignore[no-untyped-def]
        bags = [Counter(w for w in letters.findall(t.lower()) if w not in stop) for t in texts]
        df = Counter(w for b in bags for w in b)
        n = len(bags)
        return _cosine_graph([{w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in b.items()} for b in bags])

    def overlap(texts):  # type: ignore[no-untyped-def]
        bags = [[w for w in letters.findall(t.lower()) if w not in stop] for t in texts]
        out = []
        for i, a in enumerate(bags):
            row = []
            for j, b in enumerate(bags):
                den = math.log(len(a)) + math.log(len(b)) if len(a) > 1 and len(b) > 1 else 0.0
                row.append(len(set(a) & set(b)) / den if i != j and den > 0 else 0.0)
            out.append(row)
        return out

    found = {
        "shipped: letters with inner ' and -, counts": counts(joined),
        "plain letter runs, counts": counts(letters),
        "letters with inner ' and -, digits allowed in words": counts(with_digits),
        "letters with inner ' and -, binary": binary,
        "plain letter runs, Porter stems": counts(letters, change=stem),
        "plain letter runs, no stop words": counts(letters, keep=lambda w: True),
        "plain letter runs, TF-IDF cosine": tfidf,
        "plain letter runs, TextRank overlap": overlap,
    }
    try:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        found["plain letter runs, scikit-learn stop words"] = counts(letters, keep=lambda w: w not in ENGLISH_STOP_WORDS)
    except ImportError:
        pass
    return found


def compare_variants(records: List[dict], limit: int) -> None:
    from newsnlp.text import normalize

    from benchmarks.summarize_data import split

    train, _ = split(records)
    variants = _variants()
    hits = dict.fromkeys(variants, 0)
    falling = dict.fromkeys(variants, 0)
    members = pairs = 0
    for record in train[:limit]:
        doc = Document(record["text"], record["title"])
        labels = sentence_labels(doc, record["summary"])
        texts = [s.text for s in doc.sentences]
        normal = [normalize(t) for t in texts]
        listed = []
        for line in record["summary"].split("\n"):
            line = normalize(line)
            if line and line in normal:
                listed.append(normal.index(line))
        members += sum(labels)
        pairs += max(0, len(listed) - 1)
        for name, graph in variants.items():
            rank = _pagerank(graph(texts))
            hits[name] += _hits(rank, labels)
            falling[name] += sum(rank[a] > rank[b] for a, b in zip(listed, listed[1:]))
    print(f"first {limit} train articles, {members} reference sentences, {pairs} adjacent listed pairs")
    for name in variants:
        print(f"{name}: {100 * hits[name] / members:.1f}% at the cut; next listed lower in "
              f"{100 * falling[name] / max(pairs, 1):.0f}% of pairs")


def main(argv: Sequence[str] = ()) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--variants", type=int, default=0, metavar="N",
                        help="compare graph variants on the first N train articles instead")
    args = parser.parse_args(argv or None)
    if args.variants:
        compare_variants(load(args.data), args.variants)
        return
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
