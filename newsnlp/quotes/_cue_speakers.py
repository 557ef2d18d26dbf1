"""The speaker of a cue: the mention an attribution verb points at.

``speaker_for_cue`` reads the words around one cue ("said", "according to",
"saying") and picks the mention of whoever speaks: the subject before it, the
noun phrase after an inverted or "according to" cue, the agent of a passive,
or the subject of the clause a participle or a verb joined by "and" belongs
to. Windows are bounded, so each call is constant time in the article size.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional, Protocol, Tuple

from newsnlp.quotes._lexicon import lexicon, word_start_regex
from newsnlp.quotes._speakers import LY_NOT_ADVERBS, mention_after, mention_before
from newsnlp.quotes._subject import sentence_subject

__all__ = ["Mentions", "SpeakerSpan", "expletive", "last_clause_subject", "passive_start", "speaker_for_cue"]

# The longest stretch one attribution may look at, in characters (``_extract._MAX_SPAN``).
_MAX_SPAN = 1500
_WORD = re.compile(r"\w+")


class SpeakerSpan(NamedTuple):
    """The mention an attribution points at, not yet resolved to a :class:`~newsnlp.quotes.Speaker`
    (which ``_extract._resolve`` makes of it once every quote is found)."""

    start: int
    end: int


class Mentions(Protocol):
    """What hands out a speaker for a mention span (``_extract._Mentions``)."""

    def speaker(self, mention: Tuple[int, int]) -> SpeakerSpan: ...


_BY_SOURCE = re.compile(r"(?:(?:an?|the|one|new|recent|latest|[a-z]+ly)\s+)*[a-z]+(?:\s+(?:provided|released|"
                        r"conducted|published|compiled|obtained|prepared|done|issued|commissioned))?\s+(?:by|from|with)\s+")
_RELATIVE_OPEN = re.compile(r",\s+(who|which)\s[^,.;:?!]*\Z")
_EXPLETIVE_BEFORE = re.compile(r"(?:\bworth|\b[Ii]t\s+(?:is|was|will\s+be)|\b[Ii]t['\u2019]s)\s+\Z")
# (The window patterns below that a word opens are written to open with a character class, its first letter,
# followed by a look-behind standing for ``\b``: ``re`` then skips ahead to the next such letter instead of
# trying the pattern at every position of the window.)
_EXPLETIVE_IT = re.compile(r"[Iiw](?<!\w[Iiw])(?:(?<=[Ii])t\s+(?:is|was|will\s+be|has\s+been|had\s+been|seems|seemed)"
                           r"|(?<=[Ii])t['\u2019]s|(?<=i)s\s+it|(?<=w)as\s+it)"
                           r"\s+(?:(?:not|also|now|still|already|increasingly|very|quite|n't)\s+)*\Z")


def expletive(text: str, cs: int, lo: int) -> bool:
    """Whether the cue at ``cs`` follows an expletive "it" ("it is not clear that", "it is said")."""
    w = _WORD.match(text, cs)
    word = w.group() if w else ""
    return word.islower() and not word.endswith(("ing", "ed")) \
        and _EXPLETIVE_IT.search(text, max(lo, cs - 24), cs) is not None


_PREP_BEFORE = re.compile(r"\b(?:by|of|from|after|before|without|while|when|since)\s+\Z")
_PASSIVE = re.compile(r"[wiabg](?<!\w[wiabg])(?:(?<=w)(?:as|ere)|(?<=i)s|(?<=a)re|(?<=b)(?:e|een|eing)|(?<=g)(?:et|ot|ets))"
                      r"\s+(?:(?:also|still|not|now|even|already|never|often|later)\s+)?(?:\w+ly\s+)?\Z")
_BY_AGENT = re.compile(r"[^.?!;:,]{0,40}?\bby\s+")
_INVERSION_BEFORE = re.compile(r"[,\u201c\u201d\"':;]\s*(?:\w+ly\s+)?\Z")
_AND_BEFORE = re.compile(r"[abt](?<!\w[abt])(?:(?<=a)nd|(?<=b)ut|(?<=t)hen)\s+(?:\w+ly\s+|then\s+|also\s+|later\s+)?\Z")

# Past participles without -ed: "is seen as", "was told", "is said to".
_IRREGULAR_PARTICIPLES = frozenset({"said", "told", "thought", "held", "heard", "taught", "sought", "felt", "meant", "made"})
# Participles of a state of mind: "is convinced that", "are worried that", "was divided over": the
# subject holds the view, so they are no passive whose speaker is the agent.
_STATE_PARTICIPLES = frozenset({"convinced", "persuaded", "assured", "concerned", "worried", "divided", "shocked",
                                "impressed", "focused", "surprised", "pleased", "disappointed", "frustrated", "troubled",
                                "alarmed", "satisfied", "determined", "committed", "resigned", "relieved", "puzzled",
                                "confused", "dismayed", "outraged", "offended", "annoyed", "irritated", "delighted",
                                "thrilled", "encouraged", "heartened", "inclined", "prepared", "opposed", "united"})


_PLACE_PREPOSITION = re.compile(word_start_regex(["in", "on", "at", "during", "through", "via"], r"\s+\Z"))
_DETERMINER_OPEN = re.compile(r"(?:an?|the|his|her|their|its)\s")
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:to|into|onto)\s+\Z")
# 'Manafort, citing "the unique magic of Trump," said ...': an aside opened by a participle.
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b")
_QUOTED_ASIDE_END = re.compile(r",(?:[\u201d\"]|'')\s*\Z")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s")
_CLAUSE_END = re.compile(r"[;:?!.]\s|\b(?:while|but|whereas|although)\s")
# A participle that opens its sentence, alone or after a preposition and a time span: "Rattling off ...",
# "After announcing ...", "One month after announcing ...", "Instead of calling ...".
_OPENING_PARTICIPLE = re.compile(
    r"[\s\u201c\"]*(?:(?:And|But|So|Yet)\s+)?(?:(?:[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+)?(?:[Aa]fter|[Bb]efore|[Ss]ince|"
    r"[Ww]hile|[Ww]hen|[Bb]y|[Ii]n|[Oo]n|[Uu]pon|[Ww]ithout|[Dd]espite|[Tt]hrough|[Ii]nstead\s+of)\s+)?(?:[a-z]+ly\s+)?\Z")


def _names(text: str, m: Tuple[int, int]) -> bool:
    """Whether mention ``m`` is a name or a personal pronoun ("Jeb Bush", "she"), not a common noun phrase."""
    first = text[m[0]:m[1]].split(None, 1)[0]
    return first[:1].isupper() and first.lower() not in ("the", "a", "an") \
        or first.lower() in ("he", "she", "they", "we", "i")


def _title(quoted: str) -> bool:
    """Whether quoted words are a title ("Morning Joe", "The Apprentice"): every longer word capitalised."""
    words = [w for w in _WORD.findall(quoted) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


# A noun right before a participle that an agent follows: "a statement issued by the campaign", "a call
# echoed by Japan" (a reduced relative clause; "the visas issued in 2015" is too like "voters weighed in").
_NOUN_BEFORE_PARTICIPLE = re.compile(r"([a-z](?<!\w[a-z])[a-z]{2,})\s+(?:\w+ly\s+)?\Z")
_AFTER_PARTICIPLE = re.compile(r"\s+by\b")
_NOT_NOUNS = frozenset({"and", "but", "or", "who", "which", "that", "also", "then", "has", "have", "had", "not", "she",
                        "they", "you", "just", "was", "were", "been", "being", "later", "never", "still", "first",
                        "once", "twice", "all", "both", "each", "many", "some", "most", "others", "this", "these"})


def passive_start(text: str, cue: Tuple[int, int], lo: int) -> Optional[int]:
    """Where the passive verb group of the participle cue at ``cue`` starts ("was criticized": the
    auxiliary; "a statement issued by": the participle itself), or None if the cue is no passive."""
    word = text[cue[0]:cue[1]].lower()
    if not (word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES) or word in _STATE_PARTICIPLES:
        return None
    aux = _PASSIVE.search(text, max(lo, cue[0] - 30), cue[0])
    if aux is not None:
        return aux.start()
    lex = lexicon()
    if word in lex.speech_verbs or word in lex.inverting:
        return None  # (only other verbs make a reduced relative clause: no noun need be looked for)
    noun = _NOUN_BEFORE_PARTICIPLE.search(text, max(lo, cue[0] - 30), cue[0])
    if noun is not None and noun.group(1) not in _NOT_NOUNS and noun.group(1) not in lex.between \
            and noun.group(1) not in lex.pronouns and not noun.group(1).endswith(("ed", "ly")) \
            and _AFTER_PARTICIPLE.match(text, cue[1]):
        return cue[0]
    return None


def speaker_for_cue(text: str, cue: Tuple[int, int], res: Mentions, lo: int, hi: int) -> Optional[SpeakerSpan]:
    """The speaker of the cue at ``cue``, looking only inside ``[lo, hi)``."""
    lo, hi = max(lo, cue[0] - _MAX_SPAN), min(hi, cue[1] + _MAX_SPAN)
    word = text[cue[0]:cue[1]].lower()
    if word.startswith("according"):
        # "according to John Smith, the county clerk, ..." keeps its apposition; a clause does not.
        m = mention_after(text, cue[1], hi, apposition_ends=",", lowercase=True)
        if m is not None and "," in text[m[0]:m[1]] and text[max(lo, cue[0] - 3):cue[0]].strip() == "":
            m = mention_after(text, cue[1], hi, apposition_ends="", lowercase=True)
        if m is not None:
            # "according to a tally by the Associated Press": the agent is the source.
            by = _BY_SOURCE.match(text, m[0], min(hi, m[0] + 60))
            agent = mention_after(text, by.end(), hi, apposition_ends=",") if by else None
            if agent is not None:
                m = agent
        return res.speaker(m) if m else None
    lex = lexicon()
    if word in lex.sourceless:
        return None  # learned: "is expected to", "seems", "widely seen as" rarely have a source
    if word.endswith("ing") and _EXPLETIVE_BEFORE.search(text, max(lo, cue[0] - 16), cue[0]):
        return None  # "It is worth noting": no speaker here (but "Galvin is reminding voters" has one)
    if expletive(text, cue[0], lo):
        return None  # "It is not clear that", "Nor is it clear": an adjective cue after an expletive "it"
    if passive_start(text, cue, lo) is not None:
        # "was accused", "is being criticized", "a statement issued by": the subject is the target.
        by = _BY_AGENT.match(text, cue[1], hi)
        agent = mention_after(text, by.end(), hi) if by else None
        return res.speaker(agent) if agent else None
    if word.endswith("ing") and _OPENING_PARTICIPLE.match(text, lo, cue[0]):
        main = sentence_subject(text, lo, hi)
        if main is not None and main[0] >= cue[1]:
            # "One month after announcing his support, Rubio still ...", "Rattling off promises, Clinton
            # promised ...": a participle in the phrase that opens the sentence has the sentence's subject.
            return res.speaker(main)
    m = None
    if word.endswith("ing") and (text[max(lo, cue[0] - 3):cue[0]].rstrip().endswith(",")
                                 or _PREP_BEFORE.search(text, max(lo, cue[0] - 12), cue[0])):
        # "The governor changed course, promising ..." / "... surprised Trump by declaring ...":
        # the participle's subject opens the clause (a relative "who" when one opens it).
        rel = _RELATIVE_OPEN.search(text, max(lo, cue[0] - 120), cue[0])
        m = rel.span(1) if rel is not None else (last_clause_subject(text, lo, cue[0])
                                                 or sentence_subject(text, lo, cue[0]))
    if m is None:
        m = mention_before(text, lo, cue[0])
        if m is None and _QUOTED_ASIDE_END.search(text, max(lo, cue[0] - 4), cue[0]):
            # 'Humphrey, who calls Trump a "sociopath," said': the relative clause ends in a quotation,
            # so the subject sits before its "who".
            rel = None
            for rel in _RELATIVE_ASIDE.finditer(text, max(lo, cue[0] - 200), cue[0]):
                pass
            aside = text[rel.end():cue[0]] if rel is not None else ""
            if rel is not None and ("\u201c" in aside or aside.count('"') == 2 or aside.count("''") >= 2) \
                    and not _CLAUSE_END.search(text, rel.end(), cue[0] - 3):
                m = mention_before(text, lo, rel.start())
            else:
                # 'Joe Hale, host of the radio show "Morning Call," suggested': an apposition ending in
                # a quoted title sits between the subject and the cue.
                opened = max(text.rfind("\u201c", lo, cue[0]), text.rfind('"', lo, cue[0] - 3),
                             text.rfind("''", lo, cue[0] - 4) + 1)
                subj = sentence_subject(text, lo, cue[0])
                if subj is not None and text[subj[1]:subj[1] + 1] == "," and 0 <= subj[1] < opened \
                        and cue[0] - opened < 80 and not _CLAUSE_END.search(text, subj[1], cue[0] - 3) \
                        and (_title(text[opened + 1:cue[0]]) or _PARTICIPLE_ASIDE.match(text, subj[1], opened)):
                    m = subj
        # (The pattern ends in "to" or "with" and white space: most mentions follow neither, and a slice
        # says so for less than the search.)
        if m is not None and text[max(lo, m[0] - 40):m[0]].rstrip().endswith(("to", "with")):
            spoke = _SPOKE_TO.search(text, max(lo, m[0] - 40), m[0])
            if spoke is not None:
                # "Another source speaking to Fox News said", "officials who spoke with the Post said":
                # the outlet is whom they spoke to; the speaker comes before.
                m = mention_before(text, lo, spoke.start()) or m
        if m is not None and not word.endswith("ing"):
            prep = _PLACE_PREPOSITION.search(text, max(lo, m[0] - 9), m[0])
            if prep is not None and _DETERMINER_OPEN.match(text, m[0]):
                # "Jeb Bush in a Medium post said ...", "The senator in an interview said ...": the noun
                # phrase is where it was said; the subject stands before the preposition.
                subj = mention_before(text, lo, prep.start())
                if subj is not None and not text[subj[1]:prep.start()].strip() and _names(text, subj):
                    m = subj
        if m is not None and word.endswith("ing") and _OBJECT_OF_PREPOSITION.search(text, max(lo, m[0] - 8), m[0]):
            # "Cruz is making a pitch to New York voters saying ...", "Sanders was on CNN talking about ...":
            # the noun phrase before the participle is the object of a preposition; the clause's subject speaks.
            m = last_clause_subject(text, lo, cue[0]) or sentence_subject(text, lo, cue[0]) or m
        if m is not None and word.endswith("ing") and _verb_phrase(text, m):
            # "she released a statement saying", "Republicans can reasonably campaign saying": the
            # words before the participle are the verb phrase of the clause, whose subject speaks.
            m = last_clause_subject(text, lo, cue[0]) or sentence_subject(text, lo, cue[0]) or m
        made = _MADE_IT.search(text, max(lo, cue[0] - 40), cue[0])
        if made is not None:
            # "Biden made it clear that ...", "Obama, making it clear that ...": the subject of "made".
            m = mention_before(text, lo, made.start()) if not made.group(1).endswith("ing") else None
            if m is None or text[m[0]:m[1]].rstrip().endswith(","):
                m = last_clause_subject(text, lo, made.start(), joined=True) or sentence_subject(text, lo, cue[0])
        if m is None or text[m[0]:m[1]].lower() in ("to", "as"):
            vp = _TO_SAY.search(text, max(lo, cue[0] - 50), cue[0])
            if vp is not None:
                m = mention_before(text, lo, vp.start())  # "The email went on to say", "X is quoted as saying"
        if text[max(lo, cue[0] - 3):cue[0]].rstrip().endswith(",") and \
                not (m is None and word in lex.inverting and mention_after(text, cue[1], hi) is not None):
            m = _subject_before_aside(text, lo, cue[0], m) or m  # ('And Trump, said Sunshine, ...' is inverted)
    if m is None and word in lex.inverting and _INVERSION_BEFORE.search(text, max(0, cue[0] - 12), cue[0]):
        m = mention_after(text, cue[1], hi)  # '..., said Smith' / '“...,” said Smith'

    if m is None and word.endswith("ing"):
        m = sentence_subject(text, lo, cue[0])  # "Trump attacked X, saying"
    elif m is None and _AND_BEFORE.search(text, max(lo, cue[0] - 40), cue[0]):
        # "She laughed and said" / "..., and the league strongly denounced it and said" /
        # "... - he called her "weak" and said": the subject of the clause the verb is joined to.
        m = last_clause_subject(text, lo, cue[0], joined=True) or sentence_subject(text, lo, cue[0])
    if m is not None and text[m[0]:m[0] + 5].lower() == "there":
        there = _THERE_IS.match(text, m[0], cue[0])
        after = mention_after(text, there.end(), cue[0], lowercase=True) if there else None
        m = after if after is not None and after[1] <= cue[0] else None  # "There were emails showing ..."
    if m is not None:
        poll = _POLL_OPENER.match(text, lo, m[1])
        if poll is not None:
            m = poll.span(1)  # "In a Gallup poll last week, 61 percent of voters said ...": the poll reports it
    return res.speaker(m) if m else None


_THERE_IS = re.compile(r"[Tt]here(?:['\u2019]s|\s+(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be))\s+"
                       r"(?:(?:also|still|now|even)\s+)?")
# A sentence opening with the poll its figures come from: "In a Gallup poll released Monday, ...".
_POLL_OPENER = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Ii]n\s+((?:an?|the)\s+[^,.;:\n]{0,80}?\b(?:poll|survey)\b"
                          r"[^,.;:\n]{0,60}?),\s+(?:only\s+|just\s+|some\s+|about\s+|nearly\s+|almost\s+)?"
                          r"(?:\d[\d.]*\s*(?:%|percent)|[A-Z][a-z]+(?:-[a-z]+)?\s+percent)")


_DAY_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
                        "Yesterday", "Later", "Then", "Also"})


# What a speaker puts out: "released a statement saying", "ran ads calling".
_DOCUMENTS = frozenset({"statement", "statements", "letter", "letters", "ad", "ads", "advertisement", "video", "videos",
                        "message", "messages", "email", "emails", "e-mail", "website", "tweet", "tweets", "release",
                        "memo", "post", "posts", "note", "notice", "signs", "sign", "banner", "banners", "cover",
                        "report", "op-ed", "editorial", "flier", "fliers", "mailer", "mailers", "petition", "brief",
                        "filing", "complaint", "lawsuit", "suit", "motion", "resolution", "proposal", "plan", "bill",
                        "commercial", "commercials", "spot", "spots", "column", "essay", "book", "speech"})


def _verb_phrase(text: str, m: Tuple[int, int]) -> bool:
    """Whether mention ``m`` is a verb and what it put out rather than a noun phrase: "released a
    statement", "carrying signs", "Tuesday released a parody website"."""
    words = _WORD.findall(text, m[0], m[1])
    if len(words) > 1 and words[0] in _DAY_WORDS:
        words = words[1:]
    if len(words) < 2:
        return False
    w = words[0]
    if not w.islower() or w in LY_NOT_ADVERBS or words[-1].lower() not in _DOCUMENTS:
        return False
    return w.endswith(("ed", "ing", "ly")) or w in _PAST_VERBS


