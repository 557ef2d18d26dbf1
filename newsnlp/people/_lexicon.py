"""Gazetteers (titles, organisations, places, people) and the token matcher.

The JSON files under ``newsnlp/data/people/`` are built by
``scripts/build_gazetteers.py``; they are read once, on first use.
Phrases are tries of token keys: a match at a word walks one dictionary
probe per following word as long as some phrase continues, so matching a
text costs one pass with at most ``max_len`` probes per token.
:func:`match_kinds` walks one trie that holds every lexicon at once.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Any, Callable, Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Union

from newsnlp._datafile import read_package_model
from newsnlp._memo import WordMemo

__all__ = ["Tok", "tokens", "Words", "TokenIndex", "is_cap", "is_upper", "key", "Entry", "Lexicon", "titles", "organizations", "places", "people", "modifiers", "roles", "first_keys",
           "any_case_first_keys", "match_kinds"]

# Abbreviations with inner periods ("U.S.", "N.M."), words with inner
# apostrophes/hyphens and an optional final period, or one other symbol.
# Each alternative consumes distinct characters, so matching is linear.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['\u2019&\-]\w+)*\.?|[^\w\s]")
_US = frozenset({"U.S.", "US", "U.S", "U.S.A.", "USA"})


class Tok(NamedTuple):
    """A token with offsets into the original text.

    A named tuple: tokens are many, and :func:`tokens` builds them in one
    C-level call each instead of running an ``__init__``.
    """

    text: str
    start: int
    end: int
    key: str

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.key!r})"

    @property
    def cap(self) -> bool:
        return is_cap(self.text)

    @property
    def upper(self) -> bool:
        return is_upper(self.text)


def is_cap(word: str) -> bool:
    """Whether a token is capitalised (:attr:`Tok.cap`)."""
    if word[:1].isupper():
        return True
    # "then-Gov.", "ex-Sheriff": the title after the prefix counts ("then-state Sen." stays lower case).
    return word.startswith(("then-", "ex-")) and word[word.index("-") + 1 : word.index("-") + 2].isupper()


def is_upper(word: str) -> bool:
    """Whether a token is in capitals (:attr:`Tok.upper`)."""
    return word.rstrip(".").replace(".", "").isupper()


def key(token: str) -> str:
    """The lookup key of a token: lower case, no periods, straight apostrophes."""
    return _KEYS[token]


def _token_key(token: str) -> str:
    """:func:`key`, computed."""
    if token in _US:
        return "u.s."
    k = token.lower().replace(".", "").replace("\u2019", "'")
    if k.startswith(("then-", "ex-")) and len(k) > 5:
        k = k.split("-", 1)[1]  # "then-state Sen." is a state senator
    # Possessives match their noun: "Sheriff's Office" ~ "sheriff office", "Berry's" ~ "berry".
    return k[:-2] if k.endswith("'s") and len(k) > 2 else k


# _TOKEN as one group, for ``split``: [gap, token, gap, ..., token, gap], without a match object per token.
# Written for speed, same matches: "(?=\S)" fails fast on spaces; a plain word (the most tokens) is taken
# first, whole, when no "'", "&", "-" or "." follows it (never an "N.M." then: a period follows the letter);
# punctuation, abbreviations and joined words come after, in _TOKEN's order (their first characters differ).
# On 3.11+ the repeated groups are possessive too: nothing after them can fail, so the matches are the same,
# and re keeps no backtracking state per repetition (a 1 MB "a.b.c." chain made it allocate megabytes).
_SPLIT = re.compile(
    r"(?=\S)(" + (r"\w++(?![.'\u2019&\-])|[^\w\s]|[A-Za-z]\.(?:[A-Za-z]\.)++|\w+(?:['\u2019&\-]\w+)*+\.?)"
                   if sys.version_info >= (3, 11) else
                   r"\w+(?![\w.'\u2019&\-])|[^\w\s]|[A-Za-z]\.(?:[A-Za-z]\.)+|\w+(?:['\u2019&\-]\w+)*\.?)"))


def tokens(text: str, start: int = 0, end: Optional[int] = None) -> List[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    # Words.of(text, start, end).toks() without the parallel lists (most calls read a short stretch):
    # after ``start``, ``offs`` yields where each piece ends, so a word's start and end are its next two
    # values (zip pulls them in turn).
    start = max(start, 0)
    piece = text if start == 0 and end is None else text[start : None if end is None else max(end, 0)]
    parts = _SPLIT.split(piece)
    words = parts[1::2]
    offs = accumulate(map(len, parts), initial=start)
    next(offs)
    return list(map(tuple.__new__, repeat(Tok), zip(words, offs, offs, _keys(words))))


# The key of every token seen: a dict looked up in C (map(_KEYS.__getitem__, words) for a text's
# words) costs a fraction of a call through lru_cache, and a new word a call of _token_key.
_KEYS = WordMemo(_token_key, size=65536)  # the bound key() had as an lru_cache


def _keys(words: List[str]) -> List[str]:
    """``list(map(key, words))``, each new word's key computed once."""
    return list(map(_KEYS.__getitem__, words))


