"""Tokens, words, stop words and normalisation."""

from __future__ import annotations

import pytest

from newsnlp import normalize, stop_words, tokenize, words


def test_tokens_keep_offsets_and_kinds() -> None:
    text = "Sen. Ana Ruiz's aide e-mailed press@city.example.gov about https://example.gov/x.pdf on Jan. 5, 2024."
    tokens = tokenize(text)
    for t in tokens:
        assert text[t.start : t.end] == t.text
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["Sen."] == "abbreviation"
    assert kinds["Ruiz's"] == "word"
    assert kinds["press@city.example.gov"] == "email"
    assert kinds["https://example.gov/x.pdf"] == "url"
    assert kinds["Jan."] == "abbreviation"
    assert kinds["2024"] == "number"
    assert tokens[-1].text == "."


def test_dotted_abbreviations_money_and_percentages() -> None:
    assert [t.text for t in tokenize("The U.S. gave $2.4 million, or 3.5%.")] == [
        "The", "U.S.", "gave", "$2.4", "million", ",", "or", "3.5%", ".",
    ]


def test_tokens_do_not_overlap_and_cover_all_non_space() -> None:
    text = "“Mr. Lee,” she said—“come… now!”  U.S.-Mexico ties."
    tokens = tokenize(text)
    covered = set()
    for a, b in zip(tokens, tokens[1:]):
        assert a.end <= b.start
    for t in tokens:
        covered.update(range(t.start, t.end))
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}


def test_words_are_lowercase_without_punctuation() -> None:
    assert words("The Mayor’s office didn't reply, Ms. Diaz said.") == [
        "the", "mayor's", "office", "didn't", "reply", "ms", "diaz", "said",
    ]


def test_stop_words() -> None:
    sw = stop_words()
    assert {"the", "and", "of", "he"} <= sw
    assert "mayor" not in sw and "federal" not in sw
    assert len(sw) == 318


def test_normalize() -> None:
    assert normalize("“We’re\u00a0ready” \u2014 she said\u2026\u200b") == '"We\'re ready" - she said...'
    assert normalize("  A  B ", lowercase=True) == "a b"


@pytest.mark.parametrize("fn", [tokenize, normalize])
def test_non_str_raises(fn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        fn(None)
