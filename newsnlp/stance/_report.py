"""``detect_stance``: every quote with its speaker's level and the side it supports, the officials, the balance.

Level and side differ on purpose: the level is where the speaker sits
(from the speaker's descriptor and :func:`find_officials`); the side is
which side of a federal-vs-state/local dispute the statement supports, from
the side model (:mod:`newsnlp.stance._side`), which reads both the level and
what is said.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple

from newsnlp._checks import check_text
from newsnlp._reduce import reduce_by_fields
from newsnlp.people import level_of
from newsnlp.people._descriptor import PARTITIVE, RELATION_NOUNS, _PARTY_WORDS
from newsnlp.people import _lexicon as lx
from newsnlp.quotes import Cue, Quote, Speaker, extract_quotes
from newsnlp.quotes._descriptor import parse_descriptor as _parse_descriptor
from newsnlp.quotes._speakers import first_names
from newsnlp.stance._officials import (Official, _congress_party, _congress_state, _words_pattern,
                                       find_officials)
from newsnlp.stance._side import SIDES, _stem_tuple, administration_party, load_side_model, speaker_group_sides
from newsnlp.text import Sentence, sentences

__all__ = ["Balance", "StanceQuote", "StanceReport", "detect_stance"]

_CONTEXT_CHARS = 600
_FORMER = re.compile(r"(?i)\b(?:former|ex-|then-)")
# Reported speech in a relative clause after an official ("local officials who said they did not know
# why"), which the quote extractor leaves out. One linear scan; the clause runs to the sentence end.
_WHO_SAID = re.compile(
    r"\s*,?\s+who\s+(?P<cue>said|say|says|told\s+\w+|argued|argue|insisted|complained|warned|denied|deny)"
    r"\s+(?:that\s+)?(?P<clause>[^.!?;\n]{8,400})")


@dataclass(frozen=True, slots=True)
class StanceQuote:
    """A quote with its speaker's ``level`` and the ``side`` it supports.

    ``text == original[start:end]``; ``level`` is "federal", "state",
    "local", "other" or ``None`` (unknown or not a government speaker);
    ``side`` is "federal", "local" (the state-or-local side) or "neutral",
    and ``side_score`` its probability.
    """

    __reduce__ = reduce_by_fields

    text: str
    start: int
    end: int
    kind: str
    speaker: Optional[Speaker]
    level: Optional[str]
    side: str
    side_score: float

    def to_dict(self) -> Dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = {**self.speaker.to_dict(), "level": self.level}
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "speaker": speaker, "side": self.side, "side_score": round(self.side_score, 4)}


@dataclass(frozen=True, slots=True)
class Balance:
    """How many quotes and what share of the quoted words each side has.

    ``dominant`` is the side ("federal" or "local") with the larger share of
    quoted words, or ``None`` when neither is quoted or they tie.
    """

    __reduce__ = reduce_by_fields

    quotes: Tuple[Tuple[str, int], ...]
    words: Tuple[Tuple[str, int], ...]
    word_share: Tuple[Tuple[str, float], ...]
    dominant: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        return {"quotes": dict(self.quotes), "words": dict(self.words),
                "word_share": {k: round(v, 4) for k, v in self.word_share}, "dominant": self.dominant}


@dataclass(frozen=True, slots=True)
class StanceReport:
    """The officials of an article, its quotes with levels and sides, and the balance of voices."""

    __reduce__ = reduce_by_fields

    officials: Tuple[Official, ...]
    quotes: Tuple[StanceQuote, ...]
    balance: Balance

    def to_dict(self) -> Dict[str, Any]:
        return {"officials": [o.to_dict() for o in self.officials], "quotes": [q.to_dict() for q in self.quotes],
                "balance": self.balance.to_dict()}


def detect_stance(text: str) -> StanceReport:
    """Officials, quotes with speaker level and side, and the balance of a news article.

    >>> r = detect_stance('“We will not be bullied by the federal government,” Mayor Jane Doe said.')
    >>> [(q.speaker.name, q.level, q.side) for q in r.quotes]
    [('Jane Doe', 'local', 'local')]
    >>> r.balance.dominant
    'local'
    """
    check_text(text, "detect_stance() expects the article text as str")
    return _detect_stance(text, extract_quotes(text), find_officials(text), sentences(text))


def _detect_stance(text: str, quotes: Sequence[Quote], officials: Sequence[Official],
                   sents: Sequence[Sentence]) -> StanceReport:
    """:func:`detect_stance` from results already computed for ``text``.

    ``quotes``, ``officials`` and ``sents`` must be ``extract_quotes(text)``,
    ``find_officials(text)`` and ``sentences(text)`` (``analyze`` has them):
    the report is then the one ``detect_stance(text)`` gives.
    """
    officials = tuple(officials)
    model = load_side_model()
    rows = _quote_rows(text, list(quotes), officials, sents)
    # one call for the whole article: the model reads a speaker's other statements too
    sides = model.predict_article([inputs for _, _, inputs, _ in rows], [key for _, _, _, key in rows])
    out = [StanceQuote(q.text, q.start, q.end, q.kind, q.speaker, level, side, score)
           for (q, level, _, _), (side, score) in zip(rows, sides)]
    return StanceReport(officials, tuple(out), balance(out))


def quote_inputs(text: str, officials: Sequence[Official]) -> List[Tuple[Quote, Optional[str], Dict[str, Any]]]:
    """Each quote with its speaker's level and the keyword arguments of :func:`side_features`."""
    return [row[:3] for row in _quote_rows(text, extract_quotes(text), officials, sentences(text))]


def quote_rows(text: str, officials: Sequence[Official]) -> List[Tuple[Quote, Optional[str], Dict[str, Any],
                                                                          Optional[str]]]:
    """:func:`quote_inputs` with each quote's speaker key (see ``_speaker_key``) as a fourth item."""
    return _quote_rows(text, extract_quotes(text), officials, sentences(text))


def _speaker_key(speaker: Optional[Speaker], official: Optional[Official]) -> Optional[str]:
    """Who a quote's speaker is, for grouping one speaker's statements in an article: the official it
    points at (name, else organisation), else the speaker's own name; ``None`` when unknown."""
    if official is not None and (official.name or official.organization):
        return official.name or official.organization
    return speaker.name if speaker is not None else None


