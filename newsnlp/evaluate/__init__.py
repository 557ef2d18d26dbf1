"""Evaluation: ROUGE for summaries (matching Google's ``rouge-score``).

>>> from newsnlp.evaluate import rouge
>>> round(rouge("Senate passes budget", "The Senate passed the budget")["rouge1"].recall, 2)
0.6
"""

from newsnlp.evaluate._rouge import ROUGE_TYPES, RougeScore, rouge, rouge_many

__all__ = ["ROUGE_TYPES", "RougeScore", "rouge", "rouge_many"]

from newsnlp.evaluate._spans import SpanMatch, SpanScores, quote_scores, speaker_agrees  # noqa: E402

__all__ += ["SpanMatch", "SpanScores", "quote_scores", "speaker_agrees"]
