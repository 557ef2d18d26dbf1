"""StanceFeatures: (target, text) pairs to a numeric matrix of stance cues.

The features are the ones stance systems for the Fake News Challenge found
useful, computed by our own code: TF-IDF cosine similarities between target
and text (words and character n-grams, whole text, lead and best-matching
sentences), overlap of target terms, and refuting/hedging/supporting/negation
cue counts in the target, the text, its lead and the sentences closest to the
target. All of it is plain Python, so the features are identical with and
without numpy; with numpy installed ``transform`` returns an ``ndarray``.
"""

from __future__ import annotations

import math
from typing import Any, Dict, Iterable, List, Sequence, Tuple

from newsnlp._compat import optional_import
from newsnlp.stance._base import ParamsMixin
from newsnlp.stance._lexicon import CUE_WORDS, HEDGE, REFUTE, REPORT, SUPPORT, is_negation
from newsnlp.text import sentences, stem, stop_words, words

__all__ = ["StanceFeatures", "FEATURE_NAMES"]

FEATURE_NAMES: Tuple[str, ...] = (
    "word_cosine", "word_cosine_lead", "char_cosine", "char_cosine_lead",
    "sentence_cosine_max", "sentence_cosine_top_mean", "overlap", "overlap_lead",
    "jaccard", "idf_overlap", "rarest_term_found", "bigram_overlap",
    "first_match_position", "match_count_log", "target_terms", "text_words_log",
    "text_sentences_log",
    "target_refute", "target_hedge", "target_support", "target_negation", "target_question",
    "text_refute_rate", "text_hedge_rate", "text_support_rate", "text_negation_rate",
    "text_report_rate",
    "lead_refute", "lead_hedge", "lead_support", "lead_negation",
    "top_refute", "top_hedge", "top_support", "top_negation", "top_report",
    "polarity_differs", "text_refute_any",
    "related_sentences", "related_refute", "related_hedge", "related_support",
    "related_negation",
) + tuple(f"cue_{w}" for w in CUE_WORDS) + (
    # Refutation and contradiction between the target and the sentences aligned with it
    # (added for FNC-1's disagree class; the word lists are below).
    "best_refute", "best_hedge", "best_support", "best_negation", "best_refute_phrase",
    "best_negation_differs", "near_refute_log", "near_negation_log", "near_hedge_log",
    "text_refute_wide_log", "top_refute_wide", "text_refute_phrase_log", "top_refute_phrase",
    "top_antonym", "text_antonym", "aligned_negated", "aligned_negated_overlap",
    "first_refute_position",
)

# Refuting words beyond the shared lexicon, written for newsnlp's FNC-1 work: words
# that debunking articles use ("a publicity stunt", "the story was made up").
REFUTE_WIDE: frozenset = frozenset(
    """spoof spoofs stunt stunts fictional fiction joke jokes joking hoaxer hoaxers
    scam scams ruse conspiracy misreported misinterpreted misquoted exaggerated photoshop
    photoshopped fabricated fabricate invented snopes debunk debunks debunked denied denies
    deny denial dismissed falsely untrue bogus fake fakes faked hoax hoaxes prank pranks
    satire satirical parody rumour rumours insist insists insisted clarified clarify
    clarifies contrary actually refuted refute retracted misleading unfounded baseless myth
    nonsense false lie lies lied""".split()
) | REFUTE

# Two-word refutations and negated statements ("not true", "no evidence", "still alive").
REFUTE_PHRASES: frozenset = frozenset(
    tuple(p.split()) for p in (
        "not true", "no evidence", "made up", "urban legend", "never happened", "fact check",
        "turns out", "turned out", "in fact", "no truth", "not real", "is fake", "was fake",
        "a hoax", "not dead", "still alive", "is alive", "no plans", "no such", "not confirmed",
        "did not", "has not", "have not", "was not", "is not",
    )
)

