"""Word lists the quote extractor reads, loaded once from ``newsnlp/data/quotes/``.

``cues.json`` is learned (see ``scripts/train_quotes.py`` and
``docs/models/quotes.md``); ``words.json`` is hand-written grammar.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Dict, FrozenSet, Iterable, Pattern

__all__ = ["Lexicon", "lexicon"]

# A learned cue word is used when at least this share of its training
# occurrences sat inside an annotated cue (chosen on PolNeAR dev, see the model card).
MIN_CUE_RATE = 0.35
MIN_CUE_COUNT = 5
# A cue whose training uses mostly had no source ("is expected", "seems") gets no speaker.
MIN_SOURCELESS_RATE = 0.6
MIN_SOURCELESS_COUNT = 8


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
    cue_pattern: Pattern[str]


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation for ``words``, factored by common prefixes.

    ``re`` tries a flat alternation branch by branch at every position; a prefix
    tree lets it reject most positions on the first character. The result has no
    nested quantifiers, so matching stays linear.
    """
    trie: Dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longer matches first: the optional group is greedy, so "Attorney General" beats "Attorney".
        return "(?:" + body + ")?" if end else body

    return "(?:" + build(trie) + ")"


def _load(name: str) -> Dict:
    with resources.files("newsnlp.data").joinpath("quotes").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    learned = _load("cues.json")["cues"]
    words = _load("words.json")
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
    cue_pattern = re.compile(r"(?<![A-Za-z])(?:" + trie_regex(cues) + r"|[Aa]ccording\s+to)(?![A-Za-z])")
    titles = sorted(words["titles"], key=len, reverse=True)
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
        cue_pattern=cue_pattern,
    )
