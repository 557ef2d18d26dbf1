"""analyze() and analyze_many(): one reading per article, in order, on one core or many."""

from __future__ import annotations

import importlib
import io
import itertools
import json
import os
from pathlib import Path
from typing import Any, Iterator, List

import pytest

import newsnlp
from newsnlp import _compat
from newsnlp._progress import Progress, wants_progress
from newsnlp.pipeline import Analysis, AnalysisError, analyze, analyze_many, capabilities, rows, to_pandas
from newsnlp.pipeline import _many

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [json.loads(line) for line in (ROOT / "examples" / "sample_articles.jsonl").read_text("utf-8").splitlines()]
ARTICLE = (ROOT / "examples" / "sample_article.txt").read_text("utf-8")
QUOTE = "“Our officers are not immigration agents,” Mayor Elena Vargas said. Attorney General Jeff Sessions disagreed."


def dumps(results: Any) -> List[str]:
    return [json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) for r in results]


class _KillsWorker(str):
    """An article text that kills the process that unpickles it (a worker crashing mid-run)."""

    def __reduce__(self) -> Any:
        return (os._exit, (17,))


def test_analyze_gives_each_capability_result_once() -> None:
    a = analyze(ARTICLE, title="Border city rejects federal demand over jail data")
    assert isinstance(a, Analysis) and a.ok
    assert list(a.sentences) == newsnlp.sentences(ARTICLE)
    assert list(a.quotes) == newsnlp.extract_quotes(ARTICLE)
    assert list(a.officials) == newsnlp.find_officials(ARTICLE)
    assert all(ARTICLE[q.start : q.end] == q.text for q in a.quotes)
    caps = capabilities()
    assert (a.summary is not None) == caps["summary"]
    assert (a.stance is not None) == caps["stance"]
    if caps["summary"]:
        from newsnlp.summarize import summarize

        assert a.summary == summarize(ARTICLE, title=a.title)
    if caps["stance"]:
        from newsnlp.stance import detect_stance

        assert a.stance.to_dict() == detect_stance(ARTICLE).to_dict()


def test_analyze_finds_sentences_quotes_and_officials_once_and_the_stance_step_reuses_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not capabilities()["stance"]:
        pytest.skip("no stance capability in this installation")
    import newsnlp.pipeline._analysis as analysis
    import newsnlp.stance._report as report

    calls: List[str] = []

    def counted(name: str, func: Any) -> Any:
        def wrapper(*args: Any) -> Any:
            calls.append(name)
            return func(*args)
        return wrapper

    def forbidden(*args: Any) -> Any:
        raise AssertionError("a later step searched the text again")

    for name, here in (("sentences", "sentences"), ("extract_quotes", "_extract_quotes"),
                       ("find_officials", "find_officials")):
        monkeypatch.setattr(analysis, here, counted(name, getattr(analysis, here)))
        monkeypatch.setattr(report, name, forbidden)
    monkeypatch.setattr(importlib.import_module("newsnlp.quotes._extract"), "sentences", forbidden)
    a = analyze(ARTICLE)
    assert sorted(calls) == ["extract_quotes", "find_officials", "sentences"]
    assert set(capabilities()["stance_reuses"]) == {"sentences", "quotes", "officials"}
    monkeypatch.undo()
    assert a.stance.to_dict() == newsnlp.detect_stance(ARTICLE).to_dict()
    assert a.stance.officials == a.officials


def test_a_quoted_mayor_and_a_federal_official_are_read_together() -> None:
    a = analyze(QUOTE)
    assert [(q.text, q.speaker.name) for q in a.quotes] == [("Our officers are not immigration agents,", "Elena Vargas")]
    named = [(o.name, o.level) for o in a.officials if o.name]
    assert named == [("Elena Vargas", "local"), ("Jeff Sessions", "federal")]


def test_to_dict_is_plain_json_with_offsets_into_the_text() -> None:
    a = analyze(QUOTE, id="x1", title="T")
    d = json.loads(json.dumps(a.to_dict()))
    assert d["id"] == "x1" and d["title"] == "T"
    assert set(d) == {"id", "title", "sentences", "summary", "quotes", "officials", "stance"}
    assert [QUOTE[s["start"] : s["end"]] for s in d["sentences"]] == [s["text"] for s in d["sentences"]]
    assert AnalysisError("b", "broken").to_dict() == {"id": "b", "error": "broken"}


