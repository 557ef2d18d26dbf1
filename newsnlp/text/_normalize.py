"""Text normalisation for matching and similarity (not for offsets)."""

from __future__ import annotations

import re
import unicodedata
from newsnlp._checks import check_text

__all__ = ["normalize"]

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
_SPACE = re.compile(r"\s+")


def normalize(text: str, *, lowercase: bool = False) -> str:
    """Return a canonical form of ``text`` for comparing strings.

    Applies Unicode NFKC, straightens curly quotes, turns dashes into ``-``,
    drops zero-width characters and soft hyphens, and collapses whitespace.
    The result does not keep offsets: use it to compare, never to slice.

    >>> normalize("\u201cWe\u2019re  ready\u201d \u2014 she said\u2026")
    '"We\\'re ready" - she said...'
    """
    check_text(text, "normalize() expects a str")
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = _SPACE.sub(" ", text).strip()
    return text.lower() if lowercase else text
