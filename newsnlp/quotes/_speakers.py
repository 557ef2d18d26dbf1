"""Speaker mentions next to a cue, and resolving them to a name.

A mention is the noun phrase the attribution points at: the subject before
the cue ("White House spokesman Josh Earnest said"), the phrase after an
inverted cue ("said Kevin Sullivan, the commissioner") or after "according
to". Windows are bounded, so every call is constant time in the article size.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from newsnlp.people._descriptor import PARTITIVE, _PARTICLES
from newsnlp.quotes._descriptor import Descriptor, parse_descriptor
from newsnlp.quotes._lexicon import lexicon, load_data, title_spans
from newsnlp.quotes._types import Speaker

__all__ = ["LY_NOT_ADVERBS", "Mention", "Resolver", "mention_after", "mention_before"]

# Words ending in -ly that are nouns or adjectives, not adverbs ("the family said", "the weekly reported").
LY_NOT_ADVERBS = frozenset({
    "family", "assembly", "ally", "rally", "supply", "anomaly", "monopoly", "bully", "belly", "folly", "homily",
    "lily", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "holy", "ugly", "silly",
    "friendly", "elderly", "lonely", "costly", "deadly", "orderly",
})

_TOK = re.compile(r"[A-Za-z0-9$%][\w.&'\u2019-]*|[^\w\s]")
_WINDOW = 160
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "another", "some", "many", "several", "two", "three", "most", "other"}

Mention = Tuple[int, int]


def _tokens(text: str, lo: int, hi: int) -> List[Tuple[int, int, str]]:
    """(start, end, text) of each token of ``text[lo:hi]``, as ``_TOK.finditer(text, lo, hi)`` finds them."""
    # (One comprehension over the matches costs less than findall with a str.find per token for its
    # start: callgrind, the windows of 60 AllSides articles, 1.62M -> 1.44M instructions per article.)
    return [(m.start(), m.end(), m[0]) for m in _TOK.finditer(text, lo, hi)]


def _is_word(tok: str) -> bool:
    return tok[0].isalnum() or tok[0] == "$"


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])")
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_NOT_NP_START = {"in", "on", "at", "as", "when", "while", "if", "to", "given", "after", "before", "during", "since",
                 "by", "with", "from", "for", "despite", "amid", "though", "although", "because", "once", "unless",
                 "keeps", "kept", "so", "but", "and", "or", "yet", "then", "now", "still", "whenever", "why", "how",
                 "whether", "where"}
_LINKS = {"for", "of", "and", "at"}


_AFTER_QUOTE = (",\u201d", "\u201d", '"', ",")


def _trim_period(text: str, span: Mention) -> Mention:
    """Drop a sentence-final period glued to the last word ("the Department.")."""
    s, e = span
    if e - s > 1 and text[e - 1] == "." and e - 1 - s >= 1:
        word_start = max(text.rfind(" ", s, e - 1), s - 1) + 1
        word = text[word_start:e - 1]
        if len(word) > 3 and "." not in word:
            return (s, e - 1)
    return span


def _np_left(toks: List[Tuple[int, int, str]], i: int) -> Optional[Mention]:
    first = _np_left_first(toks, i)
    return None if first is None else (toks[first][0], toks[i][1])


def _np_left_first(toks: List[Tuple[int, int, str]], i: int) -> Optional[int]:
    """Index of the first token of the noun phrase ending at token ``i``, or None."""
    lex = lexicon()
    k = i
    while k >= 0 and i - k < 9:
        w = toks[k][2]
        lw = w.lower()
        if not _is_word(w) and w not in ("'s", "\u2019s", "-", "&", "."):
            break
        if w == "-" and k > 0 and toks[k - 1][2].isupper() and len(toks[k - 1][2]) > 1:
            break  # "PARIS - Marine Le Pen said": a dateline is no part of the subject
        if w in _RESIDUE_WORDS:
            break  # "Image caption Mr Trump said", "Hide Caption 3 of 12": a web page's residue
        if lw in _LINKS and k < i and toks[k + 1][2][:1].isupper() and k > 0 and _is_word(toks[k - 1][2]):
            k -= 1  # "a spokesman for Immigration and Customs Enforcement"
            continue
        if (lw in lex.boundaries or lw in lex.between) and not w[0].isupper():
            break
        if lw in lex.cues and not w[0].isupper() and k != i:
            break
        if lw in lex.pronouns and k != i:
            break  # "put it bluntly": a pronoun object ends the subject
        if lw == "that" and k < i and _opens_clause_subject(toks[k + 1][2], lex):
            break  # "note that the Supreme Court ruled", "the fact that Trump said": "that" opens a clause
        k -= 1
    if k == i:
        return None
    # A sentence-initial preposition or subordinator ("In", "When", "Given") is no subject,
    # but a capitalised word right after a quotation is a name ('"...," From said').
    first = k + 1
    while first <= i and toks[first][2].lower() in _NOT_NP_START and not (
            toks[first][2][0].isupper() and first > 0 and toks[first - 1][2] in _AFTER_QUOTE):
        first += 1
    if first > i:
        return None
    return first


def _opens_clause_subject(w: str, lex: "Any") -> bool:
    """Whether ``w`` can open the subject of a clause after "that" (not a verb: "a union that has ...")."""
    return w[:1].isupper() or (w.lower() in _DETERMINERS and w.lower() != "that") or w.lower() in lex.pronouns


def _possessive(tok: str) -> bool:
    """ "Sanders'", "Trump's": a capitalised possessive opens a description, not a name."""
    return tok[:1].isupper() and tok.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _skip_parenthetical(toks: List[Tuple[int, int, str]], i: int) -> int:
    """Index before a "(D-Mo.)" or "(R)" tag that ends at ``i``, else ``i``."""
    if i >= 0 and toks[i][2] == ")":
        j = i - 1
        while j >= 0 and i - j < 8 and toks[j][2] != "(":
            j -= 1
        if j >= 0 and toks[j][2] == "(":
            return j - 1
    return i


_TIME_PREP = {"on", "in", "last", "this", "early", "late", "earlier", "later", "next", "just", "since", "until"}
_TIME_NOUNS = {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "today",
               "yesterday", "now", "ago", "time"}


_FLOATING = {"both", "all", "each"}


def _skip_adverbials(toks: List[Tuple[int, int, str]], i: int) -> int:
    """Step left over auxiliaries, -ly adverbs and time phrases ("on Tuesday", "last week")."""
    lex = lexicon()
    while i >= 0:
        w = toks[i][2]
        lw = w.lower()
        if w[0].isupper() and i > 0 and toks[i - 1][2] in _AFTER_QUOTE:
            break  # '"...," Will wrote': a capitalised word right after a quotation is a name
        if lw in lex.between or (lw.endswith("ly") and w.islower() and lw not in LY_NOT_ADVERBS) or lw in _TIME_NOUNS:
            i -= 1
        elif w in _FLOATING and i > 0 and (_is_word(toks[i - 1][2]) or toks[i - 1][2] == ")"):
            i -= 1  # "Trump and Sanders have both argued", "They all said": a quantifier after its subject
        elif w in _TIME_WORDS and w not in ("But", "And", "So", "Yet", "However", "Then", "Still", "Also", "Now") \
                or (w.isdigit() and len(w) in (1, 2, 4)):
            i -= 1
            while i >= 0 and toks[i][2].lower() in _TIME_PREP:
                i -= 1
        elif lw in _TIME_PREP and i + 1 < len(toks):
            i -= 1
        else:
            break
    return i


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "you"}


def mention_before(text: str, lo: int, cue_start: int) -> Optional[Mention]:
    """The subject noun phrase ending right before ``cue_start`` (after ``lo``)."""
    lex = lexicon()
    toks = _tokens(text, max(lo, cue_start - _WINDOW), cue_start)
    i = _skip_adverbials(toks, len(toks) - 1)
    if i < 0:
        return None
    if toks[i][2].lower() in ("who", "which"):
        return (toks[i][0], toks[i][1])  # "the department, which said": the relative pronoun
    end = i
    i = _skip_parenthetical(toks, i)
    if i > 0 and toks[i][2] in ("-", "\u2014", "\u2013") and toks[i - 1][2] in ("-", "\u2014", "\u2013", ")") or \
            i >= 0 and toks[i][2] in ("\u2014", "\u2013"):
        # "Kall -- co-editor of a book on the debates -- said": a dashed apposition.
        j = i
        while j >= 0 and toks[j][2] in ("-", "\u2014", "\u2013"):
            j -= 1
        k = j
        while k >= 0 and j - k < 30 and toks[k][2] not in ("\u2014", "\u2013", ".", ";", ":") and \
                not (toks[k][2] == "-" and k > 0 and toks[k - 1][2] == "-"):
            k -= 1
        if k > 0 and toks[k][2] in ("-", "\u2014", "\u2013"):
            while k >= 0 and toks[k][2] in ("-", "\u2014", "\u2013"):
                k -= 1
            whole = _np_left(toks, k) if k >= 0 and _is_word(toks[k][2]) else None
            if whole is not None:
                return (whole[0], toks[j][1])
        return None
    if i >= 0 and toks[i][2] == ",":
        # "X, the mayor of Y, said": skip an appositive back to X.
        j = i - 1
        while j >= 0 and toks[j][2] not in (",", ".", ";", ":", "\u201c", "\u201d", '"') and i - j < 32:
            j -= 1
        if j <= 0 or toks[j][2] != "," or i - j < 2:
            return None
        first = toks[j + 1][2]
        if first.lower() in ("who", "which") and j >= 2 and toks[j - 1][2].isdigit() and toks[j - 2][2] == ",":
            j -= 2  # "Woodrow Benford, 58, who lives outside Minneapolis, says": an age before the clause
        # "A lawyer for the outlets, David Schulz, said": a name in apposition to a description.
        k0 = j - 1
        while k0 >= 0 and toks[k0][2] not in (",", ".", ";", ":", "\u201c", "\u201d", '"', "'") and j - k0 < 10:
            k0 -= 1
        # ("Mr. Trump's former campaign manager, Corey Lewandowski, said": the possessive may follow a name.)
        if first[0].isupper() and k0 + 1 < j and (toks[k0 + 1][2].lower() in _DETERMINERS
                                                  or any(_possessive(t[2]) for t in toks[k0 + 1:min(j, k0 + 4)])) and \
                not any(t[2].lower() in lex.cues for t in toks[k0 + 1:j]):
            return (toks[k0 + 1][0], toks[end - 1][1] if toks[end][2] == "," else toks[end][1])
        if not (first.lower() in _DETERMINERS or first.lower() in ("who", "which") or first[0].islower()
                or any(_possessive(t[2]) for t in toks[j + 1:min(i, j + 4)]) and j + 2 < i
                # "Jeff Weaver, Sanders' campaign manager, said" / "Christie, New Jersey's governor, said"
                or first.lower() in lex.titles or _PARTY_TAG.match(first) or first[0].isdigit()
                # "Chris Covert, South Carolina director for Sanders, said": a lower-case title inside
                or any(t[2] in lex.titles for t in toks[j + 2:i]) and not any(t[2] in lex.cues for t in toks[j + 1:i])
                or first in ("Democrat", "Republican", "Independent", "Libertarian")):
            return None
        whole = _np_left(toks, _skip_parenthetical(toks, j - 1))
        if whole is None:
            return None
        return (whole[0], toks[end - 1][1] if toks[end][2] == "," else toks[end][1])
    if i < 0 or not _is_word(toks[i][2]):
        return None
    if toks[i][2].lower() in _SUBJECT_PRONOUNS and i > 0 and toks[i - 1][2][:1].islower():
        # "the policy points he hopes to see", "a state that she hoped": the pronoun is the subject.
        return (toks[i][0], toks[i][1])
    np_first = _np_left_first(toks, i)
    if np_first is None:
        return None
    np_ = (toks[np_first][0], toks[i][1])
    # "One of the doctors who signed the letter called ...": the subject sits before the relative clause.
    if np_first >= 2 and toks[np_first - 1][2] in ("who", "that") and toks[np_first][2][:1].islower() \
            and not (toks[np_first - 1][2] == "that" and _opens_clause_subject(toks[np_first][2], lex)):
        outer = _np_left(toks, np_first - 2)
        if outer is not None:
            return _trim_period(text, (outer[0], toks[end][1]))
    return _trim_period(text, (np_[0], toks[end][1]))


_PREPOSITIONS = {"though", "although", "if", "because", "unless", "whether", "once", "on", "in", "at", "after", "before", "during", "since", "by", "for", "with", "from", "over", "under", "as", "while", "when", "following", "despite", "amid",
                 "like", "unlike", "ahead"}
_TIME_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
               "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
               "Now", "Then", "Today", "Yesterday", "Still", "Also", "But", "And", "So", "Yet", "However"}


def mention_after(
    text: str, cue_end: int, hi: int, apposition_ends: str = ",.;", lowercase: bool = False
) -> Optional[Mention]:
    """The noun phrase right after an inverted cue ("said Smith", "according to the FBI").

    ``lowercase`` admits phrases like "police" or "exit polls" (after "according to").
    """
    lex = lexicon()
    toks = _tokens(text, cue_end, min(hi, cue_end + _WINDOW))
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if first.endswith(".") and first[:-1].lower() in _DETERMINERS:
        first = first[:-1]  # '"...," tweeted another.'
    described = False
    if first[0].islower() and not lowercase and first.lower() not in _DETERMINERS:
        # "said conservative activist Bob Klaus" / "said former Sen. Evan Bayh": lower-case
        # descriptor words before a name.
        # "said former Utah governor Michael Leavitt": up to 7 descriptor words, then a name
        # (two capitalised words in a row).
        n = 0
        named = False
        while n < len(toks) - 1 and n < 7 and _is_word(toks[n][2]):
            w = toks[n][2]
            if w[0].islower() and (w.lower() in lex.boundaries or w.lower() in lex.cues
                                   or w.lower() in _NOT_NP_START or w.lower() in lex.pronouns) \
                    and not (n and w in ("of", "for")):
                break  # "said former secretary of state Jane Hale": "of" inside a descriptor goes on
            if w[0].isupper() and toks[n + 1][2][:1].isupper() and _is_word(toks[n + 1][2]) \
                    and not w.endswith("."):
                named = True
                break
            n += 1
        if not named or n == 0:
            return None
        lowercase = described = True  # admit the descriptor words; the name follows
    if not (first[0].isupper() or first[0].isdigit() or first.lower() in _DETERMINERS or lowercase) \
            or first.lower() in ("that", "this"):
        return None
    if lowercase and first.lower() in lex.boundaries:
        return None
    if first in _TIME_WORDS:
        return None
    end = 0
    for n, (s, e, w) in enumerate(toks):
        if n >= 8 or not (_is_word(w) or w in ("'s", "\u2019s", "-", "&")):
            break
        if n and w.lower() in lex.boundaries and not w[0].isupper() and w.lower() not in ("of", "for"):
            break
        if n and w[0].islower() and w.lower() in lex.cues:
            break
        if n and lowercase and not described and w[0].islower() and toks[n - 1][2][0].isupper() \
                and w.lower() not in ("of", "for"):
            break
        end = n + 1
    if not end:
        return None
    while end > 1 and toks[end - 1][2].lower() in ("of", "for", "the", "a", "an"):
        end -= 1
    last = end - 1
    # "said Jane Doe, the mayor of Springfield": keep the apposition with the name.
    if end + 1 < len(toks) and toks[end][2] == "," and (toks[end + 1][2].lower() in _DETERMINERS
                                                         or toks[end + 1][2].lower() in lex.titles):
        k = end + 1
        while k < len(toks) and k - end < 14 and (_is_word(toks[k][2]) or toks[k][2] in ("'s", "\u2019s", "-", "&")):
            k += 1
        if k > end + 1 and k < len(toks) and toks[k][2] in apposition_ends and k - end <= 10:
            last = k - 1
        elif k > end + 1 and k >= len(toks) and "." in apposition_ends:
            last = k - 1
    return _trim_period(text, (toks[0][0], toks[last][1]))


_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
# One capitalised word ("Vargas", "Doña", "O'Brien", "McConnell", "Smith-Jones") or an initial ("J.").
# (The look-behind sits after the first capital, so that ``re`` can skip ahead to the next capital
# instead of trying the whole pattern at every position.)
_CAP_WORD = re.compile(
    rf"[{_UP}](?<![\w.'\u2019-].)(?:(?:['\u2019][{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
    rf"|\.)(?!\w)"
)
# A lower-case particle inside a name ("Bill de Blasio", "Hans von Spakovsky", "Osama bin Laden").
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_CAP_RUN = re.compile(rf"{_CAP_WORD.pattern}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_CAP_WORD.pattern})*")
_SPACE = re.compile("[ \u00a0]")
_FULL_NAME = re.compile(
    rf"(?<!\w)[{_UP}][{_LOW}]+(?:[ \u00a0][{_UP}]\.)?[ \u00a0][{_UP}](?:['\u2019][{_UP}])?[{_LOW}]+"
    rf"(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?(?!\w)"
)
_HONORIFIC_NAME = re.compile(rf"(M(?<!\wM)(?:r|rs|s|iss))\.?[ \u00a0]+([{_UP}](?:['\u2019][{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?)")
# he/his/him/she/her as a word. (Written to open with a character class, so that ``re`` skips ahead to
# the next h or s instead of trying the pattern at every position; the look-behinds stand for ``\b``.)
_GENDERED_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is|im|er)|(?<=[Ss])he)\b")
_SENTENCE_END = re.compile(r"[.?!][\"\u201d'\u2019]?[ \u00a0\n]")
_QUOTE_MARK = re.compile("[\u201c\u201d\"]")


def _first_quote_mark(text: str, lo: int, hi: int) -> int:
    """Where ``_QUOTE_MARK.search(text, lo, hi)`` matches, or -1 (three ``str.find`` calls, which
    skip ahead faster than ``re`` tries a character class at each position)."""
    found = [i for i in (text.find("\u201c", lo, hi), text.find("\u201d", lo, hi), text.find('"', lo, hi)) if i >= 0]
    return min(found) if found else -1


_HISTORY = 8
# Head nouns of an unnamed organisation speaker ("the city's budget office", "the state health department").
_ORG_HEADS = {
    "office", "department", "agency", "bureau", "ministry", "commission", "committee", "council", "board",
    "service", "administration", "campaign", "company", "firm", "court", "government", "authority", "union",
    "association", "institute", "center", "centre", "university", "party", "organization", "organisation",
    "foundation", "coalition", "network", "newspaper", "embassy", "legislature", "corporation", "group",
}
# Words that open a capitalised run but are not a first name ("But Benton", "For Trump", "Said Ellis").
_NOT_FIRST = {"however", "meanwhile", "unlike", "like", "former", "dear", "asked", "told", "according", "following",
              "here", "there", "thus", "yes", "no", "not", "why", "how", "what", "where", "who", "whose", "all"}


def _opens_sentence(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \u00a0\u201c\"":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


@lru_cache(maxsize=None)
def first_names() -> Dict[str, str]:
    """First name -> "male"/"female", learned by ``scripts/train_quotes_names.py`` (see the model card)."""
    data = load_data("first_names.json")
    return {k: v["gender"] for k, v in data["names"].items()}


# Words of web-page residue around photos and videos ("Image caption", "Image copyright AFP", "Hide Caption 3
# of 12", "JUST WATCHED", "CLOSE"), which neither open a speaker's noun phrase nor end a name.
_RESIDUE_WORDS = frozenset({"Caption", "caption", "copyright", "WATCHED", "WATCH", "CLOSE"})
_RESIDUE_STARTS = ("Hide Caption", "Image caption", "Image copyright", "Media caption", "JUST WATCHED", "MUST WATCH")


@lru_cache(maxsize=None)
def _stop_words() -> FrozenSet[str]:
    lex = lexicon()
    return frozenset(lex.boundaries | lex.cues | frozenset(lex.pronouns) | _NOT_NP_START | _PREPOSITIONS
                     | _DETERMINERS | {w.lower() for w in _TIME_WORDS} | _NOT_FIRST)


class _Run(NamedTuple):
    """A run of capitalised words ("Doña Ana County Sheriff Ray Benton") and the person name it ends with."""

    start: int
    end: int
    name: Optional[str]
    last: str  # the run's last word, lower-cased
    initial: bool  # whether the run opens a sentence
    before: str  # the word right before the name ("spokeswoman", "councilman"), lower-cased


# ``_Run(...)`` runs the Python-level ``__new__`` of a NamedTuple; ``tuple.__new__`` builds the same value in C.
_new_run = tuple.__new__


# Where the words before a name stop describing it: punctuation, or a sentence end (not "Sen. ").
_DESCRIPTOR_BREAK = re.compile(r"[;:\n\"\u201c\u201d()\u2014]|--|(?:(?<=[a-z]{3})|(?<=[0-9]))[.?!]\s+")
# The name after a title: capitalised words and initials on the same line ("Mayor Jane Q. Doe"),
# never across a sentence end or a paragraph break.
_TITLED_NAME = re.compile(
    rf"[ \u00a0]+((?:(?:[{_UP}][\w'\u2019-]*|[{_UP}]\.|{_PARTICLE})[ \u00a0]+){{0,2}}[{_UP}][\w'\u2019-]+)"
)
# Sentence-initial modifiers of a title that newsnlp.people would read as a name.
_CAPITALISED_MODIFIERS = {"Former", "Then", "Acting", "Retired", "Outgoing", "Incoming", "Longtime", "Veteran"}
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b")


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` across spaces ("Spokeswoman" of "Spokeswoman Robin Hale"), lower-cased."""
    j = pos
    while j > 0 and pos - j < 30 and text[j - 1] in " \u00a0":
        j -= 1
    if j == pos:
        return ""
    i = j
    while i > 0 and j - i < 30 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j].lower()


