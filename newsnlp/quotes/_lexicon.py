"""Word lists the quote extractor reads, loaded once from ``newsnlp/data/quotes/``.

``cues.json`` is learned (see ``scripts/train_quotes.py`` and
``docs/models/quotes.md``); ``words.json`` is hand-written grammar. Each is a
sealed data file (``newsnlp._datafile``: format, version, SHA-256 of the
payload), verified on load: a changed or damaged file raises
:class:`newsnlp._datafile.ModelFileError` saying which file and what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Pattern, Sequence, Tuple

from newsnlp._datafile import read_package_model

__all__ = ["CUES_FORMAT", "FORMAT_VERSION", "NAMES_FORMAT", "WORDS_FORMAT", "Lexicon", "lexicon", "load_data", "spans",
           "title_spans", "trie_regex", "word_start_regex"]

# Sealed-file kinds of the quote data (written by scripts/train_quotes*.py).
CUES_FORMAT = "newsnlp.quotes.cues"
WORDS_FORMAT = "newsnlp.quotes.words"
NAMES_FORMAT = "newsnlp.quotes.first-names"
FORMAT_VERSION = 1
_KINDS = {"cues.json": CUES_FORMAT, "words.json": WORDS_FORMAT, "first_names.json": NAMES_FORMAT}

# A learned cue word is used when at least this share of its training
# occurrences sat inside an annotated cue (chosen on PolNeAR dev, see the model card).
MIN_CUE_RATE = 0.35
MIN_CUE_COUNT = 5
# A cue whose training uses at least half had no source ("is expected", "seems", "is seen as") gets no
# speaker. 0.5 and 5 were chosen on PolNeAR train (grid 0.45-0.6 x 3-8 by end-to-end F1 and speaker
# accuracy; 0.6/8 before): speaker accuracy 92.04% -> 92.18%, end-to-end 66.12 -> 66.14.
MIN_SOURCELESS_RATE = 0.5
MIN_SOURCELESS_COUNT = 5


@dataclass(frozen=True)
class Lexicon:
    cues: FrozenSet[str]
    sourceless: FrozenSet[str]
    speech_verbs: FrozenSet[str]
    between: FrozenSet[str]
    inverting: FrozenSet[str]
    boundaries: FrozenSet[str]
    pronouns: Dict[str, str]
    titles: FrozenSet[str]
    title_pattern: Pattern[str]
    org_words: FrozenSet[str]
    # Words that are cues only before a that-clause ("polls show that"), part of ``cue_pattern``.
    that_cues: FrozenSet[str]
    cue_pattern: Pattern[str]
    source_heads: FrozenSet[str]
    # ``cue_pattern`` in the form ``spans`` scans with (see ``_boundary_first``).
    cue_scan: Pattern[str]
    # ``title_pattern`` split for ``title_spans``: the titles that open with a capital, and the
    # others (lower-case words, each looked for with ``str.find``).
    title_capital_scan: Pattern[str]
    title_other_words: Tuple[str, ...]


def trie_regex(words: Iterable[str], tails: Sequence[Tuple[Iterable[str], str]] = ()) -> str:
    """One regex alternation for ``words``, factored by common prefixes.

    ``re`` tries a flat alternation branch by branch at every position; a prefix
    tree lets it reject most positions on the first character. The result has no
    nested quantifiers, so matching stays linear. ``tails``: (more words, a regex
    that must follow each of them) pairs, tried in that order after the plain word
    that ends at the same place.
    """
    trie: Dict[str, Any] = {}
    for group, tail in [(words, "")] + list(tails):
        for w in group:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node.setdefault("", []).append(tail)

    def build(node: Dict[str, Any]) -> str:
        ends: List[str] = node.get("", [])
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if ends == [""] or not ends:
            if not branches:
                return ""
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            # Longer matches first: the optional group is greedy, so "Attorney General" beats "Attorney".
            return "(?:" + body + ")?" if ends else body
        alternatives = branches + ends
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return "(?:" + build(trie) + ")"


def _boundary_first(pattern: Pattern[str], lookbehind: str, boundary: str) -> Pattern[str]:
    """``pattern``, which opens with the zero-width ``lookbehind``, rewritten to consume the character
    before the match instead (``boundary``, a class that ``re`` can skip ahead by), the match in group 1.

    ``re`` tries a pattern that opens with a look-behind at every position of the text; one that opens
    with a character class is only tried where that class matches (here: not inside a word).
    """
    assert pattern.pattern.startswith(lookbehind)
    return re.compile(boundary + "(" + pattern.pattern[len(lookbehind):] + ")")


def spans(pattern: Pattern[str], scan: Pattern[str], text: str, lo: int = 0, hi: Optional[int] = None) -> List[Tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text, lo, hi)]``, found with ``scan = _boundary_first(pattern, ...)``."""
    hi = len(text) if hi is None else hi
    out: List[Tuple[int, int]] = []
    if lo == 0:
        first = pattern.match(text, 0, hi)  # (no character before the text's start for ``scan`` to consume)
        out = [first.span()] if first is not None else []
        pos = out[0][1] - 1 if out else 0
    else:
        pos = lo - 1  # (``scan`` consumes the character before the match, as the look-behind reads it)
    search = scan.search
    m = search(text, pos, hi)
    while m is not None:
        span = m.span(1)
        out.append(span)
        # The character before the next match may be the last of this one; finditer would resume at its end.
        m = search(text, span[1] - 1, hi)
    return out


