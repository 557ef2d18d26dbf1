"""An article prepared once for every ranker: sentences, terms, vectors, graphs."""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain, filterfalse
import re
from functools import lru_cache
from importlib import resources
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from newsnlp._memo import WordMemo
from newsnlp.summarize import _graph
from newsnlp.text import Sentence, sentences, stop_words, words

__all__ = ["Document", "MAX_GRAPH_SENTENCES"]

# Above this many sentences the graph rankers switch to centroid similarity,
# which is linear in the text: a 20,000-sentence dump must not build a
# 400-million-cell similarity matrix.
MAX_GRAPH_SENTENCES = 400


def s_stem(word: str) -> str:
    """Harman's "S" stemmer: fold English plurals (``cities`` -> ``city``, ``votes`` -> ``vote``).

    Sentence similarity only needs plurals folded; this costs a few string
    tests where a full Porter stem costs ~10 microseconds per new word.

    >>> [s_stem(w) for w in ["cities", "votes", "goes", "bus", "class", "talks"]]
    ['city', 'vote', 'goe', 'bus', 'class', 'talk']
    """
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def _term_of(word: str) -> str:
    """The term a lower-cased word counts as (``""`` for stop words and one-letter tokens)."""
    if len(word) < 2 or word in stop_words():
        return ""
    # s_stem changes only words ending in "s": most new words skip the call
    return s_stem(word) if word[-1] == "s" else word


_TERMS = WordMemo(_term_of)
_term = _TERMS.__getitem__


def content_terms(text: str) -> List[str]:
    """Plural-folded, lower-cased words of ``text`` without stop words or one-letter tokens."""
    return [t for t in map(_term, words(text)) if t]


_WORD = re.compile(r"\w+(?:'\w+)*")
# Words of the count-vector graph: runs of ASCII letters, with inner apostrophes and
# hyphens kept ("company's", "long-term" are words of their own); digits split them.
_LETTERS = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


@lru_cache(maxsize=1)
def function_words() -> FrozenSet[str]:
    """The short English function-word list of the count-vector sentence graph.

    Shorter than :func:`newsnlp.text.stop_words`: words such as "said", "last"
    or "show" stay, so sentences that share them count as similar.
    """
    raw = resources.files("newsnlp").joinpath("data/summarize/function_words.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#") for w in line.split())


def _lowered(text: str) -> Optional[str]:
    """``text`` lower-cased with curly apostrophes straightened, or ``None`` when that changes its length.

    A few characters grow when lower-cased ("İ"); then sentence offsets no
    longer index the lowered text and each sentence is lowered on its own.
    """
    lowered = text.lower().replace("\u2019", "'")
    return lowered if len(lowered) == len(text) else None


def _by_sentence(pattern: "re.Pattern[str]", lowered: Optional[str], sents: List[Sentence]) -> List[List[str]]:
    """``pattern.findall`` over each sentence of the lowered text (see :func:`_lowered`)."""
    if lowered is None:
        return [pattern.findall(s.text.lower().replace("\u2019", "'")) for s in sents]
    findall = pattern.findall
    return [findall(lowered, s.start, s.end) for s in sents]


# Both tokenisations below avoid a regex scan of every character: the lowered text is
# encoded as Latin-1 (one byte per character; anything above U+00FF becomes "?"), its
# bytes are mapped through a 256-entry table, and the white-space separated runs left
# are the words. Each gives exactly what its regex (_WORD, _LETTERS) finds; the
# summarize tests compare them on random text.

# Words: word characters (\w) stay, straight apostrophes stay, the rest -> space; then an
# apostrophe not between word characters -> space. A text with word characters beyond
# Latin-1 (rare in English news) uses the regex instead.
_WORD_BYTES = bytes(c if chr(c).isalnum() or c in (39, 95) else 32 for c in range(256))
_WIDE_WORD_CHAR = re.compile(r"[^\W\x00-\xff]")  # \w characters that Latin-1 cannot hold
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
# Characters beyond Latin-1 that fill English news and are neither word characters nor white
# space: curly quotes, en and em dashes, the ellipsis.
_COMMON_WIDE = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"


def wide_characters(text: str) -> str:
    """The distinct characters of ``text`` beyond Latin-1, leaving out :data:`_COMMON_WIDE`.

    A question such as "does the text hold a letter beyond Latin-1?" needs only
    these few characters, not a regex or set over every character of the text:
    a news text's characters beyond Latin-1 are nearly always curly quotes and
    dashes, which a handful of ``str.replace`` scans remove.
    """
    if text.isascii():
        return ""
    for ch in _COMMON_WIDE:
        if ch in text:
            text = text.replace(ch, "")
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return "".join(set(_BEYOND_LATIN1.findall(text)))
    return ""
