"""analyze() reads the same in pure-Python mode as with numpy, scikit-learn, nltk and joblib."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import newsnlp
from newsnlp.pipeline import analyze_many

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "sample_articles.jsonl"
PACKAGE_ROOT = str(Path(newsnlp.__file__).resolve().parent.parent)


def rounded(obj: Any) -> Any:
    """Floats to 9 decimals: the pure-Python arithmetic may differ in the last bits, never in a choice."""
    if isinstance(obj, float):
        return round(obj, 9)
    if isinstance(obj, dict):
        return {k: rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [rounded(v) for v in obj]
    return obj


def test_pure_python_mode_gives_the_same_analysis() -> None:
    env = dict(os.environ, NEWSNLP_PURE_PYTHON="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "analyze", str(SAMPLES), "--jobs", "2"],
                          capture_output=True, timeout=300, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    pure = [rounded(json.loads(line)) for line in proc.stdout.decode("utf-8").splitlines()]
    records = [json.loads(line) for line in SAMPLES.read_text("utf-8").splitlines()]
    here = [rounded(r.to_dict()) for r in analyze_many(records, progress=False)]
    assert pure == here and len(here) == len(records)
