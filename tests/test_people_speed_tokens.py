"""The fast paths of the people layer give what the plain code gives."""

from typing import List, Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.people import _lexicon as lx
from newsnlp.people._find import _candidates, _scan_line, people_and_tokens
from newsnlp.people._types import Person

_PIECES = st.sampled_from(["U.S.", "N.M.", "a.b", "Sen.", "Rep", "O'Neil", "Berry\u2019s", "AT&T", "D-Ore.", "-", "&", "'",
                           "\u2019", ".", ",", "(", ")", "_x", "x_", "\u00e9t\u00e9", "\u0661\u0662", "\n", "\n\n", " ", "  ",
                           "\t", "\r\n", "\u00a0", "US", "USA", "Usa",
                           "\u0130stanbul", "then-Gov.", "ex-Sheriff", "Mayor", "Ann", "Lee", "state", "the", "Justice", "Department", "said"])
_TEXTS = st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=30).map("".join),
                   st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=20).map("".join))


def _reference_tokens(text: str, start: int = 0, end: Optional[int] = None) -> List[lx.Tok]:
    found = lx._TOKEN.finditer(text, start, len(text) if end is None else end)
    return [lx.Tok(m.group(), m.start(), m.end(), lx.key(m.group())) for m in found]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(-3, 70), st.integers(-3, 70))
def test_tokens_are_those_of_the_token_pattern(text: str, lo: int, hi: int) -> None:
    assert lx.tokens(text) == _reference_tokens(text)
    assert lx.tokens(text, lo) == _reference_tokens(text, lo)
    assert lx.tokens(text, lo, hi) == _reference_tokens(text, lo, hi)


def _people_by_lines(text: str) -> List[Person]:
    out: List[Person] = []
    pos = 0
    for line in text.split("\n"):
        words = lx.Words.of(text, pos, pos + len(line))
        _scan_line(text, words, _candidates(words), out)
        pos += len(line) + 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(["Gov.", "Sens.", "R-Texas", "Durbin", "of", "Illinois", "County",
                                                    "Police", "Chief", "Trump", "President"])), max_size=40).map(" ".join))
def test_people_are_found_line_by_line(text: str) -> None:
    people, index = people_and_tokens(text)
    assert people == _people_by_lines(text)
    assert index.toks == _reference_tokens(text) and index.starts == [t.start for t in index.toks]


_KIND_SETS = [("org", "place", "modifier", "title", "role", "person"), ("title", "role"), ("org", "place"), ("place",),
              ("title",), ("org",), ("place", "modifier")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(["Gov.", "Sens.", "R-Texas", "Durbin", "of", "Illinois", "County",
                                                    "Police", "Chief", "Trump", "President", "VA", "ICE", "New", "York",
                                                    "City", "Council", "Attorney", "General", "THE"])), max_size=30).map(" ".join))
def test_words_are_the_tokens_and_match_as_they_do(text: str) -> None:
    toks = lx.tokens(text)
    words = lx.Words.of(text)
    assert words.toks() == toks and lx.Words.of_toks(toks).toks() == toks
    for a in range(len(toks) + 1):
        assert words.toks(a, a + 3) == toks[a : a + 3]
        assert words.cut(a, a + 5).toks() == toks[a : a + 5]
    for i in range(len(toks)):
        for kinds in _KIND_SETS:
            assert lx.match_kinds(words, i, kinds) == lx.match_kinds(toks, i, kinds)
        title = lx.match_kinds(words, i, ("title",))  # as the finder reads a title inside a name
        assert lx.titles().match(toks, i) == (None if title is None else title[1:])


def test_token_index_of_a_text_cuts_its_tokens() -> None:
    text = "ab.c.d. U.S.-based  AT&T\n\nThe  Sen. Berry's aide, D-Ore.,  said \u201cno.\u201d"
    index = lx.TokenIndex(text)
    assert index.toks == lx.tokens(text) and index.text == text
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert index.between(lo, hi) == lx.tokens(text, lo, hi)
