"""Faster forms of the quote extractor's window work give what the plain forms they replace give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.quotes._extract import _CLAUSE_BREAK, _Article
from newsnlp.quotes._marks import _MARK, _paragraph_marks, paragraphs
from newsnlp.quotes._speakers import _MILITARY_RANK, _QUOTE_MARK, _TOK, _first_quote_mark, _tokens

_PIECES = ["Mr.", "U.S.", "Trump's", "don\u2019t", "$5", "5%", "co-chair", "A&M", "_x", "x_", "\u00e9t\u00e9", "\u00c9mile",
           "said", "and", "but", "while", "whereas", "although", "also", "then", "adding", "saying", "ing", "Gen.", "Lt.",
           "Col", "Sgt.", "Brig. Gen.", "Jane", " ", "  ", "\n", "\u00a0", "\t", ",", ";", ".", "?", "!", "-", "\u2014", "'",
           "''", '"', "\u201c", "\u201d", "(", ")", "1", "x"]
texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _plain_tokens(text, lo, hi):
    return [(m.start(), m.end(), m.group()) for m in _TOK.finditer(text, lo, hi)]


@settings(max_examples=1500, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 80))
def test_tokens_are_those_of_finditer(text, lo, hi):
    assert _tokens(text, lo, hi) == _plain_tokens(text, lo, hi)


def test_tokens_on_sentences():
    for text in ["Sen. Jane Roe (D-Mo.) said: \u201cIt\u2019s $5.2 million,\u201d adding it's 40% of A&M's _budget.",
                 "__x__ \u00e9t\u00e9 \u00c9mile... -- ''quoted'' a_b", "", "   ", "x"]:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 2):
                assert _tokens(text, lo, hi) == _plain_tokens(text, lo, hi)


_PLAIN_CLAUSE_BREAK = re.compile(r"(?:,\s*|\s+)(?:but|and|while|whereas|although)\s+|;\s*|,\s*(?=(?:also\s+|then\s+)?[a-z]+ing\b)")


@settings(max_examples=1500, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 80))
def test_clause_break_matches_as_the_plain_pattern(text, lo, hi):
    assert [m.span() for m in _CLAUSE_BREAK.finditer(text, lo, hi)] == \
        [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(text, lo, hi)]


@settings(max_examples=1000, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 80))
def test_first_quote_mark_is_where_the_pattern_matches(text, lo, hi):
    m = _QUOTE_MARK.search(text, lo, hi)
    assert _first_quote_mark(text, lo, hi) == (m.start() if m is not None else -1)


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_a_military_rank_needs_a_period(text):
    # (Resolver.speaker looks for a rank only in a mention that holds a period.)
    assert "." in text or _MILITARY_RANK.search(text) is None


def _plain_kind(art, stretches):
    inside = total = 0
    for s, e in stretches:
        i, t = art.quoted_letters(s, e)
        inside += i
        total += t
    return "indirect" if inside == 0 else ("direct" if inside >= 0.9 * total else "mixed")


@settings(max_examples=1000, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=3))
def test_kind_is_that_of_the_letters_counted(text, stretches):
    art = _Article(text)
    assert art.kind(stretches) == _plain_kind(art, stretches)


def test_kind_on_sentences():
    text = 'He said \u201cno way,\u201d and the rest.\n\u201cAll of it is quoted here.\u201d\nNone "of" this, "but" that.'
    art = _Article(text)
    for s in range(0, len(text) + 1, 3):
        for e in range(s, len(text) + 1, 2):
            assert art.kind([(s, e)]) == _plain_kind(art, [(s, e)])
            assert art.kind([(0, s), (e, len(text))]) == _plain_kind(art, [(0, s), (e, len(text))])


_MARK_PIECES = ["'", "''", "'''", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2019", "\n", "\n\n", " ", "\u00a0",
                "\t", "x", "It's", "a ''b''", "1"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=20).map("".join))
def test_paragraph_marks_are_the_matches_of_the_mark_pattern(text):
    paras = paragraphs(text)
    assert _paragraph_marks(text, paras) == [[(m.start(), m.end() - m.start()) for m in _MARK.finditer(text, ps, pe)]
                                             for ps, pe in paras]
