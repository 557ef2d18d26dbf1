"""The subject that opens a clause: "Trump attacked X, saying ..." -> "Trump".

``sentence_subject`` skips what may stand before a subject (a dateline, a
leading conjunction, an opening adverbial or participle phrase, a subordinate
clause up to its comma) and reads the noun phrase that follows. It looks only
at the tokens between its two bounds.
"""

from __future__ import annotations

from typing import Any, List, Optional, Tuple

from newsnlp.quotes._lexicon import lexicon
from newsnlp.quotes._speakers import (
    _DETERMINERS, _NOT_NP_START, _PREPOSITIONS, _SUBJECT_PRONOUNS, _TIME_NOUNS, _TIME_WORDS, LY_NOT_ADVERBS, Mention,
    _is_word, _tokens,
)

__all__ = ["sentence_subject"]

# How many tokens an opening prepositional phrase may run before the comma that ends it.
_PHRASE_REACH = 10
# How many tokens an opening participle or adverb phrase ("Adopting the recommendations of ...,") may run.
_OPENING_REACH = 12

# Sentence-initial focus adverbs before the subject or an opening phrase: "Even people who ... are wary",
# "Even before Francis spoke, Mr. Trump had ...".
_FOCUS_ADVERBS = {"Even", "Only", "Just", "Perhaps", "Usually", "Often", "Sometimes"}
_EXPLETIVE_VERBS = {"was", "is", "took", "takes", "seems", "seemed", "wasn't", "isn't", "remains", "remained"}
_SUBORDINATORS = {"though", "although", "if", "because", "unless", "whether", "once", "while", "when", "as", "after",
                  "before", "since"}

_ADJ_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ish", "less", "able", "ible", "ian", "ern")


_OPENING_ADVERBS = {
    "likewise", "instead", "later", "earlier", "meanwhile", "afterward", "afterwards", "separately", "similarly",
    "nonetheless", "nevertheless", "moreover", "furthermore", "indeed", "ultimately", "eventually", "finally",
    "again", "thus", "therefore", "hence", "overall", "otherwise", "today", "yesterday", "tonight", "previously",
    "there", "here", "inside", "outside", "beyond", "across", "throughout", "within", "unlike", "besides", "amid",
    "shortly", "just", "back", "soon", "together", "right", "long",
}
_SPAN_WORDS = {"hours", "days", "weeks", "months", "years", "minutes", "moments", "decades", "hour", "day", "week",
               "month", "year", "minute", "moment", "decade"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "a", "few"}


def _opening_phrase(toks: List[Tuple[int, int, str]], k: int) -> bool:
    """Whether an introductory phrase opens at ``k``: "Two weeks after ...", "Arriving at ..."."""
    w = toks[k][2]
    if w.lower() in _NUMBER_WORDS or w.isdigit():
        if w.lower() == "a" and k + 2 < len(toks) and toks[k + 1][2].lower() == "few":
            k += 1  # "A few minutes later, ..."
        return k + 1 < len(toks) and toks[k + 1][2].lower() in _SPAN_WORDS
    if w.lower() in _SPAN_WORDS and k + 1 < len(toks):
        return toks[k + 1][2].lower() in ("later", "earlier", "ago", "after", "before")  # "Hours later, ..."
    if w.lower() in ("last", "next", "this", "earlier", "later", "late", "early", "that") and k + 1 < len(toks):
        nxt = toks[k + 1][2]
        if w.lower() in ("late", "early") and nxt.lower() in ("last", "next", "this", "on", "in") and k + 2 < len(toks):
            nxt = toks[k + 2][2]  # "Late last month, ...", "Early on Tuesday, ..."
        return nxt.lower() in _TIME_NOUNS or nxt in _TIME_WORDS  # "Last month, ...", "That morning, ..."
    if w == "The" and k + 2 < len(toks) and toks[k + 1][2] in ("next", "following", "previous", "same"):
        return toks[k + 2][2].lower() in _TIME_NOUNS  # "The next month, ..."
    if w == "The" and k + 2 < len(toks) and toks[k + 1][2] in _TIME_NOUNS:
        return toks[k + 2][2] in ("before", "after")  # "The day before, ..."
    if w in ("Most", "More", "Very", "Quite", "Much") and k + 1 < len(toks):
        nxt = toks[k + 1][2]
        return nxt.endswith("ly") and nxt.islower() and nxt not in LY_NOT_ADVERBS  # "Most recently, ..."
    return len(w) > 5 and w.endswith("ing") and w[0].isupper() and w[1:].islower()


