"""Speaker descriptors: name, title, organisation, place, party of a mention.

``newsnlp.people.parse_descriptor`` is the real parser (gazetteers of places,
agencies and titles). Until it is importable this module uses a small
stand-in with the same interface: titles from ``words.json``, party words,
"D-Ore."-style tags, and the capitalised run that follows the title as the
name.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, List, Optional

from newsnlp.quotes._lexicon import lexicon

__all__ = ["Descriptor", "parse_descriptor"]


@dataclass(frozen=True, slots=True)
class Descriptor:
    name: Optional[str] = None
    title: Optional[str] = None
    organization: Optional[str] = None
    place: Optional[str] = None
    party: Optional[str] = None
    level: Optional[str] = None


_PARTY_TAG = re.compile(r"\b([DRI])-([A-Z][a-z]{1,4})\.?")
_PARTIES = {"republican": "Republican", "democrat": "Democratic", "democratic": "Democratic", "gop": "Republican"}
_OF_ORG = re.compile(r"\b(?:for|at|of|with)\s+(?:the\s+)?((?:[A-Z][\w.&'\u2019-]*\s*(?:and\s+|of\s+|for\s+)?){1,6})")
_CAP = re.compile(r"[A-Z][\w'\u2019.-]*")
_LOWER_NAMEY = {"de", "van", "von", "la", "del", "da", "bin", "al"}
_TITLE_CANON = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "lt. gov": "Lieutenant Governor",
                "gen": "General", "dr": "Doctor", "prof": "Professor", "rev": "Reverend"}


def _fallback(text: str) -> Descriptor:
    lex = lexicon()
    words = text.replace("\u2019s", "").replace("'s", "").split()
    party = None
    place = None
    tag = _PARTY_TAG.search(text)
    if tag:
        party = {"D": "Democratic", "R": "Republican", "I": "Independent"}[tag.group(1)]
        place = tag.group(2)
        text = text[: tag.start()].rstrip(" ,(")
        words = text.split()
    for w in words:
        p = _PARTIES.get(w.lower().strip(",."))
        if p:
            party = party or p
    # "Kevin Sullivan, the state's tax commissioner": name in the head, title in the apposition.
    head_text, _, appos = text.partition(",")
    title = None
    tm = None
    for m in lex.title_pattern.finditer(head_text):
        tm = m
    source = head_text
    if tm is None:
        for m in lex.title_pattern.finditer(appos):
            tm = m
            source = appos
        tail = head_text
    else:
        tail = head_text[tm.end():]
    if tm is not None:
        raw = tm.group().rstrip(".")
        title = _TITLE_CANON.get(raw.lower(), raw)
    name_words: List[str] = []
    for w in tail.split():
        w2 = w.strip(",.;:()")
        if not w2:
            continue
        if _CAP.fullmatch(w2) and w2.lower() not in _PARTIES and w2.lower() not in lex.titles:
            name_words.append(w2)
        elif w2.lower() in _LOWER_NAMEY and name_words:
            name_words.append(w2)
        else:
            name_words = []
    org = None
    prefix = source[: tm.start()].strip() if tm is not None else ""
    if prefix:
        caps = [w for w in prefix.split() if w[:1].isupper() and w.lower() not in _PARTIES and w.lower() not in ("the", "a", "an")]
        org = " ".join(caps) or None
    is_org = any(w.strip(",.") in lex.org_words for w in head_text.split())
    name: Optional[str] = " ".join(name_words) or None
    if name and name.split()[0].lower() in ("the", "a", "an"):
        name = " ".join(name.split()[1:]) or None
    if name and is_org and (tm is None or source is appos):
        org, name = name, None
    words_h = head_text.split()
    if words_h and words_h[-1].strip(",.") in lex.org_words:
        # "the Justice Department": an organisation, not a titled person.
        caps = [w for w in words_h if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
        return Descriptor(organization=" ".join(caps) or None, party=party, place=place)
    of_org = _OF_ORG.search(text)
    if of_org and tm is not None:
        org = of_org.group(1).strip()
        if source is head_text:
            name = None  # "a spokesman for ICE": the capitalised words are the agency
    return Descriptor(name=name, title=title, organization=org, place=place, party=party)


@lru_cache(maxsize=1)
def _people_parser() -> Optional[Callable[[str], Any]]:
    try:
        module = importlib.import_module("newsnlp.people")
    except ImportError:
        return None
    return getattr(module, "parse_descriptor", None)


def parse_descriptor(text: str) -> Descriptor:
    """Describe a speaker mention; uses ``newsnlp.people`` when it is present.

    >>> d = parse_descriptor("Sen. Ron Wyden, D-Ore.")
    >>> (d.name, d.title, d.party)
    ('Ron Wyden', 'Senator', 'Democratic')
    """
    real = _people_parser()
    if real is not None:
        d = real(text)
        return Descriptor(
            name=getattr(d, "name", None), title=getattr(d, "title", None),
            organization=getattr(d, "organization", None), place=getattr(d, "place", None),
            party=getattr(d, "party", None), level=getattr(d, "level", None),
        )
    return _fallback(text)
