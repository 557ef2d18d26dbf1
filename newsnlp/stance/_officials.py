"""Officials of an article: people and bodies, their level of government, all their mentions.

``find_officials`` groups the mentions that :func:`newsnlp.people.find_people`
finds into one :class:`Official` each: a later "Berry", "Mr. Berry" or "the
mayor" joins Republican Albuquerque Mayor Richard Berry; "ICE" joins
"Immigration and Customs Enforcement"; unnamed groups ("local officials")
are one official per title and level. Titles that exist at several levels
(Attorney General, Secretary of State, Judge, Speaker) are settled from cue
words in the sentence of the first mention when the descriptor itself has
none.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from newsnlp._checks import check_text
from newsnlp._reduce import reduce_by_fields
from newsnlp.people import Person
from newsnlp.people._find import people_and_tokens
from newsnlp.people import _lexicon as lx
from newsnlp.people._descriptor import HONORIFIC_KEYS, _lookup_person, known_federal_holder, resolve_ambiguous

__all__ = ["Official", "find_officials"]


@dataclass(frozen=True, slots=True)
class Official:
    """A person or government body in an article, with every mention's ``(start, end)``.

    ``name`` is ``None`` for unnamed office holders ("local officials", "the
    state attorney general") and for organisations, whose name is in
    ``organization``. ``kind`` is "person", "organization" (a named body:
    "Justice Department", "ICE", "Denver City Council", "the Legislature") or
    "group" (a generic body that names no particular institution: "the federal
    government", "police", "local law enforcement", "state courts"). ``level``
    is "federal", "state", "local", "other" or ``None``.

    ``former`` is true for someone who no longer holds the office the article
    names: "former Gov. Ann Cole", "ex-Sheriff ...", "the late ...", "then-Sen.
    ...", and a US president or vice president of an earlier administration than
    the one the article calls "President" (Barack Obama and Ronald Reagan in an
    article about President Trump). A former office holder speaks for no level
    of government: ``level`` is ``None`` and ``title`` is the old office.
    """

    __reduce__ = reduce_by_fields

    name: Optional[str]
    title: Optional[str]
    level: Optional[str]
    organization: Optional[str]
    place: Optional[str]
    party: Optional[str]
    mentions: Tuple[Tuple[int, int], ...]
    kind: str = "person"
    former: bool = False

    def to_dict(self) -> Dict[str, Any]:
        return {
            "name": self.name, "title": self.title, "level": self.level, "organization": self.organization,
            "place": self.place, "party": self.party, "kind": self.kind, "former": self.former,
            "mentions": [list(m) for m in self.mentions],
        }


def _words_pattern(alternatives: Sequence[str], edge: str = r"\w") -> "re.Pattern[str]":
    """``(?<![edge])(?:a1|a2|...)(?![edge])``, written so that the regex engine scans fast.

    Each alternative starts with a literal letter. A pattern that opens with a lookbehind makes the
    engine try it at every position of the text; grouped by their first letter (in their order, so the
    same alternative wins) with the lookbehind moved after that letter (``(?<![edge].)``: the character
    before it), the pattern opens with a set of letters, which the engine looks for in C. Same matches.
    """
    groups: Dict[str, List[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    body = "|".join(f"{first}(?<![{edge}].)(?:{'|'.join(rest)})" for first, rest in groups.items())
    return re.compile(f"(?:{body})(?![{edge}])")


# Titles whose level the sentence may settle when the descriptor has no cue.
_CONTEXT_TITLES = frozenset(
    {"Attorney General", "Deputy Attorney General", "Assistant Attorney General", "Secretary of State", "Judge",
     "Speaker of the House", "Majority Leader", "Minority Leader", "Secretary", "Press Secretary",
     "Chief of Staff", "Comptroller"}
)
_CUE_IN_DESCRIPTOR = re.compile(r"(?i)(?<!\w)(?:state|federal|county|city|U\.S\.|United States|national)(?!\w)")
# a capitalised word, hyphenated ones whole ("Hyde-Smith", "Ocasio-Cortez"), as lx.tokens reads them
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
# "former Gov. X", "ex-Sheriff X", "the late Sen. X", "then-Attorney General X": right before the mention ...
_FORMER_BEFORE = re.compile(r"(?i)(?:\bformer|\bex-|\bthe late|\bthen-|\bonetime|\bone-time)[\s\u2010-]*$")
# "candidate (for) X", "hopeful X", "nominee X": someone running for an office.
_CANDIDATE_BEFORE = re.compile(r"(?i)\b(?:candidates?|hopefuls?|nominees?|challengers?|contenders?)(\s+for)?\s+$")
# An office spoken of, not a holder: "as secretary of state", "run for governor", "to be the next attorney general".
_OFFICE_SOUGHT = re.compile(r"(?i)\b(?:as|for|be|become|becoming|elected|name[ds]?|nominated?|appointed)\s+"
                            r"(?:(?:the|a|an|next|new|first|his|her|their)\s+)*$")
# ... or inside it, before the name ("ex-Gov. X" is one token).
_FORMER_IN = re.compile(r"(?i)^(?:former\b|ex-|then-)")


@dataclass
class _Group:
    name: Optional[str]
    title: Optional[str]
    level: Optional[str]
    organization: Optional[str]
    place: Optional[str]
    party: Optional[str]
    kind: str
    mentions: List[Tuple[int, int]] = field(default_factory=list)
    name_keys: Tuple[str, ...] = ()
    title_from_text: bool = False
    named: bool = False  # a body: some mention names a particular institution
    titled_now: int = 0  # mentions with a title in the text and no "former"
    titled_former: int = 0  # mentions marked "former", "ex-", "then-", "the late"
    title_former: bool = False  # the title kept comes from such a mention

    def add(self, p: Person, former: bool = False) -> None:
        self.mentions.append((p.start, p.end))
        in_text = _title_in_text(p)
        if former:
            self.titled_former += 1
        elif in_text:
            self.titled_now += 1
        replace = self.title is None or (in_text and (not self.title_from_text or (self.title_former and not former)))
        if p.title is not None and replace:
            # A title the article gives beats one the gazetteer knows the name by
            # ("Gov. Mike Pence" in 2015, though the list knows him as Vice President).
            # A current office beats a left one ("then-Sen. X ... Gov. X").
            self.title, self.level, self.title_from_text = p.title, p.level or self.level, in_text
            self.title_former = former
        self.level = self.level or p.level
        self.organization = self.organization or p.organization
        self.place = self.place or p.place
        self.party = self.party or p.party

    def freeze(self, former: bool = False) -> Official:
        kind = "group" if self.kind == "organization" and not self.named else self.kind
        party = self.party
        if party is None and kind == "person" and self.level == "federal" and not former:
            party = _congress_party(self.name)  # "Speaker Nancy Pelosi": a current member of Congress by full name
        elif party is None and self.title == "Governor" and self.name:
            party = _governor_party(self.name, self.place)  # "Gov. Andrew Cuomo": the governors' list
        return Official(self.name, self.title, None if former else self.level, self.organization, self.place,
                        party, tuple(sorted(set(self.mentions))), kind, former)


@lru_cache(maxsize=1)
def _congress_members() -> Dict[str, Tuple[str, str]]:
    data = lx._load("people.json")  # the people gazetteer, read and verified as newsnlp.people reads it
    return {name: (party, state) for names, _last, _title, state, party in data["congress"] for name in names}


def _congress_party(name: Optional[str]) -> Optional[str]:
    """The party of a current member of Congress by full name (the people gazetteer), else ``None``."""
    member = _congress_members().get(name) if name else None
    return member[0] if member else None


@lru_cache(maxsize=1)
def _governors() -> Dict[Tuple[str, str], Tuple[str, str]]:
    """(first, last) name keys of the governors of 2009-2021 in the people gazetteer -> (state, party)."""
    out: Dict[Tuple[str, str], Tuple[str, str]] = {}
    for names, state, party in lx._load("people.json").get("governors", []):
        for name in names:
            keys = _name_keys(name)
            if len(keys) >= 2:
                out[(keys[0], keys[-1])] = (state, party)
    return out


@lru_cache(maxsize=1)
def _bare_governors() -> Dict[str, List[Tuple[Tuple[str, ...], str, str, str]]]:
    """The governors of 2009-2021 who are not on the people gazetteer's federal lists (Congress, presidents)
    nor listed as federal office holders of those years (``governors_other_federal``): last-name key ->
    [(the keys of a full name, the name, state, party)]."""
    data = lx._load("people.json")
    other = frozenset(data.get("governors_other_federal", ()))
    out: Dict[str, List[Tuple[Tuple[str, ...], str, str, str]]] = {}
    for names, state, party in data.get("governors", []):
        if any(n in other or _lookup_person(n) is not None for n in names):
            continue  # Rick Perry, Energy Secretary; Joe Manchin, Senator
        for name in names:
            keys = tuple(t.key for t in lx.tokens(name))
            if len(keys) >= 2:
                out.setdefault(keys[-1], []).append((keys, name, state, party))
    return out


def _governors_by_name(text: str, words: lx.Words, people: List[Person]) -> List[Person]:
    """Governors of 2009-2021 named without a title ("Republican Greg Abbott said") where no mention of
    ``people`` covers them, as mentions of a governor of their state, in an article that says "governor" and
    names that state (else most likely out of office by then, and no office is claimed). ``words``: the
    text's tokens."""
    if not _says_governor(text):
        return []
    by_last = _bare_governors()
    keys = words.keys
    hits = by_last.keys() & set(keys)
    if not hits or _governor_race(text):
        return []  # (in an article about a race for governor a name may be a candidate's)
    out: List[Person] = []
    spans = sorted((q.start, q.end) for q in people)
    at = sorted(i for k in hits for i in _indices(keys, k))
    for i in at:
        for full, name, state, party in by_last[keys[i]]:
            a = i + 1 - len(full)
            if a < 0 or tuple(keys[a:i + 1]) != full:
                continue
            start = words.starts[a]
            end = start + len(name)
            if text[start:end] != name or state not in text or _left_office(text, name.rsplit(None, 1)[-1]):
                continue  # (the name as the list writes it: not "CHRIS CHRISTIE" in a headline)
            j = bisect.bisect_left(spans, (end, -1))
            if any(x < end and start < y for x, y in spans[max(0, j - 3):j + 1]):
                continue  # read already ("Gov. Greg Abbott", "Abbott, the governor")
            out.append(Person(name, start, end, "person", name, start, end, "Governor", None, state, party, "state"))
            break
    return out


def _indices(items: List[str], item: str) -> Iterator[int]:
    """Every index of ``item`` in ``items``."""
    i = -1
    while True:
        try:
            i = items.index(item, i + 1)
        except ValueError:
            return
        yield i


_LEFT_BEFORE = ("former", "ex-", "then-", "candidate", "hopeful", "nominee")


def _left_office(text: str, last: str) -> bool:
    """Whether ``text`` calls the person of that last name former ("former Gov. Martin O'Malley", "Ed Rendell,
    the former Pennsylvania governor") or a candidate anywhere."""
    at = text.find(last)
    while at >= 0:
        before = text[max(0, at - 40):at].lower()
        after = text[at + len(last):at + len(last) + 24].lower()
        if any(w in before for w in _LEFT_BEFORE) or ", the former" in after or ", a former" in after:
            return True
        at = text.find(last, at + len(last))
    return False


def _says_governor(text: str) -> bool:
    """Whether ``text`` says "governor", "Gov." or "gubernatorial"."""
    return "overnor" in text or "Gov" in text or "GOVERNOR" in text or "ubernatorial" in text


def _governor_race(text: str) -> bool:
    """Whether ``text`` speaks of a race for governor ("gubernatorial", "governor's race", "run for governor",
    "governor-elect"): a governor named there may be a candidate."""
    low = text.lower()
    return any(w in low for w in _RACE_WORDS)


_RACE_WORDS = ("gubernatorial", "governor's race", "governor\u2019s race", "governor's election",
               "governor\u2019s election", "governor's contest", "governor's primary", "race for governor",
               "run for governor", "running for governor", "bid for governor", "campaign for governor",
               "governor-elect", "gov.-elect")


@lru_cache(maxsize=1)
def _former_federal_people() -> frozenset:
    """(first, last) name keys of the Senate and House floor leaders since 1985 no longer in Congress, of the
    senators of 2009-2021 and some representatives of those years who had left by 2025, and of the listed
    federal office holders (Attorneys General, Secretaries of State, House Speakers)."""
    data = lx._load("people.json")
    names = [*data.get("former_floor_leaders", []), *data.get("former_senators", []),
             *data.get("former_representatives", [])]
    for holders in data.get("federal_holders", {}).values():
        names.extend(holders)
    return frozenset((keys[0], keys[-1]) for keys in map(_name_keys, names) if len(keys) >= 2)


def _known_member(name: Optional[str]) -> bool:
    """Whether ``name`` is a current member of Congress, a president or vice president (the people gazetteer),
    a former floor leader of Congress ("Harry Reid") or a listed federal office holder ("Marco Rubio", a
    senator until he became Secretary of State, so not on the current members' list)."""
    if name is None:
        return False
    if _lookup_person(name) is not None:
        return True
    keys = _name_keys(name)
    return len(keys) >= 2 and (keys[0], keys[-1]) in _former_federal_people()


def _governor_party(name: str, place: Optional[str]) -> Optional[str]:
    """The party of a governor of 2009-2021 by first and last name (middle names and initials aside), unless
    the article places them in another state; else ``None``."""
    keys = _name_keys(name)
    found = _governors().get((keys[0], keys[-1])) if len(keys) >= 2 else None
    if found is None or (place is not None and place != found[0] and place in _state_names()):
        return None
    return found[1]


def _congress_state(name: str) -> Optional[str]:
    """The state of a current member of Congress by full name, else ``None``."""
    member = _congress_members().get(name)
    return member[1] if member else None


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> Tuple[str, ...]:
    return tuple(t.key for t in lx.tokens(name) if t.key not in ("jr", "sr", "ii", "iii", ","))


@lru_cache(maxsize=8192)
def _org_key(org: str) -> str:
    toks = lx.tokens(org)
    hit = lx.organizations().match(toks, 0) if toks else None
    if hit is not None and hit[0] == len(toks):
        return hit[1].value.lower()
    return " ".join(t.key for t in toks)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(0, start - 300)
    left = text.rfind("\n", lo, start)
    lo = max(lo, left + 1)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + 300)
    nl = text.find("\n", end, hi)
    hi = hi if nl < 0 else nl
    stop = _SENTENCE_END.search(text, end, hi)
    return text[lo : stop.end() if stop else hi]


def _resolve_level(text: str, p: Person, lean: Optional["_Lean"] = None) -> Optional[str]:
    """The level of one mention, from its sentence, and for chambers and unknown legislators from the
    article's ``lean`` ("state" when it speaks of the statehouse more than of Congress)."""
    own = p.text.replace("of State", "").replace("of state", "")
    if p.title == "President" and p.organization and _CHAMBER_ORG.search(p.organization) and (
            p.level in ("other", None) or p.organization.startswith("State ") or _is_state_name(
                p.organization.rsplit(" ", 1)[0].replace("State", "").strip())):
        # "Senate President Shan Tsutsui", "Illinois Senate President John Cullerton": a statehouse's presiding
        # officer (the U.S. Senate's is the Vice President; its "President Pro Tempore" is federal)
        return "federal" if "pro tem" in p.text.lower() and p.organization in ("Senate", "U.S. Senate") else "state"
    if p.kind == "organization" and p.text in ("House", "Senate"):
        # A bare chamber in a sentence (or an article) about the statehouse is the state's.
        level = resolve_ambiguous("Senator", p.level, _sentence(text, p.start, p.end).replace(p.text, " "))
        return "state" if level == "federal" and lean is not None and lean.state else level
    if p.title in ("Senator", "Representative") and p.name and not _CUE_IN_DESCRIPTOR.search(own):
        # Not a member of Congress we know: "Sen. X" in a sentence about the statehouse is a state senator.
        if not (lean.known(p.name) if lean is not None else _known_member(p.name)):
            level = resolve_ambiguous(p.title, p.level, _sentence(text, p.start, p.end).replace(p.text, " "))
            # ... and so is one without a home state ("R-Neb.") in an article about the statehouse
            return "state" if level == "federal" and p.place is None and lean is not None and lean.state else level
        return p.level
    if p.kind == "person" and p.organization in ("House", "Senate") and p.level == "federal" and lean is not None \
            and not lean.known(p.name) and not _CUE_IN_DESCRIPTOR.search(own) and lean.state:
        return "state"  # "House Republican Leader Jim Durkin" in an article about a statehouse
    if known_federal_holder(p.title, p.name):
        return p.level  # "Attorney General Jeff Sessions": on the list of federal holders
    if p.title in _CONTEXT_TITLES and p.place is None and not _CUE_IN_DESCRIPTOR.search(own) and not _has_modifier(p.text):
        level = resolve_ambiguous(p.title, p.level, _sentence(text, p.start, p.end).replace(p.text, " "))
        if level == "federal" and lean is not None and p.title in _CHAMBER_LEADERS and not lean.known(p.name) and lean.state:
            return "state"  # "Majority Leader Ron Richard" in an article about the Missouri Senate
        return level
    return p.level


_CHAMBER_ORG = re.compile(r"(?:Senate|House|Assembly|Legislature|House of Delegates)$")


_CHAMBER_LEADERS = frozenset({"Majority Leader", "Minority Leader", "Speaker of the House"})


# (?<!\w)(?:state (?:senate|house|assembly|legislature|lawmakers?|senators?|representatives?|capitol)|statehouse|
# legislature|general assembly|state legislators?)(?!\w), and the same for the patterns below (see _words_pattern)
_STATEHOUSE = _words_pattern([r"state (?:senate|house|assembly|legislature|lawmakers?|senators?|representatives?|capitol)",
                              "statehouse", "legislature", "general assembly", "state legislators?"])
_CONGRESS = _words_pattern(["Congress", "congressional", "Capitol Hill", r"U\.S\. (?:Senate|House)",
                            "Congress(?:man|woman)", "congress(?:man|woman)"])


_CHAMBER_WORD = _words_pattern(["House", "Senate", "Legislature", "General Assembly", "Assembly", "Capitol", "lawmakers",
                                "legislators"])
_BEFORE_CHAMBER = re.compile(r"((?:[A-Z][a-z.]+ ){0,2}[A-Z][a-z.]+)(?:'s|\u2019s)? $")


@lru_cache(maxsize=1)
def _state_names() -> frozenset:
    return frozenset(set(lx.state_codes().values()))


def _state_chambers(text: str) -> int:
    """How often a state's name stands right before a chamber ("Illinois House", "Texas's Legislature")."""
    names = _state_names()
    n = 0
    for m in _CHAMBER_WORD.finditer(text):
        b = _BEFORE_CHAMBER.search(text, max(0, m.start() - 32), m.start())
        if b is not None:
            words = b.group(1).split(" ")
            n += any(" ".join(words[k:]) in names for k in range(len(words)))
    return n


class _Lean:
    """Whether the article leans to a statehouse (see :func:`_lean`), computed on first use only."""

    __slots__ = ("text", "people", "_state", "_known_last")

    def __init__(self, text: str, people: Sequence[Person] = ()) -> None:
        self.text = text
        self.people = people
        self._state: Optional[bool] = None
        self._known_last: Optional[frozenset] = None

    @property
    def state(self) -> bool:
        if self._state is None:
            self._state = _lean(self.text) == "state"
        return self._state

    def known(self, name: Optional[str]) -> bool:
        """:func:`_known_member`, or a last name alone ("Sen. Rubio") of a known member the article names in
        full ("Sen. Marco Rubio")."""
        if _known_member(name):
            return True
        if name is None or " " in name:
            return False
        if self._known_last is None:
            self._known_last = frozenset(_name_keys(q.name)[-1] for q in self.people
                                         if q.name and " " in q.name and _known_member(q.name))
        return lx.key(name) in self._known_last


def _lean(text: str) -> Optional[str]:
    """"state" when the article speaks of a statehouse ("state Senate", "Illinois House", "the
    legislature") more often than of Congress, else None."""
    state = sum(1 for _ in _STATEHOUSE.finditer(text.lower())) + _state_chambers(text)
    return "state" if state > 0 and state > sum(1 for _ in _CONGRESS.finditer(text)) else None


def _has_modifier(descriptor: str) -> bool:
    toks = lx.tokens(descriptor)
    lex = lx.modifiers()
    return any(lex.match(toks, i) for i in range(len(toks)))


def find_officials(text: str) -> List[Official]:
    """Officials and government bodies in ``text``, each with its level and all its mentions.

    >>> text = ("Attorney General Jeff Sessions wrote to four cities. Republican Albuquerque "
    ...         "Mayor Richard Berry said the city cooperates. Sessions did not reply; the mayor did.")
    >>> [(o.name, o.title, o.level, o.place, len(o.mentions)) for o in find_officials(text)]
    [('Jeff Sessions', 'Attorney General', 'federal', None, 2), ('Richard Berry', 'Mayor', 'local', 'Albuquerque', 2)]
    """
    check_text(text, "find_officials() expects a str")
    groups: List[_Group] = []
    by_name: Dict[Tuple[str, ...], _Group] = {}
    by_last: Dict[str, _Group] = {}
    by_key: Dict[Any, _Group] = {}
    by_title: Dict[Optional[str], List[_Group]] = {}  # named officials by title, in order of appearance
    people, words = people_and_tokens(text)
    extra = _place_bodies(text, people) + _body_staff(text, people) + _county_bodies(text, people) \
        + _governors_by_name(text, words.words, people) + _of_place_bodies(text, people)
    if extra:
        people = sorted([*people, *extra], key=lambda q: (q.start, q.end))
    people = _appositive_levels(text, people)
    lean = _Lean(text, people)
    for p in people:
        if p.kind == "person" and p.name is None and p.text[:1].islower() and _OFFICE_SOUGHT.search(
                text, max(0, p.start - 30), p.start):
            continue  # "his time as secretary of state", "running for governor": an office, not its holder
        if p.kind == "person" and p.name is None and p.name_start is None and " " not in p.text:
            prior = by_last.get(lx.key(p.text))
            if prior is not None and prior.title is not None:
                # "Justice said" after "Gov. Jim Justice": his last name, not an unnamed justice
                prior.mentions.append((p.start, p.end))
                continue
        if p.kind == "organization" and p.organization:
            p = _cut_at_sentence_end(p)
        p = _repair(text, p)
        if p.level is None and p.kind == "person" and p.title is not None and _AIDE.fullmatch(p.title):
            boss = _named_before(text, p.start, by_last)
            if boss is not None:
                # "Pritzker spokeswoman Jordan Abudayyeh": speaks for the official just named
                p = replace(p, level=boss.level, place=p.place or boss.place)
        level = _resolve_level(text, p, lean)
        if level != p.level:
            p = Person(p.text, p.start, p.end, p.kind, p.name, p.name_start, p.name_end, p.title,
                       p.organization, p.place, p.party, level)
        g = _group_for(p, groups, by_name, by_last, by_key, by_title)
        g.add(p, _marked_former(text, p))
        if p.kind == "organization" and not g.named:
            g.named = _names_a_body(text, p)
        if g.name is not None and g.title is not None:
            by_title.setdefault(g.title, []).append(g)  # the most recently mentioned holder comes last
        body = _body_in_mention(p)
        if body is not None and _names_a_body(text, body):
            # "ICE officials", "Border Patrol agents", "ICE spokeswoman Jane Doe": the article names the body too
            g = _group_for(body, groups, by_name, by_last, by_key, by_title)
            g.add(body)
            g.named = True
    _add_name_mentions(words, groups, by_last)
    kept = [g for g in sorted(groups, key=lambda g: min(g.mentions)) if _is_official(g)]
    former = _former(kept)
    return [g.freeze(id(g) in former) for g in kept]


# Between a named person and the nameless description of their job that follows: ", a " ("Sgt. Kevin Roe, a
# Portland police spokesman") or ", a spokesman for the " ("Sgt. Al Pine, a spokesman for the Sheriff's Office").
# Between a name and the office the article gives it after the name: ", a conservative ", ", the " (not ", the
# former ": a left office does not replace the one the gazetteer knows).
_OFFICE_GAP = re.compile(r",\s+(?:a|an|the)\s+(?:(?!former\b|ex-|then-|onetime\b|one-time\b)[a-z][\w'\u2019-]*\s+){0,3}$")
_JOB_GAP = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:[a-z][\w'\u2019-]*\s+){0,3}?(?:spokes(?:man|woman|person)|officials?|officers?|deputy|"
    r"lawyer|attorney|director|commissioner|chief|sergeant|lieutenant|captain|agent|employee|aide|adviser|counsel|"
    r"administrator|secretary|head|supervisor|manager|member)\s+(?:for|of|with|at|in)\s+(?:the\s+)?)?$")


def _appositive_levels(text: str, people: List[Person]) -> List[Person]:
    """``people`` with a named person who has no level given the level (and body) of the job described right
    after the name: "Sgt. Kevin Roe, a Portland police spokesman" is local; and a person whose title comes
    from the name gazetteer only given the office the article sets after the name instead, the two mentions
    made one: "Claudia Tenney, a conservative New York assemblywoman" is a state representative in that
    article (a member of Congress today), "Rick Scott, the Florida governor" the governor."""
    out = list(people)
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if a.kind == "person" and a.name is not None and a.level is not None and b.name is None \
                and b.kind == "person" and b.title is not None and b.title[:1].isupper() and b.level is not None \
                and not _title_in_text(a) and b.start - a.end <= 40 and _OFFICE_GAP.match(text, a.end, b.start) \
                and not text.startswith(("'s", "\u2019s"), b.end) and not _FORMER_WORD.search(b.text):
            # (not "Trump, the former governor's aides", "Bernie Sanders, the elderly ex-mayor from Vermont")
            out[k] = replace(a, text=text[a.start:b.end], end=b.end, title=b.title, level=b.level,
                             place=b.place or a.place, organization=b.organization or a.organization)
            del out[k + 1]
        k += 1
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind != "person" or a.name is None or a.level is not None or b.name is not None or b.level is None:
            continue
        if b.start - a.end > 60 or not _JOB_GAP.match(text, a.end, b.start):
            continue
        out[k] = replace(a, level=b.level, organization=a.organization or b.organization)
    return out


# A state's, county's or city's own body that the registries do not spell out: "Ohio Department of Health",
# "Oregon Health Authority", "New York City Department of Health and Mental Hygiene".
_BODY_HEAD = _words_pattern(["Department", "Authority", "Agency", "Commission", "Board", "Bureau", "Division", "Office"],
                            edge=r"\w-")
_OF_TAIL = re.compile(r" of(?: (?:and|&|[A-Z][\w'\u2019-]*))+")
_PLACE_KINDS = {"state": "state", "county": "local", "city": "local", "foreign": "other"}


def _body(name: str, start: int, place: Optional[str], level: Optional[str]) -> Person:
    """An organisation mention whose text, name and organisation are ``name``, found at ``start``."""
    return Person(name, start, start + len(name), "organization", None, None, None, None, name, place, None, level)


def _place_bodies(text: str, people: List[Person]) -> List[Person]:
    """Bodies named "<place> [<Capitalised words>] Department|Authority|... [of <Capitalised words>]" that no
    mention of ``people`` overlaps, as organisation mentions at the level of the place."""
    out: List[Person] = []
    spans = sorted((q.start, q.end) for q in people)
    for m in _BODY_HEAD.finditer(text):
        lo = max(0, m.start() - 60)
        toks = lx.tokens(text, lo, m.start())
        # the capitalised run right before the body word, at most five words
        k = len(toks)
        while k > 0 and len(toks) - k < 5 and toks[k - 1].cap and toks[k - 1].text[:1].isalpha() \
                and toks[k - 1].end == (toks[k].start - 1 if k < len(toks) else m.start() - 1):
            k -= 1
        if k < len(toks) and toks[k].key == "the":
            k += 1  # "The Ohio Department of Health said"
        hit = None
        for i in range(k, len(toks)):
            found = lx.places().match(toks, i)
            if found is not None:
                hit = (i, found)
                break
        if hit is None:
            continue
        i, (n, entry) = hit
        level = _PLACE_KINDS.get(entry.level or "")
        if level is None or i != k:
            continue  # the place must open the name ("Ohio Department ...", not "First Ohio Bank Office")
        start, end = toks[i].start, m.end()
        tail = _OF_TAIL.match(text, end)
        if tail is None and m.group() in ("Office", "Bureau") and i + n == len(toks):
            continue  # "Austin Office", "Albany Bureau": a branch of something; "Ohio Office of Budget" a body
        if tail is not None:
            end = tail.end()
            while text[end - 4:end] == " and" or text[end - 2:end] == " &":
                end = text.rfind(" ", start, end)  # "Department of Health and" -> "Department of Health"
        j = bisect.bisect_left(spans, (end, -1))
        if j > 0 and spans[j - 1][1] > start or any(a < end and start < b for a, b in spans[max(0, j - 3):j + 1]):
            continue  # find_people read it already
        out.append(_body(text[start:end], start, entry.value, level))
        spans.insert(j, (start, end))
    return out


# "the Stephenson County health department", "the Pierce County medical examiner's office": a county's or
# city's own office in lower case, which the capitalised-body rule of _place_bodies does not read
_COUNTY_BODY = re.compile(
    r"(?<![\w-])((?:(?!The |In |At |For |From )[A-Z][a-z]+ ){1,2}(?:County|City|Parish))(?:['\u2019]s)? ((?:[a-z]+(?:['\u2019]s)? ){0,2}?"
    r"(?:department|office|board|commission|agency|authority))(?![\w-])")


def _county_bodies(text: str, people: List[Person]) -> List[Person]:
    """Lower-case offices of a named county or city that no mention of ``people`` overlaps, as local bodies."""
    out: List[Person] = []
    if "County " not in text and "City " not in text and "Parish " not in text:
        return out
    for m in _county_body_matches(text):
        start, end = m.span()
        words = m.group(1).split()
        if words[0].lower() in _NOT_FIRST or any(q.start < end and start < q.end for q in people):
            continue
        out.append(_body(m.group(), start, m.group(1), "local"))
    return out


def _of_place_bodies(text: str, people: List[Person]) -> List[Person]:
    """"the City of Odessa", "the State of Texas", "the County of Los Angeles": a government named as the City,
    Town, County or State of a known place, where no mention of ``people`` overlaps and no preposition of place
    comes before it ("in the City of Odessa" is the place), as a body at that level (of a place abroad, "the
    City of London", ``other``)."""
    out: List[Person] = []
    if not any(w in text for w in _OF_PLACE_WORDS):
        return out
    for m in _OF_PLACE.finditer(text):
        toks = lx.tokens(text, m.start(2), m.end(2))
        hit = lx.places().match(toks, 0) if toks else None
        if hit is None:
            continue
        n, entry = hit
        kind = m.group(1).lower()
        if kind in ("state", "commonwealth"):
            if entry.level != "state":
                continue  # "the State of the Union"
            level = "state"
        else:
            level = "other" if entry.level == "foreign" else "local"
        start, end = m.start(1), toks[n - 1].end
        while text[end - 1] in ".,":
            end -= 1
        if text[end - 2:end] in ("'s", "\u2019s"):
            end -= 2
        before = text[max(0, start - 20):start - 4].rsplit(None, 1)
        if before and before[-1].lower() in _LOCATIVE or any(q.start < end and start < q.end for q in people):
            continue
        name = text[start:end]
        out.append(_body(name, start, entry.value, level))
    return out


_OF_PLACE = re.compile(r"(?<=\b[Tt]he )(City|Town|Village|County|State|Commonwealth) of ([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2})")
_OF_PLACE_WORDS = ("City of ", "Town of ", "Village of ", "County of ", "State of ", "Commonwealth of ")
# Words before "the City of ..." that make it a place, not its government ("in the City of Odessa")
_LOCATIVE = frozenset({"in", "across", "throughout", "around", "near", "outside", "inside", "within", "from", "into",
                       "to", "at", "of", "through", "on"})
_COUNTY_WORDS = ("County ", "City ", "Parish ")
_COUNTY_BODY_NOUNS = ("department", "office", "board", "commission", "agency", "authority")


def _county_body_matches(text: str) -> List["re.Match[str]"]:
    """The matches of ``_COUNTY_BODY.finditer(text)``, searched only in the lines that hold a county word and a body
    noun: a match has both and no line break (its spaces are " "), so no other line holds one."""
    out: List["re.Match[str]"] = []
    pos = 0
    for line in text.split("\n"):
        if any(w in line for w in _COUNTY_WORDS) and any(w in line for w in _COUNTY_BODY_NOUNS):
            out.extend(_COUNTY_BODY.finditer(text, pos, pos + len(line)))
        pos += len(line) + 1
    return out


# "White House senior adviser Jared Kushner": a role the title list does not know, between a body and a name
_STAFF_AFTER_BODY = re.compile(
    r"\s+((?:(?:senior|chief|top|deputy|acting)\s+)?(?:adviser|advisor|aide|counselor|counsel|strategist|"
    r"economist|spokes(?:man|woman|person))),?\s+((?:[A-Z][\w'\u2019-]+\.?\s+){1,2}[A-Z][\w'\u2019-]+)")


def _body_staff(text: str, people: List[Person]) -> List[Person]:
    """Named staff right after a government body that ``find_people`` left out, at the body's level."""
    out: List[Person] = []
    ends = [q.end for q in people]
    for q in people:
        if q.kind != "organization" or q.level not in ("federal", "state", "local"):
            continue
        m = _STAFF_AFTER_BODY.match(text, q.end)
        if m is None or any(q.end < e <= m.end() for e in ends):
            continue  # find_people read someone there already
        name = m.group(2)
        if lx.key(name.split()[0]) in _NOT_FIRST:
            continue
        out.append(Person(text[q.start:m.end()], q.start, m.end(), "person", name, m.start(2), m.end(2),
                          m.group(1).lower(), q.organization, q.place, None, q.level))
    return out


_SENTENCE_IN_NAME = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def _cut_at_sentence_end(p: Person) -> Person:
    """An organisation mention that runs over a sentence end ("Virginia General Assembly. University of
    Virginia law professor ...") ends at the period."""
    m = _SENTENCE_IN_NAME.search(p.text)
    if m is None or p.organization is None:
        return p
    head = p.text[: m.start()]
    k = p.organization.find(". ")
    org = p.organization[:k] if k > 0 and head.endswith(p.organization[:k]) else head
    return Person(head, p.start, p.start + len(head), p.kind, p.name, p.name_start, p.name_end, p.title,
                  org, p.place, p.party, p.level)


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# "Senate President Pro Tempore Kevin de León": the rest of the presiding officer's title, not his name
_PRO_TEM = re.compile(r"(?i)pro\s+tem(?:pore)?\.?\s+")
_PRO_TEM_NAME = re.compile(r"\s+[Pp]ro\s+[Tt]em(?:pore)?\.?\s+((?:[A-Z][\w'\u2019.-]*\s+){0,2}(?:[Dd]e\s+|[Dd]el\s+)?"
                           r"[A-Z][\w'\u2019-]+)")
# "Joe Smith, the Multnomah County sheriff": the name before the appositive that holds the title
_APPOSITIVE_NAME = re.compile(r"((?:[A-Z][\w'\u2019-]*\.?\s+){1,3}[A-Z][\w'\u2019-]+),\s+(?:the|a|an)\s")
# A state's own high courts: "Texas Supreme Court Justice", "the state Court of Appeals"
_STATE_COURT = re.compile(r"(?:\bstate|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['\u2019]s)? (?:Supreme Court|Court of Appeals|"
                          r"Appeals Court|Court of Criminal Appeals|Superior Court)\b")
_JUDGE_TITLES = frozenset({"Federal Judge", "Judge", "Justice", "Chief Justice"})


_AIDE = re.compile(r"(?i)spokes(?:man|woman|person)|press secretary|communications director|chief of staff|aide|adviser")
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019-]+?)(?:['\u2019]s)?\s+$")


def _named_before(text: str, start: int, by_last: Dict[str, "_Group"]) -> Optional["_Group"]:
    """The named official with a level whose last name stands right before ``start`` ("Pritzker['s] spokeswoman")."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    g = by_last.get(lx.key(m.group(1)))
    return g if g is not None and g.name is not None and g.level in ("federal", "state", "local") else None


def _repair(text: str, p: Person) -> Person:
    """Fix a mention whose name or body the descriptor reader got wrong.

    An organisation's possessive ("House Appropriations Committee's summary")
    is dropped; "Pro Tempore" is title, not name, and a name after a lower-case
    "pro Tem" joins the presiding officer it belongs to; an unnamed mention
    "Joe Smith, the county sheriff" takes the name before the comma; a justice
    of a state's supreme court is a state official.
    """
    if p.kind == "organization":
        if p.organization and _POSSESSIVE_END.search(p.organization) and _POSSESSIVE_END.search(p.text):
            return replace(p, text=p.text[:-2], end=p.end - 2, organization=p.organization[:-2])
        return p
    if p.kind != "person":
        return p
    if p.name is not None and p.name_start is not None:
        m = _PRO_TEM.match(p.name)
        if m is not None and m.end() < len(p.name):
            return replace(p, name=p.name[m.end():], name_start=p.name_start + m.end())
    if p.name is None and p.title == "President":
        m = _PRO_TEM_NAME.match(text, p.end)
        if m is not None:
            return replace(p, text=text[p.start:m.end()], end=m.end(), name=m.group(1), name_start=m.start(1),
                           name_end=m.end(1))
    if p.name is None:
        m = _APPOSITIVE_NAME.match(p.text)
        if m is not None and p.title is not None and lx.key(m.group(1).split()[0]) not in _NOT_FIRST \
                and not _CAPITALISED_TITLE.match(m.group(1)):
            return replace(p, name=m.group(1), name_start=p.start, name_end=p.start + m.end(1))
    if p.title in _JUDGE_TITLES and p.level == "federal" and not _CUE_FEDERAL.search(p.text):
        head = p.text[: p.name_start - p.start] if p.name_start is not None else p.text
        m = _STATE_COURT.search(head)
        if m is not None and (m.group().startswith("state") or _is_state_name(m.group().split(" Supreme")[0])):
            return replace(p, title="Justice" if "Justice" in head else "Judge", level="state")
    return p


_CUE_FEDERAL = re.compile(r"(?<!\w)(?:U\.S\.|US|United States|[Ff]ederal)(?!\w)")
# A capitalised run that is a title rather than a name ("Police Chief, the ...")
_CAPITALISED_TITLE = re.compile(r"(?:Police|Sheriff|Mayor|Gov|Governor|Sen|Senator|Rep|Chief|Judge|Attorney)\b")


def _is_state_name(words: str) -> bool:
    """Whether the trailing one or two words of ``words`` are a US state's name ("Texas", "New York")."""
    parts = words.replace("\u2019s", "").replace("'s", "").split()
    names = _state_names()
    return any(" ".join(parts[k:]) in names for k in range(max(0, len(parts) - 2), len(parts)))


def _body_in_mention(p: Person) -> Optional[Person]:
    """The government body a person mention names as theirs ("ICE" in "ICE officials", "Border Patrol" in
    "Border Patrol agents"), as an organisation mention of its own; None when there is none."""
    org = p.organization
    if p.kind != "person" or not org or p.level is None:
        return None
    i = p.text.find(org)
    if i < 0:
        return None
    return _body(org, p.start + i, p.place, p.level)


def _marked_former(text: str, p: Person) -> bool:
    """"former Gov. Ann Cole", "ex-Sheriff Tom Hale": the mention names an office its holder has left."""
    if p.kind != "person":
        return False
    if _hints(text[max(0, p.start - 16) : p.start], _FORMER_HINTS) and _FORMER_BEFORE.search(text, max(0, p.start - 16), p.start):
        return True
    m = None
    if _hints(text[max(0, p.start - 24) : p.start], _CANDIDATE_HINTS):
        m = _CANDIDATE_BEFORE.search(text, max(0, p.start - 24), p.start)
    if m is not None and (m.group(1) or not _title_in_text(p)):
        # "candidate for Governor X", "presidential hopeful Donald Trump": not (yet) in that office;
        # "presidential candidate Sen. X" still is a senator.
        return True
    head = p.text[: p.name_start - p.start] if p.name_start is not None and p.name_start > p.start else ""
    if head and (_FORMER_IN.search(head) or _FORMER_WORD.search(head)):
        return True
    # "Ed Rendell, the former Pennsylvania governor": the title set off after the name.
    tail = p.text[p.name_end - p.start :] if p.name_end is not None and p.name_end < p.end else ""
    return bool(tail) and tail.lstrip()[:1] == "," and bool(_FORMER_AFTER.search(tail))


_FORMER_WORD = re.compile(r"(?i)\b(?:former|ex-|then-)")
_FORMER_AFTER = re.compile(r"(?i)\b(?:former|ex-|then\b)")  # ", then the mayor of Chicago"


# Letters every match of _FORMER_BEFORE / _CANDIDATE_BEFORE holds, in lower case: a window without them is not
# searched. Under re.IGNORECASE a character matches a letter when its lower case is that letter, which
# str.lower() gives too; the hints leave out "i" and "s", which "\u0131" and "\u017f" also match.
_FORMER_HINTS = ("former", "ex-", "late", "then-", "one")
_CANDIDATE_HINTS = ("cand", "hopeful", "nom", "challeng", "contend")


def _hints(window: str, hints: Tuple[str, ...]) -> bool:
    """Whether the lower-cased ``window`` holds one of ``hints``."""
    return any(map(window.lower().__contains__, hints))


def _former(groups: List[_Group]) -> set:
    """``id`` of every group whose holder has left the office.

    A person every titled mention of whom says "former" (and none says the
    office without it); and, for US presidents and vice presidents, whoever
    belongs to an administration before the current one. The current one is
    that of the executive the article titles "President" or "Vice President"
    without "former" (else the most recent executive it names). The executive
    list is in order of first taking office, so a president's own vice
    president (listed just before or after) counts as current too.
    """
    out = set()
    executives = []
    administrations = []
    for g in groups:
        if g.kind == "person" and g.name is None and g.titled_former and not g.titled_now:
            out.add(id(g))  # "the former Texas congressman"
            continue
        if g.kind == "organization" and g.organization and g.organization.lower().endswith(" administration"):
            rank = lx.executive_rank(g.organization.split()[0])
            if rank is not None:
                administrations.append((rank, g))  # "the Obama administration"
            continue
        if g.kind != "person" or g.name is None:
            continue
        if g.titled_former and not g.titled_now:
            out.add(id(g))
            continue
        rank = lx.executive_rank(g.name)
        if rank is not None:
            executives.append((rank, g))
    if executives or administrations:
        titled = [r for r, g in executives if g.titled_now and g.title in ("President", "Vice President")]
        current = max(titled) if titled else max(r for r, _ in executives + administrations)
        for r, g in executives + administrations:
            if r < current - 1 and not g.titled_now:
                out.add(id(g))
    return out


# Level cues: as an acronym ("U.S.") they name no body.
_CUE_WORDS = frozenset({"u.s.", "us", "federal", "state", "local", "city", "county", "national"})


def _names_a_body(text: str, p: Person) -> bool:
    """Whether an organisation mention names one institution ("Justice Department", "ICE", "Houston police",
    "the Legislature") rather than a kind of body ("police", "the federal government", "local jails")."""
    if p.place is not None:
        return True
    headline: Optional[bool] = None  # read when first needed
    for i, t in enumerate(_mention_tokens(p.text)):
        if not t.text[:1].isalpha() or not t.cap:
            continue
        if t.upper and len(t.key) >= 2 and t.key not in _CUE_WORDS:
            return True  # ICE, FBI, DOJ
        if t.upper and t.key in _CUE_WORDS:
            continue  # "U.S." alone names nothing
        if i == 0 and _sentence_initial(text, p.start):
            continue  # "Police said ...", "Federal agents arrived ..."
        if headline is None:
            headline = _in_headline(text, p.start)
        if headline:
            continue  # "Major City Council Unanimously Approves Measure To Abolish Police Department"
        return True
    return False


@lru_cache(maxsize=4096)
def _mention_tokens(mention: str) -> Tuple[lx.Tok, ...]:
    """The tokens of a mention's text (mentions recur: "police", "the Justice Department")."""
    return tuple(lx.tokens(mention))


_FUNCTION_WORDS = frozenset("to of in for and on at with by from as is are after over into".split())
_LINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _in_headline(text: str, start: int) -> bool:
    """Whether ``start`` lies in a Title Case line (a headline, a "RELATED: ..." link): five words or more,
    nearly all capitalised, function words ("To", "Of", "And") included."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = hi if hi >= 0 else len(text)
    return hi - lo <= 300 and _title_case_line(text[lo:hi])


@lru_cache(maxsize=1024)
def _title_case_line(line: str) -> bool:
    """Whether ``line`` (300 characters at most) is a headline: see :func:`_in_headline`."""
    words = _LINE_WORD.findall(line)
    if len(words) < 5:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    func = [w for w in words[1:] if w.lower() in _FUNCTION_WORDS]
    return caps >= 0.85 * len(words) and bool(func) and all(w[0].isupper() for w in func)


def _sentence_initial(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'\u201c\u2018([":
        j -= 1
    # a dateline's dash counts too: "WASHINGTON (Reuters) - Police fired ..."
    return j < 0 or text[j] in "\n.!?:;\u2014" or (text[j] in "-\u2013" and j > 0 and text[j - 1] == " ")


def _is_official(g: _Group) -> bool:
    # Whatever has a level is an official or a body; a named person with a
    # proper office ("Judge Ann Mills") stays even when the level is open,
    # but an unplaced "research director" or "aide" is nobody's official.
    return g.level is not None or (g.name is not None and g.title is not None and g.title[:1].isupper())


def _group_for(p: Person, groups: List[_Group], by_name: Dict[Tuple[str, ...], _Group],
               by_last: Dict[str, _Group], by_key: Dict[Any, _Group],
               by_title: Dict[Optional[str], List[_Group]]) -> _Group:
    if p.name is not None:
        keys = _name_keys(p.name)
        g = by_name.get(keys)
        if g is None and keys:
            prior = by_last.get(keys[-1])
            # a surname alone, also after a particle ("Mayor de Blasio"), is the person named in full before
            surname = len(keys) == 1 or p.name[:1].islower()
            if prior is not None and (surname or len(prior.name_keys) == 1 or _same_first(prior.name_keys, keys)) and _compatible(prior, p):
                g = prior
                if len(keys) > len(prior.name_keys):  # "President Trump" ... "Donald Trump"
                    prior.name, prior.name_keys = p.name, keys
        if g is None:
            g = _Group(p.name, None, None, None, None, None, "person", name_keys=keys)
            groups.append(g)
        by_name[keys] = g
        if keys:
            by_last[keys[-1]] = g
        return g
    if p.kind == "organization":
        key: Any = ("org", _org_key(p.organization or p.text))
    else:
        # "the attorney general" after "Attorney General Jeff Sessions" is Sessions ("Republican senators" are not Cruz).
        for g in reversed(by_title.get(p.title, [])[-8:] if not _plural_of_title(p) else []):
            if g.level is None or p.level is None or g.level == p.level or (
                    p.place is None and g.level == "other" and g.place in lx.foreign_cities()):
                return g  # (a bare "the mayor" after "London Mayor Sadiq Khan" is Khan, whose place decided "other")
        key = ("unnamed", p.title, p.level, p.place, _org_key(p.organization) if p.organization else None)
    g = by_key.get(key)
    if g is None:
        g = _Group(None, None, None, None, None, None, p.kind)
        groups.append(g)
        by_key[key] = g
    return g


def _plural_of_title(p: Person) -> bool:
    """Whether an unnamed mention ends with its title in the plural: "Republican senators", "the governors"."""
    if not p.title:
        return False
    last = p.text.rsplit(None, 1)[-1].lower()
    head = p.title.rsplit(None, 1)[-1].lower()
    return last in (head + "s", head + "es") or (head.endswith("y") and last == head[:-1] + "ies")


def _same_first(a: Tuple[str, ...], b: Tuple[str, ...]) -> bool:
    """"Pat Toomey" / "Patrick Toomey", "Joe Biden" / "Joseph R. Biden": one person."""
    fa, fb = a[0], b[0]
    return fa[:2] == fb[:2] or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _compatible(g: _Group, p: Person) -> bool:
    if not (g.title_from_text and _title_in_text(p)):
        return True
    if g.level == "state" and p.title in ("Senator", "Representative") and g.title in _STATE_LEGISLATORS:
        # "state Rep. Darren Bailey" ... "Representative Bailey": the federal level was only the default
        return p.name is None or _lookup_person(p.name) is None
    return (g.level is None or p.level is None or g.level == p.level) and _same_office(g.title, p.title)


_STATE_LEGISLATORS = frozenset({"State Senator", "State Representative", "Senator", "Representative"})


def _same_office(a: Optional[str], b: Optional[str]) -> bool:
    """"Secretary" and "Secretary of Commerce" may name one office; "Mayor" and "Sheriff" do not."""
    if a is None or b is None or a == b:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _title_in_text(p: Person) -> bool:
    """Whether the mention itself carries the title (not only the name gazetteer)."""
    if p.title is None:
        return False
    if p.name_start is None or p.name_end is None:
        return True
    # Before or after the name: "Democrat Bill Clinton" carries no title, "Gov. X" and "X, the mayor" do.
    return _titled_outside(p.text, p.name_start - p.start, p.name_end - p.start)


@lru_cache(maxsize=16384)
def _titled_outside(mention: str, a: int, b: int) -> bool:
    """Whether a title or role stands in ``mention`` outside its name ``mention[a:b]`` (mentions recur:
    "President Trump")."""
    rest = [t for t in lx.tokens(mention) if t.end <= a or t.start >= b]
    return any(lx.titles().match(rest, i) or lx.roles().match(rest, i) for i in range(len(rest)))


def _add_name_mentions(words: lx.TokenIndex, groups: List[_Group], by_last: Dict[str, _Group]) -> None:
    """Untitled later mentions: "Berry said", "Mr. Berry", "Richard Berry" (``words``: the text's tokens)."""
    if not by_last:
        return
    text = words.text
    taken = sorted(m for g in groups for m in g.mentions)
    ti = 0
    # The capitalised words whose key is a known last name; tokens only around them.
    for m in _last_name_words(text, by_last):
        while ti < len(taken) and taken[ti][1] <= m.start():
            ti += 1
        if ti < len(taken) and taken[ti][0] <= m.start() < taken[ti][1]:
            continue
        lo = max(0, m.start() - 48)
        if lo > 0:
            space = text.find(" ", lo, m.start())
            lo = space + 1 if space >= 0 else m.start()
        toks = words.between(lo, min(len(text), m.end() + 24))
        i = next((x for x, t in enumerate(toks) if t.start == m.start()), None)
        if i is None:
            continue
        t = toks[i]
        g = by_last.get(t.key)
        if g is None:
            continue
        if t.key in _state_keys() and (i == 0 or toks[i - 1].key not in HONORIFIC_KEYS) and (i == 0 or toks[i - 1].key != g.name_keys[0]):
            continue  # "Washington" alone is the place (or the capital), not George Washington
        k = len(g.name_keys) - 1
        j = i
        # Walk back over the rest of the name ("Richard Berry") or an honorific ("Mr. Berry").
        while k > 0 and j > 0 and toks[j - 1].key == g.name_keys[k - 1]:
            j -= 1
            k -= 1
        if j == i and i > 0 and toks[i - 1].key in HONORIFIC_KEYS:
            j = i - 1
        elif j == i and i > 0 and toks[i - 1].cap and toks[i - 1].text[:1].isalpha() and toks[i - 1].key not in _NOT_FIRST:
            continue  # another person with the same last name ("Tom Berry")
        if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].text[:1].isalpha() and not t.text.endswith((".", "'s", "\u2019s")):
            if toks[i + 1].key not in _NOT_FIRST:
                continue  # the first word of a longer name ("Berry Gordy")
        start = toks[j].start
        end = t.end - (2 if t.text.endswith(("'s", "\u2019s")) else 0)
        if text[end - 1] == "." and len(t.key) > 1:
            end -= 1
        g.mentions.append((start, end))


def _last_name_words(text: str, by_last: Dict[str, "_Group"]) -> List["re.Match[str]"]:
    """The matches of ``_CAPITALISED`` in ``text`` whose :func:`lx.key` is in ``by_last``, in text order.

    The same list as filtering ``_CAPITALISED.finditer(text)``, found with ``str.find`` of each key in the
    lower-cased text (a word's key is its lower-cased text, without a possessive) instead of keying
    every capitalised word of the article.
    """
    low = text.lower().replace("\u2019", "'")
    if len(low) != len(text) or "u.s." in by_last:  # lower() changed a length; or the one key no word spells
        return [m for m in _CAPITALISED.finditer(text) if lx.key(m.group()) in by_last]
    starts = set()
    for k in by_last:
        i = low.find(k) if k else -1
        while i >= 0:
            starts.add(i)
            i = low.find(k, i + 1)
    out = []
    for i in sorted(starts):
        m = _CAPITALISED.match(text, i)  # the lookbehind sees the text before i, as in finditer
        if m is not None and lx.key(m.group()) in by_last:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _state_keys() -> frozenset:
    return frozenset(lx.key(name) for name in set(lx.state_codes().values()))


# Capitalised words that may stand next to a name without being part of it.
_NOT_FIRST = frozenset(
    "the a an but and or in on at of for to with by from as he she they it his her their we i this that "
    "said says told wrote added asked when while after before if so yet then also monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