def _runs(text: str) -> List[_Run]:
    lex = lexicon()
    org_words, titles = lex.org_words, lex.titles
    stop = _stop_words()
    out: List[_Run] = []
    append = out.append
    for run in _CAP_RUN.finditer(text):
        # Capitalised words separated by one space each; word k starts at run start + the
        # lengths of the words before it plus their separators. (The run holds no other
        # white space than its single separators, so str.split() splits it as _SPACE does.)
        words = run[0].split()
        last = words[-1]
        last_low = last.lower()
        if last[-1] == "." or last_low in stop or last in _RESIDUE_WORDS:
            continue
        run_start = run.start()
        name: Optional[str] = None
        before = ""
        k = len(words) - 2
        middle = ""
        if k >= 1 and ((len(words[k]) == 2 and words[k][1] == ".") or words[k] in _PARTICLES):
            middle, k = words[k], k - 1  # "John Q. Public", "Bill de Blasio"
        if k >= 0 and words[k][-1] != "." and words[k].lower() not in stop:
            parts = [words[k], middle, last] if middle else [words[k], last]
            for p in parts:
                if p in org_words or p.lower() in titles:
                    if p is words[k] and not middle and words[k].lower() in titles and last not in org_words:
                        name = last  # "President Trump", "Mayor Berry": a title and a surname name a person
                    break
            else:
                name = " ".join(parts)
                at = run_start + sum(map(len, words[:k])) + k
                # Only a word in -man/-woman before the name is ever looked at (_title_gender).
                if text[at - 2:at] == "n " or text[at - 1:at] in ("n", "\u00a0"):
                    before = _word_before(text, at)
        j = run_start - 1
        while j >= 0 and text[j] in " \u00a0\u201c\"":
            j -= 1
        append(_new_run(_Run, (run_start, run.end(), name, last_low, j < 0 or text[j] in ".!?\n", before)))
    return out


