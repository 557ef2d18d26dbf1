"""FNC-1 stance benchmark for newsnlp's trainable stance classifier.

Predict a test file::

    python benchmarks/fnc1.py --train-dir ../shared/data/stance/fnc1 \\
        --test-bodies test_bodies.csv --test-stances test_stances.csv --out pred.csv

trains on ``train_bodies.csv``/``train_stances.csv`` of ``--train-dir`` and
writes ``Headline,Body ID,Stance`` for every row of ``--test-stances`` in input
order (a ``Stance`` column there is ignored). When the test file has gold
stances, ``--score`` also prints the FNC-1 metrics.

Developer protocol (README of the data folder)::

    python benchmarks/fnc1.py --dev

holds out 20% of the training *bodies* (``random.Random(1489215)``, as the
official baseline), trains on the rest, and prints the FNC-1 score, relative
score, per-class and macro F1 and timings. ``--cv K`` adds K-fold
cross-validation by body inside the training part (for tuning).

The data is a research corpus: it is read from the paths given, never shipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from typing import Dict, List, Sequence, Tuple

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from newsnlp.evaluate import FNCScore, fnc_score  # noqa: E402
from newsnlp.stance import StanceClassifier, StanceFeatures, make_stance_pipeline, save  # noqa: E402

DEFAULT_TRAIN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                                 "data", "stance", "fnc1")

# Chosen by 5-fold cross-validation by body on the 80% training part (see docs/benchmarks/fnc1.md).
DEFAULTS = {
    "max_iter": 500,
    "learning_rate": 0.05,
    "max_leaf_nodes": 31,
    "min_samples_leaf": 20,
    "l2_regularization": 1.0,
    "class_weight": {"agree": 1.5, "disagree": 4.0, "discuss": 1.0, "unrelated": 1.0},
}

Row = Dict[str, str]


def read_csv(path: str) -> List[Row]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_bodies(path: str) -> Dict[str, str]:
    return {r["Body ID"]: r["articleBody"] for r in read_csv(path)}


def pairs_of(stances: Sequence[Row], bodies: Dict[str, str]) -> List[Tuple[str, str]]:
    missing = sorted({r["Body ID"] for r in stances if r["Body ID"] not in bodies})
    if missing:
        raise SystemExit(f"{len(missing)} Body IDs of the stance file are not in the bodies file: {missing[:5]}")
    return [(r["Headline"], bodies[r["Body ID"]]) for r in stances]


def holdout_split(bodies_path: str, training: float = 0.8) -> Tuple[set, set]:
    """The official baseline's split: shuffle body ids (file order) with seed 1489215."""
    ids = list(dict.fromkeys(int(r["Body ID"]) for r in read_csv(bodies_path)))
    rng = random.Random()
    rng.seed(1489215)
    rng.shuffle(ids)
    cut = int(training * len(ids))
    return {str(i) for i in ids[:cut]}, {str(i) for i in ids[cut:]}


def make_model(args: argparse.Namespace):
    weights = dict(DEFAULTS["class_weight"])
    weights["disagree"] = args.disagree_weight
    weights["agree"] = args.agree_weight
    clf = StanceClassifier(
        max_iter=args.max_iter,
        learning_rate=args.learning_rate,
        max_leaf_nodes=args.max_leaf_nodes,
        min_samples_leaf=DEFAULTS["min_samples_leaf"],
        l2_regularization=DEFAULTS["l2_regularization"],
        class_weight=weights,
        random_state=0,
    )
    return make_stance_pipeline(StanceFeatures(), clf)


def report(name: str, s: FNCScore) -> None:
    print(f"== {name}: {s.n} pairs")
    print(f"FNC score {s.score:.2f} / {s.max_score:.2f} = relative {100 * s.relative_score:.2f}%")
    print(f"macro-F1 {100 * s.macro_f1:.2f}   accuracy {100 * s.accuracy:.2f}")
    for label in s.labels:
        print(f"  {label:10s} P {100 * s.precision[label]:6.2f}  R {100 * s.recall[label]:6.2f}  "
              f"F1 {100 * s.f1[label]:6.2f}")
    print("  confusion (rows gold, cols predicted; " + ", ".join(s.labels) + ")")
    for label, row in zip(s.labels, s.confusion):
        print(f"  {label:10s} " + " ".join(f"{v:6d}" for v in row))


