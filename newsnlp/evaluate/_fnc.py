"""The Fake News Challenge (FNC-1) stance score, in pure Python.

The official FNC-1 score gives +0.25 for getting related/unrelated right and
+0.75 more for the exact related class (agree, disagree, discuss). Because it
rewards the easy ``unrelated`` class, report it together with the class-wise
F1 scores and their macro average (Hanselowski et al., 2018).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Sequence, Tuple

__all__ = ["FNC_LABELS", "FNCScore", "fnc_score"]

FNC_LABELS: Tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
_RELATED = frozenset(("agree", "disagree", "discuss"))


@dataclass(frozen=True, slots=True)
class FNCScore:
    """FNC-1 evaluation of one set of predictions.

    Attributes
    ----------
    score : float
        The official weighted FNC-1 score.
    max_score : float
        The score of a perfect prediction of the same gold labels.
    relative_score : float
        ``score / max_score`` (0.0 when there is nothing to score).
    labels : tuple of str
        Class order used by the per-class fields and the confusion matrix.
    precision, recall, f1 : dict of str to float
        Per-class precision, recall and F1 (0.0 when undefined).
    macro_f1 : float
        Unweighted mean of the four per-class F1 scores.
    accuracy : float
        Share of exactly correct labels.
    confusion : tuple of tuple of int
        ``confusion[i][j]`` counts pairs with gold ``labels[i]`` predicted as ``labels[j]``.
    n : int
        Number of scored pairs.
    """

    score: float
    max_score: float
    relative_score: float
    labels: Tuple[str, ...]
    precision: Dict[str, float]
    recall: Dict[str, float]
    f1: Dict[str, float]
    macro_f1: float
    accuracy: float
    confusion: Tuple[Tuple[int, ...], ...]
    n: int

    def to_dict(self) -> Dict[str, Any]:
        """The score as plain JSON-ready data."""
        out = asdict(self)
        out["labels"] = list(self.labels)
        out["confusion"] = [list(row) for row in self.confusion]
        return out


def _check_labels(name: str, values: Sequence[str]) -> None:
    bad = sorted({str(v) for v in values if v not in FNC_LABELS})
    if bad:
        raise ValueError(
            f"{name} contains labels outside FNC-1's {list(FNC_LABELS)}: {bad[:5]}; "
            "map your labels to these four first"
        )


def fnc_score(gold: Iterable[str], predicted: Iterable[str]) -> FNCScore:
    """Score stance predictions with the official FNC-1 metric and class-wise F1.

    Parameters
    ----------
    gold : iterable of str
        True labels, each one of ``agree``, ``disagree``, ``discuss``, ``unrelated``.
    predicted : iterable of str
        Predicted labels in the same order and from the same label set.

    Returns
    -------
    FNCScore
        Weighted score, maximum, relative score, per-class P/R/F1, macro-F1 and
        the confusion matrix.

    Raises
    ------
    ValueError
        When the sequences differ in length or contain other labels.

    Examples
    --------
    >>> s = fnc_score(["agree", "unrelated", "discuss"], ["discuss", "unrelated", "discuss"])
    >>> s.score, s.max_score
    (1.5, 2.25)
    >>> round(s.relative_score, 4)
    0.6667
    """
    gold_l: List[str] = list(gold)
    pred_l: List[str] = list(predicted)
    if len(gold_l) != len(pred_l):
        raise ValueError(
            f"gold has {len(gold_l)} labels but predicted has {len(pred_l)}; "
            "they must be aligned pair by pair"
        )
    _check_labels("gold", gold_l)
    _check_labels("predicted", pred_l)
    index = {label: i for i, label in enumerate(FNC_LABELS)}
    confusion = [[0] * len(FNC_LABELS) for _ in FNC_LABELS]
    score = 0.0
    max_score = 0.0
    for g, p in zip(gold_l, pred_l):
        confusion[index[g]][index[p]] += 1
        g_related = g in _RELATED
        max_score += 1.0 if g_related else 0.25
        if g == p:
            score += 0.25
            if g_related:
                score += 0.5
        if g_related and p in _RELATED:
            score += 0.25
    precision: Dict[str, float] = {}
    recall: Dict[str, float] = {}
    f1: Dict[str, float] = {}
    for label, i in index.items():
        tp = confusion[i][i]
        n_pred = sum(row[i] for row in confusion)
        n_gold = sum(confusion[i])
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        precision[label], recall[label] = prec, rec
        f1[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    n = len(gold_l)
    correct = sum(confusion[i][i] for i in range(len(FNC_LABELS)))
    return FNCScore(
        score=score,
        max_score=max_score,
        relative_score=score / max_score if max_score else 0.0,
        labels=FNC_LABELS,
        precision=precision,
        recall=recall,
        f1=f1,
        macro_f1=sum(f1.values()) / len(FNC_LABELS),
        accuracy=correct / n if n else 0.0,
        confusion=tuple(tuple(row) for row in confusion),
        n=n,
    )