# Military ranks, which the people gazetteer (civil titles) does not list.
_RANKS = {"gen": "General", "lt": "Lieutenant", "maj": "Major", "col": "Colonel", "capt": "Captain",
          "sgt": "Sergeant", "adm": "Admiral", "cmdr": "Commander", "cpl": "Corporal", "pvt": "Private",
          "brig": "Brigadier"}
_MILITARY_RANK = re.compile(r"(?<![\w.])(?:Lt\.?\s+|Brig\.?\s+|Maj\.?\s+)?(Gen|Lt|Maj|Col|Capt|Sgt|Adm|Cmdr|Cpl|Pvt|Brig)"
                            r"\.\s+(?=[A-Z])")
# The lower-case head noun of an organisation that a person's name can modify ("the Trump campaign", "Sanders'
# campaign"). (Only whether it occurs is asked, so the possessive before it need not be matched; opening
# with one white-space character, the pattern is tried only after white space.)
_ORG_HEAD_AFTER = re.compile(r"\s\s*(?:campaign|administration|camp|foundation|organization|team|"
                             r"transition team|White House)\s*[.,]?\Z")
_POSSESSIVE_END = re.compile(r"['\u2019]s?\Z")
_DETERMINER_START = re.compile(r"\A(?:[Tt]he|[Aa]n?)\s+")
# A person named by party and maybe state or trait: "the Kentucky Republican", "the Democrat", "the first-term
# Republican" (lower case).
_PARTY_EPITHET = re.compile(r"the\s+(?:[\w.'\u2019-]+\s+){0,2}(?:republican|democrat|independent)")
_PARTY_APPOSITIVE = re.compile(rf",[ \u00a0]+an?[ \u00a0]+(?:[{_UP}][\w.]*[ \u00a0]+){{0,2}}(?:Republican|Democrat|Independent)"
                               rf"(?:[ \u00a0]+from[ \u00a0]+[{_UP}][\w.]*(?:[ \u00a0]+[{_UP}][\w.]*)?)?")
