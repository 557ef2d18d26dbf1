"""The quote extractor's faster scans find exactly what the plain patterns they replace find."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.quotes import _cue_speakers
from newsnlp.quotes._extract import (_IDIOM_BEFORE, _NOUN_BEFORE, _SUBORDINATE_GAP, _TAIL_STOP, _Article, _has_words,
                                     _words_back)
from newsnlp.quotes._lexicon import lexicon, spans, title_spans, trie_regex
from newsnlp.quotes._marks import _MARK
from newsnlp.quotes._speakers import _GENDERED_PRONOUN, _ORG_HEAD_AFTER, LY_NOT_ADVERBS

_PIECES = ["said", "says", "told", "according to", "According to", "according", "clear", "show", "showing", "that",
           "Mayor", "mayor", "Sen.", "spokesman", "he", "She", "Lt. Gov.", "Gov.", "campaign manager", "manager", "Chair",
           "Chairman", "chairman", "advis", "adviser", "Secretary", " of State", "official", "Mr.", "aide", "A", "his", "her",
           "Her", "him", "that", "x", "\u00e9", "_", "1", ".", ",", "-", " ", "\n", "''", "'",
           '"', "\u201c", "\u201d", "\u00ab", "?", ";", ":", "\u00a0"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cue_and_title_spans_are_those_of_finditer(text):
    lex = lexicon()
    assert spans(lex.cue_pattern, lex.cue_scan, text) == [m.span() for m in lex.cue_pattern.finditer(text)]
    assert title_spans(text) == [m.span() for m in lex.title_pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_cue_spans_of_a_stretch_are_those_of_finditer(text, lo, hi):
    lex = lexicon()
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    assert spans(lex.cue_pattern, lex.cue_scan, text, lo, hi) == [m.span() for m in lex.cue_pattern.finditer(text, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cues_read_between_the_quotations_are_the_unquoted_cues_of_the_whole_text(text):
    lex = lexicon()
    art = _Article(text)
    whole = [m.span() for m in lex.cue_pattern.finditer(text) if not art.inside_quote(m.start())]
    assert [c for lo, hi in art.unquoted() for c in spans(lex.cue_pattern, lex.cue_scan, text, lo, hi)] == whole


def _plain_cue_pattern():
    """The cue pattern as the alternation of its three word sets that ``lexicon`` writes as one prefix tree."""
    lex = lexicon()
    return re.compile(r"(?<![A-Za-z])(?:" + trie_regex(lex.cues) + r"|[Aa]ccording\s+to|" + trie_regex(lex.that_cues)
                      + r"(?=\s+that\b))(?![A-Za-z])")


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cue_pattern_matches_as_the_plain_alternation(text):
    plain = _plain_cue_pattern()
    assert [m.span() for m in lexicon().cue_pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_spans_on_sentences():
    lex = lexicon()
    plain = _plain_cue_pattern()
    for text in ["Said the mayor: no.", "Mayor Ann Lee said it, according to aides.", "x.Sen.Mayor Bob",
                 "\u00e9said and 1said, _said", "according to", "Polls show that it is clear that, showing that",
                 "according  toward, According\nto x, according"]:
        assert [m.span() for m in lexicon().cue_pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert spans(lex.cue_pattern, lex.cue_scan, text) == [m.span() for m in lex.cue_pattern.finditer(text)]
        assert title_spans(text) == [m.span() for m in lex.title_pattern.finditer(text)]


_PLAIN_MARK = re.compile("''|[\u201c\u201d\"\u201e\u00ab\u00bb]")
_PLAIN_TAIL_STOP = re.compile(r"[\u201c\"]|''|[.?!;:](?:\s|\Z)")
_PLAIN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 20), st.integers(0, 20))
def test_rewritten_patterns_match_as_the_plain_ones(text, lo, hi):
    for fast, plain in ((_MARK, _PLAIN_MARK), (_TAIL_STOP, _PLAIN_TAIL_STOP), (_GENDERED_PRONOUN, _PLAIN_PRONOUN)):
        assert [(m.span(), m.group()) for m in fast.finditer(text, lo, hi)] == \
            [(m.span(), m.group()) for m in plain.finditer(text, lo, hi)]


def _plain_words_back(text, pos, n, limit):
    lo = max(0, pos - limit)
    i = pos
    for _ in range(n):
        while i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
    return max(lo, i - 1)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(1, 3))
def test_words_back_reads_back_over_white_space_and_words(text, pos, n):
    pos = min(pos, len(text))
    assert _words_back(text, pos, n, 30) == _plain_words_back(text, pos, n, 30)


_WINDOW_PIECES = ["it", "It", "is", "was", "will be", "has been", "seems", "it's", "It\u2019s", "not", "also", "were",
                  "are", "be", "been", "being", "get", "got", "gets", "and", "but", "then", "made", "make", "makes",
                  "making", "very", "quite", "crystal", "clearly", "the", "a", "An", "his", "Her", "bit", "xis", "_was",
                  "The", "their", "GOP", "Having", "having", "'s", "\u2019s", "widely", "family", "Such", "those", "sharp",
                  "That", "this", "Needless to", "suffice it to", "in", "on", "during", "via", "until", "so that", "if",
                  "whenever", "campaign", "Clinton", "White House", "transition team", "camp", "Sanders'", "\u2019",
                  "\u00e9is", "1and", "said", "x", " ", "  ", "\n", ",", ".", "'", "-", "\u00a0"]
windows = st.lists(st.sampled_from(_WINDOW_PIECES), max_size=12).map("".join)
_PLAIN_WINDOW_PATTERNS = {
    _cue_speakers._PLACE_PREPOSITION: re.compile(r"\b(?:in|on|at|during|through|via)\s+\Z"),
    _IDIOM_BEFORE: re.compile(r"(?:\b[Tt]h(?:at|is)(?:\s+being)?|\b[Hh]aving|\b[Nn]eedless\s+to|\b[Ss]uffice\s+it\s+to)\s+\Z"),
    _NOUN_BEFORE: re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hese|[Tt]hose|[Hh]eavy|[Ss]harp|"
        r"[Ww]ithering|[Rr]epeated|[Pp]ublic|[Gg]rowing|[Ww]idespread|[Ff]ierce|Republican|Democratic|GOP|[Ss]uch|[Ff]alse)\s+"
        r"(?:(?!(?:" + "|".join(sorted(LY_NOT_ADVERBS)) + r")\s)[a-z]+ly\s+)?\Z|['\u2019]s\s+\Z|\bHaving\s+\Z"),
    _cue_speakers._EXPLETIVE_IT: re.compile(
        r"(?:\b[Ii]t\s+(?:is|was|will\s+be|has\s+been|had\s+been|seems|seemed)|\b[Ii]t['\u2019]s"
        r"|\b(?:is|was)\s+it)\s+(?:(?:not|also|now|still|already|increasingly|very|quite|n't)\s+)*\Z"),
    _cue_speakers._PASSIVE: re.compile(
        r"\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:(?:also|still|not|now|even|already|never|often|later)\s+)?"
        r"(?:\w+ly\s+)?\Z"),
    _cue_speakers._NOUN_BEFORE_PARTICIPLE: re.compile(r"\b([a-z]{3,})\s+(?:\w+ly\s+)?\Z"),
    _cue_speakers._AND_BEFORE: re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+|then\s+|also\s+|later\s+)?\Z"),
    _cue_speakers._MADE_IT: re.compile(r"\b(made|make|makes|making)\s+(?:it|very|abundantly|perfectly|quite)\s+"
                                       r"(?:(?:very|abundantly|perfectly|quite|crystal)\s+)?\Z"),
}


def _found(pattern, text, lo, hi):
    m = pattern.search(text, lo, hi)
    return None if m is None else (m.span(), m.groups())


@settings(max_examples=1500, deadline=None)
@given(windows, st.integers(0, 30), st.integers(0, 60))
def test_window_patterns_find_what_the_plain_ones_find(text, lo, hi):
    for fast, plain in _PLAIN_WINDOW_PATTERNS.items():
        assert _found(fast, text, lo, hi) == _found(plain, text, lo, hi)


@settings(max_examples=600, deadline=None)
@given(windows, st.integers(0, 30), st.integers(0, 60), st.integers(1, 12))
def test_has_words_counts_as_findall(text, lo, hi, n):
    assert _has_words(text, lo, hi, n) == (len(re.findall(r"\w+", text[lo:hi] if lo <= hi else "")) >= n)


# Patterns of which only whether they occur is asked.
_PLAIN_OCCURRING = {
    _SUBORDINATE_GAP: re.compile(r"\b(?:until|unless|because|since|before|after|although|though|when|whenever|if|whether|"
                                 r"but|yet|while|whereas|where|once|so\s+that)\s"),
    _ORG_HEAD_AFTER: re.compile(r"['\u2019]?s?['\u2019]?\s+(?:campaign|administration|camp|foundation|organization|team|"
                                r"transition team|White House)\s*[.,]?\Z"),
}


@settings(max_examples=1500, deadline=None)
@given(windows, st.integers(0, 30), st.integers(0, 60))
def test_rewritten_patterns_occur_where_the_plain_ones_do(text, lo, hi):
    for fast, plain in _PLAIN_OCCURRING.items():
        assert (fast.search(text, lo, hi) is None) == (plain.search(text, lo, hi) is None)
        assert (fast.search(text) is None) == (plain.search(text) is None)
