"""newsnlp: read news the way a media researcher does.

>>> import newsnlp
>>> [s.text for s in newsnlp.sentences("Gov. Jane Doe spoke. She left at 5 p.m.")]
['Gov. Jane Doe spoke.', 'She left at 5 p.m.']
"""

from newsnlp.quotes import Quote, Speaker, extract_quotes
from newsnlp.stance import Official, find_officials
from newsnlp.text import Sentence, Token, normalize, sentences, stem, stop_words, tokenize, words

__version__ = "0.1.0"

__all__ = [
    "Official",
    "Quote",
    "Sentence",
    "Speaker",
    "Token",
    "__version__",
    "extract_quotes",
    "find_officials",
    "normalize",
    "sentences",
    "stem",
    "stop_words",
    "tokenize",
    "words",
]
