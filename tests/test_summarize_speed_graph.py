"""The numpy word graph's speed shortcuts give the loops' floats to the last bit."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.summarize import _graph


def _numpy():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("numpy")
    except ImportError:
        pytest.skip("numpy is not installed here, so there is no numpy path to compare with")


def _exactly(graph: object) -> str:
    return repr(tuple(graph))  # type: ignore[arg-type]


# Counts above 255 take the generic conversion instead of bytes; words shared by many
# sentences make large groups for the cells summed above the diagonal and mirrored.
_COUNTS = st.lists(
    st.dictionaries(st.sampled_from(["rain", "sun", "city", "vote", "x"]), st.sampled_from([1, 2, 3, 255, 256, 1000])),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_COUNTS, st.sampled_from([-1, 64]))
def test_numpy_word_graph_equals_the_loops_with_any_counts(counts, dense_max) -> None:  # type: ignore[no-untyped-def]
    np = _numpy()
    from newsnlp.summarize import _graph_np

    if not counts:
        return
    expected = _graph._word_graph_loops(counts, 1.2, 0.75, dense_max)
    assert _exactly(_graph_np.word_graph(np, counts, 1.2, 0.75, dense_max)) == _exactly(expected)


def test_counts_array_falls_back_above_a_byte() -> None:
    np = _numpy()
    from newsnlp.summarize._graph_np import _counts_array

    assert _counts_array(np, [{"a": 1, "b": 255}, {}, {"c": 7}], 3).tolist() == [1.0, 255.0, 7.0]
    assert _counts_array(np, [{"a": 256}, {"b": 2}], 2).tolist() == [256.0, 2.0]
    assert _counts_array(np, [{}, {}], 0).tolist() == []
