"""Speaker descriptors come from ``newsnlp.people`` (gazetteers of titles, places, agencies)."""

from __future__ import annotations

from functools import lru_cache

from newsnlp.people import Descriptor
from newsnlp.people import parse_descriptor as _parse

__all__ = ["Descriptor", "parse_descriptor"]


@lru_cache(maxsize=4096)
def parse_descriptor(text: str) -> Descriptor:
    """``newsnlp.people.parse_descriptor``, cached: speaker mentions repeat within and across articles."""
    return _parse(text)
