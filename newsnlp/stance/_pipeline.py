"""make_stance_pipeline: raw (target, text) pairs in, stance labels out."""

from __future__ import annotations

from typing import Any, Optional

from newsnlp._compat import require
from newsnlp.stance._classifier import StanceClassifier
from newsnlp.stance._features import StanceFeatures

__all__ = ["make_stance_pipeline"]

__doctest_requires__ = ("sklearn",)


def make_stance_pipeline(
    features: Optional[StanceFeatures] = None,
    classifier: Optional[StanceClassifier] = None,
) -> Any:
    """Join :class:`StanceFeatures` and :class:`StanceClassifier` into a scikit-learn Pipeline.

    The pipeline takes raw (target, text) pairs (or plain texts) and works with
    ``clone``, ``GridSearchCV`` and ``cross_val_score``; its steps are named
    ``"features"`` and ``"classifier"`` (so grid keys read
    ``"classifier__max_iter"``). Export a fitted pipeline with
    :func:`newsnlp.stance.to_json` to predict without scikit-learn.

    Parameters
    ----------
    features : StanceFeatures, optional
        The feature step; ``StanceFeatures()`` when omitted.
    classifier : StanceClassifier, optional
        The classifier step; ``StanceClassifier()`` when omitted.

    Returns
    -------
    sklearn.pipeline.Pipeline

    Raises
    ------
    ImportError
        When scikit-learn is not available (pure-Python mode).

    Examples
    --------
    >>> from newsnlp.stance import StanceClassifier, make_stance_pipeline
    >>> pipe = make_stance_pipeline(classifier=StanceClassifier(max_iter=10, min_samples_leaf=1))
    >>> pairs = [("Ship sank off the coast", "The ship sank off the coast on Sunday, officials said."),
    ...          ("Ship sank off the coast", "Officials denied the ship sank; the report was a hoax."),
    ...          ("Ship sank off the coast", "The orchestra played a new symphony.")] * 4
    >>> labels = ["agree", "disagree", "unrelated"] * 4
    >>> [str(p) for p in pipe.fit(pairs, labels).predict(pairs[:3])]
    ['agree', 'disagree', 'unrelated']
    """
    require("sklearn", "make_stance_pipeline")
    from sklearn.pipeline import Pipeline

    if features is not None and not isinstance(features, StanceFeatures):
        raise TypeError(f"features must be a StanceFeatures, got {type(features).__name__}")
    if classifier is not None and not isinstance(classifier, StanceClassifier):
        raise TypeError(f"classifier must be a StanceClassifier, got {type(classifier).__name__}")
    return Pipeline([
        ("features", features if features is not None else StanceFeatures()),
        ("classifier", classifier if classifier is not None else StanceClassifier()),
    ])
