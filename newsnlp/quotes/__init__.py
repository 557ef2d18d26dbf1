"""Quotes and attribution: who said what, with exact spans.

>>> from newsnlp.quotes import extract_quotes
>>> [(q.text, q.kind, q.speaker.name) for q in extract_quotes('"We will win," Mayor Jane Doe said.')]
[('We will win,', 'direct', 'Jane Doe')]
"""

from newsnlp.quotes._api import extract_quotes
from newsnlp.quotes._types import Cue, Quote, Speaker

__all__ = ["Cue", "Quote", "Speaker", "extract_quotes"]
