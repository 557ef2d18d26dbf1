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
cross-validation by body inside the training part (for tuning): it scores the
out-of-fold predictions and searches the decision weights of ``agree`` and
``disagree`` (``StanceClassifier(decision_weight=...)``) on the out-of-fold
probabilities, by macro-F1; ``--cv-only`` stops there, before the hold-out.

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
# Waiting OpenMP threads of the booster sleep instead of spinning: on a shared machine
# spinning threads burn CPU time (a 5-fold CV measured 745 s CPU with 2 spinning threads
# against 127 s with 1 thread), which would make the process CPU time meaningless.
# Must be set before the OpenMP runtime loads (scikit-learn is imported later).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from newsnlp.evaluate import FNCScore, fnc_score  # noqa: E402
from newsnlp.stance import StanceClassifier, StanceFeatures, make_stance_pipeline, save  # noqa: E402

DEFAULT_TRAIN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                                 "data", "stance", "fnc1")

# Booster settings are StanceClassifier's defaults; the training class weights were set by
# hand; the decision weights were chosen by 5-fold cross-validation by body inside the
# training part (--cv 5); see TUNING_NOTE below.
DEFAULTS = {
    "max_iter": 200,
    "learning_rate": 0.1,
    "max_leaf_nodes": 31,
    "min_samples_leaf": 20,
    "l2_regularization": 0.0,
    "class_weight": {"agree": 1.5, "disagree": 4.0, "discuss": 1.0, "unrelated": 1.0},
    "decision_weight": {"agree": 1.5, "disagree": 5.0},
}

# The grid searched by --cv for the decision weights (agree x disagree).
DECISION_GRID = ((0.8, 1.0, 1.25, 1.5), (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0))

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


def make_model(args: argparse.Namespace, decision: bool = True):
    """The benchmark pipeline; ``decision=False`` leaves out the decision weights (for --cv)."""
    weights = dict(DEFAULTS["class_weight"])
    weights["disagree"] = args.disagree_weight
    weights["agree"] = args.agree_weight
    decision_weight = {"agree": args.agree_decision, "disagree": args.disagree_decision}
    clf = StanceClassifier(
        max_iter=args.max_iter,
        learning_rate=args.learning_rate,
        max_leaf_nodes=args.max_leaf_nodes,
        min_samples_leaf=DEFAULTS["min_samples_leaf"],
        l2_regularization=DEFAULTS["l2_regularization"],
        class_weight=weights,
        random_state=0,
        decision_weight=decision_weight if decision else None,
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
        if args.cv_only:
            return 0
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
    if args.markdown:
        write_markdown(args, score, t1 - t0, t2 - t1, c1 - c0, c2 - c1)
        print(f"results table written to {args.markdown}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"dev": score.to_dict(), "train_seconds": t1 - t0,
                       "predict_seconds": t2 - t1, "train_cpu_seconds": c1 - c0,
                       "predict_cpu_seconds": c2 - c1}, fh, indent=1)
    return 0


