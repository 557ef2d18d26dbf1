"""Span metrics for quotes: letter/digit coverage, one-to-one matching.

A predicted quote *covers* a gold quote at threshold ``t`` when the letters and
digits inside the predicted fragments include more than a share ``t`` of the
letters and digits inside the gold fragments (the Gender Gap Tracker's
measure). Punctuation and spaces never count, so quotation marks and a
trailing full stop neither help nor hurt. Overlapping gold quotes each count
every letter they contain. Pairs are matched one-to-one by a maximum bipartite
matching (greedy by coverage, then augmenting paths), so the number of matches
does not depend on the order of either list; precision, recall and F1 follow
from it. All of this is pure Python and linear in the
length of the spans compared.

>>> text = 'He said "we will win the vote" and left.'
>>> s = quote_scores(text, predicted=[[(8, 30)]], gold=[[(9, 29)]], threshold=0.8)
>>> (s.matched, s.precision, s.recall, s.f1)
(1, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = ["SpanMatch", "SpanScores", "quote_scores", "speaker_agrees"]

Fragments = Sequence[Tuple[int, int]]


@dataclass(frozen=True, slots=True)
class SpanMatch:
    """One matched pair: indexes into the predicted and gold lists, and coverage."""

    predicted: int
    gold: int
    coverage: float

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SpanScores:
    """Counts and scores of one comparison; add two with ``+`` to pool (micro-average)."""

    predicted: int
    gold: int
    matched: int
    matches: Tuple[SpanMatch, ...] = field(default=())

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "SpanScores") -> "SpanScores":
        if not isinstance(other, SpanScores):
            return NotImplemented
        # Match indexes only make sense within one text; pooled scores drop them.
        return SpanScores(
            self.predicted + other.predicted, self.gold + other.gold, self.matched + other.matched
        )

    def to_dict(self) -> Dict[str, Any]:
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "matches": [m.to_dict() for m in self.matches],
        }


def _alnum_positions(text: str, fragments: Fragments) -> List[int]:
    seen = set()
    out: List[int] = []
    n = len(text)
    for start, end in fragments:
        for i in range(max(0, start), min(n, end)):
            if i not in seen and text[i].isalnum():
                seen.add(i)
                out.append(i)
    return out


def _order_key(quotes: Sequence[Fragments]) -> List[Tuple[Tuple[int, int], ...]]:
    """A content key per quote (its sorted fragments), so ties never depend on list order."""
    return [tuple(sorted((int(a), int(b)) for a, b in q)) for q in quotes]


def _max_matching(
    edges: List[Tuple[float, int, int]], p_key: Sequence[Any], g_key: Sequence[Any]
) -> Dict[int, Tuple[int, float]]:
    """A maximum one-to-one matching of predicted to gold quotes.

    ``edges`` are ``(coverage, predicted, gold)`` pairs above the threshold.
    Pairs are first taken greedily by coverage (ties by the quotes' offsets,
    never by list position), then augmenting paths raise the matching to the
    maximum size, so the number of matches does not depend on the order of
    either list. Returns ``{predicted: (gold, coverage)}``.
    """
    edges = sorted(edges, key=lambda e: (-e[0], p_key[e[1]], g_key[e[2]], e[1], e[2]))
    adj: Dict[int, List[Tuple[int, float]]] = {}
    for cover, p, g in edges:
        adj.setdefault(p, []).append((g, cover))
    p_of: Dict[int, int] = {}
    g_of: Dict[int, Tuple[int, float]] = {}
    for cover, p, g in edges:
        if p not in g_of and g not in p_of:
            g_of[p] = (g, cover)
            p_of[g] = p
    for start in sorted(adj, key=lambda p: (p_key[p], p)):
        if start in g_of:
            continue
        # Breadth-first search for an augmenting path from an unmatched prediction.
        parent: Dict[int, Tuple[int, float]] = {}  # gold -> (prediction reaching it, coverage)
        frontier = [start]
        found = -1
        while frontier and found < 0:
            nxt: List[int] = []
            for p in frontier:
                for g, cover in adj[p]:
                    if g in parent:
                        continue
                    parent[g] = (p, cover)
                    if g not in p_of:
                        found = g
                        break
                    nxt.append(p_of[g])
                if found >= 0:
                    break
            frontier = nxt
        g = found
        while g >= 0:
            p, cover = parent[g]
            prev = g_of[p][0] if p in g_of else -1
            g_of[p] = (g, cover)
            p_of[g] = p
            g = prev
    return g_of


def quote_scores(
    text: str,
    predicted: Sequence[Fragments],
    gold: Sequence[Fragments],
    threshold: float = 0.8,
) -> SpanScores:
    """Match predicted to gold quotes one-to-one by letter/digit coverage.

    Parameters
    ----------
    text : str
        The article both span lists index.
    predicted, gold : sequences of fragment lists
        Each quote is a list of ``(start, end)`` fragments (one for a
        contiguous quote, several for a split one).
    threshold : float
        A pair can match only when the prediction covers more than this share
        of the gold quote's letters and digits (``0 <= threshold < 1``).

    Returns
    -------
    SpanScores
        Counts, precision/recall/F1 and the matched pairs.

    Examples
    --------
    >>> t = '"A fine plan," she said, "and cheap."'
    >>> quote_scores(t, [[(0, 14)]], [[(0, 14), (25, 37)]], 0.8).matched
    0
    >>> quote_scores(t, [[(0, 14)]], [[(0, 14), (25, 37)]], 0.3).matched
    1
    """
    if not isinstance(text, str):
        raise TypeError(f"expected the article text as str, got {type(text).__name__}")
    if not 0 <= threshold < 1:
        raise ValueError(f"threshold must be in [0, 1), got {threshold!r}")
    gold_sizes: List[int] = []
    # Gold quotes may overlap (PolNeAR nests attributions), so a position can
    # belong to several gold quotes; each pair's coverage counts all of them.
    owners: Dict[int, List[int]] = {}
    for g, frags in enumerate(gold):
        positions = _alnum_positions(text, frags)
        gold_sizes.append(len(positions))
        for i in positions:
            owners.setdefault(i, []).append(g)
    edges: List[Tuple[float, int, int]] = []
    for p, frags in enumerate(predicted):
        counts: Dict[int, int] = {}
        for i in _alnum_positions(text, frags):
            for g in owners.get(i, ()):
                counts[g] = counts.get(g, 0) + 1
        for g, c in counts.items():
            cover = c / gold_sizes[g]
            if cover > threshold:
                edges.append((cover, p, g))
    matched = _max_matching(edges, _order_key(predicted), _order_key(gold))
    matches = sorted((SpanMatch(p, g, cover) for p, (g, cover) in matched.items()), key=lambda m: m.gold)
    return SpanScores(len(predicted), len(gold), len(matches), tuple(matches))


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _norm(s: str) -> str:
    return " " + _NON_ALNUM.sub(" ", s.lower()).strip() + " "


def speaker_agrees(
    text: str,
    predicted_span: Optional[Tuple[int, int]],
    predicted_name: Optional[str],
    gold_span: Optional[Tuple[int, int]],
) -> bool:
    """Judge a predicted speaker against the gold source span.

    The rule: with no gold source, only "no speaker" is right. Otherwise the
    prediction is right when its mention overlaps the gold source span on at
    least one letter or digit, or when its resolved name (as whole words)
    occurs in the gold source text, e.g. ``"Jeff Sessions"`` for gold
    ``"Attorney General Jeff Sessions"``.

    >>> t = "Attorney General Jeff Sessions said no."
    >>> speaker_agrees(t, (17, 30), "Jeff Sessions", (0, 30))
    True
    >>> speaker_agrees(t, None, None, (0, 30))
    False
    """
    if gold_span is None:
        return predicted_span is None and not predicted_name
    gs, ge = gold_span
    if predicted_span is not None:
        ps, pe = predicted_span
        lo, hi = max(ps, gs), min(pe, ge)
        if any(text[i].isalnum() for i in range(lo, hi)):
            return True
    if predicted_name:
        name = _norm(predicted_name)
        if name.strip() and name in _norm(text[gs:ge]):
            return True
    return False


