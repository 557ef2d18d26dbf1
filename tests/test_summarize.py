"""Extractive summaries: budgets, offsets, rankers, redundancy control and errors."""

from __future__ import annotations

import argparse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.summarize import (
    MAX_GRAPH_SENTENCES,
    Document,
    Ranker,
    Summary,
    available_rankers,
    get_ranker,
    register_ranker,
    summarize,
)
from newsnlp.summarize import _cli
from newsnlp.summarize._rankers import _REGISTRY

METHODS = ["auto", *available_rankers()]

BUDGET_ARTICLE = """The city council voted on Tuesday to spend $40 million repairing the Harbor Street bridge, which engineers closed last month after finding cracks in two of its steel supports.

Mayor Ana Ruiz said the repairs would begin in March and take about a year. "We cannot leave a quarter of the city cut off from the hospital," she told reporters after the vote.

The money will come from a state infrastructure grant and a municipal bond. Council member Tom Berg, who voted against the plan, said the bond would burden taxpayers for two decades.

Traffic on the detour through Elm Avenue has doubled, according to the transport department. Shop owners on Elm Avenue say the noise and congestion have cost them customers.

The state transport agency will inspect three other bridges of the same design next week. Its director said there was no sign of similar damage so far."""

SPORT_ARTICLE = """Riverside United beat Northgate 3-1 on Saturday to move top of the league for the first time in eleven years.
Striker Leo Marsh scored twice in the first half, and defender Sam Okafor added a header after the break.
Northgate pulled one back through a penalty in the 80th minute.
"The players gave everything today," said manager Claire Dunn.
Riverside have now won six of their last seven games.
Their next match is away at Westbrook on Wednesday.
Around 18,000 fans watched the game, the biggest crowd of the season."""

REPEATED = (
    "The storm flooded the coastal town of Port Ellis overnight. "
    "The storm flooded the coastal town of Port Ellis overnight, residents said. "
    "Rescue crews used boats to reach families trapped in their homes. "
    "Power was cut to about 4,000 homes. "
    "Schools will stay closed until Friday."
)


@pytest.mark.parametrize("method", METHODS)
def test_default_budget_is_three_sentences_in_article_order_with_offsets(method: str) -> None:
    summary = summarize(BUDGET_ARTICLE, method=method)
    assert isinstance(summary, Summary)
    assert len(summary.sentences) == 3
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices)
    for s in summary.sentences:
        assert BUDGET_ARTICLE[s.start : s.end] == s.text
        assert isinstance(s.score, float)
    assert str(summary) == " ".join(s.text for s in summary.sentences)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("n", [1, 2, 5])
def test_sentence_budget_is_met_exactly(method: str, n: int) -> None:
    assert len(summarize(BUDGET_ARTICLE, sentences=n, method=method).sentences) == n


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("budget", [5, 25, 60, 120])
def test_word_budget_is_never_exceeded(method: str, budget: int) -> None:
    summary = summarize(BUDGET_ARTICLE, words=budget, method=method)
    assert sum(len(newsnlp.words(s.text)) for s in summary.sentences) <= budget


def test_word_budget_too_small_for_any_sentence_gives_empty_summary() -> None:
    assert summarize(SPORT_ARTICLE, words=2).sentences == ()


def test_ratio_takes_that_share_of_the_sentences() -> None:
    n = len(newsnlp.sentences(SPORT_ARTICLE))
    assert n == 7
    assert len(summarize(SPORT_ARTICLE, ratio=0.5).sentences) == 4  # 3.5 rounds up
    assert len(summarize(SPORT_ARTICLE, ratio=0.01).sentences) == 1
    assert len(summarize(SPORT_ARTICLE, ratio=1.0).sentences) == 7


@pytest.mark.parametrize("method", METHODS)
def test_a_text_shorter_than_the_budget_comes_back_whole(method: str) -> None:
    text = "Officials confirmed the recount. Results are due Monday."
    summary = summarize(text, sentences=5, method=method)
    assert [s.text for s in summary.sentences] == ["Officials confirmed the recount.", "Results are due Monday."]
    assert [s.text for s in summarize(text, words=100, method=method).sentences] == [
        "Officials confirmed the recount.",
        "Results are due Monday.",
    ]


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_text_gives_an_empty_summary(text: str) -> None:
    summary = summarize(text)
    assert summary.sentences == () and str(summary) == "" and summary.to_dict()["summary"] == []


def test_lead_takes_the_opening_sentences() -> None:
    summary = summarize(SPORT_ARTICLE, sentences=2, method="lead")
    assert [s.index for s in summary.sentences] == [0, 1]


def test_the_trained_ranker_prefers_the_content_bearing_opening_over_a_short_quote() -> None:
    picked = [s.index for s in summarize(SPORT_ARTICLE, sentences=2, method="trained")]
    assert 0 in picked and 3 not in picked


def test_diversity_keeps_a_near_duplicate_out_of_the_summary() -> None:
    plain = [s.index for s in summarize(REPEATED, sentences=2, method="centroid", diversity=0.0)]
    diverse = [s.index for s in summarize(REPEATED, sentences=2, method="centroid", diversity=0.7)]
    assert plain == [0, 1]  # both versions of the storm sentence are the most central
    assert not {0, 1} <= set(diverse)
    assert len(diverse) == 2