_NOT_SUBJECT = frozenset({"of", "overall", "for", "about", "as", "with", "to", "from", "like", "unlike", "instead",
                          "meanwhile", "asked", "speaking", "still", "yes", "no", "well", "now", "again", "here", "there"})
_ASIDE_BREAK = re.compile(r"[;:?!\u201c\u201d\"]|\b(?:while|but|whereas|although)\s")


_CLAUSE_OPENER = re.compile(r"(?:,\s*(?:and|but)(?:\s+then)?|\b(?:while|whereas|in\s+which|but))\s+(?=\S)")
# Before a colon, a "that" or "with" clause also names who goes on to speak: 'so odd that a spokesman
# could only quip:', 'with Trump reportedly yelling:'.
_COLON_CLAUSE_OPENER = re.compile(r"(?:,\s*(?:and|but)(?:\s+then)?|\b(?:while|whereas|in\s+which|but|that|with))\s+(?=\S)")
# For a verb joined by "and", a subordinate or relative clause also opens the clause it joins: 'the crowd
# cheered when Trump spotted a sign and asked', 'Weaver, who came out and endorsed', 'NAFTA, which Trump had
# called a "disaster" and promised'.
_JOINED_CLAUSE_OPENER = re.compile(r"(?:,\s*(?:and|but)(?:\s+then)?|\b(?:while|whereas|in\s+which|but)|\s[-\u2014\u2013]+|;"
                                   r"|,(?=\s+(?:he|she|they|we|I)\s)"
                                   r"|\b(?:when|after|because|although|though|whenever|until|who|which|that))\s+(?=\S)")
