"""Tokens with offsets, and fast lower-cased word lists for similarity work."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import FrozenSet, List

from newsnlp._checks import check_text
from newsnlp.text._segment import load_rules
from newsnlp.text._types import Token

__all__ = ["tokenize", "words", "stop_words"]

# An e-mail address starts only where a run of [\w.+-] starts: tried at every
# position inside a long run without "@" ("Sen.Sen.Sen..."), the local part
# re-scanned the rest of the run each time (quadratic). An abbreviation has at
# most 16 letters: "a.b.c.d..." megabytes long is cut into 16-letter pieces
# instead of one group repeat that keeps state per letter (linear either way,
# but the unbounded one cost twice as much per character out of cache).
_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"\u201c\u201d]*[^\s<>"\u201c\u201d.,;:!?)\]}'\u2019])
  | (?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<abbreviation>(?:[A-Za-z]\.){2,16})
  | (?P<number>[$\u00a3\u20ac]?\d+(?:[.,:/]\d+)*%?)
  | (?P<word>\w+(?:['\u2019\u2010-]\w+)*)
  | (?P<punct>\.{2,}|\u2026|--+|\S)
    """,
    re.VERBOSE,
)

_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _abbreviations() -> FrozenSet[str]:
    rules = load_rules()
    return rules.title | rules.number | rules.time | rules.other


def tokenize(text: str) -> List[Token]:
    """Split ``text`` into word, number, abbreviation, URL, e-mail and punctuation tokens.

    Offsets index ``text``; known abbreviations keep their period.

    >>> [t.text for t in tokenize("Sen. Ron Wyden's bill costs $1.5 billion, the U.S. said.")]
    ['Sen.', 'Ron', "Wyden's", 'bill', 'costs', '$1.5', 'billion', ',', 'the', 'U.S.', 'said', '.']
    """
    check_text(text, "tokenize() expects a str")
    abbreviations = _abbreviations()
    out: List[Token] = []
    n = len(text)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        start, end = m.span()
        if kind == "word" and end < n and text[end] == "." and m.group() in abbreviations:
            end += 1
            kind = "abbreviation"
        out.append(Token(text[start:end], start, end, kind))
    # A period swallowed by an abbreviation is not emitted twice.
    return [t for i, t in enumerate(out) if not (i and t.start < out[i - 1].end)]


def words(text: str) -> List[str]:
    """Lower-cased word tokens without punctuation: the input of similarity measures.

    >>> words("The Mayor's office didn't reply.")
    ['the', "mayor's", 'office', "didn't", 'reply']
    """
    check_text(text, "words() expects a str")
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]


@lru_cache(maxsize=1)
def stop_words() -> FrozenSet[str]:
    """English stop words shipped with newsnlp (the Glasgow IR list, 318 words).

    >>> "the" in stop_words() and "mayor" not in stop_words()
    True
    """
    raw = resources.files("newsnlp").joinpath("data/text/stopwords_en.txt").read_text("utf-8")
    return frozenset(line.strip() for line in raw.splitlines() if line.strip())