def _quote_rows(text: str, quotes: List[Quote], officials: Sequence[Official],
                sents: Sequence[Sentence]) -> List[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]]:
    starts = [s.start for s in sents]
    administration = administration_party(text)
    rows = []
    private: set = set()  # names of speakers described as outside government ("Cesar Vargas, an activist")
    by_noun: Dict[str, str] = {}  # head noun of a quoted speaker ("A DHS spokesperson") -> its level
    for q in _with_relative_clauses(text, quotes, officials, sents, starts):
        context = _context(text, sents, starts, q)
        level = party = official = None
        said_by = text[q.speaker.start:q.speaker.end] if q.speaker is not None else ""
        if q.speaker is not None:
            # one lookup of the speaker's official for the level, the attribution check and the party
            official = _official_of(q.speaker, officials, text)
            level = _speaker_level(q.speaker, officials, context, text, official)
            name = q.speaker.name
            if name and (official is None or official.kind != "person"):
                if level == "other" and _private_descriptor(said_by):
                    private.add(name)
                elif name in private:
                    level = "other"  # "Mr. Vargas" later: the earlier descriptor's body is not his government
            definite = _DEFINITE.fullmatch(said_by)
            if level is None and definite is not None:
                level = by_noun.get(definite.group(1).lower())  # "the spokesperson": the last one quoted
            elif level is not None:
                for noun in _head_nouns(said_by, q.speaker.title):
                    by_noun[noun] = level
            if level is None and official is None:
                # '"...," Frey said, according to the Star Tribune. "..."': the attribution inside the quote
                inner = _said_inside(text, q, officials)
                if inner is not None:
                    level = inner
            # the speaker's own party, else that of the official it points at, else the descriptor's
            # ("House Democrats") or the Congress gazetteer's ("Nancy Pelosi")
            party = (q.speaker.party or (official.party if official is not None else None)
                     or _descriptor_party(said_by)
                     or _congress_party(official.name if official is not None else q.speaker.name))
        inputs = {"quote": q.text, "level": level, "context": context, "cue": q.cue.text if q.cue else None,
                  "title": q.speaker.title if q.speaker else None, "party": party, "administration": administration,
                  "speaker_text": said_by,
                  "organization": (official.organization if official is not None else None)
                  or (q.speaker.organization if q.speaker is not None else None)}
        rows.append((q, level, inputs, _speaker_key(q.speaker, official)))
    return _described_once(_pronouns_follow_the_last_speaker(rows))


# A speaker named by a common noun after "the", which stands for the last one quoted with that head noun.
_DEFINITE = re.compile(r"(?i)the\s+([a-z]+)")


def _head_nouns(said_by: str, title: Optional[str]) -> List[str]:
    """Lower-case head nouns of a speaker: the last word before any comma ("A DHS spokesperson") when it
    is lower case, and the last word of its title."""
    out = []
    words = said_by.split(",", 1)[0].split()
    if words and words[-1].isalpha() and words[-1].islower():
        out.append(words[-1])
    if title:
        last = title.split()[-1].lower()
        if last.isalpha() and last not in out:
            out.append(last)
    return out


# A party named in a speaker's descriptor: "House Democrats", "a Republican", "the Democratic-led House": the
# words of the two major parties in the descriptor parser's table, capitalised (the acronym in capitals), and
# their plurals.
_MAJOR_PARTY_WORDS = {word: party for word, party in _PARTY_WORDS.items() if party in ("Democratic", "Republican")}
_PARTY_WORD = re.compile(r"\b(?:" + "|".join(
    word.upper() if word == "gop" else word.capitalize() + ("s?" if word.endswith(("crat", "can")) else "")
    for word in sorted(_MAJOR_PARTY_WORDS)) + r")\b")


def _descriptor_party(descriptor: str) -> Optional[str]:
    """``"Democratic"`` or ``"Republican"`` for the first party word of a speaker's descriptor, else ``None``.

    >>> _descriptor_party("House Democrats"), _descriptor_party("the GOP senator"), _descriptor_party("he")
    ('Democratic', 'Republican', None)
    """
    m = _PARTY_WORD.search(descriptor)
    if m is None:
        return None
    word = m.group().lower()
    return _MAJOR_PARTY_WORDS[word[:-1] if word.endswith("s") else word]


def _described_once(
        rows: List[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]],
) -> List[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]]:
    """A speaker's descriptor that names a group of the speaker gazetteer ("Peter Roe, a lawyer with the
    ACLU") serves the same speaker's later quotes ("Roe said"): their inputs get it as ``described_as``.

    The speaker is matched by speaker key, or by the key's last word ("Roe" for "Peter Roe"). The side
    model reads ``described_as`` only when the quote's own descriptor names no group.
    """
    grouped = [bool(speaker_group_sides(inputs["speaker_text"], inputs["organization"])) for _, _, inputs, _ in rows]
    described: Dict[str, str] = {}
    for (_, _, inputs, key), has_group in zip(rows, grouped):
        if key and has_group:
            descriptor = f"{inputs['speaker_text']} {inputs['organization'] or ''}"
            described.setdefault(key, descriptor)
            described.setdefault(key.split()[-1], descriptor)
    if not described:
        return rows
    out = []
    for row, has_group in zip(rows, grouped):
        q, level, inputs, key = row
        if key and not has_group:
            earlier = described.get(key) or described.get(key.split()[-1])
            if earlier is not None:
                row = (q, level, {**inputs, "described_as": earlier}, key)
        out.append(row)
    return out


# Bare pronoun speakers the quote extractor leaves unresolved ("he said" after a named activist).
_BARE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "we", "i", "he's", "she's"})
_FOLLOW_PARAGRAPHS = 1  # how many paragraphs back the previous speaker may stand


