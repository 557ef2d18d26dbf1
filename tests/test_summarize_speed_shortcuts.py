"""The summarizer's speed shortcuts give exactly what they replace."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.summarize import Document
from newsnlp.summarize import _document as d
from newsnlp.summarize._features import _CLASS_BYTES, _classes
from newsnlp.summarize._select import sorted_by_rounded

# Values that often round alike: a few bases plus offsets around 10 ** -digits.
_NEAR = st.builds(
    lambda base, offset: base + offset,
    st.sampled_from([0.0, 0.1, 0.25, 1.0, 1e-9, 3.0]),
    st.sampled_from([0.0, 1e-13, 4e-13, 5e-13, 6e-13, 1e-12, 3e-12, 4e-10, 5e-10, 1e-9, 2e-9, -5e-13, -5e-10]),
)
_VALUES = st.lists(st.one_of(_NEAR, st.floats(-10, 10), st.sampled_from([math.nan, math.inf, -math.inf])), max_size=12)


@settings(max_examples=500, deadline=None)
@given(_VALUES, st.sampled_from([9, 12]), st.booleans(), st.booleans())
def test_sorted_by_rounded_is_the_sort_by_rounded_values(values, digits, reverse, backwards) -> None:  # type: ignore[no-untyped-def]
    indices = range(len(values) - 1, -1, -1) if backwards else range(len(values))
    rounded = [round(v, digits) for v in values]
    expected = sorted(indices, key=rounded.__getitem__, reverse=reverse)
    assert sorted_by_rounded(indices, values, digits, reverse) == expected


_ALPHABET = st.sampled_from(
    list("abcXYZ09 '-.?,\n_") + ["\u2019", "\u201c", "\u201d", "\u2018", "\u2013", "\u2014", "\u2026", "\u00e9", "\u00c9",
                                  "\u00df", "\u00b5", "\u00de", "\u0130", "\u212a", "\u1e9e", "\u03a3", "\u4e09", "'s", "--"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_latin1_bytes_give_the_words_of_the_lowered_text(text: str) -> None:
    doc = Document(text)
    lowered = d._lowered(text)
    assert doc._tokens == d._word_tokens(lowered, doc.sentences)
    assert doc.runs() == d._letter_runs(lowered, doc.sentences)
    assert Document(text).run_counts() == [dict(Counter(r)) for r in doc.runs()]
    latin = d._latin1(text)
    if latin is not None:
        assert latin.translate(_CLASS_BYTES).decode("ascii") == _classes(text)
