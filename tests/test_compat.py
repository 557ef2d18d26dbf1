"""The optional-dependency switch, and which mode this test run is in."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newsnlp import _compat

OPTIONAL = ("numpy", "sklearn", "nltk", "joblib")


def test_pure_environment_really_lacks_the_optional_libraries() -> None:
    if not os.environ.get("NEWSNLP_EXPECT_PURE"):
        pytest.skip("only meaningful in the pure-Python CI environment")
    for name in OPTIONAL:
        assert not _compat.have(name), f"{name} is importable in the pure-Python environment"


def test_env_switch_disables_optional_libraries() -> None:
    code = (
        "from newsnlp import _compat\n"
        "print(_compat.PURE_PYTHON, [_compat.have(n) for n in ('numpy', 'sklearn', 'nltk', 'joblib')],"
        " _compat.have('json'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "NEWSNLP_PURE_PYTHON": "1"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == "True [False, False, False, False] True"


def test_require_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compat, "optional_import", lambda name: None)
    with pytest.raises(ImportError, match="pip install scikit-learn"):
        _compat.require("sklearn", "Training the ranker")


def test_importing_newsnlp_does_not_import_heavy_libraries() -> None:
    code = "import sys, newsnlp; print(sorted(m for m in ('numpy', 'sklearn', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
