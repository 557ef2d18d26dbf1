"""numpy and pure-Python paths pick the same sentences; the trained ranker's weights are plain JSON."""

from __future__ import annotations

import importlib
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp import _compat
from newsnlp._datafile import ModelFileError, unseal
from newsnlp.summarize import FEATURES, Document, TrainedRanker, available_rankers, summarize
from newsnlp.summarize import _graph

from test_summarize import BUDGET_ARTICLE, REPEATED, SPORT_ARTICLE

TECH_ARTICLE = """A software flaw in a popular home router lets attackers take control of the device remotely, security researchers warned on Thursday.

The researchers, from a university lab in Leeds, said about two million routers sold since 2021 were affected. The manufacturer has released a fix, but owners must install it by hand.

"Most people never update their router," said Dr Priya Nair, who led the study. She urged users to check the maker's website.

The company said it had no evidence the flaw had been used in attacks. It thanked the researchers for reporting the problem privately.

Regulators in Britain and Germany said they were looking into the case. A new European law will soon require automatic security updates for connected devices.

Analysts said the episode showed how slowly household gadgets are patched compared with phones and laptops."""

TEXTS = [BUDGET_ARTICLE, SPORT_ARTICLE, REPEATED, TECH_ARTICLE, BUDGET_ARTICLE + "\n\n" + TECH_ARTICLE]
BUDGETS = [{"sentences": 1}, {"sentences": 3}, {"words": 50}, {"ratio": 0.4}]


def _real_numpy():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("numpy")
    except ImportError:
        pytest.skip("numpy is not installed here, so there is no numpy path to compare with")


def _picks(monkeypatch: pytest.MonkeyPatch, numpy_module: object) -> list:
    monkeypatch.setattr(_graph, "_np", lambda n: numpy_module)
    out = []
    for text in TEXTS:
        for method in available_rankers():
            for budget in BUDGETS:
                for diversity in (0.0, 0.3):
                    s = summarize(text, method=method, diversity=diversity, **budget)
                    out.append(((method, str(budget), diversity), [x.index for x in s], [x.score for x in s]))
    return out


def test_numpy_and_pure_python_paths_pick_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    numpy = _real_numpy()
    with_numpy = _picks(monkeypatch, numpy)
    pure = _picks(monkeypatch, None)
    assert len(with_numpy) == len(pure) == len(TEXTS) * len(available_rankers()) * len(BUDGETS) * 2
    for (key, idx_np, sc_np), (_, idx_py, sc_py) in zip(with_numpy, pure):
        assert idx_np == idx_py, key
        assert sc_np == pytest.approx(sc_py, rel=1e-9, abs=1e-12), key


def test_similarity_and_pagerank_agree_between_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    numpy = _real_numpy()
    doc = Document(TECH_ARTICLE)
    results = {}
    for name, module in (("numpy", numpy), ("pure", None)):
        monkeypatch.setattr(_graph, "_np", lambda n, module=module: module)
        cos = _graph.cosine_matrix(doc.tfidf(), len(doc.vocabulary))
        bm = _graph.bm25_matrix(doc.term_ids, len(doc.vocabulary))
        results[name] = (cos, bm, _graph.pagerank(bm))
    for matrix in (0, 1):
        for row_np, row_py in zip(results["numpy"][matrix], results["pure"][matrix]):
            assert row_np == pytest.approx(row_py, abs=1e-12)
    assert results["numpy"][2] == pytest.approx(results["pure"][2], abs=1e-12)
    assert sum(results["pure"][2]) == pytest.approx(1.0)


def _dense_pagerank(weights: list, damping: float = _graph.DAMPING) -> list:
    """The pure-Python power iteration over full columns, zeros included (the reference)."""
    from operator import mul, sub

    n = len(weights)
    sums = [sum(row) for row in weights]
    columns = [[weights[i][j] / sums[i] if sums[i] > 0 else 0.0 for i in range(n)] for j in range(n)]
    dangling = [i for i in range(n) if sums[i] <= 0]
    total = sum(sums)
    r = [x / total for x in sums] if total > 0 else [1.0 / n] * n
    for _ in range(_graph.MAX_ITERATIONS):
        spread = sum(r[i] for i in dangling) / n
        base = (1.0 - damping) / n + damping * spread
        nxt = [base + damping * sum(map(mul, r, col)) for col in columns]
        done = sum(map(abs, map(sub, nxt, r))) < _graph.TOLERANCE
        r = nxt
        if done:
            break
    return r


