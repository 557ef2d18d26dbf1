"""Sentence similarity and graph centrality, with a numpy path and a pure-Python path.

Both paths compute the same quantities with the same formulas; they differ only
in floating-point summation order (differences around 1e-15), which the
selection step absorbs by rounding scores before comparing them.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import mul, sub
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Sequence, Tuple

from newsnlp._compat import optional_import

__all__ = [
    "Matrix",
    "cosine_matrix",
    "bm25_matrix",
    "count_graph",
    "word_counts",
    "WordGraph",
    "word_graph",
    "bm25_degree_of",
    "pagerank",
    "cosine_to",
]

Matrix = List[List[float]]
Vector = Dict[int, float]

DAMPING = 0.85
TOLERANCE = 1e-6
MAX_ITERATIONS = 200
# Below this many sentences the pure-Python loops beat numpy's per-call
# overhead and BLAS threading on small matrices (a news article has ~20), so
# numpy only takes over for long texts.
NUMPY_MIN_SENTENCES = 150


def _np(n: int):  # type: ignore[no-untyped-def]
    """numpy when it is usable and worth it for ``n`` sentences, else ``None``."""
    return optional_import("numpy") if n >= NUMPY_MIN_SENTENCES else None


def _norm(v: Vector) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def cosine_to(vectors: Sequence[Vector], target: Vector) -> List[float]:
    """Cosine similarity of each sparse vector with ``target`` (linear time)."""
    tn = _norm(target)
    out = []
    for v in vectors:
        vn = _norm(v)
        if not vn or not tn:
            out.append(0.0)
            continue
        out.append(sum(w * target.get(t, 0.0) for t, w in v.items()) / (vn * tn))
    return out


def _shared_columns(vectors: Sequence[Vector]) -> Dict[int, int]:
    """Column index for each term found in two or more vectors.

    A term in a single sentence adds only to that sentence's own (zeroed)
    diagonal cell, so dense matrices leave it out: most terms of an article
    occur once, and dropping them shrinks the products several-fold.
    """
    seen: Dict[int, int] = {}
    for v in vectors:
        for t in v:
            seen[t] = seen.get(t, 0) + 1
    columns: Dict[int, int] = {}
    for t, k in seen.items():
        if k > 1:
            columns[t] = len(columns)
    return columns


def _dense(np, vectors: Sequence[Vector], columns: Dict[int, int]):  # type: ignore[no-untyped-def]
    m = np.zeros((len(vectors), len(columns)))
    for i, v in enumerate(vectors):
        for t, w in v.items():
            c = columns.get(t)
            if c is not None:
                m[i, c] = w
    return m


def cosine_matrix(vectors: Sequence[Vector], size: int) -> Matrix:
    """Pairwise cosine similarity of sparse vectors over ``size`` terms; diagonal 0."""
    n = len(vectors)
    np = _np(n)
    if np is not None and n:
        m = _dense(np, vectors, _shared_columns(vectors))
        norms = np.array([_norm(v) or 1.0 for v in vectors])
        m = m / norms[:, None]
        sim = m @ m.T
        np.fill_diagonal(sim, 0.0)
        return sim.tolist()
    unit = []
    for v in vectors:
        vn = _norm(v) or 1.0
        unit.append({t: w / vn for t, w in v.items()})
    postings: Dict[int, List[tuple]] = {}
    for j, v in enumerate(unit):
        for t, w in v.items():
            postings.setdefault(t, []).append((j, w))
    sim = [[0.0] * n for _ in range(n)]
    for i, v in enumerate(unit):
        row = sim[i]
        for t, w in v.items():
            for j, wj in postings[t]:
                row[j] += w * wj
        row[i] = 0.0
    return sim


def _bm25_weights(terms: Sequence[Sequence[int]], size: int, k1: float, b: float) -> tuple:
    """Per-sentence term counts, document frequencies and BM25 term weights."""
    n = len(terms)
    lengths = [len(t) for t in terms]
    avg = (sum(lengths) / n) or 1.0
    df = [0] * size
    counts: List[Dict[int, int]] = []
    for ts in terms:
        c: Dict[int, int] = Counter(ts)
        counts.append(c)
        for t in c:
            df[t] += 1
    idf = [math.log((n - d + 0.5) / (d + 0.5) + 1.0) for d in df]
    weights: List[Dict[int, float]] = []
    for j, c in enumerate(counts):
        norm = k1 * (1.0 - b + b * lengths[j] / avg)
        weights.append({t: idf[t] * f * (k1 + 1.0) / (f + norm) for t, f in c.items()})
    return counts, df, weights


def bm25_matrix(terms: Sequence[Sequence[int]], size: int, k1: float = 1.2, b: float = 0.75) -> Matrix:
    """Symmetrised BM25 similarity: each sentence's distinct terms as a query against each other sentence.

    ``sim[i][j] = (bm25(i -> j) + bm25(j -> i)) / 2`` with the diagonal set to 0.
    """
    n = len(terms)
    if not n:
        return []
    counts, df, weights = _bm25_weights(terms, size, k1, b)
    np = _np(n)
    if np is not None:
        columns = _shared_columns(weights)
        w = _dense(np, weights, columns)
        q = _dense(np, [{t: 1.0 for t in c} for c in counts], columns)
        raw = q @ w.T
        sim = (raw + raw.T) / 2.0
        np.fill_diagonal(sim, 0.0)
        return sim.tolist()
    postings: Dict[int, List[tuple]] = {}
    for j, wj in enumerate(weights):
        for t, w in wj.items():
            postings.setdefault(t, []).append((j, w))
    raw_rows = [[0.0] * n for _ in range(n)]
    for i, c in enumerate(counts):
        row = raw_rows[i]
        for t in c:
            for j, w in postings[t]:
                row[j] += w
    out = [[(raw_rows[i][j] + raw_rows[j][i]) / 2.0 for j in range(n)] for i in range(n)]
    for i in range(n):
        out[i][i] = 0.0
    return out


def pagerank(weights: Matrix, damping: float = DAMPING) -> List[float]:
    """Stationary distribution of a random walk on a weighted graph (power iteration).

    Rows are normalised to transition probabilities; a sentence with no edges
    jumps uniformly. The walk starts from the weighted degrees, which is the
    undamped answer for a symmetric graph, so few steps are needed. Stops when the L1 change is below 1e-6 (at most 200 steps).
    """
    n = len(weights)
    if not n:
        return []
    np = _np(n)
    if np is not None:
        w = np.asarray(weights, dtype=float)
        sums = w.sum(axis=1)
        dangling = sums <= 0
        p = np.where(dangling[:, None], 1.0 / n, w / np.where(dangling, 1.0, sums)[:, None])
        total = float(sums.sum())
        r = sums / total if total > 0 else np.full(n, 1.0 / n)
        for _ in range(MAX_ITERATIONS):
            nxt = (1.0 - damping) / n + damping * (r @ p)
            done = float(np.abs(nxt - r).sum()) < TOLERANCE
            r = nxt
            if done:
                break
        return r.tolist()
    # Column form: nxt[j] = sum_i r[i] * p[i][j], each a C-level sum over the column's
    # non-zero cells in row order. Leaving out zero cells changes no sum (x + 0.0 == x),
    # so the result is the same as over the full column, and a thresholded graph
    # (LexRank) costs its edges, not n * n.
    rows: List[List[int]] = [[] for _ in range(n)]
    cells: List[List[float]] = [[] for _ in range(n)]
    dangling_rows = []
    sums = [sum(row) for row in weights]
    for i, row in enumerate(weights):
        s = sums[i]
        if s > 0:
            for j, x in enumerate(row):
                if x:
                    rows[j].append(i)
                    cells[j].append(x / s)
        else:
            dangling_rows.append(i)
    total = sum(sums)
    r = [x / total for x in sums] if total > 0 else [1.0 / n] * n
    columns = list(zip(rows, cells))
    for _ in range(MAX_ITERATIONS):
        spread = sum(r[i] for i in dangling_rows) / n
        base = (1.0 - damping) / n + damping * spread
        at = r.__getitem__
        nxt = [base + damping * sum(map(mul, map(at, idx), col)) for idx, col in columns]
        done = sum(map(abs, map(sub, nxt, r))) < TOLERANCE
        r = nxt
        if done:
            break
    return r


COUNT_RANK_STEPS = 2

try:  # the C helper behind Counter(iterable), without Counter's per-call Python overhead
    from _collections import _count_elements as _count_into
except ImportError:  # pragma: no cover - other Python implementations

    def _count_into(mapping: Dict[Any, int], iterable: Iterable[Any]) -> None:
        get = mapping.get
        for item in iterable:
            mapping[item] = get(item, 0) + 1


def word_counts(runs: Sequence[Sequence[str]]) -> List[Dict[str, int]]:
    """``{word: count}`` of each sentence's words."""
    out: List[Dict[str, int]] = []
    for ws in runs:
        c: Dict[str, int] = {}
        _count_into(c, ws)
        out.append(c)
    return out