class Words:
    """Tokens as parallel lists, without an object per token (they are many): the ``i``-th token is
    ``Tok(texts[i], starts[i], ends[i], keys[i])``. :func:`match_kinds` reads them as it reads a list of
    :class:`Tok`."""

    __slots__ = ("texts", "starts", "ends", "keys")

    def __init__(self, texts: List[str], starts: List[int], ends: List[int], keys: List[str]) -> None:
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.keys = keys

    @classmethod
    def of(cls, text: str, start: int = 0, end: Optional[int] = None) -> Words:
        """The tokens of ``text[start:end]`` (:func:`tokens`)."""
        # The same tokens as _TOKEN.finditer(text, start, end) (the pattern looks at nothing outside a match),
        # with offsets summed from the lengths of the pieces [gap, word, gap, ..., word, gap]: word m
        # starts at bounds[2m + 1] and ends at bounds[2m + 2].
        start = max(start, 0)
        piece = text if start == 0 and end is None else text[start : None if end is None else max(end, 0)]
        parts = _SPLIT.split(piece)
        texts = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=start))
        return cls(texts, bounds[1:-1:2], bounds[2::2], _keys(texts))

    @classmethod
    def of_toks(cls, toks: Sequence[Tok]) -> Words:
        if not toks:
            return cls([], [], [], [])
        return cls(*map(list, zip(*toks)))  # a Tok's fields are in the order of Words' lists

    def cut(self, a: int, b: int) -> Words:
        """Tokens ``a`` to ``b``."""
        return Words(self.texts[a:b], self.starts[a:b], self.ends[a:b], self.keys[a:b])

    def toks(self, a: int = 0, b: Optional[int] = None) -> List[Tok]:
        """Tokens ``a`` to ``b`` as :class:`Tok`."""
        return list(map(tuple.__new__, repeat(Tok), zip(self.texts[a:b], self.starts[a:b], self.ends[a:b], self.keys[a:b])))


