# %% [markdown]
# # Summarise an article
#
# `newsnlp.summarize` picks the most summary-worthy sentences of an article,
# exactly as written, and tells you where each one is in your text.
# `newsnlp.analyze` does the same as part of reading the whole article.
#
# Run it as a script (`python examples/01_summarize_article.py`) or as a notebook.

# %%
from pathlib import Path

import newsnlp

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
text = (HERE / "sample_article.txt").read_text(encoding="utf-8")
title = text.splitlines()[0]

summary = newsnlp.summarize(text, sentences=3, title=title)
print(summary)

# %% [markdown]
# Every picked sentence carries its position in the article, its offsets into
# the text and the ranker's score.

# %%
for s in summary.sentences:
    assert text[s.start : s.end] == s.text
    print(f"sentence {s.index:2d}  chars {s.start:4d}-{s.end:4d}  score {s.score:.3f}")

# %% [markdown]
# A tighter budget: at most 40 words, with the lead ranker for comparison.

# %%
short = newsnlp.summarize(text, words=40, title=title)
lead = newsnlp.summarize(text, sentences=2, method="lead")
print("40 words:", short)
print("lead-2:  ", lead)
assert len(newsnlp.words(str(short))) <= 40

# %% [markdown]
# `analyze` gives the same summary along with the quotes, officials and stance.

# %%
analysis = newsnlp.analyze(text, title=title)
assert analysis.summary == newsnlp.summarize(text, title=title)
print(len(analysis.sentences), "sentences,", len(analysis.quotes), "quotes,", len(analysis.officials), "officials")