def _setup(counts: Sequence[Dict[str, int]], k1: float) -> Tuple[List[int], float, Dict[str, int], Tuple[float, ...]]:
    """Per sentence its number of words, their mean, each word's spread (sentences holding
    it) and the BM25 idf (times k1 + 1) for each possible spread."""
    n = len(counts)
    lengths = [sum(c.values()) for c in counts]
    average = (sum(lengths) / n) or 1.0
    spread: Dict[str, int] = {}
    _count_into(spread, chain.from_iterable(counts))
    return lengths, average, spread, spread_idf(n, k1)


@lru_cache(maxsize=256)
def spread_idf(n: int, k1: float) -> Tuple[float, ...]:
    """BM25 idf times ``k1 + 1`` of a word found in ``d`` of ``n`` sentences, for every ``d`` in 0..n.

    Cached: articles of the same length share the table (callers only read it).
    """
    return tuple(math.log((n - d + 0.5) / (d + 0.5) + 1.0) * (k1 + 1.0) for d in range(n + 1))


def _walk(degree: List[float], times_similarity: Callable[[List[float]], List[float]]) -> List[float]:
    """PageRank (damping 0.85) after :data:`COUNT_RANK_STEPS` steps from the normalised degrees.

    The walk starts from r = degree / total. Its first step spreads r[j] / degree[j] =
    1 / total from every sentence with edges, so S @ (r / degree) = degree / total: no
    product needed (dangling sentences hold 0). A graph without edges ranks uniformly.
    """
    n = len(degree)
    total_weight = sum(degree)
    if total_weight <= 0:
        return [1.0 / n] * n
    inverse = [1.0 / d if d > 0 else 0.0 for d in degree]
    dangling = [i for i in range(n) if degree[i] <= 0]
    damping = DAMPING
    base = (1.0 - damping) / n
    r = [base + damping * d / total_weight for d in degree]
    for _ in range(COUNT_RANK_STEPS - 1):
        base = (1.0 - damping) / n + damping * sum([r[i] for i in dangling]) / n
        r = [base + damping * x for x in times_similarity(list(map(mul, r, inverse)))]
    return r


