"""Saving and loading stance models as plain data (JSON), never as pickles by default.

A JSON model carries a format name, a format version and a SHA-256 checksum of
its content; :func:`load` verifies all three. joblib/pickle files can execute
code when loaded, so :func:`load` opens them only with ``trust=True``.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Sequence, Union

from newsnlp._compat import require
from newsnlp._datafile import ModelFileError, seal, unseal
from newsnlp.stance._classifier import StanceClassifier, TreeEnsemble
from newsnlp.stance._features import StanceFeatures

__all__ = ["ModelFormatError", "StanceModel", "UntrustedModelError", "from_json", "load", "save", "to_json"]

FORMAT = "newsnlp.stance-model"
FORMAT_VERSION = 1

PathLike = Union[str, "os.PathLike[str]"]


class ModelFormatError(ModelFileError):
    """A model file is not a valid newsnlp stance model (wrong format, version or checksum)."""


class UntrustedModelError(ValueError):
    """A joblib/pickle model was opened without ``trust=True``."""


class StanceModel:
    """An exported stance model: predicts from (target, text) pairs in pure Python.

    Obtained from :func:`load` (or :meth:`from_dict`); it needs neither numpy
    nor scikit-learn and gives the same labels as the pipeline it came from.

    Attributes
    ----------
    features : StanceFeatures
        The fitted feature step.
    ensemble : TreeEnsemble
        The boosted trees.
    classes_ : list
        The labels, in the column order of :meth:`predict_proba`.
    """

    def __init__(self, features: StanceFeatures, ensemble: TreeEnsemble) -> None:
        self.features = features
        self.ensemble = ensemble
        self.classes_ = list(ensemble.classes)

    def predict_proba(self, X: Any) -> List[List[float]]:
        """Class probabilities of each pair, columns in the order of ``classes_``."""
        rows = self.features.transform_rows(X)
        return [self.ensemble.proba(row) for row in rows]

    def predict(self, X: Any) -> List[Any]:
        """The most probable label of each pair."""
        return self.ensemble.predict_rows(self.features.transform_rows(X))

    def to_dict(self) -> Dict[str, Any]:
        """The model as plain data (without the checksum envelope)."""
        return {"features": self.features.to_dict(), "classifier": self.ensemble.to_dict()}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "StanceModel":
        """Rebuild from :meth:`to_dict` output."""
        return cls(StanceFeatures.from_dict(data["features"]), TreeEnsemble.from_dict(data["classifier"]))


def _payload(model: Any) -> Dict[str, Any]:
    if isinstance(model, StanceModel):
        return model.to_dict()
    steps: Sequence[Any] = getattr(model, "steps", ())
    if len(steps) == 2 and isinstance(steps[0][1], StanceFeatures) and isinstance(steps[1][1], StanceClassifier):
        return {"features": steps[0][1].to_dict(), "classifier": steps[1][1].to_dict()}
    raise TypeError(
        f"cannot export {type(model).__name__}: expected a fitted pipeline from "
        "make_stance_pipeline() or a StanceModel"
    )


def to_json(model: Any) -> str:
    """Serialise a fitted stance pipeline (or a :class:`StanceModel`) to a JSON string.

    The document holds only numbers, strings and lists: the IDF tables of the
    features and the boosted trees, with a format version and a SHA-256
    checksum that :func:`load` verifies.

    Examples
    --------
    >>> import json
    >>> from newsnlp.stance import StanceClassifier, StanceFeatures, StanceModel, to_json
    >>> from newsnlp.stance import TreeEnsemble
    >>> leaf_only = [[[[-1, 0.0, 0, 0, 0, 2.0]]]]  # one iteration, one tree, one leaf
    >>> model = StanceModel(StanceFeatures().fit(["Rain fell."]),
    ...                     TreeEnsemble(["no", "yes"], [0.0], leaf_only, 38))
    >>> doc = json.loads(to_json(model))
    >>> doc["format"], doc["format_version"], len(doc["sha256"])
    ('newsnlp.stance-model', 1, 64)
    """
    return json.dumps(seal(FORMAT, FORMAT_VERSION, _payload(model)), allow_nan=False)


def save(model: Any, path: PathLike) -> None:
    """Write ``model`` to ``path``: JSON for ``*.json``, joblib for ``*.joblib``/``*.pkl``.

    Prefer JSON: it is plain data, loads without scikit-learn and cannot run
    code. joblib files keep the full scikit-learn objects but can only be
    loaded with ``load(path, trust=True)``.
    """
    name = os.fspath(path)
    if name.endswith(".json"):
        with open(name, "w", encoding="utf-8") as fh:
            fh.write(to_json(model))
    elif name.endswith((".joblib", ".pkl")):
        joblib = require("joblib", "saving a stance model with joblib")
        joblib.dump(model, name)
    else:
        raise ValueError(f"unknown model file type {name!r}: use a .json (recommended) or .joblib name")


def load(path: PathLike, *, trust: bool = False) -> Any:
    """Load a stance model saved by :func:`save`.

    Parameters
    ----------
    path : str or PathLike
        A ``.json`` model (verified, loads as :class:`StanceModel`, pure
        Python) or a joblib file.
    trust : bool, default=False
        Must be ``True`` to open a joblib/pickle file. Loading such a file
        executes code stored in it: only do so for files you made yourself or
        whose source you trust.

    Raises
    ------
    ModelFormatError
        When a JSON file has the wrong format, version or checksum.
    UntrustedModelError
        When ``path`` is not JSON and ``trust`` is not ``True``.
    """
    name = os.fspath(path)
    with open(name, "rb") as fh:
        head = fh.read(64).lstrip()
    if head.startswith(b"{"):
        with open(name, "r", encoding="utf-8") as fh:
            text = fh.read()
        return _from_json(text, name)
    if trust is not True:
        raise UntrustedModelError(
            f"{name} is not a newsnlp JSON model; it looks like a joblib/pickle file, and "
            "loading one runs code stored in it. If you created it or trust its source, "
            "call load(path, trust=True); better, export models with save(model, 'model.json')."
        )
    joblib = require("joblib", "loading a joblib stance model")
    return joblib.load(name)


def _from_json(text: str, name: str = "<string>") -> StanceModel:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelFormatError(f"{name} is not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ModelFormatError(f"{name} is not a newsnlp stance model (expected format {FORMAT!r})")
    try:
        payload = unseal(doc, FORMAT, (FORMAT_VERSION,), source=name)
    except ModelFileError as exc:
        raise ModelFormatError(str(exc)) from None
    try:
        return StanceModel.from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelFormatError(f"{name} has a malformed model: {exc}") from None


def from_json(text: str) -> StanceModel:
    """Load a model from a JSON string made by :func:`to_json` (verified like :func:`load`)."""
    return _from_json(text)


