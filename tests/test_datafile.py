"""Sealed model files: format, version and checksum are verified on load."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from newsnlp._datafile import ModelFileError, read_model, reseal, seal, unseal, write_model

KIND = "newsnlp.test-model"


def test_round_trip_and_reindenting_keeps_it_valid(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    write_model(path, KIND, 2, {"w": [0.25, -1.5], "vocab": {"mayor": 3}})
    assert read_model(path, KIND, (1, 2)) == {"w": [0.25, -1.5], "vocab": {"mayor": 3}}
    path.write_text(json.dumps(json.loads(path.read_text()), indent=4), encoding="utf-8")
    assert read_model(path, KIND, (2,))["vocab"] == {"mayor": 3}


@pytest.mark.parametrize(
    "mutate,message",
    [
        (lambda d: d["payload"]["w"].__setitem__(0, 0.3), "checksum mismatch"),
        (lambda d: d.__setitem__("format", "newsnlp.other"), "expected 'newsnlp.test-model'"),
        (lambda d: d.__setitem__("format_version", 99), "format version 99 is not supported"),
        (lambda d: d.pop("format"), "not a newsnlp model file"),
        (lambda d: d.__setitem__("payload", [1, 2]), "no payload object"),
    ],
)
def test_tampered_documents_are_refused(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    doc = seal(KIND, 1, {"w": [0.25, -1.5]})
    mutate(doc)
    with pytest.raises(ModelFileError, match=message):
        unseal(doc, KIND, (1,))


def test_truncated_and_binary_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    write_model(path, KIND, 1, {"w": [1.0]})
    path.write_text(path.read_text()[:-20], encoding="utf-8")
    with pytest.raises(ModelFileError, match="not valid JSON"):
        read_model(path, KIND, (1,))
    path.write_bytes(b"\x80\x04\x95pickle")
    with pytest.raises(ModelFileError, match="plain JSON"):
        read_model(path, KIND, (1,))


def test_nan_is_not_plain_json() -> None:
    with pytest.raises(ValueError):
        seal(KIND, 1, {"w": [float("nan")]})


def test_reseal_after_a_deliberate_edit_keeps_the_layout(tmp_path: Path) -> None:
    compact, indented = tmp_path / "c.json", tmp_path / "i.json"
    write_model(compact, KIND, 1, {"words": ["mayor"]}, compact=True)
    write_model(indented, KIND, 1, {"words": ["mayor"]})
    for path in (compact, indented):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["payload"]["words"].append("sheriff")
        path.write_text(json.dumps(doc, indent=None if path is compact else 1), encoding="utf-8")
        with pytest.raises(ModelFileError, match="checksum mismatch"):
            read_model(path, KIND, (1,))
        reseal(path)
        assert read_model(path, KIND, (1,)) == {"words": ["mayor", "sheriff"]}
    assert compact.read_text(encoding="utf-8").count("\n") == 1
    assert indented.read_text(encoding="utf-8").count("\n") > 3


# Every JSON data file newsnlp ships, with the format it must declare. The side model's
# lexicon is the one exception: side_model.json records its SHA-256 and refuses a changed one.
SHIPPED = {
    "people/organizations.json": "newsnlp.people.organizations",
    "people/people.json": "newsnlp.people.people",
    "people/places.json": "newsnlp.people.places",
    "people/titles.json": "newsnlp.people.titles",
    "quotes/cues.json": "newsnlp.quotes.cues",
    "quotes/first_names.json": "newsnlp.quotes.first-names",
    "quotes/words.json": "newsnlp.quotes.words",
    "stance/side_model.json": "newsnlp.side-model",
    "summarize/trained.json": "newsnlp.summarize.trained",
    "text/segmenter.json": "newsnlp.segmenter",
}
ROOT = Path(__file__).resolve().parent.parent


def test_every_shipped_json_data_file_is_sealed() -> None:
    data = resources.files("newsnlp").joinpath("data")
    found = sorted(
        f"{folder.name}/{f.name}" for folder in data.iterdir() if folder.is_dir()
        for f in folder.iterdir() if f.name.endswith(".json")
    )
    assert found == sorted([*SHIPPED, "stance/side_lexicon.json"])
    for relative, kind in SHIPPED.items():
        doc = json.loads(data.joinpath(relative).read_text("utf-8"))
        assert doc["format"] == kind, relative
        assert unseal(doc, kind, (doc["format_version"],), source=relative) == doc["payload"]


@pytest.mark.parametrize("relative,call,message", [
    ("people/titles.json", "newsnlp.find_officials('Mayor Jane Doe spoke.')",
     "newsnlp/data/people/titles.json: checksum mismatch"),
    ("text/segmenter.json", "newsnlp.sentences('Sen. Doe spoke. He left.')",
     "newsnlp/data/text/segmenter.json: checksum mismatch"),
    ("stance/side_lexicon.json", "newsnlp.detect_stance('The mayor said no.')",
     "side_lexicon.json differs from the one the side model was trained with"),
])
def test_the_package_refuses_a_hand_edited_data_file(tmp_path: Path, relative: str, call: str, message: str) -> None:
    shutil.copytree(ROOT / "newsnlp", tmp_path / "newsnlp", ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "newsnlp" / "data" / relative
    doc = json.loads(path.read_text(encoding="utf-8"))
    (doc["payload"] if "payload" in doc else doc)["edited"] = True
    path.write_text(json.dumps(doc), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", f"import newsnlp; {call}"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert message in run.stderr
