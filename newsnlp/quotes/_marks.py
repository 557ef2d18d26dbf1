"""Find the stretches of text inside double quotation marks, in one pass.

Straight (") and curly (“ ”) marks are paired paragraph by paragraph; single
quotes inside a quotation are content, not new quotations. A quotation still
open at the end of a paragraph continues into the next paragraph when that
one opens with a quotation mark (the newspaper convention), otherwise it
ends with its paragraph. Stray closing marks are ignored. Nothing here can
raise on any string, and the work is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import List, Tuple

__all__ = ["Quoted", "paragraphs", "quoted_spans"]

# Two apostrophes ('') stand for a straight double quote in some wire copy. (The same as
# "''|[\u201c...]", written to open with one character class: ``re`` then skips ahead to the next
# candidate character instead of trying the pattern at every position.)
_MARK = re.compile("[\u201c\u201d\"\u201e\u00ab\u00bb'](?:(?<=')'|(?<!'))")
_PARA = re.compile(r"[^\n]+")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"


@dataclass(slots=True)
class Quoted:
    """A quotation: its content fragments (marks excluded) and where it sits."""

    fragments: List[Tuple[int, int]]
    open_at: int  # offset of the first opening mark
    close_at: int  # offset just after the last closing mark (or paragraph end)
    closed: bool
    paragraph: int

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


def paragraphs(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of each non-blank line; news paragraphs are lines."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _opens(text: str, i: int, lo: int, hi: int, width: int = 1) -> bool:
    """Whether a straight double quote at ``i`` opens (else it closes)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    if before.isspace() or before in "([{\u2014-/":
        return not after.isspace()
    return False


def _trimmed(text: str, s: int, e: int) -> Tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def quoted_spans(text: str, paras: List[Tuple[int, int]]) -> List[Quoted]:
    """All quotations of ``text`` in order (see the module docstring)."""
    out: List[Quoted] = []
    carry: "Quoted | None" = None  # a quotation left open at the previous paragraph's end
    for p, ((ps, pe), marks) in enumerate(zip(paras, _paragraph_marks(text, paras))):
        open_at = -1
        open_width = 1
        first_in_para = True
        for i, width in marks:
            ch = '"' if width == 2 else text[i]
            if open_at < 0:
                if ch in _CLOSERS or (ch == '"' and not _opens(text, i, ps, pe, width)):
                    continue  # stray closing mark
                open_at = i
                open_width = width
                continue
            if ch in _OPENERS and _typed_closer(text, i, pe, width):
                ch = "\u201d"  # '“It's unusual,“ said ...': an opening mark typed where a closing one belongs
            if ch in _OPENERS:
                # A new opener while one is open: the first was never closed.
                _emit(text, out, open_at, i, i, False, p, None, open_width)
                open_at = i
                open_width = width
                first_in_para = False
                continue
            if ch == '"' and _opens(text, i, ps, pe, width) and text[i - 1].isspace():
                _emit(text, out, open_at, i, i, False, p, None, open_width)
                open_at = i
                open_width = width
                first_in_para = False
                continue
            joined = carry if first_in_para and carry is not None and open_at == _first_mark(text, ps, pe) else None
            _emit(text, out, open_at, i, i + width, True, p, joined, open_width)
            carry = None
            first_in_para = False
            open_at = -1
        if carry is not None and first_in_para and open_at >= 0 and open_at == _first_mark(text, ps, pe):
            # Continued again without closing: attach this paragraph too.
            s, e = _trimmed(text, open_at + open_width, pe)
            if s < e:
                carry.fragments.append((s, e))
                carry.close_at = pe
            open_at = -1
            continue
        carry = None
        if open_at >= 0:
            s, e = _trimmed(text, open_at + open_width, pe)
            if s < e:
                q = Quoted([(s, e)], open_at, pe, False, p)
                out.append(q)
                nxt = p + 1
                if nxt < len(paras) and _first_mark(text, paras[nxt][0], paras[nxt][1]) >= 0:
                    carry = q
    return out


def _paragraph_marks(text: str, paras: List[Tuple[int, int]]) -> List[List[Tuple[int, int]]]:
    """For each paragraph ``(ps, pe)`` of ``paras = paragraphs(text)``, (start, width) of each match of
    ``_MARK.finditer(text, ps, pe)``.

    (Found with ``str.find``, which skips ahead far faster than ``re`` tries a character class at each
    position: each mark character, and each pair of apostrophes from the end of the last; a single
    apostrophe is no mark. A mark holds no white space, so none runs from one paragraph into another.)
    """
    found: List[Tuple[int, int]] = []
    append, find = found.append, text.find
    for ch in _SINGLE_MARKS:
        i = find(ch)
        while i >= 0:
            append((i, 1))
            i = find(ch, i + 1)
    i = find("''")
    while i >= 0:
        append((i, 2))
        i = find("''", i + 2)
    found.sort()
    starts = [f[0] for f in found]
    return [[f for f in found[bisect_left(starts, ps):bisect_left(starts, pe)] if f[0] + f[1] <= pe] for ps, pe in paras]


_SINGLE_MARKS = "\u201c\u201d\"\u201e\u00ab\u00bb"


def _typed_closer(text: str, i: int, pe: int, width: int) -> bool:
    """An opening curly mark right after sentence punctuation and before a space or the
    paragraph end closes the open quotation (a typo common enough in news copy)."""
    after = text[i + width] if i + width < pe else " "
    return i > 0 and text[i - 1] in ",.?!" and (after.isspace() or after in ",.;:)")


def _first_mark(text: str, ps: int, pe: int) -> int:
    return ps if text[ps] in '"\u201c\u201e\u00ab' or text.startswith("''", ps) else -2


def _emit(
    text: str, out: List[Quoted], open_at: int, end: int, close_at: int, closed: bool, p: int,
    joined: "Quoted | None", open_width: int = 1,
) -> None:
    s, e = _trimmed(text, open_at + open_width, end)
    if s >= e:
        return
    if joined is not None:
        joined.fragments.append((s, e))
        joined.close_at = close_at
        joined.closed = closed
        return
    out.append(Quoted([(s, e)], open_at, close_at, closed, p))
