"""The trained sentence ranker: logistic regression on sentence features.

Learning uses scikit-learn; the learned state is a handful of numbers kept as
JSON, so scoring runs in pure Python anywhere. A sentence's score is the
model's probability that a reference summary contains it, times its length in
words raised to ``length_exponent``: with a budget counted in sentences, a
long sentence that belongs in the summary covers more of it.
"""

from __future__ import annotations

import math
from operator import mul
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Union

from newsnlp._compat import require
from newsnlp._datafile import ModelFileError, read_model, read_package_model, write_model
from newsnlp.summarize._document import Document
from newsnlp.summarize._features import FEATURES, feature_columns, sentence_features
from newsnlp.summarize._rankers import Ranker, _register_factory
from newsnlp.text import normalize

__all__ = ["TrainedRanker", "FORMAT", "FORMAT_VERSION", "sentence_labels"]

FORMAT = "newsnlp.summarize.trained"
FORMAT_VERSION = 3
_SHIPPED = "summarize/trained.json"
__doctest_requires__ = ("sklearn",)


def sentence_labels(doc: Document, reference: str) -> List[int]:
    """1 for each sentence of ``doc`` that occurs verbatim (up to spacing) in ``reference``."""
    ref = normalize(reference)
    return [1 if normalize(s.text) in ref else 0 for s in doc.sentences]


