"""Porter stemming in pure Python, identical to NLTK's default ``PorterStemmer``.

The algorithm is M. F. Porter, "An algorithm for suffix stripping", *Program*
14(3), 1980, with the departures NLTK makes in its default ``NLTK_EXTENSIONS``
mode, so that ``stem(w) == nltk.stem.porter.PorterStemmer().stem(w)`` for
every string ``w``:

* the input is lower-cased first, and words of one or two characters are
  returned (lower-cased) without stemming;
* a few irregular forms map straight to a fixed stem (``skies`` -> ``sky``,
  ``dying`` -> ``die``, ``innings`` -> ``inning``, ``news`` -> ``news``, ...);
* step 1a turns a four-letter ``-ies`` word into ``-ie`` (``ties`` -> ``tie``),
  and step 1b does the same for ``-ied`` (``died`` -> ``die``, ``cried`` -> ``cri``);
* step 1c turns a final ``y`` into ``i`` only after a consonant that is not
  the word's first letter (``cry`` -> ``cri`` but ``by``, ``say`` unchanged);
* step 2 uses ``bli`` -> ``ble`` instead of ``abli`` -> ``able``, applies
  ``alli`` -> ``al`` first and re-runs, and adds ``fulli`` -> ``ful`` and
  ``logi`` -> ``log`` (whose measure counts the ``l``, so ``geologi`` -> ``geolog``);
* a two-letter stem made of a vowel and a consonant counts as ``*o`` (cvc).

The result is cached (``functools.lru_cache``): news vocabularies are small and
stemming sits on the hot path of summarisation and ROUGE.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence, Tuple

__all__ = ["stem"]

_VOWELS = frozenset("aeiou")
# A vowel and a consonant after it, in a word without "y" (a y's class depends on the letter before it).
_VOWEL_CONSONANT = re.compile("[aeiou][^aeiou]")

# Irregular forms NLTK maps directly to a stem, before any rule runs.
_IRREGULAR = {
    "skies": "sky",
    "sky": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "news": "news",
    "innings": "inning",
    "inning": "inning",
    "outings": "outing",
    "outing": "outing",
    "cannings": "canning",
    "canning": "canning",
    "howe": "howe",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}

_Condition = Optional[Callable[[str], bool]]
_Rule = Tuple[str, str, _Condition]


def _consonants(word: str) -> list[bool]:
    """Flag each letter as consonant (True) or vowel (False), Porter's way.

    A ``y`` is a consonant at the start of a word or after a vowel, and a vowel
    after a consonant; every other non-``aeiou`` character is a consonant.
    """
    flags: list[bool] = []
    previous = False  # a virtual vowel before the word makes an initial y a consonant
    for char in word:
        if char in _VOWELS:
            current = False
        elif char == "y":
            current = not previous
        else:
            current = True
        flags.append(current)
        previous = current
    return flags


def _measure(stem: str) -> int:
    """Porter's *m*: the number of vowel-run -> consonant-run transitions."""
    if "y" not in stem:  # one scan in C (a transition's two letters are never another's)
        return len(_VOWEL_CONSONANT.findall(stem))
    m = 0
    previous = True
    for current in _consonants(stem):
        if current and not previous:
            m += 1
        previous = current
    return m


def _positive(stem: str) -> bool:
    return _measure(stem) > 0


def _above_one(stem: str) -> bool:
    return _measure(stem) > 1


def _has_vowel(stem: str) -> bool:
    return not all(_consonants(stem))


def _ends_double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _consonants(word)[-1]


def _ends_cvc(word: str) -> bool:
    """Porter's ``*o``, plus NLTK's two-letter vowel-consonant stems."""
    flags = _consonants(word)
    if len(word) >= 3:
        return flags[-3] and not flags[-2] and flags[-1] and word[-1] not in "wxy"
    return len(word) == 2 and not flags[0] and flags[1]


# A step's rules as :func:`_apply` reads them: every rule's suffix (one str.endswith() call, which most
# words fail), and the rules by the last letter of their suffix, in order. (A plain tuple unpacks fastest.)
_Rules = Tuple[Tuple[str, ...], Dict[str, Tuple[_Rule, ...]]]


def _by_last_letter(rules: Sequence[_Rule]) -> _Rules:
    """``rules`` grouped by the last letter of their suffix, each group in the rules' order."""
    groups: Dict[str, List[_Rule]] = {}
    for rule in rules:
        groups.setdefault(rule[0][-1], []).append(rule)
    return tuple(rule[0] for rule in rules), {letter: tuple(group) for letter, group in groups.items()}


def _apply(word: str, rules: _Rules) -> str:
    """Apply the first rule whose suffix ends ``word``; later rules never run.

    The rule lists are ordered so that the first matching suffix is also the
    longest, which is Porter's "longest match decides" convention. ``rules``
    come grouped by :func:`_by_last_letter`: a suffix can only end a word that
    ends in its last letter, so only that group is tried, in the same order,
    and only when some suffix of the step ends the word.
    """
    suffixes, by_last_letter = rules
    if not word.endswith(suffixes):
        return word
    for suffix, replacement, condition in by_last_letter[word[-1]]:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)]
            if condition is None or condition(base):
                return base + replacement
            return word
    return word


_STEP1A: Tuple[_Rule, ...] = (
    ("sses", "ss", None),
    ("ies", "i", None),
    ("ss", "ss", None),
    ("s", "", None),
)


def _step1a(word: str) -> str:
    if len(word) == 4 and word.endswith("ies"):
        return word[:-1]  # ties -> tie
    return _apply(word, _STEP1A_BY_LAST)


