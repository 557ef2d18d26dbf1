"""Instructions per article of each step of ``analyze``, counted by valgrind's callgrind.

Wall and CPU times on a shared virtual machine vary by tens of percent between runs of the same
code; instruction counts do not (same binary, inputs and environment give the same count). This
script compares code versions step by step::

    python benchmarks/instructions.py [--corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl]
        [--repo PATH] [--steps sentences quotes officials stance summary analyze] [--articles 60]

For each step it runs Python under ``valgrind --tool=callgrind`` twice, on the same prepared inputs:
once running the step on ``--articles`` articles and once on none, and reports the difference divided
by the number of articles, so start-up, imports, model loading and input preparation cancel out.
``--repo`` times another checkout (e.g. a ``git worktree`` of an older commit) with this script.
Each step takes about two minutes per run at 60 articles.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "stance" / "allsides-federal-local" / "corpus.jsonl"
STEPS = ("sentences", "quotes", "officials", "stance", "summary", "analyze")
WARM = 40  # articles analysed first in both runs (lexicons, models, caches), never counted


def _child(repo: str, corpus: str, step: str, n: int, total: int) -> None:
    """The measured process: warm up, prepare every article's inputs, then run ``step`` on ``n`` of them."""
    sys.path.insert(0, repo)
    from newsnlp import analyze
    from newsnlp.quotes._extract import extract_quotes_impl
    from newsnlp.stance import find_officials
    from newsnlp.stance._report import _detect_stance
    from newsnlp.summarize._summarize import summarize_split
    from newsnlp.text import sentences

    texts: List[str] = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= WARM + total:
                break
    for t in texts[:WARM]:
        analyze(t)
    prepared = []
    for t in texts[WARM:]:
        s = sentences(t)
        prepared.append((t, s, extract_quotes_impl(t, s), find_officials(t)))
    for t, s, q, o in prepared[:n]:
        if step == "sentences":
            sentences(t)
        elif step == "quotes":
            extract_quotes_impl(t, s)
        elif step == "officials":
            find_officials(t)
        elif step == "stance":
            _detect_stance(t, q, o, s)
        elif step == "summary":
            summarize_split(t, s, title=None)
        else:
            analyze(t)


def _count(repo: Path, corpus: Path, step: str, n: int, total: int) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--child", str(repo), str(corpus), step, str(n), str(total)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    m = re.search(r"Collected : (\d+)", out)
    if m is None:
        raise RuntimeError(f"no instruction count in callgrind's output:\n{out[-2000:]}")
    return int(m.group(1))


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        repo, corpus, step, n, total = argv[1:6]
        _child(repo, corpus, step, int(n), int(total))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repo", type=Path, default=ROOT, help="checkout whose newsnlp is measured")
    ap.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    ap.add_argument("--articles", type=int, default=60)
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        ap.error("valgrind is not installed (Debian/Ubuntu: apt install valgrind)")
    if not args.corpus.is_file():
        ap.error(f"{args.corpus}: no such file; pass --corpus PATH to a JSONL file with a \"text\" field")
    print(f"repo {args.repo.resolve()}, {args.articles} articles of {args.corpus.name} after {WARM} warm-up ones")
    print("| step | instructions per article |")
    print("|---|---:|")
    for step in args.steps:
        with_step = _count(args.repo.resolve(), args.corpus, step, args.articles, args.articles)
        without = _count(args.repo.resolve(), args.corpus, step, 0, args.articles)
        print(f"| {step} | {(with_step - without) / args.articles:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