class WordGraph(NamedTuple):
    """Centrality of each sentence in two graphs over the same word counts (:func:`word_graph`)."""

    degree: List[float]
    rank: List[float]
    bm25_degree: List[float]


# From this many sentences on word_graph runs its numpy form (newsnlp.summarize._graph_np) when
# numpy is usable: the same floats, bit for bit, at a fraction of the loops' time.
NUMPY_WORD_GRAPH_SENTENCES = 20

# Up to this many sentences word_graph builds the cosine matrix from the postings, which
# is about twice as fast in pure Python for a news article; longer texts go through
# per-word totals, so the cost stays linear in the words.
DENSE_GRAPH_SENTENCES = 64


def word_graph(
    counts: Sequence[Dict[str, int]], k1: float = 1.2, b: float = 0.75, dense_max: int = DENSE_GRAPH_SENTENCES
) -> WordGraph:
    """Sentence centrality from each sentence's ``{word: count}``.

    - ``degree``: weighted degree in the graph whose edges are the cosines of the
      sentences' count vectors (no self-loops);
    - ``rank``: a damped random walk (PageRank, damping 0.85) on that graph after
      :data:`COUNT_RANK_STEPS` steps from the normalised degrees, which are the
      undamped walk's answer;
    - ``bm25_degree``: weighted degree in the symmetrised BM25 graph of the same
      words (the row sums of :func:`bm25_matrix`; :func:`bm25_degree_of`).

    Only words found in two or more sentences make edges. Texts of up to
    ``dense_max`` sentences build the cosine matrix from the words' postings;
    longer ones never build it (products through per-word totals, time linear in
    the words). Both ways agree to rounding (``tests/test_summarize_modes.py``).
    With numpy, texts of :data:`NUMPY_WORD_GRAPH_SENTENCES` or more sentences take
    its form of the same computation, which gives the same floats to the last bit.

    >>> g = word_graph([{"rain": 1, "city": 1}, {"rain": 1}, {"sun": 1}])
    >>> [round(x, 3) for x in g.degree], [round(x, 3) for x in g.rank]
    ([0.707, 0.707, 0.0], [0.468, 0.468, 0.064])
    """
    n = len(counts)
    np = optional_import("numpy") if n >= NUMPY_WORD_GRAPH_SENTENCES else None
    if np is not None:
        from newsnlp.summarize import _graph_np  # it builds on this module's WordGraph and _walk

        return _graph_np.word_graph(np, counts, k1, b, dense_max)
    return _word_graph_loops(counts, k1, b, dense_max)


