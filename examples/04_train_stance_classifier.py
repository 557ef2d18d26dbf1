# %% [markdown]
# # Train your own StanceClassifier
#
# `StanceClassifier` follows scikit-learn's contract: text becomes numbers in
# `StanceFeatures`, the boosted trees learn on the numbers, and
# `make_stance_pipeline` joins the two so the pipeline takes raw
# `(headline, body)` pairs. Training needs scikit-learn; a trained model
# exported with `to_json` predicts without it.
#
# The toy data below was written for this example. To train on the FNC-1
# corpus instead, set `NEWSNLP_FNC1_DIR` to the folder that holds
# `train_bodies.csv` and `train_stances.csv` (and `NEWSNLP_LIMIT` to cap the pairs).

# %%
import csv
import os
import random
from pathlib import Path

from newsnlp.stance import StanceClassifier, from_json, make_stance_pipeline, to_json

HEADLINE = "City refuses to share jail records with federal agents"
BODIES = {
    "agree": [
        "The city said on Monday it will not hand jail records to federal immigration agents.",
        "Officials confirmed the city refuses to share booking data with ICE.",
        "The mayor repeated that jail records stay with the city, not federal agents.",
    ],
    "disagree": [
        "The city denied reports that it refuses to share records; it has always cooperated.",
        "Officials called the story false and said records are shared with federal agents every week.",
        "A spokesman said the claim the city withholds jail data is untrue.",
    ],
    "unrelated": [
        "The high school football team won its third game in a row on Friday.",
        "A new bakery opened downtown with a line around the block.",
        "The orchestra will play a new symphony at the spring festival.",
    ],
}


def toy_data():
    pairs, labels = [], []
    for label, bodies in BODIES.items():
        for body in bodies:
            pairs.append((HEADLINE, body))
            labels.append(label)
    return pairs * 4, labels * 4


def fnc1_data(folder, limit):
    with open(Path(folder) / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}
    with open(Path(folder) / "train_stances.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(0).shuffle(rows)
    rows = rows[:limit]
    return [(r["Headline"], bodies[r["Body ID"]]) for r in rows], [r["Stance"] for r in rows]


folder = os.environ.get("NEWSNLP_FNC1_DIR")
pairs, labels = fnc1_data(folder, int(os.environ.get("NEWSNLP_LIMIT", "2000"))) if folder else toy_data()
print(len(pairs), "training pairs;", sorted(set(labels)))

# %% [markdown]
# Fit the pipeline. `min_samples_leaf=1` suits the tiny toy set; keep the
# defaults for real data.

# %%
small = folder is None
pipe = make_stance_pipeline(
    classifier=StanceClassifier(max_iter=30 if small else 200, min_samples_leaf=1 if small else 20, random_state=0)
)
pipe.fit(pairs, labels)

tests = [
    (HEADLINE, "The city confirmed it will not give jail records to federal agents."),
    (HEADLINE, "The city denied it refuses; records are shared with federal agents."),
    (HEADLINE, "The football team won again on Friday night."),
]
predicted = [str(p) for p in pipe.predict(tests)]
print(predicted)

# %% [markdown]
# Export the fitted pipeline to JSON (with a checksum) and predict from the
# export: plain Python, the same answers, no scikit-learn needed at inference.

# %%
exported = to_json(pipe)
model = from_json(exported)
assert [str(p) for p in model.predict(tests)] == predicted
print(f"exported model: {len(exported):,} characters of JSON; predictions match")
