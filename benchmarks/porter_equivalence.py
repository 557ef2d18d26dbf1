"""Compare newsnlp's Porter stemmer with NLTK's over the vocabulary of the news corpora.

Usage (from the repository root)::

    python benchmarks/porter_equivalence.py --data ../shared/data

Reads every word (``\\w+`` runs, in their original case) of the BBC summarisation
dev file and the AllSides federal/local corpus, stems each with both stemmers
and prints the vocabulary size, the number of mismatches (which must be 0) and
the time each stemmer took for one uncached pass. Exits with status 1 on any
mismatch.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

# Run from a checkout without installing: import the newsnlp next to this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CORPORA = (
    "summarization/bbc-news-summary-dev.jsonl",
    "stance/allsides-federal-local/corpus.jsonl",
)
FIELDS = ("title", "text", "summary")
WORD = re.compile(r"\w+")


def vocabulary(data: Path) -> set[str]:
    """Every distinct word of the corpora under ``data``."""
    words: set[str] = set()
    for relative in CORPORA:
        path = data / relative
        if not path.exists():
            raise SystemExit(f"{path} not found: pass --data pointing at the shared data folder")
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for field in FIELDS:
                    value = record.get(field)
                    if isinstance(value, str):
                        words.update(WORD.findall(value))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"),
                        help="shared data folder (default: ../shared/data)")
    args = parser.parse_args(argv)

    from nltk.stem.porter import PorterStemmer

    from newsnlp.text._porter import stem

    words = sorted(vocabulary(args.data))
    reference = PorterStemmer()

    start = time.perf_counter()
    expected = [reference.stem(w) for w in words]
    nltk_seconds = time.perf_counter() - start

    stem.cache_clear()
    start = time.perf_counter()
    got = [stem(w) for w in words]
    ours_seconds = time.perf_counter() - start

    mismatches = [(w, e, g) for w, e, g in zip(words, expected, got) if e != g]
    print(f"vocabulary: {len(words)} distinct words")
    print(f"mismatches: {len(mismatches)}")
    for word, want, have in mismatches[:20]:
        print(f"  {word!r}: nltk {want!r}, newsnlp {have!r}")
    print(f"nltk PorterStemmer: {nltk_seconds:.3f} s; newsnlp stem (cold cache): {ours_seconds:.3f} s")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
