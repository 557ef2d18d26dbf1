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
  side (a federal official whose party is against the article's administration:
  ``local``; a state or local one of the administration's party: unlabelled); a
  speaker who is no official but whose descriptor names a group of the speaker
  gazetteer of one side (the ACLU, the Center for Immigration Studies, ...; see
  ``speaker_group_sides``), with the dispute vocabulary: that side; a quote
  whose quote and sentence mention none of that vocabulary and no federal or
  local actor, and whose speaker is no federal, state or local official, gets
  ``neutral``; the rest stay unlabelled;
* hand labels (``split == "train"`` rows of ``--labels``: article id, span,
  side), matched to the extracted quote that overlaps the span most.

Distant labels weigh ``--distant-weight`` (``neutral`` ones
``--distant-neutral-weight``) and hand labels ``--hand-weight``; the decision
rule stored in the model's meta (``--neutral-scale``, the speaker vote
``--propagate-confident``/``--propagate-below``) is what
``SideModel.predict_article`` applies. The defaults were chosen by 4-fold,
article-grouped cross-validation on the training hand labels (``--cv``, which
scores the decision rule on every extracted quote of the held-out fold's
articles); the test split played no part.

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
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp.stance._officials import find_officials  # noqa: E402
from newsnlp.stance._report import quote_rows  # noqa: E402
from newsnlp.stance._side import (  # noqa: E402
    SIDES,
    Linear,
    SideModel,
    _alignment,
    lexicon,
    quote_groups,
    quote_side_features,
)
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
    # the speaker's party against the article's administration (Democrats in Congress under President Trump,
    # Republicans under President Obama): a federal official of that party argues against the federal side
    align = _alignment(inputs.get("party"), inputs.get("administration"))
    if disputed and level == "federal":
        return "local" if align == "against" else "federal"
    if disputed and level in ("state", "local"):
        # a governor of the president's party often backs him against other states and cities: left open
        return None if align == "with" else "local"
    if disputed:
        # no official, but a group whose side is stable and public (the ACLU, NumbersUSA, NORML)
        groups = quote_groups(inputs)
        if len(groups) == 1:
            return groups[0]
    if not disputed and not actors and level not in ("federal", "state", "local"):
        # an official's words without dispute vocabulary are left unlabelled: in an article about a
        # federal-local dispute they mostly still take a side (the hand labels say so), elsewhere not
        return "neutral"
    return None