class TokenIndex:
    """The tokens of a whole text (``tokens(text)``; read from the text when ``toks`` is not given),
    from which those of a stretch are cut."""

    __slots__ = ("text", "words")

    def __init__(self, text: str, toks: Optional[List[Tok]] = None) -> None:
        self.text = text
        self.words = Words.of(text) if toks is None else Words.of_toks(toks)

    @property
    def toks(self) -> List[Tok]:
        return self.words.toks()

    @property
    def starts(self) -> List[int]:
        return self.words.starts

    def between(self, lo: int, hi: int) -> List[Tok]:
        """``tokens(text, lo, hi)``, mostly cut from the text's tokens instead of read again.

        From an ``lo`` that falls between two tokens, reading goes word by word as over the
        whole text, so the tokens are the text's own up to the one that runs past ``hi``,
        which is read again up to ``hi`` (a word cut in two). An ``lo`` inside a word is read afresh.
        """
        words = self.words
        starts, ends = words.starts, words.ends
        a = bisect_left(starts, lo)
        if a > 0 and ends[a - 1] > lo:
            return tokens(self.text, lo, hi)
        b = bisect_left(starts, hi, a)
        if b > a and ends[b - 1] > hi:
            return words.toks(a, b - 1) + tokens(self.text, starts[b - 1], hi)
        return words.toks(a, b)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: what the matched words mean.

    ``case`` says how the text must be written: "any", "cap" (first letter
    upper case), "upper" (an acronym such as ICE must be all capitals) or
    "the" (all capitals, after "the" or opening the tokens: "the VA", not "Richmond, VA").
    """

    kind: str
    value: str
    level: Optional[str]
    case: str
    extra: Any = None


def _walk(node: List[Any], keys: Sequence[str], i: int, stop: int) -> List[Tuple[int, Any]]:
    """``(length, payload)`` of each trie node on the path of the token keys ``keys[i:stop]`` that carries one.

    ``node`` is the trie node of ``keys[i]``; a node is ``[payload, children by key]``.
    """
    found: List[Tuple[int, Any]] = []
    j = i + 1
    while True:
        if node[0]:
            found.append((j - i, node[0]))
        if j >= stop or not node[1]:
            break
        node = node[1].get(keys[j])
        if node is None:
            break
        j += 1
    return found


class Lexicon:
    """Phrases keyed by token-key tuples, matched longest first.

    Besides the table, the phrases form a trie (a dict per word): a match
    walks only as far as some phrase continues, so a word that starts long
    organisation names costs a probe per word actually matched, not one
    tuple per possible length.
    """

    __slots__ = ("_table", "_max", "_trie")

    def __init__(self) -> None:
        self._table: Dict[Tuple[str, ...], Entry] = {}
        self._max: Dict[str, int] = {}
        # key -> [entry of the phrase ending here or None, {next key: node}]
        self._trie: Dict[str, List[Any]] = {}

    def add(self, phrase: str, entry: Entry, overwrite: bool = False) -> None:
        k = tuple(t.key for t in tokens(phrase))
        if not k or (k in self._table and not overwrite):
            return
        self._table[k] = entry
        self._max[k[0]] = max(self._max.get(k[0], 0), len(k))
        level = self._trie
        node: List[Any] = []
        for word in k:
            node = level.get(word) or level.setdefault(word, [None, {}])
            level = node[1]
        node[0] = entry

    def __len__(self) -> int:
        return len(self._table)

    def first_keys(self) -> Iterator[str]:
        return iter(self._max)

    def match(self, toks: Sequence[Tok], i: int, stop: Optional[int] = None) -> Optional[Tuple[int, Entry]]:
        """Longest entry starting at ``toks[i]``: ``(length, entry)`` or ``None``."""
        key = toks[i].key
        node = self._trie.get(key)
        if node is None:
            return None
        stop = len(toks) if stop is None else stop
        if stop <= i:
            return None
        # (no phrase starting with ``key`` is longer than self._max[key] words)
        keys = [t.key for t in toks[i : min(stop, i + self._max[key])]]
        for n, entry in reversed(_walk(node, keys, 0, len(keys))):
            if entry.case == "any" or _case_ok(entry, toks[i : i + n]):
                return n, entry
        return None

    def match_ending(self, toks: Sequence[Tok], j: int, lo: int = 0) -> Optional[Tuple[int, Entry]]:
        """Longest entry ending just before ``toks[j]`` (and starting at or after ``lo``)."""
        best = None
        for n in range(1, min(5, j - lo) + 1):
            entry = self._table.get(tuple(t.key for t in toks[j - n : j]))
            if entry is not None and _case_ok(entry, toks[j - n : j]):
                best = (n, entry)
        return best


def _case_ok(entry: Entry, toks: Sequence[Tok]) -> bool:
    return _case_ok_texts(entry, [t.text for t in toks])


def _case_ok_texts(entry: Entry, texts: Sequence[str]) -> bool:
    """Whether the words ``texts`` are written as ``entry`` needs."""
    if entry.case == "any":
        return True
    if entry.case == "first":
        return is_cap(texts[0])
    if entry.case in ("upper", "the"):
        return all(is_upper(t) for t in texts if t[:1].isalpha())
    # "cap": first and last words capitalised (lower-case "of", "and" may sit inside).
    return is_cap(texts[0]) and is_cap(texts[-1])


GAZETTEER_VERSION = 1


def _load(name: str) -> Any:
    """A shipped gazetteer's payload, after checking its format, version and checksum."""
    return read_package_model(f"people/{name}", f"newsnlp.people.{name[:-5]}", (GAZETTEER_VERSION,))