def _pronouns_follow_the_last_speaker(
        rows: List[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]],
) -> List[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]]:
    """A quote whose speaker is a bare pronoun without a level takes, as side-model evidence, the speaker
    of the last quote before it (in its paragraph or the one before) whose speaker is named or described.

    The level, party, descriptor and organisation in the inputs, and the speaker key when it has none,
    come from that quote ("... said Jane Roe, an immigrant-rights lawyer. ... he said."): the side model
    then reads the descriptor and the speaker vote counts the pronoun's statement as Roe's. The reported
    level (the second item) is left as it was. Chosen by cross-validation (docs/models/side-classifier.md).
    """
    last: Optional[Tuple[Quote, Optional[str], Dict[str, Any], Optional[str]]] = None
    out = []
    for row in rows:
        q, level, inputs, key = row
        said_by = inputs["speaker_text"].strip().lower()
        if (said_by in _BARE_PRONOUNS and level is None and last is not None
                and q.paragraph - last[0].paragraph <= _FOLLOW_PARAGRAPHS):
            prev = last[2]
            inputs = {**inputs, **{k: prev[k] for k in ("level", "party", "speaker_text", "organization")}}
            row = (q, level, inputs, key if key is not None else last[3])
        elif said_by and said_by not in _BARE_PRONOUNS:
            last = row
        out.append(row)
    return out


def _with_relative_clauses(text: str, quotes: List[Quote], officials: Sequence[Official], sents: Sequence[Any],
                           starts: Sequence[int]) -> List[Quote]:
    """``quotes`` plus "<official> who said <clause>" statements that no quote overlaps, in text order."""
    extra = []
    for o in officials:
        for start, end in o.mentions:
            m = _WHO_SAID.match(text, end)
            if m is None:
                continue
            a, b = m.span("clause")
            b = len(text[a:b].rstrip(" ,")) + a
            # an extracted quote that already covers the clause counts, unless it also swallowed the
            # official's mention (then it is someone else's statement and this clause is nested in it)
            if any(q.start < b and a < q.end and not (q.start <= start and end <= q.end) for q in quotes):
                continue
            speaker = Speaker(o.name, start, end, o.title, o.organization, o.place, o.party)
            cue = Cue(m.group("cue"), m.start("cue"), m.end("cue"))
            extra.append(Quote(text[a:b], a, b, ((a, b),), "indirect", cue, _paragraph(sents, starts, a), speaker))
    return sorted([*quotes, *extra], key=lambda q: (q.start, q.end)) if extra else quotes


def speaker_level(speaker: Optional[Speaker], officials: Sequence[Official], context: str = "",
                  text: str = "") -> Optional[str]:
    """The level of government of a quote's speaker: the official it points at, else its own descriptor.

    With the article ``text``, a former office holder ("former House Speaker Newt Gingrich") speaks
    for no level of government: ``"other"``.

    >>> from newsnlp.quotes import Speaker
    >>> speaker_level(Speaker(None, 0, 5, title="Mayor"), [])
    'local'
    """
    if speaker is None:
        return None
    return _speaker_level(speaker, officials, context, text, _official_of(speaker, officials, text))


# A president of something in lower case: "president of the NAACP", "a senior vice president at Avalere" (not
# "President of the United States", a body of government's: see its use).
_PRESIDENT_OF = re.compile(r"(?<![\w-])(?<!to the )(?:(?:senior|executive|group) )?(?:vice )?president (?:of|at|for) "
                          r"(?!the United States)")  # (not "the assistant to the president for ...")


def _mentions_from(official: Official, lo: int, hi: int) -> Sequence[Tuple[int, int]]:
    """``official``'s mentions (in text order) that start at ``lo`` ... ``hi - 1``: a binary search, as an
    official can have thousands of mentions in a long text."""
    mentions = official.mentions
    return mentions[bisect.bisect_left(mentions, (lo, -1)):bisect.bisect_left(mentions, (hi, -1))]


def _has_mention_at(official: Official, start: int) -> bool:
    """Whether one of ``official``'s mentions starts at ``start``."""
    return bool(_mentions_from(official, start, start + 1))


# Titles held at more than one level, where a state or county before the title decides (see
# docs/models/gazetteers.md); generic roles ("chairman", "director") take no level from a place.
_PLACE_DECIDES = frozenset({"Attorney General", "Deputy Attorney General", "Assistant Attorney General",
                            "Secretary of State", "Judge", "Speaker of the House", "Senator", "Representative",
                            "Comptroller", "Treasurer", "Auditor"})


