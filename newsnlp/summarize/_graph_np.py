"""numpy form of :func:`newsnlp.summarize._graph.word_graph`, bit-identical to the pure-Python loops.

The pure-Python word graph spends most of a summary's time in per-word loops.
Here every quantity is computed with the same floating-point operations in the
same order, so the result equals the loops' to the last bit (the trained
ranker's scores, and so the picks, do not depend on whether numpy is installed):

- element-wise products, quotients and square roots are correctly rounded in
  both (IEEE 754), and the logarithms come from the same :func:`spread_idf` table;
- every sum is an ``np.bincount(..., weights=...)``, which adds its weights one
  after another in array order, as Python's ``sum`` and ``+=`` do. Each array is
  laid out in the order in which the loops visit the terms (sentences in order,
  a sentence's words in first-appearance order, shared words in
  first-appearance order for the matrix cells).

``tests/test_summarize_modes.py`` compares both on random inputs with ``==``.
"""

from __future__ import annotations

from itertools import chain
from typing import Any, Dict, List, Sequence, Tuple

from newsnlp.summarize._graph import WordGraph, _walk, spread_idf

__all__ = ["word_graph"]


class _Entries:
    """The (sentence, word, count) entries of the sentences' word counts that make edges.

    An entry is kept when its word occurs in two or more sentences. Entries are in
    the order the loops visit them: sentence by sentence, each sentence's words
    in the order of its ``{word: count}``. ``x`` is the entry's cosine weight
    (count / the sentence's norm) and ``y`` its BM25 weight.
    """

    def __init__(self, np: Any, counts: Sequence[Dict[str, int]], k1: float, b: float) -> None:
        n = len(counts)
        sizes = list(map(len, counts))
        entries = sum(sizes)
        # Word ids in order of first appearance: the order the loops first meet each word.
        ids = dict(zip(dict.fromkeys(chain.from_iterable(counts)), range(entries)))
        word = np.fromiter(map(ids.__getitem__, chain.from_iterable(counts)), np.intp, entries)
        freq = _counts_array(np, counts, entries)
        sentence = np.arange(n).repeat(sizes)
        lengths = np.bincount(sentence, weights=freq, minlength=n)  # integer sums: exact
        average = (int(lengths.sum()) / n) or 1.0
        squares = np.bincount(sentence, weights=freq * freq, minlength=n)
        squares[squares == 0] = 1.0  # an empty sentence's norm counts as 1 (the sqrt of 1 is 1)
        inverse_norm = 1.0 / np.sqrt(squares)
        bm25_norm = k1 * ((1.0 - b) + b * lengths / average)
        self.spread = np.bincount(word)  # sentences holding each word (a sentence counts a word once)
        idf = _idf_array(np, n, k1)
        keep = (self.spread > 1)[word].nonzero()[0]
        self.n = n
        self.sentence = sentence[keep]
        self.word = word[keep]
        self.df = self.spread[self.word]
        f = freq[keep]
        self.x = f * inverse_norm[self.sentence]
        self.y = idf[self.df] * f / (f + bm25_norm[self.sentence])
        # Per word: its BM25 weights summed over the sentences, in sentence order.
        self.column = np.bincount(self.word, weights=self.y, minlength=len(self.spread))

    def per_sentence(self, np: Any, values: Any) -> Any:
        """Each sentence's ``values`` summed in entry order (``sum`` over the sentence's entries)."""
        return np.bincount(self.sentence, weights=values, minlength=self.n)


def _counts_array(np: Any, counts: Sequence[Dict[str, int]], entries: int) -> Any:
    """The counts of all sentences, in order, as floats.

    Read through ``bytes`` when every count fits in a byte (nearly always): ``bytes()`` takes
    an int in a few instructions, ``np.fromiter`` converts each item through a generic path
    that costs several times more.
    """
    values = chain.from_iterable(map(dict.values, counts))
    try:
        return np.frombuffer(bytes(values), np.uint8).astype(float)
    except (TypeError, ValueError):  # a count above 255 (or not an int)
        return np.fromiter(chain.from_iterable(map(dict.values, counts)), float, entries)


