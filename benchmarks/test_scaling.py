"""pytest-benchmark: linear time on hostile input and a 10 MB article, for every public function.

Run with ``pytest benchmarks/test_scaling.py --data-dir ../shared/data``. The
ratio tests time n and 10n in the same process (best CPU time of several runs)
and fail when 10x the input costs more than 15x the time; the benchmark
fixture records the large run. The huge-article test needs the corpus (it is
skipped with a message when ``--data-dir`` does not hold it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.scaling import FUNCTIONS, PATTERNS, _in_child, big_article, measure

MAX_RATIO = 15.0
N = 10_000


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_ten_times_the_input_costs_at_most_fifteen_times(benchmark: Any, name: str, pattern: str) -> None:
    func = FUNCTIONS[name]
    n = 5 * N if pattern == "quote bomb" else N
    size, a, b, ratio, second = measure(func, PATTERNS[pattern], n, 3, MAX_RATIO)
    benchmark.extra_info.update({"chars_small": size, "cpu_small": a, "cpu_large": b, "ratio": ratio, "ratio_next_decade": second})
    benchmark.pedantic(func, args=(PATTERNS[pattern](10 * size),), rounds=1, iterations=1)
    assert ratio <= MAX_RATIO, f"{name} on {pattern}: {a:.4f}s at {size} chars, {b:.4f}s at 10x"


@pytest.fixture(scope="module")
def huge_text(data_dir: Path) -> str:
    corpus = data_dir / "stance" / "allsides-federal-local" / "corpus.jsonl"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found: pass --data-dir")
    return big_article(corpus, 10.0)


HUGE_TIMEOUT = 600


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_a_ten_megabyte_article_completes(benchmark: Any, huge_text: str, name: str) -> None:
    assert len(huge_text) == 10_000_000
    # in a forked child: wall seconds (None after the timeout, -1 if it failed) and its peak resident memory
    seconds, peak_mb = benchmark.pedantic(_in_child, args=(FUNCTIONS[name], huge_text, HUGE_TIMEOUT),
                                          rounds=1, iterations=1)
    benchmark.extra_info.update({"seconds": seconds, "peak_rss_mb": peak_mb})
    assert seconds is not None, f"{name} did not finish a 10 MB article in {HUGE_TIMEOUT} s"
    assert seconds >= 0, f"{name} raised or crashed on a 10 MB article"
    # memory in proportion to the text: at most ~200 bytes per input character
    assert peak_mb < 2000, f"{name}: peak {peak_mb:.0f} MB"
