"""StanceClassifier: gradient-boosted trees on numeric stance features.

Fitting uses scikit-learn's ``HistGradientBoostingClassifier``. The fitted
trees are then plain data (``to_dict``), and :class:`TreeEnsemble` predicts
from that data in pure Python with the same results as scikit-learn.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, Dict, List, Optional, Sequence

from newsnlp._compat import optional_import, require
from newsnlp.stance._base import ParamsMixin

__all__ = ["StanceClassifier", "TreeEnsemble"]

__doctest_requires__ = ("sklearn",)


class TreeEnsemble:
    """Pure-Python inference for exported boosted trees.

    Each tree is a list of nodes ``[feature, threshold, left, right,
    missing_go_to_left, value]``; a leaf has ``feature == -1``. Rows go left
    when ``x <= threshold`` (NaN follows ``missing_go_to_left``), exactly as
    scikit-learn's predictor does.

    ``offsets`` (optional, one number per tree column) are added to the raw
    scores after the trees: ``log(w_c)`` for a decision weight ``w_c`` (see
    ``StanceClassifier(decision_weight=...)``); an export without them has
    zero offsets.
    """

    __slots__ = ("classes", "baseline", "trees", "n_features", "offsets")

    def __init__(self, classes: Sequence[Any], baseline: Sequence[float],
                 trees: Sequence[Sequence[Sequence[Sequence[float]]]], n_features: int,
                 offsets: Optional[Sequence[float]] = None) -> None:
        self.classes = list(classes)
        self.baseline = [float(b) for b in baseline]
        self.trees = trees  # trees[iteration][k] -> nodes
        self.n_features = int(n_features)
        self.offsets = [float(o) for o in offsets] if offsets else None
        if self.offsets is not None and len(self.offsets) != len(self.baseline):
            raise ValueError(
                f"offsets has {len(self.offsets)} values, expected one per tree column "
                f"({len(self.baseline)})"
            )

    def raw(self, row: Sequence[float]) -> List[float]:
        """Raw scores (one per tree column) of one feature row, offsets included."""
        out = list(self.baseline)
        for iteration in self.trees:
            for k, nodes in enumerate(iteration):
                node = nodes[0]
                while node[0] != -1:
                    x = row[int(node[0])]
                    if x != x:
                        node = nodes[int(node[2] if node[4] else node[3])]
                    elif x <= node[1]:
                        node = nodes[int(node[2])]
                    else:
                        node = nodes[int(node[3])]
                out[k] += node[5]
        if self.offsets is not None:
            out = [r + o for r, o in zip(out, self.offsets)]
        return out

    def proba(self, row: Sequence[float]) -> List[float]:
        """Class probabilities of one feature row."""
        if len(self.classes) == 1:
            return [1.0]
        raw = self.raw(row)
        if len(raw) == 1:  # binary: logistic link on one score
            p = 1.0 / (1.0 + math.exp(-raw[0])) if raw[0] >= -700 else 0.0
            return [1.0 - p, p]
        top = max(raw)
        exps = [math.exp(r - top) for r in raw]
        total = sum(exps)
        return [e / total for e in exps]

    def predict_rows(self, rows: Sequence[Sequence[float]]) -> List[Any]:
        """Predicted label of each row (ties go to the first class, as numpy's argmax)."""
        out = []
        for row in rows:
            if len(self.classes) == 1:
                out.append(self.classes[0])
                continue
            raw = self.raw(row)
            if len(raw) == 1:
                out.append(self.classes[1] if raw[0] > 0 else self.classes[0])
            else:
                out.append(self.classes[raw.index(max(raw))])
        return out

    def check_rows(self, rows: Sequence[Sequence[float]]) -> None:
        for i, row in enumerate(rows):
            if len(row) != self.n_features:
                raise ValueError(
                    f"X has {len(row)} features in row {i}, but the model is expecting "
                    f"{self.n_features} features as input"
                )

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "kind": "boosted_trees",
            "classes": self.classes,
            "baseline": self.baseline,
            "n_features": self.n_features,
            "trees": self.trees,
        }
        if self.offsets is not None:
            out["offsets"] = self.offsets
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "TreeEnsemble":
        if data.get("kind") != "boosted_trees":
            raise ValueError(f"unknown classifier kind {data.get('kind')!r}; expected 'boosted_trees'")
        return cls(data["classes"], data["baseline"], data["trees"], data["n_features"],
                   data.get("offsets"))