_cells = st.one_of(st.just(0.0), st.just(0.0), st.floats(0.0, 1.0, allow_nan=False))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9).flatmap(lambda n: st.lists(st.lists(_cells, min_size=n, max_size=n), min_size=n, max_size=n)))
def test_pure_pagerank_over_non_zero_cells_equals_the_full_columns(weights: list) -> None:
    original = _graph._np
    _graph._np = lambda n: None  # the pure-Python path, whatever this environment has
    try:
        assert _graph.pagerank(weights) == _dense_pagerank(weights)
    finally:
        _graph._np = original


@settings(max_examples=200, deadline=None)
@given(st.floats(0.0, 1.0, allow_nan=False), st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=1, max_size=6))
def test_lexrank_threshold_rounds_only_near_the_threshold_with_the_same_result(t: float, row: list) -> None:
    near = [t, t + 4e-13, t - 4e-13, t + 6e-13, t - 6e-13] + row
    low, high = t - 1e-11, t + 1e-11
    fast = [w if w >= high else 0.0 if w < low else w if round(w, 12) >= t else 0.0 for w in near]
    assert fast == [w if round(w, 12) >= t else 0.0 for w in near]


def test_shipped_weights_are_sealed_json_for_the_current_features() -> None:
    raw = resources.files("newsnlp").joinpath("data/summarize/trained.json").read_text("utf-8")
    doc = json.loads(raw)
    assert (doc["format"], doc["format_version"]) == ("newsnlp.summarize.trained", 3)
    data = unseal(doc, "newsnlp.summarize.trained", (3,))
    assert data["features"] == list(FEATURES)
    assert len(data["coef"]) == len(data["mean"]) == len(data["scale"]) == len(FEATURES)
    assert "provenance" in data
    ranker = TrainedRanker.default()
    assert ranker.length_exponent == data["params"]["length_exponent"]


def test_a_tampered_weights_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    TrainedRanker.default().save(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["payload"]["coef"][0] += 1.0
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelFileError, match="checksum mismatch"):
        TrainedRanker.load(path)


def test_weights_survive_a_save_and_load_round_trip(tmp_path: Path) -> None:
    ranker = TrainedRanker.default()
    path = tmp_path / "weights.json"
    ranker.save(path, note="round trip")
    again = TrainedRanker.load(path)
    doc = Document(BUDGET_ARTICLE)
    assert again.score(doc) == ranker.score(doc)
    assert summarize(BUDGET_ARTICLE, method=again).sentences == summarize(BUDGET_ARTICLE, method="trained").sentences


def test_loading_something_else_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "other/9"}')
    with pytest.raises(ModelFileError, match="expected 'newsnlp.summarize.trained'"):
        TrainedRanker.load(path)
    with pytest.raises(ModelFileError, match="not trained-ranker weights"):
        TrainedRanker.from_dict({"coef": [1.0]})
    with pytest.raises(ValueError, match="not fitted"):
        TrainedRanker().score(Document(SPORT_ARTICLE))


def test_fit_learns_from_articles_and_their_extracts() -> None:
    if not _compat.have("sklearn"):
        pytest.skip("fitting is a scikit-learn estimator; inference is tested in both modes")
    texts = [BUDGET_ARTICLE, SPORT_ARTICLE, TECH_ARTICLE, REPEATED]
    refs = ["\n".join(s.text for s in summarize(t, sentences=2, method="lead")) for t in texts]
    ranker = TrainedRanker(C=10.0, length_exponent=0.0).fit(texts, refs)
    assert hasattr(ranker, "coef_") and len(ranker.coef_) == len(FEATURES)
    # Trained on lead extracts, it learns that position matters most ...
    assert ranker.coef_[FEATURES.index("position")] < 0 < ranker.coef_[FEATURES.index("inverse_position")]
    # ... and picks the opening of an article it has not seen.
    unseen = BUDGET_ARTICLE + "\n\n" + REPEATED
    assert [s.index for s in summarize(unseen, sentences=2, method=ranker)] == [0, 1]
    with pytest.raises(ValueError, match="one reference per article"):
        TrainedRanker().fit(texts, refs[:2])
    with pytest.raises(TypeError, match="not a single str"):
        TrainedRanker().fit(BUDGET_ARTICLE, refs[0])  # type: ignore[arg-type]


def test_linear_time_degree_equals_the_row_sums_of_the_bm25_graph() -> None:
    for text in TEXTS:
        doc = Document(text)
        matrix = _graph.bm25_matrix(doc.term_ids, len(doc.vocabulary))
        assert doc.degree() == pytest.approx([sum(row) for row in matrix], rel=1e-12)


