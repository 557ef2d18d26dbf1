"""Sealed model files: format, version and checksum are verified on load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsnlp._datafile import ModelFileError, read_model, seal, unseal, write_model

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
