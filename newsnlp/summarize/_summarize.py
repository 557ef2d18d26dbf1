"""``summarize``: the best few sentences of an article, exactly as written."""

from __future__ import annotations

import math
from typing import Optional, Sequence, Union

from newsnlp._checks import check_text
from newsnlp.summarize._document import Document
from newsnlp.summarize._rankers import Ranker, get_ranker
from newsnlp.summarize._select import select
from newsnlp.summarize._types import ScoredSentence, Summary
from newsnlp.text import Sentence

__all__ = ["summarize", "AUTO_METHOD", "DEFAULT_SENTENCES", "DEFAULT_DIVERSITY"]

# The ranker with the best ROUGE on the validation split (docs/benchmarks/summarize.md).
AUTO_METHOD = "trained"
DEFAULT_SENTENCES = 3
# Weight of redundancy in MMR; tuned on the validation split.
DEFAULT_DIVERSITY = 0.0


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def summarize(
    text: str,
    *,
    sentences: Optional[int] = None,
    words: Optional[int] = None,
    ratio: Optional[float] = None,
    method: Union[str, Ranker] = "auto",
    diversity: float = DEFAULT_DIVERSITY,
    title: Optional[str] = None,
) -> Summary:
    """Extract the most summary-worthy sentences of ``text``.

    Parameters
    ----------
    text : str
        The article.
    sentences, words, ratio : optional
        At most one budget: a number of sentences, a number of words (never
        exceeded; words are counted as in :func:`newsnlp.words`), or a share of
        the article's sentences in (0, 1] (rounded, at least one). Default: 3 sentences.
    method : str or Ranker
        ``"auto"`` (the best-measured ranker, currently ``"trained"``),
        ``"lead"``, ``"textrank"``, ``"lexrank"``, ``"centroid"``, ``"trained"``,
        any name added with ``register_ranker``, or a ranker instance.
    diversity : float
        MMR weight in [0, 1] of redundancy against relevance; 0 ranks by score alone.
    title : str, optional
        The headline; the trained ranker uses its overlap with each sentence.

    Returns
    -------
    Summary
        The picked sentences in article order, with offsets into ``text``.
        A text with no more sentences than the budget comes back whole; an
        empty text gives an empty summary.

    >>> article = ("The city council approved a new budget on Tuesday. "
    ...            "It raises spending on schools by 4%. The vote was 7 to 2. "
    ...            "Critics said the plan ignores roads.")
    >>> summary = summarize(article, sentences=2, method="lead")
    >>> str(summary)
    'The city council approved a new budget on Tuesday. It raises spending on schools by 4%.'
    >>> [(s.index, s.start, s.end) for s in summary.sentences]
    [(0, 0, 50), (1, 51, 87)]
    """
    return summarize_split(
        text, None, sentences=sentences, words=words, ratio=ratio, method=method, diversity=diversity, title=title
    )


def summarize_split(
    text: str,
    split: Optional[Sequence[Sentence]],
    *,
    sentences: Optional[int] = None,
    words: Optional[int] = None,
    ratio: Optional[float] = None,
    method: Union[str, Ranker] = "auto",
    diversity: float = DEFAULT_DIVERSITY,
    title: Optional[str] = None,
) -> Summary:
    """:func:`summarize` of a text whose ``newsnlp.sentences(text)`` the caller already has.

    :func:`newsnlp.analyze` splits an article once and shares the split; ``split=None``
    splits here. Same parameters and result as :func:`summarize`.
    """
    check_text(text, "summarize() expects a str")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, got {type(title).__name__}")
    given = [name for name, v in (("sentences", sentences), ("words", words), ("ratio", ratio)) if v is not None]
    if len(given) > 1:
        raise ValueError(f"give at most one budget, got {' and '.join(given)}")
    if isinstance(diversity, bool) or not isinstance(diversity, (int, float)) or not 0.0 <= diversity <= 1.0:
        raise ValueError(f"diversity must be a number in [0, 1], got {diversity!r}")
    max_words: Optional[int] = None
    max_sentences: Optional[int] = None
    if words is not None:
        max_words = _check_count("words", words)
    elif ratio is not None:
        if isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not 0.0 < ratio <= 1.0:
            raise ValueError(f"ratio must be a number in (0, 1], got {ratio!r}")
    else:
        max_sentences = _check_count("sentences", DEFAULT_SENTENCES if sentences is None else sentences)
    if isinstance(method, Ranker):
        ranker = method
    else:
        ranker = get_ranker(AUTO_METHOD if method == "auto" else method)
    name = ranker.name or type(ranker).__name__

    doc = Document(text, title, split=split)
    n = len(doc)
    if ratio is not None:
        max_sentences = max(1, int(math.floor(ratio * n + 0.5)))
    if not n:
        return Summary((), name)
    if (max_sentences is not None and n <= max_sentences) or (
        max_words is not None and sum(doc.word_counts) <= max_words
    ):
        scores = ranker.score(doc)
        picked = list(range(n))
    else:
        scores = ranker.score(doc)
        if len(scores) != n:
            raise ValueError(f"ranker {name!r} returned {len(scores)} scores for {n} sentences")
        picked = select(doc, scores, max_sentences=max_sentences, max_words=max_words, diversity=float(diversity))
    return Summary(
        tuple(
            ScoredSentence(s.index, s.start, s.end, s.text, float(scores[i]))
            for i in picked
            for s in (doc.sentences[i],)
        ),
        name,
    )
