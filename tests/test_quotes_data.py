"""The quote extractor's data files are sealed: an altered file is refused with a clear error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsnlp._datafile import ModelFileError, read_model
from newsnlp.quotes._lexicon import _KINDS, FORMAT_VERSION, load_data

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsnlp" / "data" / "quotes"


@pytest.mark.parametrize("name", sorted(_KINDS))
def test_every_quote_data_file_is_sealed_and_verifies(name: str) -> None:
    doc = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert doc["format"] == _KINDS[name] and doc["format_version"] == FORMAT_VERSION
    assert len(doc["sha256"]) == 64
    assert load_data(name) == doc["payload"]
    assert "provenance" in doc["payload"]


def test_all_json_files_in_the_quote_data_folder_are_known() -> None:
    assert sorted(p.name for p in DATA.glob("*.json")) == sorted(_KINDS)


@pytest.mark.parametrize("name", sorted(_KINDS))
def test_a_tampered_copy_is_refused(tmp_path: Path, name: str) -> None:
    doc = json.loads((DATA / name).read_text(encoding="utf-8"))
    doc["payload"]["provenance"] += " (edited)"
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelFileError, match="checksum mismatch"):
        read_model(path, _KINDS[name], (FORMAT_VERSION,))


def test_the_package_refuses_a_tampered_cue_lexicon(tmp_path: Path) -> None:
    # A copy of the package whose cues.json had one count changed by hand.
    shutil.copytree(ROOT / "newsnlp", tmp_path / "newsnlp", ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "newsnlp" / "data" / "quotes" / "cues.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["payload"]["cues"]["said"]["cue"] += 1
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    run = subprocess.run(
        [sys.executable, "-c", "import newsnlp; newsnlp.extract_quotes('The mayor said the budget was late.')"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode != 0
    assert "ModelFileError" in run.stderr
    assert "newsnlp/data/quotes/cues.json: checksum mismatch" in run.stderr
