"""Sentence splitting speed targets (issue 2), measured against pySBD in the same run.

    pytest benchmarks/test_sentences_speed.py --data-dir ../shared/data

- newsnlp is at least 100x faster than pySBD on the same real news articles;
- newsnlp splits at least 1 MB/s in pure-Python mode.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.sentences import cpu_seconds, load

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 200


@pytest.fixture(scope="module")
def texts(data_dir: Path) -> list[str]:
    return load(data_dir / "stance" / "allsides-federal-local" / "corpus.jsonl", ARTICLES)


def test_newsnlp_is_100x_faster_than_pysbd(benchmark, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    pysbd = pytest.importorskip("pysbd", reason="pip install -e '.[bench]'")
    from newsnlp import sentences

    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    benchmark.pedantic(lambda: [sentences(t) for t in texts], rounds=5, iterations=1)
    ours = cpu_seconds(sentences, texts)
    theirs = cpu_seconds(seg.segment, texts, repeat=1)
    ratio = theirs / ours
    benchmark.extra_info["speedup_vs_pysbd"] = round(ratio, 1)
    assert ratio >= 100, f"newsnlp only {ratio:.0f}x faster than pySBD"


def test_pure_python_mode_splits_at_least_1_mb_per_second(data_dir: Path) -> None:
    code = (
        "import sys, json, time\n"
        "from newsnlp import _compat, sentences\n"
        "assert _compat.PURE_PYTHON\n"
        "texts = [json.loads(l)['text'] for l, _ in zip(open(sys.argv[1], encoding='utf-8'), range(int(sys.argv[2])))]\n"
        "mb = sum(len(t.encode()) for t in texts) / 1e6\n"
        "best = 1e9\n"
        "for _ in range(3):\n"
        "    t0 = time.process_time()\n"
        "    for t in texts: sentences(t)\n"
        "    best = min(best, time.process_time() - t0)\n"
        "print(mb / best)\n"
    )
    corpus = data_dir / "stance" / "allsides-federal-local" / "corpus.jsonl"
    out = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(ARTICLES)],
        env={**os.environ, "NEWSNLP_PURE_PYTHON": "1", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert float(out.stdout) >= 1.0
