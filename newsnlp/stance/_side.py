"""Which side of a federal-vs-local dispute a statement supports.

The side model is one multinomial logistic regression over sparse, named
features of a quote: what is said (stemmed words of the quote and of its
attribution sentence, the cue verb, which actors -- federal or state/local --
it mentions and whether they are framed negatively or positively, side and
dispute vocabulary) and who says it (the speaker's level of government and
party, and the level crossed with those content flags, so "a senator attacks
Washington" and "a sheriff attacks the city" can land on the sides their
levels do not suggest). Weights ship as JSON (``data/stance/side_model.json``,
format version and SHA-256 checksum) and inference is plain Python, so the
probabilities are the same with or without numpy; ``scripts/train_side.py``
rebuilds the file and ``docs/models/side-classifier.md`` says how its labels
were made.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from functools import lru_cache, reduce
from importlib import resources
from operator import add, itemgetter
from typing import Any, Dict, FrozenSet, Hashable, List, Mapping, Optional, Sequence, Set, Tuple

from newsnlp._datafile import ModelFileError, seal, unseal
from newsnlp._memo import WordMemo
from newsnlp.text import stem

__all__ = ["SIDES", "Linear", "SideModel", "SideModelError", "administration_party", "lexicon", "load_side_model",
           "side_features", "quote_side_features", "speaker_features", "speaker_group_sides"]

#: The sides a statement can support; "local" is the state-or-local side.
SIDES = ("federal", "local", "neutral")

FORMAT = "newsnlp.side-model"
FORMAT_VERSION = 1
_WINDOW = 4  # tokens either side of an actor in which framing words count


class SideModelError(ModelFileError):
    """A side-model file has the wrong format, version or checksum."""


@lru_cache(maxsize=1)
def lexicon() -> Dict[str, FrozenSet[str]]:
    """The hand-written actor, framing and dispute stems and speaker gazetteer (``data/stance/side_lexicon.json``)."""
    raw = json.loads(resources.files("newsnlp").joinpath("data/stance/side_lexicon.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _lexicon_digest() -> str:
    raw = resources.files("newsnlp").joinpath("data/stance/side_lexicon.json").read_bytes()
    return hashlib.sha256(raw).hexdigest()


# A front for stem(), whose own cache holds the whole vocabulary: a known word costs a dict lookup in C
# (no lru_cache bookkeeping), a new one a call into stem().
_stem = WordMemo(stem, size=1 << 16).__getitem__


# The pattern of newsnlp.text.words(), which treats ' and \u2019 alike: replacing \u2019 in the
# whole text first gives the same words as words() does with a replace per word.
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# The same pattern for ASCII text, where \w is [0-9A-Za-z_]: a set the engine tests without the Unicode
# tables, and a first character it scans for (about a fifth fewer instructions).
_ASCII_WORD = re.compile(r"[0-9A-Za-z_][0-9A-Za-z_]*(?:'[0-9A-Za-z_]+)*")


# ASCII bytes: word characters (\w) stay, the rest become spaces, so that str.split() finds the words.
_ASCII_SPACED = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(256))


def _words(text: str) -> List[str]:
    """``words(text)`` for a str, with \u2019 replaced once over the text.

    A text that is ASCII once its curly quotes and em dashes (which separate words as a space does)
    are spaces, and holds no apostrophe, as most quotes and contexts do, is split by a byte table and
    str.split(): the same words without a regex match per word.
    """
    low = text.lower().replace("\u2019", "'")
    if not low.isascii():
        low = low.replace("\u201c", " ").replace("\u201d", " ").replace("\u2014", " ")
    if low.isascii() and "'" not in low:
        return low.encode("ascii").translate(_ASCII_SPACED).decode("ascii").split()
    return (_ASCII_WORD if low.isascii() else _WORD).findall(low)


# The quotes of one sentence share its context: stem it once. Large enough for every quote and context
# of a long article, whose quotes the stance report's balance counts the words of after the model.
@lru_cache(maxsize=1024)
def _stem_tuple(text: str) -> Tuple[str, ...]:
    return tuple(map(_stem, _words(text)))


def _stems(text: str) -> List[str]:
    return list(_stem_tuple(text))


# "President Trump", "President Donald J. Trump", "Mr. Obama", "the Trump administration", "the Obama White
# House"; not "former President Obama" or "Vice President Biden" (not a president of the corpus' years).
_ADMINISTRATION = r"(?:['\u2019]s)?\s+(?:administration|White\s+House)\b"
_NAMED = r"\s+(?:Donald\s+(?:J\.\s+)?|Barack\s+)?(?:Trump|Obama)\b"
_PRESIDENT = re.compile(
    # Each alternative starts with the first letter of its title or name, so the engine skips to the
    # letters P, M, T, O instead of trying the pattern at every position of the text; "X(?<!\wX)" is the
    # "\bX" of the plain pattern, and the title's lookbehinds sit after the title they guard. The same
    # matches as this pattern without "former" and "vice" titles:
    #   \b(?:President|President-elect|Mr\.)\s+(?:Donald\s+(?:J\.\s+)?|Barack\s+)?(?:Trump|Obama)\b
    #   |\b(?:Trump|Obama)(?:['\u2019]s)?\s+(?:administration|White\s+House)\b
    r"P(?<!\wP)resident(?<![Ff]ormer President)(?<![Vv]ice President)" + _NAMED
    + r"|P(?<!\wP)resident-elect(?<![Ff]ormer President-elect)(?<![Vv]ice President-elect)" + _NAMED
    + r"|M(?<!\wM)r\.(?<![Ff]ormer Mr\.)(?<![Vv]ice Mr\.)" + _NAMED
    + r"|T(?<!\wT)rump" + _ADMINISTRATION + r"|O(?<!\wO)bama" + _ADMINISTRATION)
_PRESIDENT_PARTY = {"Trump": "rep", "Obama": "dem"}


def administration_party(text: str) -> Optional[str]:
    """The party of the administration an article is written under (``"rep"``/``"dem"``), or ``None``.

    Read from the president it names ("President Trump", "the Obama administration"): the one named
    most; none named, or a tie, gives ``None``. A speaker of the administration's party is usually on
    its side of a federal-local dispute, one of the other party against it (Democrats in Congress
    against ICE under President Trump).

    >>> administration_party("President Trump said. The Trump administration sued. Former President Obama wrote.")
    'rep'
    >>> administration_party("Nobody here.") is None
    True
    """
    if "Trump" not in text and "Obama" not in text:  # every match names one of them
        return None
    counts: Dict[str, int] = {}
    for m in _PRESIDENT.finditer(text):
        name = "Trump" if "Trump" in m.group() else "Obama"  # a match names one of them
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return _PRESIDENT_PARTY[max(counts, key=counts.__getitem__)]


def _alignment(party: Optional[str], administration: Optional[str]) -> Optional[str]:
    """``"with"`` when the speaker's party is the administration's, ``"against"`` for the other major party."""
    if not party or administration is None:
        return None
    p = party[:3].lower()
    if p not in ("rep", "dem"):
        return None
    return "with" if p == administration else "against"


# The non-government actors whose side in these disputes is stable and public, by side
# (``speaker_groups_local`` / ``speaker_groups_federal`` of the lexicon): lower-case phrases matched
# as whole words in the speaker's descriptor and organisation.
@lru_cache(maxsize=1)
def _speaker_groups() -> Tuple[Tuple[str, "re.Pattern[str]"], ...]:
    """Per side, one pattern that finds any of its groups' phrases (space-padded lower-case words)
    as a substring of a space-padded descriptor: the same test as ``any(p in joined for p in phrases)``.

    The phrases are grouped by their character after the space (`` (?:a(?:clu |...)|s(?:...)|...)``): at each
    space of the descriptor the engine then tries the phrases of the next character only, not all of them."""
    lex = lexicon()
    out = []
    for side in ("federal", "local"):
        by_first: Dict[str, List[str]] = {}
        for p in sorted(" " + " ".join(_words(p)) + " " for p in lex["speaker_groups_" + side]):
            by_first.setdefault(p[1], []).append(re.escape(p[2:]))
        body = "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in by_first.items())
        out.append((side, re.compile(" (?:" + body + ")")))
    return tuple(out)


@lru_cache(maxsize=4096)  # one article's quotes repeat a few speakers
def _group_sides(speaker: str, organization: str) -> Tuple[str, ...]:
    joined = " " + " ".join(_words(f"{speaker} {organization}")) + " "
    return tuple(side for side, phrases in _speaker_groups() if phrases.search(joined))


def speaker_group_sides(speaker: Optional[str] = None, organization: Optional[str] = None) -> Tuple[str, ...]:
    """The sides (``"federal"``, ``"local"``) of the gazetteer's groups that a speaker's descriptor names.

    ``speaker`` is the speaker's text as the article gives it ("Lee Doe, a lawyer with the ACLU"),
    ``organization`` the organisation the extractor or the officials found for it. Immigrant-rights
    groups, the ACLU and marijuana-legalisation groups are on the local side; restrictionist
    immigration groups, police unions backing ICE cooperation and anti-legalisation groups on the
    federal side. A descriptor can name both (then both are returned); the model weighs them with what
    is said.

    >>> speaker_group_sides("Jane Roe, a lawyer with the American Civil Liberties Union")
    ('local',)
    >>> speaker_group_sides("the group", "Center for Immigration Studies")
    ('federal',)
    >>> speaker_group_sides("he")
    ()
    """
    if not speaker and not organization:
        return ()
    return _group_sides(f"{speaker or ''}", f"{organization or ''}")


def quote_groups(inputs: Mapping[str, Any]) -> Tuple[str, ...]:
    """:func:`speaker_group_sides` of a quote's speaker (``speaker_text``, ``organization`` of
    :func:`quote_side_features` arguments), else of the same speaker's descriptor elsewhere in the
    article (``described_as``, see ``newsnlp.stance._report``).

    >>> quote_groups({"speaker_text": "Roe", "described_as": "Jane Roe, a lawyer with the ACLU"})
    ('local',)
    """
    return (speaker_group_sides(inputs.get("speaker_text"), inputs.get("organization"))
            or speaker_group_sides(inputs.get("described_as")))


def side_features(
    quote: str,
    level: Optional[str] = None,
    context: str = "",
    cue: Optional[str] = None,
    title: Optional[str] = None,
    party: Optional[str] = None,
    administration: Optional[str] = None,
) -> Dict[str, float]:
    """Named features of what is said: words, cue, actors and their framing (no speaker features).

    ``quote`` is what was said, ``context`` the sentence(s) around it
    (attribution, cue), ``cue`` the cue verb. The speaker arguments are
    accepted so one set of keyword arguments serves both model stages; they
    are read by :func:`speaker_features`.

    >>> f = side_features("The administration is threatening our city.", cue="said")
    >>> f["frame:federal-"], f["actor:local"], f["cue=said"]
    (1.0, 1.0, 1.0)
    """
    for name, value in (("quote", quote), ("context", context)):
        if not isinstance(value, str):
            raise TypeError(f"side_features() expects {name} as str, got {type(value).__name__}")
    return _side_features(quote, context, cue)[0]


def _side_features(quote: str, context: str,
                   cue: Optional[str]) -> Tuple[Dict[str, float], FrozenSet[str], Set[str]]:
    """:func:`side_features`, the set of the quote's stems and the content flags."""
    cue_name, own, ctx, flags = _content(quote, context, cue)
    f: Dict[str, float] = {"bias": 1.0}
    if cue_name is not None:
        f[cue_name] = 1.0
    for t in own:
        f["w=" + t] = 1.0
    for t in ctx:
        f["c=" + t] = 1.0
    for flag in flags:
        f[flag] = 1.0
    return f, own, flags