def _dense_count_graph(runs):  # type: ignore[no-untyped-def]
    """The count-vector graph built the plain way: full cosine matrix, then walk steps."""
    n = len(runs)
    vectors = [{w: float(ws.count(w)) for w in set(ws)} for ws in runs]
    norms = [sum(x * x for x in v.values()) ** 0.5 or 1.0 for v in vectors]
    sim = [
        [0.0 if i == j else sum(x * vectors[j].get(w, 0.0) for w, x in vectors[i].items()) / (norms[i] * norms[j])
         for j in range(n)]
        for i in range(n)
    ]
    degree = [sum(row) for row in sim]
    total = sum(degree)
    r = [d / total for d in degree]
    for _ in range(_graph.COUNT_RANK_STEPS):
        spread = sum(r[i] for i in range(n) if degree[i] < 1e-12) / n
        r = [(1 - _graph.DAMPING) / n + _graph.DAMPING * spread
             + _graph.DAMPING * sum(r[i] * sim[i][j] / degree[i] for i in range(n) if degree[i] >= 1e-12)
             for j in range(n)]
    return degree, r


def test_linear_time_count_graph_equals_the_dense_walk() -> None:
    from newsnlp.summarize._document import _letter_runs, _lowered

    for text in TEXTS + ["Rain fell. Sun shone. Rain, rain, rain fell again."]:
        doc = Document(text)
        runs = _letter_runs(_lowered(doc.text), doc.sentences)
        degree, rank = doc.count_graph()
        dense_degree, dense_rank = _dense_count_graph(runs)
        assert degree == pytest.approx(dense_degree, abs=1e-12)
        assert rank == pytest.approx(dense_rank, abs=1e-12)
        assert sum(rank) == pytest.approx(1.0)


def test_count_graph_leaves_out_function_words_but_keeps_said() -> None:
    from newsnlp.summarize._document import function_words

    doc = Document("The mayor said the plan will work. It said nothing about them.")
    words = function_words()
    assert {"the", "will", "it", "about", "them"} <= words and not {"said", "would", "us"} & words
    degree, _ = doc.count_graph()
    # the sentences share "said" only: cosine 1 / (sqrt(4) * sqrt(2))
    assert degree == pytest.approx([1 / (2 * 2 ** 0.5)] * 2)


def test_words_are_the_same_when_lower_casing_changes_the_text_length() -> None:
    # "İ" grows when lower-cased, so sentence offsets no longer index the lowered text:
    # each sentence is then lowered on its own, with the same words.
    plain = Document("The mayor didn’t sign. Critics said the plan fails.")
    grown = Document("İzmir voted. The mayor didn’t sign. Critics said the plan fails.")
    assert grown._lowered is None and plain._lowered is not None
    assert grown.terms[1:] == plain.terms and grown.word_counts[1:] == plain.word_counts
    assert plain.terms[0] == ["mayor", "didn't", "sign"]


# -- the byte-table tokenisers give exactly what their regexes find ---------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TOKEN_ALPHABET = st.sampled_from(
    list("abcXYZ09 '-.,\n\t_") + ["\u2019", "\u201c", "\u00e9", "\u00c9", "\u00df", "\u00b2", "\u0141", "\u0130",
                                   "\u4e09", "\u2014", "\u00a0", "\u00bd", "\u0663", "''", "--", "'s"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN_ALPHABET, max_size=60).map("".join))
def test_fast_tokenisers_equal_their_regexes(text: str) -> None:
    from newsnlp.summarize import _document as d

    doc = Document(text)
    lowered = d._lowered(text)
    assert doc._tokens == d._by_sentence(d._WORD, lowered, doc.sentences)
    assert doc.word_counts == [len(ws) for ws in doc._tokens]
    skip = d.function_words()
    assert doc.runs() == [[w for w in ws if w not in skip] for ws in d._by_sentence(d._LETTERS, lowered, doc.sentences)]
    assert Document(text).run_counts() == _graph.word_counts(doc.runs())  # counted without the lists


def test_bm25_degree_of_the_word_graph_equals_the_row_sums_of_its_matrix() -> None:
    # the BM25 centrality feature: word_graph's BM25 degree over the graph words
    for text in TEXTS:
        doc = Document(text)
        vocabulary: dict = {}
        ids = [[vocabulary.setdefault(w, len(vocabulary)) for w in ws] for ws in doc.runs()]
        matrix = _graph.bm25_matrix(ids, len(vocabulary))
        assert doc.word_graph().bm25_degree == pytest.approx([sum(row) for row in matrix], rel=1e-12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aB É\u00df \u00a0\t\n.!?\"'1") + ["\u201c", "\u0141", "\u2009", "Mr. ", "The "]),
                max_size=60).map("".join))
def test_capitals_from_byte_classes_equal_the_per_sentence_count(text: str) -> None:
    from newsnlp.summarize._features import _capitals, _capitals_of

    doc = Document(text)
    from newsnlp.summarize._features import _classes

    assert _capitals_of(doc, _classes(text)) == [_capitals(s.text) for s in doc.sentences]


