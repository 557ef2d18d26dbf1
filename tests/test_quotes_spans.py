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


def test_matching_is_maximum_not_greedy():
    # P0 covers both gold quotes, P1 only the first; a greedy pass that gives the
    # first gold quote to P0 (its best cover) would leave the second unmatched.
    text = "aaaa bbbb"
    g0, g1 = [(0, 4)], [(0, 9)]
    p0, p1 = [(0, 9)], [(0, 4)]
    s = quote_scores(text, [p0, p1], [g0, g1], 0.3)
    assert s.matched == 2
    assert {(m.predicted, m.gold) for m in s.matches} == {(0, 1), (1, 0)}


def test_overlapping_gold_quotes_each_count_their_own_letters():
    # Nested gold: the outer one holds the inner one; a prediction of the outer
    # quote covers it fully whatever order the gold list is in.
    text = "he said that aaaa bbbb cccc"
    inner, outer = [(13, 22)], [(13, 27)]
    for gold in ([inner, outer], [outer, inner]):
        s = quote_scores(text, [[(13, 27)], [(13, 22)]], gold, 0.8)
        assert s.matched == 2
        assert all(m.coverage == 1.0 for m in s.matches)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab ,.", min_size=0, max_size=60), st.lists(spans, max_size=5), st.lists(spans, max_size=5),
       st.floats(0, 0.99), st.randoms())
def test_match_count_does_not_depend_on_list_order(text, pred, gold, t, rnd):
    s = quote_scores(text, pred, gold, t)
    pred2, gold2 = list(pred), list(gold)
    rnd.shuffle(pred2)
    rnd.shuffle(gold2)
    s2 = quote_scores(text, pred2, gold2, t)
    assert s.matched == s2.matched
    # and it equals the maximum found by brute force over the pairs above the threshold
    assert s.matched == _brute_force_max(text, pred, gold, t)


def _brute_force_max(text, pred, gold, t):
    import itertools

    def letters(frags):
        return {i for a, b in frags for i in range(max(0, a), min(len(text), b)) if text[i].isalnum()}

    ok = []
    for p, pf in enumerate(pred):
        for g, gf in enumerate(gold):
            gl = letters(gf)
            if gl and len(letters(pf) & gl) / len(gl) > t:
                ok.append((p, g))
    for k in range(min(len(pred), len(gold)), 0, -1):
        for combo in itertools.combinations(ok, k):
            if len({p for p, _ in combo}) == k and len({g for _, g in combo}) == k:
                return k
    return 0
