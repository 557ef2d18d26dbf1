"""analyze_many on real news: throughput, scaling, byte-identical backends, flat memory.

Measures, in one run on the same articles:
- the time per article of each capability ``analyze`` runs (sentences, quotes,
  officials, summary, stance) and of ``analyze`` itself, in this process;
- ``analyze_many`` throughput with 1 job and with 2 jobs, and their ratio;
- SHA-256 of the JSONL output (``to_dict()``, sorted keys) with 1 job, 2 jobs and a
  ``dask.distributed.LocalCluster`` of 2 workers on 127.0.0.1 (when dask is installed);
- peak resident memory of a subprocess that streams N and then 10×N articles
  (the corpus repeated) through ``analyze_many``.

Targets (issue 6): >= 100 articles/s with 1 job; 2 jobs >= 1.6x 1 job; identical
hashes; peak memory of the 10x run within 10% of the 1x run. The script exits
with status 1 when a target is missed and prints which.

Usage:
    python benchmarks/analyze.py [--corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl]
                                 [--articles 300] [--memory-articles 40] [--no-dask]
                                 [--markdown docs/benchmarks/analyze.md]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "stance" / "allsides-federal-local" / "corpus.jsonl"

import newsnlp  # noqa: E402
from newsnlp import _compat  # noqa: E402
from newsnlp.pipeline import analyze, analyze_many, capabilities  # noqa: E402

WARM_ARTICLES = 100  # read before the timed runs, never timed in them
TARGET_RATE = 100.0
TARGET_SPEEDUP = 1.6
TARGET_MEMORY = 1.10


def load(path: Path, limit: int) -> List[Dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in itertools.islice(fh, limit):
            rec = json.loads(line)
            out.append({"id": rec.get("id"), "title": rec.get("title"), "text": rec["text"]})
    return out


def per_capability(articles: List[Dict[str, Any]]) -> List[Tuple[str, float]]:
    steps: List[Tuple[str, Callable[[Dict[str, Any]], Any]]] = [
        ("sentences", lambda a: newsnlp.sentences(a["text"])),
        ("quotes", lambda a: newsnlp.extract_quotes(a["text"])),
        ("officials", lambda a: newsnlp.find_officials(a["text"])),
    ]
    caps = capabilities()
    if caps["summary"]:
        from newsnlp.summarize import summarize

        steps.append(("summary", lambda a: summarize(a["text"], title=a["title"])))
    if caps["stance"]:
        from newsnlp.stance import detect_stance

        steps.append(("stance (detect_stance)", lambda a: detect_stance(a["text"])))
    steps.append(("analyze (all of the above)", lambda a: analyze(a["text"], title=a["title"])))
    rows = []
    for name, step in steps:
        step(articles[0])  # load lexicons and models outside the timing
        t = time.process_time()  # CPU time: other jobs on a shared machine do not count
        for a in articles:
            step(a)
        rows.append((name, (time.process_time() - t) / len(articles) * 1000))
    return rows


def cpu_seconds() -> float:
    """CPU time of this process and all its descendants (worker processes), or NaN without psutil."""
    psutil = _compat.optional_import("psutil")
    if psutil is None:
        return float("nan")
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.Error:
            pass
    return total


def run_many(articles: List[Dict[str, Any]], **kw: Any) -> Tuple[float, str, int, float]:
    """(articles/s, sha256 of the JSONL output, failures, CPU ms per article over all processes)."""
    digest = hashlib.sha256()
    failures = 0
    c, t = cpu_seconds(), time.perf_counter()
    for r in analyze_many(articles, progress=False, **kw):
        failures += not r.ok
        digest.update(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        digest.update(b"\n")
    wall, cpu = time.perf_counter() - t, cpu_seconds() - c
    return len(articles) / wall, digest.hexdigest(), failures, cpu / len(articles) * 1000


def run_dask(articles: List[Dict[str, Any]]) -> Optional[Tuple[float, str, int, float]]:
    distributed = _compat.optional_import("distributed")
    if distributed is None:
        return None
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", processes=True,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster):
        run_many(articles[:4], backend="dask")  # start the workers' imports outside the timing
        return run_many(articles, backend="dask")


_MEMORY_CHILD = r"""
import itertools, json, resource, sys
sys.path.insert(0, sys.argv[3])
from newsnlp.pipeline import analyze_many
def stream(path, n):
    while True:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if n == 0:
                    return
                rec = json.loads(line)
                yield {"id": rec.get("id"), "title": rec.get("title"), "text": rec["text"]}
                n -= 1