def _word_graph_loops(counts: Sequence[Dict[str, int]], k1: float, b: float, dense_max: int) -> WordGraph:
    """:func:`word_graph` in pure Python: the cosine matrix from the postings, or per-word totals."""
    n = len(counts)
    if n > dense_max:
        return _word_graph_linear(counts, k1, b)
    if not n:
        return WordGraph([], [], [])
    lengths, average, spread, idf = _setup(counts, k1)
    # Per shared word: [(sentence, cosine weight) ...], its BM25 weights summed, its spread.
    posts: Dict[str, List[Any]] = {}
    bm25_rows: List[List[Tuple[List[Any], float]]] = []
    for i, c in enumerate(counts):
        k = 1.0 / (math.sqrt(sum(map(mul, c.values(), c.values()))) or 1.0)
        norm = k1 * (1.0 - b + b * lengths[i] / average)
        row = []
        for w, f in c.items():
            d = spread[w]
            if d > 1:
                y = idf[d] * f / (f + norm)
                p = posts.get(w)
                if p is None:
                    posts[w] = p = [[(i, f * k)], y, d]
                else:
                    p[0].append((i, f * k))
                    p[1] += y
                row.append((p, y))
        bm25_rows.append(row)
    # BM25: per word, its weight elsewhere (total - own) plus its own weight once per
    # other sentence holding it (spread - 1), halved for the symmetrised graph.
    bm25_degree = [sum([p[1] + y * (p[2] - 2) for p, y in row]) / 2.0 for row in bm25_rows]
    matrix = [[0.0] * n for _ in range(n)]
    for pairs, _, d in posts.values():
        if d == 2:  # most shared words: one edge, without the diagonal cells the general loop adds
            (a, xa), (j, xb) = pairs
            x = xa * xb
            matrix[a][j] += x
            matrix[j][a] += x
            continue
        for a, xa in pairs:
            cells = matrix[a]
            for j, xb in pairs:
                cells[j] += xa * xb
    for i, cells in enumerate(matrix):
        cells[i] = 0.0
    degree = [sum(cells) for cells in matrix]
    return WordGraph(degree, _walk(degree, lambda u: [sum(map(mul, cells, u)) for cells in matrix]), bm25_degree)


