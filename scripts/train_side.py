"""Train the federal-vs-local side model and write newsnlp/data/stance/side_model.json.

    python scripts/train_side.py \\
        --corpus ../shared/data/stance/allsides-federal-local/corpus.jsonl \\
        --labels benchmarks/data/side_labels.jsonl

Labels (see docs/models/side-classifier.md):

* distant labels on every quote ``newsnlp.extract_quotes`` finds in the corpus,
  except in articles named in ``--labels`` with ``split == "test"`` (the
  held-out evaluation articles) and in ``--exclude`` files: a quote whose
  speaker has a certain level (``federal``; ``state``/``local``) and that, with
  its attribution sentence, mentions the dispute vocabulary gets that level's
  side; a quote whose quote and sentence mention none of that vocabulary and
  no federal or local actor, and whose speaker is no federal, state or local
  official, gets ``neutral``; the rest stay unlabelled;
* hand labels (``split == "train"`` rows of ``--labels``: article id, span,
  side), matched to the extracted quote that overlaps the span most.

Distant labels weigh ``--distant-weight`` and hand labels ``--hand-weight``
(the defaults were chosen by 4-fold, article-grouped cross-validation on the
training hand labels, ``--cv``; the test split played no part).

The learner is scikit-learn's multinomial ``LogisticRegression`` (lbfgs,
deterministic); the weights are rounded to 6 decimals and stored as plain
JSON, read back by the pure-Python :class:`newsnlp.stance._side.SideModel`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp.stance._officials import find_officials  # noqa: E402
from newsnlp.stance._report import quote_inputs  # noqa: E402
from newsnlp.stance._side import SIDES, Linear, SideModel, lexicon, quote_side_features  # noqa: E402
from newsnlp.text import stem, words  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsnlp" / "data" / "stance" / "side_model.json"


def read_jsonl(path: Path) -> Iterator[Dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def distant_label(inputs: Dict[str, Any]) -> Optional[str]:
    """The noisy side of one quote from its speaker's level and its vocabulary (None = unlabelled)."""
    lex = lexicon()
    stems = {stem(w) for w in words(inputs["quote"] + " " + inputs["context"])}
    disputed = bool(stems & lex["dispute"])
    actors = bool(stems & (lex["federal_actors"] | lex["local_actors"]))
    level = inputs["level"]
    if disputed and level == "federal":
        return "federal"
    if disputed and level in ("state", "local"):
        return "local"
    if not disputed and not actors and level not in ("federal", "state", "local"):
        # an official's words without dispute vocabulary are left unlabelled: in an article about a
        # federal-local dispute they mostly still take a side (the hand labels say so), elsewhere not
        return "neutral"
    return None


