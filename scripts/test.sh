#!/usr/bin/env bash
# Run the whole test suite twice, from a clean clone:
#   1. normal mode: .venv with newsnlp[dev] (scikit-learn, numpy, nltk, joblib, ...);
#   2. pure-Python mode: .venv-pure with newsnlp installed by `pip install --no-deps`,
#      plus the test tools only (no scikit-learn, numpy, nltk or joblib).
# Exits non-zero if either run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
PIP_FLAGS=(--quiet --disable-pip-version-check)

echo "== normal mode: installing newsnlp[dev] into .venv"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install "${PIP_FLAGS[@]}" -e ".[dev]"
echo "== normal mode: tests"
.venv/bin/python -m pytest -q
echo "== type check (mypy)"
.venv/bin/python -m mypy newsnlp

echo "== pure-Python mode: installing newsnlp --no-deps into .venv-pure"
[ -x .venv-pure/bin/python ] || "$PYTHON" -m venv .venv-pure
.venv-pure/bin/python -m pip install "${PIP_FLAGS[@]}" --no-deps --force-reinstall .
.venv-pure/bin/python -m pip install "${PIP_FLAGS[@]}" "pytest>=7" "hypothesis>=6"
echo "== pure-Python mode: tests (against the installed package, not the source tree)"
(cd tests && NEWSNLP_EXPECT_PURE=1 ../.venv-pure/bin/python -m pytest -q -p no:cacheprovider)
