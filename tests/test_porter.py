"""The Porter stemmer gives NLTK's stems, with or without NLTK installed."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.text import stem

# Examples from Porter (1980) for each step, with the stems NLTK's default mode gives.
PORTER_PAPER = {
    # step 1a
    "caresses": "caress", "ponies": "poni", "cats": "cat",
    # step 1b
    "feed": "feed", "agreed": "agre", "plastered": "plaster", "bled": "bled",
    "motoring": "motor", "sing": "sing", "conflated": "conflat", "troubled": "troubl",
    "sized": "size", "hopping": "hop", "tanned": "tan", "falling": "fall",
    "hissing": "hiss", "fizzed": "fizz", "failing": "fail", "filing": "file",
    # step 1c
    "happy": "happi",
    # step 2
    "relational": "relat", "conditional": "condit", "rational": "ration",
    "valenci": "valenc", "hesitanci": "hesit", "digitizer": "digit",
    "conformabli": "conform", "radicalli": "radic", "differentli": "differ",
    "vileli": "vile", "analogousli": "analog", "vietnamization": "vietnam",
    "predication": "predic", "operator": "oper", "feudalism": "feudal",
    "decisiveness": "decis", "hopefulness": "hope", "callousness": "callous",
    "formaliti": "formal", "sensitiviti": "sensit", "sensibiliti": "sensibl",
    # step 3
    "triplicate": "triplic", "formative": "form", "formalize": "formal",
    "electriciti": "electr", "electrical": "electr", "hopeful": "hope", "goodness": "good",
    # step 4
    "revival": "reviv", "allowance": "allow", "inference": "infer", "airliner": "airlin",
    "gyroscopic": "gyroscop", "adjustable": "adjust", "defensible": "defens",
    "irritant": "irrit", "replacement": "replac", "adjustment": "adjust",
    "dependent": "depend", "adoption": "adopt", "homologou": "homolog",
    "communism": "commun", "activate": "activ", "angulariti": "angular",
    "homologous": "homolog", "effective": "effect", "bowdlerize": "bowdler",
    # step 5
    "probate": "probat", "rate": "rate", "cease": "ceas", "controll": "control", "roll": "roll",
}

# Where NLTK's default mode departs from the 1980 paper.
NLTK_EXTENSIONS = {
    # irregular forms mapped straight to a stem
    "skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "news": "news", "innings": "inning", "outings": "outing", "cannings": "canning",
    "howe": "howe", "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    # four-letter -ies / -ied keep their e
    "ties": "tie", "dies": "die", "died": "die", "cried": "cri",
    # y -> i only after a consonant that is not the first letter
    "cry": "cri", "say": "say", "toy": "toy",
    # alli -> al first, then step 2 again; fulli and logi rules
    "generalli": "gener", "formalli": "formal", "hopefully": "hope", "fully": "fulli",
    "geology": "geolog", "theology": "theolog", "archaeology": "archaeolog",
    "carelessly": "carelessli",
    # a vowel-consonant stem counts as cvc in step 1b
    "aying": "aye",
}

NEWS_WORDS = {
    "elections": "elect", "governors": "governor", "ruling": "rule", "federally": "feder",
    "senators": "senat", "legislature": "legislatur", "officials": "offici",
    "candidates": "candid", "1990s": "1990", "reported": "report", "said": "said",
}


@pytest.mark.parametrize(
    ("word", "expected"),
    sorted({**PORTER_PAPER, **NLTK_EXTENSIONS, **NEWS_WORDS}.items()),
)
def test_stem_gives_porter_stems_with_nltk_extensions(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_stem_lower_cases_before_stemming_and_irregular_lookup() -> None:
    assert stem("Elections") == "elect"
    assert stem("SKIES") == "sky"
    assert stem("News") == "news"
    assert stem("Sky") == "sky"


def test_words_of_one_or_two_characters_are_only_lower_cased() -> None:
    assert [stem(w) for w in ["US", "is", "Ab", "a", ""]] == ["us", "is", "ab", "a", ""]


def test_characters_outside_a_to_z_count_as_consonants() -> None:
    assert stem("Ünïcödé") == "ünïcödé"
    assert stem("covid-19s") == "covid-19"


def test_stem_is_exported_at_the_package_root() -> None:
    assert newsnlp.stem is stem
    assert "stem" in newsnlp.__all__


def test_stem_rejects_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match="expected a str"):
        stem(b"elections")  # type: ignore[arg-type]


# --- equivalence with NLTK ----------------------------------------------------

PARAGRAPHS = """
The governor's office said on Tuesday that the federal grants, which had been
delayed for months, were finally approved after lawmakers agreed to a revised
budget. County officials, frustrated by the repeated postponements, welcomed the
decision but warned that rising costs would limit what the money could achieve.

Senators argued heatedly over the bill's provisions, questioning whether the
administration's regulatory overreach was undermining local authority. "We are
being dictated to by Washington," one mayor complained, adding that communities
know their own needs better than distant agencies and their shifting priorities.

Analysts expect relational tensions between city, state and national governments
to intensify as elections approach. Hopefully, negotiators will find agreeable
compromises; historically, such disputes have been resolved quietly, generally
through conditional funding, cooperative agreements and occasional litigation.
Flooding, wildfires and hurricanes repeatedly tested emergency responders, whose
readiness, effectiveness and responsiveness were scrutinized by investigators.
"""

SUFFIXES = (
    "", "s", "es", "ies", "sses", "ss", "ed", "eed", "ied", "ing", "y", "ly", "ily",
    "ational", "tional", "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli",
    "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
    "aliti", "iviti", "biliti", "fulli", "logi", "icate", "ative", "alize", "iciti",
    "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant",
    "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive",
    "ize", "e", "ll", "at", "bl", "iz",
)

# Short, y-bearing and cvc-shaped stems exercise the measure and *o conditions.
STEMS = (
    "", "a", "y", "ya", "ay", "oy", "b", "ab", "hop", "tann", "fil", "cr", "geo",
    "yy", "aw", "ax",
)


def _generated_vocabulary() -> set[str]:
    vocabulary = set(re.findall(r"\w+", PARAGRAPHS))
    vocabulary |= {w.upper() for w in vocabulary} | {w.capitalize() for w in vocabulary}
    for base in list(vocabulary) + list(STEMS):
        for suffix in SUFFIXES:
            vocabulary.add(base.lower() + suffix)
    for base, first, second in itertools.product(STEMS, SUFFIXES, SUFFIXES):
        vocabulary.add(base + first + second)
    return vocabulary


def test_generated_vocabulary_is_large() -> None:
    assert len(_generated_vocabulary()) > 50_000


def test_stem_matches_nltk_on_a_generated_vocabulary() -> None:
    porter = pytest.importorskip("nltk.stem.porter")
    reference = porter.PorterStemmer()
    expected = {word: reference.stem(word) for word in _generated_vocabulary()}
    mismatches = {word: stem(word) for word in expected if stem(word) != expected[word]}
    assert mismatches == {}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aeiouybcdlstgnmrwxzAEYL-1", max_size=12))
def test_stem_matches_nltk_on_random_strings(word: str) -> None:
    porter = pytest.importorskip("nltk.stem.porter")
    assert stem(word) == porter.PorterStemmer().stem(word)