_LONE_APOSTROPHE = re.compile(r"'(?:(?!\w)|(?<!\w'))")  # an apostrophe not between word characters
# Graph words: a-z, apostrophes and hyphens stay, the rest -> space.
_LETTER_BYTES = bytes(c if 97 <= c <= 122 or c in (39, 45) else 32 for c in range(256))
# An apostrophe or a hyphen not between letters, one pattern each: a pattern starting with
# one literal character is searched for with a fast scan (a character class is not), and
# blanking one kind first does not change which of the other kind stand between letters.
_LONE_JOINERS = (re.compile(r"'(?:(?![a-z])|(?<![a-z]'))"), re.compile(r"-(?:(?![a-z])|(?<![a-z]-))"))


def _word_tokens(lowered: Optional[str], sents: List[Sentence]) -> List[List[str]]:
    """:data:`_WORD` matches in each sentence of the lowered text (see :func:`_lowered`)."""
    if lowered is None:
        return _by_sentence(_WORD, lowered, sents)
    encoded = lowered.encode("latin-1", "replace")
    # Only a text with characters beyond Latin-1 (each became "?") can hold such word characters.
    if encoded.count(b"?") != lowered.count("?") and _WIDE_WORD_CHAR.search(wide_characters(lowered)):
        return _by_sentence(_WORD, lowered, sents)
    return _marked_words(encoded.translate(_WORD_BYTES).decode("latin-1"), sents)


def _marked_words(marks: str, sents: List[Sentence]) -> List[List[str]]:
    """The words of each sentence from ``marks``, the text through :data:`_WORD_BYTES`."""
    if "'" in marks:
        marks = _LONE_APOSTROPHE.sub(" ", marks)
    return [marks[s.start : s.end].split() for s in sents]


# The Latin-1 text of a Document (see _latin1) lowers byte by byte: every Latin-1 character
# lowers to one Latin-1 character. These tables lower and then map as _WORD_BYTES and
# _LETTER_BYTES do, so the lowered text is never built (str.lower costs ~50 instructions per
# character of a text with curly quotes; a byte translation a few).
_LOWER_BYTES = bytes(ord(chr(c).lower()) for c in range(256))
_RAW_WORD_BYTES = bytes(_WORD_BYTES[_LOWER_BYTES[c]] for c in range(256))
_RAW_LETTER_BYTES = bytes(_LETTER_BYTES[_LOWER_BYTES[c]] for c in range(256))
# What the lowered text's encoding makes of each common wide character: "?", but "'" for
# the curly apostrophe, which _lowered straightens.
_COMMON_WIDE_BYTES = [(ch, "'" if ch == "\u2019" else "?") for ch in _COMMON_WIDE]


def _latin1(text: str) -> Optional[bytes]:
    """``text`` as Latin-1 bytes, curly apostrophes straightened and the rest of :data:`_COMMON_WIDE`
    as "?"; ``None`` when it holds any other character beyond Latin-1.

    Those bytes through :data:`_RAW_WORD_BYTES` or :data:`_RAW_LETTER_BYTES` are the
    lowered text (:func:`_lowered`, same length here: the common wide characters do not
    change when lower-cased) through :data:`_WORD_BYTES` or :data:`_LETTER_BYTES`.
    """
    if text.isascii():
        return text.encode("ascii")
    for wide, narrow in _COMMON_WIDE_BYTES:  # a scan per character beats counting them
        if wide in text:
            text = text.replace(wide, narrow)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _letters(lowered: str) -> str:
    """``lowered`` with every character that is not part of a graph word blanked (same length)."""
    return _joiners_blanked(lowered.encode("latin-1", "replace").translate(_LETTER_BYTES).decode("ascii"))


def _joiners_blanked(letters: str) -> str:
    """``letters`` (the text through :data:`_LETTER_BYTES`) without lone apostrophes and hyphens."""
    for joiner, lone in zip("'-", _LONE_JOINERS):
        if joiner in letters:
            letters = lone.sub(" ", letters)
    return letters


def _letter_runs(lowered: Optional[str], sents: List[Sentence]) -> List[List[str]]:
    """Lower-cased words of every sentence (ASCII letters, inner apostrophes and hyphens kept), without function words."""
    if lowered is None:
        skip = function_words().__contains__
        return [list(filterfalse(skip, ws)) for ws in _by_sentence(_LETTERS, lowered, sents)]
    return _runs_in(_letters(lowered), sents)


