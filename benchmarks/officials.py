"""Development measurement for ``newsnlp.find_officials`` on real news.

    python benchmarks/officials.py --corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl

Reports coverage statistics over the (unlabelled) corpus: officials per
article, the level distribution, how many titled mentions get a level, and
throughput. With ``--labels benchmarks/data/officials_labels.jsonl`` it also
scores precision against hand labels (article id, span of an official's first
mention, the correct level; no article text), see docs/models/gazetteers.md.
Every number printed is computed here; nothing is typed in by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp.people import find_people  # noqa: E402
from newsnlp.stance import find_officials  # noqa: E402


def read_corpus(path: Path, limit: Optional[int] = None) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def coverage(articles: List[dict]) -> Dict[str, object]:
    per_article: List[int] = []
    levels: Counter = Counter()
    kinds: Counter = Counter()
    titles: Counter = Counter()
    titled = titled_with_level = named = named_with_level = 0
    mentions = 0
    chars = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for art in articles:
        text = art["text"]
        chars += len(text)
        officials = find_officials(text)
        per_article.append(len(officials))
        for o in officials:
            levels[o.level or "none"] += 1
            kinds[o.kind] += 1
            mentions += len(o.mentions)
            if o.name is not None:
                named += 1
                named_with_level += o.level is not None
        for p in find_people(text):
            if p.kind == "person" and p.title is not None:
                titled += 1
                titled_with_level += p.level is not None
                titles[p.title] += 1
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    total = sum(per_article)
    return {
        "articles": len(articles),
        "officials": total,
        "officials_per_article_mean": round(total / max(1, len(articles)), 2),
        "officials_per_article_median": statistics.median(per_article) if per_article else 0,
        "articles_without_officials": sum(1 for n in per_article if n == 0),
        "mentions_per_official": round(mentions / max(1, total), 2),
        "kinds": dict(kinds.most_common()),
        "level_distribution": {k: round(v / max(1, total), 3) for k, v in levels.most_common()},
        "titled_person_mentions": titled,
        "titled_mentions_with_level": round(titled_with_level / max(1, titled), 3),
        "named_officials_with_level": round(named_with_level / max(1, named), 3),
        "top_titles": dict(titles.most_common(15)),
        "wall_seconds_find_officials_and_people": round(seconds, 2),
        "cpu_seconds_find_officials_and_people": round(cpu, 2),
        "kb_per_cpu_second_both_passes": round(chars / 1000 / max(cpu, 1e-9), 1),
    }


def precision(articles: Dict[str, dict], labels_path: Path) -> Dict[str, object]:
    """Score predicted officials against hand labels.

    Label lines (JSONL, no article text):

    - ``{"id", "start", "end", "official": bool, "level": str|null}``: the span of a
      predicted official's first mention; ``official`` says whether it really is a
      government person, group or body, ``level`` its correct level.
    - ``{..., "missed": true}``: an official the finder did not report (first mention).
    - ``{"id", "recall_reviewed": true}``: the article was read in full for misses,
      so recall is computed on these articles only.

    A prediction is correct when it is an official and its level equals the label's.
    """
    labels: Dict[str, Dict[tuple, dict]] = {}
    missed: Dict[str, int] = {}
    reviewed: set = set()
    for line in labels_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("recall_reviewed"):
            reviewed.add(rec["id"])
        elif rec.get("missed"):
            missed[rec["id"]] = missed.get(rec["id"], 0) + 1
        else:
            labels.setdefault(rec["id"], {})[(rec["start"], rec["end"])] = rec
    predicted = judged = is_official = level_right = named = named_right = 0
    recall_found = recall_found_right = 0
    unjudged: List[tuple] = []
    for art_id, gold in labels.items():
        text = articles[art_id]["text"]
        for o in find_officials(text):
            predicted += 1
            rec = gold.get(o.mentions[0])
            if rec is None:
                unjudged.append((art_id, o.mentions[0]))
                continue
            judged += 1
            is_official += bool(rec["official"])
            ok = bool(rec["official"]) and rec["level"] == o.level
            level_right += ok
            if art_id in reviewed and rec["official"]:
                recall_found += 1
                recall_found_right += ok
            if o.name is not None:
                named += 1
                named_right += ok
    n_missed = sum(v for k, v in missed.items() if k in reviewed)
    p_level = level_right / max(1, judged)
    r_level = recall_found_right / max(1, recall_found + n_missed)
    return {
        "labelled_articles": len(labels),
        "predicted_officials": predicted,
        "judged": judged,
        "unjudged_predictions": len(unjudged),
        "precision_is_official": round(is_official / max(1, judged), 3),
        "precision_official_and_level": round(p_level, 3),
        "named_precision_official_and_level": round(named_right / max(1, named), 3),
        "level_accuracy_on_true_officials": round(level_right / max(1, is_official), 3),
        "recall_reviewed_articles": len(reviewed),
        "recall_missed_officials": n_missed,
        "recall_official_found": round(recall_found / max(1, recall_found + n_missed), 3),
        "recall_official_found_with_level": round(r_level, 3),
        "f1_official_and_level_reviewed_precision_all": round(2 * p_level * r_level / max(1e-9, p_level + r_level), 3),
    }


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/data/stance/allsides-federal-local/corpus.jsonl"))
    ap.add_argument("--labels", type=Path, default=None, help="hand labels (JSONL) for precision")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    articles = list(read_corpus(args.corpus, args.limit))
    report: Dict[str, object] = {"coverage": coverage(articles)}
    if args.labels is not None:
        by_id = {a["id"]: a for a in (articles if args.limit is None else read_corpus(args.corpus))}
        report["precision"] = precision(by_id, args.labels)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
