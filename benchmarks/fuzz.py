"""A longer fuzz run over every public text function and every CLI subcommand.

Texts come from a seeded random generator over the hostile alphabets of
``tests/test_hardening.py`` (quotes by the dozen, cue fragments, titles,
zero-width and bidi controls, NUL, CRLF, U+2028, emoji, CJK, HTML), plus
arbitrary code points and long runs of one piece. Each text goes through every
function with the same checks as the CI property tests (no exception, offsets
inside the text and slicing to the returned text, same result twice). Then
mixed good/bad JSONL batches go through ``python -m newsnlp <cmd>`` for every
subcommand: every good record in order with its id, an error record in place
of every bad line with FILE:LINE on standard error, exit status 1 when
something was bad, no traceback.

Usage::

    python benchmarks/fuzz.py [--seconds 300] [--seed 1] [--cli-batches 4]

Prints counts; exits 1 on any failure (failing inputs are written to
``--failures``, default ``fuzz-failures.jsonl``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_hardening as h  # noqa: E402  (the alphabets and checks of the CI property tests)

COMMANDS = ["sentences", "summarize", "quotes", "stance", "analyze"]
STRICT = False  # --strict: also require quotes in text order (a known open bug, see docs/benchmarks/hardening.md)


def random_text(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.6:
        pool = h.CHARS + h.PIECES * 2
        return "".join(rng.choice(pool) for _ in range(rng.randint(0, 120)))
    if shape < 0.75:  # arbitrary code points, surrogates included
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 60)))
    if shape < 0.9:  # a long run of one or two pieces
        a, b = rng.choice(h.PIECES), rng.choice(h.CHARS)
        return (a + b * rng.randint(0, 2)) * rng.randint(10, 400)
    # article-like: sentences with hostile noise between them
    return " ".join(rng.choice(h.PIECES) + " said the mayor. " + rng.choice(h.CHARS) for _ in range(rng.randint(1, 80)))


def check_text(text: str) -> List[str]:
    problems = []
    for name, (func, check) in h.CASES.items():
        try:
            result = func(text)
            check(text, result)
            if STRICT and name == "extract_quotes":
                spans = [(q.start, q.end) for q in result]
                assert spans == sorted(spans), f"quotes out of text order: {spans}"
            if h._as_json(name, text) != h._as_json(name, text):
                problems.append(f"{name}: not deterministic")
        except Exception:
            problems.append(f"{name}: {traceback.format_exc(limit=3)}")
    return problems


def random_batch(rng: random.Random) -> Tuple[bytes, List[Tuple[Any, bool, int]]]:
    """JSONL bytes and, per output record, (id, good?, line number)."""
    lines: List[bytes] = []
    expected: List[Tuple[Any, bool, int]] = []
    for number in range(1, rng.randint(2, 14) + 1):
        kind = rng.choice(["good", "good", "good", "json", "notext", "nonstr", "utf8", "surrogate", "array",
                           "empty", "good_noid"])
        ident: Any = f"r{number}"
        if kind == "good":
            text = random_text(rng)
            lines.append(json.dumps({"id": ident, "text": text}).encode())  # ASCII: surrogates as escapes
            expected.append((ident, not _has_lone(text), number))  # a lone surrogate is refused
        elif kind == "good_noid":
            lines.append(json.dumps({"text": rng.choice(h.PIECES)}).encode())
            expected.append((number, True, number))
        elif kind == "json":
            piece = rng.choice(h.PIECES).replace("\n", " ")  # one physical line
            lines.append(b'{"id": "broken", "text": "' + piece.encode() + b'"')
            expected.append((number, False, number))
        elif kind == "notext":
            lines.append(json.dumps({"id": ident}).encode())
            expected.append((ident, False, number))
        elif kind == "nonstr":
            lines.append(json.dumps({"id": ident, "text": rng.choice([1, None, [], {}, True, 2.5])}).encode())
            expected.append((ident, False, number))
        elif kind == "utf8":
            lines.append(b'{"id": "x", "text": "\xff\xfe bad ' + bytes([rng.randint(0x80, 0xff)]) + b'"}')
            expected.append((number, False, number))
        elif kind == "surrogate":
            lines.append(json.dumps({"id": ident, "text": "a \udc80 said"}).encode())
            expected.append((ident, False, number))
        elif kind == "array":
            lines.append(b"[1, 2, 3]")
            expected.append((number, False, number))
        else:
            lines.append(rng.choice([b"", b"   ", b"\t"]))
    data = b"\n".join(lines)
    if rng.random() < 0.3:
        data = b"\xef\xbb\xbf" + data
    return data, expected


def _has_lone(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def check_cli(command: str, data: bytes, expected: List[Tuple[Any, bool, int]]) -> List[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_bytes(data)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        proc = subprocess.run([sys.executable, "-m", "newsnlp", command, str(path)], capture_output=True,
                              timeout=600, env=env, cwd=ROOT)
    stderr = proc.stderr.decode("utf-8", "replace")
    problems = []
    if "Traceback" in stderr:
        problems.append(f"{command}: traceback: {stderr[-1500:]}")
    try:
        records = [json.loads(line) for line in proc.stdout.decode("utf-8").split("\n") if line]
    except ValueError as exc:
        return problems + [f"{command}: output is not JSONL ({exc})"]
    if [r.get("id") for r in records] != [e[0] for e in expected]:
        problems.append(f"{command}: ids {[r.get('id') for r in records]} != {[e[0] for e in expected]}")
        return problems
    for r, (ident, good, number) in zip(records, expected):
        if good and "error" in r:
            problems.append(f"{command}: good record {ident} came back as an error: {r['error']}")
        if not good:
            if set(r) != {"id", "error"}:
                problems.append(f"{command}: bad line {number} did not give an error record")
            if f"{path}:{number}:" not in stderr:
                problems.append(f"{command}: no {path}:{number} on stderr")
    want = 1 if any(not g for _, g, _ in expected) else 0
    if proc.returncode != want:
        problems.append(f"{command}: exit status {proc.returncode}, expected {want}")
    return problems


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="time budget for the text fuzzing")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli-batches", type=int, default=4, help="mixed JSONL batches per subcommand")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.jsonl"))
    parser.add_argument("--strict", action="store_true", help="also require extract_quotes in text order")
    args = parser.parse_args(argv)
    global STRICT
    STRICT = args.strict
    rng = random.Random(args.seed)
    failures: List[Dict[str, Any]] = []
    texts = chars = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        text = random_text(rng)
        texts += 1
        chars += len(text)
        problems = check_text(text)
        if problems:
            failures.append({"text": text, "problems": problems})
            print(f"FAIL {text!r}: {problems[0][:300]}", flush=True)
    print(f"texts: {texts} ({chars:,} characters) x {len(h.CASES)} functions, failures: {len(failures)}", flush=True)
    batches = records = 0
    cli_failures = 0
    for command in COMMANDS:
        for _ in range(args.cli_batches):
            data, expected = random_batch(rng)
            batches += 1
            records += len(expected)
            problems = check_cli(command, data, expected)
            if problems:
                cli_failures += 1
                failures.append({"command": command, "batch": data.decode("utf-8", "replace"),
                                 "problems": problems})
                print(f"FAIL {command}: {problems[0][:300]}", flush=True)
    print(f"CLI: {batches} batches ({records} records) over {len(COMMANDS)} subcommands, failures: {cli_failures}")
    if failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f, ensure_ascii=True) + "\n")
        print(f"{len(failures)} failures written to {args.failures}")
        return 1
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
