"""Result types of the people layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional

__all__ = ["Descriptor", "Person", "LEVELS"]

#: The levels of government a descriptor can resolve to.
LEVELS = ("federal", "state", "local", "other")


@dataclass(frozen=True, slots=True)
class Descriptor:
    """What a descriptor such as "Republican Albuquerque Mayor Richard Berry" says.

    ``title`` is normalised ("Sen." -> "Senator"); generic roles keep their
    lower-case word ("spokesman", "officials"). ``place`` is a US state name
    (postal and AP abbreviations expanded), a city or a county. ``party`` is
    "Republican", "Democratic", "Independent" or another party name. ``level``
    is "federal", "state", "local", "other" or ``None`` when nothing says.
    """

    name: Optional[str] = None
    title: Optional[str] = None
    organization: Optional[str] = None
    place: Optional[str] = None
    party: Optional[str] = None
    level: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        # written out, as in the other result types: dataclasses.asdict deep-copies field by field
        return {"name": self.name, "title": self.title, "organization": self.organization, "place": self.place,
                "party": self.party, "level": self.level}


@dataclass(frozen=True, slots=True)
class Person:
    """A mention of a person or organisation in running text.

    ``text == original[start:end]`` covers the whole descriptor; ``name_start``
    and ``name_end`` point at the name inside it (``None`` when unnamed, as in
    "the state attorney general"). ``kind`` is "person" or "organization".
    """

    text: str
    start: int
    end: int
    kind: str
    name: Optional[str]
    name_start: Optional[int]
    name_end: Optional[int]
    title: Optional[str]
    organization: Optional[str]
    place: Optional[str]
    party: Optional[str]
    level: Optional[str]

    @property
    def descriptor(self) -> Descriptor:
        """The descriptor fields of this mention."""
        return Descriptor(self.name, self.title, self.organization, self.place, self.party, self.level)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "kind": self.kind, "name": self.name,
            "name_start": self.name_start, "name_end": self.name_end, "title": self.title,
            "organization": self.organization, "place": self.place, "party": self.party, "level": self.level,
        }