# Pairs of words with opposite meaning, for contradiction between target and text
# (compared as Porter stems, so "denied" meets "confirms").
ANTONYM_PAIRS: Tuple[Tuple[str, str], ...] = (
    ("alive", "dead"), ("real", "fake"), ("true", "false"), ("confirm", "deny"), ("win", "lose"),
    ("found", "missing"), ("arrest", "release"), ("guilty", "innocent"), ("live", "die"),
    ("live", "dead"), ("survive", "kill"), ("accept", "reject"), ("admit", "deny"),
    ("born", "die"), ("start", "end"), ("increase", "decrease"), ("raise", "cut"),
    ("open", "close"), ("hire", "fire"), ("pregnant", "hoax"), ("marry", "divorce"),
    ("join", "leave"), ("ban", "allow"), ("legal", "illegal"),
)
_ANTONYMS: Dict[str, frozenset] = {}
for _pair in ANTONYM_PAIRS:
    _a, _b = stem(_pair[0]), stem(_pair[1])
    _ANTONYMS[_a] = _ANTONYMS.get(_a, frozenset()) | {_b}
    _ANTONYMS[_b] = _ANTONYMS.get(_b, frozenset()) | {_a}
del _pair, _a, _b

_NEAR_WINDOW = 6  # tokens either side of a target-term match

_Vector = Dict[str, float]
_CUE_SET = frozenset(CUE_WORDS)


def _stem(word: str, _cache: Dict[str, str] = {}) -> str:
    """Porter stem (``newsnlp.text.stem``) of a word without its possessive 's."""
    hit = _cache.get(word)
    if hit is not None:
        return hit
    out = stem(word[:-2] if word.endswith("'s") else word)
    if len(_cache) < 500_000:
        _cache[word] = out
    return out


def _content_stems(tokens: Sequence[str]) -> List[str]:
    stops = stop_words()
    return [_stem(t) for t in tokens if t not in stops and not t.isdigit()]


def _char_grams(tokens: Sequence[str], lo: int, hi: int) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for t in tokens:
        padded = f" {t} "
        size = len(padded)
        for n in range(lo, hi + 1):
            for i in range(size - n + 1):
                g = padded[i : i + n]
                counts[g] = counts.get(g, 0) + 1
    return counts