def _word_graph_linear(counts: Sequence[Dict[str, int]], k1: float = 1.2, b: float = 0.75) -> WordGraph:
    """:func:`word_graph` through per-word totals: no matrix, time linear in the words."""
    n = len(counts)
    if not n:
        return WordGraph([], [], [])
    lengths, average, spread, idf = _setup(counts, k1)
    # A sentence's cosine weight for a word is its count times the sentence's inverse
    # norm, so that S[i][j] = sum over shared words of weight(i) * weight(j).
    ids: Dict[str, int] = {}
    post_sentences: List[List[int]] = []
    post_weights: List[List[float]] = []
    row_terms: List[List[int]] = []
    row_weights: List[List[float]] = []
    bm25_column: List[float] = []  # per word: its BM25 weights summed over sentences
    bm25_df: List[int] = []
    bm25_rows: List[List[float]] = []
    for i, c in enumerate(counts):
        k = 1.0 / (math.sqrt(sum(map(mul, c.values(), c.values()))) or 1.0)
        norm = k1 * (1.0 - b + b * lengths[i] / average)
        terms: List[int] = []
        weights: List[float] = []
        bm25: List[float] = []
        for w, f in c.items():
            d = spread[w]
            if d > 1:
                t = ids.get(w)
                if t is None:
                    t = ids[w] = len(ids)
                    post_sentences.append([])
                    post_weights.append([])
                    bm25_column.append(0.0)
                    bm25_df.append(d)
                x = f * k
                y = idf[d] * f / (f + norm)
                post_sentences[t].append(i)
                post_weights[t].append(x)
                bm25_column[t] += y
                terms.append(t)
                weights.append(x)
                bm25.append(y)
        row_terms.append(terms)
        row_weights.append(weights)
        bm25_rows.append(bm25)
    # BM25: per word, its weight elsewhere (column - own) plus its own weight once per
    # other sentence holding it (df - 1), halved: sum(column) + sum(y * df) - 2 * sum(y).
    column_at, df_at = bm25_column.__getitem__, bm25_df.__getitem__
    bm25_degree = [
        (sum(map(column_at, ts)) + sum(map(mul, ys, map(df_at, ts))) - 2.0 * sum(ys)) / 2.0
        for ts, ys in zip(row_terms, bm25_rows)
    ]
    self_loops = [sum(map(mul, ws, ws)) for ws in row_weights]

    def times_similarity(u: List[float]) -> List[float]:
        """``S @ u`` where ``S[i][j]`` is the cosine of sentences i and j and ``S[i][i] = 0``."""
        at = u.__getitem__
        totals = [sum(map(mul, ws, map(at, ss))) for ss, ws in zip(post_sentences, post_weights)]
        get = totals.__getitem__
        out = []
        for ts, ws, loop, x in zip(row_terms, row_weights, self_loops, u):
            with_self = sum(map(mul, ws, map(get, ts)))
            v = with_self - x * loop  # leave the sentence's own share out
            out.append(v if v > 1e-12 * with_self else 0.0)  # what is left of it is rounding
        return out

    degree = times_similarity([1.0] * n)
    return WordGraph(degree, _walk(degree, times_similarity), bm25_degree)


def count_graph(runs: Sequence[Sequence[str]]) -> Tuple[List[float], List[float]]:
    """``(degree, rank)`` of :func:`word_graph` for each sentence's list of words.

    >>> degree, rank = count_graph([["rain", "city"], ["rain"], ["sun"]])
    >>> [round(x, 3) for x in degree], [round(x, 3) for x in rank]
    ([0.707, 0.707, 0.0], [0.468, 0.468, 0.064])
    """
    g = word_graph(word_counts(runs))
    return g.degree, g.rank


def bm25_degree_of(counts: Sequence[Dict[str, int]], k1: float = 1.2, b: float = 0.75) -> List[float]:
    """Row sums of :func:`bm25_matrix`, in linear time, for sentences given as ``{term: count}``.

    A term in a single sentence adds nothing (its weight elsewhere is zero), so
    only terms found in two or more sentences are visited.
    """
    n = len(counts)
    if not n:
        return []
    lengths, average, spread, idf = _setup(counts, k1)
    column: Dict[str, float] = {}
    get = column.get
    rows: List[Tuple[List[str], List[float]]] = []
    for c, length in zip(counts, lengths):
        norm = k1 * (1.0 - b + b * length / average)
        ts: List[str] = []
        xs: List[float] = []
        for t, f in c.items():
            d = spread[t]
            if d > 1:
                x = idf[d] * f / (f + norm)
                column[t] = get(t, 0.0) + x
                ts.append(t)
                xs.append(x)
        rows.append((ts, xs))
    # Per term: its weight elsewhere (column - own) plus its own weight once per
    # other sentence holding it (df - 1), halved for the symmetrised graph:
    # sum(column) + sum(x * df) - 2 * sum(x).
    at, df = column.__getitem__, spread.__getitem__
    return [
        (sum(map(at, ts)) + sum(map(mul, xs, map(df, ts))) - 2.0 * sum(xs)) / 2.0 for ts, xs in rows
    ]
