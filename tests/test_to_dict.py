"""Every result type's ``to_dict`` is ``dataclasses.asdict`` written out: same keys, key order and values.

The ``to_dict`` methods build their dicts by hand because ``asdict`` deep-copies
field by field and ``analyze_many`` converts hundreds of results per article.
These tests hold the hand-written dicts to the ``asdict`` walk (every field, in
field order, tuples as lists) plus the few documented changes of shape, so that
a field added to a result type cannot go missing from its JSON.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Set

import pytest

from newsnlp import analyze, tokenize
from newsnlp.people import Descriptor, Person, find_people
from newsnlp.pipeline import Analysis, AnalysisError
from newsnlp.quotes import Cue, Quote, Speaker
from newsnlp.stance import Official
from newsnlp.stance._report import Balance, StanceQuote, StanceReport
from newsnlp.summarize import ScoredSentence, Summary
from newsnlp.text import Sentence, Token

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (ROOT / "examples" / "sample_articles.jsonl").read_text("utf-8").splitlines()
ARTICLES = [json.loads(line)["text"] for line in SAMPLES]
ARTICLES.append((ROOT / "examples" / "sample_article.txt").read_text("utf-8"))


def _mentions_last(d: Dict[str, Any]) -> Dict[str, Any]:
    d["mentions"] = d.pop("mentions")
    return d


def _level_with_the_speaker(d: Dict[str, Any]) -> Dict[str, Any]:
    level = d.pop("level")
    if d["speaker"] is not None:
        d["speaker"]["level"] = level
    d["side_score"] = round(d["side_score"], 4)
    return d


def _pairs_as_dicts(d: Dict[str, Any]) -> Dict[str, Any]:
    d["quotes"], d["words"] = dict(d["quotes"]), dict(d["words"])
    d["word_share"] = {side: round(share, 4) for side, share in d["word_share"]}
    return d


# The documented JSON shapes that differ from the fields: an official's mentions come last; a stance
# quote's level sits in its speaker and its score is rounded; the balance's (side, value) pairs are
# dicts; a summary's sentences are under "summary", after "method".
RESHAPE: Dict[type, Callable[[Dict[str, Any]], Dict[str, Any]]] = {
    Official: _mentions_last,
    StanceQuote: _level_with_the_speaker,
    Balance: _pairs_as_dicts,
    Summary: lambda d: {"method": d["method"], "summary": d["sentences"]},
}
TYPES: Set[type] = {Sentence, Token, Cue, Speaker, Quote, Official, StanceQuote, Balance, StanceReport, ScoredSentence,
         Summary, Analysis, AnalysisError, Person, Descriptor}


def reference(x: Any) -> Any:
    """What ``to_dict`` must give: ``asdict``'s walk over the fields, with tuples as lists and ``RESHAPE``."""
    if isinstance(x, (list, tuple)):
        return [reference(y) for y in x]
    if not dataclasses.is_dataclass(x):
        return x
    d = {f.name: reference(getattr(x, f.name)) for f in dataclasses.fields(x)}
    return RESHAPE.get(type(x), lambda d: d)(d)


def walk(x: Any) -> Iterator[Any]:
    """The dataclasses in ``x``: itself and the ones nested in it."""
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from walk(y)
    elif dataclasses.is_dataclass(x):
        yield x
        for f in dataclasses.fields(x):
            yield from walk(getattr(x, f.name))


def results() -> Iterator[Any]:
    """Every dataclass in the results of the sample articles, nested ones included."""
    for i, text in enumerate(ARTICLES):
        yield from walk(analyze(text, title="Sanctuary cities and the federal government", id=i))
        yield from walk(tokenize(text))
        for person in find_people(text):
            yield person
            yield person.descriptor
    yield AnalysisError("bad", "no text")
    # the optional parts left out, which the sample articles always fill
    text = "“We will not comply.”"
    yield Quote(text[1:-1], 1, 20, ((1, 20),), "direct", None, 0, None)
    yield StanceQuote(text[1:-1], 1, 20, "direct", None, None, "neutral", 0.61803)


RESULTS: List[Any] = list(results())


def test_the_results_hold_every_result_type_with_and_without_a_speaker() -> None:
    assert {type(x) for x in RESULTS} == TYPES
    for cls in (Quote, StanceQuote):
        speakers = [x.speaker for x in RESULTS if type(x) is cls]
        assert None in speakers and any(s is not None for s in speakers), cls


def test_the_reference_is_asdict_for_the_types_whose_json_has_their_fields() -> None:
    plain = [x for x in RESULTS if not any(type(y) in RESHAPE for y in walk(x))]
    assert {type(x) for x in plain} == TYPES - {Official, StanceQuote, Balance, StanceReport, Summary, Analysis}
    for x in plain:
        assert reference(x) == json.loads(json.dumps(dataclasses.asdict(x))), type(x)


@pytest.mark.parametrize("cls", sorted(TYPES, key=str), ids=[c.__name__ for c in sorted(TYPES, key=str)])
def test_to_dict_has_the_keys_order_and_values_of_asdict(cls: type) -> None:
    instances: List[Any] = [x for x in RESULTS if type(x) is cls]
    for x in instances:
        d = x.to_dict()
        assert d == reference(x)
        # byte for byte without sort_keys: the key order is part of the output (JSONL, the CLI)
        assert json.dumps(d, ensure_ascii=False) == json.dumps(reference(x), ensure_ascii=False)