_RELATIVES = frozenset({"who", "which", "that"})
_SUBORDINATE_OPENERS = _RELATIVES | {"when", "after", "because", "although", "though", "whenever", "until"}
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "may",
                          "might", "should", "did", "does", "do"})


def _relative_verb(text: str, pos: int, end: int) -> bool:
    """Whether a verb follows a relative pronoun ending at ``pos`` ("who also came out"), not a subject."""
    lex = lexicon()
    for _ in range(3):
        nxt = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else _WORD.match(text, pos)
        if nxt is None or nxt.end() >= end:
            return False
        w = nxt.group()
        if w in _AUXILIARIES:
            return True
        if w.lower() not in lex.between:
            return _verb_like(w)
        pos = nxt.end()
    return False
_QUOTE_CHARS = re.compile("[\u201c\u201d\"]|''")
_PAST_VERBS = frozenset({"made", "took", "gave", "went", "held", "told", "said", "came", "saw", "got", "kept", "left",
                         "led", "ran", "sent", "spent", "won", "lost", "met", "put", "set", "began", "became", "brought",
                         "bought", "thought", "found", "fell", "felt", "wrote", "spoke", "stood", "struck", "hit", "cut",
                         "let", "drew", "threw", "sought", "took", "broke", "chose", "rose"})