def test_weights_of_an_older_feature_version_are_refused_with_advice(tmp_path: Path) -> None:
    # version 2 computed the centrality feature over stemmed terms; version 3 over the graph words
    from newsnlp._datafile import write_model

    path = tmp_path / "old.json"
    write_model(path, "newsnlp.summarize.trained", 2, TrainedRanker.default().to_dict())
    with pytest.raises(ModelFileError, match="format version 2 is not supported.*refit them with TrainedRanker.fit"):
        TrainedRanker.load(path)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["rain", "sun", "city", "vote", "fell", "rose"]), max_size=6), max_size=8))
def test_word_graph_equals_the_full_matrices(runs) -> None:  # type: ignore[no-untyped-def]
    # any sentences of words, with repeats, empty sentences and sentences sharing nothing
    counts = _graph.word_counts(runs)
    graph = _graph.word_graph(counts)
    if not runs:
        assert graph == ([], [], [])
        return
    # texts up to DENSE_GRAPH_SENTENCES long build the matrix, longer ones go through word totals
    linear = _graph.word_graph(counts, dense_max=-1)
    for a, b in zip(graph, linear):
        assert a == pytest.approx(b, abs=1e-12)
    if any(set(a) & set(b) for i, a in enumerate(runs) for b in runs[i + 1 :]):
        degree, rank = _dense_count_graph(runs)
        assert graph.degree == pytest.approx(degree, abs=1e-12)
        assert graph.rank == pytest.approx(rank, abs=1e-12)
    else:  # no edges: no degree, uniform rank
        assert graph.degree == [0.0] * len(runs)
        assert graph.rank == pytest.approx([1.0 / len(runs)] * len(runs))
    vocabulary: dict = {}
    ids = [[vocabulary.setdefault(w, len(vocabulary)) for w in ws] for ws in runs]
    matrix = _graph.bm25_matrix(ids, len(vocabulary))
    assert graph.bm25_degree == pytest.approx([sum(row) for row in matrix], rel=1e-12, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab 1. \"\u00ab\u00bb'9\n") + ["\u201c", "\u201d", "Ok. ", "7 "]), max_size=50).map("".join))
def test_quote_and_digit_features_from_byte_classes(text: str) -> None:
    from newsnlp.summarize._features import FEATURES, feature_columns

    doc = Document(text)
    columns = dict(zip(FEATURES, feature_columns(doc)))
    marks = set("\"\u201c\u201d\u00ab\u00bb")
    assert columns["quote"] == [1.0 if marks & set(s.text) else 0.0 for s in doc.sentences]
    assert columns["numbers"] == [min(sum(c in "0123456789" for c in s.text), 10) / 10 for s in doc.sentences]


def _exactly(graph: object) -> str:
    return repr(tuple(graph))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(["rain", "sun", "city", "vote", "fell", "rose", "a-b", "x"]), max_size=9), max_size=12),
    st.sampled_from([-1, 0, 3, 64]),
)
def test_numpy_word_graph_is_bit_identical_to_the_loops(runs, dense_max) -> None:  # type: ignore[no-untyped-def]
    # the same floats to the last bit, dense and linear, with repeats, empty and isolated sentences
    np = _real_numpy()
    from newsnlp.summarize import _graph_np

    counts = _graph.word_counts(runs)
    if not counts:
        return
    expected = _graph._word_graph_loops(counts, 1.2, 0.75, dense_max)
    assert _exactly(_graph_np.word_graph(np, counts, 1.2, 0.75, dense_max)) == _exactly(expected)


def test_numpy_word_graph_is_bit_identical_on_articles() -> None:
    np = _real_numpy()
    from newsnlp.summarize import _graph_np

    for text in TEXTS + [" ".join(TEXTS) * 3]:
        counts = Document(text).run_counts()
        for dense_max in (-1, _graph.DENSE_GRAPH_SENTENCES, 10**6):
            expected = _graph._word_graph_loops(counts, 1.2, 0.75, dense_max)
            assert _exactly(_graph_np.word_graph(np, counts, 1.2, 0.75, dense_max)) == _exactly(expected)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab É\u00a0'\n") + ["\u2019", "\u201c", "\u2014", "\u2026", "\u0141", "\u2009", "\u212a", "\u00b2"]), max_size=40).map("".join))
def test_wide_characters_are_the_text_s_characters_beyond_latin_1_but_common_punctuation(text: str) -> None:
    from newsnlp.summarize._document import _COMMON_WIDE, _WIDE_WORD_CHAR, wide_characters

    assert sorted(wide_characters(text)) == sorted({ch for ch in text if ord(ch) > 255} - set(_COMMON_WIDE))
    # what the callers ask of them is unchanged by leaving the common punctuation out
    assert not any(ch.isalpha() or ch.isspace() or _WIDE_WORD_CHAR.match(ch) for ch in _COMMON_WIDE)