def _content(quote: str, context: str,
             cue: Optional[str]) -> Tuple[Optional[str], FrozenSet[str], FrozenSet[str], Set[str]]:
    """What :func:`side_features` reads: the cue feature, the quote's stems, the context's other stems, the flags."""
    lex = lexicon()
    cue_name = f"cue={_stem(cue.lower().split()[0])}" if cue and cue.split() else None
    toks = _stem_tuple(quote)
    own = frozenset(toks)
    ctx = _other_stems(context, quote, own)
    flags = _flags(toks, ctx, lex)
    if cue_name is not None and ":" in cue_name:
        flags.add(cue_name)  # "cue=:" is crossed with the level too
    return cue_name, own, ctx, flags


def _other_stems(context: str, quote: str, own: FrozenSet[str]) -> FrozenSet[str]:
    """``frozenset(_stem_tuple(context)) - own``, for ``own`` the stems of ``quote``.

    The context usually holds the quote, which is stemmed already: when no word can run across its
    ends, the words of the context are those before it, its own and those after it, and only the text
    either side is split and stemmed. (A capital sigma lowers by what follows it: then the whole.)
    """
    i = context.find(quote) if quote else -1
    if i >= 0 and "\u03a3" not in context:
        j = i + len(quote)
        if not (i and _may_join(context[i - 1], quote[0]) or j < len(context) and _may_join(quote[-1], context[j])):
            # either side in one call: no word runs across the space between them
            return frozenset(map(_stem, _words(context[:i] + " " + context[j:]))) - own
    return frozenset(_stem_tuple(context)) - own