def extract(corpus: Path, skip: Set[str], limit: Optional[int]) -> List[Tuple[str, int, int, Dict[str, Any]]]:
    """(article id, start, end, side_features inputs) for every quote of every training article."""
    rows = []
    t0 = time.perf_counter()
    for n, art in enumerate(read_jsonl(corpus)):
        if limit is not None and n >= limit:
            break
        if art["id"] in skip:
            continue
        text = art["text"]
        for q, _level, inputs in quote_inputs(text, find_officials(text)):
            rows.append((art["id"], q.start, q.end, inputs))
        if n % 500 == 0:
            print(f"  {n} articles, {len(rows)} quotes, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return rows


def distant_set(rows, weight: float):
    """Features, distant labels and weights of every distantly labelled training quote."""
    X: List[Dict[str, float]] = []
    y: List[str] = []
    used: Counter = Counter()
    for _aid, _start, _end, inputs in rows:
        label = distant_label(inputs)
        if label is None:
            used["unlabelled"] += 1
            continue
        X.append(quote_side_features(**inputs))
        y.append(label)
        used[f"distant_{label}"] += 1
    return X, y, [weight] * len(y), used


def hand_set(rows, hand: Dict[str, List[Dict[str, Any]]]) -> Tuple[List[Dict[str, Any]], List[str], List[str]]:
    """(side_features inputs, side, article id) of each hand label, matched to the extracted quote it overlaps most."""
    by_article: Dict[str, List[Tuple[int, int, Dict[str, Any]]]] = {}
    for aid, start, end, inputs in rows:
        by_article.setdefault(aid, []).append((start, end, inputs))
    inputs_out, sides, groups = [], [], []
    for aid, labels in sorted(hand.items()):
        for lab in labels:
            best, best_overlap = None, 0
            for start, end, inputs in by_article.get(aid, []):
                ov = min(end, lab["end"]) - max(start, lab["start"])
                if ov > best_overlap:
                    best, best_overlap = inputs, ov
            if best is not None:
                inputs_out.append(best)
                sides.append(lab["side"])
                groups.append(aid)
    return inputs_out, sides, groups


def fit_linear(X: List[Dict[str, float]], y: List[str], w: Optional[List[float]], C: float, min_count: int) -> Linear:
    """Multinomial logistic regression (scikit-learn, lbfgs) exported as a :class:`Linear`, 6-decimal weights."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for f in X for k in f)
    keep = {k for k, c in counts.items() if c >= min_count or k == "bias"}
    X = [{k: v for k, v in f.items() if k in keep} for f in X]
    vec = DictVectorizer(sort=True)
    M = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=3000, fit_intercept=False)
    clf.fit(M, y, sample_weight=w)
    classes = [str(c) for c in clf.classes_]
    assert sorted(classes) == sorted(SIDES), classes
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        row = [round(float(clf.coef_[k, j]), 6) for k in range(len(classes))]
        if any(row):
            weights[name] = row
    return Linear(classes, weights)


def cross_validate(X, y, w, hand_X, sides, groups, hand_weight: float, C: float, min_count: int,
                   folds: int = 4, exhaustive: Optional[Set[str]] = None,
                   levels: Optional[List[Optional[str]]] = None) -> Tuple[float, Dict[str, Any]]:
    """Accuracy on the hand labels over article-grouped folds (distant labels always in training).

    Also, for the quotes of ``exhaustive`` articles (labelled exhaustively, so in their natural mix of
    sides): the out-of-fold accuracy there and that of "side = speaker level" (``levels``, the
    computed level of each hand-labelled quote)."""
    articles = sorted(set(groups))
    ok = 0
    sub = {"quotes": 0, "model": 0, "side_is_level": 0}
    for k in range(folds):
        held = set(articles[k::folds])
        tr = [i for i, g in enumerate(groups) if g not in held]
        lin = fit_linear(X + [hand_X[i] for i in tr], y + [sides[i] for i in tr], w + [hand_weight] * len(tr),
                         C, min_count)
        for i, g in enumerate(groups):
            if g in held:
                proba = lin.predict_proba(hand_X[i])
                right = lin.classes[max(range(len(proba)), key=proba.__getitem__)] == sides[i]
                ok += right
                if exhaustive is not None and g in exhaustive:
                    sub["quotes"] += 1
                    sub["model"] += right
                    if levels is not None:
                        base = {"federal": "federal", "state": "local", "local": "local"}.get(levels[i] or "", "neutral")
                        sub["side_is_level"] += base == sides[i]
    n = max(1, sub["quotes"])
    return ok / max(1, len(sides)), {"quotes": sub["quotes"], "model": round(sub["model"] / n, 4),
                                     "side_is_level": round(sub["side_is_level"] / n, 4)}


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--labels", type=Path, required=True, help="side labels; test-split articles are never trained on")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="more JSONL files whose article ids to skip")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles (for quick runs)")
    ap.add_argument("--C", type=float, default=0.03, help="inverse L2 regularisation strength")
    ap.add_argument("--min-count", type=int, default=3, help="drop features seen in fewer training quotes")
    ap.add_argument("--distant-weight", type=float, default=0.2, help="sample weight of a distant label")
    ap.add_argument("--hand-weight", type=float, default=2.0, help="sample weight of a hand label")
    ap.add_argument("--cv", action="store_true", help="also report 4-fold (by article) accuracy on the hand labels")
    ap.add_argument("--cache", type=Path, default=None, help="pickle-free JSON cache of extracted quotes (not shipped)")
    args = ap.parse_args(argv)

    labels = list(read_jsonl(args.labels))
    skip = {r["id"] for r in labels if r.get("split") == "test"}
    for path in args.exclude:
        skip |= {r["id"] for r in read_jsonl(path)}
    hand: Dict[str, List[Dict[str, Any]]] = {}
    for r in labels:
        if r.get("split") == "train":
            hand.setdefault(r["id"], []).append(r)
    if args.cache is not None and args.cache.exists():
        rows = [tuple(r) for r in json.loads(args.cache.read_text("utf-8"))]
    else:
        rows = extract(args.corpus, skip, args.limit)
        if args.cache is not None:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    rows = [r for r in rows if r[0] not in skip]
    X, y, w, used = distant_set(rows, args.distant_weight)
    print(f"distant quotes: {len(y)} {dict(sorted(used.items()))}", file=sys.stderr)
    inputs, sides, groups = hand_set(rows, hand)
    hand_X = [quote_side_features(**kw) for kw in inputs]
    print(f"hand-labelled training quotes matched: {len(sides)} of {sum(map(len, hand.values()))}", file=sys.stderr)
    cv = None
    cv_exhaustive: Optional[Dict[str, Any]] = None
    if args.cv:
        # articles whose every extracted quote was labelled (their labels carry the speaker's level)
        exhaustive = {aid for aid, labs in hand.items() if any(lab.get("level") for lab in labs)}
        cv, cv_exhaustive = cross_validate(X, y, w, hand_X, sides, groups, args.hand_weight, args.C, args.min_count,
                                           exhaustive=exhaustive, levels=[kw["level"] for kw in inputs])
        print(f"accuracy on the training hand labels, 4-fold by article: {cv:.3f}", file=sys.stderr)
        print(f"  on the {cv_exhaustive['quotes']} quotes of exhaustively labelled articles: model "
              f"{cv_exhaustive['model']:.3f}, side = speaker level {cv_exhaustive['side_is_level']:.3f}",
              file=sys.stderr)
    linear = fit_linear(X + hand_X, y + sides, w + [args.hand_weight] * len(sides), args.C, args.min_count)
    lex_sha = hashlib.sha256(
        resources.files("newsnlp").joinpath("data/stance/side_lexicon.json").read_bytes()).hexdigest()
    meta = {"trained_by": "scripts/train_side.py", "C": args.C, "min_count": args.min_count,
            "distant_weight": args.distant_weight, "hand_weight": args.hand_weight, "distant_quotes": len(y),
            "distant_label_counts": dict(sorted(Counter(y).items())), "hand_quotes": len(sides),
            "hand_label_counts": dict(sorted(Counter(sides).items())),
            "hand_cv_accuracy": None if cv is None else round(cv, 4),
            "hand_cv_exhaustive": cv_exhaustive,
            "held_out_articles": len(skip), "lexicon_sha256": lex_sha}
    model = SideModel(linear, meta)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(linear.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
