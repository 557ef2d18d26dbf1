"""Evaluation: ROUGE for summaries (matching Google's ``rouge-score``).

>>> from newsnlp.evaluate import rouge
>>> round(rouge("Senate passes budget", "The Senate passed the budget")["rouge1"].recall, 2)
0.6
"""

from newsnlp.evaluate._fnc import FNC_LABELS, FNCScore, fnc_score
from newsnlp.evaluate._rouge import ROUGE_TYPES, RougeScore, rouge, rouge_many

__all__ = ["FNC_LABELS", "FNCScore", "ROUGE_TYPES", "RougeScore", "fnc_score", "rouge", "rouge_many"]

from newsnlp.evaluate._spans import SpanMatch, SpanScores, quote_scores, speaker_agrees  # noqa: E402

__all__ += ["SpanMatch", "SpanScores", "quote_scores", "speaker_agrees"]
