"""Quote extraction: quotation marks plus cue-driven reported speech.

One pass finds the quotations (``_marks``), one regex pass finds the cue
words (``_lexicon``), and each quotation or cue then looks only at a bounded
window around itself, so the whole run is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import List, NamedTuple, Optional, Sequence, Set, Tuple

from newsnlp.quotes._cue_speakers import (_BY_AGENT, SpeakerSpan, expletive, last_clause_subject, passive_start,
                                          speaker_for_cue)
from newsnlp.quotes._lexicon import lexicon, spans, word_start_regex
from newsnlp.quotes._marks import Quoted, paragraphs, quoted_spans
from newsnlp.quotes._speakers import LY_NOT_ADVERBS, Resolver, mention_before
from newsnlp.quotes._subject import sentence_subject
from newsnlp.quotes._types import Cue, Quote
from newsnlp.text import Sentence, sentences

__all__ = ["extract_quotes"]

_AFTER_WINDOW = 90
# The longest stretch one attribution may look at or report, in characters; bounds the work per cue.
_MAX_SPAN = 1500
JOIN_NEXT_PARAGRAPH = True
_BEFORE_WINDOW = 150
_ALNUM = re.compile(r"[^\W_]")
_SENT_END = re.compile(r"[.?!]")
_WORD = re.compile(r"\w+")
# Between a cue and the quotation it introduces: "said in a statement Monday," / "told reporters:".
_INTRO = re.compile(r"[^.?!\u201c\u201d\"]{0,70}?[,:]\s*\Z")
_COLON_END = re.compile(r":\s*\Z")
# 'Mr. Biden praised the plan - "It will work," he said.': a dash before the quotation ends the lead-in.
_DASH_END = re.compile(r"\s(?:-{1,2}|[\u2013\u2014\u2015])\s*\Z")
_DASH_SIGNOFF = re.compile(r"[\s\u00a0]*([\u2015\u2014]|--)[\s\u00a0]*([A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})[\s\u00a0.]*\Z")
# "..., a Chinese official said, adding that ...": the participle clause is an attribution of its own.
_PARTICIPLE_TAIL = re.compile(r"(?:\s+\w+){0,3},\s*(?:also\s+|then\s+)?[a-z]+ing\b")
# "the footage", "heavy criticism", "his claims": after a determiner or adjective a cue word is a noun.
# (One branch per first letter: ``re`` skips ahead to the next of those letters, see ``word_start_regex``.)
_NOUN_BEFORE = re.compile(
    word_start_regex(
        [c + w[1:] for w in ("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
                             "heavy", "sharp", "withering", "repeated", "public", "growing", "widespread", "fierce",
                             "such", "false") for c in (w[0], w[0].upper())] + ["Republican", "Democratic", "GOP"],
        # "a hastily called meeting", "the widely reported claim": an adverb between determiner and participle.
        r"\s+(?:(?!(?:" + "|".join(sorted(LY_NOT_ADVERBS)) + r")\s)[a-z]+ly\s+)?\Z")
    # (The possessive is two branches, each opening with its mark: with every branch opening with one
    # character, ``re`` skips ahead to the next of those characters instead of trying each position.)
    + r"|'s\s+\Z|\u2019s\s+\Z|H(?<!\w.)aving\s+\Z")
# (The same as r"(?:,\s*|\s+)(?:but|and|while|whereas|although)\s+|;\s*|,\s*(?=(?:also\s+|then\s+)?[a-z]+ing\b)",
# written to open with one character class, which ``re`` skips ahead by; look-behinds pick the branch.)
_CLAUSE_BREAK = re.compile(r"[,;\s](?:(?<=[,\s])\s*(?:but|and|while|whereas|although)\s+|(?<=;)\s*"
                           r"|(?<=,)\s*(?=(?:also\s+|then\s+)?[a-z]+ing\b))")
_PAREN_TAIL = re.compile(r"[^,.;:?!\u201c\u201d\"]{0,30},\s*")
# '..., she said on "Meet the Press," adding ...' / '..., Trump said before adding: ...'
_ING_AFTER_CUE = re.compile(r"(?:\s+[\w.'\u2019\"\u201c\u201d]+){0,4}\s*,[\"\u201d]?\s*(?:also\s+|then\s+)?\Z"
                            r"|\s+(?:before|then|and\s+then)\s+\Z")
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s+")
_ADVERBIAL_TAIL = re.compile(r"\s*(?:[^.?!,;\u201c\u201d\"]{0,40})?[.?!]")
# A reported clause, not an adverbial, after a cue: "said the plan would fail." / "said he would run."
# (After "told", "asked" or "warned" a noun phrase is whom: "told a Senate panel Wednesday.")
_CLAUSE_TAIL = re.compile(r"\s*(?:that|the|a|an|he|she|it|they|we|I|you|there|this|these|his|her|their|its|our)\s")


def _adverbial_tail(tail: str, word: str) -> bool:
    """Whether ``tail``, the rest of the sentence after cue ``word``, is a few words that only say
    when, where or to whom ("Tuesday.", "in a statement.") rather than what was said."""
    return not _has_words(tail, 0, len(tail), 5) and _ADVERBIAL_TAIL.fullmatch(tail) is not None \
        and (word in _OBJECT_CUES or _CLAUSE_TAIL.match(tail) is None)


def _has_words(text: str, s: int, e: int, n: int) -> bool:
    """Whether ``text[s:e]`` holds at least ``n`` words (runs of word characters)."""
    return _at_least_words(n).match(text, s, e) is not None


@lru_cache(maxsize=None)
def _at_least_words(n: int) -> "re.Pattern[str]":
    """``n`` words from the start (``(?!\\w)``: a word is never split in two to make up the count): one match
    that stops after the ``n``-th word instead of a list of every word of the stretch."""
    return re.compile(r"(?:\W*\w+(?!\w)){%d}" % n)


class _Article:
    def __init__(self, text: str, split: Optional[Sequence[Sentence]] = None) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.para_starts = [p[0] for p in self.paras]
        # ``split``: newsnlp.sentences(text), when the caller (analyze) already has it.
        self.sents = sentences(text) if split is None else list(split)
        self.sent_starts = [s.start for s in self.sents]
        self.quoted = quoted_spans(text, self.paras)
        self.q_opens = [q.open_at for q in self.quoted]
        # Flattened quoted content intervals, sorted, for "is this inside quotes?".
        frags = sorted(f for q in self.quoted for f in q.fragments)
        self.frag_starts = [f[0] for f in frags]
        self.frags = frags

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def sentence_bounds(self, pos: int) -> Tuple[int, int]:
        i = max(0, bisect_right(self.sent_starts, pos) - 1)
        if not self.sents:
            return 0, len(self.text)
        s = self.sents[i]
        return s.start, max(s.end, pos)

    def unquoted(self) -> List[Tuple[int, int]]:
        """The stretches of the text outside the quoted fragments: where ``inside_quote`` is False."""
        out: List[Tuple[int, int]] = []
        lo = 0
        for s, e in self.frags:
            if lo < s:
                out.append((lo, s))
            lo = e  # (of fragments starting together, ``inside_quote`` reads the last)
        if lo < len(self.text):
            out.append((lo, len(self.text)))
        return out

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.frag_starts, pos) - 1
        return i >= 0 and self.frags[i][0] <= pos < self.frags[i][1]

    def quoted_letters(self, s: int, e: int) -> Tuple[int, int]:
        """(letters/digits inside quotation marks, all letters/digits) in [s, e)."""
        # (str.isalnum is exactly the regex class [^\W_] of _ALNUM, and counts without building a list.)
        text = self.text
        total = sum(map(str.isalnum, text[s:e]))
        inside = 0
        i = max(0, bisect_right(self.frag_starts, s) - 1)
        while i < len(self.frags) and self.frags[i][0] < e:
            fs, fe = self.frags[i]
            lo, hi = max(fs, s), min(fe, e)
            if lo < hi:
                inside += sum(map(str.isalnum, text[lo:hi]))
            i += 1
        return inside, total

    def _meets_quote(self, s: int, e: int) -> bool:
        """Whether a quoted fragment that ``quoted_letters(s, e)`` counts in overlaps [s, e)."""
        frags = self.frags
        i = max(0, bisect_right(self.frag_starts, s) - 1)
        while i < len(frags) and frags[i][0] < e:
            if frags[i][1] > s and frags[i][1] > frags[i][0]:
                return True
            i += 1
        return False

    def kind(self, stretches: Sequence[Tuple[int, int]]) -> str:
        """"indirect" when no letter or digit of ``stretches`` is inside quotation marks, "direct" when
        at least 90% are, else "mixed"."""
        # (A stretch no quotation overlaps counts no quoted letter: its letters need not be counted.)
        if not any(self._meets_quote(s, e) for s, e in stretches):
            return "indirect"
        inside = total = 0
        for s, e in stretches:
            i, t = self.quoted_letters(s, e)
            inside += i
            total += t
        return "indirect" if inside == 0 else ("direct" if inside >= 0.9 * total else "mixed")


class _Draft(NamedTuple):
    """A quote while the rules still shape it: the fields of :class:`Quote`, with the speaker's
    mention not yet resolved. ``_resolve`` makes the drafts that survive into quotes. (Drafts are
    often rebuilt or dropped, and a tuple costs a fraction of a frozen dataclass to build.)"""

    text: str
    start: int
    end: int
    fragments: Tuple[Tuple[int, int], ...]
    kind: str
    cue: Optional[Cue]
    paragraph: int
    speaker: Optional[SpeakerSpan]


def _cue_after(art: _Article, q: Quoted, cues: Sequence[Tuple[int, int]], cue_starts: List[int]) -> Optional[int]:
    """Index of a cue right after quotation ``q`` ("..., he said")."""
    text = art.text
    pe = art.paras[q.paragraph][1] if not q.fragments else art.paras[art.para_of(q.end)][1]
    hi = min(pe, q.close_at + _AFTER_WINDOW)
    nxt = bisect_right(art.q_opens, q.close_at)
    if nxt < len(art.q_opens):
        hi = min(hi, art.q_opens[nxt])
    i = bisect_left(cue_starts, q.close_at)
    if i >= len(cues) or cues[i][0] >= hi:
        return None
    if art.sentence_index(max(0, q.close_at - 1)) != art.sentence_index(cues[i][0]) and \
            art.sentence_index(q.close_at) != art.sentence_index(cues[i][0]):
        # '“How many times?” Clinton said.': the splitter ends a sentence at the question
        # mark inside the quote, but the attribution still belongs to it.
        if not (text[q.end - 1:q.end] in ("?", "!") and not _SENT_END.search(text, q.close_at, cues[i][0])
                and not _has_words(text, q.close_at, cues[i][0], 5)):
            return None
    if _has_words(text, q.close_at, cues[i][0], 8):
        return None
    if _SUBORDINATE_GAP.search(text, q.close_at, cues[i][0]):
        return None  # '... was "riding the fence" until Haley said ...': the cue reports another clause
    asked = _ASKED.match(text, art.sentence_bounds(q.open_at)[0], q.open_at)
    if asked is not None and not _ASKED_END.search(text, asked.end(), q.open_at):
        return None  # 'Asked whether she "has the integrity," 75 percent said yes': the quotation is the question
    return i


# A sentence opening with the question put to the speaker: "Asked whether ...", "When asked if ...".
_ASKED_END = re.compile("[,;:\u201c\u201d\"]")
_ASKED = re.compile(r"[\s\u201c\"]*(?:(?:And|But|So)\s+)?(?:[Ww]hen\s+|[Aa]fter\s+being\s+)?[Aa]sked\b")


# (One branch per first letter, see ``word_start_regex``.)
_SUBORDINATE_GAP = re.compile(word_start_regex(["until", "unless", "because", "since", "before", "after", "although", "though",
                                                "when", "whenever", "if", "whether", "but", "yet", "while", "whereas",
                                                "where", "once"], r"\s") + r"|s(?<!\w.)o\s+that\s")


def _cue_before(art: _Article, q: Quoted, cues: Sequence[Tuple[int, int]], cue_starts: List[int]) -> Optional[int]:
    """Index of a cue introducing quotation ``q`` ("He said, ..." / "told reporters: ...")."""
    text = art.text
    ps = art.paras[q.paragraph][0]
    lo = max(ps, q.open_at - _BEFORE_WINDOW)
    i = bisect_left(cue_starts, q.open_at) - 1
    if i < 0 or cues[i][1] <= lo:
        return None
    between = text[cues[i][1]:q.open_at]
    if between.strip() == "" or _INTRO.match(between):
        return i
    return None


_SOURCE_NOUN = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|aides?|advisers?|sources?|experts?|analysts?|critics?|supporters?|"
    r"lawmakers?|leaders?|members?|voters?|residents?|police|officers?|authorities|investigators?|prosecutors?|"
    r"lawyers?|attorneys?|economists?|researchers?|scientists?|candidates?|nominee|president|governor|mayor|senator|"
    r"campaign|administration|department|committee|report|study|survey|poll|polls|statement|letter|ad|video|"
    r"group|groups|company|agency|court|judge|government|party|people|family|families|parents|many|some|others|"
    r"both|most|all|few|each|panel|board|council|union|data|documents?|records?|chairman|chairwoman|director|"
    r"secretary|minister|executive|chief|activists?|advocates?|republicans|democrats|he|she|they|it|we|i|you|who|which)\b",
    re.IGNORECASE,
)


def _plausible_source(text: str, speaker: SpeakerSpan) -> bool:
    """A source is named (capitalised), a pronoun, or a noun that can speak ("officials", "the report",
    or a head noun learned from annotated sources: "allies", "strategists")."""
    mention = text[speaker.start:speaker.end]
    if any(map(str.isupper, mention)) or _SOURCE_NOUN.search(mention) is not None:
        return True
    words = _WORD.findall(mention)
    return bool(words) and words[-1].lower().replace("\u2019", "'") in lexicon().source_heads


def _cue_in_paragraph_before(art: _Article, q: Quoted, cues: Sequence[Tuple[int, int]], cue_starts: List[int]) -> bool:
    k = bisect_left(cue_starts, q.open_at) - 1
    return k >= 0 and art.para_of(cues[k][0]) == q.paragraph




Spans = List[Tuple[int, int]]


def _shares_cue(art: _Article, cues: Spans, ci: int, s_lo: int) -> bool:
    """Whether the participle cue ``ci`` belongs to the attribution right before it in its sentence
    ('..., she said, adding, "..."' / '..., Bob said in a statement, adding that ...')."""
    cs = cues[ci][0]
    return art.text[cs:cues[ci][1]].lower().endswith("ing") and ci > 0 and cues[ci - 1][0] >= s_lo \
        and _ING_AFTER_CUE.match(art.text, cues[ci - 1][1], cs) is not None


def _cue_speaker(art: _Article, cues: Spans, ci: int, res: "_Mentions", lo: int, hi: int) -> Optional[SpeakerSpan]:
    """The speaker of cue ``ci``, or of the attribution a participle cue continues."""
    if _shares_cue(art, cues, ci, lo):
        speaker = speaker_for_cue(art.text, cues[ci - 1], res, lo, hi)
        if speaker is not None:
            return speaker
    return speaker_for_cue(art.text, cues[ci], res, lo, hi)


CARRY_PARAGRAPH = True


def _carries_on(art: _Article, prev: _Draft, q: Quoted, cue_starts: List[int]) -> bool:
    """Whether quotation ``q``, opening its paragraph, continues quote ``prev`` of the paragraph before."""
    if prev.kind == "indirect" or prev.cue is None or prev.speaker is None:
        return False
    prev_para = art.para_of(prev.end)
    if prev_para != q.paragraph - 1 or not q.closed:
        return False
    # Nothing but the attribution may follow the previous quote in its paragraph.
    pe = art.paras[prev_para][1]
    after = max(prev.end, prev.cue.end)
    if _has_words(art.text, after, pe, 7):
        return False
    # No cue of its own in the new paragraph.
    i = bisect_left(cue_starts, q.open_at)
    return not (i < len(cue_starts) and cue_starts[i] < art.paras[q.paragraph][1])


def _names_someone(text: str, m: Tuple[int, int]) -> bool:
    """Whether mention ``m`` opens with a capital, a determiner or a personal pronoun."""
    first = text[m[0]:m[1]].split(None, 1)[0]
    return first[:1].isupper() or first.lower() in ("the", "a", "an", "he", "she", "they", "we", "i")


_VERB_BEFORE_COLON = re.compile(r"\b([a-z]{3,}ed)\s*\Z")
_NOT_SPEECH_BEFORE_COLON = frozenset({"based", "titled", "entitled", "headlined", "reached", "followed", "listed",
                                      "included", "involved", "needed", "required", "used", "signed", "dated",
                                      "published", "released", "posted", "tweeted", "updated", "noted", "added",
                                      "described", "concerned", "worried", "surprised", "divided", "mixed",
                                      "limited", "detailed", "called", "named", "dubbed", "labeled", "labelled"})
_COLON_SOURCE = re.compile(
    r"(?:\s[-\u2013\u2014]+\s+|\b(?:[Mm]ore\s+)?[Ff]rom\s+)"
    r"((?:the\s+)?[A-Z][\w.'\u2019&-]*(?:[ \u00a0][A-Z][\w.'\u2019&-]*){0,5}(?:\s+and\s+[A-Z][\w.'\u2019&-]*"
    r"(?:[ \u00a0][A-Z][\w.'\u2019&-]*){0,3})?|the\s+[a-z]+)[\s\u00a0]*\Z"
)
_ACCORDING_AFTER = re.compile(r"[^.?!;:\u201c\u201d\"]{0,40}?,?\s*\Z")
_PUT_IT = re.compile(r"\s+put\s+it(?:\s+\w+ly)?\s*\Z")


def _direct(art: _Article, cues: Spans, cue_starts: List[int], used_cues: Set[int], res: "_Mentions") -> List[Tuple[int, _Draft]]:
    text = art.text
    out: List[Tuple[int, _Draft]] = []
    last_speaker: Optional[SpeakerSpan] = None
    last_para = -9
    skip_next = False
    for n, q in enumerate(art.quoted):
        if skip_next:
            skip_next = False
            continue
        frags = list(q.fragments)
        label = _TRANSCRIPT_LABEL.match(text, q.start, q.end)
        if label is not None and label.end() < frags[0][1]:
            # '"PENCE: Well, look, ..."': a transcript line names its speaker; a continued
            # paragraph that opens with another label is the next speaker's turn.
            groups: List[Tuple["re.Match[str]", List[Tuple[int, int]]]] = []
            for fs, fe in frags:
                lab = _TRANSCRIPT_LABEL.match(text, fs, fe)
                if lab is not None and lab.end() < fe:
                    groups.append((lab, [(lab.end(), fe)]))
                elif groups:
                    groups[-1][1].append((fs, fe))
            for lab, gfr in groups:
                turn = res.speaker(lab.span(1))
                s0, e0 = gfr[0][0], gfr[-1][1]
                out.append((lab.start(), _Draft(text[s0:e0], s0, e0, tuple(gfr), "direct",
                                                Cue(":", lab.end(1), lab.end(1) + 1), art.para_of(s0), turn)))
                last_speaker, last_para = turn, art.para_of(e0)
            continue
        few_words = not _has_words(text, q.start, q.end, 4)
        ci = _cue_after(art, q, cues, cue_starts)
        if ci is not None and cues[ci][0] >= q.close_at:
            cb = _cue_before(art, q, cues, cue_starts)
            if cb is not None and text[cues[cb][0]:cues[cb][1]].endswith("ing") \
                    and not text[cues[cb][1]:q.open_at].strip() \
                    and _CLAUSE_TAIL.match(text, cues[ci][1], art.sentence_bounds(cues[ci][0])[1]):
                # 'Manafort, citing "the unique magic of Trump," said the candidate could ...': the
                # quotation is what the participle quotes; the verb after it reports a clause of its own.
                ci = None
        late_end = -1
        if (ci is None or cues[ci][0] > q.close_at):
            late = _late_cue(art, q, cues, cue_starts)
            if late is not None and (ci is None or late[0] == ci):
                ci, late_end = late
        if ci is not None and few_words and art.sentence_bounds(q.open_at)[0] < q.open_at - 1:
            # 'On CBS's "Face the Nation," Trump said ...': a quoted title, not the quote.
            ci = None
            continue
        joined = None
        if ci is not None:
            # "“A,” he said, “B.”": the next quotation continues this one.
            gap_end = cues[ci][1]
            if n + 1 < len(art.quoted):
                nq = art.quoted[n + 1]
                between = text[gap_end:nq.open_at]
                # A second cue in between ('..., Bob said. Eyebrows raised, he asked, "B"') starts another quote.
                cb = _cue_before(art, nq, cues, cue_starts)
                own_cue = cb is not None and cues[cb][0] >= gap_end and text[cues[cb][1]:nq.open_at].strip() in (",", ":")
                if nq.paragraph == art.para_of(q.end) and len(between) < 240 and not _has_words(text, gap_end, nq.open_at, 31) \
                        and between.rstrip()[-1:] in (",", ".", ":") and _cue_after(art, nq, cues, cue_starts) is None \
                        and not own_cue:
                    joined = nq
                elif JOIN_NEXT_PARAGRAPH and nq.paragraph == art.para_of(q.end) + 1 \
                        and nq.open_at == art.paras[nq.paragraph][0] and len(between) < 240 \
                        and not _has_words(text, gap_end, nq.open_at, 31) and between.rstrip()[-1:] == "." \
                        and _cue_after(art, nq, cues, cue_starts) is None and _cue_before(art, nq, cues, cue_starts) is None \
                        and _has_words(text, nq.start, nq.end, 5):
                    # '“A,” she said.¶“B.”': the next paragraph carries on the same quotation.
                    joined = nq
        else:
            ci = _cue_before(art, q, cues, cue_starts)
            if ci is not None and few_words:
                continue  # "calling it “a disgrace”": part of reported speech, not a quotation
        colon = None
        if ci is None and _COLON_END.search(text[max(0, q.open_at - 3):q.open_at]):
            colon = text.rfind(":", 0, q.open_at)
        para_start = art.paras[q.paragraph][0]
        starts_sentence = q.open_at == para_start or art.sentence_bounds(q.open_at)[0] >= q.open_at - 1
        speaker: Optional[SpeakerSpan] = None
        cue: Optional[Cue] = None
        if ci is not None:
            sci = ci
            if ci + 1 < len(cues) and cues[ci][0] > q.close_at and \
                    _ACCORDING_AFTER.match(text, cues[ci][1], cues[ci + 1][0]) and \
                    text[cues[ci + 1][0]:cues[ci + 1][1]].lower().startswith("according"):
                # '"...," Sanders said, according to CNN.': the outlet reporting the remark is the source.
                sci = ci + 1
                used_cues.add(ci)
            cs, ce = cues[sci]
            s_lo, s_hi = art.sentence_bounds(cs)
            speaker = _cue_speaker(art, cues, sci, res, max(para_start, s_lo), s_hi)
            if speaker is None and sci == ci and cs > q.close_at and not starts_sentence:
                # 'Coit said the party offers "hope, not fear" offered at the convention': a cue after
                # the quotation with no speaker of its own is no attribution of it; the sentence's
                # cue before the quotation reports it (in the reported-speech pass).
                k = bisect_left(cue_starts, q.open_at) - 1
                if k >= 0 and k not in used_cues and cues[k][0] >= max(para_start, art.sentence_bounds(q.open_at)[0]):
                    continue
            cue = Cue(text[cs:ce], cs, ce)
            used_cues.add(sci)
        elif colon is not None and colon >= 0:
            # "Smith said:" / "The governor put it bluntly:" (possibly closing the previous paragraph).
            c_lo = max(art.paras[art.para_of(colon)][0], art.sentence_bounds(colon)[0])
            k = bisect_left(cue_starts, colon) - 1
            if k >= 0 and cues[k][0] >= c_lo and k not in used_cues and _INTRO.match(text[cues[k][1]:colon + 1]):
                cs, ce = cues[k]
                used_cues.add(k)
                cue = Cue(text[cs:ce], cs, ce)
                speaker = _cue_speaker(art, cues, k, res, c_lo, colon)
            else:
                cue = Cue(":", colon, colon + 1)
                # Both patterns end at the colon and span a few words: searching from further back
                # would only make every colon of a run-on "sentence" re-read it.
                near = max(c_lo, colon - 300)
                named = _COLON_SOURCE.search(text, near, colon)
                put = _PUT_IT.search(text, near, colon)
                m: Optional[Tuple[int, int]]
                if named is not None:
                    # "... - Michael P. McDonald:" / "More from the report:": the source right before the colon.
                    m = named.span(1)
                elif put is not None:
                    m = mention_before(text, c_lo, put.start())  # "As Professor Foner put it:"
                else:
                    m = None
                    verb = _VERB_BEFORE_COLON.search(text, max(near, colon - 40), colon)
                    if verb is not None and verb.group(1) not in _NOT_SPEECH_BEFORE_COLON:
                        # "..., the Christie supporter retorted:": a verb of saying the lexicon does not
                        # know (too rare to learn) right before the colon has its subject before it.
                        m = mention_before(text, c_lo, verb.start(1))
                        if m is not None and not _names_someone(text, m):
                            m = None  # 'an impact that has so far been largely ignored:'
                    if m is None:
                        m = last_clause_subject(text, c_lo, colon, colon=True) or sentence_subject(text, c_lo, colon)
                speaker = res.speaker(m) if m else None
            if speaker is None:
                speaker = last_speaker
        elif _DASH_SIGNOFF.match(text, q.close_at, art.paras[art.para_of(q.end)][1]):
            # A block quotation signed off "― Name" at the end of its paragraph.
            dm = _DASH_SIGNOFF.match(text, q.close_at, art.paras[art.para_of(q.end)][1])
            assert dm is not None
            cue = Cue(dm.group(1), dm.start(1), dm.end(1))
            speaker = res.speaker(dm.span(2))
        elif starts_sentence and _has_words(text, q.start, q.end, 5) and (
            q.paragraph - last_para <= 1 or _cue_in_paragraph_before(art, q, cues, cue_starts)
        ):
            # A quotation continuing the last attribution: '..., Schiff said. "The other factor ..."'
            if CARRY_PARAGRAPH and out and q.open_at == para_start and _carries_on(art, out[-1][1], q, cue_starts):
                # '“A,” she said. “B.”¶“C.”': a paragraph that only goes on quoting the last
                # speaker is more of the same quotation.
                pa, pq = out[-1]
                frs = pq.fragments + tuple(q.fragments)
                kind_c = pq.kind
                out[-1] = (pa, _Draft(text[pq.start:frs[-1][1]], pq.start, frs[-1][1], frs, kind_c, pq.cue,
                                      pq.paragraph, pq.speaker))
                last_para = q.paragraph
                continue
            k = bisect_left(cue_starts, q.open_at) - 1
            speaker = last_speaker
            if k >= 0 and art.para_of(cues[k][0]) >= q.paragraph - 1 and not art.inside_quote(cues[k][0]) \
                    and (last_speaker is None or cues[k][0] > last_speaker.end):
                k_lo, k_hi = art.sentence_bounds(cues[k][0])
                k_lo = max(k_lo, art.paras[art.para_of(cues[k][0])][0])
                speaker = speaker_for_cue(art.text, cues[k], res, k_lo, k_hi) or last_speaker
        else:
            continue
        if ci is None and colon is None and not starts_sentence:
            continue
        if joined is not None:
            frags.extend(joined.fragments)
            skip_next = True
        if speaker is not None:
            last_speaker = speaker
            last_para = art.para_of(frags[-1][1])
        kind = "direct"
        if not starts_sentence and ci is not None and cues[ci][0] > q.close_at:
            # 'Both parties "saw it coming," she said': the reported lead-in belongs to the quote.
            s_lo = max(para_start, art.sentence_bounds(q.open_at)[0], q.open_at - _MAX_SPAN)
            if not _has_words(text, s_lo, q.open_at, 30) and s_lo < q.open_at \
                    and not _COLON_END.search(text, s_lo, q.open_at) and not _DASH_END.search(text, s_lo, q.open_at):
                frags[0] = (s_lo, frags[0][1])
                kind = "mixed"
        if late_end > frags[-1][1]:
            # '"You can't begin until you prove to people" that the border is secure, he said.'
            frags[-1] = (frags[-1][0], late_end)
            kind = "mixed"
        elif ci is not None and cues[ci][1] <= q.open_at and joined is None:
            # 'Patrick says “it’s a two-man race” between Cruz and Trump.': the sentence
            # carries on past the closing mark, and the reported words with it.
            tail_end = _continuation_end(art, q)
            if tail_end > frags[-1][1]:
                frags[-1] = (frags[-1][0], tail_end)
                kind = "mixed"
        if ci is not None and cues[ci][1] <= q.open_at and frags[0][0] > cues[ci][1]:
            # 'The senator said he rarely campaigns for others, “except for friends.”':
            # a reported clause between the cue and the quotation belongs to it.
            lead = _reported_lead(text, cues[ci], q.open_at)
            if lead is not None:
                frags[0] = (lead, frags[0][1])
                kind = "mixed"
        s, e = frags[0][0], frags[-1][1]
        out.append((q.open_at, _Draft(text[s:e], s, e, tuple(frags), kind, cue, q.paragraph, speaker)))
    return out




def _late_cue(art: _Article, q: Quoted, cues: Sequence[Tuple[int, int]], cue_starts: List[int]) -> Optional[Tuple[int, int]]:
    """A cue closing the sentence that quotation ``q`` opens, after unquoted words that carry it on:
    '"A" and against B, Clinton said.' Returns (cue index, end of the reported words)."""
    text = art.text
    end = _continuation_end(art, q, comma=True)
    if end < 0:
        return None
    i = bisect_left(cue_starts, q.close_at)
    if i >= len(cues) or cues[i][0] >= end + 80:
        return None
    # The reported words end at the last comma before the speaker ("..., Clinton said.").
    comma = text.rfind(",", q.close_at, cues[i][0])
    if comma < 0 or _has_words(text, comma, cues[i][0], 7) or _SENT_END.search(text, q.close_at, comma):
        return None
    tail = text[cues[i][1]:]
    m = _ADVERBIAL_TAIL.match(tail[:80])
    if m is None or text[cues[i][0]:cues[i][1]].lower() not in _OBJECT_CUES and _CLAUSE_TAIL.match(tail[:80]):
        return None
    return i, comma
_LEAD_START = re.compile(r"\s*(?:that\b|(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|this|these)\b|[A-Z][a-z])")
_OBJECT_CUES = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "warned", "reminded",
                          "assured", "urged", "informed"})
# (The same as r"[\u201c\"]|''|[.?!;:](?:\s|\Z)", written to open with one character class, which
# ``re`` skips ahead by instead of trying the pattern at every position.)
_TAIL_STOP = re.compile(r"[\u201c\"'.?!;:](?:(?<=[\u201c\"])|(?<=')'|(?<=[.?!;:])(?:\s|\Z))")


def _continuation_end(art: _Article, q: Quoted, comma: bool = False) -> int:
    """End of the unquoted words that carry a sentence on after quotation ``q`` closes, or -1
    (with ``comma``, the sentence's end, for a caller that looks for a cue before it)."""
    text = art.text
    if not q.closed or text[q.end - 1:q.end] in (".", "?", "!", ","):
        return -1  # "...,” he said" / a closed sentence: nothing carries on
    pe = art.paras[art.para_of(q.end)][1]
    hi = min(pe, q.close_at + 300)
    stop = _TAIL_STOP.search(text, q.close_at, hi)
    end = stop.start() if stop else hi
    if stop is None or text[end] not in ".?!":
        return -1
    if not _TAIL_START.match(text, q.close_at, end):
        return -1
    if not _has_words(text, q.close_at, end, 1):
        return -1
    return end


_TAIL_START = re.compile(r"\s*[a-z(\u2014-]")


def _reported_lead(text: str, cue: Tuple[int, int], open_at: int) -> Optional[int]:
    """Start of a reported clause between a cue and the quotation it leads into, or None."""
    between = text[cue[1]:open_at]
    word = text[cue[0]:cue[1]].lower()
    if not _has_words(between, 0, len(between), 3) or between.rstrip().endswith(":"):
        return None
    m = _LEAD_START.match(between)
    if m is None:
        return None
    if word in _OBJECT_CUES and not between.lstrip().startswith("that"):
        return None  # "told CNN, ..." names whom, not what
    if re.match(r"\s*(?:in|on|at|during|after|before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                between):
        return None
    lead = cue[1]
    while lead < open_at and text[lead].isspace():
        lead += 1
    return lead


def _indirect(art: _Article, cues: Spans, used_cues: Set[int], claimed: List[Tuple[int, int, bool]],
              res: "_Mentions") -> List[Tuple[int, _Draft]]:
    """Reported speech read off the cues the quotations left; ``claimed`` holds the quotations' spans,
    each with whether its attribution follows it ("A," she said)."""
    text = art.text
    out: List[Tuple[int, _Draft]] = []
    claimed.sort()
    claimed_starts = [c[0] for c in claimed]
    reach = -1
    for ci, (cs, ce) in enumerate(cues):
        if ci in used_cues or art.inside_quote(cs):
            continue
        if cs < reach and out and _outer_attribution(art, out[-1][1], cs, ce):
            # 'California has seen a surge of voters, Romero said.' / 'He believes, he said, that ...':
            # a trailing or parenthetical attribution reports the whole sentence, the earlier
            # cue's clause included; it replaces the statement read off that earlier cue.
            out.pop()
            reach = -1
        if cs < reach:
            # "..., but Shelby said ..." / "... and said ...": a new clause with its own cue
            # ends the previous content instead of being swallowed by it.
            prev_a = out[-1][1].start if out else 0
            brk = None
            for m in _CLAUSE_BREAK.finditer(text, max(prev_a, cs - 60), min(len(text), cs + 24)):
                if m.end() <= cs:
                    brk = m
            if brk is None:
                brk_at = _main_clause_after_comma(art, cs, ce, max(prev_a, cs - 80))
            elif _has_words(text, brk.end(), cs, 8) or \
                    brk.group().strip() == "and" and _has_words(text, brk.end(), cs, 1):
                # "Cruz said both he and Rubio promised ...": a bare "and" before a subject joins the
                # subject of the reported clause; only "... and said ..." (no subject) starts a new one.
                brk_at = -1
            else:
                brk_at = brk.start()
            if brk_at < 0 or not out:
                continue
            pa, pq = out[-1]
            new_end = brk_at
            while new_end > pq.start and not text[new_end - 1].isalnum() and text[new_end - 1] not in "\u201d\"%":
                new_end -= 1
            if not _has_words(text, pq.start, new_end, 2):
                continue
            kind = art.kind(((pq.start, new_end),))  # (the quoted words may lie in the cut part)
            out[-1] = (pa, _Draft(text[pq.start:new_end], pq.start, new_end, ((pq.start, new_end),), kind,
                                  pq.cue, pq.paragraph, pq.speaker))
        j = bisect_right(claimed_starts, cs) - 1
        if j >= 0 and claimed[j][0] <= cs < claimed[j][1]:
            continue
        s_lo, s_hi = art.sentence_bounds(cs)
        pi = art.para_of(cs)
        # A run-on "sentence" (no punctuation for pages) must not make each cue scan it all.
        s_lo = max(s_lo, art.paras[pi][0], cs - _MAX_SPAN)
        s_hi = min(s_hi, ce + _MAX_SPAN)
        word = text[cs:ce].lower()
        speaker = _cue_speaker(art, cues, ci, res, s_lo, s_hi)
        # Content after the cue to the sentence end, or before "..., X said."
        tail = text[ce:s_hi]
        if word in _SPEAK_WORDS and not _SPEAK_TOPIC.match(tail):
            continue  # "Clinton spoke briefly", "as Blumenthal spoke": speaking about nothing reports nothing
        content: Optional[Tuple[int, int]] = None
        split: Optional[Tuple[int, int, int, int]] = None
        if word.startswith("according"):
            before = text[s_lo:cs].rstrip(" ,")
            if _has_words(before, 0, len(before), 3):
                content = (s_lo, s_lo + len(before))
            else:
                comma = text.find(",", ce, s_hi)
                if comma > 0:
                    content = (comma + 1, s_hi)
        else:
            if not word.endswith("ing") and (_adverbial_tail(tail, word) or not tail.strip()
                                             or _PARTICIPLE_TAIL.match(tail)):
                lo_np = speaker.start if speaker is not None and speaker.start < cs else cs
                before = text[s_lo:lo_np].rstrip(" ,")
                if text[s_lo:lo_np].rstrip(" \u201d\"'").endswith(",") and _has_words(before, 0, len(before), 3) \
                        and not _ASKED.match(text, s_lo, lo_np):
                    content = (s_lo, s_lo + len(before))  # (not 'Asked if he was bullied, Trump said no')
            relative = speaker is not None and text[speaker.start:speaker.end].lower() in ("who", "which")
            if content is None and speaker is not None and speaker.start < cs and not relative:
                # "The museum, Mr. Obama said, would make visitors ...": the content surrounds
                # a parenthetical attribution.
                head = text[s_lo:speaker.start].rstrip()
                after = _PAREN_TAIL.match(text, ce, s_hi)
                if head.endswith(",") and after and _has_words(head, 0, len(head), 2):
                    split = (s_lo, s_lo + len(head) - 1, after.end(), s_hi)
            if content is None and (speaker is not None or expletive(text, cs, s_lo)):
                content = (ce, s_hi)  # "It is not clear that ...": a source-less attribution
                if speaker is not None and speaker.start >= ce and word.endswith("ing"):
                    # "After talking about security, Netanyahu suggested ...": an opening participle
                    # reports its own phrase; the main clause has its own cue.
                    content = (ce, speaker.start)
                elif speaker is not None and speaker.start >= ce and word not in _OBJECT_CUES \
                        and _BY_AGENT.match(text, ce, speaker.start):
                    # "The plan was criticized by the mayor": what the agent said is about the subject
                    # (but "was asked by X whether ...": after told/asked the words after the agent are said).
                    verb_at = passive_start(text, (cs, ce), s_lo)
                    subject = mention_before(text, s_lo, verb_at) if verb_at is not None else None
                    if subject is not None:
                        content = subject
        if split is not None:
            a1, b1, a2, b2 = split
            while b2 > a2 and not (text[b2 - 1].isalnum() or text[b2 - 1] in "\u201d\"%"):
                b2 -= 1
            if _has_words(text, a2, b2, 2):
                kind = art.kind(((a1, b2),))
                reach = b2
                out.append((a1, _Draft(text[a1:b2], a1, b2, ((a1, b1), (a2, b2)), kind, Cue(text[cs:ce], cs, ce),
                                       pi, speaker)))
                continue
        if content is None:
            continue
        a, b = content
        if speaker is not None and a >= ce and text[speaker.start:speaker.end].lower() in ("who", "which") \
                and text[max(0, speaker.start - 2):speaker.start].strip() == ",":
            # "Sanders, who endorsed Clinton on Tuesday, said ...": a relative clause set off
            # by commas ends at its closing comma; the main clause has its own cue.
            comma = text.find(",", ce, b)
            if comma > 0 and not art.inside_quote(comma):
                b = comma
            elif comma > 0 and text[comma + 1:comma + 2] in ("\u201d", '"'):
                b = comma + 2  # 'Humphrey, who calls the plan a "disaster," said ...': the comma closes a quotation
            elif comma > 0 and text[comma + 1:comma + 3] == "''":
                b = comma + 3
        if a >= ce:
            # 'X praised the plan: "A," she said.': a quotation with an attribution of its own
            # after a colon is no part of this content, which ends at the colon.
            j = bisect_left(claimed_starts, a)
            if j < len(claimed) and claimed[j][0] < b and claimed[j][2]:
                colon = text.rfind(":", a, claimed[j][0])
                if colon >= 0 and not text[colon + 1:claimed[j][0]].strip(" \u201c\"'"):
                    b = colon
                else:
                    lead = text[a:claimed[j][0]].rstrip(" \u201c\"'")
                    dash = _DASH_END.search(lead)
                    if dash is not None:
                        b = a + dash.start()  # 'X praised the plan - "A," she said.
        # A quotation that starts inside the content and runs on belongs to it.
        k = bisect_left(art.q_opens, a)
        while k < len(art.quoted) and art.quoted[k].open_at < b:
            b = max(b, art.quoted[k].end)
            k += 1
        while a < b and not (text[a].isalnum() or text[a] in "\u201c\"$"):
            a += 1
        while b > a and not (text[b - 1].isalnum() or text[b - 1] in "\u201d\"%"):
            b -= 1
        if not _has_words(text, a, b, 2):
            continue
        if speaker is not None and not word.startswith("according") and not _plausible_source(text, speaker):
            continue
        kind = art.kind(((a, b),))
        reach = b
        out.append((a, _Draft(text[a:b], a, b, ((a, b),), kind, Cue(text[cs:ce], cs, ce), pi, speaker)))
    return out


# Plural sources that need no determiner: "..., officials said." / "..., records show."
_BARE_SOURCES = (r"(?:officials|experts|police|authorities|analysts|critics|sources|prosecutors|investigators|records|"
                 r"documents|data|polls|reports|aides|advisers|supporters|residents|witnesses|scientists|researchers|"
                 r"economists|lawmakers|observers|organizers|officers|strategists|activists|advocates|lawyers)\b")
# Verbs that, after a comma at the end of a sentence, attribute the whole sentence as speech verbs do:
# "..., the reports show." / "..., Fox found." / "..., Blackwell maintains."
_TRAILING_CUES = frozenset({"shows", "showed", "found", "finds", "maintains", "maintained", "contends",
                            "contended", "believes", "believe", "estimated", "estimates", "indicate", "indicates",
                            "indicated", "suggest", "suggests", "claims", "claimed", "says"})
_ATTRIBUTION_NP = re.compile(
    # '..., the Times reported.' / '... a "burn bag," the Times reported.' / '..., experts said.'
    r",(?:[\u201d\"]|'')?\s*((?:[A-Z][\w.'\u2019-]*|the|a|an|his|her|their|its|one|he|she|they|we|I|" + _BARE_SOURCES + r")"
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|(?!(?:that|which|who|whom|whose|is|was|are|were|be|been|being|often)\b)[a-z][\w'\u2019-]*)){0,5}?)\s+(?:(?:also|later|then|previously|has|have|had)\s+)?\Z"
)


_CLAUSE_MARK = re.compile(r"[:;\u2014]|\s-{1,2}\s|,\s*(?:while|whereas)\s")
_PAREN_OPENERS = frozenset({"and", "but", "or", "when", "because", "if", "since", "while", "as", "where", "why",
                            "how", "so", "that", "which", "who", "although", "though"})


# The longest sentence a trailing attribution is taken to report, in characters.
_OUTER_REACH = 600


def _main_clause_after_comma(art: _Article, cs: int, ce: int, lo: int) -> int:
    """Where the statement before a speech verb ends when the verb opens a main clause of its own after
    a comma ('On his claim that generals agree with him, Benjamin said he believes ...'), else -1."""
    text = art.text
    word = text[cs:ce].lower()
    if word not in lexicon().speech_verbs or word.endswith("ing"):
        return -1
    comma = text.rfind(",", lo, cs)
    if comma < 0 or art.inside_quote(comma):
        return -1
    m = mention_before(text, comma + 1, cs)
    if m is None or text[comma + 1:m[0]].strip() or not _names_someone(text, m):
        return -1
    tail = text[ce:art.sentence_bounds(cs)[1]]
    if not tail.strip() or _adverbial_tail(tail, word) or _PAREN_TAIL.match(tail) and tail[:1] == ",":
        return -1  # "..., Romero said." / "..., he said, ...": a trailing or parenthetical attribution
    return comma


def _outer_attribution(art: _Article, prev: _Draft, cs: int, ce: int) -> bool:
    """Whether the speech-verb cue at ``cs`` is a trailing (", X said.") or parenthetical
    (", X said, ...") attribution of a sentence whose earlier cue produced ``prev``."""
    text = art.text
    word = text[cs:ce].lower()
    lex = lexicon()
    if word not in lex.inverting and word != "say" and word not in _TRAILING_CUES or prev.cue is None \
            or prev.cue.text == ":":
        return False
    s_lo, s_hi = art.sentence_bounds(cs)
    s_lo = max(s_lo, art.paras[art.para_of(cs)][0])
    if prev.cue.start < s_lo or prev.start < s_lo or cs - prev.start > _OUTER_REACH:
        return False  # (a run-on "sentence" must not make every trailing cue re-read it)
    np_ = _ATTRIBUTION_NP.search(text, max(s_lo, cs - 80), cs)
    if np_ is None or np_.start() < prev.cue.end or _CLAUSE_MARK.search(text, prev.cue.end, np_.start()):
        return False
    if prev.cue.text.lower() in lex.speech_verbs and (np_.group(1).lower() in lex.pronouns or prev.speaker is None):
        return False  # '..., they said.' after 'Candidates said ...' repeats the same speaker's attribution
    tail = text[ce:min(s_hi, ce + 120)]
    if _adverbial_tail(tail, word) or not tail.strip():
        return True  # "..., Romero said." / "..., Romero said Tuesday."
    # "He believes, he said, that ...", but not "... and, he argued, to help ..." or "when, he said, ...".
    before = text[max(s_lo, np_.start() - 12):np_.start()].split()
    return _PAREN_TAIL.match(text, ce, s_hi) is not None and text[ce:ce + 1] == "," \
        and not (before and before[-1].lower() in _PAREN_OPENERS)


_NAMING_AFTER = re.compile(r"\s+(?:the\s+)?[\u201c\"]?[A-Z]")
_NAMING_BEFORE = re.compile(r"(?:\b[Aa]n?\s+(?:[\w\u2019'-]+\s+){1,3}|\bnow\s+)\Z")


_SPOKE_WITH = re.compile(r"\s+(?:to|with)\s+(?:[\w.'\u2019-]+\s+){1,6}(?:said|says|say|told)\b")
# What follows a verb of speaking that reports something: "spoke about", "talks of", "spoke out against".
# What a verb of speaking reports: a topic ("spoke out against", "spoke on immigration", "talked about",
# "spoke of"), or a quotation. Whom, when or where someone spoke reports nothing ("spoke to reporters on
# Monday", "spoke with the Post", "spoke on condition of anonymity", "spoke on Tuesday").
_SPEAK_TOPIC = re.compile(r"(?!\s*(?:\w+ly\s+)?on\s+(?:the\s+)?condition\b)"  # (not "on condition of anonymity")
                          r"(?:\s*(?:\w+ly\s+|instead\s+|more\s+|less\s+)?(?:(?:up|out|over|through|as\s+if)\b"
                          r"|on\s+(?!(?:the\s+)?(?:condition|phone|record|"
                          r"telephone|behalf|background|camera|air|stage|floor|sidelines|way|day|eve|night|morning|"
                          r"afternoon|evening|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"January|February|March|April|May|June|July|August|September|October|November|December)\b))"
                          r"|[^.;:,\u201c\"]{0,60}?\b(?:about|of)\b|\s*[:,]?\s*[\u201c\"])")
