"""The BBC News Summary dev file and its fixed train/validation split.

Shared by ``scripts/train_summarizer.py`` (trains on ``train``) and
``benchmarks/summarize.py`` (reports on ``validation``). The split is by
article id, stratified by category, with a fixed seed: 20% of each category's
articles (sorted ids, shuffled with ``random.Random(0)``) are validation.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "summarization" / "bbc-news-summary-dev.jsonl"
SEED = 0
VALIDATION_SHARE = 0.2

Record = Dict[str, str]


def load(path: Path = DEFAULT_DATA) -> List[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split(records: List[Record]) -> Tuple[List[Record], List[Record]]:
    """``(train, validation)`` in file order."""
    by_category: Dict[str, List[str]] = {}
    for r in records:
        by_category.setdefault(r["category"], []).append(r["id"])
    rng = random.Random(SEED)
    validation = set()
    for category in sorted(by_category):
        ids = sorted(by_category[category])
        rng.shuffle(ids)
        validation.update(ids[: int(len(ids) * VALIDATION_SHARE)])
    return [r for r in records if r["id"] not in validation], [r for r in records if r["id"] in validation]
