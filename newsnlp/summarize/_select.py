"""Pick sentences under a budget, with MMR redundancy control."""

from __future__ import annotations

import math
from itertools import islice
from operator import sub
from typing import Iterable, List, Optional, Sequence

from newsnlp.summarize._document import Document

__all__ = ["select", "sorted_by_rounded"]

# Scores are compared after rounding so that the numpy and pure-Python paths,
# whose floats differ in the last bits, break ties the same way (by position).
_DIGITS = 9


def sorted_by_rounded(indices: Iterable[int], values: Sequence[float], digits: int, reverse: bool = False) -> List[int]:
    """``sorted(indices, key=lambda i: round(values[i], digits), reverse=reverse)``, rounding only where it matters.

    ``round`` costs about 3,000 instructions (a decimal conversion and back). Rounding
    is monotone, so sorted by the values themselves the indices are in the same order
    except within runs of neighbours close enough to round alike (at most about
    ``10 ** -digits`` apart); only such runs, rare in real scores, are sorted again.
    """
    indices = list(indices)
    order = sorted(indices, key=values.__getitem__, reverse=reverse)
    ranked = list(map(values.__getitem__, order))
    total = sum(map(abs, ranked))
    if not math.isfinite(total):  # NaN or infinity: round them all, as the definition does
        rounded = [round(v, digits) for v in values]
        return sorted(indices, key=rounded.__getitem__, reverse=reverse)
    # Two values that round alike differ by at most 10 ** -digits plus their rounding errors.
    tolerance = 2.0 * 10.0**-digits + 1e-15 * total
    gaps = list(map(abs, map(sub, islice(ranked, 1, None), ranked)))
    if min(gaps, default=math.inf) > tolerance:
        return order
    position = {i: p for p, i in enumerate(indices)}
    start = 0
    for k, gap in enumerate(gaps + [math.inf]):
        if gap > tolerance:  # a run ends at k
            if k > start:
                run = sorted(order[start : k + 1], key=position.__getitem__)
                order[start : k + 1] = sorted(run, key=lambda i: round(values[i], digits), reverse=reverse)
            start = k + 1
    return order


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
    if not diversity and max_words is None:
        # By relevance alone: the first k of one stable sort (ties by position), as the loop below picks.
        k = n if max_sentences is None else max_sentences
        if k >= n:
            return list(range(n))
        relative = [s / top for s in scores] if top > 0 else [0.0] * n
        return sorted(sorted_by_rounded(range(n), relative, _DIGITS, reverse=True)[:k])
    relevance = [round(s / top, _DIGITS) if top > 0 else 0.0 for s in scores]
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
