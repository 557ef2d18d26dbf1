"""The command-line contract: inputs, output shape, error records, exit status."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsnlp.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: list[str], stdin: bytes = b"") -> tuple[int, list[dict], str]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsnlp", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    out = proc.stdout.decode("utf-8")
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")
    return proc.returncode, [json.loads(line) for line in out.splitlines() if line.strip()], proc.stderr.decode()


def test_jsonl_file_with_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(
        b'{"id": "a", "text": "Gov. Ray Hill spoke. He left."}\n'
        b"this is not json\n"
        b'{"id": "no-text"}\n'
        b"\xff\xfe broken utf-8\n"
        b'{"text": 42}\n'
        b"\n"
        b'{"text": "One. Two."}\n'
    )
    code, records, err = run_cli(["sentences", str(f)])
    assert code == 1
    assert [r["id"] for r in records] == ["a", 2, "no-text", 4, 5, 7]
    assert [s["text"] for s in records[0]["sentences"]] == ["Gov. Ray Hill spoke.", "He left."]
    assert records[0]["sentences"][1] == {"index": 1, "start": 21, "end": 29, "text": "He left.", "paragraph": 0}
    assert all("error" in r for r in records[1:5])
    assert [s["text"] for s in records[5]["sentences"]] == ["One.", "Two."]
    for line in (2, 3, 4, 5):
        assert f"{f}:{line}:" in err


def test_stdin_jsonl_and_plain_text() -> None:
    code, records, err = run_cli(["sentences"], b'{"text": "A b. C d."}\nnot json\n')
    assert code == 1 and records[0]["id"] == 1 and records[1]["id"] == 2
    assert "<stdin>:2:" in err
    code, records, _ = run_cli(["sentences", "-"], "Plain text. Über alles.".encode())
    assert code == 0
    assert [s["text"] for s in records[0]["sentences"]] == ["Plain text.", "Über alles."]


def test_txt_files_are_one_article_each_in_order(tmp_path: Path) -> None:
    a, b = tmp_path / "first.txt", tmp_path / "second.txt"
    a.write_text("First one. Yes.", encoding="utf-8")
    b.write_text("Second.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, records, _ = run_cli(["sentences", str(a), str(b), "-o", str(out)])
    assert code == 0 and records == []
    written = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == ["first.txt", "second.txt"]
    assert len(written[0]["sentences"]) == 2


def test_missing_file_is_a_usage_error() -> None:
    code, records, err = run_cli(["sentences", "does-not-exist.jsonl"])
    assert code == 2 and records == [] and "does-not-exist.jsonl" in err


def test_bundled_sample_runs() -> None:
    code, records, _ = run_cli(["sentences", str(ROOT / "examples" / "sample_article.txt")])
    assert code == 0 and len(records) == 1
    text = (ROOT / "examples" / "sample_article.txt").read_text(encoding="utf-8")
    for s in records[0]["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]


def test_in_process_main_and_help(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": 9, "text": "Hi. Bye."}\n')))
    assert main(["sentences"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == 9
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "sentences" in capsys.readouterr().out


def test_console_script_when_installed() -> None:
    exe = shutil.which("newsnlp", path=os.path.dirname(sys.executable))
    if exe is None:
        pytest.skip("the newsnlp console script is not installed in this environment")
    proc = subprocess.run([exe, "sentences"], input=b'{"text": "Good. Bye."}', capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["sentences"][1]["text"] == "Bye."


def test_a_reader_that_goes_away_stops_the_run_quietly(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = json.dumps({"text": "The council met on Monday. It voted to close the old library. Residents objected."})
    path.write_text("\n".join([line] * 5000) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsnlp", "sentences", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `newsnlp sentences many.jsonl | head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert json.loads(first)["sentences"]
    assert err == b""