def _speaker_level(speaker: Speaker, officials: Sequence[Official], context: str, text: str,
                   official: Optional[Official]) -> Optional[str]:
    """:func:`speaker_level` given ``official``, the speaker's ``_official_of(speaker, officials)``."""
    if text and speaker.name is None and (_STATEMENT.match(text, speaker.start, speaker.end)
                                          or text[speaker.start:speaker.end].lower() == "who"):
        # "Wolf in a statement Thursday described ...": the extractor took the statement for the speaker;
        # "New York Gov. Andrew Cuomo, who tweeted his support": the relative pronoun stands for the official
        before = _official_ending_at(officials, text, speaker.start)
        if before is not None:
            return "other" if before.former else before.level
    if official is not None and official.former:
        return "other"
    if text:
        # "former House Speaker Newt Gingrich", "a former governor": "former" before the name or title,
        # not in an appositive about someone else ("Mr. Becerra, a Democrat and former member of Congress").
        head = text[speaker.start:speaker.end].split(",", 1)[0]
        if _FORMER.search(text, max(0, speaker.start - 12), speaker.start + len(head)):
            return "other"
    if official is not None and official.level is not None:
        span = text[speaker.start:speaker.end] if text else ""
        if official.kind == "person" and _has_mention_at(official, speaker.start):
            span = span.split(",", 1)[0]  # the official heads the span: "..., who has angered protesters" is no descriptor
        if official.organization:
            span = span.replace(official.organization, "")  # "... the National Institute of Allergy ...": its own name
        if text and (official.name is None or official.name != speaker.name) and _private_descriptor(span):
            # "Cesar Vargas, an immigrant-rights activist and advocate for abolishing ICE", "Thomas More
            # Society Vice President": the body or title in the descriptor is not the speaker's government
            return "other"
        return official.level
    if official is None and text and speaker.name is None and _PRONOUN_CONTRACTION.sub("", text[speaker.start:speaker.end].lower()) in _PRONOUNS \
            or official is None and text and _POSSESSIVE_OFFICE.match(text, speaker.start, speaker.end):
        # An unresolved "he"/"she": the person last named before it, if an official (no gender check).
        prior = _last_person_before(officials, speaker.start)
        if prior is not None:
            return "other" if prior.former else prior.level
    if text and official is None:
        span = text[speaker.start:speaker.end]
        if (PARTITIVE.match(span) or _RELATION_IN.search(span)) and _private_descriptor(span):
            return "other"  # "Some of Mr Trump's supporters", "a Trump supporter": they speak for no government
        court = _court_speaker_level(text, speaker)
        if court is not None:
            return court
        epithet = _state_party_epithet(text, speaker, officials)
        if epithet is not None:
            return "other" if epithet.former else epithet.level
    if speaker.title and not speaker.organization and text:
        own = _parse_descriptor(text[speaker.start:speaker.end])
        if own.level == "other":
            return "other"  # "Kevin Graham, president of the Fraternal Order of Police": a title in a private body
        if own.level in ("state", "local") and own.place and speaker.title in _PLACE_DECIDES:
            return own.level  # "... for the West Virginia Secretary of State's Office": the place decides the title
        if speaker.title in ("President", "Vice President"):
            of = _PRESIDENT_OF.search(text, speaker.start, speaker.end)
            if of is not None and level_of(None, text[of.end():speaker.end].split(",", 1)[0].strip()) is None:
                return "other"  # "a senior vice president at Avalere", "president of United Teachers Los Angeles"
    if speaker.title or speaker.organization:
        level = level_of(speaker.title, speaker.organization, context=context)
        if level is None and speaker.title and speaker.title.endswith("s"):
            level = level_of(speaker.title[:-1], speaker.organization, context=context)  # "governors"
        if level is not None:
            return level
    if text:
        span = text[speaker.start:speaker.end]
        # in the speaker's span, or right after it ("said Jane Roe, who heads ...")
        heads = _WHO_HEADS.search(span) or _WHO_HEADS.match(text, speaker.end, speaker.end + 120)
        if heads is not None and not _private_descriptor(span.split(",", 1)[0]):
            level = level_of(None, heads.group(1))  # "Fauci, who directs the National Institutes of Health"
            if level is not None:
                return level
        return (_government_speaker(span, speaker, context) or _document_level(text, speaker, officials)
                or _definite_body_level(text, speaker, officials) or _party_group_level(text, speaker))
    return None


# A document as the speaker ("the report", "the new study", "that memo"): it speaks for the body that wrote it.
_DOCUMENT_HEAD = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?(report|audit|study|review|"
                            r"memo|memorandum|analysis|assessment|release|statement)")  # not "An ADL report"
_DOCUMENT_REACH = 2000  # characters back in which "the report" looks for the report it stands for


def _document_level(text: str, speaker: Speaker, officials: Sequence[Official]) -> Optional[str]:
    """The level of a report or statement speaking ("the report said"): that of the government body or
    official named right before or after the last mention of that kind of document before it ("the inspector
    general's report", "a report by the Government Accountability Office", "a news release from the
    Department of Public Safety"), else None."""
    head = text[speaker.start:speaker.end].split(",", 1)[0].strip()
    m = _DOCUMENT_HEAD.fullmatch(head)
    if m is None:
        return None
    noun = m.group(1).lower()
    lo = max(0, speaker.start - _DOCUMENT_REACH)
    index = _index_of(officials)
    found = [(w.start(), w.end()) for w in re.finditer(rf"(?i)\b{noun}\b", text[lo:speaker.start])]
    for a, b in reversed(found):
        a, b = a + lo, b + lo
        # "<body>'s report", "a <body> report" (the body ends within a few words before the noun), or
        # "report by/from/of <body>"; of several such bodies, the first in ``officials``
        hits = [i for x, y, i in index.ending_in(a - 40, b + 25 + index.longest)
                if officials[i].level is not None and not officials[i].former
                and ((0 <= a - y <= 40 and _BODY_BEFORE_DOCUMENT.fullmatch(text, y, a))
                     or (0 <= x - b <= 25 and _BODY_AFTER_DOCUMENT.fullmatch(text, b, x)))]
        if hits:
            return officials[min(hits)].level
    return None


# A body named again by its kind: "the department", "the agency", "the administration".
_DEFINITE_BODY = re.compile(r"(?i)the\s+(administration|department|agency|office|bureau|commission|board|council|"
                            r"government|legislature)")


# What "the agency" can stand for: an executive body by a word of its name or by its initials ("ICE").
_AGENCY_NAME = re.compile(r"\b(?:[Aa]gency|Authority|Administration|Service|Bureau|Department|Commission|Office|Patrol|"
                          r"Enforcement|[A-Z]{3,5})\b")


def _definite_body_level(text: str, speaker: Speaker, officials: Sequence[Official]) -> Optional[str]:
    """The level of "the department" speaking: that of the last body named before it (within
    ``_DOCUMENT_REACH`` characters) whose mention holds that word ("the Justice Department", "the Trump
    administration"), else None."""
    m = _DEFINITE_BODY.fullmatch(text[speaker.start:speaker.end].split(",", 1)[0].strip())
    if m is None:
        return None
    word = m.group(1).lower()
    hits = []
    for a, b, i in _index_of(officials).ending_in(speaker.start - _DOCUMENT_REACH + 1, speaker.start):
        o = officials[i]
        if o.level is not None and o.kind != "person" and not o.former and (a, b) != (speaker.start, speaker.end) \
                and (word in text[a:b].lower() or word == "agency" and _AGENCY_NAME.search(text, a, b)):
            hits.append((b, -i))
    # the mention that ends last; of several ending there, the first official in ``officials``
    return officials[-max(hits)[1]].level if hits else None


_BODY_BEFORE_DOCUMENT = re.compile(r"(?:['\u2019]s)?\s+(?:(?:issued|released|published|sent|put\s+out)\s+)?"
                                   r"(?:[a-z][\w-]*\s+){0,2}")
_BODY_AFTER_DOCUMENT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:by|from|of)\s+(?:the\s+)?")


