"""``newsnlp stance``: officials, quotes with speaker level and side, and the balance of voices."""

from __future__ import annotations

import argparse
from typing import Any, Dict

from newsnlp.stance._report import detect_stance

NAME = "stance"
HELP = ('officials, quotes with level and federal/local side, balance: {"id", "officials": [...], '
        '"quotes": [{"text", "start", "end", "kind", "speaker", "side", "side_score"}], "balance": {...}}')

_OFFICIAL_FIELDS = ("name", "title", "level", "organization", "place", "party")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``stance`` takes no options beyond the common ones."""


def process(text: str, args: argparse.Namespace, record: Dict[str, Any]) -> Dict[str, Any]:
    report = detect_stance(text)
    return {
        "officials": [{k: getattr(o, k) for k in _OFFICIAL_FIELDS} for o in report.officials],
        "quotes": [q.to_dict() for q in report.quotes],
        "balance": report.balance.to_dict(),
    }