def _verb_like(w: str) -> bool:
    lw = w.lower()
    lex = lexicon()
    return w[:1].islower() and (lw in lex.between or lw in _PAST_VERBS or lw.endswith("ed")
                                or lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3)


def last_clause_subject(text: str, lo: int, cue_start: int, colon: bool = False,
                         joined: bool = False) -> Optional[Tuple[int, int]]:
    """The subject of the last coordinate or subordinate clause before a participle cue:
    '..., and the ACLU has already sued the city, saying ...' / '... in which he continued his
    assault, mocking ...'. None when no such clause opens between ``lo`` and the cue.
    ``joined``: for a verb joined by "and" ("... - he called her "weak" and said"), where a dash,
    a semicolon or a comma before a pronoun also opens the clause and a quoted word may follow."""
    last = None
    opener = _COLON_CLAUSE_OPENER if colon else (_JOINED_CLAUSE_OPENER if joined else _CLAUSE_OPENER)
    for m in opener.finditer(text, max(lo, cue_start - 200), cue_start):
        word = m.group().strip()
        if joined and word[:1].isalpha() and word in _SUBORDINATE_OPENERS:
            if "," in text[m.end():cue_start]:
                continue  # "Reid, who endorsed Clinton in February, reiterated ... and stressed": closed
            if word in _RELATIVES and _relative_verb(text, m.end(), cue_start):
                last = m  # "Weaver, who came out and endorsed": the relative pronoun is the subject
            elif word != "that":
                last = m  # 'NAFTA, which Trump had called ... and promised': the subject follows
            continue  # "said that the plan ... and added": a reported clause does not open a new subject
        last = m
    if last is None or not joined and _QUOTE_CHARS.search(text, last.start(), cue_start):
        return None
    if joined and last.group().strip() in _RELATIVES and _relative_verb(text, last.end(), cue_start):
        return (last.start(), last.start() + len(last.group().strip()))
    subj = sentence_subject(text, last.end(), cue_start)
    if subj is None or subj[0] != last.end():
        return None
    nxt = _WORD.search(text, subj[1], cue_start)
    if nxt is None or text[subj[1]:nxt.start()].strip():
        return None
    if (colon or joined) and nxt.group().endswith("ly") and nxt.group() not in LY_NOT_ADVERBS:
        nxt = _WORD.search(text, nxt.end(), cue_start)  # "Trump reportedly yelling:"
        if nxt is None:
            return None
    if not (_verb_like(nxt.group()) or colon and nxt.group().endswith("ing")):
        return None
    if joined:
        words = list(_WORD.finditer(text, subj[0], subj[1]))
        last_w = words[-1].group() if len(words) > 1 else ""
        if last_w.endswith("ly") and last_w.islower() and last_w not in LY_NOT_ADVERBS:
            subj = (subj[0], words[-2].end())  # "the league strongly denounced ... and said"
    return subj