def extract(corpus: Path, skip: Set[str], limit: Optional[int]) -> List[Tuple[str, int, int, Dict[str, Any], Any]]:
    """(article id, start, end, side_features inputs, speaker key) for every quote of every training article."""
    rows = []
    t0 = time.perf_counter()
    for n, art in enumerate(read_jsonl(corpus)):
        if limit is not None and n >= limit:
            break
        if art["id"] in skip:
            continue
        text = art["text"]
        for q, _level, inputs, key in quote_rows(text, find_officials(text)):
            rows.append((art["id"], q.start, q.end, inputs, key))
        if n % 500 == 0:
            print(f"  {n} articles, {len(rows)} quotes, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return rows


def distant_set(rows, weight: float, neutral_weight: Optional[float] = None):
    """Features, distant labels and weights of every distantly labelled training quote."""
    X: List[Dict[str, float]] = []
    y: List[str] = []
    used: Counter = Counter()
    for row in rows:
        inputs = row[3]
        label = distant_label(inputs)
        if label is None:
            used["unlabelled"] += 1
            continue
        X.append(quote_side_features(**inputs))
        y.append(label)
        used[f"distant_{label}"] += 1
    nw = weight if neutral_weight is None else neutral_weight
    return X, y, [nw if label == "neutral" else weight for label in y], used


def hand_set(rows, hand: Dict[str, List[Dict[str, Any]]]) -> Tuple[List[Dict[str, Any]], List[str], List[str],
                                                                    List[int]]:
    """(side_features inputs, side, article id, index in ``rows``) of each hand label, matched to the extracted
    quote it overlaps most."""
    by_article: Dict[str, List[Tuple[int, int, int]]] = {}
    for i, row in enumerate(rows):
        by_article.setdefault(row[0], []).append((row[1], row[2], i))
    inputs_out, sides, groups, index = [], [], [], []
    for aid, labels in sorted(hand.items()):
        for lab in labels:
            best, best_overlap = None, 0
            for start, end, i in by_article.get(aid, []):
                ov = min(end, lab["end"]) - max(start, lab["start"])
                if ov > best_overlap:
                    best, best_overlap = i, ov
            if best is not None:
                inputs_out.append(rows[best][3])
                sides.append(lab["side"])
                groups.append(aid)
                index.append(best)
    return inputs_out, sides, groups, index


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


def _level_side(level: Optional[str]) -> str:
    return {"federal": "federal", "state": "local", "local": "local"}.get(level or "", "neutral")


def cross_validate(X, y, w, rows, hand_X, sides, groups, index, hand_weight: float, C: float, min_count: int,
                   decision: Dict[str, Any], folds: int = 4, exhaustive: Optional[Set[str]] = None,
                   dispute: Optional[Set[str]] = None) -> Dict[str, Dict[str, Any]]:
    """Out-of-fold side accuracy on the hand labels over article-grouped folds (distant labels always in training).

    For each fold the model is fitted without the fold's articles, then every extracted quote of those articles
    is predicted with :meth:`SideModel.predict_article` (``decision``: the ``neutral_scale`` and ``propagate``
    entries of the model's meta), and each hand label is scored by the quote it was matched to. Reported on all
    hand labels, on the quotes of ``exhaustive`` articles (every quote labelled: their natural mix of sides)
    and of ``dispute`` articles (exhaustive articles about a federal-local dispute), each for the plain argmax
    (``argmax``), the decision rule (``model``) and "side = speaker level" (``side_is_level``)."""
    articles = sorted(set(groups))
    labelled = set(articles)
    predicted: Dict[int, Tuple[str, str]] = {}
    for k in range(folds):
        held = set(articles[k::folds])
        tr = [i for i, g in enumerate(groups) if g not in held]
        lin = fit_linear(X + [hand_X[i] for i in tr], y + [sides[i] for i in tr], w + [hand_weight] * len(tr),
                         C, min_count)
        model = SideModel(lin, decision)
        by_article: Dict[str, List[int]] = {}
        for r, row in enumerate(rows):
            if row[0] in held and row[0] in labelled:
                by_article.setdefault(row[0], []).append(r)
        for aid, rs in by_article.items():
            probas = [lin.predict_proba(quote_side_features(**rows[r][3])) for r in rs]
            decided = model.predict_article([rows[r][3] for r in rs], [rows[r][4] if len(rows[r]) > 4 else None
                                                                       for r in rs])
            for r, proba, (side, _) in zip(rs, probas, decided):
                predicted[r] = (lin.classes[max(range(len(proba)), key=proba.__getitem__)], side)
    out: Dict[str, Dict[str, Any]] = {}
    subsets = {"all": None, "exhaustive": exhaustive, "dispute": dispute}
    for name, keep in subsets.items():
        idx = [i for i, g in enumerate(groups) if keep is None or g in keep]
        n = max(1, len(idx))
        out[name] = {
            "quotes": len(idx),
            "articles": len({groups[i] for i in idx}),
            "argmax": round(sum(predicted[index[i]][0] == sides[i] for i in idx) / n, 4),
            "model": round(sum(predicted[index[i]][1] == sides[i] for i in idx) / n, 4),
            "side_is_level": round(sum(_level_side(rows[index[i]][3]["level"]) == sides[i] for i in idx) / n, 4),
        }
    return out


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
    ap.add_argument("--distant-neutral-weight", type=float, default=0.1, help="sample weight of a distant neutral label")
    ap.add_argument("--neutral-scale", type=float, default=0.7,
                    help="factor on p(neutral) before the side is chosen (stored in the model's meta)")
    ap.add_argument("--propagate-confident", type=float, default=0.6,
                    help="a speaker's quotes with a side at least this probable vote for the speaker's neutral ones")
    ap.add_argument("--propagate-below", type=float, default=0.7,
                    help="only quotes whose (scaled) p(neutral) is below this take their speaker's side")
    ap.add_argument("--no-propagate", action="store_true", help="do not store the speaker rule in the model")
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
    X, y, w, used = distant_set(rows, args.distant_weight, args.distant_neutral_weight)
    print(f"distant quotes: {len(y)} {dict(sorted(used.items()))}", file=sys.stderr)
    inputs, sides, groups, index = hand_set(rows, hand)
    hand_X = [quote_side_features(**kw) for kw in inputs]
    print(f"hand-labelled training quotes matched: {len(sides)} of {sum(map(len, hand.values()))}", file=sys.stderr)
    decision: Dict[str, Any] = {"neutral_scale": args.neutral_scale}
    if not args.no_propagate:
        decision["propagate"] = {"confident": args.propagate_confident, "neutral_below": args.propagate_below}
    cv: Optional[Dict[str, Dict[str, Any]]] = None
    if args.cv:
        # articles whose every extracted quote was labelled (their labels carry the speaker's level), and among
        # them those about a federal-local dispute (at least 30% of their labelled quotes take a side)
        exhaustive = {aid for aid, labs in hand.items() if any(lab.get("level") for lab in labs)}
        dispute = {aid for aid in exhaustive
                   if sum(lab["side"] != "neutral" for lab in hand[aid]) >= 0.3 * len(hand[aid])}
        cv = cross_validate(X, y, w, rows, hand_X, sides, groups, index, args.hand_weight, args.C, args.min_count,
                            decision, exhaustive=exhaustive, dispute=dispute)
        print("out-of-fold side accuracy on the training hand labels, 4 folds by article:", file=sys.stderr)
        for name, r in cv.items():
            print(f"  {name}: {r['quotes']} quotes in {r['articles']} articles: model {r['model']:.3f} "
                  f"(argmax {r['argmax']:.3f}), side = speaker level {r['side_is_level']:.3f}", file=sys.stderr)
    linear = fit_linear(X + hand_X, y + sides, w + [args.hand_weight] * len(sides), args.C, args.min_count)
    lex_sha = hashlib.sha256(
        resources.files("newsnlp").joinpath("data/stance/side_lexicon.json").read_bytes()).hexdigest()
    meta = {"trained_by": "scripts/train_side.py", "C": args.C, "min_count": args.min_count,
            "distant_weight": args.distant_weight, "distant_neutral_weight": args.distant_neutral_weight,
            "hand_weight": args.hand_weight, "distant_quotes": len(y), **decision,
            "distant_label_counts": dict(sorted(Counter(y).items())), "hand_quotes": len(sides),
            "hand_label_counts": dict(sorted(Counter(sides).items())),
            "hand_cv": cv,
            "held_out_articles": len(skip), "lexicon_sha256": lex_sha}
    model = SideModel(linear, meta)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(linear.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
