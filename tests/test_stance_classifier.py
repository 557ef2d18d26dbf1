"""The trainable stance classifier: scikit-learn contract, pipeline, export and pure-Python inference.

All texts are written for these tests (no FNC-1 data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Iterator, List, Tuple

import pytest

from newsnlp import _compat
from newsnlp.stance import (
    ModelFormatError,
    StanceClassifier,
    StanceFeatures,
    StanceModel,
    TreeEnsemble,
    UntrustedModelError,
    from_json,
    load,
    make_stance_pipeline,
    save,
    to_json,
)
from newsnlp.stance._features import FEATURE_NAMES
from newsnlp.text import words

needs_sklearn = pytest.mark.skipif(not _compat.have("sklearn"), reason="fitting needs scikit-learn")

TOPICS = [
    ("Mayor closes the city library", "the mayor closed the city library",
     "library", "mayor"),
    ("Governor signs the water bill", "the governor signed the water bill",
     "bill", "governor"),
    ("Police chief resigns after audit", "the police chief resigned after the audit",
     "audit", "chief"),
    ("Storm floods the harbor district", "the storm flooded the harbor district",
     "harbor", "storm"),
    ("Senator quits the farm committee", "the senator quit the farm committee",
     "committee", "senator"),
    ("Council bans fireworks downtown", "the council banned fireworks downtown",
     "fireworks", "council"),
]


def _body(kind: str, claim: str, thing: str, who: str, variant: int) -> str:
    day = ["Monday", "Tuesday", "Friday"][variant % 3]
    if kind == "agree":
        return (f"Officials confirmed on {day} that {claim}. The {thing} decision was announced "
                f"in a statement, and the {who} said it was final.")
    if kind == "disagree":
        return (f"A spokesman denied on {day} that {claim}. The story about the {thing} is false, "
                f"a hoax spread online, and the {who} rejected it.")
    return (f"Reports on {day} claim that {claim}, but it is unclear whether the {thing} "
            f"story is true. The {who} could not be reached, sources said.")


def stance_data(n_variants: int = 3) -> Tuple[List[Tuple[str, str]], List[str]]:
    pairs: List[Tuple[str, str]] = []
    labels: List[str] = []
    for i, (headline, claim, thing, who) in enumerate(TOPICS):
        other = TOPICS[(i + 2) % len(TOPICS)]
        for v in range(n_variants):
            for kind in ("agree", "disagree", "discuss"):
                pairs.append((headline, _body(kind, claim, thing, who, v)))
                labels.append(kind)
            pairs.append((headline, _body("agree", other[1], other[2], other[3], v)))
            labels.append("unrelated")
    return pairs, labels


def small_pipeline(max_iter: int = 15):
    return make_stance_pipeline(
        classifier=StanceClassifier(max_iter=max_iter, min_samples_leaf=2, random_state=0)
    )


@pytest.fixture(autouse=True)
def one_openmp_thread() -> Iterator[None]:
    # Boosting on tiny data is slowed down badly by busy OpenMP threads on a shared machine.
    threadpoolctl = _compat.optional_import("threadpoolctl")
    if threadpoolctl is None or not _compat.have("sklearn"):
        yield
        return
    with threadpoolctl.threadpool_limits(limits=1, user_api="openmp"):
        yield


# --- the scikit-learn contract ------------------------------------------------------------


@needs_sklearn
def test_stance_classifier_passes_check_estimator_with_the_checks_running() -> None:
    from sklearn.utils.estimator_checks import check_estimator

    # max_iter is lowered only to keep the ~60 fits fast; every other parameter is the default.
    results = check_estimator(StanceClassifier(max_iter=20), on_fail=None)
    failed = [(r["check_name"], r["exception"]) for r in results if r["status"] == "failed"]
    skipped = {r["check_name"] for r in results if r["status"] == "skipped"}
    passed = [r for r in results if r["status"] == "passed"]
    assert not failed, failed
    # Only checks that need software absent here may be skipped (pandas, array API).
    assert skipped <= {"check_array_api_input", "check_classifier_data_not_an_array"}, skipped
    assert len(passed) >= 50
    names = {r["check_name"] for r in passed}
    assert {"check_classifiers_train", "check_classifiers_classes", "check_fit_idempotent",
            "check_class_weight_classifiers", "check_n_features_in_after_fitting"} <= names


def test_classifier_validates_parameters_with_clear_messages() -> None:
    X, y = [[0.0], [1.0]] * 5, ["a", "b"] * 5
    if not _compat.have("sklearn"):
        with pytest.raises(ImportError, match="scikit-learn"):
            StanceClassifier().fit(X, y)
        return
    with pytest.raises(ValueError, match="max_iter must be an int >= 1, got 0"):
        StanceClassifier(max_iter=0).fit(X, y)
    with pytest.raises(ValueError, match="class_weight must be a dict, 'balanced' or None"):
        StanceClassifier(class_weight="heavy").fit(X, y)
    with pytest.raises(ValueError, match="learning_rate must be a float > 0"):
        StanceClassifier(learning_rate=-1).fit(X, y)


def test_features_validate_parameters_and_inputs() -> None:
    with pytest.raises(ValueError, match="char_ngram_range must be a pair of ints"):
        StanceFeatures(char_ngram_range=(5, 3)).fit(["Rain fell."])
    with pytest.raises(ValueError, match="lead_sentences must be an int >= 1"):
        StanceFeatures(lead_sentences=0).fit(["Rain fell."])
    with pytest.raises(TypeError, match="wrap it in a list"):
        StanceFeatures().fit("a headline, not a list")
    with pytest.raises(TypeError, match="decode bytes first"):
        StanceFeatures().fit([("Headline", b"bytes body")])


def test_features_of_an_on_topic_body_show_more_similarity_than_an_off_topic_one() -> None:
    pairs = [("City council votes to close the bridge",
              "The city council voted on Monday to close the bridge for repairs."),
             ("City council votes to close the bridge",
              "The museum opened an exhibition of Dutch paintings.")]
    feats = StanceFeatures().fit(pairs)
    on, off = feats.transform_rows(pairs)
    names = list(FEATURE_NAMES)
    for name in ("word_cosine", "char_cosine", "overlap", "sentence_cosine_max"):
        assert on[names.index(name)] > off[names.index(name)], name
    assert off[names.index("overlap")] == 0.0


def test_refuting_words_near_the_claim_are_counted() -> None:
    pairs = [("Zoo panda escaped", "The zoo denied the panda escaped. The panda escape story was a hoax."),
             ("Zoo panda escaped", "The zoo said the panda escaped on Sunday.")]
    rows = StanceFeatures().fit(pairs).transform_rows(pairs)
    i = list(FEATURE_NAMES).index("top_refute")
    assert rows[0][i] == 2.0 and rows[1][i] == 0.0  # "denied" and "hoax"


def test_refutation_and_contradiction_in_the_aligned_sentences_are_features() -> None:
    headline = "Missing hiker found alive in the canyon"
    pairs = [
        (headline, "Rescuers said the missing hiker was found dead in the canyon. "
                   "The family asked for privacy."),
        (headline, "The weather was mild. Claims that the missing hiker was found in the canyon "
                   "are not true, police said; the story was a hoax."),
        (headline, "The missing hiker was found alive in the canyon on Sunday, rescuers said."),
    ]
    rows = StanceFeatures().fit(pairs).transform_rows(pairs)
    names = list(FEATURE_NAMES)

    def col(name: str) -> List[float]:
        return [row[names.index(name)] for row in rows]

    assert col("top_antonym") == [1.0, 0.0, 0.0]  # "dead" against "alive"
    assert col("text_antonym") == [1.0, 0.0, 0.0]
    assert col("best_refute_phrase") == [0.0, 2.0, 0.0]  # "not true", "a hoax"
    assert col("best_refute") == [0.0, 1.0, 0.0]  # "hoax"
    assert col("best_negation") == [0.0, 1.0, 0.0]
    assert col("best_negation_differs") == [0.0, 1.0, 0.0]
    assert col("aligned_negated") == [0.0, 1.0, 0.0]
    assert col("near_negation_log")[1] > 0 and col("near_negation_log")[2] == 0
    # "hoax" is the last of the second body's tokens; the others have no refuting word.
    n_tokens = len(words(pairs[1][1]))
    assert col("first_refute_position") == [1.0, (n_tokens - 1) / n_tokens, 1.0]


def test_transform_equals_its_pure_python_rows() -> None:
    pairs, _ = stance_data(1)
    feats = StanceFeatures().fit(pairs)
    rows = feats.transform_rows(pairs)
    out = feats.transform(pairs)
    as_lists = out.tolist() if hasattr(out, "tolist") else out
    assert as_lists == rows
    assert len(rows[0]) == len(feats.get_feature_names_out()) == feats.n_features_out_


# --- the pipeline -----------------------------------------------------------------------


@needs_sklearn
def test_pipeline_learns_agree_disagree_discuss_unrelated_from_raw_pairs() -> None:
    pairs, labels = stance_data()
    pipe = small_pipeline(30).fit(pairs, labels)
    assert list(pipe.classes_) == ["agree", "disagree", "discuss", "unrelated"]
    assert pipe.score(pairs, labels) >= 0.9


@needs_sklearn
def test_predicting_before_fit_raises_not_fitted_error() -> None:
    from sklearn.exceptions import NotFittedError

    pairs, _ = stance_data(1)
    with pytest.raises(NotFittedError):
        small_pipeline().predict(pairs)
    with pytest.raises(NotFittedError):
        StanceFeatures().transform(pairs)
    with pytest.raises(NotFittedError):
        StanceClassifier().predict([[0.0] * len(FEATURE_NAMES)])


@needs_sklearn
def test_clone_gives_an_unfitted_pipeline_with_the_same_parameters() -> None:
    from sklearn.base import clone

    pairs, labels = stance_data(1)
    pipe = small_pipeline().fit(pairs, labels)
    copy = clone(pipe)
    assert copy.get_params()["classifier__max_iter"] == 15
    assert not hasattr(copy.named_steps["classifier"], "classes_")
    assert not hasattr(copy.named_steps["features"], "word_idf_")
    assert repr(copy.named_steps["classifier"]) == (
        "StanceClassifier(max_iter=15, min_samples_leaf=2, random_state=0)"
    )


@needs_sklearn
def test_grid_search_and_cross_val_score_work_on_raw_pairs() -> None:
    from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score

    pairs, labels = stance_data(2)
    cv = StratifiedKFold(n_splits=2, shuffle=True, random_state=0)
    grid = GridSearchCV(small_pipeline(), {"classifier__max_iter": [3, 15],
                                           "features__lead_sentences": [1, 2]}, cv=cv)
    grid.fit(pairs, labels)
    assert grid.best_params_["classifier__max_iter"] in (3, 15)
    assert len(grid.cv_results_["mean_test_score"]) == 4
    assert set(grid.predict(pairs[:4])) <= set(labels)
    scores = cross_val_score(small_pipeline(), pairs, labels, cv=cv)
    assert len(scores) == 2 and all(0.0 <= s <= 1.0 for s in scores)


@needs_sklearn
def test_refitting_replaces_the_label_set() -> None:
    pairs, labels = stance_data(1)
    pipe = small_pipeline().fit(pairs, labels)
    related = ["related" if lab != "unrelated" else "unrelated" for lab in labels]
    pipe.fit(pairs, related)
    assert list(pipe.classes_) == ["related", "unrelated"]
    assert set(pipe.predict(pairs)) <= {"related", "unrelated"}


@needs_sklearn
def test_decision_weight_shifts_the_probabilities_and_the_labels_without_new_trees() -> None:
    pairs, labels = stance_data()
    plain = small_pipeline(10).fit(pairs, labels)
    shifted = make_stance_pipeline(classifier=StanceClassifier(
        max_iter=10, min_samples_leaf=2, random_state=0, decision_weight={"disagree": 50.0},
    )).fit(pairs, labels)
    p0 = plain.predict_proba(pairs)
    p1 = shifted.predict_proba(pairs)
    w = [1.0, 50.0, 1.0, 1.0]  # classes_: agree, disagree, discuss, unrelated
    for a, b in zip(p0.tolist(), p1.tolist()):
        expected = [x * wi for x, wi in zip(a, w)]
        total = sum(expected)
        assert b == pytest.approx([e / total for e in expected], abs=1e-12)
    labels0 = [str(v) for v in plain.predict(pairs)]
    labels1 = [str(v) for v in shifted.predict(pairs)]
    assert labels1.count("disagree") > labels0.count("disagree")
    classes = list(shifted.classes_)
    assert labels1 == [classes[row.index(max(row))] for row in p1.tolist()]
    assert shifted.named_steps["classifier"].decision_weights_ == w
    assert plain.named_steps["classifier"].decision_weights_ is None


@needs_sklearn
def test_decision_weight_is_exported_and_applied_in_pure_python() -> None:
    pairs, labels = stance_data()
    pipe = make_stance_pipeline(classifier=StanceClassifier(
        max_iter=10, min_samples_leaf=2, random_state=0, decision_weight={"disagree": 50.0, "agree": 0.5},
    )).fit(pairs, labels)
    doc = json.loads(to_json(pipe))
    assert doc["payload"]["classifier"]["offsets"] == pytest.approx(
        [-0.6931471805599453, 3.912023005428146, 0.0, 0.0])
    model = from_json(to_json(pipe))
    assert model.predict(pairs) == [str(p) for p in pipe.predict(pairs)]
    for a, b in zip(pipe.predict_proba(pairs).tolist(), model.predict_proba(pairs)):
        assert a == pytest.approx(b, abs=1e-12)
    # Two classes: one logistic score, shifted by log(w1 / w0).
    related = ["unrelated" if lab == "unrelated" else "related" for lab in labels]
    binary = make_stance_pipeline(classifier=StanceClassifier(
        max_iter=10, min_samples_leaf=2, random_state=0, decision_weight={"unrelated": 3.0},
    )).fit(pairs, related)
    model = from_json(to_json(binary))
    for a, b in zip(binary.predict_proba(pairs).tolist(), model.predict_proba(pairs)):
        assert a == pytest.approx(b, abs=1e-12)


@needs_sklearn
def test_decision_weight_is_validated() -> None:
    X, y = [[0.0], [1.0]] * 5, ["a", "b"] * 5
    with pytest.raises(ValueError, match="decision_weight must be a dict or None"):
        StanceClassifier(decision_weight=2.0).fit(X, y)
    with pytest.raises(ValueError, match=r"decision_weight\['b'\] must be a finite number > 0"):
        StanceClassifier(decision_weight={"b": 0}).fit(X, y)


# --- export, loading and the pure-Python path --------------------------------------------


@needs_sklearn
def test_json_export_predicts_the_same_in_pure_python(tmp_path) -> None:
    pairs, labels = stance_data()
    pipe = small_pipeline(25).fit(pairs, labels)
    path = tmp_path / "stance.json"
    save(pipe, path)
    model = load(path)
    assert isinstance(model, StanceModel)
    unseen = [("Mayor closes the city library", "Critics said the library closure was a hoax."),
              ("Storm floods the harbor district", "It is unclear whether the harbor flooded.")]
    texts = pairs + unseen
    expected = [str(p) for p in pipe.predict(texts)]
    assert model.predict(texts) == expected
    sk_proba = pipe.predict_proba(texts)
    pure_proba = model.predict_proba(texts)
    for a, b in zip(sk_proba.tolist(), pure_proba):
        assert a == pytest.approx(b, abs=1e-12)
    clf = pipe.named_steps["classifier"]
    X = pipe.named_steps["features"].transform(texts)
    assert [str(p) for p in clf.predict_pure(X.tolist())] == expected


@needs_sklearn
def test_json_export_loads_and_predicts_in_a_process_without_numpy_or_sklearn(tmp_path) -> None:
    pairs, labels = stance_data()
    pipe = small_pipeline(25).fit(pairs, labels)
    path = tmp_path / "stance.json"
    save(pipe, path)
    code = (
        "import json, sys\n"
        "from newsnlp import _compat\n"
        "from newsnlp.stance import load\n"
        "assert not _compat.have('numpy') and not _compat.have('sklearn')\n"
        "model = load(sys.argv[1])\n"
        "pairs = json.loads(sys.stdin.read())\n"
        "print(json.dumps(model.predict(pairs)))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], input=json.dumps(pairs), text=True,
        capture_output=True, check=True, cwd=root,
        env={**os.environ, "NEWSNLP_PURE_PYTHON": "1", "PYTHONPATH": root},
    ).stdout
    assert json.loads(out) == [str(p) for p in pipe.predict(pairs)]


def _hand_made_model() -> StanceModel:
    # One tree: word_cosine <= 0.2 -> "unrelated" side (raw -2), else "related" side (raw +2).
    tree = [[0, 0.2, 1, 2, 1, 0.0], [-1, 0.0, 0, 0, 0, -2.0], [-1, 0.0, 0, 0, 0, 2.0]]
    texts = ["The bridge closed for repairs.", "Farmers sold apples at the market."]
    return StanceModel(StanceFeatures().fit(texts),
                       TreeEnsemble(["related", "unrelated"], [0.0], [[tree]], len(FEATURE_NAMES)))


def test_a_hand_made_exported_model_predicts_in_either_mode() -> None:
    model = from_json(to_json(_hand_made_model()))
    pairs = [("Bridge closed for repairs", "The bridge closed for repairs on Monday."),
             ("Bridge closed for repairs", "Farmers sold apples at the market.")]
    assert model.predict(pairs) == ["unrelated", "related"]
    proba = model.predict_proba(pairs)
    assert proba[0] == pytest.approx([1 - 1 / (1 + 2.718281828459045 ** -2), 1 / (1 + 2.718281828459045 ** -2)])


def test_a_tampered_json_model_is_refused(tmp_path) -> None:
    doc = json.loads(to_json(_hand_made_model()))
    doc["payload"]["classifier"]["trees"][0][0][1][5] = 5.0  # change one leaf value
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="checksum"):
        load(path)
    doc = json.loads(to_json(_hand_made_model()))
    doc["format_version"] = 99
    with pytest.raises(ModelFormatError, match="format version 99"):
        from_json(json.dumps(doc))
    with pytest.raises(ModelFormatError, match="not a newsnlp stance model"):
        from_json('{"weights": [1, 2, 3]}')


def test_a_joblib_file_is_not_loaded_without_trust(tmp_path) -> None:
    path = tmp_path / "model.joblib"
    path.write_bytes(b"\x80\x04\x95 pretend pickle")
    with pytest.raises(UntrustedModelError, match="trust=True"):
        load(path)


@needs_sklearn
def test_a_joblib_model_round_trips_with_trust(tmp_path) -> None:
    pairs, labels = stance_data(1)
    pipe = small_pipeline().fit(pairs, labels)
    path = tmp_path / "model.joblib"
    save(pipe, path)
    with pytest.raises(UntrustedModelError):
        load(path)
    again = load(path, trust=True)
    assert list(again.predict(pairs)) == list(pipe.predict(pairs))
