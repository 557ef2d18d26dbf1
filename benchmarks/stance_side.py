"""Held-out evaluation of ``newsnlp.detect_stance``: quotes found, speaker level, side, officials F1.

    python benchmarks/stance_side.py \\
        --corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl \\
        --labels benchmarks/data/side_labels.jsonl \\
        --officials benchmarks/data/stance_officials_labels.jsonl

The labels hold article ids, character spans and labels only (no text); the
rows with ``split == "test"`` come from articles that training never reads
(scripts/train_side.py skips them). A labelled quote counts as found when an
extracted quote overlaps it by at least half of the shorter of the two spans.
Speaker level is compared exactly (``federal``/``state``/``local``/``other``,
an unknown level counting as ``other``) and also with state and local merged.
Two baselines run on the same found quotes: the majority side, and "side =
speaker level" (federal -> federal, state/local -> local, else neutral).
Officials are scored as named people and government bodies with a level;
a prediction matches a labelled official when its name (people) or
organisation or one of its mention texts equals one of the official's
labelled names, and counts as correct only with the same level.
Every number printed is computed here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp.stance import detect_stance  # noqa: E402

SIDES = ("federal", "local", "neutral")


def read_jsonl(path: Path) -> Iterator[Dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _norm(s: Optional[str]) -> str:
    s = (s or "").lower().replace("u.s. ", "").replace("us ", "").strip(" .,'’\"“”")
    return s[4:] if s.startswith("the ") else s


def match_quotes(gold: List[Dict[str, Any]], predicted) -> List[Tuple[Dict[str, Any], Any]]:
    """Each gold quote with its best-overlapping predicted quote (or None)."""
    pairs = []
    for g in gold:
        best, best_ov = None, 0
        for p in predicted:
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov > best_ov and ov >= 0.5 * min(g["end"] - g["start"], p.end - p.start):
                best, best_ov = p, ov
        pairs.append((g, best))
    return pairs


def _merged(level: Optional[str]) -> str:
    return {"state": "state/local", "local": "state/local", None: "other"}.get(level, level or "other")


def score_officials(gold: List[Dict[str, Any]], officials, text: str) -> Tuple[int, int, int, int, List[str]]:
    """(predicted, gold, matched with level, matched by name only) and notes on misses."""
    preds = [o for o in officials if o.level in ("federal", "state", "local") and (o.name or o.kind == "organization")]
    used = set()
    tp = name_tp = 0
    notes = []
    for g in gold:
        aliases = {_norm(a) for a in g["names"]}
        hit = None
        for k, o in enumerate(preds):
            if k in used:
                continue
            keys = {_norm(o.name), _norm(o.organization)} | {_norm(text[s:e]) for s, e in o.mentions}
            if aliases & keys:
                hit = k
                break
        if hit is None:
            notes.append(f"missed {g['names'][0]} ({g['level']})")
            continue
        used.add(hit)
        name_tp += 1
        if preds[hit].level == g["level"]:
            tp += 1
        else:
            notes.append(f"level {g['names'][0]}: {preds[hit].level} != {g['level']}")
    for k, o in enumerate(preds):
        if k not in used:
            notes.append(f"extra {o.name or o.organization} ({o.level})")
    return len(preds), len(gold), tp, name_tp, notes


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--officials", type=Path, default=None, help="officials labels for the same articles")
    ap.add_argument("--split", default="test")
    ap.add_argument("--verbose", action="store_true", help="print every miss and error")
    ap.add_argument("--markdown", type=Path, default=None, help="also write the benchmark page (docs/benchmarks/stance.md)")
    args = ap.parse_args(argv)

    gold_quotes: Dict[str, List[Dict[str, Any]]] = defaultdict(list)
    for r in read_jsonl(args.labels):
        if r.get("split", "test") == args.split:
            gold_quotes[r["id"]].append(r)
    gold_officials: Dict[str, List[Dict[str, Any]]] = defaultdict(list)
    if args.officials is not None:
        for r in read_jsonl(args.officials):
            gold_officials[r["id"]].append(r)
    texts = {a["id"]: a["text"] for a in read_jsonl(args.corpus) if a["id"] in gold_quotes}
    missing = set(gold_quotes) - set(texts)
    if missing:
        print(f"articles not in corpus: {sorted(missing)}", file=sys.stderr)
        return 2

    c: Counter = Counter()
    confusion: Counter = Counter()
    gold_sides: Counter = Counter()
    off = [0, 0, 0, 0]
    notes: List[str] = []
    seconds = 0.0
    for aid in sorted(gold_quotes):
        text = texts[aid]
        t0 = time.perf_counter()
        report = detect_stance(text)
        seconds += time.perf_counter() - t0
        for g, p in match_quotes(gold_quotes[aid], report.quotes):
            c["gold"] += 1
            if p is None:
                notes.append(f"{aid} miss {g['kind']} {g['start']}-{g['end']} {g['level']}/{g['side']}")
                continue
            c["found"] += 1
            gold_sides[g["side"]] += 1
            level = p.level if p.level in ("federal", "state", "local") else "other"
            if g.get("level") is not None:  # the first training labels have sides only
                c["level_gold"] += 1
                c["level_ok"] += level == g["level"]
                c["level_merged_ok"] += _merged(level) == _merged(g["level"])
            c["side_ok"] += p.side == g["side"]
            baseline = {"federal": "federal", "state": "local", "local": "local"}.get(level, "neutral")
            c["baseline_level_ok"] += baseline == g["side"]
            confusion[(g["side"], p.side)] += 1
            if p.side != g["side"] or (g.get("level") is not None and level != g["level"]):
                notes.append(f"{aid} {p.start}-{p.end} level {level}/{g['level']} side {p.side}/{g['side']}"
                             f" ({p.side_score:.2f})")
        if aid in gold_officials:
            n_pred, n_gold, tp, name_tp, o_notes = score_officials(gold_officials[aid], report.officials, text)
            off = [off[0] + n_pred, off[1] + n_gold, off[2] + tp, off[3] + name_tp]
            notes += [f"{aid} {n}" for n in o_notes]

    found = max(1, c["found"])
    found_levels = max(1, c["level_gold"])
    majority_side, majority_n = gold_sides.most_common(1)[0] if gold_sides else ("-", 0)
    rows = [
        ("articles", len(gold_quotes), ""),
        ("labelled quotes", c["gold"], ""),
        ("found by extract_quotes", f"{100 * c['found'] / max(1, c['gold']):.1f}%", "≥ 80%"),
        ("speaker level correct (found quotes with a labelled level)", f"{100 * c['level_ok'] / found_levels:.1f}%"
         + ("" if c["level_gold"] == c["found"] else f" of {c['level_gold']}"), "≥ 90%"),
        ("speaker level correct, state+local merged", f"{100 * c['level_merged_ok'] / found_levels:.1f}%", ""),
        ("side correct (found quotes)", f"{100 * c['side_ok'] / found:.1f}%", "≥ 80%"),
        (f"baseline: majority side ({majority_side})", f"{100 * majority_n / found:.1f}%", ""),
        ("baseline: side = speaker level", f"{100 * c['baseline_level_ok'] / found:.1f}%", ""),
    ]
    if args.officials is not None:
        p = off[2] / max(1, off[0])
        r = off[2] / max(1, off[1])
        f1 = 2 * p * r / max(1e-9, p + r)
        pn, rn = off[3] / max(1, off[0]), off[3] / max(1, off[1])
        rows += [
            ("officials: predicted / labelled", f"{off[0]} / {off[1]}", ""),
            ("officials (name + level) P / R / F1", f"{100 * p:.1f} / {100 * r:.1f} / {100 * f1:.1f}", "F1 ≥ 85"),
            ("officials (name only) P / R / F1",
             f"{100 * pn:.1f} / {100 * rn:.1f} / {100 * 2 * pn * rn / max(1e-9, pn + rn):.1f}", ""),
        ]
    rows.append(("detect_stance time (s)", f"{seconds:.2f}", ""))
    lines = ["| measure | value | target |", "|---|---|---|"]
    lines += [f"| {name} | {value} | {target} |" for name, value, target in rows]
    lines += ["", "side confusion (rows gold, columns predicted):", "",
              "| gold \\ predicted | " + " | ".join(SIDES) + " |", "|---|" + "---|" * len(SIDES)]
    lines += [f"| {g} | " + " | ".join(str(confusion[(g, p)]) for p in SIDES) + " |" for g in SIDES]
    print("\n".join(lines))
    if args.verbose:
        print("\n" + "\n".join(notes))
    if args.markdown is not None:
        args.markdown.write_text(_page(args, lines), encoding="utf-8")
    return 0


def _page(args: argparse.Namespace, lines: List[str]) -> str:
    """The benchmark page: how it was run, when, at which commit, and the tables above."""
    import datetime
    import subprocess

    root = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "newsnlp"], cwd=root, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit, dirty = "unknown", ""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    state = f"commit {commit}" + (" with uncommitted changes under newsnlp/ (other work in the same tree)" if dirty else "")
    officials = f" \\\n    --officials {args.officials.as_posix()}" if args.officials is not None else ""
    return "\n".join([
        "# Stance benchmarks: officials, quote levels and federal-vs-local sides",
        "",
        "Written by `benchmarks/stance_side.py --markdown docs/benchmarks/stance.md` (every number",
        "below comes from that run; nothing is typed by hand):",
        "",
        "```",
        f"python benchmarks/stance_side.py \\\n    --corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl \\\n"
        f"    --labels {args.labels.as_posix()} --split {args.split}{officials} \\\n"
        f"    --markdown docs/benchmarks/stance.md",
        "```",
        "",
        f"Measured {when} at {state}.",
        "",
        f"Split `{args.split}` of the labels: for `test`, the held-out articles of",
        "`allsides-federal-local` that training never reads (sanctuary cities, marijuana, COVID-19",
        "reopening, federal agents in Portland) with hand-labelled quotes (span, speaker level, side)",
        "and officials (named people and named government bodies with their level, current office",
        "holders). How the labels were made: [models/side-classifier.md](../models/side-classifier.md).",
        "A labelled quote is found when an extracted quote overlaps it by half the shorter span;",
        "level and side are scored on found quotes; an unknown level counts as `other`. Officials",
        "count named people and `kind=\"organization\"` bodies with a federal, state or local level;",
        "a prediction matches a labelled official by name, organisation or mention text.",
        "",
        *lines,
        "",
    ])


if __name__ == "__main__":
    raise SystemExit(main())
