"""``newsnlp summarize``: the best sentences of each article with offsets and scores."""

from __future__ import annotations

import argparse
from typing import Any, Dict

from newsnlp.summarize._rankers import available_rankers
from newsnlp.summarize._summarize import DEFAULT_DIVERSITY, summarize

NAME = "summarize"
HELP = 'extractive summaries: {"id", "summary": [{"index", "start", "end", "text", "score"}]}'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--sentences", type=int, metavar="N", help="at most N sentences (default: 3)")
    budget.add_argument("--words", type=int, metavar="N", help="at most N words, never exceeded")
    budget.add_argument("--ratio", type=float, metavar="R", help="this share of the sentences, in (0, 1]")
    parser.add_argument(
        "--method",
        default="auto",
        choices=["auto", *available_rankers()],
        help="sentence ranker (default: auto, the best measured)",
    )
    parser.add_argument(
        "--diversity",
        type=float,
        default=DEFAULT_DIVERSITY,
        metavar="D",
        help=f"MMR redundancy weight in [0, 1] (default: {DEFAULT_DIVERSITY})",
    )


def process(text: str, args: argparse.Namespace, record: Dict[str, Any]) -> Dict[str, Any]:
    title = record.get("title") if isinstance(record, dict) else None
    summary = summarize(
        text,
        sentences=args.sentences,
        words=args.words,
        ratio=args.ratio,
        method=args.method,
        diversity=args.diversity,
        title=title if isinstance(title, str) else None,
    )
    return {"summary": [s.to_dict() for s in summary.sentences]}