def _runs_in(letters: str, sents: List[Sentence]) -> List[List[str]]:
    """:func:`_letter_runs` of each sentence from the text's :func:`_letters`."""
    skip = function_words().__contains__
    return [list(filterfalse(skip, letters[s.start : s.end].split())) for s in sents]


def _counts_in(letters: str, sents: List[Sentence]) -> List[Dict[str, int]]:
    """``{word: count}`` of each sentence's :func:`_runs_in`, counted without building the lists."""
    skip = function_words().__contains__
    out: List[Dict[str, int]] = []
    for s in sents:
        c: Dict[str, int] = {}
        _graph._count_into(c, filterfalse(skip, letters[s.start : s.end].split()))
        out.append(c)
    return out


class Document:
    """The sentences of one article with the term statistics rankers share.

    Everything derived (vectors, similarity matrices, centrality) is computed
    on first use and cached, so a ranker plus redundancy control pays for it once.

    >>> doc = Document("Rain fell. The rain stopped at noon. Fans cheered.")
    >>> len(doc), doc.terms[1]
    (3, ['rain', 'stopped', 'noon'])
    """

    def __init__(self, text: str, title: Optional[str] = None, split: Optional[Sequence[Sentence]] = None) -> None:
        self.text = text
        self.title = title or ""
        # ``split``: newsnlp.sentences(text), when a caller already has it.
        self.sentences: List[Sentence] = sentences(text) if split is None else list(split)
        self._cache: Dict[str, object] = {}
        # Encoded once: the words here, the letter runs of the word graph and the trained
        # ranker's character classes all read it (None: a text beyond Latin-1, lowered instead).
        self._latin = _latin1(text)
        if self._latin is not None:
            self._tokens = _marked_words(self._latin.translate(_RAW_WORD_BYTES).decode("latin-1"), self.sentences)
        else:
            self._tokens = _word_tokens(self._lowered, self.sentences)
        self.word_counts: List[int] = list(map(len, self._tokens))

    @property
    def _lowered(self) -> Optional[str]:
        """:func:`_lowered` of the text, computed on first use."""
        if "lowered" not in self._cache:
            self._cache["lowered"] = _lowered(self.text)
        return self._cache["lowered"]  # type: ignore[return-value]

    def _graph_letters(self) -> Optional[str]:
        """:func:`_letters` of the lowered text, or ``None`` when each sentence is lowered on its own."""
        if self._latin is not None:
            return _joiners_blanked(self._latin.translate(_RAW_LETTER_BYTES).decode("ascii"))
        lowered = self._lowered
        return None if lowered is None else _letters(lowered)

    # Terms of the TF-IDF/BM25 rankers and the trained ranker, computed on first use.
    @property
    def terms(self) -> List[List[str]]:
        """Content terms of each sentence: plural-folded, without stop words or one-letter tokens."""
        if "terms" not in self._cache:
            self._cache["terms"] = [list(filter(None, map(_term, ws))) for ws in self._tokens]
        return self._cache["terms"]  # type: ignore[return-value]

    @property
    def title_terms(self) -> FrozenSet[str]:
        """Content terms of the title."""
        if "title_terms" not in self._cache:
            self._cache["title_terms"] = frozenset(content_terms(self.title))
        return self._cache["title_terms"]  # type: ignore[return-value]

    @property
    def term_ids(self) -> List[List[int]]:
        """:attr:`terms` as integer ids into :attr:`vocabulary`."""
        if "term_ids" not in self._cache:
            vocab: Dict[str, int] = {}
            add = vocab.setdefault
            self._cache["term_ids"] = [[add(t, len(vocab)) for t in ts] for ts in self.terms]
            self._cache["vocabulary"] = vocab
        return self._cache["term_ids"]  # type: ignore[return-value]

    @property
    def vocabulary(self) -> Dict[str, int]:
        """Term -> id for :attr:`term_ids`."""
        self.term_ids
        return self._cache["vocabulary"]  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def is_large(self) -> bool:
        """``True`` when graph rankers use the linear-time fallback."""
        return len(self.sentences) > MAX_GRAPH_SENTENCES

    def term_frequencies(self) -> Dict[int, int]:
        """How often each term occurs in the whole article."""
        if "tf" not in self._cache:
            self._cache["tf"] = Counter(chain.from_iterable(self.term_ids))
        return self._cache["tf"]  # type: ignore[return-value]

    def tfidf(self) -> List[Dict[int, float]]:
        """Sparse TF-IDF vector per sentence; IDF over the article's sentences."""
        if "tfidf" not in self._cache:
            n = len(self.sentences)
            df: Dict[int, int] = {}
            for ids in self.term_ids:
                for t in set(ids):
                    df[t] = df.get(t, 0) + 1
            idf = {t: math.log((1.0 + n) / (1.0 + d)) + 1.0 for t, d in df.items()}
            vectors = []
            for ids in self.term_ids:
                vectors.append({t: c * idf[t] for t, c in Counter(ids).items()})
            self._cache["tfidf"] = vectors
        return self._cache["tfidf"]  # type: ignore[return-value]

    def centroid(self) -> List[float]:
        """Cosine similarity of each sentence with the article's TF-IDF centroid."""
        if "centroid" not in self._cache:
            total: Dict[int, float] = {}
            for v in self.tfidf():
                for t, w in v.items():
                    total[t] = total.get(t, 0.0) + w
            self._cache["centroid"] = _graph.cosine_to(self.tfidf(), total)
        return self._cache["centroid"]  # type: ignore[return-value]

    def cosine(self) -> _graph.Matrix:
        """Pairwise TF-IDF cosine similarity between sentences (diagonal 0)."""
        if "cosine" not in self._cache:
            self._cache["cosine"] = _graph.cosine_matrix(self.tfidf(), len(self.vocabulary))
        return self._cache["cosine"]  # type: ignore[return-value]

    def bm25(self) -> _graph.Matrix:
        """Pairwise symmetrised BM25 similarity between sentences (diagonal 0)."""
        if "bm25" not in self._cache:
            self._cache["bm25"] = _graph.bm25_matrix(self.term_ids, len(self.vocabulary))
        return self._cache["bm25"]  # type: ignore[return-value]

    def degree(self) -> List[float]:
        """Weighted degree of each sentence in the BM25 graph (linear time, any length)."""
        if "degree" not in self._cache:
            self._cache["degree"] = _graph.bm25_degree_of(self.term_counts())
        return self._cache["degree"]  # type: ignore[return-value]

    def runs(self) -> List[List[str]]:
        """Each sentence's words for the word graph: lower-cased runs of letters (inner
        apostrophes and hyphens kept) without :func:`function_words`; no stemming."""
        if "runs" not in self._cache:
            letters = self._graph_letters()
            self._cache["runs"] = _letter_runs(None, self.sentences) if letters is None else _runs_in(letters, self.sentences)
        return self._cache["runs"]  # type: ignore[return-value]

    def run_counts(self) -> List[Dict[str, int]]:
        """``{word: count}`` of each sentence's :meth:`runs`."""
        if "run_counts" not in self._cache:
            letters = self._graph_letters()
            self._cache["run_counts"] = (
                _graph.word_counts(_letter_runs(None, self.sentences))
                if letters is None
                else _counts_in(letters, self.sentences)
            )
        return self._cache["run_counts"]  # type: ignore[return-value]

    def term_counts(self) -> List[Dict[str, int]]:
        """``{term: count}`` of each sentence's :attr:`terms`."""
        if "term_counts" not in self._cache:
            self._cache["term_counts"] = _graph.word_counts(self.terms)
        return self._cache["term_counts"]  # type: ignore[return-value]

    def word_graph(self) -> _graph.WordGraph:
        """Centrality over the sentences' :meth:`runs` (no stemming, no IDF): degree and
        2-step PageRank in the cosine graph of raw word counts, and the BM25 degree of the
        same words (see :func:`newsnlp.summarize._graph.word_graph`)."""
        if "word_graph" not in self._cache:
            self._cache["word_graph"] = _graph.word_graph(self.run_counts())
        return self._cache["word_graph"]  # type: ignore[return-value]

    def count_graph(self) -> Tuple[List[float], List[float]]:
        """``(degree, rank)`` of each sentence in the cosine graph of raw word counts (:meth:`word_graph`)."""
        g = self.word_graph()
        return g.degree, g.rank

    def textrank(self) -> List[float]:
        """PageRank over the BM25 graph (centroid similarity for very long texts)."""
        if "textrank" not in self._cache:
            self._cache["textrank"] = self.centroid() if self.is_large else _graph.pagerank(self.bm25())
        return self._cache["textrank"]  # type: ignore[return-value]

    def similarity(self, i: int, j: int) -> float:
        """TF-IDF cosine of sentences ``i`` and ``j`` (computed pairwise for large texts)."""
        if not self.is_large:
            return self.cosine()[i][j]
        vectors = self.tfidf()
        return _graph.cosine_to([vectors[i]], vectors[j])[0]


def normalise(scores: Sequence[float]) -> List[float]:
    """Scale non-negative scores so that the largest is 1 (all zeros stay zeros)."""
    top = max(scores, default=0.0)
    return [s / top for s in scores] if top > 0 else [0.0 for _ in scores]
