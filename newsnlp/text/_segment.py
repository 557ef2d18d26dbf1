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

import heapq
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, List, Tuple

from newsnlp._checks import check_text
from newsnlp._datafile import read_package_model
from newsnlp.text._types import Sentence

__all__ = ["sentences", "SegmenterRules", "load_rules"]

_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*")
# The same matches in a text whose only line-break character is "\n": a pattern that
# starts with one literal character is searched for with a fast scan, a character
# class is tested character by character (several times slower on a whole article).
_NEWLINE = re.compile(r"\n\s*")
_ASCII_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e"
_OTHER_BREAKS = _ASCII_BREAKS + "\x85\u2028\u2029"
_BREAK_CHAR = re.compile(r"\r\n?|[\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# A terminator with any closing quotes/brackets, followed by whitespace or the end.
# The lookbehinds right after the first character skip starts inside a run of
# terminators (". . .x", "!!!x"): a start inside a run can reach no end that the
# run's first character cannot, so the matches are the same, but a long run that
# fails is scanned once, not once per character (which was quadratic). They
# follow the first character so that the regex engine can still jump from one
# terminator character to the next (a leading lookbehind made the scan 20x slower).
# A run absorbs at most 64 more terminators (". . ." style): an unbounded group
# repeat keeps state per character, and a megabyte-long run then cost 2.5x more
# per character than a short one (cache misses); no real run is that long.
_TERMINATOR = re.compile(
    r"(?P<term>[.!?\u2026\u203d](?<![.!?\u2026\u203d].)(?<![.!?\u2026\u203d][ \u00a0]\.)"
    r"(?:[.!?\u2026\u203d]|[ \u00a0](?=\.)){0,64})"
    r"(?P<close>[\"'\u201d\u2019\u00bb\u203a)\]}]*)"
    r"(?=\s|\Z)"
)
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_BULLETS = "\u2022\u2043\u25aa\u25cf\u25e6\u2023\u2219"
_LIST_ITEM = re.compile(
    r"(?<!\S)(?:(?P<bullet>[" + _BULLETS + r"])|(?P<num>\d{1,2}|[a-z])(?P<punct>\.\)|\)|\.)(?=\s))"
)
_TAIL = re.compile(r"[^\W\d_][\w.\u00b0\u00ba]*\Z")
_DOTTED = re.compile(r"[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+")

# whitespace that can occur inside a block (line breaks end blocks, bar soft wraps)
_TOKEN_SEPARATORS = (" ", "\n", "\t", "\u00a0", "\r", "\u2009", "\u202f", "\u3000", "\u2002", "\u2003")
_CLOSING_QUOTES = "\"'\u201d\u2019\u00bb\u203a"
_DASHES = "-\u2010\u2012\u2013\u2014\u2015"
_MARKER_AT = re.compile(r"(?:\d{1,2}|a)(?:\.\)|\)|\.)(?=\s)")
_MARKER_AFTER_COLON = re.compile(r":\s{1,8}(?:\d{1,2}|a)(?:\.\)|\)|\.)(?=\s)")
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

    classes: Dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # abbreviation -> class; a word in several lists takes the first of title, number, time, other
        table: Dict[str, int] = {}
        for kind, words in ((_OTHER, self.other), (_TIME, self.time), (_NUMBER, self.number), (_TITLE, self.title)):
            for word in words:
                table[word] = kind
        object.__setattr__(self, "classes", table)


@lru_cache(maxsize=1)
def load_rules() -> SegmenterRules:
    """Load the shipped rules from ``newsnlp/data/text/segmenter.json``."""
    data = read_package_model("text/segmenter.json", "newsnlp.segmenter", (1,))
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
    kind = rules.classes.get(token)
    if kind is not None:
        return kind
    if not token:
        return _WORD
    if token.isalpha():
        return _OTHER if len(token) == 1 else _WORD
    tail = _TAIL.search(token)
    if tail is not None:
        kind = rules.classes.get(tail.group())
        if kind is not None:
            return kind
    if token[-1].isdigit():
        return _NUMERIC
    if _DOTTED.fullmatch(token):
        return _OTHER
    return _WORD


def _token_before(text: str, pos: int, lo: int) -> Tuple[str, int]:
    """The whitespace-free run ending at ``pos`` without leading openers/bullets."""
    if pos <= lo or text[pos - 1].isspace():
        return "", pos
    token = text[max(lo, pos - 80) : pos].rsplit(None, 1)[-1]
    i = pos - len(token)
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
    """Cuts before inline list items, and the marker periods that are no boundary.

    One pass over the markers: a chain starts at a marker that opens the block
    (or follows a colon or bullet) and grows with each later marker of the same
    kind whose value is one more.
    """
    first_content = _skip_space_and_bullets(text, start, end)
    first_char = start
    while first_char < end and text[first_char].isspace():
        first_char += 1
    cuts: List[int] = []
    protected: set[int] = set()
    chains: dict[Tuple[bool, str], Tuple[int, List["re.Match[str]"]]] = {}

    def finish(chain: List["re.Match[str]"]) -> None:
        if len(chain) < 2:
            return
        for k, m in enumerate(chain):
            if m.group("punct").startswith("."):
                protected.add(m.start("punct"))
            if k:
                cut = m.start()
                while cut > start and (text[cut - 1].isspace() or text[cut - 1] in _BULLETS):
                    cut -= 1
                cuts.append(cut)

    for m in _LIST_ITEM.finditer(text, start, end):
        if m.group("bullet"):
            if m.start() > first_char:
                cuts.append(m.start())
            continue
        num = m.group("num")
        key = (num.isdigit(), m.group("punct"))
        value = int(num) if num.isdigit() else ord(num) - ord("a") + 1
        current = chains.get(key)
        if current is not None and current[0] == value:
            current[1].append(m)
            chains[key] = (value + 1, current[1])
        elif (num.isdigit() or num == "a") and (m.start() == first_content or _after_colon_or_bullet(text, m.start(), start)):
            if current is not None:
                finish(current[1])
            chains[key] = (value + 1, [m])
    for _, chain in chains.values():
        finish(chain)
    return sorted(set(cuts)), frozenset(protected)


def _after_colon_or_bullet(text: str, pos: int, lo: int) -> bool:
    i = pos
    limit = max(lo, pos - 8)
    while i > limit and text[i - 1].isspace():
        i -= 1
    return i > lo and i < pos and (text[i - 1] == ":" or text[i - 1] in _BULLETS)


def _is_boundary(
    text: str,
    m: "re.Match[str]",
    frag_start: int,
    block_end: int,
    rules: SegmenterRules,
) -> bool:
    """Decide whether the terminator ``m`` ends a sentence."""
    term, close = text[m.start(1) : m.end(1)], text[m.start(2) : m.end(2)]  # m may be over classes
    nm = _NEXT_TOKEN.match(text, m.end(), block_end)
    if nm is None:
        return True
    nxt = nm.group(1)
    c = nxt[0]
    if c.islower():
        return False
    if c in _DASHES:  # an attribution or aside after a dash continues the sentence
        return False
    if len(nxt) <= 2 and c in _CLOSING_QUOTES and all(ch in _CLOSING_QUOTES for ch in nxt):
        # a closing quote set off by a space: `...?' " said Smith`
        after = _NEXT_TOKEN.match(text, nm.end(), block_end)
        if after is not None and after.group(1)[0].islower():
            return False
    opener = c in _OPENERS

    if term != ".":
        if "!" in term or "?" in term or "\u203d" in term:
            return True
        dots = term.count(".") + 3 * term.count("\u2026")
        if dots >= 3:  # an ellipsis
            ts = m.start()
            if ts > 0 and text[ts - 1] in "[(" and close[:1] in ("]", ")"):
                return False
            if dots == 3:
                return False
            return c.isupper() or opener or c.isdigit()
    if close and close.strip(")]}"):  # a closing quote after the terminator
        return True

    token, token_start = _token_before(text, m.start(), frag_start)
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
    others = _ASCII_BREAKS if text.isascii() else _OTHER_BREAKS
    breaks = _LINE_BREAK if any(c in text for c in others) else _NEWLINE
    for m in breaks.finditer(text):
        s = m.group()
        if s != "\n\n" and (s == "\n" or len(_BREAK_CHAR.findall(s)) < 2):
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
    check_text(text, "sentences() expects a str")
    rules = load_rules()
    blocks = _blocks(text)
    cuts = _cuts(text, blocks, rules)
    out: List[Sentence] = []
    new = object.__new__
    ci = 0
    n_cuts = len(cuts)
    for block_start, block_end, paragraph in blocks:
        prev = block_start
        while True:
            cut = cuts[ci] if ci < n_cuts and cuts[ci] < block_end else block_end
            stripped = text[prev:cut].strip()
            if stripped:
                start = text.find(stripped[0], prev, cut)  # everything before it is whitespace
                sentence = new(Sentence)
                _SET_INDEX(sentence, len(out))
                _SET_START(sentence, start)
                _SET_END(sentence, start + len(stripped))
                _SET_TEXT(sentence, stripped)
                _SET_PARAGRAPH(sentence, paragraph)
                out.append(sentence)
            if cut == block_end:
                while ci < n_cuts and cuts[ci] <= block_end:
                    ci += 1
                break
            ci += 1
            prev = cut
    return out


# Building Sentence through its slot descriptors is twice as fast as calling the
# frozen dataclass's __init__; the result is the same object.
_SET_INDEX, _SET_START, _SET_END, _SET_TEXT, _SET_PARAGRAPH = (
    Sentence.__dict__[name].__set__ for name in ("index", "start", "end", "text", "paragraph")
)


# The terminator scan in a text of Latin-1 characters, on a same-length string of character
# classes: "." full stop, "!" exclamation or question mark, " " space or no-break space, "\n"
# other white space, '"' closing quotation mark or bracket, "x" anything else. A pattern that
# starts with one literal character is searched for with a fast scan, where _TERMINATOR's
# first character class is tested at every character; full stops and the other two marks
# get one pattern each, each _TERMINATOR's structure over the classes.
def _term_class(c: int) -> int:
    ch = chr(c)
    if ch == ".":
        return ord(".")
    if ch in "!?":
        return ord("!")
    if ch in " \u00a0":
        return ord(" ")
    if ch.isspace():
        return ord("\n")
    return ord('"') if ch in "\"')]}\u00bb" else ord("x")


_TERM_CLASS_BYTES = bytes(_term_class(c) for c in range(256))
_FULL_STOPS = re.compile(r'(\.(?<![.!]\.)(?<![.!] \.)(?:[.!]| (?=\.)){0,64})("*)(?=[ \n]|\Z)')
_MARKS = re.compile(r'(!(?<![.!]!)(?:[.!]| (?=\.)){0,64})("*)(?=[ \n]|\Z)')


# Curly quotes and dashes, the characters beyond Latin-1 that fill news text, each with a
# Latin-1 character of the same class: closing quotes close like '"', the others are "x".
_STAND_INS = (("\u201d", '"'), ("\u2019", "'"), ("\u201c", "x"), ("\u2018", "x"), ("\u2013", "x"), ("\u2014", "x"))


def _latin1_stand_ins(text: str) -> str:
    """``text`` with the characters of :data:`_STAND_INS` replaced (same length, same classes)."""
    if text.isascii():
        return text
    for wide, narrow in _STAND_INS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def _terminators(text: str) -> Iterator["re.Match[str]"]:
    """The matches of :data:`_TERMINATOR` in ``text``, in order; for a text of Latin-1
    characters, matches over its character classes at the same positions (so read the
    groups' text from ``text`` by their spans).

    Curly quotes and dashes count as their :data:`_STAND_INS`, so a news text with them
    takes the class scan too. A match starts only at a terminator that follows no other (the lookbehinds), so the
    full-stop matches and the "!"/"?" matches never overlap and together are the same
    matches (tests compare them on random text).
    """
    if not _FAST_PATH:
        return _TERMINATOR.finditer(text)
    latin = _latin1_stand_ins(text)
    encoded = latin.encode("latin-1", "replace")
    if not latin.isascii() and encoded.count(b"?") != latin.count("?"):
        return _TERMINATOR.finditer(text)  # other characters beyond Latin-1 (each became "?")
    classes = encoded.translate(_TERM_CLASS_BYTES).decode("ascii")
    if "!" not in classes:
        return _FULL_STOPS.finditer(classes)
    return heapq.merge(_FULL_STOPS.finditer(classes), _MARKS.finditer(classes), key=_START)


_START = operator.methodcaller("start")


# Off only in tests, which check that the shortcuts in _cuts agree with _is_boundary.
_FAST_PATH = True


def _cuts(text: str, blocks: List[Tuple[int, int, int]], rules: SegmenterRules) -> List[int]:
    """Sorted positions inside blocks where one sentence ends and the next may begin."""
    cuts: List[int] = []
    classes = rules.classes
    has_bullets = not text.isascii() and any(map(text.__contains__, _BULLETS))  # a scan per bullet beats a class scan
    colon_markers = [m.start() for m in _MARKER_AFTER_COLON.finditer(text)]
    terminators = _terminators(text)
    m = next(terminators, None)
    ci = 0
    for block_start, block_end, _ in blocks:
        while m is not None and m.start() < block_start:
            m = next(terminators, None)
        while ci < len(colon_markers) and colon_markers[ci] < block_start:
            ci += 1
        if (
            has_bullets
            or (ci < len(colon_markers) and colon_markers[ci] < block_end)
            or _MARKER_AT.match(text, _skip_space_and_bullets(text, block_start, block_end), block_end)
        ):
            forced, protected = _list_cuts(text, block_start, block_end)
        else:
            forced, protected = [], frozenset()
        frag_start = block_start
        first = len(cuts)
        fi = 0
        while m is not None and m.start() < block_end:
            if m.end() == block_end:  # the block's end is a cut anyway
                m = next(terminators, None)
                continue
            if forced:
                while fi < len(forced) and forced[fi] <= m.start():
                    cuts.append(forced[fi])
                    frag_start = forced[fi]
                    fi += 1
            if not (protected and m.start(1) in protected and m.group(1) == "."):
                # The common cases first, where _is_boundary is sure to say True (it gives
                # the same answer, only later; tests compare the two on random text):
                # - '."' or '.”', then a space and A-Z: a closing quote after the full stop;
                # - a lone "." after a word of two or more letters that is no listed
                #   abbreviation (what _token_before finds and _classify calls a plain
                #   word), then a space and A-Z, or an opening '"' or '“' and A-Z.
                # Anything else goes through _is_boundary.
                end = m.end()
                start = m.start()
                sure = False
                if _FAST_PATH and text[start] == "." and end + 1 < block_end and text[end] == " ":
                    after = text[end + 1]
                    if end - start == 2:
                        sure = "A" <= after <= "Z" and text[end - 1] in '"\u201d'
                    elif end - start == 1 and (
                        "A" <= after <= "Z" or (after in '"\u201c' and end + 2 < block_end and "A" <= text[end + 2] <= "Z")
                    ):
                        word = text[max(text.rfind(" ", frag_start, start) + 1, frag_start) : start]
                        sure = len(word) > 1 and word.isalpha() and word not in classes
                if sure or _is_boundary(text, m, frag_start, block_end, rules):
                    frag_start = end
                    cuts.append(end)
            m = next(terminators, None)
        if forced:
            cuts.extend(forced[fi:])
            cuts[first:] = sorted(set(cuts[first:]))
    return cuts