def test_analyze_says_what_to_do_with_bytes() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        analyze(b"Mayor Jane Doe spoke.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="title must be a str"):
        analyze("Text.", title=3)  # type: ignore[arg-type]


def test_an_empty_article_has_nothing_in_it() -> None:
    a = analyze("")
    assert (a.sentences, a.quotes, a.officials) == ((), (), ())


def test_results_come_in_input_order_with_error_records_in_place() -> None:
    items = ["Gov. Jerry Brown spoke.", {"id": "b", "text": QUOTE, "title": "Jail data"}, {"id": "c"}, 42,
             {"id": "d", "text": b"bytes"}, {"text": "Mayor Jane Doe left."}]
    out = list(analyze_many(items, progress=False))
    assert [r.id for r in out] == [0, "b", "c", 3, "d", 5]
    assert [r.ok for r in out] == [True, True, False, False, False, True]
    assert out[1].title == "Jail data"
    assert 'no "text" field' in out[2].error and "got int" in out[3].error
    assert dumps([out[1]]) == dumps([analyze(QUOTE, title="Jail data", id="b")])


def test_a_failing_article_becomes_an_error_record_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _many.analyze

    def flaky(text: str, **kw: Any) -> Analysis:
        if "boom" in text:
            raise RuntimeError("boom inside a capability")
        return real(text, **kw)

    monkeypatch.setattr(_many, "analyze", flaky)
    out = list(analyze_many(["Mayor Jane Doe spoke.", "boom", "Gov. Jerry Brown left."], progress=False))
    assert [r.ok for r in out] == [True, False, True]
    assert "RuntimeError: boom inside a capability" in out[1].error


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_input_is_consumed_lazily(n_jobs: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Mayor Jane Doe spoke on day {i}."

    results = analyze_many(endless(), n_jobs=n_jobs, batch_size=1, progress=False)
    first = list(itertools.islice(results, 3))
    results.close()
    assert [r.id for r in first] == [0, 1, 2]
    # At most one wave of chunks is in flight, however long the input.
    assert pulled <= max(3, _many._CHUNKS_PER_WORKER * n_jobs) + 1


def test_two_processes_give_byte_identical_results() -> None:
    one = dumps(analyze_many(SAMPLES, n_jobs=1, progress=False))
    two = dumps(analyze_many(SAMPLES, n_jobs=2, batch_size=2, progress=False))
    assert one == two and len(one) == len(SAMPLES)


def test_results_pickle_as_constructor_arguments_and_come_back_equal() -> None:
    import dataclasses
    import pickle
    import pickletools

    from newsnlp._reduce import reduce_by_fields

    results = [analyze(ARTICLE, title="A title", id=0), analyze(QUOTE, id=1), AnalysisError("bad", "no text")]
    packed = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(packed)
    assert back == results and dumps(back) == dumps(results)
    # Every dataclass in a result is written as cls(*fields), never as a field-by-field state
    # (a BUILD opcode), and every one of them lists all its fields, in order, as __init__ arguments.
    assert "BUILD" not in {op.name for op, _, _ in pickletools.genops(packed)}
    seen = set()

    def walk(obj: Any) -> None:
        if dataclasses.is_dataclass(obj):
            seen.add(type(obj))
            for f in dataclasses.fields(obj):
                walk(getattr(obj, f.name))
        elif isinstance(obj, (list, tuple)):
            for x in obj:
                walk(x)

    walk(results)
    assert len(seen) >= 10
    for cls in seen:
        assert cls.__reduce__ is reduce_by_fields, cls
        assert cls.__match_args__ == tuple(f.name for f in dataclasses.fields(cls)), cls


def test_processes_without_joblib_give_the_same_results(monkeypatch: pytest.MonkeyPatch) -> None:
    one = dumps(analyze_many(SAMPLES[:3], n_jobs=1, progress=False))
    real = _many.optional_import
    monkeypatch.setattr(_many, "optional_import", lambda name: None if name == "joblib" else real(name))
    runner = _many._runner(2, None)
    try:
        assert isinstance(runner, _many._FuturesRunner)
    finally:
        runner.close()
    assert dumps(analyze_many(SAMPLES[:3], n_jobs=2, batch_size=1, progress=False)) == one


def test_a_worker_that_dies_costs_only_its_article() -> None:
    items = [SAMPLES[0], {"id": "killer", "text": _KillsWorker("Mayor Jane Doe spoke.")}, SAMPLES[1], SAMPLES[2]]
    out = list(analyze_many(items, n_jobs=2, batch_size=2, progress=False))
    assert [r.id for r in out] == [SAMPLES[0]["id"], "killer", SAMPLES[1]["id"], SAMPLES[2]["id"]]
    assert [r.ok for r in out] == [True, False, True, True]
    assert "worker process died" in out[1].error
    assert dumps([out[0], out[2], out[3]]) == dumps(analyze_many([SAMPLES[0], SAMPLES[1], SAMPLES[2]], progress=False))


def test_bad_arguments_say_what_was_expected() -> None:
    with pytest.raises(ValueError, match="n_jobs"):
        analyze_many(["a"], n_jobs=0)
    with pytest.raises(ValueError, match="batch_size"):
        analyze_many(["a"], batch_size=0)
    with pytest.raises(TypeError, match="use analyze"):
        analyze_many("one article")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="progress"):
        wants_progress("sometimes", io.StringIO())


def test_progress_is_off_when_not_a_terminal_unless_asked() -> None:
    quiet = io.StringIO()
    with Progress(True, stream=quiet, use_tqdm=False) as bar:
        bar.update(5)
    assert quiet.getvalue() == ""
    loud = io.StringIO()
    with Progress("always", stream=loud, use_tqdm=False) as bar:
        bar.update(2)
        bar.update(3)
    assert loud.getvalue().splitlines()[-1] == "newsnlp: 5 articles"


@pytest.mark.skipif(not _compat.have("tqdm"), reason="tqdm not installed")
def test_progress_uses_tqdm_when_installed() -> None:
    out = io.StringIO()
    with Progress("always", stream=out) as bar:
        bar.update(4)
    assert "4 articles" in out.getvalue()


def test_rows_flatten_articles_quotes_and_officials() -> None:
    results = list(analyze_many(SAMPLES[:2] + [{"id": "bad"}], progress=False))
    arts = list(rows(results))
    assert [r["id"] for r in arts] == [SAMPLES[0]["id"], SAMPLES[1]["id"], "bad"]
    assert arts[0]["quotes"] == len(results[0].quotes) and arts[2]["error"]
    quotes = list(rows(results, "quotes"))
    assert len(quotes) == len(results[0].quotes) + len(results[1].quotes)
    assert {"id", "speaker", "level", "side", "text"} <= set(quotes[0])
    with pytest.raises(ValueError, match="table must be"):
        rows(results, "people")


@pytest.mark.skipif(_compat.optional_import("pandas") is None, reason="pandas not installed")
def test_to_pandas_builds_a_frame_per_table() -> None:
    results = list(analyze_many(SAMPLES, progress=False))
    df = to_pandas(results)
    assert list(df["id"]) == [s["id"] for s in SAMPLES]
    officials = to_pandas(results, "officials")
    assert set(officials["level"].dropna()) <= {"federal", "state", "local", "other"}


def test_the_summary_step_reuses_analyzes_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    if not capabilities()["summary"]:
        pytest.skip("no summarize capability in this installation")
    document = importlib.import_module("newsnlp.summarize._document")  # newsnlp.summarize is also the function

    def forbidden(text: str) -> Any:
        raise AssertionError("the summary step split the text again")

    monkeypatch.setattr(document, "sentences", forbidden)
    a = analyze(ARTICLE, title="Mayor rejects federal demand")
    assert capabilities()["summary_reuses"] == ("sentences",)
    monkeypatch.undo()
    assert a.summary == newsnlp.summarize(ARTICLE, title="Mayor rejects federal demand")
