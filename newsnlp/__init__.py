"""newsnlp: read news the way a media researcher does.

>>> import newsnlp
>>> [s.text for s in newsnlp.sentences("Gov. Jane Doe spoke. She left at 5 p.m.")]
['Gov. Jane Doe spoke.', 'She left at 5 p.m.']
"""

from newsnlp.pipeline import Analysis, AnalysisError, analyze, analyze_many
from newsnlp.quotes import Quote, Speaker, extract_quotes
from newsnlp.stance import Official, StanceQuote, StanceReport, detect_stance, find_officials
from newsnlp.summarize import Summary, summarize
from newsnlp.text import Sentence, Token, normalize, sentences, stem, stop_words, tokenize, words

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnalysisError",
    "Official",
    "Quote",
    "Sentence",
    "Speaker",
    "StanceQuote",
    "StanceReport",
    "Summary",
    "Token",
    "__version__",
    "analyze",
    "analyze_many",
    "detect_stance",
    "extract_quotes",
    "find_officials",
    "normalize",
    "sentences",
    "stem",
    "stop_words",
    "summarize",
    "tokenize",
    "words",
]