# A relative clause naming the body a speaker runs: "X, who heads the Department of Homeland Security".
_WHO_HEADS = re.compile(r",\s+who\s+(?:now\s+)?(?:heads|leads|directs|runs|oversees|chairs)\s+((?:the\s+)?[A-Z][^,;]{2,80})")


# A court or its judges as the speaker, named by kind: "the court", "the lower court", "the justices",
# "the state Supreme Court", "a Cook County judge", "the appeals court"; or its ruling: "Friday's decision".
_COURT_HEAD = re.compile(
    r"(?i)(?:(?:the|a|an)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:courts?|justices|judges?)(?:['\u2019]s?)?|"
    r"(?:the|(?:to|yester)day['\u2019]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s)\s+(?:decision|ruling|opinion)|"
    r"the\s+(?:northern|southern|eastern|western|central|middle)\s+district\s+of(?:\s+[A-Z][\w.]*){1,2})")
# A court or judge named earlier in the article, with the words before it that can tell its level.
_COURT_MENTION = re.compile(
    r"(?:(?:[A-Z][\w.'\u2019-]*|U\.S\.|federal|state|county|city|municipal|appeals|appellate|district|circuit|"
    r"high|highest|supreme|superior|\d+(?:st|nd|rd|th))\s+){1,5}(?:[Cc]ourt|[Jj]udge|[Jj]ustices?|Circuit)(?![\w-])")
_COURT_LOCAL = re.compile(r"(?i)(?<![\w.])(?:county|municipal|city|magistrate's)\s+(?:\w+\s+){0,2}(?:court|judge)")
_COURT_STATE = re.compile(r"(?i)(?<![\w.])(?:state|superior)(?![\w-])")
# Words that make a court federal wherever they stand ...
_COURT_FEDERAL = re.compile(
    r"(?i)(?<![\w.])(?:U\.S\.|federal|\d+(?:st|nd|rd|th) (?:U\.S\. )?circuit|(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|d\.c\.) circuit|(?:northern|southern|eastern|western|central|middle) "
    r"district of)(?![\w-])")
# ... and words that do so unless a state's name comes with them ("the Wisconsin Supreme Court").
_COURT_FEDERAL_UNLESS_STATE = re.compile(
    r"(?i)(?<![\w.])(?:district (?:court|judge)|supreme court|nation['\u2019]s (?:highest|high) court)(?![\w-])")
_COURT_REACH = 3000  # characters back in which "the court" looks for the court it stands for


def _court_cue(words: str) -> Optional[str]:
    """The level a court's or judge's own words give it ("Wisconsin Supreme Court": state; "the 9th
    Circuit": federal; "a Cook County judge": local), else None. A state's name before the court
    makes it the state's; "Supreme Court" alone is the US Supreme Court."""
    if _COURT_LOCAL.search(words):
        return "local"
    if _COURT_STATE.search(words):
        return "state"
    if _COURT_FEDERAL.search(words):
        return "federal"
    toks = lx.tokens(words)
    names = _state_keys()
    for k, t in enumerate(toks):
        if t.key in names or (k + 1 < len(toks) and f"{t.key} {toks[k + 1].key}" in names):
            return "state"  # "the Wisconsin Supreme Court", "a Texas judge"
    if _COURT_FEDERAL_UNLESS_STATE.search(words):
        return "federal"
    return None


def _court_speaker_level(text: str, speaker: Speaker) -> Optional[str]:
    """The level of a court or judge that speaks without a name, from its own words or else from the last
    court or judge the article named before it that tells its level; None when the speaker is no court."""
    head = text[speaker.start:speaker.end].split(",", 1)[0].strip()
    if not _COURT_HEAD.fullmatch(head):
        return None
    level = _court_cue(head)
    if level is not None:
        return level
    lo = max(0, speaker.start - _COURT_REACH)
    for m in reversed(list(_COURT_MENTION.finditer(text, lo, speaker.start))):
        level = _court_cue(m.group())
        if level is not None:
            return level
    return None


def _state_party_epithet(text: str, speaker: Speaker, officials: Sequence[Official]) -> Optional[Official]:
    """For a speaker called "the Massachusetts Democrat" / "the Texas Republican": the last official named
    before it (within ``_EPITHET_REACH`` characters) with that party and that state (as its place or its member
    of Congress's state), else None."""
    span = text[speaker.start:speaker.end]
    if not _EPITHET_WORD.search(span):
        return None  # no token can have the key "democrat" or "republican": skip the tokens
    toks = lx.tokens(span)
    if not 3 <= len(toks) <= 4 or toks[0].key != "the" or toks[-1].key not in _EPITHET_PARTIES:
        return None
    state = " ".join(t.key for t in toks[1:-1])
    if state not in _state_keys():
        return None
    party = _EPITHET_PARTIES[toks[-1].key]
    hits = []
    for _, b, i in _index_of(officials).ending_in(speaker.start - _EPITHET_REACH, speaker.start):
        o = officials[i]
        if o.kind != "person" or o.name is None or o.level is None:
            continue
        if (o.party or _congress_party(o.name)) != party:
            continue
        place = o.place or _congress_state(o.name)
        if place is not None and " ".join(t.key for t in lx.tokens(place)) == state:
            hits.append((b, -i))
    return officials[-max(hits)[1]] if hits else None


_EPITHET_REACH = 5000  # characters back in which "the Texas Republican" looks for the official