def test_title_is_used_by_the_trained_ranker_without_changing_offsets() -> None:
    summary = summarize(BUDGET_ARTICLE, title="Council funds bridge repair", sentences=2, method="trained")
    assert all(BUDGET_ARTICLE[s.start : s.end] == s.text for s in summary.sentences)


def test_a_registered_ranker_is_usable_by_name_and_as_an_instance() -> None:
    @register_ranker("last_first")
    class LastFirst(Ranker):
        def score(self, doc: Document) -> list:
            return [float(i + 1) for i in range(len(doc))]

    try:
        assert [s.index for s in summarize(SPORT_ARTICLE, sentences=2, method="last_first")] == [5, 6]
        assert [s.index for s in summarize(SPORT_ARTICLE, sentences=1, method=LastFirst())] == [6]
    finally:
        del _REGISTRY["last_first"]


def test_very_long_texts_use_the_linear_fallback_and_still_summarize() -> None:
    sentences = [f"Report {i} says the river rose {i % 7} feet near farm {i % 13}." for i in range(MAX_GRAPH_SENTENCES + 50)]
    text = " ".join(sentences)
    doc = Document(text)
    assert doc.is_large
    for method in ("textrank", "lexrank", "trained"):
        summary = summarize(text, sentences=3, method=method, diversity=0.3)
        assert len(summary.sentences) == 3
        assert all(text[s.start : s.end] == s.text for s in summary.sentences)


def test_to_dict_matches_the_cli_contract() -> None:
    d = summarize(SPORT_ARTICLE, sentences=1).to_dict()
    assert set(d["summary"][0]) == {"index", "start", "end", "text", "score"}


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"sentences": 2, "words": 10}, ValueError, "at most one budget"),
        ({"sentences": 0}, ValueError, "at least 1"),
        ({"words": -3}, ValueError, "at least 1"),
        ({"sentences": 2.5}, TypeError, "must be an int"),
        ({"ratio": 1.5}, ValueError, "ratio must be"),
        ({"ratio": 0}, ValueError, "ratio must be"),
        ({"diversity": 2.0}, ValueError, "diversity must be"),
        ({"method": "bestest"}, ValueError, "choose one of"),
        ({"title": 5}, TypeError, "title must be"),
    ],
)
def test_bad_arguments_say_what_is_wrong(kwargs: dict, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        summarize(SPORT_ARTICLE, **kwargs)


def test_non_str_input_is_a_type_error_that_says_how_to_fix_bytes() -> None:
    with pytest.raises(TypeError, match="decode"):
        summarize(b"Bytes are not text.")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        summarize(None)  # type: ignore[arg-type]


def test_get_ranker_names_the_choices() -> None:
    assert isinstance(get_ranker("lexrank"), Ranker)
    with pytest.raises(ValueError, match="'lead'"):
        get_ranker("nope")


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=400), n=st.integers(1, 4), budget=st.integers(1, 30), method=st.sampled_from(METHODS))
def test_any_str_is_summarized_without_error(text: str, n: int, budget: int, method: str) -> None:
    for summary in (summarize(text, sentences=n, method=method), summarize(text, words=budget, method=method, diversity=0.5)):
        for s in summary.sentences:
            assert text[s.start : s.end] == s.text
    assert sum(len(newsnlp.words(s.text)) for s in summarize(text, words=budget).sentences) <= budget


def _cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    _cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_cli_process_returns_the_contract() -> None:
    out = _cli.process(SPORT_ARTICLE, _cli_args("--sentences", "2", "--method", "lead"), {"id": "a1"})
    assert [s["index"] for s in out["summary"]] == [0, 1]
    assert set(out["summary"][0]) == {"index", "start", "end", "text", "score"}
    out = _cli.process(BUDGET_ARTICLE, _cli_args("--words", "40"), {"title": "Bridge repair approved"})
    assert sum(len(newsnlp.words(s["text"])) for s in out["summary"]) <= 40
    assert len(_cli.process(SPORT_ARTICLE, _cli_args(), {})["summary"]) == 3


def test_cli_budgets_are_mutually_exclusive() -> None:
    with pytest.raises(SystemExit):
        _cli_args("--sentences", "2", "--words", "30")


def test_newsnlp_summarize_command_writes_one_object_per_article() -> None:
    import json
    import subprocess
    import sys

    lines = "\n".join(
        json.dumps(r)
        for r in ({"id": "sport", "text": SPORT_ARTICLE}, {"id": "bridge", "title": "Bridge repair", "text": BUDGET_ARTICLE})
    )
    out = subprocess.run(
        [sys.executable, "-m", "newsnlp", "summarize", "--sentences", "2", "--method", "lead"],
        input=lines, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    records = [json.loads(line) for line in out]
    assert [r["id"] for r in records] == ["sport", "bridge"]
    assert [s["index"] for s in records[0]["summary"]] == [0, 1]
    first = records[1]["summary"][0]
    assert BUDGET_ARTICLE[first["start"] : first["end"]] == first["text"]


def test_characters_that_grow_when_lower_cased_keep_offsets_right() -> None:
    # "İ".lower() is two characters long, which shifts a lower-cased copy of the text.
    text = "İstanbul hosted the summit on Monday. Leaders met for six hours. İzmir sent a delegation too."
    summary = summarize(text, sentences=2, method="textrank")
    assert len(summary.sentences) == 2
    assert all(text[s.start : s.end] == s.text for s in summary.sentences)
    assert Document(text).word_counts == [len(newsnlp.words(s.text)) for s in newsnlp.sentences(text)]