def _export_hgb(hgb: Any, classes: Sequence[Any], n_features: int,
                offsets: Optional[Sequence[float]] = None) -> TreeEnsemble:
    """Copy a fitted HistGradientBoostingClassifier's trees into plain lists."""
    if not hasattr(hgb, "_predictors") or not hasattr(hgb, "_baseline_prediction"):
        raise RuntimeError(
            "this scikit-learn version stores HistGradientBoosting trees differently; "
            "newsnlp cannot export them (please report the scikit-learn version)"
        )
    trees = []
    for iteration in hgb._predictors:
        columns = []
        for predictor in iteration:
            nodes = predictor.nodes
            if bool(nodes["is_categorical"].any()):
                raise RuntimeError("categorical splits cannot be exported")
            fields = zip(
                nodes["is_leaf"].tolist(), nodes["feature_idx"].tolist(),
                nodes["num_threshold"].tolist(), nodes["left"].tolist(), nodes["right"].tolist(),
                nodes["missing_go_to_left"].tolist(), nodes["value"].tolist(),
            )
            columns.append([
                [-1 if leaf else f, thr, left, right, miss, value]
                for leaf, f, thr, left, right, miss, value in fields
            ])
        trees.append(columns)
    baseline = [float(v) for v in hgb._baseline_prediction.ravel()]
    return TreeEnsemble([_plain(c) for c in classes], baseline, trees, n_features, offsets)


def _plain(value: Any) -> Any:
    """numpy scalars to Python scalars, so labels survive JSON."""
    return value.item() if hasattr(value, "item") else value


