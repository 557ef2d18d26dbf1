"""Sentence splitting: newsnlp against pySBD (and NLTK's untrained Punkt) on real news.

Measures, in one run on the same articles:
- throughput (MB of UTF-8 text per CPU second) of newsnlp, pySBD and untrained Punkt;
- the speed ratio newsnlp / pySBD;
- newsnlp's throughput in pure-Python mode (a subprocess with NEWSNLP_PURE_PYTHON=1);
- agreement of sentence boundaries with pySBD, for orientation.

Usage:
    python benchmarks/sentences.py [--corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl]
                                   [--articles 300] [--markdown docs/benchmarks/sentences.md]

pySBD is installed with the `bench` extra: pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "stance" / "allsides-federal-local" / "corpus.jsonl"
DEFAULT_BBC = ROOT.parent / "shared" / "data" / "summarization" / "bbc-news-summary-dev.jsonl"


def reference_sentence_recall(path: Path, limit: int, split: Callable[[str], List[str]]) -> tuple[int, int]:
    """How many reference-summary sentences of the BBC file come out as exactly one sentence.

    The references are sets of the articles' own sentences, one per line, so a
    splitter that finds the same boundaries as the annotators reproduces them.
    """
    found = total = 0
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit and i >= limit:
                break
            rec = json.loads(line)
            ours = set(split(rec["text"]))
            for ref in rec["summary"].split("\n"):
                ref = ref.strip()
                if ref:
                    total += 1
                    found += ref in ours
    return found, total


def load(path: Path, limit: int) -> List[str]:
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def cpu_seconds(fn: Callable[[str], object], texts: List[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return best


def pure_mode_seconds(corpus: Path, limit: int) -> float:
    code = (
        "import sys, json, time\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from benchmarks.sentences import load, cpu_seconds\n"
        "from newsnlp import _compat, sentences\n"
        "assert _compat.PURE_PYTHON\n"
        "texts = load(__import__('pathlib').Path(sys.argv[2]), int(sys.argv[3]))\n"
        "print(cpu_seconds(sentences, texts))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(corpus), str(limit)],
        env={**os.environ, "NEWSNLP_PURE_PYTHON": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def main(argv: List[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=300, help="articles to time (0 = all)")
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="BBC News Summary dev file (reference sentences)")
    ap.add_argument("--bbc-articles", type=int, default=300, help="BBC articles to check (0 = all)")
    ap.add_argument("--markdown", type=Path, help="write the results table here")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from newsnlp import sentences

    texts = load(args.corpus, args.articles)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    rows = []
    ours = cpu_seconds(sentences, texts)
    rows.append(("newsnlp (numpy mode)", ours))
    rows.append(("newsnlp (pure-Python mode)", pure_mode_seconds(args.corpus, args.articles)))

    try:
        import pysbd
    except ImportError:
        print("pySBD is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    theirs = cpu_seconds(seg.segment, texts, repeat=1)
    rows.append((f"pySBD {pysbd.__version__} (clean=False)", theirs))

    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        punkt = PunktSentenceTokenizer()
        rows.append(("NLTK Punkt, untrained", cpu_seconds(punkt.tokenize, texts)))
    except ImportError:
        pass

    # boundary agreement with pySBD, paragraph by paragraph
    same = total = 0
    for t in texts:
        for para in t.split("\n\n"):
            a = [s.text for s in sentences(para)]
            b = [x.strip() for x in seg.segment(para) if x.strip()]
            total += 1
            same += a == b

    ratio = theirs / ours
    recall_rows = []
    if args.bbc.is_file():
        recall_rows.append(("newsnlp", reference_sentence_recall(args.bbc, args.bbc_articles, lambda t: [s.text for s in sentences(t)])))
        recall_rows.append(
            (
                "pySBD (per paragraph)",
                reference_sentence_recall(
                    args.bbc,
                    args.bbc_articles,
                    lambda t: [x.strip() for p in t.split("\n\n") for x in seg.segment(p) if x.strip()],
                ),
            )
        )
    lines = [
        "# Sentence splitting benchmark",
        "",
        f"Command: `python benchmarks/sentences.py --articles {args.articles}"
        + (f" --markdown {args.markdown}`" if args.markdown else "`"),
        "",
        f"Corpus: first {len(texts)} articles of `allsides-federal-local/corpus.jsonl` ({mb:.2f} MB UTF-8). "
        f"CPU seconds (best of 3; pySBD once), Python {platform.python_version()}, {platform.machine()}.",
        "",
        "| splitter | CPU s | MB/s | newsnlp speed-up |",
        "|---|---:|---:|---:|",
    ]
    for name, sec in rows:
        lines.append(f"| {name} | {sec:.3f} | {mb / sec:.2f} | {sec / ours:.1f}× |")
    lines += [
        "",
        f"- newsnlp is **{ratio:.0f}×** faster than pySBD in this run (target ≥ 100×).",
        f"- Pure-Python mode: **{mb / rows[1][1]:.2f} MB/s** (target ≥ 1 MB/s); the splitter is the same"
        " pure-Python code in both modes, so its sentences are identical.",
        f"- Paragraphs split identically to pySBD: {same}/{total} ({100 * same / total:.1f}%). Most differences are"
        " quotations: pySBD keeps a multi-sentence quotation as one sentence, newsnlp splits it.",
    ]
    if recall_rows:
        lines += [
            "",
            f"## Boundaries on real news: BBC reference sentences ({args.bbc_articles or 'all'} dev articles)",
            "",
            "The BBC News Summary references are sets of the article's own sentences, one per line. A reference"
            " sentence counts as found when the splitter returns exactly it. Some references are damaged in the"
            " data (a line break inserted inside a decimal number, `$10.` / `9bn.`), so no splitter reaches 100%.",
            "",
            "| splitter | found | of | share |",
            "|---|---:|---:|---:|",
        ]
        for name, (found, total) in recall_rows:
            lines.append(f"| {name} | {found} | {total} | {100 * found / total:.1f}% |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
