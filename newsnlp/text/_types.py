"""Result types of the text layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict

from newsnlp._reduce import reduce_by_fields

__all__ = ["Sentence", "Token"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text.

    ``text == original[start:end]`` always holds: offsets index the caller's
    string, and ``text`` carries no leading or trailing whitespace.
    """

    __reduce__ = reduce_by_fields

    index: int
    start: int
    end: int
    text: str
    paragraph: int

    def to_dict(self) -> Dict[str, Any]:
        # written out: dataclasses.asdict deep-copies field by field, several times slower
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "paragraph": self.paragraph}


@dataclass(frozen=True, slots=True)
class Token:
    """One token with its offsets: ``original[start:end] == text``.

    ``kind`` is one of ``word``, ``number``, ``abbreviation``, ``url``,
    ``email`` or ``punct``.
    """

    __reduce__ = reduce_by_fields

    text: str
    start: int
    end: int
    kind: str

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind}
