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
        toks = lx.tokens(text, pos, pos + len(line))
        _scan_line(text, toks, _candidates(toks), out)
        pos += len(line) + 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(["Gov.", "Sens.", "R-Texas", "Durbin", "of", "Illinois", "County",
                                                    "Police", "Chief", "Trump", "President"])), max_size=40).map(" ".join))
def test_people_are_found_line_by_line(text: str) -> None:
    people, index = people_and_tokens(text)
    assert people == _people_by_lines(text)
    assert index.toks == _reference_tokens(text) and index.starts == [t.start for t in index.toks]
