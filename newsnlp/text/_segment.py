"""Sentence segmentation for news text.

A rule-based splitter in pure Python: the same code runs whether or not the
optional scientific libraries are installed, so both modes give identical
sentences. It works in three passes over a paragraph at a time:

1. line breaks: a blank line always ends a paragraph; a single line break ends
   a sentence (and a paragraph) unless the next line continues it (starts in
   lower case, or the line before ends with a comma, dash, ...);
2. inline lists: chains of markers ``1.`` ``2.`` / ``a)`` ``b)`` and bullets
   split before each item;
3. candidate terminators (``.``, ``?``, ``!``, ellipses, with any closing
   quotes or brackets) are accepted or rejected from the token before them
   (abbreviation classes from ``data/text/segmenter.json``) and the token after
   them (lower case, digit, sentence-starting word, opening quote).

Every regular expression here is linear in the length of its input.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import FrozenSet, List, Tuple

from newsnlp.text._types import Sentence

__all__ = ["sentences", "SegmenterRules", "load_rules"]

_LINE_BREAK = re.compile(r"(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])\s*")
_LINE_BREAK_CHARS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

# A terminator with any closing quotes/brackets, followed by whitespace or the end.
_TERMINATOR = re.compile(
    r"(?P<term>\.(?:[ \u00a0]\.){2,}|\.{2,}|\u2026+\.?|[!?\u203d]+[.!?\u203d]*|\.)"
    r"(?P<close>[\"'\u201d\u2019\u00bb\u203a)\]}]*)"
    r"(?=\s|\Z)"
)
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_LIST_MARKER = re.compile(r"(?<!\S)(?P<num>\d{1,2}|[a-z])(?P<punct>\.\)|\)|\.)(?=\s)")
_BULLETS = "\u2022\u2043\u25aa\u25cf\u25e6\u2023\u2219"
_BULLET = re.compile(r"(?<!\S)[" + _BULLETS + r"]")
_TAIL = re.compile(r"[^\W\d_][\w.\u00b0\u00ba]*\Z")
_DOTTED = re.compile(r"[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+")

_CLOSING_QUOTES = "\"'\u201d\u2019\u00bb\u203a"
_DASHES = "-\u2010\u2012\u2013\u2014\u2015"
_OPENERS = "\"'\u201c\u2018\u00ab\u2039([{\u00bf\u00a1"
_STRIP_LEAD = _OPENERS + _BULLETS + "\u2014\u2013-*"
_CONTINUATION_END = frozenset(",;:-\u2013\u2014(&/")
_MIN_WORDS_AFTER_ABBREVIATION = 4

_TITLE, _NUMBER, _TIME, _OTHER, _NUMERIC, _WORD = range(6)


@dataclass(frozen=True)
class SegmenterRules:
    """The data the splitter decides with: abbreviation classes and starters.

    ``title``: never end a sentence (``Mr.``, ``Sen.``, ``v.``).
    ``number``: no break before a digit (``No. 5``, ``p. 55``).
    ``time``: break before a capitalised word (``6 p.m. Mr. Smith``) unless it
    is in ``time_continuations`` (``5 p.m. Friday``, ``9 a.m. EST``).
    ``other``: break only before a sentence-starting word (``U.S. The``),
    as for any dotted abbreviation or single letter.
    """

    title: FrozenSet[str]
    number: FrozenSet[str]
    time: FrozenSet[str]
    other: FrozenSet[str]
    starters: FrozenSet[str]
    time_continuations: FrozenSet[str]


@lru_cache(maxsize=1)
def load_rules() -> SegmenterRules:
    """Load the shipped rules from ``newsnlp/data/text/segmenter.json``."""
    raw = resources.files("newsnlp").joinpath("data/text/segmenter.json").read_text("utf-8")
    data = json.loads(raw)
    abbreviations = data["abbreviations"]
    return SegmenterRules(
        title=frozenset(abbreviations["title"]),
        number=frozenset(abbreviations["number"]),
        time=frozenset(abbreviations["time"]),
        other=frozenset(abbreviations["other"]),
        starters=frozenset(data["starters"]),
        time_continuations=frozenset(data["time_continuations"]),
    )


def _classify(token: str, rules: SegmenterRules) -> int:
    tail = _TAIL.search(token)
    for candidate in (token, tail.group() if tail else ""):
        if not candidate:
            continue
        if candidate in rules.title:
            return _TITLE
        if candidate in rules.number:
            return _NUMBER
        if candidate in rules.time:
            return _TIME
        if candidate in rules.other:
            return _OTHER
    if not token:
        return _WORD
    if token[-1].isdigit():
        return _NUMERIC
    if len(token) == 1 and token.isalpha():
        return _OTHER
    if _DOTTED.fullmatch(token):
        return _OTHER
    return _WORD


def _token_before(text: str, pos: int, lo: int) -> Tuple[str, int]:
    """The whitespace-free run ending at ``pos`` without leading openers/bullets."""
    i = pos
    limit = max(lo, pos - 80)
    while i > limit and not text[i - 1].isspace():
        i -= 1
    while i < pos and text[i] in _STRIP_LEAD:
        i += 1
    return text[i:pos], i


def _skip_space_and_bullets(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos].isspace() or text[pos] in _STRIP_LEAD):
        pos += 1
    return pos


def _word_count_at_least(text: str, start: int, end: int, n: int) -> bool:
    if end - start > 40 * n:
        return True
    return len(text[start:end].split()) >= n


def _list_cuts(text: str, start: int, end: int) -> Tuple[List[int], FrozenSet[int]]:
    """Cuts before inline list items, and the marker periods that are no boundary."""
    cuts: List[int] = []
    protected: set[int] = set()
    for m in _BULLET.finditer(text, start, end):
        if text[start : m.start()].strip():
            cuts.append(m.start())
    markers = list(_LIST_MARKER.finditer(text, start, end))
    i = 0
    while i < len(markers):
        first = markers[i]
        at_start = _skip_space_and_bullets(text, start, end) == first.start() or (
            first.start() > start and text[first.start() - 1].isspace()
            and text[start : first.start()].rstrip().endswith((":",) + tuple(_BULLETS))
        )
        if not at_start:
            i += 1
            continue
        chain = [first]
        value = _marker_value(first.group("num"))
        j = i + 1
        while j < len(markers):
            nxt = markers[j]
            if _marker_value(nxt.group("num")) == value + 1 and _same_kind(first, nxt):
                chain.append(nxt)
                value += 1
            j += 1
        if len(chain) >= 2 and (first.group("num").isdigit() or first.group("num") == "a"):
            for k, m in enumerate(chain):
                if m.group("punct").startswith("."):
                    protected.add(m.start("punct"))
                if k:
                    cut = m.start()
                    while cut > start and (text[cut - 1].isspace() or text[cut - 1] in _BULLETS):
                        cut -= 1
                    cuts.append(cut)
        i += 1
    return sorted(set(cuts)), frozenset(protected)


def _marker_value(num: str) -> int:
    return int(num) if num.isdigit() else ord(num) - ord("a") + 1


def _same_kind(a: "re.Match[str]", b: "re.Match[str]") -> bool:
    return a.group("num").isdigit() == b.group("num").isdigit() and a.group("punct") == b.group("punct")


def _is_boundary(
    text: str,
    m: "re.Match[str]",
    frag_start: int,
    block_end: int,
    rules: SegmenterRules,
) -> bool:
    term = m.group("term")
    close = m.group("close")
    nm = _NEXT_TOKEN.match(text, m.end(), block_end)
    if nm is None:
        return True
    nxt = nm.group(1)
    if len(nxt) <= 2 and all(ch in _CLOSING_QUOTES for ch in nxt):
        # a closing quote set off by a space: `...?' " said Smith`
        after = _NEXT_TOKEN.match(text, nm.end(), block_end)
        if after is not None and after.group(1)[0].islower():
            return False
    c = nxt[0]
    lower = c.islower()
    if lower:
        return False
    opener = c in _OPENERS
    if c in _DASHES:  # an attribution or aside after a dash continues the sentence
        return False

    dots = term.count(".") + 3 * term.count("\u2026")
    if dots >= 3:  # an ellipsis
        ts = m.start()
        if ts > 0 and text[ts - 1] in "[(" and close[:1] in ("]", ")"):
            return False
        if dots == 3:
            return False
        return c.isupper() or opener or c.isdigit()
    if term[0] in "!?\u203d":
        return True

    token, token_start = _token_before(text, m.start(), frag_start)
    if any(q in close for q in _CLOSING_QUOTES):
        return True
    kind = _classify(token, rules)
    if kind == _WORD:
        return True
    if kind == _TITLE:
        return False
    if kind == _NUMERIC:
        at_fragment_start = _skip_space_and_bullets(text, frag_start, block_end) >= token_start
        return not (at_fragment_start and len(token) <= 3)
    if kind == _NUMBER and c.isdigit():
        return False
    if not _word_count_at_least(text, frag_start, m.start(), _MIN_WORDS_AFTER_ABBREVIATION):
        return False
    if opener:
        return True
    word = nxt.rstrip(".,;:!?\"'\u201d\u2019)").replace("\u2019", "'")
    if kind == _TIME:
        return c.isupper() and word not in rules.time_continuations
    return word in rules.starters


def _blocks(text: str) -> List[Tuple[int, int, int]]:
    """Split ``text`` into (start, end, paragraph) blocks at hard line breaks."""
    blocks: List[Tuple[int, int, int]] = []
    paragraph = 0
    start = 0
    n = len(text)
    for m in _LINE_BREAK.finditer(text):
        breaks = 0
        s = m.group()
        for i, ch in enumerate(s):
            if ch in _LINE_BREAK_CHARS and not (ch == "\n" and i and s[i - 1] == "\r"):
                breaks += 1
        if breaks < 2:
            prev = m.start() - 1
            while prev >= start and text[prev] in " \t\u00a0":
                prev -= 1
            nxt = m.end()
            if prev < start:
                continue
            if nxt < n and (text[nxt].islower() or text[prev] in _CONTINUATION_END):
                continue
        if text[start : m.start()].strip():
            blocks.append((start, m.start(), paragraph))
            paragraph += 1
        start = m.end()
    if start < n and text[start:].strip():
        blocks.append((start, n, paragraph))
    return blocks


def _trim(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> List[Sentence]:
    """Split news text into sentences with exact character offsets.

    Paragraph breaks (blank lines) are hard boundaries; abbreviations,
    initials, numbers, ellipses, quotes, lists, URLs and e-mail addresses are
    handled with the rules in ``newsnlp/data/text/segmenter.json``.

    >>> [s.text for s in sentences("Sen. Ron Wyden, D-Ore., spoke at 5 p.m. Friday. He left.")]
    ['Sen. Ron Wyden, D-Ore., spoke at 5 p.m. Friday.', 'He left.']
    >>> s = sentences("Hello.\\n\\nWorld!")[1]
    >>> (s.start, s.end, s.text, s.paragraph)
    (8, 14, 'World!', 1)
    """
    if not isinstance(text, str):
        raise TypeError(
            f"sentences() expects a str, got {type(text).__name__}"
            + (": decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
        )
    rules = load_rules()
    out: List[Sentence] = []
    for block_start, block_end, paragraph in _blocks(text):
        forced, protected = _list_cuts(text, block_start, block_end)
        cuts: List[int] = []
        frag_start = block_start
        fi = 0
        for m in _TERMINATOR.finditer(text, block_start, block_end):
            while fi < len(forced) and forced[fi] <= m.start():
                cuts.append(forced[fi])
                frag_start = forced[fi]
                fi += 1
            if m.start("term") in protected and m.group("term") == ".":
                continue
            if _is_boundary(text, m, frag_start, block_end, rules):
                cuts.append(m.end())
                frag_start = m.end()
        cuts.extend(forced[fi:])
        cuts.append(block_end)
        prev = block_start
        for cut in sorted(set(cuts)):
            s, e = _trim(text, prev, cut)
            prev = cut
            if s < e:
                out.append(Sentence(len(out), s, e, text[s:e], paragraph))
    return out
