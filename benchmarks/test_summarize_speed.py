"""Summarizer speed target (issue 3), measured against summa's TextRank in the same run.

    pytest benchmarks/test_summarize_speed.py --data-dir ../shared/data

On the validation part of the BBC News Summary dev file, with a 3-sentence
budget: the median time per article of ``summarize(method="auto")`` is at
least 5x below summa's TextRank. Both are timed as ``benchmarks/summarize.py``
times them: blocks of articles summarised back to back, the two systems taking
turns on each block. The ROUGE side of the targets is checked by
``python benchmarks/summarize.py``, which exits with status 1 when one is missed.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any, Dict, List

import pytest

from benchmarks.summarize import newsnlp_system, run_blocks, summa_textrank
from benchmarks.summarize_data import load, split

TARGET_SPEEDUP = 5.0


@pytest.fixture(scope="module")
def validation(data_dir: Path) -> List[dict]:
    path = data_dir / "summarization" / "bbc-news-summary-dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found: pass --data-dir")
    return split(load(path))[1]


def test_newsnlp_is_5x_faster_than_summa_textrank(benchmark: Any, validation: List[dict]) -> None:
    pytest.importorskip("summa", reason="pip install -e '.[bench]'")
    systems = {"newsnlp": newsnlp_system("auto"), "summa": summa_textrank}
    for system in systems.values():  # imports and caches outside the timings
        system(validation[0]["text"], validation[0]["title"], 3)
    seconds: Dict[str, List[float]] = {name: [] for name in systems}
    for name, _, _, times in run_blocks(systems, validation):
        seconds[name].extend(times)
    ours, theirs = statistics.median(seconds["newsnlp"]), statistics.median(seconds["summa"])
    summarize = systems["newsnlp"]
    benchmark.pedantic(lambda: [summarize(r["text"], r["title"], 3) for r in validation], rounds=3, iterations=1)
    ratio = theirs / ours
    benchmark.extra_info.update({"newsnlp_median_ms": 1000 * ours, "summa_median_ms": 1000 * theirs, "speedup": ratio})
    assert ratio >= TARGET_SPEEDUP, f"newsnlp {1000 * ours:.2f} ms vs summa {1000 * theirs:.2f} ms per article: only {ratio:.1f}x"