_WORD_CHAR = re.compile(r"[\w']")  # the characters of a word of _words


@lru_cache(maxsize=4096)  # pairs of characters, most of them a letter and a space or a quotation mark
def _may_join(left: str, right: str) -> bool:
    """Whether a word of ``_words(left + right)`` may hold the last character of ``left`` and the first of ``right``."""
    return (_WORD_CHAR.match(left.lower().replace("\u2019", "'")[-1]) is not None
            and _WORD_CHAR.match(right.lower().replace("\u2019", "'")[0]) is not None)


def speaker_features(level: Optional[str] = None, party: Optional[str] = None,
                     flags: Sequence[str] = (), administration: Optional[str] = None) -> Dict[str, float]:
    """Who says it: the speaker's level (state counts as local too) and party, and level x content flags.

    With the article's ``administration`` party (:func:`administration_party`), also whether the
    speaker's party is that of the administration (``align=with``) or the other (``align=against``),
    alone and crossed with the level.

    >>> f = speaker_features(level="state", flags=["frame:federal-"])
    >>> f["level=state"], f["level=local"], f["level=local&frame:federal-"]
    (1.0, 1.0, 1.0)
    >>> sorted(k for k in speaker_features("federal", "Democrat", administration="rep") if "align" in k)
    ['align=against', 'level=federal&align=against']
    """
    lvl = {"state": "local"}.get(level or "none", level or "none")
    f: Dict[str, float] = {f"level={lvl}": 1.0}
    if level == "state":
        f["level=state"] = 1.0
    if party:
        f[f"party={party[:3].lower()}"] = 1.0
    for flag in flags:
        f[f"level={lvl}&{flag}"] = 1.0
    align = _alignment(party, administration)
    if align is not None:
        f[f"align={align}"] = 1.0
        f[f"level={lvl}&align={align}"] = 1.0
    return f


