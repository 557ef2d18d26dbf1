# %% [markdown]
# # Who said what
#
# A table with one row per quote: the speaker, their title, their level of
# government, the side of the federal-vs-local dispute the quote supports,
# and the words. It reads `sample_articles.jsonl` (short articles written for
# newsnlp); set `NEWSNLP_CORPUS` to a JSONL file of your own (one
# `{"id", "title", "text"}` object per line) to read yours.

# %%
import json
import os
from pathlib import Path

from newsnlp.pipeline import analyze_many, rows

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
corpus = Path(os.environ.get("NEWSNLP_CORPUS", HERE / "sample_articles.jsonl"))


def articles(path):
    """Stream the corpus: one dict per line, never the whole file in memory."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


results = list(analyze_many(articles(corpus), progress=False))
quotes = list(rows(results, "quotes"))
print(len(results), "articles,", len(quotes), "quotes")

# %% [markdown]
# With pandas installed the rows become a DataFrame; without it we print them.

# %%
try:
    import pandas as pd
except ImportError:
    pd = None

columns = ["id", "speaker", "speaker_title", "level", "side", "text"]
if pd is not None:
    table = pd.DataFrame(quotes, columns=columns)
    with pd.option_context("display.max_colwidth", 60, "display.width", 200):
        print(table.head(12).to_string(index=False))
else:
    for q in quotes[:12]:
        print(" | ".join(str(q[c])[:60] for c in columns))

# %% [markdown]
# Who is quoted most, and at which level of government?

# %%
from collections import Counter

speakers = Counter((q["speaker"], q["level"]) for q in quotes if q["speaker"])
for (name, level), n in speakers.most_common(8):
    print(f"{n:3d}  {name} ({level or 'level unknown'})")
assert sum(speakers.values()) <= len(quotes)
