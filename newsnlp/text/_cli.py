"""``newsnlp sentences``: one object per article with its sentences and offsets."""

from __future__ import annotations

import argparse
from typing import Any, Dict

from newsnlp.text._segment import sentences

NAME = "sentences"
HELP = 'split articles into sentences: {"id", "sentences": [{"index", "start", "end", "text", "paragraph"}]}'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``sentences`` takes no options beyond the common ones."""


def process(text: str, args: argparse.Namespace, record: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text, "paragraph": s.paragraph}
            for s in sentences(text)
        ]
    }