def quote_side_features(**inputs: Any) -> Dict[str, float]:
    """All features of one quote: :func:`side_features` plus :func:`speaker_features`.

    >>> f = quote_side_features(quote="Washington is bullying our city.", level="local")
    >>> f["level=local&frame:federal-"], f["w=bulli"]
    (1.0, 1.0)
    """
    quote, context, cue, level, party, administration = _checked(inputs)
    f, own, flags = _side_features(quote, context, cue)
    for name in _speaker_names(inputs, level, party, administration, own, flags):
        f[name] = 1.0
    return f


def _speaker_names(inputs: Mapping[str, Any], level: Optional[str], party: Optional[str],
                   administration: Optional[str], own: FrozenSet[str], flags: Set[str]) -> List[str]:
    """The names of the speaker features of :func:`quote_side_features` (every one has the value 1.0):
    :func:`speaker_features`, the speaker's gazetteer groups, and the level crossed with the quote's own
    dispute, side and polarity words ("comply" from a sheriff and "comply" from a governor point
    different ways). Shared with :meth:`SideModel.predict_proba`, which sums weights without the dict."""
    names = list(speaker_features(level, party, sorted(flags), administration))
    names += [f"group={side}" for side in quote_groups(inputs)]
    lvl = {"state": "local"}.get(level or "none", level or "none")
    names += [f"level={lvl}&w={t}" for t in own & _level_vocabulary()]
    return names


def _checked(inputs: Mapping[str, Any]) -> Tuple[str, str, Optional[str], Optional[str], Optional[str], Optional[str]]:
    """``quote``, ``context``, ``cue``, ``level``, ``party`` and ``administration`` of
    :func:`quote_side_features` arguments, checked."""
    if "quote" not in inputs:
        raise TypeError("quote_side_features() missing the keyword argument 'quote'")
    quote, context = inputs["quote"], inputs.get("context", "")
    for name, value in (("quote", quote), ("context", context)):
        if not isinstance(value, str):
            raise TypeError(f"side_features() expects {name} as str, got {type(value).__name__}")
    if not _INPUTS.issuperset(inputs):
        unknown = set(inputs) - _INPUTS
        raise TypeError(f"side_features() got an unexpected keyword argument {sorted(unknown)[0]!r}")
    return (quote, context, inputs.get("cue"), inputs.get("level"), inputs.get("party"),
            inputs.get("administration"))


