"""Extractive summaries: the best few sentences of an article, exactly as written.

``summarize`` ranks sentences with a pluggable ranker (``lead``, ``textrank``,
``lexrank``, ``centroid``, ``trained``), then picks them under one budget with
MMR redundancy control. Every ranker runs with or without numpy and picks the
same sentences either way.

>>> from newsnlp.summarize import summarize
>>> text = "Floods closed the main road on Monday. Schools stayed open. Officials urged calm."
>>> [s.index for s in summarize(text, sentences=1, method="lead")]
[0]
"""

from newsnlp.summarize._document import MAX_GRAPH_SENTENCES, Document
from newsnlp.summarize._features import FEATURES
from newsnlp.summarize._rankers import (
    CentroidRanker,
    LeadRanker,
    LexRankRanker,
    Ranker,
    TextRankRanker,
    available_rankers,
    get_ranker,
    register_ranker,
)
from newsnlp.summarize._trained import TrainedRanker
from newsnlp.summarize._summarize import summarize
from newsnlp.summarize._types import ScoredSentence, Summary

__all__ = [
    "FEATURES",
    "MAX_GRAPH_SENTENCES",
    "CentroidRanker",
    "Document",
    "LeadRanker",
    "LexRankRanker",
    "Ranker",
    "ScoredSentence",
    "Summary",
    "TextRankRanker",
    "TrainedRanker",
    "available_rankers",
    "get_ranker",
    "register_ranker",
    "summarize",
]