def _step1b(word: str) -> str:
    if not word.endswith(("ed", "ing")):  # (most words: one test instead of four)
        return word
    if word.endswith("ied"):
        return word[:-1] if len(word) == 4 else word[:-2]  # died -> die, cried -> cri
    if word.endswith("eed"):
        base = word[:-3]
        return base + "ee" if _positive(base) else word
    if word.endswith("ed") and _has_vowel(word[:-2]):
        base = word[:-2]
    elif word.endswith("ing") and _has_vowel(word[:-3]):
        base = word[:-3]
    else:
        return word
    # Tidy the stem left by removing -ed/-ing (hopp -> hop, hop -> hope).
    if base.endswith(("at", "bl", "iz")):
        return base + "e"
    if _ends_double_consonant(base):
        return base if base[-1] in "lsz" else base[:-1]
    if _measure(base) == 1 and _ends_cvc(base):
        return base + "e"
    return base


def _step1c(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and _consonants(word)[-2]:
        return word[:-1] + "i"
    return word


def _logi_condition(base: str) -> bool:
    # NLTK keeps the "l" with the stem when measuring, so geologi -> geolog.
    return _positive(base + "l")


_STEP2: Tuple[_Rule, ...] = (
    ("ational", "ate", _positive),
    ("tional", "tion", _positive),
    ("enci", "ence", _positive),
    ("anci", "ance", _positive),
    ("izer", "ize", _positive),
    ("bli", "ble", _positive),
    ("alli", "al", _positive),
    ("entli", "ent", _positive),
    ("eli", "e", _positive),
    ("ousli", "ous", _positive),
    ("ization", "ize", _positive),
    ("ation", "ate", _positive),
    ("ator", "ate", _positive),
    ("alism", "al", _positive),
    ("iveness", "ive", _positive),
    ("fulness", "ful", _positive),
    ("ousness", "ous", _positive),
    ("aliti", "al", _positive),
    ("iviti", "ive", _positive),
    ("biliti", "ble", _positive),
    ("fulli", "ful", _positive),
    ("logi", "log", _logi_condition),
)


def _step2(word: str) -> str:
    while word.endswith("alli") and _positive(word[:-4]):
        word = word[:-2]  # formalli -> formal, then step 2 again
    return _apply(word, _STEP2_BY_LAST)


_STEP3: Tuple[_Rule, ...] = (
    ("icate", "ic", _positive),
    ("ative", "", _positive),
    ("alize", "al", _positive),
    ("iciti", "ic", _positive),
    ("ical", "ic", _positive),
    ("ful", "", _positive),
    ("ness", "", _positive),
)


def _ion_condition(base: str) -> bool:
    return base.endswith(("s", "t")) and _above_one(base)


_STEP4: Tuple[_Rule, ...] = (
    ("al", "", _above_one),
    ("ance", "", _above_one),
    ("ence", "", _above_one),
    ("er", "", _above_one),
    ("ic", "", _above_one),
    ("able", "", _above_one),
    ("ible", "", _above_one),
    ("ant", "", _above_one),
    ("ement", "", _above_one),
    ("ment", "", _above_one),
    ("ent", "", _above_one),
    ("ion", "", _ion_condition),
    ("ou", "", _above_one),
    ("ism", "", _above_one),
    ("ate", "", _above_one),
    ("iti", "", _above_one),
    ("ous", "", _above_one),
    ("ive", "", _above_one),
    ("ize", "", _above_one),
)


_STEP1A_BY_LAST = _by_last_letter(_STEP1A)
_STEP2_BY_LAST = _by_last_letter(_STEP2)
_STEP3_BY_LAST = _by_last_letter(_STEP3)
_STEP4_BY_LAST = _by_last_letter(_STEP4)


def _step5(word: str) -> str:
    if word.endswith("e"):
        base = word[:-1]
        m = _measure(base)
        if m > 1 or (m == 1 and not _ends_cvc(base)):
            word = base
    if word.endswith("ll") and _measure(word[:-1]) > 1:
        word = word[:-1]
    return word


def stem(word: str) -> str:
    """Return the Porter stem of ``word``, exactly as NLTK's default stemmer does.

    The word is lower-cased first; words of one or two characters come back
    lower-cased but otherwise unchanged.

    >>> [stem(w) for w in ["Elections", "governors", "ruling", "federally"]]
    ['elect', 'governor', 'rule', 'feder']
    >>> [stem(w) for w in ["skies", "dying", "news", "is"]]
    ['sky', 'die', 'news', 'is']
    """
    if not isinstance(word, str):  # checked before the cache, which would say "unhashable type"
        raise TypeError(
            f"stem() expected a str, got {type(word).__name__}: "
            + ("decode bytes first, e.g. data.decode('utf-8')" if isinstance(word, (bytes, bytearray)) else "pass one word as text")
        )
    return _cached_stem(word)


@lru_cache(maxsize=1 << 17)
def _cached_stem(word: str) -> str:
    lowered = word.lower()
    irregular = _IRREGULAR.get(lowered)
    if irregular is not None:
        return irregular
    if len(word) <= 2:
        return lowered
    result = _step1a(lowered)
    result = _step1b(result)
    result = _step1c(result)
    result = _step2(result)
    result = _apply(result, _STEP3_BY_LAST)
    result = _apply(result, _STEP4_BY_LAST)
    return _step5(result)


# The cache of :func:`stem` (benchmarks clear it to time a cold start).
stem.cache_clear = _cached_stem.cache_clear  # type: ignore[attr-defined]
stem.cache_info = _cached_stem.cache_info  # type: ignore[attr-defined]