_INPUTS = frozenset({"quote", "level", "context", "cue", "title", "party", "administration", "speaker_text",
                     "organization", "described_as"})


@lru_cache(maxsize=1)
def _level_vocabulary() -> FrozenSet[str]:
    lex = lexicon()
    return frozenset(lex["dispute"] | lex["federal_stance"] | lex["local_stance"] | lex["negative"] | lex["positive"])


def _flags(toks: Sequence[str], ctx: Any, lex: Mapping[str, FrozenSet[str]]) -> Set[str]:
    """Actors, their framing, dispute and side vocabulary, first person."""
    flags = _framing(toks, lex)
    if not lex["dispute"].isdisjoint(toks) or not lex["dispute"].isdisjoint(ctx):
        flags.add("dispute")
    if not lex["federal_stance"].isdisjoint(toks):
        flags.add("vocab:federal")
    if not lex["local_stance"].isdisjoint(toks):
        flags.add("vocab:local")
    if toks and toks[0] in ("we", "our", "i"):
        flags.add("first-person")
    return flags


def _framing(toks: Sequence[str], lex: Mapping[str, FrozenSet[str]]) -> Set[str]:
    """Actor mentions and the polarity of the words near them."""
    flags: Set[str] = set()
    fed, loc, neg, pos = lex["federal_actors"], lex["local_actors"], lex["negative"], lex["positive"]
    if fed.isdisjoint(toks) and loc.isdisjoint(toks):
        return flags  # most quotes name no actor: two set scans in C instead of the loop below
    for i, t in enumerate(toks):
        side = "federal" if t in fed else "local" if t in loc else None
        if side is None:
            continue
        flags.add(f"actor:{side}")
        before, after = toks[max(0, i - _WINDOW): i], toks[i + 1: i + 1 + _WINDOW]
        if not (neg.isdisjoint(before) and neg.isdisjoint(after)):
            flags.add(f"frame:{side}-")
        if not (pos.isdisjoint(before) and pos.isdisjoint(after)):
            flags.add(f"frame:{side}+")
    return flags


class Linear:
    """A multinomial logistic regression as data: ``weights[feature][k]`` for class ``classes[k]``.

    >>> m = Linear(["federal", "local"], {"bias": [0.0, 0.0], "level=local": [-1.0, 1.0]})
    >>> [round(p, 3) for p in m.predict_proba({"bias": 1.0, "level=local": 1.0})]
    [0.119, 0.881]
    """

    __slots__ = ("classes", "weights")

    def __init__(self, classes: Sequence[str], weights: Mapping[str, Sequence[float]]) -> None:
        self.classes = tuple(classes)
        self.weights = {k: tuple(float(x) for x in v) for k, v in weights.items()}
        for name, row in self.weights.items():
            if len(row) != len(self.classes):
                raise SideModelError(f"weights for {name!r} have {len(row)} values, expected {len(self.classes)}")

    def predict_proba(self, features: Mapping[str, float]) -> List[float]:
        """Class probabilities (softmax of summed weights) in the order of ``classes``."""
        weights = self.weights
        # a fixed order gives the same float sums every run
        rows = [(weights[name], features[name]) for name in sorted(features.keys() & weights.keys())]
        if len(self.classes) == 3:
            # the loop below unrolled for the three sides: the same additions in the same order
            a = b = c = 0.0
            for row, value in rows:
                a += row[0] * value
                b += row[1] * value
                c += row[2] * value
            scores = [a, b, c]
        else:
            scores = [0.0] * len(self.classes)
            for row, value in rows:
                for k, w in enumerate(row):
                    scores[k] += w * value
        return _softmax(scores)

    def to_dict(self) -> Dict[str, Any]:
        return {"classes": list(self.classes), "weights": {k: list(v) for k, v in sorted(self.weights.items())}}


def _softmax(scores: Sequence[float]) -> List[float]:
    top = max(scores)
    exps = [math.exp(x - top) for x in scores]
    total = sum(exps)
    return [e / total for e in exps]


# sum() of floats adds them one by one, as "+=" does, before Python 3.12; later versions compensate the
# rounding errors (other last bits), and functools.reduce does the plain additions there.
_SUM_IN_ORDER = sys.version_info < (3, 12)


