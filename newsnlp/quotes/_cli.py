"""``newsnlp quotes``: the quotes of each article, with cues and speakers."""

from __future__ import annotations

import argparse
from typing import Any, Dict, List

from newsnlp.quotes._api import extract_quotes

NAME = "quotes"
HELP = (
    'quotes with exact offsets, cue and speaker: {"id", "quotes": [{"text", "start", "end", "kind", '
    '"cue": {"text", "start", "end"} | null, "speaker": {"name", "start", "end", "title", '
    '"organization", "place", "party"} | null}]}'
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kinds",
        default="direct,indirect,mixed",
        help="comma-separated kinds to keep (default: direct,indirect,mixed)",
    )
    parser.add_argument(
        "--fragments", action="store_true", help="also output the fragments of split quotes"
    )


def process(text: str, args: argparse.Namespace, record: Dict[str, Any]) -> Dict[str, Any]:
    kinds = {k.strip() for k in str(getattr(args, "kinds", "direct,indirect,mixed")).split(",") if k.strip()}
    out: List[Dict[str, Any]] = []
    for q in extract_quotes(text):
        if q.kind not in kinds:
            continue
        sp = q.speaker
        item: Dict[str, Any] = {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "cue": {"text": q.cue.text, "start": q.cue.start, "end": q.cue.end} if q.cue else None,
            "speaker": None
            if sp is None
            else {
                "name": sp.name,
                "start": sp.start,
                "end": sp.end,
                "title": sp.title,
                "organization": sp.organization,
                "place": sp.place,
                "party": sp.party,
            },
        }
        if getattr(args, "fragments", False):
            item["fragments"] = [list(f) for f in q.fragments]
        out.append(item)
    return {"quotes": out}
