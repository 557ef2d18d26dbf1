"""Span metrics for quotes: letters and digits covered, one-to-one matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.evaluate._spans import SpanScores, quote_scores, speaker_agrees

T = "“The budget is late,” Mayor Jane Doe said, “and the council knows why.” She left."
A = (1, 20)  # The budget is late,
B = (44, 70)  # and the council knows why.


def test_quotation_marks_and_punctuation_do_not_count():
    s = quote_scores(T, [[(0, 21)]], [[A]], threshold=0.99)
    assert s.matched == 1


def test_half_of_a_split_quote_covers_it_only_at_a_low_threshold():
    gold = [[A, B]]
    assert quote_scores(T, [[A]], gold, 0.8).matched == 0
    assert quote_scores(T, [[A]], gold, 0.3).matched == 1
    assert quote_scores(T, [[A, B]], gold, 0.8).matched == 1


def test_cover_is_strictly_more_than_the_threshold():
    text = "abcd efgh"
    # 4 of 8 letters covered = 0.5 exactly: not more than 0.5.
    assert quote_scores(text, [[(0, 4)]], [[(0, 9)]], 0.5).matched == 0
    assert quote_scores(text, [[(0, 5)]], [[(0, 9)]], 0.49).matched == 1


def test_one_prediction_matches_at_most_one_gold_quote():
    s = quote_scores(T, [[(0, 75)]], [[A], [B]], 0.8)
    assert (s.matched, s.precision, s.recall) == (1, 1.0, 0.5)
    assert s.f1 == pytest.approx(2 / 3)


def test_the_best_covering_prediction_wins_the_match():
    s = quote_scores(T, [[(5, 20)], [(0, 21)]], [[A]], 0.5)
    assert s.matched == 1 and s.matches[0].predicted == 1 and s.matches[0].coverage == 1.0


def test_pooling_adds_counts():
    a = quote_scores(T, [[A]], [[A]], 0.8)
    b = quote_scores(T, [], [[B]], 0.8)
    pooled = a + b
    assert (pooled.predicted, pooled.gold, pooled.matched) == (1, 2, 1)
    assert pooled.recall == 0.5
    assert SpanScores(0, 0, 0).f1 == 0.0


def test_bad_arguments_are_refused_with_messages():
    with pytest.raises(TypeError, match="article text as str"):
        quote_scores(b"x", [], [])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threshold"):
        quote_scores("x", [], [], threshold=1.0)


def test_speaker_agrees_on_overlap_or_name():
    t = "Attorney General Jeff Sessions said no. He left."
    assert speaker_agrees(t, (17, 30), None, (0, 30))
    assert speaker_agrees(t, (40, 42), "Jeff Sessions", (0, 30))  # "He" resolved to the gold source's name
    assert not speaker_agrees(t, (40, 42), "Jeff", (40, 40))
    assert not speaker_agrees(t, (40, 42), None, (0, 30))
    assert speaker_agrees(t, None, None, None)  # a source-less attribution wants no speaker
    assert not speaker_agrees(t, (0, 5), None, None)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: (min(p), max(p))), min_size=1, max_size=3)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab ,.", min_size=0, max_size=60), st.lists(spans, max_size=5), st.lists(spans, max_size=5),
       st.floats(0, 0.99))
def test_scores_are_bounded_and_matches_are_one_to_one(text, pred, gold, t):
    s = quote_scores(text, pred, gold, t)
    assert 0 <= s.matched <= min(len(pred), len(gold))
    assert 0.0 <= s.precision <= 1.0 and 0.0 <= s.recall <= 1.0 and 0.0 <= s.f1 <= 1.0
    assert len({m.predicted for m in s.matches}) == len({m.gold for m in s.matches}) == s.matched
    assert all(m.coverage > t for m in s.matches)
