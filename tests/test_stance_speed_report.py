"""The stance report's faster paths give exactly what the plain code they replace gives."""

from __future__ import annotations

import re
from typing import Dict, List, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.people import _lexicon as lx
from newsnlp.stance import _side
from newsnlp.stance._report import _EPITHET_PARTIES, _EPITHET_WORD, StanceQuote, _head_place, balance
from newsnlp.stance._side import Linear, SideModel, _other_stems, _stem_tuple, _words, quote_side_features

# The administration pattern as first written: "\b" before each title or name, the lookbehinds after the title.
_PLAIN_PRESIDENT = re.compile(
    r"\b(?:President(?<![Ff]ormer President)(?<![Vv]ice President)"
    r"|President-elect(?<![Ff]ormer President-elect)(?<![Vv]ice President-elect)"
    r"|Mr\.(?<![Ff]ormer Mr\.)(?<![Vv]ice Mr\.))\s+(?:Donald\s+(?:J\.\s+)?|Barack\s+)?"
    r"(Trump|Obama)\b|\b(Trump|Obama)(?:['\u2019]s)?\s+(?:administration|White\s+House)\b")

_PRESIDENT_PIECES = ["President", "President-elect", "Mr.", "Trump", "Obama", "former ", "Former ", "vice ", "Vice ",
                     "ex-", " ", "  ", "\n", "'s", "\u2019s", " administration", " White", " House", "Donald ", "J. ",
                     "Barack ", "x", "\u00e9", "_", "1", "-", ".", "P", "M", "O", "T", "s"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PRESIDENT_PIECES), max_size=14).map("".join))
def test_administration_pattern_matches_as_the_plain_one(text: str) -> None:
    fast = [(m.span(), "Trump" if "Trump" in m.group() else "Obama") for m in _side._PRESIDENT.finditer(text)]
    plain = [(m.span(), m.group(1) or m.group(2)) for m in _PLAIN_PRESIDENT.finditer(text)]
    assert fast == plain


def test_administration_pattern_on_sentences() -> None:
    for text in ["President Trump said. The Trump administration sued. Former President Obama wrote.",
                 "xPresident Trump, vice President Obama, President-elect Donald J. Trump, Mr.Obama, Mr. Obama",
                 "the Obama\u2019s White House; Obama's administration; \u00e9Trump administration; Trumpx"]:
        fast = [m.span() for m in _side._PRESIDENT.finditer(text)]
        assert fast == [m.span() for m in _PLAIN_PRESIDENT.finditer(text)]


_EPITHET_PIECES = ["the ", "The ", "Texas ", "New York ", "Democrat", "democrat", "DEMOCRAT", "Demo.crat", "Republican",
                   "republican", "Republicans", "ex-", "then-", "'s", "\u2019s", " ", ".", "-", "\u0130", "K", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_EPITHET_PIECES), max_size=8).map("".join))
def test_epithet_word_is_found_in_every_span_with_a_party_key(span: str) -> None:
    # the pre-check of _state_party_epithet: it may let through spans without such a token, never skip one
    if any(t.key in _EPITHET_PARTIES for t in lx.tokens(span)):
        assert _EPITHET_WORD.search(span) is not None


_WORD_PIECES = ["We", "won't", "comply", "city\u2019s", "'", "\u2019", "''", "x", "\u00c9t\u00c9", "1", "_", " ", "\n",
                ".", "-", "\u201c", "\u0130", "\u03a3"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join))
def test_balance_counts_the_words_of_each_quote(text: str) -> None:
    # balance() counts a quote's words as the length of its stems (cached from the side model)
    assert len(_stem_tuple(text)) == len(_words(text))
    q = StanceQuote(text, 0, len(text), "direct", None, None, "local", 0.9)
    assert dict(balance([q]).words)["local"] == len(_words(text))


_NAMES = ["bias", "cue=said", "cue=:", "level=local", "level=none", "level=federal", "level=state", "party=dem",
          "w=citi", "w=comply", "w=we", "w=sanctuari", "c=citi", "c=comply", "c=said", "c=mayor", "actor:local",
          "frame:federal-", "dispute", "first-person", "level=local&w=comply", "level=none&dispute", "group=local"]
_QUOTES = ["We will not comply.", "Our city is a sanctuary city.", "The mayor said so", "", "ICE must comply: now"]


@pytest.mark.parametrize("in_order", [True, False])
@settings(max_examples=200, deadline=None)
@given(weights=st.dictionaries(st.sampled_from(_NAMES),
                               st.tuples(*[st.floats(-8, 8, allow_nan=False)] * 3).map(list), max_size=len(_NAMES)),
       quote=st.sampled_from(_QUOTES), context=st.sampled_from(_QUOTES),
       cue=st.sampled_from([None, "said", ":"]), level=st.sampled_from([None, "local", "state", "federal"]))
def test_side_model_sums_the_weights_of_the_feature_dict(in_order: bool, weights: Dict[str, List[float]], quote: str,
                                                         context: str, cue: Optional[str], level: Optional[str]) -> None:
    # both ways of adding the weights (sum() before Python 3.12, reduce() after) give Linear's floats
    model = SideModel(Linear(["federal", "local", "neutral"], weights))
    inputs = {"quote": quote, "context": context, "cue": cue, "level": level, "party": "Democrat"}
    saved = _side._SUM_IN_ORDER
    _side._SUM_IN_ORDER = in_order and saved
    try:
        assert model.predict_proba(**inputs) == model.linear.predict_proba(quote_side_features(**inputs))
    finally:
        _side._SUM_IN_ORDER = saved


_CONTEXT_PIECES = ["We", "won't", "comply", "city\u2019s", "said", "the mayor", "'", "\u2019", "x", "\u00c9", "1", "_",
                   " ", "\n", ".", ",", "-", "\u201c", "\u201d", "\u0130", "\u03a3", "\u03c3", "s"]
_contexts = st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(_contexts, _contexts, _contexts)
def test_context_stems_split_around_the_quote_are_those_of_the_whole(before: str, quote: str, after: str) -> None:
    own = frozenset(_stem_tuple(quote))
    for context in (before + quote + after, before + after, quote):
        assert _other_stems(context, quote, own) == frozenset(_stem_tuple(context)) - own


_HEAD_PIECES = ["the ", "The ", "Texas", "New York", "King County", "Chicago", "city", "department", "police", "he",
                "Board", " ", ".", "'s", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=5).map("".join))
def test_head_place_reads_the_tokens_as_the_plain_code(head: str) -> None:
    toks = lx.tokens(head)
    i = 1 if toks and toks[0].key == "the" else 0
    hit = lx.places().match(toks, i) if i < len(toks) else None
    rest = toks[i + hit[0]:] if hit is not None else []
    assert _head_place(head) == (len(toks), hit, rest[0].key if rest else None)
