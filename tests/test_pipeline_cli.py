"""`newsnlp analyze`: the common input/error contract, CSV, parallel runs, progress and the run summary."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import List, Tuple

import pytest

from newsnlp.pipeline import ARTICLE_COLUMNS, analyze

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "sample_articles.jsonl"


def newsnlp(*args: str, stdin: bytes = b"") -> Tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "analyze", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=ROOT)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture()
def with_bad_line(tmp_path: Path) -> Path:
    lines = SAMPLES.read_text("utf-8").splitlines()[:2]
    path = tmp_path / "in.jsonl"
    path.write_text(lines[0] + "\nnot json\n" + lines[1] + "\n", encoding="utf-8")
    return path


def test_a_bad_line_is_an_error_record_in_place_and_the_exit_status_is_1(with_bad_line: Path) -> None:
    code, out, err = newsnlp(str(with_bad_line))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["id"] for r in records] == ["river-city-1", 2, "pine-county-2"]
    assert "error" in records[1] and "error" not in records[0]
    assert f"{with_bad_line}:2: line is not valid JSON" in err
    first = json.loads(SAMPLES.read_text("utf-8").splitlines()[0])
    assert records[0] == analyze(first["text"], title=first["title"], id=first["id"]).to_dict()


def test_the_run_summary_counts_articles_failures_and_quotes(with_bad_line: Path) -> None:
    _, out, err = newsnlp(str(with_bad_line))
    quotes = sum(len(json.loads(line).get("quotes", [])) for line in out.splitlines())
    assert f"newsnlp analyze: 3 articles, 1 failed, {quotes} quotes" in err


def test_csv_has_one_row_per_article(with_bad_line: Path) -> None:
    code, out, _ = newsnlp(str(with_bad_line), "--format", "csv")
    table: List[dict] = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert list(table[0]) == list(ARTICLE_COLUMNS)
    assert [r["id"] for r in table] == ["river-city-1", "2", "pine-county-2"]
    assert table[1]["error"] and not table[0]["error"]


def test_two_jobs_write_the_same_bytes_as_one() -> None:
    one = newsnlp(str(SAMPLES))
    two = newsnlp(str(SAMPLES), "--jobs", "2", "--batch-size", "2")
    assert one[0] == two[0] == 0
    assert one[1] == two[1] and one[1].count("\n") == 6


def test_progress_prints_the_count_on_stderr_only_when_asked() -> None:
    _, _, loud = newsnlp(str(SAMPLES), "--progress")
    _, _, quiet = newsnlp(str(SAMPLES))
    assert "6 articles" in loud.replace("\r", "\n")
    assert "6 articles [" not in quiet and "newsnlp: 6 articles\n" not in quiet


def test_jobs_zero_is_a_usage_error() -> None:
    code, _, err = newsnlp(str(SAMPLES), "--jobs", "0")
    assert code == 2 and "--jobs" in err


def test_standard_input_works_like_the_other_subcommands() -> None:
    code, out, _ = newsnlp(stdin='{"id": "s", "text": "Gov. Jerry Brown spoke."}\n'.encode())
    assert code == 0 and json.loads(out)["officials"][0]["name"] == "Jerry Brown"


def test_the_common_process_hook_gives_one_article_without_its_id() -> None:
    import argparse

    from newsnlp.pipeline import _cli

    text = "Gov. Jerry Brown spoke."
    out = _cli.process(text, argparse.Namespace(), {"id": 7, "title": "Brown"})
    expected = analyze(text, title="Brown").to_dict()
    expected.pop("id")
    assert out == expected