_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode", "Island", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming",
    "New", "North", "South", "West", "D.C.",
}


def _skip_state(toks: List[Tuple[int, int, str]], k: int, lex: "Any") -> int:
    """After "..., in Salem," the index past a state ("New Hampshire,", "Fla.,") that a subject follows."""
    m = k
    while m < len(toks) and m - k < 2 and (toks[m][2] in _STATES or
                                           len(toks[m][2]) <= 6 and toks[m][2].endswith(".") and toks[m][2][:1].isupper()):
        m += 1
    if m > k and m + 1 < len(toks) and toks[m][2] == "," and k >= 2 and toks[k - 2][2][:1].isupper() \
            and (_starts_np(toks[m + 1][2], lex) or toks[m + 1][2] in _PREPOSITIONS):
        # "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush" / "At an event in
        # Ames, Iowa, on Sunday, Mrs. Clinton ...": the next phrase is skipped by the caller.
        return m + 1
    return k


def _starts_np(w: str, lex: "Any") -> bool:
    return w[:1].isupper() or w.lower() in _DETERMINERS or w.lower() in lex.pronouns


_DASHES = ("-", "\u2014", "\u2013", "\u2015")


def _agency_dateline(toks: List[Tuple[int, int, str]]) -> bool:
    """"Washington (AFP) -", "New York (Reuters) --": a title-case place, an agency in parentheses, a dash."""
    for j in range(1, min(len(toks) - 2, 6)):
        if toks[j][2] == "(":
            return toks[j + 1][2][:1].isupper() and toks[j + 2][2] == ")" and j + 3 < len(toks) \
                and toks[j + 3][2] in _DASHES and all(t[2][:1].isupper() for t in toks[:j])
    return False


_NP_MODIFIERS = {"former", "top", "senior", "longtime", "new", "then", "chief", "acting", "interim", "veteran"}


def _head_after_modifier(toks: List[Tuple[int, int, str]], k: int, e: int, w: str, lex: "Any") -> bool:
    """"The Obama administration", "The former secretary": after a determiner, a proper-noun or
    "former"-like modifier is followed by the lower-case head noun."""
    prev = toks[e][2]
    if prev.endswith(("'s", "\u2019s")) and prev[:1].isupper() and e - k < 3 and w.isalpha() \
            and w.lower() not in lex.cues and w.lower() not in lex.between and w.lower() not in lex.boundaries:
        return True  # "Ms. Merkel's spokesman", "Trump's campaign"
    return toks[k][2].lower() in _DETERMINERS and e - k < 3 and w.isalpha() and w.lower() not in lex.cues \
        and w.lower() not in lex.pronouns and w.lower() not in lex.between and w.lower() not in lex.boundaries \
        and not w.endswith("ed") and (prev[:1].isupper() and e > k or prev.lower() in _NP_MODIFIERS) \
        and not (e + 2 < len(toks) and toks[e + 2][2][:1].islower() and toks[e + 2][2].lower() in _NP_MODIFIERS)


