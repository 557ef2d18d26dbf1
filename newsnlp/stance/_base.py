"""The scikit-learn estimator protocol without importing scikit-learn.

``StanceFeatures`` and ``StanceClassifier`` must import (and, once trained and
exported, predict) without scikit-learn or numpy. They therefore implement the
small part of ``sklearn.base.BaseEstimator`` that ``clone``, ``Pipeline``,
``GridSearchCV`` and ``check_estimator`` rely on: ``get_params``,
``set_params``, a readable ``repr`` and ``__sklearn_tags__``. scikit-learn is
imported only inside the methods that need it.
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, List

__all__ = ["ParamsMixin"]


class ParamsMixin:
    """``get_params``/``set_params``/``repr`` following scikit-learn's rules."""

    @classmethod
    def _get_param_names(cls) -> List[str]:
        init = cls.__init__
        if init is object.__init__:
            return []
        params = inspect.signature(init).parameters.values()
        for p in params:
            if p.kind == p.VAR_POSITIONAL:
                raise RuntimeError(f"{cls.__name__} must not take *args in __init__")
        return sorted(p.name for p in params if p.name != "self" and p.kind != p.VAR_KEYWORD)

    def get_params(self, deep: bool = True) -> Dict[str, Any]:
        """Parameters of this estimator, as scikit-learn's ``get_params``."""
        out: Dict[str, Any] = {}
        for name in self._get_param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                for key, sub in value.get_params().items():
                    out[f"{name}__{key}"] = sub
            out[name] = value
        return out

    def set_params(self, **params: Any) -> "ParamsMixin":
        """Set parameters, as scikit-learn's ``set_params`` (``a__b`` sets ``b`` of ``a``)."""
        if not params:
            return self
        valid = self.get_params(deep=True)
        nested: Dict[str, Dict[str, Any]] = {}
        for key, value in params.items():
            name, _, sub = key.partition("__")
            if name not in valid:
                raise ValueError(
                    f"Invalid parameter {name!r} for estimator {self!r}. "
                    f"Valid parameters are: {sorted(self._get_param_names())!r}."
                )
            if sub:
                nested.setdefault(name, {})[sub] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in nested.items():
            valid[name].set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        defaults = {
            p.name: p.default
            for p in inspect.signature(type(self).__init__).parameters.values()
            if p.default is not p.empty
        }
        shown = []
        for name in self._get_param_names():
            value = getattr(self, name, None)
            default = defaults.get(name, inspect.Parameter.empty)
            try:
                same = value is default or bool(value == default)
            except Exception:  # e.g. arrays whose == is element-wise
                same = False
            if not same:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _base_tags(self) -> Any:
        from sklearn.utils import InputTags, TargetTags, Tags

        return Tags(estimator_type=None, target_tags=TargetTags(required=False), input_tags=InputTags())
