"""Shared options for the pytest-benchmark suites under benchmarks/.

Run them with ``pytest benchmarks/ --data-dir ../shared/data``; the data
directory defaults to ``../shared/data`` next to the repository. A suite whose
data or peer library is missing is skipped with a message saying what to install.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--data-dir",
        default=str(ROOT.parent / "shared" / "data"),
        help="folder holding the research data (default: ../shared/data)",
    )


@pytest.fixture(scope="session")
def data_dir(request: pytest.FixtureRequest) -> Path:
    path = Path(request.config.getoption("--data-dir"))
    if not path.is_dir():
        pytest.skip(f"data folder {path} not found: pass --data-dir")
    return path