_EPITHET_PARTIES = {"democrat": "Democratic", "republican": "Republican"}
# The letters of either key, periods allowed between them, in any case: every token whose key (lower case,
# periods dropped) is one of them holds a match.
_EPITHET_WORD = re.compile("|".join(r"\.*".join(map(re.escape, k)) for k in _EPITHET_PARTIES), re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_keys() -> frozenset:
    """Token keys of the states' names, one word or two ("texas", "new york")."""
    return frozenset(" ".join(t.key for t in lx.tokens(name)) for name in set(lx.state_codes().values()))


# Roles outside government, and words that end the names of private bodies ("Thomas More Society").
_PRIVATE = re.compile(
    r"(?<![\w-])(?:activists?|advocates?|critics?|opponents?|professors?|lecturers?|analysts?|researchers?|"
    r"scholars?|experts?|organizers?|protesters?|[Ss]ociety|[Aa]ssociation|[Ii]nstitute|[Ii]nstitution|[Ff]oundation|"
    r"litigators?|who (?:once )?(?:served|worked) (?:at|in|as|for)|veterans?|supporters?|voters?|"
    r"correspondents?|reporters?|journalists?|columnists?|"
    r"[Cc]oalition|[Uu]niversity|[Cc]ollege|[Aa]lliance|[Ff]ederation|[Ll]eague|[Ff]und|[Pp]roject|[Nn]etwork|"
    r"Inc\.?|Corp\.?|[Cc]ompany|[Cc]enter for|[Cc]enter on|[Cc]ampaign)(?![\w-])")


def _private_descriptor(span: str) -> bool:
    """Whether a speaker's descriptor places them outside government (see ``_PRIVATE``)."""
    return _PRIVATE.search(span) is not None


# A speaker that is a government by its place ("Minnesota is seeking ...", "King County said", "the
# Illinois Department of Health told ..."): the place alone or followed by one of these words.
_BODY_WORDS = frozenset(
    "department agency board commission office legislature senate house assembly assemblies government "
    "administration officials police health".split())
_PLACE_LEVEL = {"state": "state", "county": "local", "city": "local", "foreign": "other"}
# "the state", "the city's lawyers", "the county report": a government named by its kind.
_KIND_HEAD = re.compile(r"(?i)^(?:the\s+)?(state|city|county)(?:['\u2019]s)?(?:\s+\w+){0,2}$")
# Governments named in the plural: "some localities", "91 of Virginia's 95 counties", "several states".
_PLURAL_GOVERNMENTS = {"localities": "local", "counties": "local", "cities": "local", "municipalities": "local",
                       "towns": "local", "townships": "local", "jurisdictions": "local", "states": "state",
                       "legislatures": "state", "assemblies": "state"}
_PLURAL_TITLE = re.compile(r"(?:^|\s)([a-z]+?)(men|ies|s)$")
_PLURAL_BODY_NAME = re.compile(r"\b(?:Conference|Association|League|Council|Caucus|Coalition|Organization|National|"
                               r"Alliance|Federation|Institute|Center)\b")
_SOME_STATES = re.compile(r"(?i)(?:the|some|several|many|most|other|all|both|those|these|few|\d+|[\w-]+-led|red|blue)"
                          r"(?:\s+other)?\s+states")


def _plural_government(head: str, context: str) -> Optional[str]:
    """The level of a speaker whose head word is a kind of government or office holder in the plural
    ("some localities", "the two aldermen", "county supervisors"), else None."""
    if len(head) > 60:
        return None
    last = head.rsplit(None, 1)[-1].lower()
    if last in _PLURAL_GOVERNMENTS:  # "some localities", "both Ventura and Orange Counties"
        if _PLURAL_BODY_NAME.search(head):
            return None  # "the National Conference of State Legislatures"
        if last == "states" and not _SOME_STATES.fullmatch(head):
            return None  # "the United States", "many UN member states"
        return _PLURAL_GOVERNMENTS[last]
    m = _PLURAL_TITLE.search(head)
    if m is None:
        return None
    word = m.group(1) + m.group(2)
    if word == "presidents":
        return None  # of companies, universities, groups
    singular = m.group(1) + {"men": "man", "ies": "y", "s": ""}[m.group(2)]
    before = head[:m.start(1)].split()
    if before and before[-1].isalpha() and before[-1].islower():
        level = level_of(f"{before[-1]} {singular}", context=context)  # "police chiefs", "county supervisors"
        if level is not None:
            return level
    return level_of(singular, context=context)


# A city's police department by its initials: "the NYPD", "LAPD officers", "the SFPD's chief".
_POLICE_HEAD = re.compile(r"(?:the\s+)?[A-Z]{1,3}PD(?:['\u2019]s)?(?:\s+[a-z]+){0,2}")
# Lawmakers and party groups speak for the chamber their sentence names.
_CHAMBER_GROUP = re.compile(r"(?i)(?<!\w)(?:lawmakers|legislators|democrats|republicans|gop)(?!\w)")
# (?i)(?<!\w)(?:state (?:senate|house|assembly|legislature|lawmakers|legislators|capitol)|statehouse|legislature|
# general assembly)(?!\w) and (?<!\w)(?:Congress|congressional|Capitol Hill|U\.S\. (?:Senate|House)|House|Senate)(?!\w),
# written for _words_pattern's fast scan; findall over a whole article was 4% of detect_stance. (?i) covers the
# letters after the first; the first is spelled out in every character (?i) matches it with (the long s "\u017f"
# matches "s"), so that each alternative opens with a literal.
_STATEHOUSE_CUE = _words_pattern([first + "(?i:" + rest + ")" for firsts, rest in (
    ("Ss\u017f", "tate (?:senate|house|assembly|legislature|lawmakers|legislators|capitol)|tatehouse"),
    ("Ll", "egislature"), ("Gg", "eneral assembly")) for first in firsts])
_CONGRESS_CUE = _words_pattern(["Congress", "congressional", "Capitol Hill", r"U\.S\. (?:Senate|House)", "House", "Senate"])
# Places that as a speaker usually stand for something else: the federal government ("Washington")
# or a newspaper ("New York" magazine); a state and a city of one name are left open as well.
_NOT_GOVERNMENT_PLACES = frozenset({"washington", "new york"})


@lru_cache(maxsize=2)  # one article's party-group speakers share it
def _chamber_counts(text: str) -> Tuple[int, int]:
    """How often ``text`` names Congress or its chambers, and a statehouse."""
    return len(_CONGRESS_CUE.findall(text)), len(_STATEHOUSE_CUE.findall(text))


def _party_group_level(text: str, speaker: Speaker) -> Optional[str]:
    """For lawmakers or a party group whose sentence names no chamber ("Democrats said"): the level of the
    chambers the article speaks of, when it names one kind at least twice and the other less often."""
    head = text[speaker.start:speaker.end].split(",", 1)[0].strip()
    if speaker.name is not None and speaker.name != head or not _CHAMBER_GROUP.search(head) or len(head.split()) > 4:
        return None
    congress, statehouse = _chamber_counts(text)
    if congress >= 2 and congress > statehouse:
        return "federal"
    if statehouse >= 2 and statehouse > congress:
        return "state"
    return None


def _government_speaker(span: str, speaker: Speaker, context: str) -> Optional[str]:
    """The level of a speaker that names a government by its place or kind, or a chamber's lawmakers."""
    head = span.split(",", 1)[0].strip()
    if not head:
        return None
    m = _KIND_HEAD.match(head)
    if m is not None:
        return "state" if m.group(1).lower() == "state" else "local"
    if _POLICE_HEAD.fullmatch(head):
        return "local"
    if speaker.name is None or head.rsplit(None, 1)[-1].lower() in _PLURAL_GOVERNMENTS:
        plural = _plural_government(head, context)  # "Both Ventura and Orange Counties" may carry a name
        if plural is not None:
            return plural
    ntoks, hit, after = _head_place(head)
    if hit is not None:
        n, entry = hit
        whole = after is None and (speaker.name is None or n > 1 or entry.level != "city")
        if (whole or after in _BODY_WORDS) and entry.value.lower() not in _NOT_GOVERNMENT_PLACES:
            return _PLACE_LEVEL.get(entry.level or "")
    if speaker.name is None and _CHAMBER_GROUP.search(head) and ntoks <= 4:
        if _STATEHOUSE_CUE.search(context):
            return "state"
        if _CONGRESS_CUE.search(context):
            return "federal"
    return None


@lru_cache(maxsize=4096)  # speakers' heads repeat ("he", "Trump", "the city")
def _head_place(head: str) -> Tuple[int, Optional[Tuple[int, lx.Entry]], Optional[str]]:
    """What :func:`_government_speaker` reads of a speaker's head: its number of tokens, the place it
    starts with (after a "the"; ``(length, entry)`` of ``places().match``, else ``None``) and the key
    of the token after that place (``None`` when the place ends the head)."""
    toks = lx.tokens(head)
    i = 1 if toks and toks[0].key == "the" else 0
    hit = lx.places().match(toks, i) if i < len(toks) else None
    after = toks[i + hit[0]].key if hit is not None and i + hit[0] < len(toks) else None
    return len(toks), hit, after


_SAID_AFTER = re.compile(r"\s+(?:said|says|told|wrote|added)\b")


def _said_inside(text: str, q: Quote, officials: Sequence[Official]) -> Optional[str]:
    """The level of a named official whose "<name> said" stands inside the quote's span (else None): the
    first such official in the order of ``officials``."""
    index = _index_of(officials)
    # only the mentions that start inside the quote, from the index's sorted spans
    lo = bisect.bisect_right(index.starts, q.start)
    hi = bisect.bisect_left(index.starts, q.end)
    first = None
    for a, b, i in index.mentions[lo:hi]:
        if first is not None and i >= first:
            continue
        o = officials[i]
        if o.kind != "person" or o.name is None or o.level is None or o.former:
            continue
        if b < q.end and _SAID_AFTER.match(text, b, min(q.end, b + 12)):
            first = i
    return None if first is None else officials[first].level


# A statement standing where its author should: "in a statement", "a statement"
_STATEMENT = re.compile(r"(?i)(?:in\s+)?(?:a|the|its|their)\s+(?:written\s+)?statement$")
_IN_BETWEEN = re.compile(r"\s*(?:in|,)?\s*$")


def _official_ending_at(officials: Sequence[Official], text: str, start: int) -> Optional[Official]:
    """The official with a mention that ends right before ``start`` ("Wolf in a statement"); of several,
    the first in ``officials``."""
    hits = [i for _, b, i in _index_of(officials).ending_in(start - 5, start)
            if officials[i].level is not None and _IN_BETWEEN.match(text, b, start)]
    return officials[min(hits)] if hits else None


_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_CONTRACTION = re.compile(r"['\u2019](?:s|d|ll)$")  # "He's also said", "she'd said"
# "his office said", "her spokesman said": someone speaking for the person just named
_POSSESSIVE_OFFICE = re.compile(r"(?i)(?:his|her)\s+(?:office|spokes(?:man|woman|person)|aides?|staff|campaign)$")
_PRONOUN_REACH = 400  # characters back from the pronoun in which the antecedent is looked for


def _last_person_before(officials: Sequence[Official], start: int) -> Optional[Official]:
    """The named person whose mention ends last at or before ``start``, within ``_PRONOUN_REACH``
    characters (of several ending there, the first in ``officials``)."""
    hits = [(b, -i) for _, b, i in _index_of(officials).ending_in(start - _PRONOUN_REACH, start)
            if officials[i].kind == "person" and officials[i].name is not None]
    return officials[-max(hits)[1]] if hits else None


class _OfficialIndex:
    """Lookups from a speaker mention to an official, each in about constant time.

    Built once per list of officials. The official with a mention overlapping
    the speaker's (when several do: the one with the speaker's name, else the
    one whose overlapping mention comes first), else the first with that name,
    else the only one with that surname.
    """

    __slots__ = ("officials", "starts", "mentions", "longest", "names", "surnames")

    def __init__(self, officials: Sequence[Official]) -> None:
        self.officials = officials
        spans = sorted((a, b, i) for i, o in enumerate(officials) for a, b in o.mentions)
        self.starts = [a for a, _, _ in spans]
        self.mentions = spans
        self.longest = max((b - a for a, b, _ in spans), default=0)
        self.names: Dict[str, int] = {}
        self.surnames: Dict[str, List[int]] = {}
        for i, o in enumerate(officials):
            if o.name:
                self.names.setdefault(o.name, i)
                self.surnames.setdefault(o.name.split()[-1], []).append(i)
            if o.kind in ("organization", "group") and o.organization:
                self.names.setdefault(o.organization, i)

    def ending_in(self, lo: int, hi: int) -> List[Tuple[int, int, int]]:
        """The mentions ``(start, end, official index)`` that end at ``lo`` ... ``hi`` (inclusive), by start."""
        first = bisect.bisect_left(self.starts, lo - self.longest)
        last = bisect.bisect_right(self.starts, hi)
        return [m for m in self.mentions[first:last] if lo <= m[1] <= hi]

    def find(self, speaker: Speaker) -> Optional[Official]:
        lo = bisect.bisect_left(self.starts, speaker.start - self.longest)
        hi = bisect.bisect_left(self.starts, speaker.end)
        hits = [(a, i) for a, b, i in self.mentions[lo:hi] if a < speaker.end and speaker.start < b]
        if hits:
            # A long speaker span ("Gov. Andrew Cuomo, a Democrat who met with Trump") can overlap several
            # officials: the one with the speaker's name, else the one mentioned first in the span.
            if speaker.name and len(hits) > 1:
                named = [i for _, i in hits if self.officials[i].name == speaker.name]
                if named:
                    return self.officials[min(named)]
            return self.officials[min(hits)[1]]
        if speaker.name:
            i = self.names.get(speaker.name)
            if i is not None:
                return self.officials[i]
            # "Ms Rosenblum" -> Ellen Rosenblum: the one named official with that surname, unless both first
            # names are known and differ ("Robert E. Lee" is not Sen. Mike Lee)
            same = self.surnames.get(speaker.name.split()[-1].strip(".,"), [])
            if len(same) == 1 and not _other_first_name(speaker.name, self.officials[same[0]].name):
                return self.officials[same[0]]
        return None


def _other_first_name(a: str, b: Optional[str]) -> bool:
    """Whether full names ``a`` and ``b`` open with two different first names the gazetteer of first names
    knows ("Robert" and "Mike"; "Bob" and "Robert" are one)."""
    if not b or " " not in a or " " not in b:
        return False
    known = first_names()
    fa, fb = a.split()[0], b.split()[0]
    if fa not in known or fb not in known:
        return False
    return _NICKNAMES.get(fa, fa) != _NICKNAMES.get(fb, fb)


_NICKNAMES = {"Bob": "Robert", "Bobby": "Robert", "Rob": "Robert", "Jim": "James", "Jimmy": "James",
              "Mike": "Michael", "Joe": "Joseph", "Tom": "Thomas", "Chuck": "Charles", "Andy": "Andrew",
              "Tony": "Anthony", "Pat": "Patrick", "Ted": "Edward", "Ed": "Edward", "Steve": "Stephen",
              "Rick": "Richard", "Jack": "John", "Matt": "Matthew", "Chris": "Christopher", "Greg": "Gregory",
              "Jeff": "Jeffrey", "Larry": "Lawrence", "Jerry": "Gerald", "Doug": "Douglas", "Ken": "Kenneth",
              "Al": "Albert", "Alex": "Alexander", "Ben": "Benjamin", "Phil": "Phillip", "Pete": "Peter",
              "Rod": "Rodney", "Harry": "Henry", "Rudy": "Rudolph"}


_LAST_INDEX: List[_OfficialIndex] = []


def _index_of(officials: Sequence[Official]) -> _OfficialIndex:
    # detect_stance asks many times about the same officials: keep the last index
    index = _LAST_INDEX[0] if _LAST_INDEX and _LAST_INDEX[0].officials is officials else None
    if index is None:
        index = _OfficialIndex(officials)
        _LAST_INDEX[:] = [index]
    return index


def _official_of(speaker: Speaker, officials: Sequence[Official], text: str = "") -> Optional[Official]:
    official = _index_of(officials).find(speaker)
    if official is None or official.kind != "person" or not text:
        return official
    inside = _mentions_from(official, speaker.start, speaker.end)
    if PARTITIVE.match(text, speaker.start, speaker.end) and any(text.startswith(("'", "\u2019"), b) for _, b in inside):
        return None  # "one of Biden's Democratic rivals": someone in a person's circle is not that person
    if any(_RELATION_AFTER.match(text, b, speaker.end) for _, b in inside):
        return None  # "a Trump skeptic", "Clinton supporters": someone who stands in a relation to the person
    return official


# A noun of a relation to the person just named: "a Trump skeptic", "Sanders supporters", "a Biden ally".
_RELATION_IN = re.compile(r"\b(?:%s)\b" % "|".join(sorted(RELATION_NOUNS)))
_RELATION_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:%s)\b" % "|".join(sorted(RELATION_NOUNS)))



