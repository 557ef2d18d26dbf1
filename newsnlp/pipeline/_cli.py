"""``newsnlp analyze``: summary, quotes, officials and stance of every article, on one core or many.

Besides the common ``process`` hook this module defines ``run``, which the
CLI calls instead of its per-article loop: it needs the whole stream to run
it in parallel (``--jobs``, ``--scheduler``), to write CSV, and to print the
end-of-run summary.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
from typing import IO, Any, Dict, Iterable, Optional

from newsnlp.pipeline._analysis import Analysis, AnalysisError, analyze
from newsnlp.pipeline._many import analyze_many
from newsnlp.pipeline._tables import ARTICLE_COLUMNS, article_row

NAME = "analyze"
HELP = (
    'everything at once: {"id", "title", "sentences", "summary", "quotes", "officials", "stance"} per article '
    "(--format csv: one flat row per article); a summary of the run on standard error"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="worker processes (-1: all cores; default 1)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on this dask.distributed scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(needs pip install newsnlp[dask])")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="count processed articles on standard error (default: only when it is a terminal)")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl",
                        help="jsonl: the full analysis; csv: one row per article (default: jsonl)")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N",
                        help="articles per task sent to a worker (default: automatic)")


def validate(args: argparse.Namespace) -> Optional[str]:
    if args.jobs == 0:
        return "--jobs must not be 0 (1 = this process, -1 = all cores)"
    if args.batch_size is not None and args.batch_size < 1:
        return "--batch-size must be at least 1"
    return None


def process(text: str, args: argparse.Namespace, record: Dict[str, Any]) -> Dict[str, Any]:
    """One article (the common subcommand contract); ``run`` is what the CLI uses."""
    title = record.get("title") if isinstance(record.get("title"), str) else None
    data = analyze(text, title=title).to_dict()
    data.pop("id")
    return data


class _Tally:
    def __init__(self) -> None:
        self.articles = self.failures = self.quotes = 0
        self.side_quotes: Dict[str, int] = {}
        self.side_words: Dict[str, int] = {}
        self.dominant: Dict[str, int] = {}

    def add(self, result: Any) -> None:
        self.articles += 1
        if isinstance(result, AnalysisError):
            self.failures += 1
            return
        self.quotes += len(result.quotes)
        if result.stance is not None:
            bal = result.stance.balance
            for side, n in bal.quotes:
                self.side_quotes[side] = self.side_quotes.get(side, 0) + n
            for side, n in bal.words:
                self.side_words[side] = self.side_words.get(side, 0) + n
            key = bal.dominant or "neither"
            self.dominant[key] = self.dominant.get(key, 0) + 1

    def text(self) -> str:
        lines = [f"newsnlp analyze: {self.articles:,} articles, {self.failures:,} failed, {self.quotes:,} quotes"]
        total = sum(self.side_words.values())
        if self.side_quotes:
            sides = ", ".join(
                f"{side} {n:,} quotes ({(self.side_words.get(side, 0) / total if total else 0):.0%} of quoted words)"
                for side, n in self.side_quotes.items()
            )
            lines.append(f"  balance of sides: {sides}")
            dom = ", ".join(f"{k} {v:,}" for k, v in sorted(self.dominant.items()))
            lines.append(f"  articles by dominant side: {dom}")
        return "\n".join(lines) + "\n"


def _client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise SystemExit('newsnlp: --scheduler needs dask.distributed: pip install "newsnlp[dask]"') from None
    try:
        return Client(address, timeout="10s")
    except OSError as exc:
        raise SystemExit(f"newsnlp: cannot reach the dask scheduler at {address}: {exc}") from None


def run(args: argparse.Namespace, items: Iterable[Any], out: IO[str], err: IO[str]) -> int:
    """Analyse every input item, write JSONL or CSV, report failures and the summary; return the exit status."""
    status = 0
    client = _client(args.scheduler) if args.scheduler else None
    progress: Any = {None: True, True: "always", False: False}[args.progress]
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=ARTICLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
    tally = _Tally()
    # Where each item came from, in input order; results come back in the same order.
    places: "collections.deque[str]" = collections.deque()

    def located(stream: Iterable[Any]) -> Iterable[Any]:
        for item in stream:
            where = getattr(item, "where", None)
            if where is None and hasattr(item, "source"):
                where = f"{item.source}:{item.line}"
            places.append(where or "input")
            yield item

    try:
        results = analyze_many(located(items), n_jobs=args.jobs, backend="dask" if client is not None else None,
                               batch_size=args.batch_size or "auto", progress=progress)
        for result in results:
            tally.add(result)
            where = places.popleft()
            if isinstance(result, AnalysisError):
                err.write(f"newsnlp: {where}: {result.error}\n")
                status = 1
            if writer is not None:
                writer.writerow(article_row(result))
            else:
                out.write(json.dumps(result.to_dict() if isinstance(result, Analysis)
                                     else {"id": result.id, "error": result.error}, ensure_ascii=False))
                out.write("\n")
    finally:
        if client is not None:
            client.close()
    err.write(tally.text())
    return status