def _tfidf(counts: Dict[str, int], idf: Dict[str, float], unseen: float) -> _Vector:
    vec = {t: c * idf.get(t, unseen) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm:
        vec = {t: v / norm for t, v in vec.items()}
    return vec


def _dot(a: _Vector, b: _Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _count(tokens: Iterable[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for t in tokens:
        out[t] = out.get(t, 0) + 1
    return out


def _cues(tokens: Sequence[str]) -> Tuple[int, int, int, int, int]:
    refute = hedge = support = negation = report = 0
    for t in tokens:
        refute += t in REFUTE
        hedge += t in HEDGE
        support += t in SUPPORT
        negation += is_negation(t)
        report += t in REPORT
    return refute, hedge, support, negation, report


def _wide_cues(tokens: Sequence[str]) -> Tuple[int, int, int, int, int]:
    """Wide refuting words, hedges, support words, negations and two-word refutations."""
    refute = hedge = support = negation = phrases = 0
    previous = ""
    for t in tokens:
        refute += t in REFUTE_WIDE
        hedge += t in HEDGE
        support += t in SUPPORT
        negation += is_negation(t)
        phrases += (previous, t) in REFUTE_PHRASES
        previous = t
    return refute, hedge, support, negation, phrases


class _Text:
    """Everything the pair features need from one text, computed once."""

    __slots__ = ("tokens", "stems", "stem_set", "bigrams", "word", "char", "lead_word",
                 "lead_char", "lead_stems", "sent_word", "sent_cues", "cues", "lead_cues",
                 "n_sentences", "question", "first_pos", "tf", "cue_counts", "all_stem_set",
                 "sent_tokens", "sent_stems", "sent_stem_set", "sent_wide", "wide", "first_refute")

    def __init__(self, text: str, feats: "StanceFeatures", with_sentences: bool) -> None:
        self.tokens = words(text)
        self.stems = _content_stems(self.tokens)
        self.stem_set = frozenset(self.stems)
        self.bigrams = frozenset(zip(self.stems, self.stems[1:]))
        self.tf = _count(self.stems)
        widf, wun = feats.word_idf_, feats.unseen_word_idf_
        cidf, cun = feats.char_idf_, feats.unseen_char_idf_
        lo, hi = feats.char_ngram_range
        self.word = _tfidf(self.tf, widf, wun)
        self.char = _tfidf(_char_grams(self.tokens, lo, hi), cidf, cun)
        self.cues = _cues(self.tokens)
        present = _count(t for t in self.tokens if t in _CUE_SET)
        self.cue_counts = [float(present.get(w, 0)) for w in CUE_WORDS]
        self.question = 1.0 if "?" in text else 0.0
        self.first_pos: Dict[str, int] = {}
        for i, s in enumerate(self.stems):
            self.first_pos.setdefault(s, i)
        if not with_sentences:
            self.all_stem_set = frozenset(_stem(t) for t in self.tokens)
            return
        sents = [s.text for s in sentences(text)] or [text]
        self.n_sentences = len(sents)
        lead_tokens = words(" ".join(sents[: feats.lead_sentences]))
        self.lead_stems = frozenset(_content_stems(lead_tokens))
        self.lead_word = _tfidf(_count(_content_stems(lead_tokens)), widf, wun)
        self.lead_char = _tfidf(_char_grams(lead_tokens, lo, hi), cidf, cun)
        self.lead_cues = _cues(lead_tokens)
        self.sent_word: List[_Vector] = []
        self.sent_cues: List[Tuple[int, int, int, int, int]] = []
        self.sent_tokens: List[str] = []  # the tokens of all sentences, in order
        self.sent_stems: List[str] = []  # their stems (stop words included)
        self.sent_stem_set: List[frozenset] = []
        self.sent_wide: List[Tuple[int, int, int, int, int]] = []
        for s in sents:
            toks = words(s)
            self.sent_word.append(_tfidf(_count(_content_stems(toks)), widf, wun))
            self.sent_cues.append(_cues(toks))
            self.sent_wide.append(_wide_cues(toks))
            stems = [_stem(t) for t in toks]
            self.sent_stem_set.append(frozenset(stems))
            self.sent_tokens += toks
            self.sent_stems += stems
        self.wide = _wide_cues(self.sent_tokens)
        self.first_refute = next(
            (i for i, t in enumerate(self.sent_tokens) if t in REFUTE_WIDE), len(self.sent_tokens)
        )


def _as_pairs(X: Any) -> List[Tuple[str, str]]:
    if isinstance(X, (str, bytes)):
        raise TypeError(
            "StanceFeatures expects a list of texts or (target, text) pairs, got a single "
            f"{type(X).__name__}: wrap it in a list, e.g. [(headline, body)]"
        )
    if hasattr(X, "columns") and hasattr(X, "itertuples"):  # a DataFrame: first two columns
        X = list(X.itertuples(index=False, name=None))
    pairs: List[Tuple[str, str]] = []
    for i, item in enumerate(X):
        if isinstance(item, str):
            pairs.append(("", item))
            continue
        try:
            target, text = item
        except (TypeError, ValueError):
            raise TypeError(
                f"item {i} of X is {type(item).__name__}; expected a str or a (target, text) pair"
            ) from None
        if not isinstance(target, str) or not isinstance(text, str):
            raise TypeError(
                f"item {i} of X is not a pair of str (got {type(target).__name__}, "
                f"{type(text).__name__}); decode bytes first and replace missing texts with ''"
            )
        pairs.append((target, text))
    return pairs


class StanceFeatures(ParamsMixin):
    """Turn texts or (target, text) pairs into a numeric matrix of stance features.

    Like ``TfidfVectorizer``, ``fit`` learns inverse document frequencies (of
    word stems and of character n-grams) from the distinct texts it is given,
    and ``transform`` maps each pair to one row of ``len(FEATURE_NAMES)``
    numbers: similarities between target and text, overlap of target terms,
    and cue-word counts. A plain text is treated as the pair ``("", text)``
    (its target features are zero).

    Parameters
    ----------
    char_ngram_range : tuple of (int, int), default=(3, 5)
        Lengths of the character n-grams (inside word boundaries) used by the
        character cosine features.
    lead_sentences : int, default=2
        How many opening sentences of the text form its lead.
    top_sentences : int, default=3
        How many sentences most similar to the target are searched for cues.
    min_df : int, default=2
        Character n-grams seen in fewer distinct texts are not stored and get
        the weight of an unseen n-gram (keeps exported models small).

    Attributes
    ----------
    word_idf_ : dict of str to float
        Inverse document frequency of each word stem seen in ``fit``.
    char_idf_ : dict of str to float
        Inverse document frequency of each stored character n-gram.
    unseen_word_idf_, unseen_char_idf_ : float
        Weight of a stem or n-gram not seen in ``fit``.
    n_documents_ : int
        Number of distinct texts (targets and texts) seen in ``fit``.
    n_features_out_ : int
        Number of output columns.

    Examples
    --------
    >>> from newsnlp.stance import StanceFeatures
    >>> pairs = [("Mayor denies the city is a sanctuary",
    ...           "The mayor denied on Monday that the city is a sanctuary city."),
    ...          ("Mayor denies the city is a sanctuary",
    ...           "The zoo welcomed two baby otters this spring.")]
    >>> feats = StanceFeatures().fit(pairs)
    >>> rows = feats.transform(pairs)
    >>> len(rows), len(rows[0]) == len(feats.get_feature_names_out())
    (2, True)
    >>> bool(rows[0][0] > rows[1][0])  # word cosine: the first body is on topic
    True
    """

    def __init__(
        self,
        char_ngram_range: Tuple[int, int] = (3, 5),
        lead_sentences: int = 2,
        top_sentences: int = 3,
        min_df: int = 2,
    ) -> None:
        self.char_ngram_range = char_ngram_range
        self.lead_sentences = lead_sentences
        self.top_sentences = top_sentences
        self.min_df = min_df

    def _validate(self) -> None:
        r = self.char_ngram_range
        if (
            not isinstance(r, (tuple, list)) or len(r) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in r)
            or not 1 <= r[0] <= r[1]
        ):
            raise ValueError(
                f"char_ngram_range must be a pair of ints (lo, hi) with 1 <= lo <= hi, got {r!r}"
            )
        for name in ("lead_sentences", "top_sentences", "min_df"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"{name} must be an int >= 1, got {v!r}")

    def fit(self, X: Any, y: Any = None) -> "StanceFeatures":
        """Learn word and character n-gram document frequencies from the distinct texts in ``X``."""
        self._validate()
        pairs = _as_pairs(X)
        docs = {t for pair in pairs for t in pair if t}
        lo, hi = self.char_ngram_range
        wdf: Dict[str, int] = {}
        cdf: Dict[str, int] = {}
        for doc in sorted(docs):
            toks = words(doc)
            for t in set(_content_stems(toks)):
                wdf[t] = wdf.get(t, 0) + 1
            for g in _char_grams(toks, lo, hi):
                cdf[g] = cdf.get(g, 0) + 1
        n = len(docs)
        self.n_documents_ = n
        self.word_idf_ = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in sorted(wdf.items())}
        self.char_idf_ = {
            g: math.log((1 + n) / (1 + d)) + 1.0 for g, d in sorted(cdf.items()) if d >= self.min_df
        }
        self.unseen_word_idf_ = self.unseen_char_idf_ = math.log(1 + n) + 1.0
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "word_idf_"):
            sk_exc = optional_import("sklearn.exceptions")
            msg = (
                "This StanceFeatures instance is not fitted yet. Call 'fit' with "
                "appropriate arguments before using this estimator."
            )
            if sk_exc is not None:
                raise sk_exc.NotFittedError(msg)
            raise AttributeError(msg)

    def transform_rows(self, X: Any) -> List[List[float]]:
        """Like ``transform`` but always returns a list of lists of float (pure Python)."""
        self._check_fitted()
        pairs = _as_pairs(X)
        targets: Dict[str, _Text] = {}
        texts: Dict[str, _Text] = {}
        rows = []
        for target, text in pairs:
            t = targets.get(target)
            if t is None:
                t = targets[target] = _Text(target, self, with_sentences=False)
            b = texts.get(text)
            if b is None:
                b = texts[text] = _Text(text, self, with_sentences=True)
            rows.append(self._pair_row(t, b))
        return rows

    def transform(self, X: Any) -> Any:
        """Feature matrix of ``X``: an ``ndarray`` when numpy is present, else a list of lists."""
        rows = self.transform_rows(X)
        np = optional_import("numpy")
        if np is None:
            return rows
        return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))

    def fit_transform(self, X: Any, y: Any = None) -> Any:
        """``fit`` then ``transform`` on the same data."""
        return self.fit(X, y).transform(X)

    def get_feature_names_out(self, input_features: Any = None) -> Any:
        """Names of the output columns (an object array with numpy, else a list)."""
        np = optional_import("numpy")
        names = list(FEATURE_NAMES)
        return names if np is None else np.asarray(names, dtype=object)

    def _pair_row(self, t: _Text, b: _Text) -> List[float]:
        h_set = t.stem_set
        n_h = len(h_set)
        n_words = len(b.tokens) or 1
        per_sentence = [_dot(t.word, s) for s in b.sent_word] if n_h else []
        sims = sorted(per_sentence, reverse=True)
        k = self.top_sentences
        top_mean = sum(sims[:k]) / min(k, len(sims)) if sims else 0.0
        # Cues in the sentences most similar to the target (only those sharing a term).
        order = sorted(range(len(per_sentence)), key=lambda i: (-per_sentence[i], i))
        top = [0, 0, 0, 0, 0]
        for i in order[:k]:
            if per_sentence[i] > 0:
                for j, c in enumerate(b.sent_cues[i]):
                    top[j] += c
        # Cues in every sentence that shares a term with the target.
        related = [0, 0, 0, 0, 0]
        n_related = 0
        for i, sim in enumerate(per_sentence):
            if sim > 0:
                n_related += 1
                for j, c in enumerate(b.sent_cues[i]):
                    related[j] += c
        shared = h_set & b.stem_set
        if n_h:
            idf = self.word_idf_
            un = self.unseen_word_idf_
            h_idf = sum(idf.get(s, un) for s in h_set)
            rarest = max(h_set, key=lambda s: (idf.get(s, un), s))
            positions = [b.first_pos[s] for s in shared]
            first = min(positions) / n_words if positions else 1.0
            matches = sum(b.tf.get(s, 0) for s in h_set)
            row = [
                _dot(t.word, b.word), _dot(t.word, b.lead_word),
                _dot(t.char, b.char), _dot(t.char, b.lead_char),
                sims[0] if sims else 0.0, top_mean,
                len(shared) / n_h, len(h_set & b.lead_stems) / n_h,
                len(shared) / len(h_set | b.stem_set),
                sum(idf.get(s, un) for s in shared) / h_idf,
                1.0 if rarest in b.stem_set else 0.0,
                len(t.bigrams & b.bigrams) / len(t.bigrams) if t.bigrams else 0.0,
                first, math.log1p(matches),
            ]
        else:
            row = [0.0] * 12 + [1.0, 0.0]
        br, bh, bs, bn, bp = b.cues
        scale = 100.0 / n_words
        row += [
            float(n_h), math.log1p(len(b.tokens)), math.log1p(b.n_sentences),
            float(t.cues[0]), float(t.cues[1]), float(t.cues[2]), float(t.cues[3]), t.question,
            br * scale, bh * scale, bs * scale, bn * scale, bp * scale,
            float(b.lead_cues[0]), float(b.lead_cues[1]), float(b.lead_cues[2]),
            float(b.lead_cues[3]),
            float(top[0]), float(top[1]), float(top[2]), float(top[3]), float(top[4]),
            float((t.cues[3] + top[3]) % 2), math.log1p(br),
            float(n_related), float(related[0]), float(related[1]), float(related[2]),
            float(related[3]),
        ]
        row += b.cue_counts
        row += self._aligned_row(t, b, per_sentence, order)
        return row

    def _aligned_row(self, t: _Text, b: _Text, per_sentence: List[float],
                     order: List[int]) -> List[float]:
        """Refutation and contradiction in the text sentences aligned with the target."""
        h_set = t.stem_set
        top = [i for i in order[:3] if per_sentence[i] > 0]
        best = b.sent_wide[top[0]] if top else (0, 0, 0, 0, 0)
        top_refute = sum(b.sent_wide[i][0] for i in top)
        top_phrases = sum(b.sent_wide[i][4] for i in top)
        # Cue words within a few tokens of a target term.
        near_refute = near_negation = near_hedge = 0
        tokens, n_tokens = b.sent_tokens, len(b.sent_tokens)
        if h_set:
            marked = bytearray(n_tokens)
            w = _NEAR_WINDOW
            for p, s in enumerate(b.sent_stems):
                if s in h_set:
                    marked[max(0, p - w) : min(n_tokens, p + w + 1)] = b"\x01" * (
                        min(n_tokens, p + w + 1) - max(0, p - w))
            for q, tok in enumerate(tokens):
                if marked[q]:
                    near_refute += tok in REFUTE_WIDE
                    near_negation += is_negation(tok)
                    near_hedge += tok in HEDGE
        # Antonyms of target words in the aligned sentences and anywhere in the text.
        target_stems = t.all_stem_set
        opposite = {a for s in target_stems for a in _ANTONYMS.get(s, ()) if a not in target_stems}
        top_antonym = sum(1 for i in top for a in opposite if a in b.sent_stem_set[i])
        text_antonym = sum(1 for a in opposite if any(a in ss for ss in b.sent_stem_set))
        # Sentences sharing at least half the target terms that also negate or refute.
        negated = 0
        negated_overlap = 0.0
        if h_set:
            for ss, cues in zip(b.sent_stem_set, b.sent_wide):
                if cues[0] + cues[3] + cues[4]:
                    overlap = len(h_set & ss) / len(h_set)
                    negated_overlap = max(negated_overlap, overlap)
                    negated += overlap >= 0.5
        return [
            float(best[0]), float(best[1]), float(best[2]), float(best[3]), float(best[4]),
            float((t.cues[3] > 0) != (best[3] > 0)),
            math.log1p(near_refute), math.log1p(near_negation), math.log1p(near_hedge),
            math.log1p(b.wide[0]), float(top_refute), math.log1p(b.wide[4]), float(top_phrases),
            float(top_antonym), float(text_antonym), float(negated), negated_overlap,
            b.first_refute / (n_tokens or 1) if b.first_refute < n_tokens else 1.0,
        ]

    def to_dict(self) -> Dict[str, Any]:
        """Parameters and learned state as plain JSON-ready data."""
        self._check_fitted()
        return {
            "params": {
                "char_ngram_range": list(self.char_ngram_range),
                "lead_sentences": self.lead_sentences,
                "top_sentences": self.top_sentences,
                "min_df": self.min_df,
            },
            "n_documents": self.n_documents_,
            "word_idf": self.word_idf_,
            "char_idf": self.char_idf_,
            "unseen_word_idf": self.unseen_word_idf_,
            "unseen_char_idf": self.unseen_char_idf_,
            "feature_names": list(FEATURE_NAMES),
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "StanceFeatures":
        """Rebuild a fitted ``StanceFeatures`` from :meth:`to_dict` output."""
        if list(data.get("feature_names", ())) != list(FEATURE_NAMES):
            raise ValueError(
                "the exported features do not match this version of newsnlp's StanceFeatures; "
                "re-export the model with the installed newsnlp"
            )
        p = data["params"]
        self = cls(
            char_ngram_range=(int(p["char_ngram_range"][0]), int(p["char_ngram_range"][1])),
            lead_sentences=int(p["lead_sentences"]),
            top_sentences=int(p["top_sentences"]),
            min_df=int(p["min_df"]),
        )
        self.n_documents_ = int(data["n_documents"])
        self.word_idf_ = {str(k): float(v) for k, v in data["word_idf"].items()}
        self.char_idf_ = {str(k): float(v) for k, v in data["char_idf"].items()}
        self.unseen_word_idf_ = float(data["unseen_word_idf"])
        self.unseen_char_idf_ = float(data["unseen_char_idf"])
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def __sklearn_tags__(self) -> Any:
        from sklearn.utils import InputTags, TargetTags, Tags, TransformerTags

        return Tags(
            estimator_type=None,
            target_tags=TargetTags(required=False),
            transformer_tags=TransformerTags(preserves_dtype=[]),
            input_tags=InputTags(two_d_array=False, string=True),
        )

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "word_idf_")

