"""Sentence similarity and graph centrality, with a numpy path and a pure-Python path.

Both paths compute the same quantities with the same formulas; they differ only
in floating-point summation order (differences around 1e-15), which the
selection step absorbs by rounding scores before comparing them.
"""

from __future__ import annotations

import math
from typing import Dict, List, Sequence

from newsnlp._compat import optional_import

__all__ = ["Matrix", "cosine_matrix", "bm25_matrix", "pagerank", "cosine_to"]

Matrix = List[List[float]]
Vector = Dict[int, float]

DAMPING = 0.85
TOLERANCE = 1e-9
MAX_ITERATIONS = 200


def _np():  # type: ignore[no-untyped-def]
    return optional_import("numpy")


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


def _dense(vectors: Sequence[Vector], size: int):  # type: ignore[no-untyped-def]
    np = _np()
    m = np.zeros((len(vectors), size))
    for i, v in enumerate(vectors):
        for t, w in v.items():
            m[i, t] = w
    return m


def cosine_matrix(vectors: Sequence[Vector], size: int) -> Matrix:
    """Pairwise cosine similarity of sparse vectors over ``size`` terms; diagonal 0."""
    n = len(vectors)
    np = _np()
    if np is not None and n:
        m = _dense(vectors, size)
        norms = np.sqrt((m * m).sum(axis=1))
        norms[norms == 0] = 1.0
        m = m / norms[:, None]
        sim = m @ m.T
        np.fill_diagonal(sim, 0.0)
        return sim.tolist()  # type: ignore[no-any-return]
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


def bm25_matrix(terms: Sequence[Sequence[int]], size: int, k1: float = 1.2, b: float = 0.75) -> Matrix:
    """Symmetrised BM25 similarity: each sentence's distinct terms as a query against each other sentence.

    ``sim[i][j] = (bm25(i -> j) + bm25(j -> i)) / 2`` with the diagonal set to 0.
    """
    n = len(terms)
    if not n:
        return []
    lengths = [len(t) for t in terms]
    avg = (sum(lengths) / n) or 1.0
    df = [0] * size
    counts: List[Dict[int, int]] = []
    for ts in terms:
        c: Dict[int, int] = {}
        for t in ts:
            c[t] = c.get(t, 0) + 1
        counts.append(c)
        for t in c:
            df[t] += 1
    idf = [math.log((n - d + 0.5) / (d + 0.5) + 1.0) for d in df]
    # weight[j][t]: how much term t in sentence j answers a query containing t.
    weights: List[Dict[int, float]] = []
    for j, c in enumerate(counts):
        norm = k1 * (1.0 - b + b * lengths[j] / avg)
        weights.append({t: idf[t] * f * (k1 + 1.0) / (f + norm) for t, f in c.items()})
    np = _np()
    if np is not None:
        w = _dense(weights, size)
        q = _dense([{t: 1.0 for t in c} for c in counts], size)
        raw = q @ w.T
        sim = (raw + raw.T) / 2.0
        np.fill_diagonal(sim, 0.0)
        return sim.tolist()  # type: ignore[no-any-return]
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
    jumps uniformly. Stops when the L1 change is below 1e-9 (at most 200 steps).
    """
    n = len(weights)
    if not n:
        return []
    np = _np()
    if np is not None:
        w = np.asarray(weights, dtype=float)
        sums = w.sum(axis=1)
        dangling = sums <= 0
        p = np.where(dangling[:, None], 1.0 / n, w / np.where(dangling, 1.0, sums)[:, None])
        r = np.full(n, 1.0 / n)
        for _ in range(MAX_ITERATIONS):
            nxt = (1.0 - damping) / n + damping * (r @ p)
            done = float(np.abs(nxt - r).sum()) < TOLERANCE
            r = nxt
            if done:
                break
        return r.tolist()  # type: ignore[no-any-return]
    rows = []
    for row in weights:
        s = sum(row)
        rows.append([(j, x / s) for j, x in enumerate(row) if x > 0] if s > 0 else None)
    r = [1.0 / n] * n
    for _ in range(MAX_ITERATIONS):
        nxt = [0.0] * n
        spread = 0.0
        for i, row in enumerate(rows):
            ri = r[i]
            if row is None:
                spread += ri / n
                continue
            for j, pj in row:
                nxt[j] += ri * pj
        base = (1.0 - damping) / n + damping * spread
        nxt = [base + damping * x for x in nxt]
        done = sum(abs(a - c) for a, c in zip(nxt, r)) < TOLERANCE
        r = nxt
        if done:
            break
    return r
