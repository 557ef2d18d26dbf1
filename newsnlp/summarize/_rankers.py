"""Sentence rankers: small classes behind one interface, chosen by name.

A ranker turns a :class:`~newsnlp.summarize.Document` into one non-negative
score per sentence (higher = more summary-worthy). Selection, budgets and
redundancy control are shared and live elsewhere, so a new algorithm is one
class with a ``score`` method and a :func:`register_ranker` decorator.

>>> from newsnlp.summarize import Document, get_ranker
>>> doc = Document("Rain hit the city. Rain closed the city roads. Fans cheered.")
>>> [round(s, 2) for s in get_ranker("lead").score(doc)]
[1.0, 0.5, 0.33]
"""

from __future__ import annotations

from typing import Callable, Dict, List, Type, TypeVar

from newsnlp.summarize import _graph
from newsnlp.summarize._document import Document

__all__ = [
    "Ranker",
    "LeadRanker",
    "TextRankRanker",
    "LexRankRanker",
    "CentroidRanker",
    "register_ranker",
    "get_ranker",
    "available_rankers",
]


class Ranker:
    """Base class of all rankers: ``score(doc)`` returns one score per sentence."""

    name: str = ""

    def score(self, doc: Document) -> List[float]:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


_REGISTRY: Dict[str, Callable[[], Ranker]] = {}
R = TypeVar("R", bound=Type[Ranker])


def register_ranker(name: str) -> Callable[[R], R]:
    """Class decorator: make ``method=name`` use this ranker (built with no arguments)."""

    def deco(cls: R) -> R:
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return deco


def _register_factory(name: str, factory: Callable[[], Ranker]) -> None:
    _REGISTRY[name] = factory


def available_rankers() -> List[str]:
    """Names accepted by ``summarize(method=...)`` besides ``"auto"``.

    >>> available_rankers()
    ['centroid', 'lead', 'lexrank', 'textrank', 'trained']
    """
    return sorted(_REGISTRY)


def get_ranker(name: str) -> Ranker:
    """The ranker registered as ``name``; ``ValueError`` naming the choices otherwise."""
    if not isinstance(name, str):
        raise TypeError(f"method must be a str such as 'textrank', got {type(name).__name__}")
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(
            f"unknown summarization method {name!r}: choose one of "
            + ", ".join(repr(n) for n in ["auto", *available_rankers()])
        ) from None
    return factory()


@register_ranker("lead")
class LeadRanker(Ranker):
    """News put the gist first: sentence ``i`` scores ``1 / (i + 1)``."""

    def score(self, doc: Document) -> List[float]:
        return [1.0 / (i + 1) for i in range(len(doc))]


@register_ranker("textrank")
class TextRankRanker(Ranker):
    """TextRank: PageRank over a graph weighted by symmetrised BM25 similarity."""

    def score(self, doc: Document) -> List[float]:
        return list(doc.textrank())


@register_ranker("lexrank")
class LexRankRanker(Ranker):
    """Continuous LexRank: PageRank over TF-IDF cosine edges at or above ``threshold``."""

    def __init__(self, threshold: float = 0.1) -> None:
        self.threshold = threshold

    def score(self, doc: Document) -> List[float]:
        if doc.is_large:
            return list(doc.centroid())
        t = self.threshold
        # Rounding keeps numpy and pure-Python float noise from flipping an edge at the threshold.
        # round(w, 12) moves w by at most 5e-13, so only cells within 1e-11 of t need it.
        low, high = t - 1e-11, t + 1e-11
        graph = [
            [w if w >= high else 0.0 if w < low else w if round(w, 12) >= t else 0.0 for w in row]
            for row in doc.cosine()
        ]
        return _graph.pagerank(graph)


@register_ranker("centroid")
class CentroidRanker(Ranker):
    """Centroid: cosine similarity of each sentence with the article's TF-IDF centroid."""

    def score(self, doc: Document) -> List[float]:
        return list(doc.centroid())
