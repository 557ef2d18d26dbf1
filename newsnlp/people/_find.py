"""Find titled people and government bodies in running text.

One pass over the tokens of each line: where a title, role, organisation or
known name starts, the descriptor around it (level cues, places and party to
the left; an "of"/"for" phrase, the name and a party tag such as "D-Ore." to
the right) is cut out and read by :func:`newsnlp.people._descriptor.analyse`.
Each token is probed a bounded number of times, so the cost is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from typing import FrozenSet, List, Optional, Sequence, Set, Tuple

from newsnlp._checks import check_text
from newsnlp.people import _lexicon as lx
from newsnlp.people._descriptor import HONORIFIC_KEYS, _AIDES, _ARTICLES, Analysis, _NOT_NAMES, _OF, _PARTICLES, _PARTY_WORDS, _SUFFIXES, _possessive_acronym, analyse, analyse_words, party_tag, takes_second_title
from newsnlp.people._types import Person

__all__ = ["find_people"]

_MAX_PREFIX = 6
_MAX_NAME = 5


_PREFIX_KINDS = ("org", "place", "modifier", "title", "role", "person")
_HEAD_KINDS = ("title", "role")


@lru_cache(maxsize=1)
def _starters() -> FrozenSet[str]:
    """Keys of the words at which a mention can start."""
    return lx.first_keys() | frozenset(_PARTY_WORDS) | frozenset(lx.people()[1])


def _candidates(w: lx.Words) -> List[int]:
    """Indexes of the tokens at which a mention can start, in order: starter words (see
    :func:`_starters`), but not those in lower case that start only capitalised phrases."""
    keys, texts = w.keys, w.texts
    capital = _capital_starters()
    return [i for i in compress(count(), map(_starters().__contains__, keys)) if keys[i] not in capital or not texts[i].islower()]


@lru_cache(maxsize=1)
def _capital_starters() -> FrozenSet[str]:
    """Starter keys, opening with a letter, of words that start a mention only when not all in lower case.

    A party word, a last name alone and a phrase of the lexicons written "cap", "first", "upper" or
    "the" all need a first word that is capitalised (``Tok.cap``) or in capitals (``Tok.upper``);
    a word whose letters are all lower case (``str.islower``) is neither. Only phrases written in
    any case ("state", "police") can start with it, so a starter that opens none of those ("the",
    "new", "will": "The Bronx", "New York", "Will County") is skipped when so written.
    """
    lower_ok = lx.any_case_first_keys()
    return frozenset(k for k in _starters() if k not in lower_ok and k[:1].isalpha())


def _analyse(text: str, w: lx.Words, i: int, j: int) -> Analysis:
    """``analyse(text, w.toks(i, j))`` (``j <= len(w.keys)``), remembered by the words of the window.

    :func:`analyse` reads only ``text[toks[0].start:toks[-1].end]`` (names, titles and party
    tags are cut inside the window), so a descriptor that recurs ("President Donald Trump",
    "the Justice Department": three in four windows of an article were read before) is read
    once and its offsets moved; the tokens are not built. Callers must not modify the answer.
    """
    if i >= j:
        return analyse(text, [])
    s = w.starts[i]
    a = analyse_words(text[s : w.ends[j - 1]])
    if s == 0 or (a.name_span is None and a.span is None):
        return a
    # dataclasses.replace, written out (it is slow)
    return Analysis(a.name, _moved(a.name_span, s), a.title, a.organization, a.place, a.party, a.level, a.ambiguous,
                    a.head_plural, _moved(a.span, s))


def _moved(span: Optional[Tuple[int, int]], by: int) -> Optional[Tuple[int, int]]:
    return None if span is None else (span[0] + by, span[1] + by)


def _is_name_token(w: lx.Words, i: int) -> bool:
    t, k = w.texts[i], w.keys[i]
    return lx.is_cap(t) and t[:1].isalpha() and k not in _NOT_NAMES and k not in _PARTY_WORDS


def _ends_name(w: lx.Words, i: int) -> bool:
    # A word with a final period ends a name (and maybe a sentence); initials ("J.B.") do not.
    t = w.texts[i]
    return t.endswith(("'s", "\u2019s")) or (
        t.endswith(".") and len(w.keys[i]) > 1 and w.keys[i] not in _SUFFIXES and "." not in t[:-1])


# Name prefixes whose second capital is part of the name ("MacArthur", "VanHollen", "DelBene").
_CAMEL_PREFIXES = frozenset({"mac", "van", "von", "del", "des", "della", "fitz", "ten", "ter"})


def _glued_head(word: str) -> Optional[str]:
    """The first word of two glued together by web-page residue ("TrumpWest" -> "Trump"), else None.

    "McCain", "DeSantis", "LaHood", "MacArthur" are names, not glued words.
    """
    if word[1:].islower():
        return None  # no capital after the first letter (most words)
    cut = 0
    for x in range(1, len(word)):
        if word[x].isupper() and word[x - 1].islower():
            cut = x
    if cut < 3 or word[:cut].lower() in _CAMEL_PREFIXES or len(word) - cut < 2 or not word[cut + 1:].isalpha():
        return None
    return word[:cut]


def _name_end(w: lx.Words, k: int) -> int:
    """Index after the capitalised name starting at token ``k`` (``k`` when none)."""
    keys = w.keys
    n = len(keys)
    j = k
    while j < n and j - k < _MAX_NAME:
        head = _glued_head(w.texts[j]) if j > k else None
        if head is not None:
            # "President Trump Donald John TrumpWest Virginia ...": a hover card's full name glued to the
            # next word; the name ends at the first occurrence of the glued word's head.
            hk = lx.key(head)
            return next((m + 1 for m in range(k, j) if keys[m] == hk), j)
        if keys[j] in _PARTICLES and j + 1 < n and _is_name_token(w, j + 1) and (j > k or not w.texts[j + 1].isupper()):
            j += 1  # "Bill de Blasio", and "Mayor de Blasio" after a title (not "Inspector General de EU")
            continue
        if not _is_name_token(w, j) or keys[j] in _BODY_WORDS:
            break
        # (a title's longest match, as lx.titles().match gives it)
        title = lx.match_kinds(w, j, ("title",)) if j > k else None
        if title is not None:
            # "Gov. Jim Justice, a Republican": a one-word title that ends the name is the last name
            if not (title[1] == 1 and (j + 1 >= n or not _is_name_token(w, j + 1))):
                break
        j += 1
        if _ends_name(w, j - 1):
            break
    if j - k >= 3:
        known = lx.match_kinds(w, k, ("person",))
        if known is not None and 2 <= known[1] < j - k and keys[k + known[1]] not in _SUFFIXES:
            return k + known[1]  # "Mitch McConnell Addison": a web page's hover card glued to a known name
    return j


# Titles that also head private bodies when followed by "of <Name>".
_NOT_OF_OTHERS = frozenset({"President", "Vice President", "president", "vice president", "director", "chairman",
                            "chairwoman", "chair", "head", "spokesman", "spokeswoman", "spokesperson"})


@lru_cache(maxsize=1)
def _title_abbreviations() -> FrozenSet[str]:
    """Keys of abbreviated titles ("sen", "gov"): their period does not end a sentence."""
    out: Set[str] = set()
    for alias_tokens in (lx.tokens(a) for a in ("Sen. Sens. Rep. Reps. Gov. Govs. Lt. Atty. Gen. Pres. Sec. Del. Ald. Dist. Cmdr. Capt. Sgt. Det. Insp. Supt. Dr. Mr. Mrs. Ms. Col. Maj. Adm. Brig. Lieut.").split()):
        out.update(t.key for t in alias_tokens)
    return frozenset(out)


# Chambers whose committees are bodies of the same level.
_CHAMBERS = frozenset({"senate", "house", "representatives", "assembly", "congress", "legislature"})
_COMMITTEES = frozenset({"committee", "subcommittee"})


def _committee_end(toks: Sequence[lx.Tok], k: int) -> int:
    """Index after "Judiciary Committee" / "Committee on Homeland Security and ..." at ``toks[k]`` (``k`` when none)."""
    return _committee_end_at(lx.Words.of_toks(toks), k)


def _committee_end_at(w: lx.Words, k: int) -> int:
    """:func:`_committee_end` at token ``k`` of ``w``."""
    texts, keys = w.texts, w.keys
    n = len(keys)
    j = k
    while j < n and j - k < 6 and keys[j] not in _COMMITTEES:
        t = texts[j]
        if not (lx.is_cap(t) and t[:1].isalpha() or keys[j] in ("and", "&", "on", "of")) or t.endswith("."):
            return k
        j += 1
    if j >= n or keys[j] not in _COMMITTEES or not lx.is_cap(texts[j]):
        return k
    j += 1
    if j + 1 < n and keys[j] in ("on", "of") and lx.is_cap(texts[j + 1]):
        m = j + 1
        while m < n and m - j < 8 and (lx.is_cap(texts[m]) and texts[m][:1].isalpha() or keys[m] in ("and", "&")):
            if texts[m].endswith("."):
                m += 1
                break
            m += 1
        while m > j + 1 and keys[m - 1] in ("and", "&"):
            m -= 1
        j = m
    return j


# Last words of capitalised phrases that are laws, programmes or places, not a person's name.
_NOT_NAME_TAILS = frozenset(
    "program programs programme act bill bills fund initiative project plan policy amendment clause resolution "
    "grant grants award prize memorial building hall park bridge street avenue road square station airport "
    "pac coalition alliance network league order orders".split()
)

_BODY_WORDS = frozenset(
    "department office county city police court committee council agency administration party association "
    "commission board house senate university college school center church foundation institute company "
    "corp inc llc group union political action bureau division caucus district".split()
)


def _scan_line(text: str, w: lx.Words, candidates: List[int], out: List[Person]) -> None:
    """Append the mentions of one line (its tokens ``w``, no line break inside) to ``out``; ``candidates``:
    ``_candidates(w)``."""
    texts, keys, starts, ends = w.texts, w.keys, w.starts, w.ends
    n = len(keys)
    i = 0
    floor = 0  # tokens before this index belong to an earlier mention
    ci, n_candidates = 0, len(candidates)
    while i < n:
        while ci < n_candidates and candidates[ci] < i:
            ci += 1
        if ci == n_candidates:
            break
        i = candidates[ci]
        start = i
        # Level cues, places, organisations and party words before a head.
        head = None
        seen_org = seen_person = False
        k = i
        while k < n and k - start < _MAX_PREFIX:
            if keys[k] in _PARTY_WORDS and lx.is_cap(texts[k]):
                k += 1
                if texts[k - 1].endswith("."):
                    break  # "... said the Texas Republican. Rep. Jane Doe": no prefix across a sentence end
                continue
            hit = lx.match_kinds(w, k, _PREFIX_KINDS)
            if hit is None:
                break
            kind, length, _ = hit
            if kind in _HEAD_KINDS:
                head = k
                k += length
                break
            if kind == "person":
                if k + length < n and lx.is_cap(texts[k + length]) and keys[k + length] in _BODY_WORDS:
                    break  # "George Washington University": a body named after a person
                if length == 1 and k == start and start > 0 and _is_name_token(w, start - 1) and not _ends_name(w, start - 1):
                    break  # a last name alone ("Trump") after another first name is someone else ("Ivanka Trump")
                if length == 1 and k + 1 < n and _is_name_token(w, k + 1) and not _ends_name(w, k):
                    break  # ... and so is the first word of a longer name
                seen_person = True
                k += length
                break
            if kind == "place" and k == start and start > 0 and keys[start - 1] in _HONORIFICS:
                break  # "Mr. Wright's attorney": a person, not the city of Wright
            if kind == "org" and hit[2].extra == "qualified" and k == start:
                break  # "jails" alone is not a body; "county jails" is
            if (kind == "org" and length == 1 and keys[k] in ("house", "council") and k == start and start > 0
                    and lx.is_cap(texts[start - 1]) and keys[start - 1] not in ("the", "u.s.")
                    and lx.match_kinds(w, start - 1, ("place", "modifier")) is None):
                break  # "Opera House", "Family Research Council": not the House of Representatives or a city council
            if kind == "org" and k + length < n and lx.is_cap(texts[k + length]) and keys[k + length] in _NOT_NAME_TAILS:
                break  # "Senate Bill 4", "Border Patrol Program": a law or a programme, not the body
            seen_org = seen_org or kind == "org"
            k += length
            last = texts[k - 1]
            if last.endswith(".") and "." not in last[:-1] and len(keys[k - 1]) > (3 if kind != "org" else 4):
                # "... at Washington University. President X": a prefix never crosses a sentence end
                # (a body's name may end in an abbreviation: "Justice Dept.", "Acme Corp.")
                break
        if head is None and not seen_org and not seen_person:
            stop = _surname_and_state(text, w, i, floor, out)
            if stop:
                floor = stop
            i = max(stop, i + 1)
            continue
        end = k
        name_found = seen_person
        if head is not None:
            head_hit = lx.match_kinds(w, head, _HEAD_KINDS)
            of_phrase = False
            if end < n and lx.is_cap(texts[end]) and keys[end] in _BODY_WORDS:
                # "County Sheriff's Department", "Justice Political Action Committee": a body's name.
                i += 1
                continue
            # "mayor of Albuquerque", "spokesman for ICE"
            if end < n and keys[end] in _OF and end + 1 < n:
                m = end + 1
                if m < n and keys[m] in ("the", "a"):
                    m += 1
                hit = lx.match_kinds(w, m, ("org", "place")) if m < n and lx.is_cap(texts[m]) else None
                if hit is not None and hit[0] == "place" and m + hit[1] < n and _is_name_token(w, m + hit[1]):
                    hit = None  # "director of Georgetown University": a longer name, not the place
                if hit is not None:
                    end = m + hit[1]
                    of_phrase = True
                elif head_hit is not None and head_hit[2].value in _NOT_OF_OTHERS:
                    # "president of the American Gaming Association" holds no public office.
                    if head_hit[0] == "role" and head_hit[2].value in _AIDES and keys[end] == "for":
                        floor = max(floor, _aide_of_official(text, w, start, end, m, floor, out))
                    i = max(end, i + 1)
                    continue
            sentence_end = texts[end - 1].endswith(".") and keys[end - 1] not in _title_abbreviations()
            if head_hit is not None and not (head_hit[0] == "role" and head_hit[2].extra) and not of_phrase and not sentence_end:
                second = lx.match_kinds(w, end, ("title",)) if (end + 1 < n and lx.is_cap(texts[end])
                                                                and lx.is_cap(texts[head])) else None
                if second is not None and takes_second_title(head_hit[2].value, second[2].value) \
                        and _is_name_token(w, min(n - 1, end + second[1])):
                    end += second[1]  # "Chairman Rep. Elijah Cummings": a second title before the name
                name_stop = _name_end(w, end)
                if name_stop > end and keys[name_stop - 1] in _NOT_NAME_TAILS:
                    # "Justice Assistance Grant Program": a programme named after an office, no person
                    i += 1
                    continue
                if name_stop > end:
                    end = name_stop
                    name_found = True
                    if end + 1 < n and keys[end] in ("of", "from"):
                        hit = lx.match_kinds(w, end + 1, ("place",))
                        if hit is not None and not (end + 1 + hit[1] < n and _is_name_token(w, end + 1 + hit[1])):
                            end = end + 1 + hit[1]
                        elif end + 2 < n and keys[end + 1] == "the":
                            end = _body_end(w, end + 2) or end  # "Col. Mark Ferguson of the Oregon National Guard"
        elif seen_org and start >= 2 and keys[start - 1] == "of" and _is_name_token(w, start - 2):
            # "Fraternal Order of Police": the tail of a longer name, not the police.
            i = max(end, i + 1)
            continue
        # A party tag: "Sen. Ron Wyden, D-Ore." / "Rep. Sam Hill (R-Texas)"
        if name_found and end < n:
            m = end + 1 if texts[end] == "," and end + 1 < n else end
            tag = party_tag(text, starts[m], min(len(text), starts[m] + 24))
            if tag is not None:
                while end < n and starts[end] < tag[2]:
                    end += 1
        # "Rep. Jane Doe, a Democrat from Ohio", "Pelosi, a Democrat who ...": the party (and place) of an
        # appositive are read, the mention ends with the name
        described = _party_appositive_end(w, end) if name_found and end < n and texts[end] == "," else end
        # "That judge, William Orrick, is ...": a full name set off by commas after a singular title.
        if (head is not None and not name_found and head_hit is not None and head_hit[0] == "title"
                and end + 1 < n and texts[end] == "," and keys[head] not in _PLURAL_TITLES):
            k = _name_end(w, end + 1)
            if k - (end + 1) >= 2 and (k >= n or texts[k] in (",", ";", ")") or texts[k - 1].endswith(".")):
                end = k
                name_found = True
        # "Sens. Edward M. Kennedy, Joseph R. Biden and Arlen Specter": one title, several names.
        extra: List[Tuple[int, int]] = []
        if head is not None and name_found and keys[head] in _PLURAL_TITLES:
            j = end
            while j < n and len(extra) < 8:
                m = j
                if texts[m] == ",":
                    m += 1
                if m < n and keys[m] == "and":
                    m += 1
                if m == j or m >= n:
                    break
                k = _name_end(w, m)
                if k - m < 2 or any(keys[t] in _PLURAL_TITLES or lx.match_kinds(w, t, _HEAD_KINDS) is not None
                                    for t in range(m, k)):
                    break  # "... and U.S. Representatives Bobby Scott": another title starts another list
                extra.append((m, k))
                j = k
        # An appositive name before the head: "Richard Berry, the mayor of Albuquerque, said".
        # "Mark Morgan, CBP's acting commissioner", "Jane Roe, the FBI's director": the same after a body's initials.
        comma = _appositive_comma(w, start) if head is not None and not name_found else None
        if comma is not None:
            j = comma
            # back over capitalised words, not across a sentence's end ("... Committees. Demings, the former chief";
            # "Mr. Demings" is one name)
            while j > floor and _is_name_token(w, j - 1) and comma - j < _MAX_NAME and (j == comma or not _ends_name(w, j - 1) or keys[j - 1] in _HONORIFICS):
                j -= 1
            # ... and not a title's name after an article ("The New York Times, the former speaker")
            if comma - j >= 2 and not (j > 0 and keys[j - 1] in ("the", "a", "an")):
                start = j
        if head is None and not seen_person and end + 1 < n and keys[end] == "of" and _is_name_token(w, end + 1):
            place = lx.match_kinds(w, end + 1, ("place",))
            if place is not None and not (end + 1 + place[1] < n and _is_name_token(w, end + 1 + place[1])):
                end = end + 1 + place[1]  # "the city council of Denver"
            else:
                # "Council of Muslim Organizations": a private body's name, not the council.
                i = max(end, i + 1)
                continue
        a = _analyse(text, w, start, max(end, described))
        committee = _committee_end_at(w, end) if head is None and seen_org and not seen_person and keys[end - 1] in _CHAMBERS else end
        if committee > end and a.level is not None:
            # "Senate Judiciary Committee", "House Committee on Homeland Security": one body of that chamber.
            s, e = starts[start], ends[committee - 1]
            while e > s and text[e - 1] in ".,'\u2019":
                e -= 1
            out.append(Person(text[s:e], s, e, "organization", None, None, None, None, text[s:e], a.place, None, a.level))
            floor = committee
            i = max(committee, i + 1)
            continue
        s, e = starts[start], ends[end - 1]
        if texts[end - 1] == ")" and "(" not in text[s:e - 1]:
            e -= 1
        while e > s and text[e - 1] in ".,'\u2019" and not _keeps_period(text, s, e):
            e -= 1
        if text[e - 2 : e] in ("'s", "\u2019s"):
            e -= 2
        if _keep(a, head is not None):
            kind = "person" if a.title is not None or a.name is not None else "organization"
            ns, ne = a.name_span if a.name_span else (None, None)
            if ne is not None and ne > e:
                e = ne  # "Sen. Z.": the name reads the period as an initial's, so the mention keeps it
            out.append(Person(text[s:e], s, e, kind, a.name, ns, ne, a.title, a.organization, a.place, a.party, a.level))
        for m, k in extra:
            b = _analyse(text, w, m, k)
            if b.name is None or b.name_span is None:
                continue
            ns, ne = b.name_span
            same = b.title is None or b.title == a.title
            out.append(Person(text[ns:ne], ns, ne, "person", b.name, ns, ne, a.title, a.organization,
                              b.place, b.party or a.party, a.level if same else b.level))
            end = max(end, k)
        floor = end = max(end, described)
        i = max(end, i + 1)


def _party_appositive_end(w: lx.Words, comma: int) -> int:
    """Index after a party appositive opening with the comma at token ``comma``: ", a Democrat",
    ", an Ohio Republican", ", a Democrat from Ohio" (then a comma, a sentence end or a lower-case word
    that is no title: "a Democrat who ...", "a Republican running for ..."); ``comma`` when there is none
    ("a Democratic state senator" is a title, read by the appositive before a head)."""
    keys, texts = w.keys, w.texts
    n = len(keys)
    k = comma + 1
    if k + 1 >= n or keys[k] not in ("a", "an"):
        return comma
    k += 1
    if keys[k] not in _PARTY_WORDS:
        place = lx.match_kinds(w, k, ("place",))
        if place is None:
            return comma
        k += place[1]
    if k >= n or keys[k] not in _PARTY_WORDS or not lx.is_cap(texts[k]):
        return comma
    k += 1
    if texts[k - 1].endswith("."):
        return k
    if k + 1 < n and keys[k] == "from":
        place = lx.match_kinds(w, k + 1, ("place",))
        if place is not None and not (k + 1 + place[1] < n and _is_name_token(w, k + 1 + place[1])):
            k += 1 + place[1]
    if (k >= n or texts[k] in (",", ";", ")", ":") or texts[k - 1].endswith(".")
            or (not lx.is_cap(texts[k]) and lx.match_kinds(w, k, _HEAD_KINDS) is None)):
        return k
    return comma


def _appositive_comma(w: lx.Words, start: int) -> Optional[int]:
    """Index of the comma that opens an appositive whose title phrase starts at token ``start``:
    ", the mayor", ", a former mayor", ", CBP's acting commissioner", ", the FBI's director"
    (at most two lower-case articles or modifiers, then maybe a body's initials in the possessive
    with "the" before them); None when there is none. An article or the initials must stand between
    the comma and the title: "Romney, former mayor and adviser Giuliani" is more often a list."""
    keys, texts = w.keys, w.texts
    b = start
    marked = False  # an article or the initials seen
    while b > 0 and start - b < 2 and keys[b - 1] in _ARTICLES and texts[b - 1].islower():
        b -= 1
        marked = marked or keys[b] in ("the", "a", "an")
    if b > 0 and texts[b - 1].endswith(("'s", "\u2019s")) and _possessive_acronym(texts[b - 1], keys[b - 1]) is not None:
        b -= 1
        marked = True
        if b > 0 and texts[b - 1] == "the":
            b -= 1
    if not marked or b < 1 or texts[b - 1] != ",":
        return None
    return b - 1


def _aide_of_official(text: str, w: lx.Words, start: int, end: int, m: int, floor: int, out: List[Person]) -> int:
    """"Ellen Canale, a spokeswoman for Mayor Ed Lee": the named aide (tokens ``start`` to ``end`` are
    "spokeswoman", token ``m`` the official's title) appended to ``out`` with the official's
    level; returns ``end`` when appended, else ``floor``. The official is scanned after."""
    title = lx.match_kinds(w, m, ("title",))
    if title is None or not (start >= 4 and w.keys[start - 1] in ("the", "a", "an") and w.texts[start - 2] == ","):
        return floor
    j = start - 2
    while j > floor and _is_name_token(w, j - 1) and start - 2 - j < _MAX_NAME:
        j -= 1
    if start - 2 - j < 2:
        return floor
    a = _analyse(text, w, j, _name_end(w, m + title[1]))
    if a.name is None or a.name_span is None or a.level is None:
        return floor
    s, e = w.starts[j], w.ends[end - 1]
    ns, ne = a.name_span
    out.append(Person(text[s:e], s, e, "person", a.name, ns, ne, a.title, a.organization, a.place, a.party, a.level))
    return end


def _body_end(w: lx.Words, m: int) -> int:
    """Index after a public body ("Oregon National Guard", "Justice Department") at token ``m``, 0 when none."""
    n = len(w.keys)
    hit = lx.match_kinds(w, m, ("org",))
    if hit is None:
        place = lx.match_kinds(w, m, ("place",))
        if place is None or m + place[1] >= n:
            return 0
        m += place[1]
        hit = lx.match_kinds(w, m, ("org",))
    if hit is None or hit[2].extra == "qualified" or (m + hit[1] < n and _is_name_token(w, m + hit[1])):
        return 0  # ... not the start of a longer name ("the Senate Judiciary Committee")
    return m + hit[1]


def _surname_and_state(text: str, w: lx.Words, i: int, floor: int, out: List[Person]) -> int:
    """"Durbin of Illinois", "Dick Durbin (D-Ill.)": a member of Congress named by last name and
    state at token ``i``, appended to ``out``; returns the index after it, 0 when there is none."""
    texts, keys, starts = w.texts, w.keys, w.starts
    n = len(keys)
    # (the words after it first: most candidates are followed by neither)
    if not (i + 2 < n and (keys[i + 1] in ("of", "from") or texts[i + 1] in ("(", ","))
            and _is_name_token(w, i) and not _ends_name(w, i)):
        return 0
    if keys[i + 1] in ("of", "from"):
        place = lx.match_kinds(w, i + 2, ("place",))
        if place is None or place[2].level != "state" or (i + 2 + place[1] < n and _is_name_token(w, i + 2 + place[1])):
            return 0
        end = i + 2 + place[1]
    else:
        # "Durbin (D-Ill.)", "Durbin, D-Ill.": a party tag that names a state
        end = i + 2 if texts[i + 1] == "," else i + 1
        tag = party_tag(text, starts[end], min(len(text), starts[end] + 24))
        if tag is None or not tag[1]:
            return 0
        while end < n and starts[end] < tag[2]:
            end += 1
    start = i - 1 if i - 1 >= floor and _is_name_token(w, i - 1) and not _ends_name(w, i - 1) else i
    if start > floor and _is_name_token(w, start - 1):
        return 0  # a longer capitalised phrase, not a person's name
    a = _analyse(text, w, start, end)
    if a.name is None or a.name_span is None or a.level != "federal" or a.title is None:
        return 0
    s, e = starts[start], w.ends[end - 1]
    while e > s and text[e - 1] in ".," and not _keeps_period(text, s, e):
        e -= 1
    ns, ne = a.name_span
    out.append(Person(text[s:e], s, e, "person", a.name, ns, ne, a.title, a.organization, a.place, a.party, a.level))
    return end


_PARTY_ROLES = frozenset({"chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director",
                          "executive director", "strategist", "official", "officials", "leader", "leaders"})
_HONORIFICS = HONORIFIC_KEYS | {"rev"}  # "Rev. Al Sharpton" too
_PLURAL_TITLES = frozenset({"sens", "senators", "reps", "representatives", "congressmen", "govs", "governors", "mayors"})


def _keeps_period(text: str, s: int, e: int) -> bool:
    """A final period that belongs to an abbreviation ("D-Ore.", "Jr.", "N.Y.")."""
    if text[e - 1] != ".":
        return False
    word = text[s:e].split()[-1] if text[s:e].split() else ""
    return word.count(".") > 1 or len(word.rstrip(".").split("-")[-1]) <= 4 and word[:1].isupper() and "-" in word or word in ("Jr.", "Sr.")


def _keep(a: Analysis, has_head: bool) -> bool:
    if a.party is not None and a.organization is None and a.title in _PARTY_ROLES:
        return False  # "State GOP Chairman Andrew Hitt" runs a party, not a government
    if a.name is not None or a.organization is not None:
        return True
    if a.title is None:
        return False
    # A bare plural role ("officials said") says nothing; "local officials" does.
    return a.level is not None or not a.head_plural


def find_people(text: str) -> List[Person]:
    """Mentions of titled people and government bodies, in text order, with exact spans.

    >>> [(p.name, p.title, p.level, p.text) for p in find_people(
    ...     "Republican Albuquerque Mayor Richard Berry wrote to the Justice Department.")]
    [('Richard Berry', 'Mayor', 'local', 'Republican Albuquerque Mayor Richard Berry'), (None, None, 'federal', 'Justice Department')]
    """
    check_text(text, "find_people() expects a str")
    return people_and_tokens(text)[0]


def people_and_tokens(text: str) -> Tuple[List[Person], lx.TokenIndex]:
    """``find_people(text)`` and the tokens it read, ``lx.tokens(text)`` (no token spans a line
    break), indexed, for a caller that looks at the words of the text again (see
    :func:`newsnlp.stance._officials.find_officials`)."""
    out: List[Person] = []
    # No token holds a line break, so the text's tokens are those of its lines one after the other:
    # the text is read once, candidates are picked once, and a line without one is not scanned.
    index = lx.TokenIndex(text)
    words = index.words
    starts = words.starts
    candidates = _candidates(words)
    c, n_candidates = 0, len(candidates)
    while c < n_candidates:
        pos = starts[candidates[c]]
        nl = text.find("\n", pos)
        a = bisect_left(starts, text.rfind("\n", 0, pos) + 1, 0, candidates[c])
        b = len(starts) if nl < 0 else bisect_left(starts, nl, candidates[c])
        d = bisect_left(candidates, b, c)
        _scan_line(text, words.cut(a, b), [k - a for k in candidates[c:d]], out)
        c = d
    return out, index
