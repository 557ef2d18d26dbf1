"""analyze_many on a dask.distributed cluster gives, byte for byte, what one process gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from newsnlp.pipeline import analyze_many

distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install newsnlp[dask])")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_PATH = ROOT / "examples" / "sample_articles.jsonl"
SAMPLES = [json.loads(line) for line in SAMPLES_PATH.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", processes=True,
                                  dashboard_address=":0") as local:
        yield local


def test_a_local_cluster_of_two_workers_matches_one_process(cluster: Any) -> None:
    one = [json.dumps(r.to_dict(), sort_keys=True) for r in analyze_many(SAMPLES, progress=False)]
    with distributed.Client(cluster):
        on_dask = [json.dumps(r.to_dict(), sort_keys=True)
                   for r in analyze_many(SAMPLES + [{"id": "bad"}], backend="dask", batch_size=2, progress=False)]
    assert on_dask[:-1] == one
    assert json.loads(on_dask[-1])["id"] == "bad" and "error" in json.loads(on_dask[-1])


def test_the_cli_runs_on_a_scheduler_address(cluster: Any) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsnlp", "analyze", str(SAMPLES_PATH), "--scheduler", cluster.scheduler_address],
        capture_output=True, timeout=180, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    here = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in analyze_many(SAMPLES, progress=False))
    assert proc.stdout.decode("utf-8") == here


def test_dask_backend_without_a_client_says_how_to_connect() -> None:
    try:
        distributed.get_client()
    except ValueError:
        pass
    else:  # pragma: no cover - a client left over by another test
        pytest.skip("a dask client is already connected in this process")
    with pytest.raises(RuntimeError, match="Client"):
        list(analyze_many(["Mayor Jane Doe spoke."], backend="dask", progress=False))
