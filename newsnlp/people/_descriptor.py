"""Parse a descriptor ("Republican Albuquerque Mayor Richard Berry") into fields.

The parser works on tokens: it labels each run of tokens as a title, a role,
an organisation, a place, a level cue ("state", "U.S."), a party or a
capitalised word, then reads name, title, place and level off that sequence.
``analyse`` is shared with :func:`newsnlp.people.find_people`, which calls it
on a window of running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from newsnlp._checks import check_text
from newsnlp.people import _lexicon as lx
from newsnlp.people._types import Descriptor

__all__ = ["parse_descriptor", "level_of", "analyse", "analyse_words", "Analysis", "party_tag"]

_PARTY_WORDS = {
    "republican": "Republican", "democrat": "Democratic", "democratic": "Democratic", "gop": "Republican",
    "independent": "Independent", "libertarian": "Libertarian",
}
_PARTY_LETTER = {"R": "Republican", "D": "Democratic", "I": "Independent"}
# "D-Ore.", "(R-Texas)", "R-N.Y.", "D-New York": a letter, a dash, one or two capitalised words.
_PARTY_TAG = re.compile(r"\(?([RDI]) ?[-\u2013] ?([A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?)?)\)?")
_SEPARATORS = frozenset({",", "(", ")", ";", ":", "\u2014", "\u2013", "-", '"', "\u201c", "\u201d", "?", "!"})
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july "
    "august september october november december the a an but and or in on at of for to with by from as "
    "he she they it his her their we i this that these those after before when while if said says told "
    "republicans democrats americans".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Nouns of a relation to the person named just before: "a Trump skeptic", "Sanders supporters", "a Biden ally".
RELATION_NOUNS = frozenset("skeptic skeptics critic critics supporter supporters ally allies loyalist loyalists "
                           "backer backers voter voters fan fans opponent opponents rival rivals foe foes donor "
                           "donors friend friends confidant confidants biographer biographers defender defenders "
                           "detractor detractors".split())
# Jobs written in capitals before a name that the title gazetteer does not list ("Professor Whitmarsh",
# "Medical Examiner Jonathan Lucas"); not words that are also common surnames (Dean, Bishop, Coach).
_JOB_WORDS = frozenset({"professor", "prof", "examiner", "coroner", "manager", "analyst", "editor", "economist",
                        "researcher", "scientist", "founder", "ceo", "cfo", "coo", "owner", "pastor", "rabbi",
                        "reverend", "rev", "detective", "trooper", "spokesman", "spokeswoman", "spokesperson"})
_BODY_WORDS = frozenset(
    "department office county city police court committee council agency administration party association "
    "commission board house senate university college school center church foundation institute company "
    "corp inc llc group union political action bureau division caucus district".split()
)
_PARTICLES = frozenset({"de", "la", "del", "van", "von", "der", "da", "di", "le", "du", "bin"})
# Roles that open a longer title ("Chief Deputy Attorney General"), not a title of their own before another.
_TITLE_PREFIXES = frozenset({"chief", "deputy", "assistant", "acting", "senior", "interim"})
# Lower-case words a person's name does not follow inside a body's name ("Center for Justice").
_NOT_BEFORE_NAME = frozenset({"of", "for", "on", "at", "in", "and", "the", "to", "&"})
# Words that head advocacy groups' names before "for" ("Americans for Justice", "Campaign for ...").
_ADVOCACY_HEADS = frozenset({"americans", "citizens", "campaign", "alliance", "coalition", "partnership", "project"})
_NAME_KINDS = frozenset({"cap", "person", "place"})
_OF = frozenset({"of", "for", "in", "from", "at", "with"})
_ARTICLES = frozenset({"the", "a", "an", "former", "acting", "then", "interim", "longtime", "top", "current", "new"})
# Modifiers that open a descriptor and are capitalised only because they open the sentence.
_LEADING_MODIFIERS = frozenset({"former", "acting", "then", "interim", "longtime", "outgoing", "incoming", "retired",
                                "veteran", "embattled", "current", "ex", "onetime", "erstwhile", "newly", "top"})
# Quantifiers that open a descriptor ("Some of Trump's advisers", "Both Green and Steyer", "Many Democrats").
QUANTIFIERS = frozenset({"some", "many", "most", "several", "both", "neither", "either", "all", "each", "every",
                         "few", "one", "two", "three", "four", "five", "other", "others", "another"})
# A partitive opening a descriptor or speaker mention: "One of", "some of", "Many of".
PARTITIVE = re.compile(r"(?i)(?:%s)\s+of\b" % "|".join(sorted(QUANTIFIERS)))
_CHAMBERS = frozenset({"senate", "house", "representatives", "assembly", "congress", "legislature"})
# Roles of someone who speaks or works for an official ("a spokeswoman for Mayor Ed Lee").
_AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide"})
# Offices of Congress that state legislatures have too: held by a known member of Congress, federal.
_CONGRESS_OFFICES = frozenset({"Majority Leader", "Minority Leader", "Majority Whip", "Minority Whip",
                               "President Pro Tempore", "Speaker of the House"})
# Roles a known member of Congress holds as such ("Chairman Chuck Grassley", "GOP Leader Kevin McCarthy").
_CONGRESS_CHAIRS = frozenset({"chairman", "chairwoman", "chair", "leader"})
_SINGLE_HEADED = ("Senator", "Representative", "President", "Vice President")

# Context cues for titles that exist at several levels (see docs/models/gazetteers.md).
_FEDERAL_CUES = re.compile(
    r"(?<![\w.])(?:U\.S\.|federal|United States|Justice Department|Department of Justice|nation's|nation\u2019s|"
    r"Congress|congressional|White House|Trump administration|Obama administration|Biden administration|"
    r"\d+(?:st|nd|rd|th) Circuit|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh) Circuit)(?!\w)",
    re.IGNORECASE,
)
_STATE_CUES = re.compile(
    r"(?<!\w)(?:state (?:senate|house|assembly|legislature|lawmakers?|senators?|representatives?|attorneys? general|"
    r"court|capitol|supreme court|judge)|statehouse|legislature|general assembly|superior court)(?!\w)",
    re.IGNORECASE,
)
_LOCAL_CUES = re.compile(
    r"(?<!\w)(?:county (?:court|judge|commission)|municipal court|city council|county commissioners?)(?!\w)", re.IGNORECASE
)


@dataclass(slots=True)
class Analysis:
    """Fields and token spans read off one descriptor."""

    name: Optional[str] = None
    name_span: Optional[Tuple[int, int]] = None
    title: Optional[str] = None
    organization: Optional[str] = None
    place: Optional[str] = None
    party: Optional[str] = None
    level: Optional[str] = None
    ambiguous: bool = False
    head_plural: bool = False
    span: Optional[Tuple[int, int]] = None

    def descriptor(self) -> Descriptor:
        return Descriptor(self.name, self.title, self.organization, self.place, self.party, self.level)


@dataclass(slots=True)
class _Item:
    kind: str  # title role org place modifier person party sep cap word
    i: int
    n: int
    entry: Optional[lx.Entry] = None


def party_tag(text: str, pos: int, end: int) -> Optional[Tuple[str, Optional[str], int]]:
    """A party tag such as "D-Ore." at ``text[pos:]``: ``(party, state or None, end)``.

    The state is ``None`` when the tag names a home town instead ("D-Bell
    Gardens"), which is how papers tag state legislators.
    """
    m = _PARTY_TAG.match(text, pos, end)
    if not m:
        return None
    codes = lx.state_codes()
    raw = m.group(2)
    state = codes.get(lx.key(raw.strip()))
    stop = m.end()
    if state is None:
        first = re.match(r"[A-Z][A-Za-z]*\.?", raw)
        state = codes.get(lx.key(first.group())) if first else None
        if state is not None and first is not None:
            stop = m.start(2) + first.end()
            if m.group(0).startswith("(") and stop < len(text) and text[stop] == ")":
                stop += 1
    return _PARTY_LETTER[m.group(1)], state, stop


# The lexicons a descriptor's words are looked up in; the first of the longest matches wins.
_SEGMENT_KINDS = ("title", "org", "person", "place", "modifier", "role")


def _segment(text: str, toks: Sequence[lx.Tok]) -> Tuple[List[_Item], Optional[str], Optional[str]]:
    items: List[_Item] = []
    party: Optional[str] = None
    tag_state: Optional[str] = None
    i, n_toks = 0, len(toks)
    words = lx.Words.of_toks(toks)  # for the lexicon matches: parallel lists, built once
    while i < n_toks:
        t = toks[i]
        if t.text in _SEPARATORS and not (t.text in "(-\u2013" and i + 1 < n_toks and _is_tag_start(toks, i)):
            items.append(_Item("sep", i, 1))
            i += 1
            continue
        if t.text[:1] in "(RDI" and _is_tag_start(toks, i):
            tag = party_tag(text, t.start, toks[-1].end)
            if tag:
                party = party or tag[0]
                tag_state = tag_state or tag[1] or ""
                j = i
                while j < n_toks and toks[j].start < tag[2]:
                    j += 1
                items.append(_Item("party", i, j - i))
                i = j
                continue
        if t.key in _PARTY_WORDS and t.cap:
            party = party or _PARTY_WORDS[t.key]
            items.append(_Item("party", i, 1))
            i += 1
            continue
        hit = lx.match_kinds(words, i, _SEGMENT_KINDS)
        if hit is None and t.text.endswith(_POSSESSIVE_ENDS):
            hit = _possessive_acronym(t.text, t.key)
        best = _Item(hit[0], i, hit[1], hit[2]) if hit is not None else None
        if best is not None and best.kind == "org" and best.entry is not None and best.entry.extra == "qualified":
            if not (items and items[-1].kind in ("place", "modifier")):
                best = None  # "jail time" is no jail authority
        if best is not None and best.kind == "title" and best.n >= 2 and i + best.n < n_toks \
                and toks[i + best.n - 1].key == "attorney" and toks[i + best.n].key == "general":
            # "State Attorney General Patrick Morrisey": a state's Attorney General, not a "State Attorney"
            mod = lx.match_kinds(words, i, ("modifier",))
            best = _Item(mod[0], i, mod[1], mod[2]) if mod is not None else None
        if best is not None and best.kind == "place" and best.n >= 2 and toks[i + best.n - 1].key == "county":
            title = lx.match_kinds(words, i + best.n - 1, ("title",))
            if title is not None and title[1] >= 2 and lx.match_kinds(words, i + best.n, ("title", "role")) is None:
                best = _Item("place", i, best.n - 1, best.entry)  # "St. Louis County Executive Charlie Dooley"
        if best is not None and best.kind == "org" and best.n == 1 and toks[i].key == "council" and items \
                and items[-1].kind == "cap" and items[-1].i + items[-1].n == i:
            _as_words(items, i, i + 1, ("cap",))  # "the Muslim Public Affairs Council": a private body, no city council
            i += 1
            continue
        if best is not None and best.kind == "title" and i >= 2 and toks[i - 1].key == "for" and toks[i - 2].cap \
                and toks[i - 2].key in _BODY_WORDS | _ADVOCACY_HEADS:
            best = None  # "the Brennan Center for Justice", "Americans for Justice": a body's name, no title
        if best is not None and best.kind == "org":
            stop = _private_name_end(toks, words, i, i + best.n)
            if stop:
                # "the St. Louis Police Officers Association", "the Fraternal Order of Police": a private body
                # whose name holds a public one's; no title, body, place or name of a person in it
                first = items.pop().i if items and items[-1].kind == "word" and toks[items[-1].i].key == "of" else i
                _as_words(items, first, stop, ("cap", "place", "modifier"))
                i = stop
                continue
        if best is not None:
            items.append(best)
            i += best.n
            continue
        # A capitalised modifier opening the descriptor ("Former candidate Bernie Sanders",
        # "Veteran strategist Karl Rove") is the sentence-initial form of "former", not a name.
        leading = (t.key in _LEADING_MODIFIERS or t.key in QUANTIFIERS) and (i == 0 or toks[i - 1].text in _SEPARATORS)
        items.append(_Item("cap" if t.cap and t.text[:1].isalpha() and t.key not in _NOT_NAMES and not leading
                           else "word", i, 1))
        i += 1
    return items, party, tag_state


def takes_second_title(head: str, second: str) -> bool:
    """Whether a capitalised title or role ``head`` (its key or value) may stand before a second title ``second``
    (canonical) that precedes the name: "Chairman Rep. Elijah Cummings", not "Chief Deputy Attorney General"
    (a longer title) or "the U.S. Attorney President Barack Obama appointed" (another holder)."""
    return head not in _TITLE_PREFIXES and second not in ("President", "Vice President")


def _as_words(items: List[_Item], first: int, stop: int, kinds: Tuple[str, ...]) -> None:
    """Append tokens ``first`` to ``stop`` as plain words, after taking back the items of ``kinds`` that end
    right before ``first``: a private body's name, which began earlier, holds no name, place or title."""
    while items and items[-1].kind in kinds and items[-1].i + items[-1].n == first:
        first = items.pop().i
    items.extend(_Item("word", m, 1) for m in range(first, stop))


_POSSESSIVE_ENDS = ("'s", "\u2019s")
# Head words of private bodies' names: unions, associations, foundations.
# ("Council" is not one: the Homeland Security Council and the White House Council on Environmental
# Quality are public, though the National Border Patrol Council is a union.)
_PRIVATE_HEADS = frozenset({"association", "union", "federation", "foundation", "society", "league", "alliance",
                            "coalition", "fund", "brotherhood", "guild", "order"})


def _private_name_end(toks: Sequence[lx.Tok], words: lx.Words, i: int, j: int) -> int:
    """For a public body's name at tokens ``i`` to ``j``, the token index after the private body's name
    it is part of ("Police Officers Association", "FBI Agents Association", "Fraternal Order of Police"),
    else 0; 0 also when another public body's name comes first, or the head word opens an of-, on- or
    for-phrase."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].cap:
        if toks[k].key in _PRIVATE_HEADS:
            if k + 1 < len(toks) and toks[k + 1].key in ("of", "on", "for"):
                return 0
            return k + 1
        if lx.match_kinds(words, k, ("org",)) is not None:
            return 0
        k += 1
    if i >= 2 and toks[i - 1].key == "of" and toks[i - 2].cap and toks[i - 2].key in _PRIVATE_HEADS:
        return j
    return 0


# A city's police department by its initials: "NYPD", "LAPD", "SFPD".
_POLICE_INITIALS = re.compile(r"[A-Z]{1,3}PD")


def _possessive_acronym(text: str, key: str) -> Optional[Tuple[str, int, lx.Entry]]:
    """For a token (its ``text`` and ``key``) that is an organisation written in capitals with a possessive
    ending ("CBP's acting commissioner", "the NYPD's"), which the lexicon's all-capitals test does not
    accept: ``(kind, 1, entry)``; else None."""
    bare = text[:-2]
    if len(bare) < 2 or not bare.isupper():
        return None
    if _POLICE_INITIALS.fullmatch(bare):
        return "org", 1, lx.Entry("org", bare, "local", "upper", False)
    return lx.match_kinds((lx.Tok(bare, 0, len(bare), key),), 0, ("org",))


def _is_tag_start(toks: Sequence[lx.Tok], i: int) -> bool:
    t = toks[i].text
    if t == "(" and i + 1 < len(toks):
        t = toks[i + 1].text
    return len(t) >= 3 and t[0] in "RDI" and t[1] in "-\u2013"


# Honorifics before a name ("Mr. Obama", "Dr. Anthony Fauci"), as token keys; one set for people and officials.
HONORIFIC_KEYS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "messrs"})


def _particle_name(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> bool:
    """Whether ``items[k]`` is a lower-case particle that starts a surname ("de Blasio", "van Hollen")."""
    return (items[k].kind == "word" and toks[items[k].i].key in _PARTICLES and k + 1 < len(items)
            and items[k + 1].kind in _NAME_KINDS)


def _body_name_at(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> bool:
    """Whether the capitalised run at ``items[k]`` is followed by a capitalised body word ("Heritage
    Foundation", "Republican National Committee", "Quinnipiac University"): a body's name, not a person's."""
    j = _name_run(items, k, toks)
    return j > k and j < len(items) and items[j].kind in ("cap", "org", "place") \
        and toks[items[j].i].key in _BODY_WORDS and toks[items[j].i].text[:1].isupper()


def _name_run(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> int:
    """Index after the run of capitalised words starting at ``items[k]``."""
    j = k
    while j < len(items) and j - k < 5:
        it = items[j]
        if _particle_name(items, j, toks):
            j += 1
            continue
        if it.kind not in _NAME_KINDS or toks[it.i].key in _BODY_WORDS:
            break
        if j - k == 1 and items[k].kind == "person" and items[k].n >= 2 and toks[it.i].key not in _SUFFIXES:
            break  # "Mitch McConnell Addison": a web page's hover card glued to a known name
        last = toks[it.i + it.n - 1]
        j += 1
        if last.text.endswith(("'s", "\u2019s")) or (last.text.endswith(".") and len(last.key) > 1 and last.key not in _SUFFIXES
                                                     and not _INITIALS.fullmatch(last.text)):
            break  # a word with a final period ends the name, initials ("J.B. Pritzker") do not
    return j


# Initials written together: "J.B.", "A.J." (one initial, "J.", is a one-letter key already).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _articles_before(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> int:
    """Index of the item before the article-like words ("the", "acting") that end at ``items[k]``."""
    while k >= 0 and items[k].kind == "word" and toks[items[k].i].key in _ARTICLES:
        k -= 1
    return k


def _possessive_body_before(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> int:
    """For a title preceded by "<body>'s" ("CBP's acting commissioner", "the Justice Department's top
    lawyer"), with ``items[k]`` the item before the title: the index of the comma before that phrase
    when there is one, so the name before the comma is the person described; else ``k``."""
    m = _articles_before(items, k, toks)
    if m < 1 or items[m].kind != "org" or not toks[items[m].i + items[m].n - 1].text.endswith(_POSSESSIVE_ENDS):
        return k
    m = _articles_before(items, m - 1, toks)
    if m >= 1 and items[m].kind == "sep" and toks[items[m].i].text == "," and items[m - 1].kind in ("cap", "person"):
        return m  # not "In Washington, CBP's acting commissioner"
    return k


def _skip_of_phrase(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> int:
    """Index after "of Albuquerque" / "for ICE" at ``items[k]`` (``k`` itself when absent)."""
    if k < len(items) and items[k].kind == "word" and toks[items[k].i].key in _OF:
        m = k + 1
        while m < len(items) and items[m].kind == "word" and toks[items[m].i].key in ("the", "a"):
            m += 1
        if m < len(items) and items[m].kind in ("place", "org"):
            m += 1
            if m < len(items) and items[m].kind == "org":
                m += 1
            return m
    return k


def _name_of(text: str, toks: Sequence[lx.Tok], items: List[_Item], k: int, j: int) -> Tuple[str, Tuple[int, int]]:
    first, last = toks[items[k].i], toks[items[j - 1].i + items[j - 1].n - 1]
    end = last.end
    raw = last.text
    if raw.endswith(".") and len(last.key) > 1 and last.key not in _SUFFIXES:
        end -= 1
        raw = raw[:-1]
    if raw.endswith(("'s", "\u2019s")):
        end -= 2  # "Jim Risch's." at a sentence's end: the period, then the possessive
    return text[first.start : end], (first.start, end)


def _party_place(items: List[_Item], toks: Sequence[lx.Tok]) -> Optional[lx.Entry]:
    """The place written with a party word: "an Ohio Democrat", "the Texas Republican", "a Democrat from
    Ohio"; None when there is none."""
    for k, it in enumerate(items):
        if it.kind != "party":
            continue
        if k > 0 and items[k - 1].kind == "place":
            return items[k - 1].entry
        if k + 2 < len(items) and items[k + 1].kind == "word" and toks[items[k + 1].i].key == "from" \
                and items[k + 2].kind == "place":
            return items[k + 2].entry
    return None


def _epithet_town(items: List[_Item], toks: Sequence[lx.Tok]) -> Optional[Tuple[int, int]]:
    """Items ``(first, stop)`` of the unknown capitalised words of a party epithet that is the whole
    descriptor, "the Western Springs Republican", "an Oak Brook Democrat": a town, not a name; else None."""
    n = len(items)
    if n < 3 or items[-1].kind != "party" or items[0].kind != "word" or toks[items[0].i].key not in ("the", "a", "an"):
        return None
    if n - 2 > 3 or any(items[k].kind != "cap" for k in range(1, n - 1)):
        return None
    return 1, n - 1


# Capitalised words that can precede a title without being a place ("Acting Mayor").
_NOT_PLACE_CAPS = frozenset({"Acting", "Interim", "Deputy", "Former", "Outgoing", "Incoming", "Longtime", "Then",
                             "Embattled", "Veteran", "The", "A", "An", "Assistant", "Chief", "Senior"})


def analyse(text: str, toks: Sequence[lx.Tok]) -> Analysis:
    """Read the fields of the descriptor made of ``toks`` (offsets into ``text``)."""
    out = Analysis()
    if not toks:
        return out
    items, out.party, tag_state = _segment(text, toks)
    partitive = len(toks) > 1 and toks[0].key in QUANTIFIERS and toks[1].key == "of"  # "One of Biden's rivals"
    head = next((k for k, it in enumerate(items) if it.kind == "title"), None)
    served: Optional[int] = None
    aide = items[head - 2].entry if head is not None and head >= 2 and items[head - 2].kind == "role" else None
    if head is not None and aide is not None and aide.value in _AIDES and items[head - 1].kind == "word" \
            and toks[items[head - 1].i].key == "for":
        # "Ellen Canale, a spokeswoman for Mayor Ed Lee": the aide is the person described; the
        # official served gives the level.
        served, head = head, head - 2
    if head is None:
        head = next((k for k, it in enumerate(items) if it.kind == "role"), None)
    # The name: the first capitalised run after the head, else an appositive before it.
    name_k = None
    town: Optional[Tuple[int, int]] = None
    if head is not None:
        k = _skip_of_phrase(items, head + 1, toks)
        second = items[k].entry if k + 1 < len(items) and items[k].kind == "title" else None
        if second is not None and items[k + 1].kind in _NAME_KINDS and toks[items[head].i].text[:1].isupper() \
                and takes_second_title(toks[items[head].i].key, second.value):
            # "House Minority Leader Rep. Kevin McCarthy": a second title before the name, which decides
            # when it has a level of its own ("House Majority Leader Del. Todd Gilbert": a state delegate)
            if second.level is not None and not second.extra:
                head = k
            k += 1
        if k < len(items) and (items[k].kind in _NAME_KINDS or _particle_name(items, k, toks)) \
                and not _body_name_at(items, k, toks):
            name_k = k  # "Mayor Bill de Blasio", "Mayor de Blasio" (not "president of the Kentucky Coal Association")
        elif (k + 2 < len(items) and items[k].kind == "sep" and toks[items[k].i].text == ","
              and items[k + 1].kind in _NAME_KINDS and items[k + 2].kind in _NAME_KINDS):
            name_k = k + 1  # "the judge, William Orrick"
        elif head > 0:
            k = head - 1
            # "Joe Smith, the Multnomah County sheriff": places and cues may sit between the article and the title
            m = k
            while m >= 0 and items[m].kind in ("place", "modifier", "org", "party", "cap") and head - m <= 4:
                m -= 1
            if m < k and m >= 0 and items[m].kind == "word" and toks[items[m].i].key in _ARTICLES:
                k = m
            else:
                k = _possessive_body_before(items, k, toks)  # "Mark Morgan, CBP's acting commissioner"
            while k >= 0 and items[k].kind == "word" and toks[items[k].i].key in _ARTICLES:
                k -= 1
            if k >= 0 and items[k].kind == "sep" and toks[items[k].i].text == ",":
                j = k
                while j > 0 and items[j - 1].kind in _NAME_KINDS:
                    j -= 1
                if j < k:
                    name_k = j
    else:
        name_k = next((k for k, it in enumerate(items) if it.kind in ("cap", "person")), None)
        if name_k is not None and _body_name_at(items, name_k, toks):
            # "the Heritage Foundation", "the Republican National Committee": a body's name, no person's; the
            # person may come after it ("Harvard University professor Jane Roe")
            j = _name_run(items, name_k, toks)
            name_k = next((m for m in range(j + 1, len(items)) if items[m].kind in ("cap", "person")
                           and items[m - 1].kind == "word" and toks[items[m - 1].i].key not in _NOT_BEFORE_NAME), None)
        town = _epithet_town(items, toks) if name_k is not None else None  # "the Western Springs Republican"
        if town is not None:
            name_k = None
        elif name_k is not None:
            later = _name_after_affiliation(items, name_k, toks)
            if later is not None:
                # "Former Trump adviser Roger Stone": the first capitalised words name whom the
                # person works for; the name comes after the lower-case noun.
                name_k, affiliation = later
                out.title = text[toks[items[affiliation[0]].i].start:toks[items[affiliation[1] - 1].i].end]
    person_entry: Optional[lx.Entry] = None
    after_name: Optional[int] = None
    if name_k is not None:
        # an honorific ("Mr. Obama", "Dr. Anthony Fauci") is not part of the name
        while (
            name_k + 1 < len(items)
            and toks[items[name_k].i].key in HONORIFIC_KEYS
            and items[name_k + 1].kind in _NAME_KINDS
        ):
            name_k += 1
        j = _name_run(items, name_k, toks)
        job = max((m for m in range(name_k, j) if toks[items[m].i + items[m].n - 1].key in _JOB_WORDS), default=None)
        if job is not None and job + 1 < len(items) and items[job + 1].kind in _NAME_KINDS:
            # "Professor Whitmarsh", "Prof. Jane Roe", "Chief Medical Examiner Jonathan Lucas", "Cedarbrook Lodge
            # General Manager Scott Ostrander": a job written in capitals before the name is no part of it
            if out.title is None and head is None:
                out.title = text[toks[items[name_k].i].start:toks[items[job].i + items[job].n - 1].end].rstrip(".")
            name_k = job + 1
            j = _name_run(items, name_k, toks)
        for m in range(name_k, j):
            if items[m].kind == "place":
                items[m].kind = "cap"  # a place word inside a name is a name ("Mayor Jackson")
        if j > name_k:  # "the Senate Committee on ...": a body word is no name
            out.name, out.name_span = _name_of(text, toks, items, name_k, j)
            person_entry = _lookup_person(out.name)
            if partitive:
                person_entry = None  # "One of Biden's rivals": his title, party and level are not theirs
            elif j < len(items) and items[j].kind == "word" and toks[items[j].i].key in RELATION_NOUNS:
                # "a Trump skeptic", "Sanders supporters": someone who stands in a relation to the person named
                out.name = out.name_span = None
                person_entry = None
            after_name = j
    # Title, role, modifiers and place around the head.
    head_entry = items[head].entry if head is not None else None
    if head_entry is not None:
        if head_entry.kind == "title":
            out.title = head_entry.value
            out.ambiguous = bool(head_entry.extra)
        elif head is not None:
            hi = items[head]
            out.title = " ".join(t.text.lower().rstrip(".") for t in toks[hi.i : hi.i + hi.n])
            out.head_plural = bool(head_entry.extra)
    mod_level = None
    place_entry: Optional[lx.Entry] = None
    org_k = next((k for k, it in enumerate(items) if it.kind == "org"), None)
    anchor = head if head is not None else org_k
    if head is not None and head_entry is not None and head_entry.kind == "role" and (name_k is None or name_k > head) \
            and _affiliate(items, head - 1, toks):
        # "Longtime Clinton aide Huma Abedin": a known person's surname before a role is whom the
        # person works for, not a place (Clinton, Iowa).
        out.title = text[toks[items[head - 1].i].start:toks[items[head].i + items[head].n - 1].end]
        anchor = None
        k = head - 2
        while k >= 0 and items[k].kind == "party":
            k -= 1
    if anchor is not None:
        k = anchor - 1
        while k >= 0 and items[k].kind in ("modifier", "place", "party", "org", "cap"):
            it = items[k]
            if it.kind == "modifier" and mod_level is None:
                mod_level = it.entry.level if it.entry else None
            elif it.kind == "place" and place_entry is None:
                place_entry = it.entry
            elif it.kind == "org" and org_k is None:
                org_k = k
            k -= 1
        # "mayor of Albuquerque", "a spokesman for ICE"
        k = anchor + 1
        if k < len(items) and items[k].kind == "word" and toks[items[k].i].key in _OF:
            k += 1
            while k < len(items) and items[k].kind == "word" and toks[items[k].i].key in ("the", "a"):
                k += 1
            if k < len(items) and items[k].kind == "place" and place_entry is None:
                place_entry = items[k].entry
                if k + 1 < len(items) and items[k + 1].kind == "org":
                    org_k = k + 1
            elif k < len(items) and items[k].kind == "org":
                org_k = k
    if place_entry is None and after_name is not None and after_name + 1 < len(items):
        # "Rep. Steve King of Iowa"
        it = items[after_name]
        if it.kind == "word" and toks[it.i].key in ("of", "from") and items[after_name + 1].kind == "place":
            place_entry = items[after_name + 1].entry
    org_entry: Optional[lx.Entry] = None
    if org_k is not None:
        org_entry = items[org_k].entry
        start_i = items[org_k].i
        if org_k > 0 and items[org_k - 1].kind == "place":
            start_i = items[org_k - 1].i
            if place_entry is None:
                place_entry = items[org_k - 1].entry
        end_tok = toks[items[org_k].i + items[org_k].n - 1]
        end = end_tok.end - (2 if end_tok.text.endswith(("'s", "\u2019s")) else 0)
        if end_tok.text.endswith(".") and not end_tok.text.endswith(("Dept.",)) and end_tok.text.count(".") == 1:
            end -= 1
        if head is None and toks[items[org_k].i + items[org_k].n - 1].key in _CHAMBERS:
            from newsnlp.people._find import _committee_end  # the finder builds on this module

            stop = _committee_end(toks, items[org_k].i + items[org_k].n)
            if stop > items[org_k].i + items[org_k].n:
                end = toks[stop - 1].end  # "Senate Committee on Armed Services": a body of the chamber
                if out.name_span is not None and out.name_span[1] <= end:
                    out.name = out.name_span = None  # "Judiciary" of "Senate Judiciary Committee"
        out.organization = text[toks[start_i].start : end]
    party_place = _party_place(items, toks) if place_entry is None and not tag_state and out.party else None
    if place_entry is not None:
        out.place = place_entry.value
    elif tag_state:
        out.place = tag_state
    elif party_place is not None:
        out.place = party_place.value  # like a party tag's state: the place, with no say in the level
    elif town is not None:
        out.place = text[toks[items[town[0]].i].start:toks[items[town[1] - 1].i + items[town[1] - 1].n - 1].end]
    elif head is not None and head_entry is not None and head_entry.kind == "title" and head_entry.level == "local" \
            and 0 < head <= 3 and all(items[k].kind == "cap" for k in range(head)) \
            and not any(toks[items[k].i].text in _NOT_PLACE_CAPS for k in range(head)):
        # "Santa Rita Mayor Elena Vargas": capitalised words before a local title name its place,
        # even when the gazetteer does not know the town.
        out.place = text[toks[items[0].i].start : toks[items[head - 1].i + items[head - 1].n - 1].end]
    if person_entry is None and out.name and out.place and (
            head_entry is None or head_entry.value in _CONGRESS_OFFICES or head_entry.value in _SINGLE_HEADED[:2]):
        # "Durbin of Illinois", "Senate Minority Whip Dick Durbin of Illinois": a member of Congress
        # known by last name and state.
        person_entry = _member_of_congress(out.name, out.place)
    out.level = _decide(out, head_entry, mod_level, place_entry, org_entry, person_entry)
    if served is not None and out.level is None:
        out.level = analyse(text, toks[items[served].i:]).level
    if head is not None and out.title == "Federal Judge" and mod_level is None:
        court_place = _court_place(items, head, toks)
        if court_place is not None:
            # "Texas Supreme Court Justice", "Cook County Circuit Judge": a state's or county's court.
            out.title, out.level = "Judge", _PLACE_LEVELS.get(court_place.level or "", "local")
    if tag_state == "" and out.title in ("Senator", "Representative") and mod_level is None and person_entry is None:
        out.level = "state"  # "Sen. Ricardo Lara, D-Bell Gardens": a home town, not a state
    if person_entry is not None:
        title, state, party = person_entry.extra
        if out.title is None or out.title == title:
            out.title = out.title or title
            out.party = out.party or party
            out.place = out.place or state
    elif out.name and mod_level is None and place_entry is None and known_federal_holder(out.title, out.name) is not None:
        # Attorney General, Secretary of State, Speaker: the federal holders are listed,
        # so a holder outside the list is the state's.
        out.level = "federal" if known_federal_holder(out.title, out.name) else "state"
    elif out.title in _SINGLE_HEADED[2:] and out.name and mod_level is None and not _us_executive(out.name):
        # The list of US presidents and vice presidents is complete: "President Emmanuel
        # Macron" or a company's vice president is someone else's.
        out.level = "other"
    if out.name and partitive:
        out.name = out.name_span = None  # "One of Biden's rivals", "Some of Mr Trump's supporters": someone else's name
    if out.place and out.place.endswith(_POSSESSIVE_ENDS):
        out.place = out.place[:-2]  # "London's mayor"
    if out.place == "Washington" and head_entry is not None and head_entry.value in _WASHINGTON_ROLES \
            and out.level == "state" and _IN_WASHINGTON.search(text):
        # "lawmakers in Washington", "officials in Washington": the capital for the federal government
        out.level, out.place = "federal", None
    if out.place in lx.foreign_cities() and out.level in ("state", "local") and not tag_state:
        out.level = "other"  # "Paris Mayor Anne Hidalgo", "the mayor of London" (a title's own level yields)
    return out


def _court_place(items: List[_Item], head: int, toks: Sequence[lx.Tok]) -> Optional[lx.Entry]:
    """The place right before a judge's title that names no federal court ("Texas Supreme Court
    Justice", "Ohio Supreme Court Chief Justice"), else None."""
    if toks[items[head].i].key in ("u.s.", "federal", "united", "magistrate"):
        return None
    k = head - 1
    org = items[k].entry if k >= 1 and items[k].kind == "org" else None
    if org is not None and "Court" in org.value:
        k -= 1
    place = items[k].entry if k >= 0 and items[k].kind == "place" else None
    return place


def _affiliate(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> bool:
    """Whether ``items[k]`` is one capitalised word that is a known politician's last name
    ("Trump", "Clinton") and opens the descriptor or follows a modifier ("Longtime", "the")."""
    if k < 0 or items[k].n != 1 or items[k].kind not in ("person", "place", "cap"):
        return False
    if k > 0 and not (items[k - 1].kind == "word" and toks[items[k - 1].i].key in _LEADING_MODIFIERS | _ARTICLES):
        return False
    return toks[items[k].i].key in lx.people()[1]


def _name_after_affiliation(items: List[_Item], k: int, toks: Sequence[lx.Tok]) -> Optional[Tuple[int, Tuple[int, int]]]:
    """``(index of the name, (first, end) items of the affiliation))`` for "Trump adviser Roger Stone"
    at ``items[k]``: a politician's surname, one or two lower-case nouns, then a name of two or more
    capitalised words that ends the descriptor; else None. The same after a run of capitalised words that
    opens the descriptor, a body's or a brand's ("CNN aviation analyst Mary Schiavo", "Apple chief executive
    Tim Cook")."""
    if _affiliate(items, k, toks):
        run_end = k + 1
    else:
        while k > 0 and items[k - 1].kind in ("cap", "place"):
            k -= 1  # "New York Times reporter Jane Roe": the run opens with a place
        if items[k].kind not in ("cap", "place") or k > 0 and not (
                items[k - 1].kind == "word" and toks[items[k - 1].i].key in _LEADING_MODIFIERS | _ARTICLES):
            return None
        run_end = _name_run(items, k, toks)
    possessive = toks[items[run_end - 1].i + items[run_end - 1].n - 1].text.endswith(_POSSESSIVE_ENDS)
    j = run_end
    while j < len(items) and j - run_end < (3 if possessive else 2) and items[j].kind == "word" \
            and toks[items[j].i].text.isalpha() and toks[items[j].i].text.islower() \
            and toks[items[j].i].key not in _OF and toks[items[j].i].key not in _NOT_NAMES:
        j += 1
    stop = j
    if possessive and j > run_end and j < len(items) and items[j].kind == "sep" and toks[items[j].i].text == ",":
        j += 1  # "Trump's former campaign manager, Corey Lewandowski"
    if stop == run_end or j + 1 >= len(items):
        return None
    end = _name_run(items, j, toks)
    if end - j < 2 or any(items[m].kind not in _NAME_KINDS for m in range(j, end)):
        return None  # (a place word may be a name's: "Fox News host Tucker Carlson")
    if end < len(items) and items[end].kind != "sep":
        return None
    return j, (k, stop)


@lru_cache(maxsize=4096)
def known_federal_holder(title: Optional[str], name: Optional[str]) -> Optional[bool]:
    """``True``/``False`` when ``title`` has a list of federal holders and ``name``'s last name is/is not on it."""
    if title is None or not name:
        return None
    holders = lx.federal_holders().get(title)
    if holders is None:
        return None
    toks = lx.tokens(name)
    return bool(toks) and toks[-1].key in holders


def _us_executive(name: str) -> bool:
    """Whether ``name`` (full or last name) is a US president or vice president."""
    by_last = lx.people()[1]
    return any(e.extra[0] in ("President", "Vice President") for t in lx.tokens(name) for e in by_last.get(t.key, ()))


@lru_cache(maxsize=4096)
def _member_of_congress(name: str, state: str) -> Optional[lx.Entry]:
    """The one member of Congress with ``name``'s last name from ``state``, else None."""
    toks = [t for t in lx.tokens(name) if t.key not in _SUFFIXES and t.key != ","]
    if not toks:
        return None
    found = [e for e in lx.people()[1].get(toks[-1].key, ()) if e.extra[1] == state and e.extra[0] in _SINGLE_HEADED[:2]]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _lookup_person(name: str) -> Optional[lx.Entry]:
    toks = lx.tokens(name)
    if not toks:
        return None
    lex = lx.people()[0]
    hit = lex.match(toks, 0)
    if hit and hit[0] == len(toks):
        return hit[1]
    return None


# "in Washington" as the seat of the federal government (not "in Washington state", "in Washington, D.C.'s police").
_IN_WASHINGTON = re.compile(r"\bin Washington\b(?!\s+[Ss]tate|,\s+D\.?C\.?['\u2019]s)")

_WASHINGTON_ROLES = frozenset({"lawmakers", "officials", "leaders", "authorities", "administration officials"})

# The level a place gives an office (counties and cities: local).
_PLACE_LEVELS = {"state": "state", "foreign": "other"}


def _decide(out: Analysis, head: Optional[lx.Entry], mod_level: Optional[str], place: Optional[lx.Entry],
            org: Optional[lx.Entry], person: Optional[lx.Entry]) -> Optional[str]:
    place_level = None
    if place is not None:
        place_level = _PLACE_LEVELS.get(place.level or "", "local")
    if head is not None and head.kind == "title":
        if not head.extra and head.level is not None:
            return head.level
        if mod_level is not None:
            return mod_level
        if person is not None and (person.extra[0] == head.value or head.value in _CONGRESS_OFFICES):
            return "federal"  # "Senate Minority Whip Dick Durbin of Illinois": a member of Congress's office
        if head.value in _SINGLE_HEADED:
            return head.level
        if place_level is not None:
            return place_level
        if org is not None and org.level is not None:
            return org.level
        return head.level
    if mod_level is not None:
        return mod_level
    if org is not None:
        if org.extra and place_level is not None:
            return place_level
        return org.level
    if head is not None and place_level is not None:
        return place_level
    if person is not None and (head is None or head.value in _CONGRESS_CHAIRS):
        return "federal"  # "Judiciary Committee Chairman Chuck Grassley": a member of Congress chairs a committee
    return None


def parse_descriptor(text: str) -> Descriptor:
    """Parse a person or organisation descriptor into name, title, place, party and level.

    >>> d = parse_descriptor("Republican Albuquerque Mayor Richard Berry")
    >>> (d.name, d.title, d.place, d.party, d.level)
    ('Richard Berry', 'Mayor', 'Albuquerque', 'Republican', 'local')
    >>> parse_descriptor("Sen. Ron Wyden, D-Ore.").to_dict()
    {'name': 'Ron Wyden', 'title': 'Senator', 'organization': None, 'place': 'Oregon', 'party': 'Democratic', 'level': 'federal'}
    >>> parse_descriptor("the state attorney general").level
    'state'
    """
    check_text(text, "parse_descriptor() expects a str")
    return analyse_words(text).descriptor()


# Bounded: descriptors recur within and across articles. find_people reads each window of words through it
# (three in four windows of an article were read before) and parse_descriptor too, so a speaker's descriptor
# that the quotes step read is not read again when find_officials meets the same words.
@lru_cache(maxsize=8192)
def analyse_words(words: str) -> Analysis:
    """``analyse(words, lx.tokens(words))``: a descriptor read on its own (offsets into ``words``), remembered.

    Callers must not modify the answer.
    """
    return analyse(words, lx.tokens(words))


def level_of(
    title: Optional[str], organization: Optional[str] = None, context: str = "", name: Optional[str] = None
) -> Optional[str]:
    """The level of government of a title and/or organisation, using ``context`` for ambiguous titles.

    ``context`` is nearby text (the sentence) that may carry a cue: the same
    title with a qualifier ("the state attorney general", "local officials"),
    or a word such as "federal", "U.S." or "state legislature". ``name``, when
    given, lets a known member of Congress or president override the cues.

    >>> level_of("Attorney General"), level_of("Attorney General", context="the state attorney general's office")
    ('federal', 'state')
    >>> level_of("Judge", context="a federal judge in San Francisco"), level_of(None, "county jails")
    ('federal', 'local')
    >>> level_of("officials", context="Local officials said they were surprised.")
    'local'
    """
    for arg, label in ((title, "title"), (organization, "organization"), (name, "name")):
        if arg is not None and not isinstance(arg, str):
            raise TypeError(f"level_of() expects {label} as str or None, got {type(arg).__name__}")
    if not isinstance(context, str):
        raise TypeError(f"level_of() expects context as str, got {type(context).__name__}")
    level = None
    ambiguous = False
    canon = None
    if title:
        level, ambiguous, canon = _title_facts(title)
    if name:
        known = _lookup_person(name)
        if known is not None and (canon is None or canon == known.extra[0]):
            return "federal"
    if organization and (level is None or ambiguous):
        org_level = _descriptor_level(organization)
        if org_level is not None and level is None:
            level = org_level
    if not (context and title and (ambiguous or level is None)):
        return level
    # The same title written with a qualifier in the context settles it.
    if canon is not None:
        wanted = canon.lower()
        for found_title, found_level in _titles_in(context):
            if found_title == wanted:
                return found_level
    if canon is not None and canon[:1].isupper():
        level = resolve_ambiguous(canon, level, context)
    return level


# ``level_of`` is called for the same few titles and organisations over and over (and twice with
# one context for "governors"): their analyses are cached, bounded, as tuples of strings.
@lru_cache(maxsize=4096)
def _title_facts(title: str) -> Tuple[Optional[str], bool, Optional[str]]:
    """``(level, ambiguous, canonical title)`` of a title on its own."""
    a = analyse_words(title)
    return a.level, a.ambiguous, a.title


@lru_cache(maxsize=4096)
def _descriptor_level(descriptor: str) -> Optional[str]:
    """The level of a descriptor (an organisation's name) on its own."""
    return analyse_words(descriptor).level


@lru_cache(maxsize=256)
def _titles_in(context: str) -> Tuple[Tuple[str, str], ...]:
    """``(title in lower case, level)`` of the mentions in ``context`` that have both, in text order."""
    from newsnlp.people._find import find_people  # the finder builds on this module

    return tuple((p.title.lower(), p.level) for p in find_people(context) if p.title is not None and p.level is not None)


def resolve_ambiguous(title: Optional[str], level: Optional[str], context: str) -> Optional[str]:
    """Decide an ambiguous title's level from cue words in ``context``."""
    if title in ("Senator", "Representative", "President", "Vice President"):
        return "state" if _STATE_CUES.search(context) else level
    if title == "Judge" or title is None:
        if _LOCAL_CUES.search(context):
            return "local"
        if _STATE_CUES.search(context):
            return "state"
        if _FEDERAL_CUES.search(context):
            return "federal"
        return level
    if _STATE_CUES.search(context):
        return "state"
    if _FEDERAL_CUES.search(context):
        return "federal"
    return level