def _case_of(alias: str) -> str:
    letters = alias.replace(".", "").replace(" ", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha():
        return "upper"
    if alias[:1].isupper() and alias.split()[-1][:1].islower() and alias not in _ANY_CASE:
        return "first"  # "Trump administration": a name, then a common noun
    return "cap" if alias[:1].isupper() and alias not in _ANY_CASE else "any"


# Titles that news writes in lower case when they precede no name ("the mayor").
_ANY_CASE = frozenset(
    {
        "President", "Vice President", "Attorney General", "Deputy Attorney General", "Assistant Attorney General",
        "U.S. Attorney", "Secretary of State", "Senator", "U.S. Senator", "Congressman", "Senators", "Special Counsel", "Inspector General", "Solicitor General", "Surgeon General",
        "Congresswoman", "Governor", "President-elect", "Vice President-elect", "Governor-elect", "Prime Minister", "Foreign Minister", "Lieutenant Governor", "State Senator", "State Representative", "Mayor",
        "Deputy Mayor", "City Council member", "City Councilman", "City Councilwoman", "Council member",
        "Councilman", "Councilwoman", "City Manager", "City Attorney", "County Executive", "County Commissioner",
        "County Supervisor", "Sheriff", "County Sheriff", "Police Chief", "Chief of Police", "Police Commissioner",
        "District Attorney", "County Attorney", "County Prosecutor", "School Superintendent", "Fire Chief",
        "Federal Judge", "District Judge", "U.S. District Judge", "Circuit Judge", "Magistrate Judge", "Judge",
        "County Judge", "Superior Court Judge", "Homeland Security Secretary", "Defense Secretary",
        "Treasury Secretary", "Press Secretary", "White House Press Secretary", "Chief of Staff",
        "White House Chief of Staff", "Speaker of the House", "House Speaker", "Majority Leader",
        "Minority Leader", "Senate Majority Leader", "Senate Minority Leader", "State Treasurer",
        "Assemblyman", "Assemblywoman", "Assemblymember", "Supreme Court Justice", "Chief Justice",
        "federal prosecutor", "Police Superintendent", "Borough President", "Public Defender",
        "County Clerk", "City Clerk", "Tribal Chairman", "Alderman", "State Senator", "State Sen.",
        "State Representative", "State Rep.", "Majority Whip", "Minority Whip", "Senate Majority Whip",
        "Senate Minority Whip", "House Majority Whip", "House Minority Whip",
    }
)


@lru_cache(maxsize=1)
def titles() -> Lexicon:
    """Official titles: ``Entry(kind="title", value=canonical, level=default, extra=ambiguous)``."""
    lex = Lexicon()
    data = _load("titles.json")
    for canon, (level, ambiguous, aliases) in data["titles"].items():
        for alias in aliases:
            lex.add(alias, Entry("title", canon, level, _case_of(alias), bool(ambiguous)))
    return lex


@lru_cache(maxsize=1)
def roles() -> Lexicon:
    """Generic roles ("spokesman", "officials"): their level comes from cues."""
    lex = Lexicon()
    for role in _load("titles.json")["roles"]:
        lex.add(role, Entry("role", role, None, "any", role.endswith("s") and role not in ("chairman",)))
    return lex


@lru_cache(maxsize=1)
def modifiers() -> Lexicon:
    """Words that fix a level when they precede a title or role ("state", "U.S.")."""
    lex = Lexicon()
    for word, level in _load("titles.json")["modifiers"].items():
        lex.add(word, Entry("modifier", word, level, "cap" if word[:1].isupper() and word not in ("U.S.", "US") else "any"))
    return lex


# Organisations whose federal default turns state or local when a state
# or city/county name precedes them ("Texas Senate", "California Department of Justice").
_PLACE_BOUND = frozenset(
    {"U.S. Senate", "U.S. House of Representatives", "Supreme Court", "Justice Department", "Court of Appeals",
     "Treasury Department", "Department of Education", "Department of Health and Human Services"}
)


@lru_cache(maxsize=1)
def organizations() -> Lexicon:
    """Organisations with their level: hand aliases first, then the .gov registry."""
    lex = Lexicon()
    data = _load("organizations.json")
    codes = set(_load("places.json")["states"])
    for canon, (level, aliases) in data["aliases"].items():
        for alias in aliases:
            bound = canon in _PLACE_BOUND or alias.startswith("Department of") or alias.endswith("Department")
            # An acronym that is also a state's postal code ("VA") names the body only after "the".
            case = "the" if alias in codes else _case_of(alias)
            lex.add(alias, Entry("org", canon, level, case, bound))
    for name, level in data.get("qualified", {}).items():
        lex.add(name, Entry("org", name, level, "any", "qualified"))
    for name, level in data["registry"].items():
        bound = name.startswith("Department of") or name.endswith(" Department")
        lex.add(name, Entry("org", name, level, "cap", bound))
    return lex


@lru_cache(maxsize=1)
def places() -> Lexicon:
    """US states (names, AP and postal abbreviations), counties and cities, and large cities abroad.

    ``Entry.value`` is the display name, ``level`` the place kind ("state",
    "county", "city", "foreign") and ``extra`` the state's name (None abroad).
    """
    lex = Lexicon()
    data = _load("places.json")
    states: Dict[str, str] = data["states"]
    for code, name in states.items():
        lex.add(name, Entry("place", name, "state", "cap", name))
    for abbr, code in data["state_abbreviations"].items():
        lex.add(abbr, Entry("place", states[code], "state", "cap", states[code]))
    for name, code in data["counties"].items():
        lex.add(name, Entry("place", name, "county", "cap", states.get(code)))
    for name, code in data["cities"].items():
        lex.add(name, Entry("place", name, "city", "cap", states.get(code)))
    for name in data.get("foreign_cities", ()):
        # a large city abroad wins over a small US namesake (Paris, Texas)
        lex.add(name, Entry("place", name, "foreign", "cap", None), overwrite=True)
    return lex


@lru_cache(maxsize=1)
def foreign_cities() -> FrozenSet[str]:
    """Large cities abroad whose officials are no US state's or town's ("Paris Mayor Anne Hidalgo")."""
    return frozenset(_load("places.json").get("foreign_cities", ()))


@lru_cache(maxsize=1)
def state_codes() -> Dict[str, str]:
    """Postal code -> state name, plus AP abbreviations (keys as :func:`key` makes them)."""
    data = _load("places.json")
    states: Dict[str, str] = data["states"]
    out = {key(code): name for code, name in states.items()}
    out.update({key(abbr): states[code] for abbr, code in data["state_abbreviations"].items()})
    out.update({key(name): name for name in states.values()})
    return out


@lru_cache(maxsize=1)
def people() -> Tuple[Lexicon, Dict[str, List[Entry]]]:
    """Members of Congress, presidents and vice presidents by full name, and by last name.

    ``Entry.value`` is the canonical name; ``extra`` is ``(title, state, party)``.
    """
    lex = Lexicon()
    by_last: Dict[str, List[Entry]] = {}
    data = _load("people.json")
    bare = frozenset(data.get("bare_last_names", ()))
    for group in ("executive", "congress"):
        for names, last, title, state, party in data[group]:
            entry = Entry("person", names[0] if group == "executive" else _display(names), "federal", "cap", (title, state, party))
            for name in names:
                lex.add(name, entry)
            by_last.setdefault(key(last), []).append(entry)
            if group == "executive" and last in bare:
                lex.add(last, entry)  # "Trump said": one token, see find_people
    return lex, by_last


def _display(names: List[str]) -> str:
    # The registry's "official" name has middle initials; news uses the short form.
    return min(names, key=lambda n: (n.count("."), len(n)))


@lru_cache(maxsize=1)
def first_keys() -> frozenset:
    """Keys that can start any title, role, organisation, place, cue or known name."""
    out: set = set()
    for lex in (titles(), roles(), organizations(), places(), modifiers(), people()[0]):
        out.update(lex.first_keys())
    return frozenset(out)


@lru_cache(maxsize=1)
def any_case_first_keys() -> frozenset:
    """Keys that can start a phrase written in lower case ("state", "police", "spokesman").

    Every other phrase ("cap", "first", "upper" and "the" entries: "The Bronx", "New York",
    "Will County") needs its first word capitalised, so a lower-case "the", "new" or "will"
    starts none of them.
    """
    return frozenset(k[0] for _kind, lexicon in _KINDS for k, entry in lexicon()._table.items() if entry.case == "any")


_KINDS: Tuple[Tuple[str, Callable[[], Lexicon]], ...] = ()  # filled below the lexicon functions


@lru_cache(maxsize=1)
def _all_phrases() -> Dict[str, List[Any]]:
    """One trie over every lexicon: key -> [((kind, entry), ...) of phrases ending here, {next key: node}]."""
    root: Dict[str, List[Any]] = {}
    for kind, lexicon in _KINDS:
        for k, entry in lexicon()._table.items():
            level = root
            node: List[Any] = []
            for word in k:
                node = level.get(word) or level.setdefault(word, [(), {}])
                level = node[1]
            node[0] = (*node[0], (kind, entry))
    return root


def match_kinds(toks: Union[Sequence[Tok], Words], i: int, kinds: Sequence[str]) -> Optional[Tuple[str, int, Entry]]:
    """The longest entry of the lexicons named in ``kinds`` starting at ``toks[i]``: ``(kind, length, entry)``.

    The same answer as asking each lexicon's :meth:`Lexicon.match` in the order of ``kinds``
    and keeping the first of the longest, in one walk over the words.
    """
    if isinstance(toks, Words):
        return _match_words(toks, i, kinds)
    key = toks[i].key
    depth = _phrase_depths().get(key)
    if depth is None:
        return None
    # The words a match can read: the one before (a "the" entry looks at it) and at most ``depth`` from ``i``.
    lo = i - 1 if i > 0 else 0
    return _match_words(Words.of_toks(toks[lo : i + depth]), i - lo, kinds)


@lru_cache(maxsize=1)
def _phrase_depths() -> Dict[str, int]:
    """First key -> the most words of a phrase starting with it, over every lexicon of :func:`_all_phrases`."""
    depths: Dict[str, int] = {}
    for _, lexicon in _KINDS:
        for key, n in lexicon()._max.items():
            depths[key] = max(depths.get(key, 0), n)
    return depths


def _match_words(words: Words, i: int, kinds: Sequence[str]) -> Optional[Tuple[str, int, Entry]]:
    """:func:`match_kinds` over tokens as parallel lists."""
    keys = words.keys
    node = _all_phrases().get(keys[i])
    if node is None:
        return None
    texts = words.texts
    for n, pairs in reversed(_walk(node, keys, i, len(keys))):
        best: Optional[Tuple[str, int, Entry]] = None
        rank = len(kinds)
        for kind, entry in pairs:
            if kind in kinds and (entry.case == "any" or _case_ok_texts(entry, texts[i : i + n])) \
                    and (entry.case != "the" or i == 0 or keys[i - 1] == "the"):
                r = kinds.index(kind)
                if r < rank:
                    best, rank = (kind, n, entry), r
        if best is not None:
            return best
    return None


@lru_cache(maxsize=1)
def federal_holders() -> Dict[str, frozenset]:
    """Title -> last-name keys of everyone who held the federal office since 1961."""
    data = _load("people.json").get("federal_holders", {})
    return {title: frozenset(tokens(name)[-1].key for name in names) for title, names in data.items()}


@lru_cache(maxsize=1)
def _executive_ranks() -> Tuple[Dict[Tuple[str, ...], int], Dict[str, int]]:
    by_name: Dict[Tuple[str, ...], int] = {}
    by_last: Dict[str, int] = {}
    for rank, (names, last, _title, _state, _party) in enumerate(_load("people.json")["executive"]):
        for name in names:
            by_name[tuple(t.key for t in tokens(name))] = rank
        by_last[key(last)] = rank  # the latest holder of a shared last name ("Bush", "Adams")
    return by_name, by_last


@lru_cache(maxsize=4096)
def executive_rank(name: str) -> Optional[int]:
    """Position of a US president or vice president in order of first taking office (None for anyone else).

    A full name must be one the list gives ("Barack Obama"); a last name alone
    ("Obama") stands for the latest holder with that last name.
    """
    keys = tuple(t.key for t in tokens(name) if t.key not in ("jr", "sr", ","))
    by_name, by_last = _executive_ranks()
    if len(keys) == 1:
        return by_last.get(keys[0])
    return by_name.get(keys)


def _people_names() -> Lexicon:
    return people()[0]


_KINDS = (("title", titles), ("role", roles), ("org", organizations), ("place", places), ("modifier", modifiers),
          ("person", _people_names))
