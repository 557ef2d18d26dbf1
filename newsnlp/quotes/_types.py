"""Result types of quote extraction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

from newsnlp._reduce import reduce_by_fields

__all__ = ["Cue", "Quote", "Speaker"]


@dataclass(frozen=True, slots=True)
class Cue:
    """The verb or phrase that marks an attribution (``said``, ``according to``, ``:``)."""

    __reduce__ = reduce_by_fields

    text: str
    start: int
    end: int

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to.

    ``start``/``end`` index the mention the attribution points at (the ``he``
    of "he said", or "White House spokesman Josh Earnest"); ``name`` is the
    resolved full name or organisation when one could be found, else ``None``.
    """

    __reduce__ = reduce_by_fields

    name: Optional[str]
    start: int
    end: int
    title: Optional[str] = None
    organization: Optional[str] = None
    place: Optional[str] = None
    party: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {
            "name": self.name, "start": self.start, "end": self.end, "title": self.title,
            "organization": self.organization, "place": self.place, "party": self.party,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or reported statement.

    ``text == original[start:end]``; a split quote (“A,” he said, “B.”) keeps
    its pieces in ``fragments`` as ``(start, end)`` pairs and ``start``/``end``
    run from the first piece to the last. ``kind`` is ``direct`` (inside
    quotation marks), ``indirect`` (reported speech) or ``mixed`` (reported
    speech containing a quoted fragment).
    """

    __reduce__ = reduce_by_fields

    text: str
    start: int
    end: int
    fragments: Tuple[Tuple[int, int], ...]
    kind: str
    cue: Optional[Cue]
    paragraph: int
    speaker: Optional[Speaker]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "fragments": [list(f) for f in self.fragments],
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "paragraph": self.paragraph,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }
