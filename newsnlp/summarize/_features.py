"""Sentence features for the trained ranker (pure Python, same in both modes)."""

from __future__ import annotations

import math
from itertools import chain
from operator import itemgetter
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from newsnlp.summarize._document import Document, normalise, wide_characters
from newsnlp.summarize._graph import _count_into
from newsnlp.summarize._select import sorted_by_rounded

__all__ = ["FEATURES", "feature_columns", "sentence_features"]

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
    "centrality",  # weighted degree in the BM25 graph of the count graph's words (Document.runs), / the largest
    "title_overlap",  # share of title terms the sentence contains
    "quote",
    "numbers",  # ASCII digits, / 10, at most 1
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

_FIRST = itemgetter(0)


def _ranks(values: Sequence[float], digits: Optional[int] = None) -> List[float]:
    """Rank of each value (rounded to ``digits`` when given) scaled to [0, 1] (1 = largest); ties share the lower rank."""
    n = len(values)
    if n < 2:
        return [1.0] * n
    # ascending values; among equal values the later sentence first (stable sort of reversed indices)
    indices = range(n - 1, -1, -1)
    order = sorted(indices, key=values.__getitem__) if digits is None else sorted_by_rounded(indices, values, digits)
    out = [0.0] * n
    for r, i in enumerate(order):
        out[i] = r / (n - 1)
    return out


# Latin-1 bytes of the text classed as white space "s", upper-case letter "U", other letter "l",
# ASCII digit "d", straight or guillemet quotation mark "q" (the curly ones lie beyond Latin-1), other "o".
def _byte_class(c: int) -> int:
    ch = chr(c)
    if ch.isspace():
        return ord("s")
    if ch.isupper():
        return ord("U")
    if ch.isalpha():
        return ord("l")
    if 48 <= c <= 57:
        return ord("d")
    return ord("q") if ch in "\"\u00ab\u00bb" else ord("o")


_CLASS_BYTES = bytes(_byte_class(c) for c in range(256))


def _classes(text: str) -> str:
    """:data:`_CLASS_BYTES` classes of every character of ``text`` ("o" beyond Latin-1)."""
    return text.encode("latin-1", "replace").translate(_CLASS_BYTES).decode("ascii")


def _capitals_of(doc: Document, classes: str) -> List[float]:
    """:func:`_capitals` of every sentence, from one byte-class string of the text.

    A word's initial is the character after white space (or a sentence's first
    character: sentences start with no white space). Texts with letters or white
    space beyond Latin-1 take the per-sentence function (a Document with Latin-1
    bytes has no characters beyond Latin-1 but common punctuation).
    """
    if doc._latin is None and any(ch.isalpha() or ch.isspace() for ch in wide_characters(doc.text)):
        return [_capitals(s.text) for s in doc.sentences]
    count, find = classes.count, classes.find
    out = []
    for s in doc.sentences:
        start, end = s.start, s.end
        head = classes[start]
        upper = count("sU", start, end) + (head == "U")
        letters = upper + count("sl", start, end) + (head == "l")
        if letters < 2:
            out.append(0.0)
            continue
        if head == "U" or head == "l":
            first_upper = head == "U"
        else:
            u, lower = find("sU", start, end), find("sl", start, end)
            first_upper = u != -1 and (lower == -1 or u < lower)
        out.append((upper - first_upper) / (letters - 1))
    return out


def _capitals(text: str) -> float:
    """Share of capitalised words after the first, over the white-space separated words starting with a letter."""
    initials = list(filter(str.isalpha, map(_FIRST, text.split())))
    return sum(map(str.isupper, initials[1:])) / (len(initials) - 1) if len(initials) > 1 else 0.0


def _title_overlap(title: FrozenSet[str], terms: List[List[str]]) -> List[float]:
    """Share of the title's terms each sentence contains (most sentences share none: a cheap test first)."""
    if not title:
        return [0.0] * len(terms)
    size = len(title)
    disjoint = title.isdisjoint
    return [0.0 if disjoint(ts) else len(title.intersection(ts)) / size for ts in terms]


def feature_columns(doc: Document) -> List[List[float]]:
    """The features of every sentence of ``doc``, one list per feature in the order of :data:`FEATURES`."""
    n = len(doc)
    if not n:
        return [[] for _ in FEATURES]
    counts = doc.word_counts
    terms = doc.terms
    tf: Dict[str, int] = {}
    _count_into(tf, chain.from_iterable(terms))
    get = tf.__getitem__
    mass = [float(sum(map(get, ts))) for ts in terms]
    mean = [m / len(ts) if ts else 0.0 for m, ts in zip(mass, terms)]
    lengths = [float(c) for c in counts]
    title = doc.title_terms
    graph = doc.word_graph()
    count_degree, count_rank = graph.degree, graph.rank
    # The Document's Latin-1 bytes differ from the text's only where a curly apostrophe became "'": both class "o".
    classes = _classes(doc.text) if doc._latin is None else doc._latin.translate(_CLASS_BYTES).decode("ascii")
    count, find = classes.count, classes.find
    sents = doc.sentences
    paragraphs = [s.paragraph for s in doc.sentences]
    # Rounded so that near-ties (rounding noise) rank by position, not by the last bits.
    count_order = _ranks(count_rank, 12)
    top_cut = (n - math.ceil(TOP_SHARE * n)) / (n - 1) - 1e-9 if n > 1 else 0.0
    last = float(n - 1) or 1.0
    return [
        [i / last for i in range(n)],
        [1.0] + [0.0] * (n - 1),
        [1.0 / (i + 1) for i in range(n)],
        [1.0] + [1.0 if a != b else 0.0 for a, b in zip(paragraphs, paragraphs[1:])],
        list(map(math.log1p, lengths)),
        _ranks(lengths),
        normalise(lengths),
        [len(ts) / c if c else 0.0 for ts, c in zip(terms, counts)],
        normalise(mass),
        _ranks(mass),
        normalise(mean),
        normalise(graph.bm25_degree),
        _title_overlap(title, terms),
        # Curly quotation marks lie beyond Latin-1 (class "o"): looked for in the sentence itself,
        # which costs nothing in a sentence of Latin-1 characters (a regex tested every character).
        (
            [1.0 if find("q", s.start, s.end) >= 0 or "\u201c" in s.text or "\u201d" in s.text else 0.0 for s in sents]
            if "\u201c" in doc.text or "\u201d" in doc.text
            else [1.0 if find("q", s.start, s.end) >= 0 else 0.0 for s in sents]
        ),
        [min(count("d", s.start, s.end), 10) / 10.0 for s in sents],
        _capitals_of(doc, classes),
        [1.0 if c < 8 else 0.0 for c in counts],
        [math.log(n)] * n,
        normalise(count_degree),
        [x * n for x in count_rank],
        count_order,
        [1.0 if x >= top_cut else 0.0 for x in count_order],
    ]


def sentence_features(doc: Document) -> List[List[float]]:
    """One feature row per sentence of ``doc``, in the order of :data:`FEATURES`."""
    return [list(row) for row in zip(*feature_columns(doc))]