_IDF: Dict[Tuple[int, float], Any] = {}


def _idf_array(np: Any, n: int, k1: float) -> Any:
    """:func:`spread_idf` as a read-only array, kept per (n, k1) like the table itself."""
    key = (n, k1)
    idf = _IDF.get(key)
    if idf is None:
        if len(_IDF) >= 256:
            _IDF.clear()
        idf = _IDF[key] = np.array(spread_idf(n, k1))
        idf.flags.writeable = False
    return idf


def _cosine_matrix(np: Any, e: _Entries) -> Any:
    """The n x n cosine matrix as the dense loop builds it: each cell sums its shared words'
    products ``x_a * x_j`` in the words' first-appearance order; diagonal 0.

    Only the cells above the diagonal are summed (pairs of an entry with the later entries
    of its word), then mirrored: cells (a, j) and (j, a) add the same products in the same
    order, and each of the two summed matrices is 0.0 where the other holds a cell.
    """
    n = e.n
    order = e.word.argsort(kind="stable")  # grouped by word (ids ascending), sentences ascending within a word
    sentence, x = e.sentence[order], e.x[order]
    # Per entry: how many entries of its word follow it (its word group ends where the group's sizes sum to).
    groups = e.spread[e.spread > 1]  # the groups' sizes, in id order
    later = groups.cumsum().repeat(groups) - np.arange(len(order)) - 1
    # Pair i of an entry at p with `later` partners is (p, p + 1 + i - first pair of p).
    ends = later.cumsum()
    block = ends - later
    right = np.arange(int(ends[-1]) if len(ends) else 0) + (np.arange(1, len(order) + 1) - block).repeat(later)
    upper = np.bincount(
        (sentence * n).repeat(later) + sentence[right], weights=x.repeat(later) * x[right], minlength=n * n
    ).reshape(n, n)
    return upper + upper.T


def _dense(np: Any, e: _Entries) -> WordGraph:
    """The dense branch of ``word_graph`` (texts of at most ``dense_max`` sentences)."""
    n = e.n
    bm25_degree = e.per_sentence(np, e.column[e.word] + e.y * (e.df - 2)) / 2.0
    matrix = _cosine_matrix(np, e)
    rows = np.arange(n).repeat(n)

    def times_similarity(u: List[float]) -> List[float]:
        """Row by row ``sum(cells[j] * u[j] for j)``, added in column order."""
        return np.bincount(rows, weights=(matrix * np.asarray(u)).ravel(), minlength=n).tolist()

    degree = np.bincount(rows, weights=matrix.ravel(), minlength=n).tolist()
    return WordGraph(degree, _walk(degree, times_similarity), bm25_degree.tolist())


def _linear(np: Any, e: _Entries) -> WordGraph:
    """The linear branch of ``word_graph`` (per-word totals, no matrix)."""
    column_sums = e.per_sentence(np, e.column[e.word])
    bm25_degree = (column_sums + e.per_sentence(np, e.y * e.df) - 2.0 * e.per_sentence(np, e.y)) / 2.0
    self_loops = e.per_sentence(np, e.x * e.x)
    words = len(e.spread)

    def times_similarity(u: List[float]) -> List[float]:
        """``S @ u`` with ``S[i][i] = 0``: per word its weighted total, then per sentence."""
        v = np.asarray(u)
        totals = np.bincount(e.word, weights=e.x * v[e.sentence], minlength=words)
        with_self = e.per_sentence(np, e.x * totals[e.word])
        rest = with_self - v * self_loops  # leave the sentence's own share out
        return np.where(rest > 1e-12 * with_self, rest, 0.0).tolist()

    degree = times_similarity([1.0] * e.n)
    return WordGraph(degree, _walk(degree, times_similarity), bm25_degree.tolist())


def word_graph(np: Any, counts: Sequence[Dict[str, int]], k1: float, b: float, dense_max: int) -> WordGraph:
    """:func:`newsnlp.summarize._graph.word_graph` of one or more sentences, computed with numpy."""
    entries = _Entries(np, counts, k1, b)
    return _dense(np, entries) if len(counts) <= dense_max else _linear(np, entries)
