"""Broken batches lose nothing: a mixed good/bad JSONL through every CLI subcommand, and analyze_many.

Every good record comes out in input order with its id; every bad line
(invalid JSON, no ``text``, non-string text, invalid UTF-8, a lone surrogate
escape, a JSON array) gives an error record in its place and a ``FILE:LINE``
message on standard error; empty lines and a BOM are skipped; the exit status
is 1 and nothing prints a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, List, Tuple

import pytest

import newsnlp
import newsnlp.pipeline._analysis as analysis_module
from newsnlp import analyze_many

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_ROOT = str(Path(newsnlp.__file__).resolve().parent.parent)
COMMANDS = ["sentences", "summarize", "quotes", "stance", "analyze"]
GOOD_TEXT = "“We will not comply,” Mayor Jane Doe said. Attorney General Jeff Sessions disagreed."
HUGE_TEXT = "The council met again. “It is late,” the mayor said. " * 600  # 32 KB on one line


def _mixed(path: Path) -> Tuple[List[Any], List[int]]:
    """Write the mixed file; return the expected ids in order and the line numbers of the bad lines."""
    lines: List[bytes] = [
        ("\ufeff" + json.dumps({"id": "a", "text": GOOD_TEXT}, ensure_ascii=False)).encode("utf-8"),  # 1 BOM
        b"{not json",  # 2
        json.dumps({"id": "b", "title": "no text"}).encode(),  # 3
        json.dumps({"id": "c", "text": 5}).encode(),  # 4
        b"",  # 5 empty
        b"   \t",  # 6 blank
        json.dumps({"id": "d", "text": "Sen. Ron Wyden said the bill would pass."}).encode(),  # 7
        b'{"id": "e", "text": "caf\xe9 said"}',  # 8 invalid UTF-8
        b'{"id": "s", "text": "x \\ud800 said"}',  # 9 lone surrogate
        json.dumps({"id": "huge", "text": HUGE_TEXT}).encode(),  # 10
        b"[1, 2]",  # 11
        json.dumps({"text": "No id here. Gov. Jerry Brown left."}).encode(),  # 12 -> id 12
        json.dumps({"id": 7, "text": None}).encode(),  # 13
        b"",  # 14
        json.dumps({"id": "z", "text": "The last one."}).encode(),  # 15, no trailing newline
    ]
    path.write_bytes(b"\n".join(lines))
    ids = ["a", 2, "b", "c", "d", 8, "s", "huge", 11, 12, 7, "z"]
    return ids, [2, 3, 4, 8, 9, 11, 13]


GOOD_IDS = {"a", "d", "huge", 12, "z"}


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
    return env


@pytest.mark.parametrize("command", COMMANDS)
def test_mixed_jsonl_through_every_subcommand(command: str, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    ids, bad_lines = _mixed(path)
    extra = ["--jobs", "1"] if command == "analyze" else []
    proc = subprocess.run([sys.executable, "-m", "newsnlp", command, str(path), *extra],
                          capture_output=True, timeout=300, env=_env(), cwd=ROOT)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 1, stderr[-2000:]
    assert "Traceback" not in stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").split("\n") if line]
    assert [r["id"] for r in records] == ids
    for r in records:
        if r["id"] in GOOD_IDS:
            assert "error" not in r, r
            assert len(r) > 1
        else:
            assert set(r) == {"id", "error"} and r["error"]
    for line in bad_lines:
        assert f"{path}:{line}:" in stderr
    assert stderr.count(f"{path}:") == len(bad_lines)
    assert "UTF-8" in stderr and "surrogate" in stderr
    by_id = {r["id"]: r for r in records}
    if command == "quotes":
        assert by_id["a"]["quotes"][0]["speaker"]["name"] == "Jane Doe"
        assert len(by_id["huge"]["quotes"]) == 600
    if command == "sentences":
        assert len(by_id["huge"]["sentences"]) == 1200


def test_bad_lines_on_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    ids, bad_lines = _mixed(path)
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "sentences"], input=path.read_bytes(),
                          capture_output=True, timeout=300, env=_env(), cwd=ROOT)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.decode().split("\n") if line] == ids
    for line in bad_lines:
        assert f"<stdin>:{line}:".encode() in proc.stderr


def test_all_good_input_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "good.jsonl"
    # a BOM on an otherwise empty first line is an empty line, not a bad record
    path.write_text("\ufeff\n" + "\n".join(json.dumps({"id": i, "text": GOOD_TEXT}) for i in range(3)) + "\n\n",
                    "utf-8")
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "quotes", str(path)],
                          capture_output=True, timeout=300, env=_env(), cwd=ROOT)
    assert proc.returncode == 0 and proc.stderr == b""
    assert [json.loads(line)["id"] for line in proc.stdout.decode().split("\n") if line] == [0, 1, 2]


# ------------------------------------------------------------ analyze_many

MARKER = "EXPLODE-IN-WORKER"


def test_an_article_that_raises_becomes_an_error_record_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    real = analysis_module._extract_quotes  # analyze's quote step (extract_quotes on its sentence split)

    def exploding(text: str, *args: Any) -> Any:
        if MARKER in text:
            raise RuntimeError("boom from the quote step")
        return real(text, *args)

    monkeypatch.setattr(analysis_module, "_extract_quotes", exploding)
    docs = [{"id": i, "text": GOOD_TEXT if i % 3 else f"{MARKER} {GOOD_TEXT}"} for i in range(7)]
    results = list(analyze_many(docs, n_jobs=1, progress=False))
    assert [r.id for r in results] == list(range(7))
    assert [r.ok for r in results] == [i % 3 != 0 for i in range(7)]
    assert all("RuntimeError" in r.error and "boom" in r.error for r in results if not r.ok)
    assert all(r.quotes[0].speaker.name == "Jane Doe" for r in results if r.ok)


_DIE = """
import newsnlp.pipeline._analysis as a
_real = a._extract_quotes
def _dying(text, *args):
    if "DIE-IN-WORKER" in text:
        import os
        os._exit(3)
    return _real(text, *args)
a._extract_quotes = _dying
"""

_RUN = """
import json, sys
from newsnlp import analyze_many
docs = [{"id": i, "text": ("DIE-IN-WORKER " if i == 5 else "") + sys.argv[1]} for i in range(12)]
print(json.dumps([[r.id, r.ok] for r in analyze_many(docs, n_jobs=2, batch_size=2, progress=False)]))
"""


def test_a_worker_process_that_dies_does_not_kill_the_run(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(_DIE, "utf-8")  # every worker process dies on the marker
    env = _env()
    env["PYTHONPATH"] = os.pathsep.join((str(tmp_path), env["PYTHONPATH"]))
    proc = subprocess.run([sys.executable, "-c", _RUN, GOOD_TEXT], capture_output=True, timeout=300,
                          env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    results = json.loads(proc.stdout.decode().splitlines()[-1])
    assert results == [[i, i != 5] for i in range(12)]