# Title mentions that describe no one title holder: a quantifier first ("a senator", "one Democratic
# governor", "several mayors", "this president") or a plural last word ("Republican senators"; lower case).
_NOT_ONE_HOLDER = re.compile(r"(?:an?|one|two|three|four|five|several|some|many|other|another|every|each|both|"
                             r"all|no|few|most|this|that)\s|.*[^s'\u2019]s\Z")


def _possessive_of(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` as a possessive ("Trump's", "Sanders'")."""
    return any(w in text for w in (name + "'s", name + "\u2019s", name + "' ", name + "\u2019 "))


@lru_cache(maxsize=1024)
def _full_title(raw: str) -> Optional[str]:
    """The title written before a name in full and lower case, as a later "the governor" gives it
    ("Gov." -> "governor", "Rep." -> "representative"); None when it is the same or a plural ("Sens.")."""
    bare = raw.lower().rstrip(".")
    title = parse_descriptor(raw).title
    full = title.lower() if title else None
    if full is None or full == bare or (bare.endswith("s") and not full.endswith("s")):
        return None
    return full


# Who a pronoun may refer to: (name, title, organization, place, party) of a :class:`Speaker`, without the
# mention span, which the pronoun's speaker takes from the pronoun. (A tuple is far cheaper to build.)
_Person = Tuple[Optional[str], Optional[str], Optional[str], Optional[str], Optional[str]]


def _person(sp: Speaker) -> _Person:
    return (sp.name, sp.title, sp.organization, sp.place, sp.party)


class Resolver:
    """Turns mentions into :class:`Speaker` values, remembering who was named.

    Pronouns go to the most recent person (or, for they/it, group) speaker whose
    gender agrees, with the subject of the latest sentence favoured; a bare
    surname or a title ("the attorney general") goes to the person earlier named
    with it. A person's gender comes from an honorific (Mr./Ms.), a gendered
    title (spokeswoman) before the name or in the mention, the article's own pronouns after a sentence the person
    opens, or the learned first-name table, in that order.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_surname: Dict[str, str] = {}
        self._surnamed: Dict[str, List[str]] = {}  # surname -> the full names seen with it, in order
        self.by_title: Dict[str, str] = {}
        self.last_person: Optional[Speaker] = None
        self.last_any: Optional[Speaker] = None
        self.last_group: Optional[Speaker] = None
        self._history: List[_Person] = []
        self._titled: List[Tuple[int, str, Optional[str], str, int]] = []
        for start, end in title_spans(text):
            rest = _TITLED_NAME.match(text, end, end + 60)
            if rest:
                raw, name = text[start:end], rest.group(1)
                if name.count(" ") >= 2:
                    # "Attorney General Jeff Sessions On Monday": the name the descriptor parser reads
                    parsed = parse_descriptor(f"{raw} {name}").name
                    if parsed and " " in parsed and name.startswith(parsed):
                        name = parsed
                name = _POSSESSIVE_END.sub("", name)
                self._titled.append((start, raw.lower().rstrip("."), _full_title(raw), name, rest.end()))
        self._titled_i = 0
        self._title_at: Dict[str, Tuple[int, int]] = {}  # where a name last followed its title: title start, name end
        # Capitalised runs in order, so "Sullivan" can become "Kevin Sullivan" and a
        # pronoun can fall back on the last person who opened a sentence.
        self._named = _runs(text)
        self._named_i = 0
        # Who was described how: the descriptor fields of a person's fullest mention so
        # far ("Republican Albuquerque Mayor Richard Berry"), for "Berry said" later on.
        self._described: Dict[str, Tuple[Optional[str], Optional[str], Optional[str], Optional[str]]] = {}
        self._run_spans: Dict[str, Tuple[int, int]] = {}
        self.last_subject: Optional[Tuple[int, str]] = None
        self._last_person_at = -1
        # The article's evidence of gender, read when ``gender`` first needs it (in about a fifth of
        # articles no pronoun asks): honorifics and gendered titles, then the pronoun votes.
        self._surname_gender: Optional[Dict[str, Optional[str]]] = None
        self._title_gender: Dict[str, str] = {}
        self._votes: Optional[Dict[str, List[int]]] = None

    def _honorifics_and_titles(self) -> Tuple[Dict[str, Optional[str]], Dict[str, str]]:
        """Surname -> gender from "Mr."/"Ms." before it (None when both occur), and name -> gender from a
        gendered title right before it ("Spokeswoman Robin Hale", "councilman Dale Ruiz")."""
        surname_gender: Dict[str, Optional[str]] = {}
        for m in _HONORIFIC_NAME.finditer(self.text):
            g = _HONORIFIC_GENDER[m.group(1).lower()]
            key = m.group(2).lower()
            surname_gender[key] = g if surname_gender.get(key, g) == g else None
        title_gender: Dict[str, str] = {}
        for r in self._named:
            if r.name and r.before.endswith(("woman", "man")) and r.before != "human":
                title_gender.setdefault(r.name, "female" if r.before.endswith("woman") else "male")
        return surname_gender, title_gender

    def _pronoun_votes(self) -> Dict[str, List[int]]:
        """Votes from the article: a sentence a person opens, then the first he/his or she.

        The pronoun is looked for up to the end of the next sentence, before any
        quotation mark, and only when no other person is named in between.
        """
        text = self.text
        runs = self._named
        surnames: Dict[str, str] = {}
        for r in runs:
            if r.name:
                surnames.setdefault(r.last, r.name)
        votes: Dict[str, List[int]] = {}
        for n, r in enumerate(runs):
            if not r.initial:
                continue
            who = r.name or surnames.get(r.last)
            if who is None:
                continue
            hi = min(len(text), r.end + 400)
            ends = 0
            for m in _SENTENCE_END.finditer(text, r.end, hi):
                ends += 1
                if ends == 2:
                    hi = m.end()
                    break
            q = _first_quote_mark(text, r.end, hi)
            if q >= 0:
                hi = q
            p = _GENDERED_PRONOUN.search(text, r.end, hi)
            if p is None or p.group().lower() in ("him", "her"):
                continue  # an object ("scolded him") is usually someone else; "her" may be one
            other = False
            for r2 in runs[n + 1:n + 12]:
                if r2.start >= p.start():
                    break
                who2 = r2.name or surnames.get(r2.last)
                if who2 is not None and who2.split()[-1] != who.split()[-1]:
                    other = True
                    break
            if other:
                continue
            v = votes.setdefault(who, [0, 0])
            v[0 if p.group().lower() in ("he", "his", "him") else 1] += 1
        return votes

    def gender(self, name: Optional[str], title: Optional[str] = None) -> Optional[str]:
        """"male", "female" or None (unknown) for a person named in this article."""
        if not name:
            return None
        parts = name.split()
        if self._surname_gender is None:
            self._surname_gender, self._title_gender = self._honorifics_and_titles()
        g = self._surname_gender.get(parts[-1].lower())
        if g:
            return g
        g = self._title_gender.get(name)
        if g:
            return g
        if title:
            tl = title.lower()
            if tl.endswith("woman"):
                return "female"
            if tl.endswith("man") and tl != "human":
                return "male"
        if self._votes is None:
            self._votes = self._pronoun_votes()
        v = self._votes.get(name)
        if v and v[0] != v[1]:
            return "male" if v[0] > v[1] else "female"
        if len(parts) >= 2:
            return first_names().get(parts[0])
        return None

    def _learn_until(self, pos: int) -> None:
        named, i, by_surname = self._named, self._named_i, self.by_surname
        while i < len(named) and named[i].start < pos:
            r = named[i]
            name = r.name
            if name:
                if not _HONORIFIC.match(name):  # "Mr Roe" (no period) is a surname, not a full name
                    by_surname[r.last] = name  # (as ``_remember`` does: the name ends with the run's last word)
                    self._surnamed.setdefault(r.last, []).append(name)
                if name not in self._described and name not in self._run_spans:
                    self._run_spans[name] = (r.start, r.end)  # parsed when first needed
                if r.initial:
                    self.last_subject = (r.start, name)
                    self._history = (self._history + [(name, None, None, None, None)])[-_HISTORY:]
            elif r.initial and r.last in by_surname:
                self.last_subject = (r.start, by_surname[r.last])  # "Benton said ..."
            i += 1
        self._named_i = i
        while self._titled_i < len(self._titled) and self._titled[self._titled_i][0] < pos:
            at, title, full, name, after = self._titled[self._titled_i]
            self.by_title[title] = name
            self._title_at[name] = (at, after)
            if full is not None:
                self.by_title[full] = name  # "Gov. Jane Doe", then "the governor"
            self._remember(name)
            self._titled_i += 1

    def _remember(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2 and not (name[:1].islower() and parts[-1].lower() in self.by_surname):
            self.by_surname[parts[-1].lower()] = name  # ("de Blasio" after "Bill de Blasio" is him)
            self._surnamed.setdefault(parts[-1].lower(), []).append(name)

    def _by_surname(self, last: str, honorific: Optional[str], default: Optional[str] = None) -> Optional[str]:
        """The person last named with surname ``last``; after "Mr" the last man of that name, after "Mrs" or
        "Ms" the last woman ("Mr Trump" is not Melania Trump, named after him), when their first names tell."""
        name = self.by_surname.get(last, default)
        want = _HONORIFIC_GENDER.get(honorific.rstrip(". ").lower()) if honorific else None
        if want is None or name is None:
            return name
        for cand in reversed(self._surnamed.get(last, ())):
            if self._full_name_gender(cand) in (None, want):
                return cand
        return name

    def _full_name_gender(self, name: str) -> Optional[str]:
        """The gender of a full name from its first name, else from the pronouns that follow it here."""
        g = first_names().get(name.split()[0])
        if g is None:
            if self._votes is None:
                self._votes = self._pronoun_votes()
            v = self._votes.get(name)
            if v and v[0] != v[1]:
                g = "male" if v[0] > v[1] else "female"
        return g

    def _describe(self, sp: Speaker) -> Speaker:
        """``sp`` with the title, organisation, place and party it lacks taken from the
        person's earlier descriptor, and that descriptor updated with what ``sp`` says."""
        name = sp.name
        if not name or len(name.split()) < 2:
            return sp
        known = self._described.get(name)
        if known is None:
            span = self._run_spans.pop(name, None)
            if span is not None:
                # The words before the run may belong to it ("Democratic state Sen. Maria Lopez").
                lo = max(0, span[0] - 60)
                brk = _DESCRIPTOR_BREAK.search(self.text, lo, span[0])
                while brk is not None:
                    lo = brk.end()
                    brk = _DESCRIPTOR_BREAK.search(self.text, lo, span[0])
                # ... and so may a party appositive after it ("Sen. Jane Roe, a Democrat from Ohio")
                appositive = _PARTY_APPOSITIVE.match(self.text, span[1])
                d = parse_descriptor(self.text[lo:appositive.end() if appositive else span[1]])
                if d.name == name:
                    known = (d.title, d.organization, d.place, d.party)
        mine = (sp.title, sp.organization, sp.place, sp.party)
        if known is None:
            if any(mine):
                self._described[name] = mine
            return sp
        merged = tuple(a if a is not None else b for a, b in zip(mine, known))
        self._described[name] = merged  # type: ignore[assignment]
        if merged == mine:
            return sp
        return Speaker(name, sp.start, sp.end, *merged)

    def _pronoun(self, gender: str, s: int, e: int) -> Speaker:
        if gender in ("male", "female"):
            cands: List[_Person] = []
            if self.last_subject is not None and self.last_subject[0] > self._last_person_at:
                subj = self.last_subject[1]
                cands.append((self.by_surname.get(subj.split()[-1].lower(), subj), None, None, None, None))
            if self.last_person is not None:
                cands.append(_person(self.last_person))
            cands.extend(reversed(self._history))
            for name, title, organization, place, party in cands:
                g = self.gender(name, title)
                if g is None or g == gender:
                    return self._describe(Speaker(name, s, e, title, organization, place, party))
            return Speaker(None, s, e)
        if gender == "self":
            ref = self.last_person
        elif gender in ("plural", "neuter") and self.last_any is not None and self.last_any is self.last_person:
            ref = self.last_group  # "they"/"it" is no single person
        else:
            ref = self.last_any
        if ref is None:
            return Speaker(None, s, e)
        return Speaker(ref.name, s, e, ref.title, ref.organization, ref.place, ref.party)

    def _title_context(self, name: str, default: str) -> str:
        """The sentence around the title and name of the holder ``name`` was learnt from ("Indiana Gov. Mitch
        Daniels", "Sen. John Cornyn (R-Texas)"), where a place of theirs is written; ``default`` when unknown."""
        if name not in self._title_at:
            return default
        at, after = self._title_at[name]
        text = self.text
        lo, hi = max(0, at - 40), text.find(". ", after, after + 40)
        return text[max(lo, text.rfind(". ", lo, at) + 1):hi if hi >= 0 else after + 40]

    def _by_party(self, party: str, place: Optional[str], s: int, e: int) -> Optional[str]:
        """The person an epithet ("the Kentucky Republican", "the Democrat") stands for: the latest of the
        recent speakers and people named whose party (and place, when the epithet gives one) it is."""
        seen = set()
        for name, title, organization, their_place, their_party in reversed(self._history):
            if not name or name in seen or len(name.split()) < 2:
                continue
            seen.add(name)
            known = self._describe(Speaker(name, s, e, title, organization, their_place, their_party))
            if known.party == party and (place is None or known.place == place):
                return name
        return None

    @staticmethod
    def _names_another(surface: str, d: Descriptor) -> bool:
        """Whether a title mention the parser found no name in still names someone ("Gov.-elect Tony Evers",
        "the Southern Coalition for Social Justice"), so that it is not the holder of the title named earlier;
        its title, place and party ("The Vice President", "The New Jersey governor") and a body ("a Republican
        Congress") name no one."""
        org_words = lexicon().org_words
        known = " ".join(filter(None, (d.title, d.place, d.party, d.organization, "the"))).lower().split()
        return any(m.group().rsplit(None, 1)[-1] not in org_words
                   and not all(w in known for w in m.group().lower().split())
                   for m in _FULL_NAME.finditer(surface))

    def _relative(self, s: int, e: int) -> Speaker:
        """ "Braynard, a South Carolina native who writes": "who" takes its antecedent's name."""
        text = self.text
        end = s
        while end > 0 and s - end < 4 and text[end - 1] in " ,\u00a0":
            end -= 1
        if end == s or end == 0 or not (text[end - 1].isalnum() or text[end - 1] in ")."):
            return Speaker(None, s, e)
        ante = mention_before(text, max(0, end - _WINDOW), end)
        if ante is None or ante[1] != end or not any(c.isupper() for c in text[ante[0]:ante[1]]):
            return Speaker(None, s, e)
        ref = self.speaker(ante)
        if not ref.name:
            return Speaker(None, s, e)
        return Speaker(ref.name, s, e, ref.title, ref.organization, ref.place, ref.party)

    def speaker(self, mention: Mention) -> Speaker:
        s, e = mention
        self._learn_until(s)
        surface = self.text[s:e]
        if surface.startswith(_RESIDUE_STARTS):
            return Speaker(None, s, e)  # "Hide Caption 1 of 11 Photos: ...": a web page's residue names no one
        low = surface.lower()
        lex = lexicon()
        gender = lex.pronouns.get(low)
        if gender is not None:
            return self._pronoun(gender, s, e)
        if low == "who":
            return self._relative(s, e)
        # Honorifics carry no title; parse "Mr. Obama" as "Obama".
        hm = _HONORIFIC.match(surface)
        core = surface[hm.end():] if hm else surface
        rel = _RELATIVE.search(core)
        if rel is not None and rel.start() > 0:
            core = core[:rel.start()]  # "Bernie Sanders, who endorsed Clinton on Tuesday": the name part
        first = core.split(" ", 1)[0]
        if first in _CAPITALISED_MODIFIERS:
            core = first.lower() + core[len(first):]  # "Former candidate Bernie Sanders" at a sentence start
        rank_title: Optional[str] = None
        rank = _MILITARY_RANK.search(core) if "." in core else None  # (a rank ends with its period)
        if rank is not None and _CAP_WORD.match(core, rank.end()):
            # "Retired Army Col. Lawrence Wilkerson": the rank is a title (the gazetteer lists civil ones only).
            rank_title = _RANKS[rank.group(1).lower()]
            before = parse_descriptor(core[:rank.start()].strip()) if core[:rank.start()].strip() else None
            core = core[rank.end():]
        d: Descriptor = parse_descriptor(core)
        if rank_title is not None and d.name:
            d = Descriptor(name=d.name, title=d.title or rank_title,
                           organization=d.organization or (before.organization if before else None),
                           place=d.place or (before.place if before else None), party=d.party, level=d.level)
        if _ORG_HEAD_AFTER.search(surface) and not d.organization:
            modifier = [_POSSESSIVE_END.sub("", w) for w in surface.split()[-2:-1]]
            if modifier and (d.name.split()[-1] == modifier[0] if d.name else _CAP_WORD.fullmatch(modifier[0])):
                # "the Trump campaign", "The Clinton campaign", "Sanders' campaign": a person's name modifying
                # an organisation's head noun.
                org = _DETERMINER_START.sub("", surface.rstrip(" .,"))
                d = Descriptor(name=None, title=None, organization=org, place=d.place, party=d.party, level=d.level)
        elif d.name and "," in core:
            lead, tail = core.rsplit(",", 1)
            tail_d = parse_descriptor(tail.strip())
            if tail_d.name and len(tail_d.name.split()) >= 2 and tail_d.name != d.name \
                    and _possessive_of(lead, d.name.split()[-1]):
                # "Trump's former campaign manager, Corey Lewandowski": the name in the possessive is
                # someone else's; the person is the one named in apposition.
                d = tail_d
        name = d.name
        person = bool(name)
        if not name and "," in surface:
            # "A lawyer for the outlets, David Schulz": the name can sit in either part.
            for part in surface.split(","):
                part_d = parse_descriptor(part.strip())
                if part_d.name:
                    name = part_d.name
                    person = True
                    d = Descriptor(name=name, title=d.title or part_d.title, organization=d.organization
                                   or part_d.organization, place=d.place or part_d.place,
                                   party=d.party or part_d.party, level=d.level or part_d.level)
                    break
        if not name and core.lower() in self.by_surname and _CAP_WORD.fullmatch(core):
            # "Benton said": a surname the parser reads as a place is still the person named earlier.
            name = self.by_surname[core.lower()]
            person = True
        elif name:
            parts = name.split()
            last = _TOK.findall(core)
            if len(parts) == 1 and last and last[-1][:1].islower() and core.startswith(parts[0] + " "):
                # "New polls show": a capitalised first word of a common noun phrase is no name.
                name = None
                person = False
            elif len(parts) == 1 or name[:1].islower():
                # A surname, also after a particle ("Mayor de Blasio"). The mention itself may hold the full
                # name ("His partner, Lawrence Cummings").
                full = [m.group() for m in _FULL_NAME.finditer(surface) if m.group().split()[-1] == parts[-1]
                        and not _HONORIFIC.match(m.group())]  # not "Dr Birx", a British honorific without a period
                name = full[-1] if full else self._by_surname(parts[-1].lower(), hm.group() if hm else None, name)
            else:
                self._remember(name)
        elif d.title and not _NOT_ONE_HOLDER.match(low) and not self._names_another(surface, d):
            name = self.by_title.get(low[4:] if low.startswith("the ") else low) or self.by_title.get(d.title.lower())
            if name and d.place and d.place not in self._title_context(name, d.place):
                name = None  # "the former Florida governor" is not the governor named with Indiana
        elif d.party and not d.title and not d.organization and _PARTY_EPITHET.fullmatch(low):
            name = self._by_party(d.party, d.place, s, e)
            person = name is not None
        if not name and d.organization:
            name = d.organization
        if not name and not d.title:
            head = _TOK.findall(surface)
            if head and head[-1].lower() in _ORG_HEADS and not PARTITIVE.match(surface):  # not "One of Trump's top campaign"
                name = surface.rstrip(" .,")  # "according to the city's budget office"
        sp = Speaker(name, s, e, d.title, d.organization, d.place, d.party)
        if person and name and any(w in lex.org_words for w in name.split()):
            person = False  # "Acme Corporation said": an organisation, whatever the parser thought
        if person:
            sp = self._describe(sp)
        if name and person:
            self.last_person = sp
            self._last_person_at = e
            self._history = (self._history + [_person(sp)])[-_HISTORY:]
        elif name and not person and d.title and name != d.organization:
            self.last_person = sp
            self._history = (self._history + [_person(sp)])[-_HISTORY:]
        else:
            self.last_group = sp
        self.last_any = sp
        return sp