_SPEAK_WORDS = frozenset({"spoke", "speaking", "talking", "talked", "spoken", "speak", "talk", "speaks", "talks"})


# Set phrases with a verb of saying that attribute nothing: "That said, ...", "Having said that, ...",
# "Needless to say, ...", "Suffice it to say ...".
# (One branch per first letter, as ``word_start_regex`` writes them.)
_IDIOM_BEFORE = re.compile("|".join(c + r"(?<!\w.)" + rest + r"\s+\Z" for c, rest in (
    ("T", r"h(?:at|is)(?:\s+being)?"), ("t", r"h(?:at|is)(?:\s+being)?"), ("H", "aving"), ("h", "aving"),
    ("N", r"eedless\s+to"), ("n", r"eedless\s+to"), ("S", r"uffice\s+it\s+to"), ("s", r"uffice\s+it\s+to"))))
_IDIOM_AFTER = re.compile(r"\s*,|\s+(?:that|this)\b")


def _idiom(text: str, cue: Tuple[int, int]) -> bool:
    """ "That said, ...", "Having said that", "Needless to say,": a set phrase, no attribution."""
    word = text[cue[0]:cue[1]]
    if word not in ("said", "say"):
        return False
    m = _IDIOM_BEFORE.search(text, max(0, cue[0] - 20), cue[0])
    if m is None:
        return False
    opener = m.group().split()[0].lower()
    if opener in ("that", "this"):
        return word == "said" and _IDIOM_AFTER.match(text, cue[1]) is not None and text[cue[1]:cue[1] + 1] == "," \
            and _opens_clause(text, m.start())
    if opener == "having":
        return word == "said" and _IDIOM_AFTER.match(text, cue[1]) is not None
    return word == "say"


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence or a parenthesis (after spaces and opening quotation marks)."""
    j = pos - 1
    while j >= 0 and text[j] in " \u00a0\u201c\"":
        j -= 1
    return j < 0 or text[j] in ".!?\n(;:"


def _naming(text: str, cue: Tuple[int, int]) -> bool:
    """ "a group called the Harbor Alliance", "the resort, now called Doral": "called" naming
    something after an indefinite noun phrase is no attribution ("Trump called Clinton a liar" is).
    Nor is "spoke to/with X" before a speech verb ("officials who spoke with the Post said"): it
    names whom they spoke to, and the speech verb carries the attribution."""
    word = text[cue[0]:cue[1]]
    if word in _SPEAK_WORDS:
        return _SPOKE_WITH.match(text, cue[1], cue[1] + 80) is not None
    if word not in ("called", "named", "dubbed"):
        return False
    return _NAMING_AFTER.match(text, cue[1], cue[1] + 8) is not None and \
        _NAMING_BEFORE.search(text, max(0, cue[0] - 50), cue[0]) is not None


def _words_back(text: str, pos: int, n: int, limit: int) -> int:
    """Where the ``n`` words before ``pos`` (and the space before them) start, at most ``limit``
    characters back: a regex anchored at the end need not be tried from further back."""
    lo = max(0, pos - limit)
    # (One regex match on the reversed stretch instead of a loop over its characters.)
    back = _reversed_words(n).match(text[lo:pos][::-1])
    assert back is not None  # (the pattern matches the empty string)
    return max(lo, pos - back.end() - 1)


@lru_cache(maxsize=None)
def _reversed_words(n: int) -> "re.Pattern[str]":
    """``n`` times white space then a word: read on a reversed text, the ``n`` words before its end."""
    return re.compile(r"(?:\s*\S*){%d}" % n)


# Cue words that are verbs only: after "Republican" or "GOP" they make it a noun ("the GOP said", "a Republican
# told reporters"), where other cues are nouns ("Republican claims").
_VERB_ONLY_CUES = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks"})


def _noun_before(text: str, cue: Tuple[int, int]) -> bool:
    """Whether the cue word at ``cue`` is a noun by the word before it (see ``_NOUN_BEFORE``)."""
    m = _NOUN_BEFORE.search(text, _words_back(text, cue[0], 2, 30), cue[0])
    if m is None:
        return False
    return not (text[cue[0]:cue[1]] in _VERB_ONLY_CUES and text[m.start():m.end()].strip() in ("Republican", "GOP"))


def extract_quotes_impl(text: str, split: Optional[Sequence[Sentence]] = None) -> List[Quote]:
    """Quotes of ``text``; ``split`` is ``newsnlp.sentences(text)`` when the caller already has it."""
    art = _Article(text, split)
    lex = lexicon()
    # A cue inside quotation marks is the quoted speaker's word: only the text between the quoted fragments
    # is read. (A cue found there ends before the opening mark of the next fragment, so nothing it looks at
    # lies past the end of its stretch: the same cues as a scan of the whole text that drops quoted ones.)
    cues: Spans = [c for lo, hi in art.unquoted() for c in spans(lex.cue_pattern, lex.cue_scan, text, lo, hi)]
    # "so-called", "well-known": a hyphenated compound is no cue.
    cues = [c for c in cues if text[c[0] - 1:c[0]] not in ("-", "\u2010", "\u2011")
            and not _noun_before(text, c) and not _naming(text, c) and not _idiom(text, c)]
    cue_starts = [c[0] for c in cues]
    used: Set[int] = set()
    res = _Mentions()
    direct = _direct(art, cues, cue_starts, used, res)
    claimed = [(q.start, q.end, q.cue is not None and q.cue.start >= q.end) for _, q in direct]
    indirect = _indirect(art, cues, used, claimed, res)
    ordered = sorted((q for _, q in direct + indirect), key=lambda q: (q.start, -q.end))
    return _resolve(text, _drop_nested(_join_continuations(art, ordered)), res)


class _Mentions:
    """Stands in for a :class:`Resolver` while the quotes are found: it hands out unresolved
    speakers (the mention span only, which is all the extraction rules look at) and remembers
    which mentions were asked for. They are resolved afterwards in text order (``_resolve``),
    so a pronoun early in the article is never resolved against a person named further on
    (the quotation pass reads the whole article before the reported-speech pass starts)."""

    __slots__ = ("spans",)

    def __init__(self) -> None:
        self.spans: Set[Tuple[int, int]] = set()

    def speaker(self, mention: Tuple[int, int]) -> SpeakerSpan:
        self.spans.add(mention)
        return _new_span(SpeakerSpan, mention)


# ``SpeakerSpan(*mention)`` runs the Python-level ``__new__`` of a NamedTuple; ``tuple.__new__`` builds the same value in C.
_new_span = tuple.__new__


def _resolve(text: str, quotes: List[_Draft], res: _Mentions) -> List[Quote]:
    resolver = Resolver(text)
    if RESOLVE_ALL:
        spans = sorted(res.spans)
    else:
        spans = sorted({(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None})
    named = {m: resolver.speaker(m) for m in spans}
    return [Quote(q.text, q.start, q.end, q.fragments, q.kind, q.cue, q.paragraph,
                  None if q.speaker is None else named[(q.speaker.start, q.speaker.end)]) for q in quotes]


RESOLVE_ALL = False


NESTED_KEEP = "inner"


def _drop_nested(quotes: List[_Draft]) -> List[_Draft]:
    """Text order, and no quote inside another's span.

    A quote nested in another ('X emailed Y, telling her "..."' found both as the
    reported statement and as the quotation) reports the same words twice; the
    outer one wins, since it holds the inner one's words and its own (on PolNeAR train
    this beats keeping the inner one on every score).
    """
    quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
    out: List[_Draft] = []
    for q in quotes:
        if out and q.end <= out[-1].end:
            continue
        out.append(q)
    return out


def _join_continuations(art: _Article, quotes: List[_Draft]) -> List[_Draft]:
    """'X called him a master dealmaker. "He showed it again and again."' is one attribution:
    an unattributed quotation right after a reported statement continues it."""
    text = art.text
    out: List[_Draft] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and q.cue is None and q.kind == "direct" and prev.cue is not None \
                and prev.paragraph == q.paragraph and prev.end <= q.start and (
                    (q.start - prev.end <= 6 and not _ALNUM.search(text, prev.end, q.start))
                    # 'The summit did "too little," she wrote on Twitter. "Europe risks ..."'
                    or (prev.end <= prev.cue.start and prev.cue.end <= q.start and q.start - prev.end <= 300
                        and not _has_words(text, prev.end, q.start, 13)
                        and text[prev.end:q.start].rstrip(" \u201c\"")[-1:] in (".", ",", ":"))
                ):
            frags = prev.fragments + q.fragments
            kind = art.kind(frags)
            out[-1] = _Draft(text[prev.start:q.end], prev.start, q.end, frags, kind, prev.cue, prev.paragraph,
                             prev.speaker)
            continue
        out.append(q)
    return out
