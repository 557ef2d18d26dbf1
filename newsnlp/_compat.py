"""Which optional libraries are usable.

newsnlp runs with or without scikit-learn, numpy, nltk and joblib. This is the
one place that decides which are present; every other module asks here.

Setting the environment variable ``NEWSNLP_PURE_PYTHON=1`` before import makes
newsnlp behave as if none of the four were installed (useful to compare the two
modes in one environment).
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache
from types import ModuleType
from typing import Optional

__all__ = ["PURE_PYTHON", "optional_import", "have", "require"]

_OPTIONAL = ("numpy", "sklearn", "nltk", "joblib", "scipy")

PURE_PYTHON: bool = os.environ.get("NEWSNLP_PURE_PYTHON", "").strip().lower() not in (
    "",
    "0",
    "false",
    "no",
)


@lru_cache(maxsize=None)
def optional_import(name: str) -> Optional[ModuleType]:
    """Return the module ``name`` or ``None`` when it is missing or disabled.

    Only the optional scientific dependencies are switched off by
    ``NEWSNLP_PURE_PYTHON``; anything else is imported normally.
    """
    root = name.split(".", 1)[0]
    if PURE_PYTHON and root in _OPTIONAL:
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def have(name: str) -> bool:
    """``True`` when the optional module ``name`` can be used."""
    return optional_import(name) is not None


def require(name: str, feature: str) -> ModuleType:
    """Import ``name`` for ``feature`` or raise an ImportError that says what to do."""
    module = optional_import(name)
    if module is None:
        package = {"sklearn": "scikit-learn"}.get(name.split(".", 1)[0], name.split(".", 1)[0])
        reason = (
            "NEWSNLP_PURE_PYTHON is set"
            if PURE_PYTHON
            else f"{package} is not installed"
        )
        raise ImportError(
            f"{feature} needs {package}, but {reason}. "
            f"Install it with `pip install {package}` (or unset NEWSNLP_PURE_PYTHON)."
        )
    return module
