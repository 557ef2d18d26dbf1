"""Run the docstring examples of every newsnlp module.

A module whose examples need an optional library declares it with
``__doctest_requires__ = ("sklearn",)``; its examples are skipped only when
that library is missing (pure-Python mode).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsnlp
from newsnlp import _compat

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(newsnlp.__path__, prefix="newsnlp.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    missing = [lib for lib in getattr(module, "__doctest_requires__", ()) if not _compat.have(lib)]
    if missing:
        pytest.skip(f"examples need {', '.join(missing)}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


DOCS = sorted(
    p for p in (Path(__file__).resolve().parent.parent / "docs").rglob("*.md") if ">>> " in p.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_docs_examples(path: Path) -> None:
    """Examples in docs/*.md run; a page declares optional needs with `<!-- doctest-requires: sklearn -->`."""
    text = path.read_text(encoding="utf-8")
    for lib in re.findall(r"<!-- doctest-requires: (\w+) -->", text):
        if not _compat.have(lib):
            pytest.skip(f"examples need {lib}")
    result = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in {path.name}"
