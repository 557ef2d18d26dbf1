"""The quote extractor's faster scans find exactly what the plain patterns they replace find."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.quotes._extract import _TAIL_STOP, _words_back
from newsnlp.quotes._lexicon import lexicon, spans
from newsnlp.quotes._marks import _MARK
from newsnlp.quotes._speakers import _GENDERED_PRONOUN

_PIECES = ["said", "says", "told", "according to", "According to", "Mayor", "mayor", "Sen.", "spokesman", "he",
           "She", "his", "her", "Her", "him", "that", "x", "\u00e9", "_", "1", ".", ",", "-", " ", "\n", "''", "'",
           '"', "\u201c", "\u201d", "\u00ab", "?", ";", ":", "\u00a0"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cue_and_title_spans_are_those_of_finditer(text):
    lex = lexicon()
    assert spans(lex.cue_pattern, lex.cue_scan, text) == [m.span() for m in lex.cue_pattern.finditer(text)]
    assert spans(lex.title_pattern, lex.title_scan, text) == [m.span() for m in lex.title_pattern.finditer(text)]


def test_spans_on_sentences():
    lex = lexicon()
    for text in ["Said the mayor: no.", "Mayor Ann Lee said it, according to aides.", "x.Sen.Mayor Bob",
                 "\u00e9said and 1said, _said", "according to"]:
        assert spans(lex.cue_pattern, lex.cue_scan, text) == [m.span() for m in lex.cue_pattern.finditer(text)]
        assert spans(lex.title_pattern, lex.title_scan, text) == [m.span() for m in lex.title_pattern.finditer(text)]


_PLAIN_MARK = re.compile("''|[\u201c\u201d\"\u201e\u00ab\u00bb]")
_PLAIN_TAIL_STOP = re.compile(r"[\u201c\"]|''|[.?!;:](?:\s|\Z)")
_PLAIN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 20), st.integers(0, 20))
def test_rewritten_patterns_match_as_the_plain_ones(text, lo, hi):
    for fast, plain in ((_MARK, _PLAIN_MARK), (_TAIL_STOP, _PLAIN_TAIL_STOP), (_GENDERED_PRONOUN, _PLAIN_PRONOUN)):
        assert [(m.span(), m.group()) for m in fast.finditer(text, lo, hi)] == \
            [(m.span(), m.group()) for m in plain.finditer(text, lo, hi)]


def _plain_words_back(text, pos, n, limit):
    lo = max(0, pos - limit)
    i = pos
    for _ in range(n):
        while i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
    return max(lo, i - 1)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(1, 3))
def test_words_back_reads_back_over_white_space_and_words(text, pos, n):
    pos = min(pos, len(text))
    assert _words_back(text, pos, n, 30) == _plain_words_back(text, pos, n, 30)