count = 0
for r in analyze_many(stream(sys.argv[1], int(sys.argv[2])), progress=False):
    count += 1
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(corpus: Path, n: int) -> Tuple[int, int]:
    """(articles processed, peak RSS in KiB) of a fresh process streaming ``n`` articles."""
    out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(corpus), str(n), str(ROOT)],
                         capture_output=True, text=True, check=True)
    count, kib = out.stdout.split()
    return int(count), int(kib)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--memory-articles", type=int, default=40, help="N for the N vs 10xN memory runs")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--markdown", type=Path, help="also write the results table here")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"{args.corpus}: no such file; pass --corpus PATH to a JSONL file with a \"text\" field")
    load_start = os.getloadavg()[0]
    loaded = load(args.corpus, args.articles + WARM_ARTICLES)
    articles, warm = loaded[: args.articles], loaded[args.articles:] or loaded[:8]
    chars = sum(len(a["text"]) for a in articles)

    # The per-step timings and the warm-up of both runs use other articles than the timed runs: the
    # caches keyed by text (stems, descriptor windows, contexts) then give neither run an article it
    # has already read, and the worker processes of the 2-job run have read about as many articles
    # before the timing as this process has before the 1-job run.
    caps = per_capability(warm)
    rate1, hash1, fail1, cpu1 = run_many(articles, n_jobs=1)
    run_many(warm, n_jobs=2)  # start the worker processes and warm them outside the timing
    rate2, hash2, fail2, cpu2 = run_many(articles, n_jobs=2)
    dask = None if args.no_dask else run_dask(articles)
    n1, mem1 = peak_memory(args.corpus, args.memory_articles)
    n10, mem10 = peak_memory(args.corpus, 10 * args.memory_articles)

    speedup = rate2 / rate1
    same = hash1 == hash2 and (dask is None or dask[1] == hash1)
    checks = [
        (f"1 job >= {TARGET_RATE:.0f} articles/s", rate1 >= TARGET_RATE, f"{rate1:.1f} articles/s"),
        (f"2 jobs >= {TARGET_SPEEDUP}x 1 job", speedup >= TARGET_SPEEDUP, f"{speedup:.2f}x"),
        ("identical output: 1 job, 2 jobs" + (", dask LocalCluster(2)" if dask else " (dask not run)"), same,
         "same SHA-256" if same else "hashes differ"),
        (f"peak memory with 10x input <= {TARGET_MEMORY:.2f}x", mem10 <= TARGET_MEMORY * mem1,
         f"{mem10 / mem1:.3f}x ({mem1 / 1024:.0f} MiB -> {mem10 / 1024:.0f} MiB)"),
    ]
    lines = [
        f"Corpus: `{args.corpus.name}`, first {len(articles)} articles ({chars / len(articles):,.0f} characters "
        f"on average) in the timed runs; the next {len(warm)} articles, never timed in those runs, give the per-step rows and warm up this process and the 2-job workers; Python {platform.python_version()}, {os.cpu_count()} CPU cores, "
        f"{'pure-Python mode' if _compat.PURE_PYTHON else 'numpy mode'}, joblib "
        f"{'yes' if _compat.have('joblib') else 'no'}; load average {load_start:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end (other jobs on the machine).",
        "",
        "| step (in this process) | CPU ms per article |",
        "|---|---:|",
        *[f"| {name} | {ms:.1f} |" for name, ms in caps],
        "",
        "| run | articles/s (wall) | CPU ms per article, all processes | cores busy | failures "
        "| SHA-256 of output (first 12) |",
        "|---|---:|---:|---:|---:|---|",
        f"| analyze_many, 1 job | {rate1:.1f} | {cpu1:.1f} | {rate1 * cpu1 / 1000:.2f} | {fail1} | `{hash1[:12]}` |",
        f"| analyze_many, 2 jobs (processes) | {rate2:.1f} | {cpu2:.1f} | {rate2 * cpu2 / 1000:.2f} | {fail2} "
        f"| `{hash2[:12]}` |",
    ]
    if dask is not None:
        lines.append(f"| analyze_many, dask LocalCluster 2 workers | {dask[0]:.1f} | {dask[3]:.1f} "
                     f"| {dask[0] * dask[3] / 1000:.2f} | {dask[2]} | `{dask[1][:12]}` |")
    lines += [
        "",
        "| peak memory run | articles | peak RSS (MiB) |",
        "|---|---:|---:|",
        f"| N | {n1} | {mem1 / 1024:.1f} |",
        f"| 10 x N | {n10} | {mem10 / 1024:.1f} |",
        "",
        "| target | met | measured |",
        "|---|---|---|",
        *[f"| {name} | {'yes' if ok else '**no**'} | {value} |" for name, ok, value in checks],
        "",
        f"CPU-bound estimate (not a measurement of wall time): at {cpu1:.1f} CPU ms per article, one job on an "
        f"otherwise idle core would run at about {1000 / cpu1:.0f} articles/s, and two jobs at about "
        f"{2000 / cpu2:.0f} articles/s ({cpu1 / cpu2 * 2:.2f}x).",
    ]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.markdown:
        write_markdown(args.markdown, table, argv if argv is not None else sys.argv[1:])
    missed = [name for name, ok, _ in checks if not ok]
    if missed:
        print("targets missed: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


def write_markdown(path: Path, table: str, argv: List[str]) -> None:
    """Replace the generated block of ``path`` (between the markers) with ``table``."""
    begin, end = "<!-- begin: benchmarks/analyze.py -->", "<!-- end: benchmarks/analyze.py -->"
    block = f"{begin}\n\nCommand: `python benchmarks/analyze.py {' '.join(argv)}`\n\n{table}\n{end}"
    old = path.read_text("utf-8") if path.exists() else f"# analyze_many benchmark\n\n{begin}\n{end}\n"
    if begin in old and end in old:
        new = old[: old.index(begin)] + block + old[old.index(end) + len(end):]
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