class _Ranks:
    """A three-class :class:`Linear`'s weights laid out for :meth:`SideModel.predict_proba`: every feature
    by its rank in name order (``rank``), the "w=" and "c=" features also by stem (``own[t] == rank["w=" + t]``,
    ``ctx`` likewise, with their key sets), and the weights in one column per class by rank.

    Adding ``cols[k][r]`` over the sorted ranks ``r`` of a quote's features adds the very floats
    :meth:`Linear.predict_proba` adds, in its order (by name), without spelling out a feature name
    for each of the many stems that have no weight.
    """

    __slots__ = ("weights", "rank", "own", "own_keys", "ctx", "ctx_keys", "cols")

    def __init__(self, weights: Mapping[str, Tuple[float, ...]]) -> None:
        self.weights = weights
        names = sorted(weights)
        self.rank = {n: r for r, n in enumerate(names)}
        self.own = {n[2:]: r for r, n in enumerate(names) if n.startswith("w=")}
        self.ctx = {n[2:]: r for r, n in enumerate(names) if n.startswith("c=")}
        self.own_keys = frozenset(self.own)
        self.ctx_keys = frozenset(self.ctx)
        self.cols = tuple([weights[n][k] for n in names] for k in range(3))


class SideModel:
    """The side model: one :class:`Linear` over :func:`quote_side_features`, plus provenance ``meta``.

    >>> lin = Linear(["federal", "local", "neutral"], {"w=sanctuari": [-1.0, 1.0, 0.0]})
    >>> SideModel(lin).predict(quote="We remain a sanctuary city.", level="local")[0]
    'local'
    """

    __slots__ = ("linear", "meta", "_ranks")

    def __init__(self, linear: Linear, meta: Optional[Mapping[str, Any]] = None) -> None:
        self.linear = linear
        self.meta = dict(meta or {})
        self._ranks: Optional[_Ranks] = _Ranks(linear.weights) if len(linear.classes) == 3 else None

    @property
    def classes(self) -> Tuple[str, ...]:
        return self.linear.classes

    def predict_proba(self, **inputs: Any) -> List[float]:
        """Side probabilities (order of ``classes``) for :func:`side_features` keyword arguments.

        The same numbers as ``self.linear.predict_proba(quote_side_features(**inputs))``, computed
        without building the feature dict: every feature there is 1.0 and only those with a weight count.
        """
        quote, context, cue, level, party, administration = _checked(inputs)
        lin = self.linear
        ranks = self._ranks
        if ranks is None or ranks.weights is not lin.weights or len(lin.classes) != 3:
            return lin.predict_proba(quote_side_features(**inputs))
        cue_name, own, ctx, flags = _content(quote, context, cue)
        # a set: a name in two parts (a "cue=" flag) counts once, as in the feature dict
        names = {"bias", *flags, *_speaker_names(inputs, level, party, administration, own, flags)}
        if cue_name is not None:
            names.add(cue_name)
        rank = ranks.rank
        found = [rank[n] for n in names if n in rank]
        found += map(ranks.own.__getitem__, ranks.own_keys.intersection(own))
        found += map(ranks.ctx.__getitem__, ranks.ctx_keys.intersection(ctx))
        found.sort()  # the ranks are distinct: by name, the order Linear.predict_proba adds them in
        # each class's weights of those ranks in one call (itemgetter of one rank gives the bare value)
        pick = itemgetter(*found) if len(found) > 1 else lambda col: [col[r] for r in found]
        # Linear.predict_proba adds row[k] * 1.0, which is row[k] exactly, one by one from 0.0
        if _SUM_IN_ORDER:
            return _softmax([sum(pick(col), 0.0) for col in ranks.cols])
        return _softmax([reduce(add, pick(col), 0.0) for col in ranks.cols])

    def predict(self, **inputs: Any) -> Tuple[str, float]:
        """The side of one quote and its probability, after the model's neutral scale (see :meth:`decide`)."""
        return self.decide(self.predict_proba(**inputs))

    def decide(self, proba: Sequence[float]) -> Tuple[str, float]:
        """The side for probabilities in the order of ``classes``: ``neutral`` scaled by ``meta["neutral_scale"]``
        (1 when absent) and the three renormalised, then the most probable, with its renormalised probability.

        The scale (below 1) was chosen by cross-validation on articles about a federal-local dispute, where
        the distant labels' many ``neutral`` quotes make the model call too many sided statements neutral.
        """
        return self._most_probable(self._scaled(proba))

    def _most_probable(self, scaled: Sequence[float]) -> Tuple[str, float]:
        k = max(range(len(scaled)), key=scaled.__getitem__)
        return self.classes[k], scaled[k]

    def _scaled(self, proba: Sequence[float]) -> List[float]:
        scale = float(self.meta.get("neutral_scale", 1.0))
        if scale == 1.0 or "neutral" not in self.classes:
            return list(proba)
        scaled = list(proba)
        scaled[self.classes.index("neutral")] *= scale
        total = sum(scaled)
        return [p / total for p in scaled]

    def predict_article(self, inputs: Sequence[Mapping[str, Any]],
                        speakers: Optional[Sequence[Optional[Hashable]]] = None) -> List[Tuple[str, float]]:
        """The side and its probability of each quote of one article (``inputs``: keyword arguments of
        :meth:`predict_proba`, one per quote), with the speaker's other statements as evidence.

        ``speakers`` gives each quote's speaker (any hashable key, ``None`` when unknown). With
        ``meta["propagate"] = {"confident": c, "neutral_below": t}``, a quote that comes out ``neutral``
        with a (scaled) neutral probability below ``t`` takes the side most of its speaker's quotes in the
        article take with a probability of at least ``c`` (a tie leaves it neutral): a speaker keeps one
        side through an article far more often than not. Without that entry, or without ``speakers``,
        this is :meth:`predict` for each quote.

        >>> lin = Linear(["federal", "local", "neutral"], {"w=sanctuari": [0.0, 2.0, 0.0], "bias": [0.0, 0.0, 0.5]})
        >>> m = SideModel(lin, {"propagate": {"confident": 0.6, "neutral_below": 0.7}})
        >>> [(side, round(p, 2)) for side, p in m.predict_article([{"quote": "We stay a sanctuary."},
        ...                                                       {"quote": "We stay."}], ["Doe", "Doe"])]
        [('local', 0.74), ('local', 0.27)]
        """
        scaled = [self._scaled(self.predict_proba(**kw)) for kw in inputs]
        classes = self.classes
        out = [self._most_probable(proba) for proba in scaled]
        rule = self.meta.get("propagate")
        if not rule or speakers is None or "neutral" not in classes:
            return out
        if len(speakers) != len(out):
            raise ValueError(f"predict_article() got {len(speakers)} speakers for {len(out)} quotes")
        confident, below = float(rule["confident"]), float(rule["neutral_below"])
        n = classes.index("neutral")
        votes: Dict[Hashable, Dict[str, int]] = {}
        for key, (side, score) in zip(speakers, out):
            if key is not None and side != "neutral" and score >= confident:
                tally = votes.setdefault(key, {})
                tally[side] = tally.get(side, 0) + 1
        for i, (key, (side, _)) in enumerate(zip(speakers, out)):
            if side != "neutral" or key is None or key not in votes or scaled[i][n] >= below:
                continue
            ranked = sorted(votes[key].items(), key=lambda kv: (-kv[1], kv[0]))
            if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                continue
            new = ranked[0][0]
            out[i] = (new, scaled[i][classes.index(new)])
        return out

    def to_dict(self) -> Dict[str, Any]:
        """The model as plain JSON data with format, version and checksum (see ``newsnlp._datafile``)."""
        return seal(FORMAT, FORMAT_VERSION, {"model": self.linear.to_dict(), "meta": self.meta})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "side model") -> "SideModel":
        """Rebuild a model from :meth:`to_dict` output, checking format, version and checksum."""
        try:
            body = unseal(data, FORMAT, (FORMAT_VERSION,), source=source)
        except SideModelError:
            raise
        except ModelFileError as exc:
            raise SideModelError(str(exc)) from None
        try:
            linear = Linear(body["model"]["classes"], body["model"]["weights"])
        except (KeyError, TypeError) as exc:
            raise SideModelError(f"{source}: malformed side model: {exc}") from None
        return cls(linear, body.get("meta"))


@lru_cache(maxsize=1)
def load_side_model() -> SideModel:
    """The shipped side model (``data/stance/side_model.json``), verified and cached."""
    raw = resources.files("newsnlp").joinpath("data/stance/side_model.json").read_text("utf-8")
    model = SideModel.from_dict(json.loads(raw), source="newsnlp/data/stance/side_model.json")
    expected = model.meta.get("lexicon_sha256")
    if expected is not None and expected != _lexicon_digest():
        raise SideModelError("side_lexicon.json differs from the one the side model was trained with")
    return model
