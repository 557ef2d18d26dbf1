"""The text layer: sentences, tokens, normalisation, stop words, stemming.

Everything that reads news in newsnlp reads it through here. All functions
are pure Python and give identical results with or without the optional
scientific libraries.
"""

from newsnlp.text._normalize import normalize
from newsnlp.text._porter import stem
from newsnlp.text._segment import sentences
from newsnlp.text._tokenize import stop_words, tokenize, words
from newsnlp.text._types import Sentence, Token

__all__ = ["Sentence", "Token", "normalize", "sentences", "stem", "stop_words", "tokenize", "words"]