def _paragraph(sents: Sequence[Any], starts: Sequence[int], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return int(sents[i].paragraph) if i >= 0 else 0


def _context(text: str, sents: Sequence[Any], starts: Sequence[int], q: Quote) -> str:
    """The sentences that hold the quote and its speaker mention, at most ``_CONTEXT_CHARS`` long."""
    lo, hi = q.start, q.end
    if q.speaker is not None:
        lo, hi = min(lo, q.speaker.start), max(hi, q.speaker.end)
    if sents:
        i = max(0, bisect.bisect_right(starts, lo) - 1)
        j = max(0, bisect.bisect_right(starts, max(lo, hi - 1)) - 1)
        lo, hi = min(lo, sents[i].start), max(hi, sents[j].end)
    if hi - lo > _CONTEXT_CHARS:
        lo, hi = max(lo, q.start - _CONTEXT_CHARS // 2), min(hi, q.end + _CONTEXT_CHARS // 2)
    return text[lo:hi]


def balance(quotes: Sequence[StanceQuote]) -> Balance:
    """Quotes and quoted words per side, and the dominant side."""
    counts = {s: 0 for s in SIDES}
    nwords = {s: 0 for s in SIDES}
    for q in quotes:
        counts[q.side] = counts.get(q.side, 0) + 1
        # as many stems as words: the side model has just stemmed each quote (a cache hit)
        nwords[q.side] = nwords.get(q.side, 0) + len(_stem_tuple(q.text))
    total = sum(nwords.values())
    share = tuple((s, nwords[s] / total if total else 0.0) for s in nwords)
    fed, loc = nwords.get("federal", 0), nwords.get("local", 0)
    dominant = None if fed == loc else ("federal" if fed > loc else "local")
    return Balance(tuple(counts.items()), tuple(nwords.items()), share, dominant)
