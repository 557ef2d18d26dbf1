"""ROUGE-N, ROUGE-L and ROUGE-Lsum in pure Python, matching Google's ``rouge-score``.

The numbers equal those of ``rouge_score.rouge_scorer.RougeScorer(types,
use_stemmer=True).score(reference, candidate)`` (to floating-point rounding):

* tokens: the text is lower-cased, every run of characters other than ``a-z``
  and ``0-9`` becomes a space, and tokens longer than three characters are
  Porter-stemmed (NLTK's default stemmer, reproduced in :func:`newsnlp.stem`);
* ROUGE-N: clipped n-gram overlap over the whole text;
* ROUGE-L: longest common subsequence (LCS) of the two token sequences;
* ROUGE-Lsum: summary-level LCS (Lin 2004, section 3.2): the text is split into
  sentences at newlines, each reference sentence takes the union of its LCS with
  every candidate sentence, and each token is counted at most as often as it
  occurs in both texts.

>>> s = rouge("the cat sat on the mat", "the cat lay on the mat")
>>> round(s["rouge1"].fmeasure, 4), round(s["rouge2"].fmeasure, 4)
(0.8333, 0.6)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple, Union

from newsnlp.text._porter import stem

__all__ = ["ROUGE_TYPES", "RougeScore", "rouge", "rouge_many"]

ROUGE_TYPES: Tuple[str, ...] = ("rouge1", "rouge2", "rougeL", "rougeLsum")

Text = Union[str, Sequence[str]]

_NON_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_NGRAM_TYPE = re.compile(r"rouge([1-9])")


@dataclass(frozen=True, slots=True)
class RougeScore:
    """Precision, recall and F1 (``fmeasure``) of one ROUGE type, each in [0, 1]."""

    precision: float
    recall: float
    fmeasure: float

    def to_dict(self) -> Dict[str, float]:
        """The three numbers as a plain dict.

        >>> RougeScore(0.5, 1.0, 2 / 3).to_dict()["recall"]
        1.0
        """
        return {"precision": self.precision, "recall": self.recall, "fmeasure": self.fmeasure}


_ZERO = RougeScore(0.0, 0.0, 0.0)


def _score(hits: int, candidate_total: int, reference_total: int) -> RougeScore:
    precision = hits / max(candidate_total, 1)
    recall = hits / max(reference_total, 1)
    total = precision + recall
    return RougeScore(precision, recall, 2 * precision * recall / total if total > 0 else 0.0)


def _tokens(text: str, stemmer: bool) -> List[str]:
    tokens = _NON_ALPHANUMERIC.sub(" ", text.lower()).split()
    if stemmer:
        return [stem(t) if len(t) > 3 else t for t in tokens]
    return tokens


def _as_text(value: Text, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        raise TypeError(f"{name} must be str, got bytes: decode it first, e.g. data.decode('utf-8')")
    if isinstance(value, Sequence) and all(isinstance(s, str) for s in value):
        return "\n".join(value)
    raise TypeError(
        f"{name} must be a str or a list of sentence strings, got {type(value).__name__}"
    )


def _check_types(types: Union[str, Iterable[str]]) -> Tuple[str, ...]:
    wanted = (types,) if isinstance(types, str) else tuple(types)
    for kind in wanted:
        if kind not in ("rougeL", "rougeLsum") and not _NGRAM_TYPE.fullmatch(str(kind)):
            raise ValueError(
                f"unknown ROUGE type {kind!r}: use 'rouge1'...'rouge9', 'rougeL' or 'rougeLsum'"
            )
    if not wanted:
        raise ValueError("types is empty: ask for at least one, e.g. types=('rouge1',)")
    return tuple(dict.fromkeys(wanted))


def _ngrams(tokens: List[str], n: int) -> Counter:
    if n == 1:
        return Counter(tokens)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _rouge_n(candidate: List[str], reference: List[str], n: int) -> RougeScore:
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    hits = sum(min(count, cand[gram]) for gram, count in ref.items() if gram in cand)
    return _score(hits, sum(cand.values()), sum(ref.values()))


def _lcs_rows(a: List[str], b: List[str]) -> List[int]:
    """Bit-parallel LCS table (Allison & Dix 1986; Hyyro 2004), one int per prefix of ``b``.

    Bit ``k`` of ``rows[j]`` is 0 exactly where the LCS of ``a[:k + 1]`` and
    ``b[:j]`` is one longer than that of ``a[:k]`` and ``b[:j]``, so the LCS
    of ``a[:i]`` and ``b[:j]`` is ``i`` minus the set bits below ``i``. One
    big-int update per token of ``b`` replaces a row of the usual table.
    """
    positions: Dict[str, int] = {}
    for i, token in enumerate(a):
        positions[token] = positions.get(token, 0) | (1 << i)
    full = (1 << len(a)) - 1
    row = full
    rows = [row]
    for token in b:
        matches = row & positions.get(token, 0)
        row = ((row + matches) | (row - matches)) & full
        rows.append(row)
    return rows


def _lcs_length(a: List[str], b: List[str]) -> int:
    return len(a) - _lcs_rows(a, b)[-1].bit_count()


def _rouge_l(candidate: List[str], reference: List[str]) -> RougeScore:
    if not candidate or not reference:
        return _ZERO
    return _score(_lcs_length(reference, candidate), len(candidate), len(reference))


def _lcs_positions(ref: List[str], cand: List[str]) -> List[int]:
    """Indexes into ``ref`` of one LCS, chosen by rouge-score's backtracking rule.

    Walking back from the end: take a matching pair, else step along ``cand``
    only when that keeps a strictly longer LCS than stepping along ``ref``.
    """
    rows = _lcs_rows(ref, cand)
    if rows[-1] == rows[0]:
        return []  # nothing in common
    i, j, picked = len(ref), len(cand), []
    while i > 0 and j > 0:
        if ref[i - 1] == cand[j - 1]:
            i -= 1
            j -= 1
            picked.append(i)
            continue
        below = (1 << (i - 1)) - 1
        left = i - (rows[j - 1] & (below << 1 | 1)).bit_count()  # LCS(ref[:i], cand[:j-1])
        up = i - 1 - (rows[j] & below).bit_count()  # LCS(ref[:i-1], cand[:j])
        if left > up:
            j -= 1
        else:
            i -= 1
    return picked


def _rouge_lsum(candidate: List[List[str]], reference: List[List[str]]) -> RougeScore:
    cand_total = sum(map(len, candidate))
    ref_total = sum(map(len, reference))
    if not cand_total or not ref_total:
        return _ZERO
    cand_left: Counter = Counter(t for sentence in candidate for t in sentence)
    ref_left: Counter = Counter(t for sentence in reference for t in sentence)
    hits = 0
    for ref in reference:
        union: set[int] = set()
        for cand in candidate:
            if cand:
                union.update(_lcs_positions(ref, cand))
        for i in sorted(union):
            token = ref[i]
            if cand_left[token] > 0 and ref_left[token] > 0:
                hits += 1
                cand_left[token] -= 1
                ref_left[token] -= 1
    return _score(hits, cand_total, ref_total)


def _sentences(text: str, stemmer: bool) -> List[List[str]]:
    return [_tokens(line, stemmer) for line in text.split("\n") if line]


def rouge(
    candidate: Text,
    reference: Text,
    *,
    types: Union[str, Iterable[str]] = ROUGE_TYPES,
    stemmer: bool = True,
) -> Dict[str, RougeScore]:
    """Score a candidate summary against a reference with ROUGE.

    Parameters
    ----------
    candidate, reference:
        The summary to judge and the gold summary: a string (sentences separated
        by newlines, which only ROUGE-Lsum looks at) or a list of sentences.
    types:
        ROUGE types to compute: ``"rouge1"``...``"rouge9"``, ``"rougeL"``, ``"rougeLsum"``.
    stemmer:
        Porter-stem tokens longer than three characters (as ``use_stemmer=True``).

    Returns
    -------
    dict
        One :class:`RougeScore` per requested type, in the order asked.

    Examples
    --------
    >>> scores = rouge(["Mayor wins vote.", "Council objects."],
    ...                "The mayor won the vote.\\nThe council objected.")
    >>> {k: round(v.fmeasure, 3) for k, v in scores.items()}
    {'rouge1': 0.615, 'rouge2': 0.182, 'rougeL': 0.615, 'rougeLsum': 0.615}
    """
    wanted = _check_types(types)
    candidate_text = _as_text(candidate, "candidate")
    reference_text = _as_text(reference, "reference")
    result: Dict[str, RougeScore] = {}
    if any(kind != "rougeLsum" for kind in wanted):
        cand_tokens = _tokens(candidate_text, stemmer)
        ref_tokens = _tokens(reference_text, stemmer)
    for kind in wanted:
        if kind == "rougeL":
            result[kind] = _rouge_l(cand_tokens, ref_tokens)
        elif kind == "rougeLsum":
            result[kind] = _rouge_lsum(
                _sentences(candidate_text, stemmer), _sentences(reference_text, stemmer)
            )
        else:
            result[kind] = _rouge_n(cand_tokens, ref_tokens, int(kind[5:]))
    return result


def rouge_many(
    candidates: Sequence[Text],
    references: Sequence[Text],
    *,
    types: Union[str, Iterable[str]] = ROUGE_TYPES,
    stemmer: bool = True,
) -> Dict[str, RougeScore]:
    """Average :func:`rouge` over pairs: the mean precision, recall and F1 per type.

    >>> s = rouge_many(["a b", "c d"], ["a b", "x y"], types="rouge1")
    >>> s["rouge1"].fmeasure
    0.5
    """
    if isinstance(candidates, str) or isinstance(references, str):
        raise TypeError("rouge_many() takes lists of texts; to score one pair use rouge()")
    if len(candidates) != len(references):
        raise ValueError(
            f"got {len(candidates)} candidates but {len(references)} references: "
            "pass one reference per candidate"
        )
    wanted = _check_types(types)
    if not candidates:
        return {kind: _ZERO for kind in wanted}
    sums = {kind: [0.0, 0.0, 0.0] for kind in wanted}
    for candidate, reference in zip(candidates, references):
        for kind, score in rouge(candidate, reference, types=wanted, stemmer=stemmer).items():
            total = sums[kind]
            total[0] += score.precision
            total[1] += score.recall
            total[2] += score.fmeasure
    n = len(candidates)
    return {kind: RougeScore(p / n, r / n, f / n) for kind, (p, r, f) in sums.items()}
