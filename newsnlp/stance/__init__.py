"""Stance in news: officials and their level of government, sides of the federal-local dispute.

>>> [(o.name, o.level) for o in find_officials("Gov. Jerry Brown met Denver Police Chief Paul Pazen.")]
[('Jerry Brown', 'state'), ('Paul Pazen', 'local')]
"""

from newsnlp.stance._classifier import StanceClassifier, TreeEnsemble
from newsnlp.stance._features import StanceFeatures
from newsnlp.stance._officials import Official, find_officials
from newsnlp.stance._persist import (
    ModelFormatError,
    StanceModel,
    UntrustedModelError,
    from_json,
    load,
    save,
    to_json,
)
from newsnlp.stance._pipeline import make_stance_pipeline
from newsnlp.stance._report import Balance, StanceQuote, StanceReport, detect_stance

__all__ = [
    "Balance",
    "ModelFormatError",
    "Official",
    "StanceClassifier",
    "StanceFeatures",
    "StanceModel",
    "StanceQuote",
    "StanceReport",
    "TreeEnsemble",
    "UntrustedModelError",
    "detect_stance",
    "find_officials",
    "from_json",
    "load",
    "make_stance_pipeline",
    "save",
    "to_json",
]