def run_dev(args: argparse.Namespace) -> int:
    bodies_path = os.path.join(args.train_dir, "train_bodies.csv")
    bodies = read_bodies(bodies_path)
    stances = read_csv(os.path.join(args.train_dir, "train_stances.csv"))
    train_ids, hold_ids = holdout_split(bodies_path)
    train = [r for r in stances if r["Body ID"] in train_ids]
    hold = [r for r in stances if r["Body ID"] in hold_ids]
    print(f"dev protocol: {len(train)} training pairs ({len(train_ids)} bodies), "
          f"{len(hold)} held-out pairs ({len(hold_ids)} bodies)")
    if args.cv:
        cross_validate(args, train, bodies)
    t0, c0 = time.perf_counter(), time.process_time()
    model = make_model(args).fit(pairs_of(train, bodies), [r["Stance"] for r in train])
    t1, c1 = time.perf_counter(), time.process_time()
    predicted = list(model.predict(pairs_of(hold, bodies)))
    t2, c2 = time.perf_counter(), time.process_time()
    score = fnc_score([r["Stance"] for r in hold], [str(p) for p in predicted])
    report("dev hold-out (20% of bodies)", score)
    print(f"wall time: training {t1 - t0:.1f}s, prediction {t2 - t1:.1f}s, total {t2 - t0:.1f}s")
    print(f"CPU time (all threads of this process): training {c1 - c0:.1f}s, "
          f"prediction {c2 - c1:.1f}s, total {c2 - c0:.1f}s")
    if args.save_model:
        save(model, args.save_model)
        print(f"model written to {args.save_model}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"dev": score.to_dict(), "train_seconds": t1 - t0,
                       "predict_seconds": t2 - t1, "train_cpu_seconds": c1 - c0,
                       "predict_cpu_seconds": c2 - c1}, fh, indent=1)
    return 0


def cross_validate(args: argparse.Namespace, train: List[Row], bodies: Dict[str, str]) -> None:
    ids = sorted({r["Body ID"] for r in train}, key=int)
    rng = random.Random(1489215)
    rng.shuffle(ids)
    folds = [set(ids[i :: args.cv]) for i in range(args.cv)]
    gold: List[str] = []
    pred: List[str] = []
    for k, fold in enumerate(folds):
        fit_rows = [r for r in train if r["Body ID"] not in fold]
        val_rows = [r for r in train if r["Body ID"] in fold]
        model = make_model(args).fit(pairs_of(fit_rows, bodies), [r["Stance"] for r in fit_rows])
        gold += [r["Stance"] for r in val_rows]
        pred += [str(p) for p in model.predict(pairs_of(val_rows, bodies))]
        print(f"  fold {k + 1}/{args.cv} done", flush=True)
    report(f"{args.cv}-fold cross-validation by body (training part)", fnc_score(gold, pred))


def run_predict(args: argparse.Namespace) -> int:
    if not (args.test_bodies and args.test_stances and args.out):
        raise SystemExit("give --test-bodies, --test-stances and --out (or --dev)")
    bodies = read_bodies(os.path.join(args.train_dir, "train_bodies.csv"))
    stances = read_csv(os.path.join(args.train_dir, "train_stances.csv"))
    test_bodies = read_bodies(args.test_bodies)
    test = read_csv(args.test_stances)
    t0, c0 = time.perf_counter(), time.process_time()
    model = make_model(args).fit(pairs_of(stances, bodies), [r["Stance"] for r in stances])
    t1 = time.perf_counter()
    predicted = [str(p) for p in model.predict(pairs_of(test, test_bodies))]
    t2, c2 = time.perf_counter(), time.process_time()
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for r, p in zip(test, predicted):
            writer.writerow([r["Headline"], r["Body ID"], p])
    print(f"wrote {len(predicted)} predictions to {args.out}; "
          f"training {t1 - t0:.1f}s, prediction {t2 - t1:.1f}s (wall); CPU {c2 - c0:.1f}s")
    if args.score and all(r.get("Stance") for r in test):
        report("test", fnc_score([r["Stance"] for r in test], predicted))
    if args.save_model:
        save(model, args.save_model)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train-dir", default=DEFAULT_TRAIN_DIR,
                    help="folder with train_bodies.csv and train_stances.csv")
    ap.add_argument("--test-bodies", help="CSV with Body ID,articleBody")
    ap.add_argument("--test-stances", help="CSV with Headline,Body ID[,Stance]")
    ap.add_argument("--out", help="where to write Headline,Body ID,Stance")
    ap.add_argument("--dev", action="store_true", help="run the 20%% body hold-out protocol")
    ap.add_argument("--cv", type=int, default=0, help="with --dev: K-fold CV by body on the training part")
    ap.add_argument("--score", action="store_true", help="score --out against the test file's Stance column")
    ap.add_argument("--save-model", help="also export the trained model (.json recommended)")
    ap.add_argument("--json", help="with --dev: write the scores as JSON here")
    ap.add_argument("--threads", type=int, default=2, help="OpenMP threads for the booster")
    ap.add_argument("--max-iter", type=int, default=DEFAULTS["max_iter"])
    ap.add_argument("--learning-rate", type=float, default=DEFAULTS["learning_rate"])
    ap.add_argument("--max-leaf-nodes", type=int, default=DEFAULTS["max_leaf_nodes"])
    ap.add_argument("--disagree-weight", type=float, default=DEFAULTS["class_weight"]["disagree"])
    ap.add_argument("--agree-weight", type=float, default=DEFAULTS["class_weight"]["agree"])
    args = ap.parse_args(argv)
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        threadpool_limits = None
    if threadpool_limits is not None:
        with threadpool_limits(limits=args.threads, user_api="openmp"):
            return run_dev(args) if args.dev else run_predict(args)
    return run_dev(args) if args.dev else run_predict(args)


if __name__ == "__main__":
    raise SystemExit(main())
