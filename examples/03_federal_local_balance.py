# %% [markdown]
# # Federal vs local: the balance of voices across a corpus
#
# For each article `analyze_many` reports which side of a federal-vs-state/local
# dispute each quote supports, and how many quoted words each side gets. Summed
# over a corpus, that is the balance of voices. Settings come from the
# environment so the same code runs as a script or a notebook:
#
# - `NEWSNLP_CORPUS`: a JSONL file (`{"id", "title", "text"}` per line);
#   default: the bundled `sample_articles.jsonl`;
# - `NEWSNLP_LIMIT`: read at most this many articles (default: all);
# - `NEWSNLP_JOBS`: worker processes (default 1; `-1` for all cores);
# - `NEWSNLP_PLOT`: where to save the plot (default `balance.png`).
#
# The plot needs matplotlib (`pip install newsnlp[examples]`); without it the
# numbers are printed only.

# %%
import itertools
import json
import os
from pathlib import Path

from newsnlp.pipeline import analyze_many

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
corpus = Path(os.environ.get("NEWSNLP_CORPUS", HERE / "sample_articles.jsonl"))
limit = int(os.environ.get("NEWSNLP_LIMIT", "0")) or None
jobs = int(os.environ.get("NEWSNLP_JOBS", "1"))
plot_path = Path(os.environ.get("NEWSNLP_PLOT", "balance.png"))


def articles(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


# %% [markdown]
# Stream the corpus through `analyze_many`, keeping only the counts: memory
# stays flat however large the corpus is.

# %%
SIDES = ("federal", "local", "neutral")
words = dict.fromkeys(SIDES, 0)
quotes = dict.fromkeys(SIDES, 0)
federal_share = []  # per article: federal share of the words quoted for either side
dominant = {"federal": 0, "local": 0, None: 0}
failed = 0
for result in analyze_many(itertools.islice(articles(corpus), limit), n_jobs=jobs, progress=True):
    if not result.ok or result.stance is None:
        failed += 1
        continue
    balance = result.stance.balance
    for side, n in balance.words:
        words[side] += n
    for side, n in balance.quotes:
        quotes[side] += n
    dominant[balance.dominant] += 1
    fed, loc = dict(balance.words).get("federal", 0), dict(balance.words).get("local", 0)
    if fed + loc:
        federal_share.append(fed / (fed + loc))

total = sum(words.values()) or 1
for side in SIDES:
    print(f"{side:8s} {quotes[side]:5d} quotes  {words[side]:6d} words  {words[side] / total:6.1%} of quoted words")
print("articles where federal voices dominate:", dominant["federal"], "| local:", dominant["local"],
      "| neither:", dominant[None], "| not analysed:", failed)

# %% [markdown]
# The plot: quoted words per side, and how the federal share is spread over articles.

# %%
import sys

try:
    import matplotlib

    if "ipykernel" not in sys.modules:
        matplotlib.use("Agg")  # a script saves the file; a notebook also shows the figure
    import matplotlib.pyplot as plt
except ImportError:
    plt = None

if plt is None:
    print("matplotlib is not installed: pip install newsnlp[examples] for the plot")
else:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
    left.bar(SIDES, [words[s] for s in SIDES], color=["#3b6ea8", "#c0504d", "#9a9a9a"])
    left.set_title("quoted words per side")
    left.set_ylabel("words")
    right.hist(federal_share, bins=10, range=(0, 1), color="#3b6ea8")
    right.set_title("federal share of sided quotes, per article")
    right.set_xlabel("federal share")
    right.set_ylabel("articles")
    right.yaxis.get_major_locator().set_params(integer=True)  # a count of articles
    fig.tight_layout()
    fig.savefig(plot_path, dpi=100)
    print("plot saved to", plot_path)
    if "ipykernel" in sys.modules:
        plt.show()