_MADE_IT = re.compile(r"(m(?<!\wm)(?:ade|ake|akes|aking))\s+(?:it|very|abundantly|perfectly|quite)\s+(?:(?:very|abundantly|"
                      r"perfectly|quite|crystal)\s+)?\Z")
_SPOKE_TO = re.compile(r"\s(?:who\s+(?:had\s+|have\s+|has\s+)?)?(?:speaking|talking|spoke|spoken|talked|speak|talk)"
                       r"\s+(?:to|with)\s+\Z")
# The verb group of "went on to say", "was prompted to say", "had this to say", "is quoted as saying":
# the speaker is the subject before it.
_TO_SAY = re.compile(
    r"\b(?:(?:went|goes|go|going|gone)\s+(?:on|so\s+far\s+as|as\s+far\s+as)\s+to"
    r"|(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:prompted|moved|forced|compelled|quick|quoted\s+as|heard)(?:\s+to)?"
    r"|(?:had|has|have)\s+(?:this|that|much|little|plenty|something|nothing|more|a\s+lot)\s+to"
    r"|(?:went|goes|go)\s+on\s+to)\s+\Z"
)


_ASIDE_REACH = 300


def _subject_before_aside(
    text: str, lo: int, cue_start: int, m: Optional[Tuple[int, int]]
) -> Optional[Tuple[int, int]]:
    """The clause subject when a comma-delimited aside sits between it and the cue:
    "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said" /
    "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said"."""
    two = text.rfind("''", lo, cue_start)
    close = max(text.rfind("\u201d", lo, cue_start), text.rfind('"', lo, cue_start), two + 1 if two >= 0 else -1)
    if close >= lo:
        # '"...," Ms. Merkel's spokesman, Steffen Seibert, wrote': the clause opens after the quotation.
        lo = close + 1
        while lo < cue_start and text[lo] in " ,\u00a0":
            lo += 1
    if cue_start - lo > _ASIDE_REACH:
        return None  # a subject and aside this long are no apposition (and a run-on text is not re-read per cue)
    subj = sentence_subject(text, lo, cue_start)
    if subj is None or m is not None and subj[1] >= m[0] or text[subj[1]:subj[1] + 1] != "," or not text[subj[0]].isupper():
        return None
    first = text[subj[0]:subj[1]].split(None, 1)[0].lower()
    if first in _NOT_SUBJECT or _ASIDE_BREAK.search(text, subj[1], m[0] if m else cue_start):
        return None  # "Of Carson, Levine ... said" / "..., while liberal groups, including ..., reported"
    return subj
