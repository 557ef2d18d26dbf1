"""The ``newsnlp`` command line.

Every subcommand reads articles the same way (JSONL files with ``text`` and an
optional ``id``, plain ``.txt`` files with one article each, or standard
input) and writes one JSON object per input article, in input order, to
standard output or ``-o FILE``. A bad input line becomes
``{"id": ..., "error": "..."}`` in its place, a ``FILE:LINE`` message goes to
standard error, the other lines are still processed, and the exit status is 1.

Subcommands live next to the capability they expose, in a module
``newsnlp/<capability>/_cli.py`` that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``process(text, args, record) -> dict``. A
module that needs the whole stream (``analyze``: parallel runs, CSV, an
end-of-run summary) also defines ``run(args, items, out, err) -> int``, which
is called instead of the per-article loop and keeps the same input/error contract.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from types import ModuleType
from typing import IO, Any, Dict, Iterable, List, Optional, Sequence

from newsnlp import __version__
from newsnlp._io import Article, BadRecord, read_articles

__all__ = ["main"]

_COMMAND_MODULES = (
    "newsnlp.text._cli",
    "newsnlp.summarize._cli",
    "newsnlp.quotes._cli",
    "newsnlp.stance._cli",
    "newsnlp.pipeline._cli",
)

EXIT_OK = 0
EXIT_BAD_RECORDS = 1
EXIT_USAGE = 2


def _commands() -> List[ModuleType]:
    found = []
    for name in _COMMAND_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise
    return found


def _build_parser(commands: Sequence[ModuleType]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsnlp",
        description="Read news the way a media researcher does. Input: JSONL "
        '(objects with "text" and optional "id"), .txt files (one article each) or '
        "standard input. Output: one JSON object per article, in input order.",
    )
    parser.add_argument("--version", action="version", version=f"newsnlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in commands:
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        p.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads standard input")
        p.add_argument("-o", "--output", metavar="FILE", help="write JSONL here instead of standard output")
        p.add_argument(
            "--input-format",
            choices=("auto", "jsonl", "text"),
            default="auto",
            help="auto: .jsonl/.ndjson/.json files are JSONL, other files are one article each; "
            "standard input is JSONL when it starts with '{' (default: auto)",
        )
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def _write(out: IO[str], obj: Dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False))
    out.write("\n")


def run(
    module: ModuleType,
    args: argparse.Namespace,
    items: Iterable[Any],
    out: IO[str],
    err: IO[str],
) -> int:
    """Process every input item with ``module`` and write JSONL; return the exit status."""
    status = EXIT_OK
    for item in items:
        if isinstance(item, BadRecord):
            err.write(f"newsnlp: {item.where}: {item.error}\n")
            _write(out, {"id": item.id, "error": item.error})
            status = EXIT_BAD_RECORDS
            continue
        assert isinstance(item, Article)
        try:
            payload = module.process(item.text, args, item.record)
        except Exception as exc:  # a bug must not lose the other records
            message = f"could not process this article ({type(exc).__name__}: {exc})"
            err.write(f"newsnlp: {item.source}:{item.line}: {message}\n")
            _write(out, {"id": item.id, "error": message})
            status = EXIT_BAD_RECORDS
            continue
        record: Dict[str, Any] = {"id": item.id}
        record.update(payload)
        _write(out, record)
    return status


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``newsnlp`` console script and ``python -m newsnlp``."""
    commands = _commands()
    parser = _build_parser(commands)
    args = parser.parse_args(argv)
    module = args._module
    validate = getattr(module, "validate", None)
    if validate is not None:
        problem = validate(args)
        if problem:
            parser.error(problem)
    for name in args.files:
        if name != "-" and not os.path.isfile(name):
            sys.stderr.write(f"newsnlp: {name}: no such file\n")
            return EXIT_USAGE
    out: IO[str]
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as exc:
        sys.stderr.write(f"newsnlp: cannot write {args.output}: {exc.strerror}\n")
        return EXIT_USAGE
    try:
        items = read_articles(args.files, input_format=args.input_format)
        custom = getattr(module, "run", None)  # a subcommand that needs the whole stream (analyze)
        if custom is not None:
            return int(custom(args, items, out, sys.stderr))
        return run(module, args, items, out, sys.stderr)
    except FileNotFoundError as exc:
        sys.stderr.write(f"newsnlp: {exc.filename}: no such file\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader of our output went away (``newsnlp ... | head``): stop quietly,
        # like other Unix tools, with SIGPIPE's conventional status.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        sys.stderr.write(f"newsnlp: {getattr(exc, 'filename', '') or 'input'}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