TUNING_NOTE = (
    "Tuning, honestly stated. Every choice of this round was made by 5-fold cross-validation\n"
    "by body inside the training part (80% of bodies); the dev hold-out was scored once, with\n"
    "the final settings, for this page (earlier dev runs are listed in\n"
    "docs/models/stance-classifier.md).\n"
    "\n"
    "* Decision weights (agree 1.5, disagree 5): `--dev --cv 5 --cv-only` fits the pipeline\n"
    "  without decision weights on 4 folds, predicts probabilities for the 5th, and searches\n"
    "  agree x disagree weights (0.8-1.5 x 1-8) on the pooled out-of-fold probabilities by\n"
    "  macro-F1. Out of fold: relative 87.59% -> 87.25%, macro-F1 67.74 -> 70.09, disagree F1\n"
    "  28.60 -> 37.92 (P 40.1, R 36.0). The surface is flat: agree 1.25-1.5 x disagree 4-6\n"
    "  all lie within 0.3 macro-F1 of the best.\n"
    "* The 18 aligned-sentence features (refutation, negation mismatch, antonyms near the\n"
    "  claim): same folds, features cached with IDF from the whole training part: out-of-fold\n"
    "  macro-F1 67.72 -> 68.59 and disagree F1 27.18 -> 30.63 without decision weights, 69.29\n"
    "  -> 70.07 and 34.21 -> 37.06 with the best ones. Tried and dropped the same way:\n"
    "  polarity word counts of target and aligned sentences (macro-F1 69.90 vs 69.86, disagree\n"
    "  F1 35.7 vs 36.2), min_samples_leaf 40 with l2 1.0 (69.79). These feature runs had two\n"
    "  antonym pairs misspelt (never matched); fixed, the same CV gave 68.29 / 30.26 without and\n"
    "  69.86 / 36.16 with decision weights (differences of this size are fold noise).\n"
    "* Training class weights (agree 1.5, disagree 4) were set by hand in an earlier round;\n"
    "  the CV compared disagree 2 / 4 / 8: best out-of-fold macro-F1 69.38 / 70.07 / 70.01,\n"
    "  so 4 stayed. The booster uses StanceClassifier's defaults (not tuned)."
)


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def write_markdown(args: argparse.Namespace, s: FNCScore, train_s: float, predict_s: float,
                   train_cpu: float, predict_cpu: float) -> None:
    """The results table of docs/benchmarks/fnc1.md, straight from this run."""
    f1 = s.f1
    lines = [
        "# FNC-1 stance benchmark",
        "",
        "Written by `benchmarks/fnc1.py --dev --markdown docs/benchmarks/fnc1.md` (numbers from that",
        "run, not typed by hand). Rerun from the repository root with:",
        "",
        "    python benchmarks/fnc1.py --dev --train-dir ../shared/data/stance/fnc1 \\",
        "        --markdown docs/benchmarks/fnc1.md",
        "",
        "Data: FNC-1 training set (Ferreira & Vlachos 2016; fakenewschallenge.org), read from",
        "`--train-dir`, never shipped. Protocol of the official baseline: body ids shuffled with",
        "`random.Random(1489215)`, 80% of bodies for training, the other 20% (337 bodies,",
        "9,622 pairs) held out. The competition test set is hidden and was never used.",
        "Model: `make_stance_pipeline(StanceFeatures(), StanceClassifier(...))`, see",
        "`docs/models/stance-classifier.md`. No pretrained language model.",
        "",
        "## Results on the dev hold-out",
        "",
        "| split | pairs | FNC score | relative | macro-F1 | F1 agree | F1 disagree | F1 discuss | F1 unrelated |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| dev hold-out (20% of bodies) | {s.n} | {s.score:.2f} / {s.max_score:.2f} | "
        f"{100 * s.relative_score:.2f}% | {100 * s.macro_f1:.2f} | {100 * f1['agree']:.2f} | "
        f"{100 * f1['disagree']:.2f} | {100 * f1['discuss']:.2f} | {100 * f1['unrelated']:.2f} |",
        "",
        "| target (issue 5) | this run | met? |",
        "|---|---|---|",
        f"| relative FNC score >= 82.5% | {100 * s.relative_score:.2f}% | {_yes(s.relative_score >= 0.825)} |",
        f"| macro-F1 >= 62 | {100 * s.macro_f1:.2f} | {_yes(s.macro_f1 >= 0.62)} |",
        f"| disagree F1 > 20 | {100 * f1['disagree']:.2f} | {_yes(f1['disagree'] > 0.20)} |",
        f"| training + prediction <= 600 s, CPU time | {train_cpu + predict_cpu:.0f} s | "
        f"{_yes(train_cpu + predict_cpu <= 600)} |",
        f"| training + prediction <= 600 s, wall clock (shared machine) | {train_s + predict_s:.0f} s | "
        f"{_yes(train_s + predict_s <= 600)} |",
        "",
        "Confusion matrix (rows gold, columns predicted):",
        "",
        "| gold \\ predicted | " + " | ".join(s.labels) + " |",
        "|---" * (len(s.labels) + 1) + "|",
    ]
    for label, row in zip(s.labels, s.confusion):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    lines += [
        "",
        f"Time: training {train_s:.0f} s, prediction {predict_s:.0f} s wall clock "
        f"({train_s + predict_s:.0f} s total); CPU time of the process {train_cpu:.0f} s + "
        f"{predict_cpu:.0f} s; booster threads: {args.threads}. On a shared machine the wall",
        "time depends on the other jobs running; the process CPU time is the fairer measure.",
        "",
        "Classifier settings: " + ", ".join(
            f"{k}={v}" for k, v in sorted(vars(args).items())
            if k in ("max_iter", "learning_rate", "max_leaf_nodes", "disagree_weight", "agree_weight",
                     "disagree_decision", "agree_decision")
        ) + ".",
        "",
        "## Targets and context",
        "",
        "Targets of issue 5: relative FNC score >= 82.5%, macro-F1 >= 62, disagree F1 > 20,",
        "training + prediction <= 10 minutes on 2 CPU cores. For scale, on the hidden",
        "competition test set the three FNC-1 winners scored 82.02 / 81.97 / 81.72% relative,",
        "macro-F1 57.8 / 60.0 / 57.9, disagree F1 3.6 / 15.1 / 11.4; the official baseline",
        "scores about 79.5% relative on this dev hold-out (75.2% on the test set). Scores on",
        "this dev split run higher than on the test set: many of its headlines also occur with",
        "training bodies, and its topics overlap the training topics.",
        "",
        TUNING_NOTE,
    ]
    with open(args.markdown, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def render_saved(args: argparse.Namespace) -> int:
    """Write the Markdown table from the JSON scores saved by an earlier ``--dev --json`` run."""
    if not args.markdown:
        raise SystemExit("--markdown-from needs --markdown OUT.md")
    with open(args.markdown_from, encoding="utf-8") as fh:
        saved = json.load(fh)
    d = saved["dev"]
    score = FNCScore(**{**d, "labels": tuple(d["labels"]),
                        "confusion": tuple(tuple(r) for r in d["confusion"])})
    write_markdown(args, score, saved["train_seconds"], saved["predict_seconds"],
                   saved["train_cpu_seconds"], saved["predict_cpu_seconds"])
    return 0


def cross_validate(args: argparse.Namespace, train: List[Row], bodies: Dict[str, str]) -> None:
    """K-fold CV by body on the training part; searches the decision weights on the out-of-fold probabilities."""
    ids = sorted({r["Body ID"] for r in train}, key=int)
    rng = random.Random(1489215)
    rng.shuffle(ids)
    folds = [set(ids[i :: args.cv]) for i in range(args.cv)]
    gold: List[str] = []
    proba: List[List[float]] = []
    classes: List[str] = []
    c0 = time.process_time()
    for k, fold in enumerate(folds):
        fit_rows = [r for r in train if r["Body ID"] not in fold]
        val_rows = [r for r in train if r["Body ID"] in fold]
        model = make_model(args, decision=False).fit(pairs_of(fit_rows, bodies),
                                                     [r["Stance"] for r in fit_rows])
        classes = [str(c) for c in model.classes_]
        gold += [r["Stance"] for r in val_rows]
        proba += [list(map(float, p)) for p in model.predict_proba(pairs_of(val_rows, bodies))]
        print(f"  fold {k + 1}/{args.cv} done ({time.process_time() - c0:.0f} s CPU)", flush=True)

    def decide(agree: float, disagree: float) -> List[str]:
        w = [{"agree": agree, "disagree": disagree}.get(c, 1.0) for c in classes]
        out = []
        for p in proba:
            shifted = [pi * wi for pi, wi in zip(p, w)]
            out.append(classes[shifted.index(max(shifted))])
        return out

    report(f"{args.cv}-fold cross-validation by body (training part), no decision weights",
           fnc_score(gold, decide(1.0, 1.0)))
    results = []
    for agree in DECISION_GRID[0]:
        for disagree in DECISION_GRID[1]:
            results.append((fnc_score(gold, decide(agree, disagree)), agree, disagree))
    results.sort(key=lambda r: (-r[0].macro_f1, r[1], r[2]))
    print("decision weights by out-of-fold macro-F1 (agree, disagree: relative, macro-F1, F1 per class):")
    for s, agree, disagree in results[:8]:
        print(f"  {agree:5.2f} {disagree:5.2f}: {100 * s.relative_score:.2f}% {100 * s.macro_f1:.2f}  "
              + " ".join(f"{c} {100 * s.f1[c]:.2f}" for c in s.labels))
    best, agree, disagree = results[0]
    print(f"best: --agree-decision {agree} --disagree-decision {disagree} "
          f"(these runs used --agree-decision {args.agree_decision} --disagree-decision {args.disagree_decision})")
    report(f"{args.cv}-fold cross-validation by body, best decision weights", best)


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
    ap.add_argument("--markdown", help="with --dev: write the results table (Markdown) here")
    ap.add_argument("--threads", type=int, default=2, help="OpenMP threads for the booster")
    ap.add_argument("--max-iter", type=int, default=DEFAULTS["max_iter"])
    ap.add_argument("--learning-rate", type=float, default=DEFAULTS["learning_rate"])
    ap.add_argument("--max-leaf-nodes", type=int, default=DEFAULTS["max_leaf_nodes"])
    ap.add_argument("--disagree-weight", type=float, default=DEFAULTS["class_weight"]["disagree"])
    ap.add_argument("--agree-weight", type=float, default=DEFAULTS["class_weight"]["agree"])
    ap.add_argument("--disagree-decision", type=float, default=DEFAULTS["decision_weight"]["disagree"],
                    help="decision weight of disagree (probability multiplier before the argmax)")
    ap.add_argument("--agree-decision", type=float, default=DEFAULTS["decision_weight"]["agree"],
                    help="decision weight of agree")
    ap.add_argument("--cv-only", action="store_true", help="with --cv: stop after the cross-validation")
    ap.add_argument("--markdown-from", help="re-render --markdown from a --json file of an earlier --dev run")
    args = ap.parse_args(argv)
    if args.markdown_from:
        return render_saved(args)
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
