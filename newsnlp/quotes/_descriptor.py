"""Speaker descriptors come from ``newsnlp.people`` (gazetteers of titles, places, agencies)."""

from __future__ import annotations

from newsnlp.people import Descriptor, parse_descriptor

__all__ = ["Descriptor", "parse_descriptor"]
