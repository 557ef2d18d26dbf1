"""The examples run: every script, and every notebook (which must match its script) in a real kernel."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest

import newsnlp
from newsnlp import _compat

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("[0-9][0-9]_*.py"))
# The package under test, whether it is installed or run from the source tree.
PACKAGE_ROOT = str(Path(newsnlp.__file__).resolve().parent.parent)
# What each example must print: a statement about its result, not just "it ran".
EXPECTED: Dict[str, str] = {
    "01_summarize_article": "19 sentences",
    "02_who_said_what": "6 articles,",
    "03_federal_local_balance": "articles where federal voices dominate:",
    "04_train_stance_classifier": "['agree', 'disagree', 'unrelated']",
}
NEEDS = {"04_train_stance_classifier": "sklearn"}


def _env(tmp_path: Path) -> Dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    env["NEWSNLP_PLOT"] = str(tmp_path / "balance.png")
    env.pop("NEWSNLP_CORPUS", None)
    return env


def _skip_if_missing(stem: str) -> None:
    lib = NEEDS.get(stem)
    if lib and not _compat.have(lib):
        pytest.skip(f"{stem} needs {lib}")


def test_every_script_has_an_expected_output_and_a_notebook() -> None:
    assert sorted(s.stem for s in SCRIPTS) == sorted(EXPECTED)
    assert all(s.with_suffix(".ipynb").is_file() for s in SCRIPTS)


def _can_run_notebooks() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("nbformat", "nbclient", "ipykernel"))


def _run_script(script: Path, tmp_path: Path) -> str:
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def _run_notebook(script: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    import nbclient
    import nbformat

    for key, value in _env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEWSNLP_CORPUS", raising=False)
    nb = nbformat.read(str(script.with_suffix(".ipynb")), as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    if script.stem == "03_federal_local_balance" and _compat.optional_import("matplotlib") is not None:
        images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        assert images, "the balance plot was not shown"
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_example_runs_and_prints_its_result(script: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The notebook when a kernel is available (it has the script's code), else the script."""
    _skip_if_missing(script.stem)
    if _can_run_notebooks():
        printed = _run_notebook(script, tmp_path, monkeypatch)
    else:
        printed = _run_script(script, tmp_path)
        if script.stem == "03_federal_local_balance" and _compat.optional_import("matplotlib") is not None:
            assert (tmp_path / "balance.png").stat().st_size > 1000
    assert EXPECTED[script.stem] in printed


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_notebook_matches_its_script(script: Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (pip install -e '.[dev]')")
    sys.path.insert(0, str(EXAMPLES))
    from build_notebooks import cells

    nb = nbformat.read(str(script.with_suffix(".ipynb")), as_version=4)
    assert [(c.cell_type, c.source) for c in nb.cells] == cells(script.read_text(encoding="utf-8"))