class StanceClassifier(ParamsMixin):
    """Gradient-boosted trees for stance labels, on numeric features.

    A classifier on a numeric matrix such as the output of
    :class:`StanceFeatures`; any label set works (``agree``/``disagree``/
    ``discuss``/``unrelated``, ``federal``/``local``, integers ...). Fitting
    needs scikit-learn; a fitted model exports to plain data with
    :meth:`to_dict` and predicts from it in pure Python.

    Parameters
    ----------
    max_iter : int, default=200
        Boosting iterations.
    learning_rate : float, default=0.1
        Shrinkage of each tree.
    max_leaf_nodes : int, default=31
        Leaves per tree.
    min_samples_leaf : int, default=20
        Minimum samples per leaf.
    l2_regularization : float, default=0.0
        L2 penalty on leaf values.
    class_weight : dict, "balanced" or None, default=None
        Weight of each class in training; raise a rare class (``{"disagree": 4}``)
        to trade precision for recall. Classes not named have weight 1.
    random_state : int or None, default=None
        Seed passed to the booster (only matters for tied splits).
    decision_weight : dict or None, default=None
        A cost-sensitive decision rule applied after training: each class's
        probability is multiplied by its weight and the probabilities are
        renormalised (a shift of the class prior), so ``predict_proba``
        returns the shifted probabilities and ``predict`` their most
        probable class. ``{"disagree": 2.5}`` predicts ``disagree`` more
        often without retraining; classes not named keep weight 1. Unlike
        ``class_weight`` it does not change the trees. The exported model
        stores it as per-class offsets ``log(weight)`` on the raw scores.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
        Labels seen in ``fit``, sorted.
    n_features_in_ : int
        Number of features seen in ``fit``.
    n_iter_ : int
        Boosting iterations run (0 when ``fit`` saw a single class).
    estimator_ : HistGradientBoostingClassifier or None
        The fitted booster (``None`` when ``fit`` saw one class).
    ensemble_ : TreeEnsemble
        The same trees as plain data, for pure-Python prediction and export.
    decision_weights_ : list of float or None
        ``decision_weight`` in the order of ``classes_`` (None when every
        weight is 1).

    Examples
    --------
    >>> from newsnlp.stance import StanceClassifier
    >>> X = [[0.9, 0.0], [0.8, 0.1], [0.1, 0.9], [0.2, 0.8]] * 10
    >>> y = ["agree", "agree", "disagree", "disagree"] * 10
    >>> clf = StanceClassifier(max_iter=20, min_samples_leaf=2).fit(X, y)
    >>> [str(c) for c in clf.classes_]
    ['agree', 'disagree']
    >>> [str(p) for p in clf.predict([[0.85, 0.05], [0.15, 0.85]])]
    ['agree', 'disagree']
    """

    n_features_in_: int  # set by validate_data in fit

    def __init__(
        self,
        max_iter: int = 200,
        learning_rate: float = 0.1,
        max_leaf_nodes: int = 31,
        min_samples_leaf: int = 20,
        l2_regularization: float = 0.0,
        class_weight: Any = None,
        random_state: Optional[int] = None,
        decision_weight: Optional[Dict[Any, float]] = None,
    ) -> None:
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.l2_regularization = l2_regularization
        self.class_weight = class_weight
        self.random_state = random_state
        self.decision_weight = decision_weight

    def _validate_params(self) -> None:
        def is_int(v: Any) -> bool:
            return isinstance(v, numbers.Integral) and not isinstance(v, bool)

        for name, low in (("max_iter", 1), ("max_leaf_nodes", 2), ("min_samples_leaf", 1)):
            v = getattr(self, name)
            if not is_int(v) or v < low:
                raise ValueError(f"{name} must be an int >= {low}, got {v!r}")
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not lr > 0:
            raise ValueError(f"learning_rate must be a float > 0, got {lr!r}")
        l2 = self.l2_regularization
        if isinstance(l2, bool) or not isinstance(l2, numbers.Real) or not l2 >= 0:
            raise ValueError(f"l2_regularization must be a float >= 0, got {l2!r}")
        cw = self.class_weight
        if not (cw is None or cw == "balanced" or isinstance(cw, dict)):
            raise ValueError(f"class_weight must be a dict, 'balanced' or None, got {cw!r}")
        if isinstance(cw, dict):
            for label, w in cw.items():
                if isinstance(w, bool) or not isinstance(w, numbers.Real) or not w > 0:
                    raise ValueError(f"class_weight[{label!r}] must be a number > 0, got {w!r}")
        dw = self.decision_weight
        if dw is not None and not isinstance(dw, dict):
            raise ValueError(f"decision_weight must be a dict or None, got {dw!r}")
        for label, w in (dw or {}).items():
            if isinstance(w, bool) or not isinstance(w, numbers.Real) or not 0 < w < math.inf:
                raise ValueError(f"decision_weight[{label!r}] must be a finite number > 0, got {w!r}")
        rs = self.random_state
        if rs is not None and not is_int(rs):
            raise ValueError(f"random_state must be an int or None, got {rs!r}")

    def _sample_weight(self, np: Any, y_enc: Any) -> Any:
        cw = self.class_weight
        if cw is None:
            return None
        counts = np.bincount(y_enc, minlength=len(self.classes_)).astype(np.float64)
        if cw == "balanced":
            per_class = len(y_enc) / (len(self.classes_) * counts)
        else:
            per_class = np.array([float(cw.get(_plain(c), 1.0)) for c in self.classes_])
        return per_class[y_enc]

    def fit(self, X: Any, y: Any) -> "StanceClassifier":
        """Fit the boosted trees on feature matrix ``X`` and labels ``y``."""
        require("sklearn", "StanceClassifier.fit")
        np = require("numpy", "StanceClassifier.fit")
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.utils.multiclass import check_classification_targets
        from sklearn.utils.validation import validate_data

        self._validate_params()
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=False)
        check_classification_targets(y)
        self.classes_, y_enc = np.unique(y, return_inverse=True)
        self.decision_weights_ = self._decision_weights()
        if len(self.classes_) == 1:
            self.estimator_ = None
            self.n_iter_ = 0
            self.ensemble_ = TreeEnsemble([_plain(self.classes_[0])], [0.0], [], self.n_features_in_)
            return self
        booster = HistGradientBoostingClassifier(
            max_iter=self.max_iter,
            learning_rate=self.learning_rate,
            max_leaf_nodes=self.max_leaf_nodes,
            min_samples_leaf=self.min_samples_leaf,
            l2_regularization=self.l2_regularization,
            early_stopping=False,
            random_state=self.random_state,
        )
        booster.fit(X, y_enc, sample_weight=self._sample_weight(np, y_enc))
        self.estimator_ = booster
        self.n_iter_ = int(booster.n_iter_)
        self.ensemble_ = _export_hgb(booster, self.classes_, self.n_features_in_,
                                     self._offsets(self.decision_weights_))
        return self

    def _decision_weights(self) -> Optional[List[float]]:
        """Per-class decision weights in the order of ``classes_`` (None when all are 1)."""
        dw = self.decision_weight
        if not dw:
            return None
        weights = [float(dw.get(_plain(c), 1.0)) for c in self.classes_]
        return None if all(w == 1.0 for w in weights) else weights

    @staticmethod
    def _offsets(weights: Optional[List[float]]) -> Optional[List[float]]:
        """Raw-score offsets of the exported trees: log weights (relative to class 0 for two classes)."""
        if weights is None:
            return None
        if len(weights) == 2:  # one logistic score: log odds shift
            return [math.log(weights[1]) - math.log(weights[0])]
        return [math.log(w) for w in weights]

    def _shifted(self, np: Any, proba: Any) -> Any:
        weights = getattr(self, "decision_weights_", None)
        if weights is None:
            return proba
        shifted = proba * np.asarray(weights, dtype=np.float64)
        return shifted / shifted.sum(axis=1, keepdims=True)

    def _check_fitted(self) -> None:
        if not hasattr(self, "ensemble_"):
            msg = (
                f"This {type(self).__name__} instance is not fitted yet. Call 'fit' with "
                "appropriate arguments before using this estimator."
            )
            sk_exc = optional_import("sklearn.exceptions")
            if sk_exc is not None:
                raise sk_exc.NotFittedError(msg)
            raise AttributeError(msg)

    def _checked_X(self, X: Any) -> Any:
        np = optional_import("numpy")
        if optional_import("sklearn") is None or np is None:
            rows = [[float(v) for v in row] for row in X]
            self.ensemble_.check_rows(rows)
            return rows
        from sklearn.utils.validation import validate_data

        return validate_data(self, X, dtype=np.float64, reset=False)

    def predict_proba(self, X: Any) -> Any:
        """Class probabilities, columns in the order of ``classes_``."""
        self._check_fitted()
        X = self._checked_X(X)
        if isinstance(X, list):
            return [self.ensemble_.proba(row) for row in X]
        np = require("numpy", "StanceClassifier.predict_proba")
        if self.estimator_ is None:
            return np.ones((X.shape[0], 1))
        return self._shifted(np, self.estimator_.predict_proba(X))

    def predict(self, X: Any) -> Any:
        """Most probable label of each row."""
        self._check_fitted()
        X = self._checked_X(X)
        if isinstance(X, list):
            return self.ensemble_.predict_rows(X)
        np = require("numpy", "StanceClassifier.predict")
        if self.estimator_ is None:
            return np.full(X.shape[0], self.classes_[0])
        if getattr(self, "decision_weights_", None) is None:
            return self.classes_[self.estimator_.predict(X)]
        return self.classes_[np.argmax(self._shifted(np, self.estimator_.predict_proba(X)), axis=1)]

    def predict_pure(self, X: Sequence[Sequence[float]]) -> List[Any]:
        """``predict`` through the pure-Python tree walker (same result, no numpy)."""
        self._check_fitted()
        rows = [[float(v) for v in row] for row in X]
        self.ensemble_.check_rows(rows)
        return self.ensemble_.predict_rows(rows)

    def predict_proba_pure(self, X: Sequence[Sequence[float]]) -> List[List[float]]:
        """``predict_proba`` through the pure-Python tree walker."""
        self._check_fitted()
        rows = [[float(v) for v in row] for row in X]
        self.ensemble_.check_rows(rows)
        return [self.ensemble_.proba(row) for row in rows]

    def score(self, X: Any, y: Any) -> float:
        """Accuracy of ``predict(X)`` against ``y``."""
        pred = list(self.predict(X))
        truth = list(y)
        return sum(p == t for p, t in zip(pred, truth)) / len(truth) if truth else 0.0

    def to_dict(self) -> Dict[str, Any]:
        """The fitted trees as plain JSON-ready data (see :class:`TreeEnsemble`)."""
        self._check_fitted()
        return self.ensemble_.to_dict()

    def __sklearn_tags__(self) -> Any:
        from sklearn.utils import ClassifierTags, InputTags, TargetTags, Tags

        return Tags(
            estimator_type="classifier",
            target_tags=TargetTags(required=True),
            classifier_tags=ClassifierTags(),
            input_tags=InputTags(),
        )

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "ensemble_")