def sentence_subject(text: str, lo: int, cue_start: int) -> Optional[Mention]:
    """The noun phrase opening the clause of ``cue_start`` ("Trump attacked X, saying ...")."""
    lex = lexicon()
    toks = _tokens(text, lo, cue_start)
    k = 0
    opened = False  # an opening phrase was skipped: a lower-case subject ("police") may follow
    if len(toks) > 2 and (toks[0][2].isupper() and len(toks[0][2]) > 1 or _agency_dateline(toks)):
        # A dateline: "PARIS - Marine Le Pen ..." / "CLEVELAND (AP) -- ...".
        j = 0
        while j < len(toks) and j < 10 and toks[j][2] not in _DASHES:
            j += 1
        # "PARIS -", "ORLANDO, Fla. (Reuters) -", "WASHINGTON, Dec. 8 (UPI) ―": capitals, a state or
        # date, an agency, then the dash.
        if j < len(toks) - 1 and j < 10 and all(t[2][:1].isupper() or t[2].isdigit() or not _is_word(t[2])
                                                for t in toks[:j]):
            while j < len(toks) and toks[j][2] in _DASHES:
                j += 1
            k = j
    # "And now Mr. Manafort has ...", "But even Obama tried ...": a leading conjunction and adverb.
    if k < len(toks) and toks[k][2] in ("And", "But", "So", "Yet", "Or"):
        k += 1
        while k < len(toks) and toks[k][2] in ("now", "then", "even", "yet", "still", "also", "so"):
            k += 1
        if k < len(toks) and toks[k][2] == ",":
            k += 1
    # Skip leading adverbials: "On Thursday, however, Trump ..." / "In 2012 he ...".
    for _ in range(3):
        if k + 1 < len(toks) and toks[k][2] in _FOCUS_ADVERBS and _is_word(toks[k + 1][2]):
            k += 1
            opened = True  # a lower-case subject may follow ("Even people who ...")
        if k < len(toks) and (toks[k][2].lower() in _OPENING_ADVERBS or _opening_phrase(toks, k)):
            # "Likewise, Trump ..." / "Later in the day, she ..." / "Arriving at the scene, police ...":
            # an opening phrase up to the comma that a subject follows.
            j = k + 1
            while j < len(toks) - 1 and j - k < _OPENING_REACH and toks[j][2] != ",":
                j += 1
            if j < len(toks) - 2 and toks[j][2] == "," and toks[j + 1][2] in ("\u201d", '"'):
                j += 1  # 'Speaking on ABC's "This Week," Carson ...': the comma sits inside the title's quotes
            if j < len(toks) - 1 and toks[j][2] in (",", "\u201d", '"') and (_starts_np(toks[j + 1][2], lex) or (
                    toks[k][2].endswith("ing") and _is_word(toks[j + 1][2]))
                    or toks[j + 1][2] in ("at", "in", "on", "during", "after")):  # "The day before, at a rally, ..." 
                k = _skip_state(toks, j + 1, lex)
                opened = True
            elif toks[k][2].lower() in _NUMBER_WORDS or toks[k][2].isdigit():
                # "A few minutes later they ...": a time span with no comma ends at "later"/"ago".
                t = k + 1
                while t < len(toks) - 1 and t - k < 4 and toks[t][2].lower() not in ("later", "earlier", "ago"):
                    t += 1
                if t < len(toks) - 1 and toks[t][2].lower() in ("later", "earlier", "ago") \
                        and toks[t + 1][2].lower() in _SUBJECT_PRONOUNS:
                    k = t + 1
        if k < len(toks) and (toks[k][2].lower() in _PREPOSITIONS or toks[k][2] in _TIME_WORDS):
            j = k
            if toks[k][2].lower() in _SUBORDINATORS:
                # "If he wins, Trump has said ...", "When Maddow asked, Clinton seized on ...": a whole
                # subordinate clause, its own subject included, up to the comma a subject follows.
                c = k + 1
                while c < len(toks) - 1 and c - k < 25 and toks[c][2] not in (",", ";", ":", "\u201c", "\u201d", '"'):
                    c += 1
                if c < len(toks) - 1 and toks[c][2] == "," and _starts_np(toks[c + 1][2], lex):
                    j = c
            while j < len(toks) and j - k < _PHRASE_REACH and toks[j][2] != "," and \
                    not (j > k and toks[j][2].lower() in lex.pronouns and toks[j][2].lower() not in ("her", "him")):
                j += 1
            if j < len(toks) and toks[j][2] == ",":
                j = _skip_state(toks, j + 1, lex)
            elif toks[k][2].lower() in _PREPOSITIONS:
                # No comma: "On Thursday evening Hillary Clinton delivered ...": a time phrase
                # ends at its last time word.
                t = k + 1
                while t < len(toks) and t - k < 6 and (toks[t][2] in _TIME_WORDS or toks[t][2].lower() in _TIME_NOUNS
                                                       or toks[t][2].isdigit() or toks[t][2].lower() in ("last", "this",
                                                                                                         "next", "early", "late")):
                    t += 1
                if k + 1 < t < len(toks) and _starts_np(toks[t][2], lex):
                    j = t
            k = j
        if k + 1 < len(toks) and toks[k][2].isdigit() and toks[k + 1][2] == ",":
            k += 2  # the year of "On July 6, 2015, Sanders ..."
        # "Recently, it began calling ..." / "Chastened, the senator ...": an opening adverb or participle.
        if k + 1 < len(toks) and toks[k + 1][2] == "," and len(toks[k][2]) > 4 and \
                toks[k][2].endswith(("ly", "ed")) and toks[k][2][1:].islower():
            k += 2
        if k < len(toks) and toks[k][2].lower() in ("however", "meanwhile", "also", "still"):
            k += 1
            if k < len(toks) and toks[k][2] == ",":
                k += 1
    if k + 1 < len(toks) and len(toks[k][2]) > 4 and toks[k][2].endswith("ed") and toks[k][2][1:].islower() \
            and toks[k + 1][2][:1].islower():
        # "Chastened by the analyses, ..., Trump revised ...": an opening participial phrase
        # ends at the first comma that a subject follows.
        for j in range(k + 2, min(len(toks) - 1, k + 30)):
            nxt = toks[j + 1][2]
            if toks[j][2] == "," and (nxt[:1].isupper() or nxt.lower() in _DETERMINERS or nxt.lower() in lex.pronouns):
                k = j + 1
                break
    if k >= len(toks) or not _is_word(toks[k][2]):
        return None
    w0 = toks[k][2]
    if w0.lower() in _NOT_NP_START:
        return None  # "To ...", "Keeps saying ...": no noun phrase opens this clause
    if w0.lower() in lex.pronouns:
        if w0.lower() == "it" and k + 1 < len(toks) and toks[k + 1][2].lower() in _EXPLETIVE_VERBS:
            return None  # "It was at the conference that Swanson ...", "It took him a day to ...": no subject
        return (toks[k][0], toks[k][1])
    if not w0[0].isupper() and w0.lower() not in _DETERMINERS and not (opened and w0.isalpha()):
        return None
    e = k
    while e + 1 < len(toks) and e - k < 7:
        w = toks[e + 1][2]
        if not (_is_word(w) or w in ("'s", "\u2019s", "-", "&", ".")) or w.lower() in lex.boundaries or w.lower() in lex.between:
            break
        if w[0].islower() and w.lower() not in ("of", "for") and not (toks[e][2].lower() in _DETERMINERS) \
                and not _head_after_modifier(toks, k, e, w, lex):
            # "several environmental groups", "The Democratic senator": the noun after an adjective.
            if not (w0.lower() in _DETERMINERS and e - k < 3 and w.isalpha() and toks[e][2].endswith(_ADJ_ENDINGS)
                    and w.lower() not in lex.cues and w.lower() not in lex.pronouns):
                break
        e += 1
    return (toks[k][0], toks[e][1])
