"""Sentence features for the trained ranker (pure Python, same in both modes)."""

from __future__ import annotations

import math
import re
from typing import List, Sequence, Tuple

from newsnlp.summarize._document import Document, normalise

__all__ = ["FEATURES", "sentence_features"]

FEATURES: Tuple[str, ...] = (
    "position",  # index / (n - 1): 0 first, 1 last
    "first_sentence",
    "inverse_position",  # 1 / (index + 1)
    "first_in_paragraph",
    "log_words",
    "length_rank",  # 1 for the longest sentence, 0 for the shortest
    "relative_length",  # words / longest sentence's words
    "content_ratio",  # content terms / words
    "frequency_mass",  # sum of the article frequency of its terms, / the article's largest
    "frequency_rank",
    "mean_frequency",  # mean article frequency of its terms, / the article's largest
    "centrality",  # weighted degree in the BM25 sentence graph
    "title_overlap",  # share of title terms the sentence contains
    "quote",
    "numbers",
    "capitals",  # share of capitalised words (split at white space) after the first word
    "short",  # fewer than 8 words
    "log_sentences",  # article length: lets the model weigh position by size
    "count_degree",  # weighted degree in the raw word-count cosine graph, / the largest
    "count_rank",  # PageRank in the raw word-count cosine graph, times n (mean 1)
    "count_rank_order",  # its rank scaled to [0, 1], 1 = most central
    "count_rank_top40",  # among the ceil(40%) most central sentences
)

# The BBC references hold ceil(40%) of each article's sentences, picked by a
# centrality-like score (docs/models/summarizer.md); the flag lets the model
# learn that cut-off instead of a smooth rank effect.
TOP_SHARE = 0.4

_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")
_NUMBER = re.compile(r"\d")


def _ranks(values: Sequence[float]) -> List[float]:
    """Rank of each value scaled to [0, 1] (1 = largest); ties share the lower rank."""
    n = len(values)
    if n < 2:
        return [1.0] * n
    order = sorted(range(n), key=lambda i: (values[i], -i))
    out = [0.0] * n
    for r, i in enumerate(order):
        out[i] = r / (n - 1)
    return out


def sentence_features(doc: Document) -> List[List[float]]:
    """One feature row per sentence of ``doc``, in the order of :data:`FEATURES`."""
    n = len(doc)
    if not n:
        return []
    tf = doc.term_frequencies()
    counts = doc.word_counts
    mass = [float(sum(map(tf.__getitem__, ids))) for ids in doc.term_ids]
    mean = [m / len(ids) if ids else 0.0 for m, ids in zip(mass, doc.term_ids)]
    rel_len = normalise([float(c) for c in counts])
    rel_mass = normalise(mass)
    rel_mean = normalise(mean)
    len_rank = _ranks([float(c) for c in counts])
    mass_rank = _ranks(mass)
    centrality = normalise(doc.degree())
    count_degree, count_rank = doc.count_graph()
    count_degree = normalise(count_degree)
    title = doc.title_terms
    log_n = math.log(n)
    # Rounded so that near-ties (rounding noise) rank by position, not by the last bits.
    count_order = _ranks([round(v, 12) for v in count_rank])
    top_cut = (n - math.ceil(TOP_SHARE * n)) / (n - 1) - 1e-9 if n > 1 else 0.0
    rows = []
    for i, s in enumerate(doc.sentences):
        ids = doc.terms[i]
        initials = [w[0] for w in s.text.split() if w[0].isalpha()]
        capitals = sum(map(str.isupper, initials[1:])) / (len(initials) - 1) if len(initials) > 1 else 0.0
        rows.append(
            [
                i / (n - 1) if n > 1 else 0.0,
                1.0 if i == 0 else 0.0,
                1.0 / (i + 1),
                1.0 if i == 0 or doc.sentences[i - 1].paragraph != s.paragraph else 0.0,
                math.log1p(counts[i]),
                len_rank[i],
                rel_len[i],
                len(ids) / counts[i] if counts[i] else 0.0,
                rel_mass[i],
                mass_rank[i],
                rel_mean[i],
                centrality[i],
                len(title.intersection(ids)) / len(title) if title else 0.0,
                1.0 if _QUOTE.search(s.text) else 0.0,
                min(len(_NUMBER.findall(s.text)), 10) / 10.0,
                capitals,
                1.0 if counts[i] < 8 else 0.0,
                log_n,
                count_degree[i],
                count_rank[i] * n,
                count_order[i],
                1.0 if count_order[i] >= top_cut else 0.0,
            ]
        )
    return rows
