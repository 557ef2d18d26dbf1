"""Pick sentences under a budget, with MMR redundancy control."""

from __future__ import annotations

from typing import List, Optional

from newsnlp.summarize._document import Document

__all__ = ["select"]

# Scores are compared after rounding so that the numpy and pure-Python paths,
# whose floats differ in the last bits, break ties the same way (by position).
_DIGITS = 9


def select(
    doc: Document,
    scores: List[float],
    *,
    max_sentences: Optional[int],
    max_words: Optional[int],
    diversity: float,
) -> List[int]:
    """Indices of the picked sentences, in article order.

    Maximal Marginal Relevance: each step takes the sentence maximising
    ``(1 - diversity) * relevance - diversity * max similarity to those picked``,
    where relevance is the score divided by the largest score. With a word
    budget, sentences that no longer fit are skipped, never truncated.
    """
    n = len(scores)
    top = max(scores, default=0.0)
    relevance = [round(s / top, _DIGITS) if top > 0 else 0.0 for s in scores]
    if not diversity and max_words is None:
        # By relevance alone: the first k of one stable sort (ties by position), as the loop below picks.
        k = n if max_sentences is None else max_sentences
        return sorted(sorted(range(n), key=relevance.__getitem__, reverse=True)[:k]) if k < n else list(range(n))
    remaining = max_words
    picked: List[int] = []
    # Highest similarity of each candidate to anything picked so far.
    redundancy = [0.0] * n
    candidates = set(range(n))
    while candidates:
        if max_sentences is not None and len(picked) >= max_sentences:
            break
        if remaining is not None:
            candidates = {i for i in candidates if doc.word_counts[i] <= remaining}
            if not candidates:
                break
        if diversity:
            best = min(
                candidates,
                key=lambda i: (-round((1.0 - diversity) * relevance[i] - diversity * redundancy[i], _DIGITS), i),
            )
        else:
            best = min(candidates, key=lambda i: (-relevance[i], i))
        picked.append(best)
        candidates.discard(best)
        if remaining is not None:
            remaining -= doc.word_counts[best]
        if diversity:
            for i in candidates:
                sim = doc.similarity(i, best)
                if sim > redundancy[i]:
                    redundancy[i] = sim
    return sorted(picked)
