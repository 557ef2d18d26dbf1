"""Speaker descriptors come from ``newsnlp.people`` (gazetteers of titles, places, agencies)."""

from __future__ import annotations

from functools import lru_cache

from newsnlp.people import Descriptor
from newsnlp.people import parse_descriptor as _parse

__all__ = ["Descriptor", "parse_descriptor"]


# 32,768 entries (about 10 MB): over 2,000 AllSides articles 4,096 entries kept 13,135 of the 38,436
# calls from parsing again and this bound 15,742, all an unbounded cache would. ``Descriptor`` is a
# frozen dataclass of strings, so a cached value can be shared.
@lru_cache(maxsize=32768)
def parse_descriptor(text: str) -> Descriptor:
    """``newsnlp.people.parse_descriptor``, cached: speaker mentions repeat within and across articles."""
    return _parse(text)
