"""ROUGE scores computed by hand and checked against Google's rouge-score."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.evaluate import ROUGE_TYPES, RougeScore, rouge, rouge_many
from newsnlp.evaluate._rouge import _lcs_length, _lcs_positions


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r)


def test_a_summary_identical_to_the_reference_scores_one_everywhere() -> None:
    text = "The council approved the budget.\nThe mayor signed it on Friday."
    for score in rouge(text, text).values():
        assert score == RougeScore(1.0, 1.0, 1.0)


def test_one_changed_word_costs_one_unigram_and_two_bigrams() -> None:
    s = rouge("the cat sat on the mat", "the cat lay on the mat")
    assert s["rouge1"].precision == pytest.approx(5 / 6)
    assert s["rouge1"].recall == pytest.approx(5 / 6)
    assert s["rouge2"].fmeasure == pytest.approx(3 / 5)  # the-cat, on-the, the-mat
    assert s["rougeL"].fmeasure == pytest.approx(5 / 6)  # the cat on the mat


def test_precision_is_relative_to_the_candidate_and_recall_to_the_reference() -> None:
    s = rouge("Senate passes budget", "The Senate passed the budget", types="rouge1")
    assert s["rouge1"].precision == pytest.approx(3 / 3)
    assert s["rouge1"].recall == pytest.approx(3 / 5)
    assert s["rouge1"].fmeasure == pytest.approx(f1(1.0, 0.6))


def test_repeated_words_are_clipped_to_their_count_in_the_reference() -> None:
    s = rouge("vote vote vote", "vote", types="rouge1")["rouge1"]
    assert (s.precision, s.recall) == (pytest.approx(1 / 3), 1.0)


def test_texts_without_common_words_or_with_no_words_score_zero() -> None:
    zero = RougeScore(0.0, 0.0, 0.0)
    assert set(rouge("floods hit coast", "senate passes budget").values()) == {zero}
    assert set(rouge("", "senate passes budget").values()) == {zero}
    assert set(rouge("!!! ...", "").values()) == {zero}


def test_stemming_matches_inflected_forms_and_can_be_switched_off() -> None:
    stemmed = rouge("Governors ruled", "governor rules", types="rouge1")["rouge1"]
    assert stemmed.fmeasure == 1.0
    plain = rouge("Governors ruled", "governor rules", types="rouge1", stemmer=False)["rouge1"]
    assert plain.fmeasure == 0.0


def test_words_of_three_characters_or_fewer_are_not_stemmed() -> None:
    # stem("ads") is "ad", but rouge-score leaves three-letter tokens alone.
    assert rouge("ads", "ad", types="rouge1")["rouge1"].fmeasure == 0.0
    assert rouge("cats", "cat", types="rouge1")["rouge1"].fmeasure == 1.0


def test_tokens_are_ascii_letters_and_digits_only() -> None:
    # "U.S." is two tokens; the accented letter splits "Café" into "caf".
    assert rouge("U.S. café", "u s caf", types="rouge1")["rouge1"].fmeasure == 1.0


def test_rouge_lsum_credits_each_candidate_sentence_separately() -> None:
    # Lin (2004), section 3.2: the union LCS of the reference sentence with
    # c1 (police arrested) and c2 (police three downtown) has 4 of its 5 words.
    reference = "Police arrested three protesters downtown."
    candidate = ["Police detained three more downtown.", "Police arrested many angry people."]
    s = rouge(candidate, reference, types=("rougeL", "rougeLsum"))
    assert s["rougeLsum"].recall == pytest.approx(4 / 5)
    assert s["rougeLsum"].precision == pytest.approx(4 / 10)
    assert s["rougeLsum"].fmeasure == pytest.approx(f1(0.4, 0.8))
    # Plain ROUGE-L sees one sequence: police ... three ... downtown.
    assert s["rougeL"].recall == pytest.approx(3 / 5)
    assert s["rougeL"].precision == pytest.approx(3 / 10)


def test_rouge_lsum_counts_a_word_no_more_often_than_the_candidate_has_it() -> None:
    reference = ["budget passed", "budget signed"]
    s = rouge("budget passed signed", reference, types="rougeLsum")["rougeLsum"]
    # union LCS hits: budget, passed (sentence 1); budget is used up, signed (sentence 2)
    assert s.recall == pytest.approx(3 / 4)
    assert s.precision == pytest.approx(3 / 3)


def test_a_list_of_sentences_is_the_same_as_newline_separated_text() -> None:
    sentences = ["The mayor won the vote.", "The council objected."]
    joined = "The mayor won the vote.\nThe council objected."
    reference = "Mayor wins vote.\nCouncil objects to result."
    assert rouge(sentences, reference) == rouge(joined, reference)


def test_types_are_returned_in_the_order_asked() -> None:
    assert list(rouge("a b", "a b", types=("rougeLsum", "rouge3", "rouge1"))) == [
        "rougeLsum", "rouge3", "rouge1"
    ]
    assert tuple(rouge("a", "a")) == ROUGE_TYPES


def test_rouge_many_averages_each_number_over_the_pairs() -> None:
    s = rouge_many(["mayor wins", "senate votes"], ["mayor wins", "house votes today"],
                   types="rouge1")["rouge1"]
    assert s.precision == pytest.approx((1.0 + 0.5) / 2)
    assert s.recall == pytest.approx((1.0 + 1 / 3) / 2)
    assert s.fmeasure == pytest.approx((1.0 + f1(0.5, 1 / 3)) / 2)


def test_score_converts_to_a_plain_dict() -> None:
    assert RougeScore(0.5, 0.25, 1 / 3).to_dict() == {
        "precision": 0.5, "recall": 0.25, "fmeasure": 1 / 3
    }


def test_bad_arguments_say_what_to_do() -> None:
    with pytest.raises(ValueError, match="unknown ROUGE type 'rougeX'"):
        rouge("a", "b", types=("rougeX",))
    with pytest.raises(ValueError, match="at least one"):
        rouge("a", "b", types=())
    with pytest.raises(TypeError, match="decode it first"):
        rouge(b"a", "b")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of sentence strings"):
        rouge(3, "b")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one reference per candidate"):
        rouge_many(["a", "b"], ["a"])
    with pytest.raises(TypeError, match="to score one pair use rouge"):
        rouge_many("ab", "ab")


# --- the LCS machinery --------------------------------------------------------

def _lcs_table(a: list[str], b: list[str]) -> list[list[int]]:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table


token_lists = st.lists(st.sampled_from("abcde"), max_size=14)


@settings(max_examples=300, deadline=None)
@given(token_lists, token_lists)
def test_bit_parallel_lcs_agrees_with_the_dynamic_programming_table(
    a: list[str], b: list[str]
) -> None:
    table = _lcs_table(a, b)
    assert _lcs_length(a, b) == table[-1][-1]
    positions = sorted(_lcs_positions(a, b))
    assert len(positions) == table[-1][-1]
    # the chosen positions form a common subsequence
    remaining = iter(b)
    assert all(a[i] in remaining for i in positions)


# --- equivalence with rouge-score ---------------------------------------------

PAIRS = [
    (
        "Federal officials said the grant would arrive in March.\n"
        "County leaders were not convinced.",
        "The grant, federal officials said, would arrive by March.\n"
        "Leaders of the county doubted it.\nThey asked for written assurances.",
    ),
    (
        "Quarterly profits jumped 76% to $1.13bn.\nSales rose 2%.",
        "Profits jumped 76% to $1.13bn (£600m) for the quarter.\n"
        "Sales of high-speed connections rose.\nSales rose 2% to $11.1bn.",
    ),
    (
        "The governor vetoed the bill, calling it an overreach by Washington.",
        "Calling the bill an overreach, the governor vetoed it.\n\n"
        "Lawmakers may try to override the veto.",
    ),
    ("", "Nothing was said."),
    ("Only punctuation here: ... !!!", "---"),
    (
        "He said: \"We're going to win.\" Then he left.\nThe the the vote vote.",
        "\"We're going to win,\" he said.\nThe vote is on Tuesday.\nThe the vote.",
    ),
]


@pytest.mark.parametrize(("candidate", "reference"), PAIRS)
def test_scores_equal_rouge_score_on_news_sentences(candidate: str, reference: str) -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    types = ["rouge1", "rouge2", "rouge3", "rougeL", "rougeLsum"]
    expected = rouge_scorer.RougeScorer(types, use_stemmer=True).score(reference, candidate)
    got = rouge(candidate, reference, types=types)
    for kind in types:
        want = expected[kind]
        assert got[kind].precision == pytest.approx(want.precision, abs=1e-12)
        assert got[kind].recall == pytest.approx(want.recall, abs=1e-12)
        assert got[kind].fmeasure == pytest.approx(want.fmeasure, abs=1e-12)


WORDS = ["Senate", "senators", "vote", "voted", "votes", "the", "a", "budget", "Budgets",
         "governor", "ruling", "ruled", "U.S.", "$1.5bn", "2%", "city's", "ads", "café"]
texts = st.lists(st.sampled_from(WORDS + ["\n", ",", "."]), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_scores_equal_rouge_score_on_random_texts(candidate: str, reference: str) -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    expected = scorer.score(reference, candidate)
    got = rouge(candidate, reference)
    for kind in ROUGE_TYPES:
        assert got[kind].precision == pytest.approx(expected[kind].precision, abs=1e-12)
        assert got[kind].recall == pytest.approx(expected[kind].recall, abs=1e-12)
        assert got[kind].fmeasure == pytest.approx(expected[kind].fmeasure, abs=1e-12)
