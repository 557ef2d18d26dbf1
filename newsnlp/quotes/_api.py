"""The public entry point: ``extract_quotes``."""

from __future__ import annotations

from typing import List

from newsnlp._checks import check_text
from newsnlp.quotes._extract import extract_quotes_impl
from newsnlp.quotes._types import Quote

__all__ = ["extract_quotes"]


def extract_quotes(text: str) -> List[Quote]:
    """Find direct, indirect and mixed quotes in a news article, with speakers.

    Parameters
    ----------
    text : str
        The article; paragraphs are separated by line breaks.

    Returns
    -------
    list of Quote
        In text order. ``text[q.start:q.end] == q.text`` for each quote.
        Pure Python: results are identical with or without the optional
        scientific libraries.

    Examples
    --------
    >>> qs = extract_quotes('“It is over,” Sen. Ron Wyden, D-Ore., said. He said the bill would pass.')
    >>> [(q.kind, q.text, q.speaker.name) for q in qs]
    [('direct', 'It is over,', 'Ron Wyden'), ('indirect', 'the bill would pass', 'Ron Wyden')]
    """
    check_text(text, "extract_quotes() expects the article as str")
    return extract_quotes_impl(text)
