"""Reading articles from JSONL, plain-text files and standard input.

Records stream one at a time (memory stays flat however long the input), in
input order. A line that cannot be read as an article becomes a
:class:`BadRecord` in its place instead of stopping the run.
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass, field
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Union

__all__ = ["Article", "BadRecord", "read_articles"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
# JSON may spell a lone UTF-16 surrogate ("\\ud800"): Python reads it into a str
# that cannot be written as UTF-8, so such a record is refused up front.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(obj: Any) -> bool:
    if isinstance(obj, str):
        return _SURROGATE.search(obj) is not None
    if isinstance(obj, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in obj.items())
    if isinstance(obj, list):
        return any(_has_surrogate(v) for v in obj)
    return False


@dataclass(frozen=True, slots=True)
class Article:
    """One readable input article."""

    id: Any
    text: str
    source: str
    line: int
    record: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """An input line that is not an article; ``error`` says why."""

    id: Any
    error: str
    source: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"


Item = Union[Article, BadRecord]


def _decode(raw: bytes) -> Optional[str]:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _jsonl(stream: IO[bytes], source: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, start=1):
        line = _decode(raw)
        if line is None:
            yield BadRecord(number, "line is not valid UTF-8; re-encode the file as UTF-8", source, number)
            continue
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]  # before the blank-line test: a BOM followed by an empty line is an empty line
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(number, f"line is not valid JSON ({exc.msg} at column {exc.colno})", source, number)
            continue
        except ValueError as exc:  # e.g. numbers too long to convert
            yield BadRecord(number, f"line is not valid JSON ({exc})", source, number)
            continue
        if not isinstance(obj, dict):
            yield BadRecord(
                number, f'expected a JSON object with a "text" field, got {type(obj).__name__}', source, number
            )
            continue
        ident = obj.get("id", number)
        if _SURROGATE_ESCAPE.search(line) is not None and _has_surrogate(obj):
            if _has_surrogate(ident):
                ident = number
            yield BadRecord(
                ident, "line holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which is not valid "
                "Unicode; fix the encoding of this record", source, number
            )
            continue
        text = obj.get("text")
        if text is None:
            yield BadRecord(ident, 'object has no "text" field', source, number)
        elif not isinstance(text, str):
            yield BadRecord(ident, f'"text" must be a string, got {type(text).__name__}', source, number)
        else:
            yield Article(ident, text, source, number, obj)


def _plain(data: bytes, source: str, ident: Any) -> Item:
    text = _decode(data)
    if text is None:
        return BadRecord(ident, "file is not valid UTF-8; re-encode it as UTF-8", source, 1)
    if text.startswith("\ufeff"):
        text = text[1:]
    return Article(ident, text, source, 1, {"id": ident, "text": text})


def _looks_like_jsonl(head: bytes) -> bool:
    head = head.lstrip()
    if head.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark
        head = head[3:].lstrip()
    return head[:1] == b"{"


def read_articles(
    paths: Iterable[str], stdin: Optional[IO[bytes]] = None, input_format: str = "auto"
) -> Iterator[Item]:
    """Yield :class:`Article` or :class:`BadRecord` for every input, in order.

    ``paths`` may contain ``-`` for standard input; an empty list reads standard
    input. ``input_format`` is ``auto`` (by suffix; standard input is JSONL when
    it starts with ``{``), ``jsonl`` or ``text`` (each file is one article).
    A missing or unreadable file raises ``OSError`` before anything is read from it.
    """
    names: List[str] = list(paths) or ["-"]
    for name in names:
        if name == "-":
            stream = stdin
            if stream is None:
                import sys

                stream = sys.stdin.buffer
            source = "<stdin>"
            if not hasattr(stream, "peek"):
                stream = io.BufferedReader(stream)  # type: ignore[type-var]
            fmt = input_format
            if fmt == "auto":
                fmt = "jsonl" if _looks_like_jsonl(stream.peek(64)) else "text"  # type: ignore[union-attr]
            if fmt == "jsonl":
                yield from _jsonl(stream, source)
            else:
                yield _plain(stream.read(), source, 1)
            continue
        fmt = input_format
        if fmt == "auto":
            fmt = "jsonl" if name.lower().endswith(_JSONL_SUFFIXES) else "text"
        if fmt == "jsonl":
            with open(name, "rb") as fh:
                yield from _jsonl(fh, name)
        else:
            with open(name, "rb") as fh:
                data = fh.read()
            yield _plain(data, name, os.path.basename(name))
