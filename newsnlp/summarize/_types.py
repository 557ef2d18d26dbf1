"""Result types of the summarizer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterator, Tuple

from newsnlp._reduce import reduce_by_fields

__all__ = ["ScoredSentence", "Summary"]


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """A sentence picked for a summary, with the ranker's score.

    ``text == original[start:end]``: offsets index the caller's string.
    ``index`` is the sentence's position in the article (0-based).
    """

    __reduce__ = reduce_by_fields

    index: int
    start: int
    end: int
    text: str
    score: float

    def to_dict(self) -> Dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "score": self.score}


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: the picked sentences in article order.

    ``str(summary)`` joins the sentences with single spaces.

    >>> s = Summary((ScoredSentence(0, 0, 3, "Hi.", 1.0),), method="lead")
    >>> str(s), len(s), s.to_dict()["summary"][0]["text"]
    ('Hi.', 1, 'Hi.')
    """

    __reduce__ = reduce_by_fields

    sentences: Tuple[ScoredSentence, ...]
    method: str

    def __str__(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[ScoredSentence]:
        return iter(self.sentences)

    def to_dict(self) -> Dict[str, Any]:
        return {"method": self.method, "summary": [s.to_dict() for s in self.sentences]}