class TrainedRanker(Ranker):
    """Supervised sentence ranker with a scikit-learn style ``fit``.

    Parameters
    ----------
    C : float
        Inverse L2 regularisation strength of the logistic regression.
    length_exponent : float
        Scores are ``probability * words ** length_exponent``.
    max_iter : int
        Iterations for the solver.

    Attributes ending in ``_`` (``coef_``, ``intercept_``, ``mean_``,
    ``scale_``) exist after :meth:`fit` or :meth:`load`.

    Examples
    --------
    >>> texts = ["Prices rose 5% in May, the bank said on Monday. Fans wept. It rained.",
    ...          "The minister resigned after a long inquiry into spending. He smiled. Bye."]
    >>> refs = ["Prices rose 5% in May, the bank said on Monday.",
    ...         "The minister resigned after a long inquiry into spending."]
    >>> ranker = TrainedRanker().fit(texts, refs)
    >>> scores = ranker.score(Document("The council voted to close the old library. No."))
    >>> scores[0] > scores[1]
    True
    """

    def __init__(self, C: float = 1.0, length_exponent: float = 1.0, max_iter: int = 2000) -> None:
        self.C = C
        self.length_exponent = length_exponent
        self.max_iter = max_iter

    # -- learning -------------------------------------------------------------------------
    def fit(
        self,
        texts: Sequence[str],
        reference_summaries: Sequence[str],
        titles: Optional[Sequence[Optional[str]]] = None,
    ) -> "TrainedRanker":
        """Learn from articles and their extractive reference summaries.

        A sentence is a positive example when it occurs verbatim in its
        article's reference. Needs scikit-learn.
        """
        if isinstance(texts, str) or isinstance(reference_summaries, str):
            raise TypeError("fit() expects sequences of articles and of summaries, not a single str")
        if len(texts) != len(reference_summaries):
            raise ValueError(
                f"fit() got {len(texts)} texts but {len(reference_summaries)} reference summaries: "
                "give one reference per article"
            )
        if titles is not None and len(titles) != len(texts):
            raise ValueError(f"fit() got {len(titles)} titles for {len(texts)} texts")
        if not (isinstance(self.C, (int, float)) and self.C > 0):
            raise ValueError(f"C must be a positive number, got {self.C!r}")
        X: List[List[float]] = []
        y: List[int] = []
        for k, (text, ref) in enumerate(zip(texts, reference_summaries)):
            if not isinstance(text, str) or not isinstance(ref, str):
                raise TypeError(f"article {k}: texts and reference summaries must be str")
            doc = Document(text, titles[k] if titles is not None else None)
            X.extend(sentence_features(doc))
            y.extend(sentence_labels(doc, ref))
        if len(set(y)) < 2:
            raise ValueError(
                "fit() needs sentences both inside and outside the references; "
                "check that the summaries quote the articles' sentences verbatim"
            )
        preprocessing = require("sklearn.preprocessing", "TrainedRanker.fit")
        linear = require("sklearn.linear_model", "TrainedRanker.fit")
        pipeline = require("sklearn.pipeline", "TrainedRanker.fit")
        model = pipeline.make_pipeline(
            preprocessing.StandardScaler(),
            linear.LogisticRegression(C=self.C, max_iter=self.max_iter),
        )
        model.fit(X, y)
        scaler, lr = model[0], model[-1]
        self.mean_ = [float(v) for v in scaler.mean_]
        self.scale_ = [float(v) for v in scaler.scale_]
        self.coef_ = [float(v) for v in lr.coef_[0]]
        self.intercept_ = float(lr.intercept_[0])
        self.n_sentences_ = len(y)
        return self

    # -- inference ------------------------------------------------------------------------
    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise ValueError(
                "this TrainedRanker is not fitted yet: call fit(texts, reference_summaries) "
                "or TrainedRanker.load(path) first (or use TrainedRanker.default())"
            )

    def probabilities(self, doc: Document) -> List[float]:
        """Probability that each sentence belongs in a reference summary."""
        self._check_fitted()
        n = len(doc)
        if not n:
            return []
        # Fold the scaling into the weights: z = b + sum(x * w / s) - sum(m * w / s).
        weights = [w / s for w, s in zip(self.coef_, self.scale_)]
        bias = self.intercept_ - sum(map(mul, self.mean_, weights))
        exp = math.exp
        out = []
        for row in zip(*feature_columns(doc)):
            z = bias + sum(map(mul, row, weights))
            out.append(1.0 / (1.0 + exp(-z)) if z > -700 else 0.0)
        return out

    def score(self, doc: Document) -> List[float]:
        probs = self.probabilities(doc)
        a = self.length_exponent
        return [p * (c**a if c else 0.0) for p, c in zip(probs, doc.word_counts)]

    # -- persistence ----------------------------------------------------------------------
    def to_dict(self) -> Dict[str, Any]:
        """The learned weights as plain JSON-ready data (the payload of a saved file)."""
        self._check_fitted()
        return {
            "features": list(FEATURES),
            "params": {"C": self.C, "length_exponent": self.length_exponent, "max_iter": self.max_iter},
            "mean": self.mean_,
            "scale": self.scale_,
            "coef": self.coef_,
            "intercept": self.intercept_,
            "n_sentences": self.n_sentences_,
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "TrainedRanker":
        """Rebuild a fitted ranker from :meth:`to_dict` output."""
        if not isinstance(data, dict) or not {"features", "mean", "scale", "coef", "intercept"} <= set(data):
            raise ModelFileError(
                "not trained-ranker weights: expected the keys features, mean, scale, coef and intercept "
                "(as written by TrainedRanker.save or to_dict)"
            )
        if list(data["features"]) != list(FEATURES):
            raise ModelFileError(
                "the weights were trained on different features than this newsnlp version computes: "
                "retrain them with TrainedRanker.fit (scripts/train_summarizer.py for the shipped model)"
            )
        params = data.get("params", {})
        ranker = cls(**params)
        ranker.mean_ = [float(v) for v in data["mean"]]
        ranker.scale_ = [float(v) or 1.0 for v in data["scale"]]
        ranker.coef_ = [float(v) for v in data["coef"]]
        ranker.intercept_ = float(data["intercept"])
        ranker.n_sentences_ = int(data.get("n_sentences", 0))
        return ranker

    def save(self, path: Union[str, Path], **metadata: Any) -> None:
        """Write the weights (plus any ``metadata`` such as provenance) as a sealed JSON file.

        The file carries a format name, a version and a SHA-256 of its content
        (see ``newsnlp/_datafile.py``); :meth:`load` refuses a file that was altered.
        """
        payload = self.to_dict()
        payload.update(metadata)
        write_model(path, FORMAT, FORMAT_VERSION, payload)

    @classmethod
    def load(cls, path: Union[str, Path]) -> "TrainedRanker":
        """Read weights written by :meth:`save`; raise ``ModelFileError`` for anything else."""
        try:
            payload = read_model(path, FORMAT, (FORMAT_VERSION,))
        except ModelFileError as exc:
            if "format version" in str(exc):
                raise ModelFileError(
                    f"{exc}. Trained-ranker weights depend on how the features are computed, which changed "
                    "between versions: refit them with TrainedRanker.fit and save again"
                ) from None
            raise
        return cls.from_dict(payload)

    @classmethod
    def default(cls) -> "TrainedRanker":
        """The ranker shipped with newsnlp (trained on BBC News Summary, see docs/models)."""
        return _shipped()

    def __repr__(self) -> str:
        return f"TrainedRanker(C={self.C!r}, length_exponent={self.length_exponent!r})"


@lru_cache(maxsize=1)
def _shipped() -> TrainedRanker:
    return TrainedRanker.from_dict(read_package_model(_SHIPPED, FORMAT, (FORMAT_VERSION,)))


_register_factory("trained", TrainedRanker.default)
TrainedRanker.name = "trained"