def word_start_regex(words: Iterable[str], tail: str = "") -> str:
    """An alternation of ``\\b`` + one of ``words`` (each opening with a letter) + ``tail``, written as one
    branch per first letter, each with a look-behind after its letter standing for ``\\b``.

    A pattern that opens with ``\\b`` is tried at every position; one whose branches all open with a
    letter is tried only where one of those letters stands (``re`` skips ahead to the next).
    """
    by_first: Dict[str, List[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c) + r"(?<!\w.)" + trie_regex(rest) + tail for c, rest in sorted(by_first.items()))


def title_spans(text: str) -> List[Tuple[int, int]]:
    """``[m.span() for m in lexicon().title_pattern.finditer(text)]``, found with fewer tries.

    A title opening with a capital is found by ``title_capital_scan``; one opening otherwise can
    only start where one of ``title_other_words`` occurs, each found with ``str.find`` and checked
    with ``title_pattern``. Then, as ``finditer`` does, the leftmost match from the end of the last.
    """
    lex = lexicon()
    match = lex.title_pattern.match
    others: List[Tuple[int, int]] = []
    for word in lex.title_other_words:
        at = text.find(word)
        while at >= 0:
            m = match(text, at)
            if m is not None:
                others.append(m.span())
            at = text.find(word, at + 1)
    others.sort()
    out: List[Tuple[int, int]] = []
    search = lex.title_capital_scan.search
    m = search(text)
    k, pos = 0, 0
    while True:
        while k < len(others) and others[k][0] < pos:
            k += 1
        if m is not None and m.start() < pos:
            m = search(text, pos)
        if m is not None and (k == len(others) or m.start() < others[k][0]):
            out.append(m.span())
        elif k < len(others):
            out.append(others[k])
        else:
            return out
        pos = out[-1][1]


def load_data(name: str) -> Dict[str, Any]:
    """The verified payload of ``newsnlp/data/quotes/<name>`` (raises ``ModelFileError`` if altered)."""
    return read_package_model("quotes/" + name, _KINDS[name], (FORMAT_VERSION,))


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    cue_data = load_data("cues.json")
    learned = cue_data["cues"]
    words = load_data("words.json")
    cues = {
        w
        for w, v in learned.items()
        if v["rate"] >= MIN_CUE_RATE and v["cue"] >= MIN_CUE_COUNT and not w.endswith("ly")
    }
    sourceless = {
        w
        for w, v in learned.items()
        if w in cues and v["cue"] >= MIN_SOURCELESS_COUNT and v.get("sourceless", 0) >= MIN_SOURCELESS_RATE * v["cue"]
    }
    speech = {w.rstrip(":") for w in words["speech_verbs"]}
    cues |= speech
    cues.discard("according")
    cues -= {"states", "report", "reports", "statement"}  # mostly nouns in news
    # Case-sensitive: "States" in "United States" is no cue; a sentence-initial
    # "According to" is the one capitalised form worth catching.
    # Words that are cues only before a that-clause ("polls show that", "she is confident that").
    that_cues = {
        w for w, v in cue_data.get("cues_before_that", {}).items()
        if v["rate"] >= MIN_CUE_RATE and v["cue"] >= MIN_CUE_COUNT and w not in cues and w.isalpha()
    } - {"statement", "report", "reports", "interview"}  # nouns ("said in an interview that")
    # One prefix tree for the cues, "according to" and the cues before "that": the same matches as the
    # alternation (?:cues|[Aa]ccording\s+to|that-cues(?=\s+that\b)), whose branches ``re`` would try one
    # after the other at every place a cue can start (a match is the whole run of letters there, so at
    # most one word of the three sets can match at a place, and a word in several keeps this order).
    cue_pattern = re.compile(r"(?<![A-Za-z])" + trie_regex(cues, [(["according", "According"], r"\s+to"),
                                                                 (that_cues, r"(?=\s+that\b)")]) + r"(?![A-Za-z])")
    titles = sorted(words["titles"], key=len, reverse=True)
    others = [t for t in titles if not t[0].isupper()]
    title_pattern = re.compile(r"\b" + trie_regex(titles) + r"(?![\w])")
    return Lexicon(
        cues=frozenset(cues),
        sourceless=frozenset(sourceless - speech),
        speech_verbs=frozenset(speech),
        between=frozenset(words["between_subject_and_cue"]),
        inverting=frozenset(words["inverting_verbs"]),
        boundaries=frozenset(words["clause_boundaries"]),
        pronouns=dict(words["pronouns"]),
        titles=frozenset(t.lower() for t in words["titles"]),
        title_pattern=title_pattern,
        org_words=frozenset(words["organization_words"]),
        that_cues=frozenset(that_cues),
        cue_pattern=cue_pattern,
        source_heads=frozenset(cue_data.get("source_heads", {})),
        cue_scan=_boundary_first(cue_pattern, "(?<![A-Za-z])", "[^A-Za-z]"),
        # (The titles open with a letter, so ``\b`` before one is a non-word character before it.)
        title_capital_scan=re.compile(word_start_regex((t for t in titles if t[0].isupper()), r"(?![\w])")),
        # (Each word that no other such title opens: where one of those titles starts, one of these occurs.)
        title_other_words=tuple(sorted(t for t in others if not any(t.startswith(o) for o in others if o != t))),
    )
