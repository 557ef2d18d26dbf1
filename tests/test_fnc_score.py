"""FNC-1 scoring, checked against values computed by hand."""

from __future__ import annotations

import pytest

from newsnlp.evaluate import FNC_LABELS, fnc_score


def test_a_perfect_prediction_gets_the_maximum() -> None:
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    s = fnc_score(gold, gold)
    # related pairs are worth 1.0 each, unrelated 0.25 each
    assert s.score == s.max_score == 3.5
    assert s.relative_score == 1.0
    assert s.macro_f1 == 1.0 and s.accuracy == 1.0


def test_the_weighted_score_by_hand() -> None:
    gold = ["agree", "agree", "disagree", "discuss", "unrelated", "unrelated"]
    pred = ["agree", "discuss", "unrelated", "discuss", "unrelated", "agree"]
    s = fnc_score(gold, pred)
    # agree->agree 1.0; agree->discuss 0.25 (related right); disagree->unrelated 0;
    # discuss->discuss 1.0; unrelated->unrelated 0.25; unrelated->agree 0
    assert s.score == 2.5
    assert s.max_score == 4 * 1.0 + 2 * 0.25
    assert s.relative_score == pytest.approx(2.5 / 4.5)


def test_per_class_precision_recall_f1_and_macro_by_hand() -> None:
    gold = ["agree", "agree", "disagree", "discuss", "unrelated", "unrelated"]
    pred = ["agree", "discuss", "unrelated", "discuss", "unrelated", "agree"]
    s = fnc_score(gold, pred)
    # agree: tp 1, predicted 2, gold 2 -> P 1/2, R 1/2, F1 1/2
    assert (s.precision["agree"], s.recall["agree"], s.f1["agree"]) == (0.5, 0.5, 0.5)
    # disagree: never predicted, one gold -> 0, 0, 0
    assert (s.precision["disagree"], s.recall["disagree"], s.f1["disagree"]) == (0.0, 0.0, 0.0)
    # discuss: tp 1, predicted 2, gold 1 -> P 1/2, R 1, F1 2/3
    assert s.precision["discuss"] == 0.5 and s.recall["discuss"] == 1.0
    assert s.f1["discuss"] == pytest.approx(2 / 3)
    # unrelated: tp 1, predicted 2, gold 2 -> 1/2 each
    assert s.f1["unrelated"] == 0.5
    assert s.macro_f1 == pytest.approx((0.5 + 0.0 + 2 / 3 + 0.5) / 4)
    assert s.accuracy == pytest.approx(3 / 6)


def test_confusion_matrix_rows_are_gold_and_columns_predicted() -> None:
    s = fnc_score(["disagree", "disagree", "unrelated"], ["agree", "disagree", "disagree"])
    assert s.labels == FNC_LABELS == ("agree", "disagree", "discuss", "unrelated")
    assert s.confusion == (
        (0, 0, 0, 0),
        (1, 1, 0, 0),
        (0, 0, 0, 0),
        (0, 1, 0, 0),
    )
    assert s.n == 3
    d = s.to_dict()
    assert d["confusion"][1] == [1, 1, 0, 0] and d["labels"][0] == "agree"


def test_predicting_everything_unrelated_scores_only_the_unrelated_share() -> None:
    gold = ["unrelated"] * 6 + ["discuss", "agree"]
    s = fnc_score(gold, ["unrelated"] * 8)
    assert s.score == 6 * 0.25 and s.max_score == 6 * 0.25 + 2
    assert s.relative_score == pytest.approx(1.5 / 3.5)


def test_bad_inputs_are_explained() -> None:
    with pytest.raises(ValueError, match="gold has 2 labels but predicted has 1"):
        fnc_score(["agree", "discuss"], ["agree"])
    with pytest.raises(ValueError, match="outside FNC-1"):
        fnc_score(["agree"], ["support"])
    empty = fnc_score([], [])
    assert empty.relative_score == 0.0 and empty.n == 0
