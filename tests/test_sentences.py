"""Sentence segmentation on news-like text (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsnlp import Sentence, sentences


def split(text: str) -> list[str]:
    result = sentences(text)
    for s in result:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.index for s in result] == list(range(len(result)))
    return [s.text for s in result]


CASES = [
    # plain terminators
    ("The council met. It voted no.", ["The council met.", "It voted no."]),
    ("Who pays? The county does.", ["Who pays?", "The county does."]),
    ("It passed! Nobody expected that.", ["It passed!", "Nobody expected that."]),
    ("Really?! Yes, really.", ["Really?!", "Yes, really."]),
    # titles and honorifics
    ("Sen. Ana Ruiz and Rep. Bo Lee met Gov. Kim Tran.", ["Sen. Ana Ruiz and Rep. Bo Lee met Gov. Kim Tran."]),
    ("Lt. Gen. Paul Hart spoke first. Mr. Hart left early.", ["Lt. Gen. Paul Hart spoke first.", "Mr. Hart left early."]),
    ("Dr. Nia Cole and Mrs. Cole arrived.", ["Dr. Nia Cole and Mrs. Cole arrived."]),
    ("The award went to Sam Ortiz Jr. The ceremony ended.", ["The award went to Sam Ortiz Jr.", "The ceremony ended."]),
    ("Sam Ortiz Jr. said he was grateful.", ["Sam Ortiz Jr. said he was grateful."]),
    # states and places
    ("She grew up in Fresno, Calif., and moved to Tempe, Ariz., in 2001.", ["She grew up in Fresno, Calif., and moved to Tempe, Ariz., in 2001."]),
    ("Sen. Lee Park, D-Ore., objected.", ["Sen. Lee Park, D-Ore., objected."]),
    ("LAS CRUCES, N.M. (AP) — Officials met Monday. They adjourned.", ["LAS CRUCES, N.M. (AP) — Officials met Monday.", "They adjourned."]),
    ("The rally was held in Washington, D.C. The crowd was small.", ["The rally was held in Washington, D.C.", "The crowd was small."]),
    ("D.C. Mayor Ana Bell disagreed.", ["D.C. Mayor Ana Bell disagreed."]),
    # U.S., U.N., a.m./p.m. inside and at the end
    ("The U.S. Senate and the U.N. agency agreed.", ["The U.S. Senate and the U.N. agency agreed."]),
    ("The plan was drafted in the U.S. It failed abroad.", ["The plan was drafted in the U.S.", "It failed abroad."]),
    ("He has lived in the U.S. for a decade.", ["He has lived in the U.S. for a decade."]),
    ("The vote is at 9 a.m. Thursday in the chamber.", ["The vote is at 9 a.m. Thursday in the chamber."]),
    ("The polls closed at 8 p.m. Workers then counted ballots.", ["The polls closed at 8 p.m.", "Workers then counted ballots."]),
    ("By 7 a.m. Ms. Diaz was at her desk.", ["By 7 a.m. Ms. Diaz was at her desk."]),
    ("The session ends at 6 p.m. ET on Friday.", ["The session ends at 6 p.m. ET on Friday."]),
    # initials
    ("The statue of John C. Calhoun was moved.", ["The statue of John C. Calhoun was moved."]),
    ("It was signed by Harry S. Truman in 1948.", ["It was signed by Harry S. Truman in 1948."]),
    ("The ruling cited Roe v. Wade twice.", ["The ruling cited Roe v. Wade twice."]),
    # companies, numbers, months
    ("Acme Inc. and Baker & Co. merged.", ["Acme Inc. and Baker & Co. merged."]),
    ("The deal closed with Baker & Co. It took a year.", ["The deal closed with Baker & Co.", "It took a year."]),
    ("The bill, No. 12, passed on Jan. 5 with 3.5% support.", ["The bill, No. 12, passed on Jan. 5 with 3.5% support."]),
    ("The grant was $2.4 million. It expires in Sept. 2025.", ["The grant was $2.4 million.", "It expires in Sept. 2025."]),
    ("Spending rose 4.5%. Revenue fell.", ["Spending rose 4.5%.", "Revenue fell."]),
    ("See p. 12 of the report.", ["See p. 12 of the report."]),
    # ellipses
    ("The mayor paused ... then went on.", ["The mayor paused ... then went on."]),
    ("We will see…and we will decide.", ["We will see…and we will decide."]),
    ("He never finished.... The room went quiet.", ["He never finished....", "The room went quiet."]),
    ("The text read \"We [...] object\" in full.", ["The text read \"We [...] object\" in full."]),
    # quotes and brackets
    ("\"We will sue.\" The mayor said it twice.", ["\"We will sue.\"", "The mayor said it twice."]),
    ("“We will sue,” she said. “Today.”", ["“We will sue,” she said.", "“Today.”"]),
    ("“Is this legal?” he asked.", ["“Is this legal?” he asked."]),
    ("He said 'No way.' then left.", ["He said 'No way.' then left."]),
    ("The chief (he was new.) stayed quiet.", ["The chief (he was new.) stayed quiet."]),
    ("The chief spoke. (He was new.) Then he left.", ["The chief spoke.", "(He was new.)", "Then he left."]),
    ("“Enough.” — Gov. Ray Hill, in a statement.", ["“Enough.” — Gov. Ray Hill, in a statement."]),
    # URLs and e-mail addresses
    ("Write to press@city.example.gov. Staff will reply.", ["Write to press@city.example.gov.", "Staff will reply."]),
    ("The filing is at https://example.gov/docs/a.b.pdf. Read it.", ["The filing is at https://example.gov/docs/a.b.pdf.", "Read it."]),
    # exclamation inside a name
    ("She works at Yahoo! in sales.", ["She works at Yahoo! in sales."]),
    # lists
    ("1. Share booking data 2. Honor detainers", ["1. Share booking data", "2. Honor detainers"]),
    ("1) Share data. 2) Honor detainers.", ["1) Share data.", "2) Honor detainers."]),
    ("a. first point b. second point", ["a. first point", "b. second point"]),
    ("• Share data • Honor detainers", ["• Share data", "• Honor detainers"]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_paragraphs_are_hard_boundaries_and_numbered() -> None:
    text = "The mayor spoke to\n\nreporters on Monday. She left.\n\n\nNo questions"
    result = sentences(text)
    assert [(s.text, s.paragraph) for s in result] == [
        ("The mayor spoke to", 0),
        ("reporters on Monday.", 1),
        ("She left.", 1),
        ("No questions", 2),
    ]


def test_headline_byline_and_dateline() -> None:
    text = "City sues over grant\nBy Jo Park\n\nWASHINGTON (AP) — The city sued. It wants money."
    assert split(text) == [
        "City sues over grant",
        "By Jo Park",
        "WASHINGTON (AP) — The city sued.",
        "It wants money.",
    ]
    assert [s.paragraph for s in sentences(text)] == [0, 1, 2, 2]


def test_soft_line_wrap_continues_the_sentence() -> None:
    assert split("The council voted to\nreject the plan.") == ["The council voted to\nreject the plan."]
    assert split("The council, after debate,\nRejected it.") == ["The council, after debate,\nRejected it."]


def test_crlf_and_unicode_line_separators() -> None:
    assert split("One.\r\n\r\nTwo.\u2029Three.") == ["One.", "Two.", "Three."]
    assert [s.paragraph for s in sentences("One.\r\n\r\nTwo.")] == [0, 1]


def test_offsets_index_the_original_string() -> None:
    text = "  \u00a0Gov. Ray Hill said: “No.”  \n\n  He left at 5 p.m.  "
    for s in sentences(text):
        assert text[s.start : s.end] == s.text


def test_empty_and_whitespace() -> None:
    assert sentences("") == []
    assert sentences(" \n\n\t ") == []


def test_no_terminator_is_one_sentence() -> None:
    assert split("no punctuation at all here") == ["no punctuation at all here"]


def test_result_is_frozen_dataclass() -> None:
    s = sentences("One. Two.")[0]
    assert isinstance(s, Sentence)
    assert s.to_dict() == {"index": 0, "start": 0, "end": 4, "text": "One.", "paragraph": 0}
    with pytest.raises(AttributeError):
        s.start = 3  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects a str"):
        sentences(bad)  # type: ignore[arg-type]


def test_bytes_message_says_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        sentences(b"abc")  # type: ignore[arg-type]


def test_pathological_inputs_terminate() -> None:
    # many candidate boundaries, long runs without any
    for text in ("U.S. " * 20000, "a" * 200000, ". " * 50000, "\n" * 10000, "“" * 10000 + ".", " " * 100000 + "x."):
        result = sentences(text)
        for s in result:
            assert text[s.start : s.end] == s.text


_NEWS_PIECES = [
    "Rain fell", "Mr", "U.S", "It", ".", ". ", "? ", "! ", "...", "…", " ", "\n\n", "\u00a0", "A", "the", "é",
    "\u201c", "\u201d", "\u2018", "\u2019", "\u2013", "\u2014", ".\u201d ", "?\u2019 ", "\u2009", "\u203a", ")",
]


def test_news_punctuation_takes_the_class_scan_with_the_same_terminators() -> None:
    # curly quotes and dashes count as Latin-1 stand-ins of their class: same matches as the regex
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsnlp.text import _segment

    def spans(matches):  # type: ignore[no-untyped-def]
        return [(m.span(), m.span(1), m.span(2)) for m in matches]

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(_NEWS_PIECES), max_size=40).map("".join))
    def check(text: str) -> None:
        assert len(_segment._latin1_stand_ins(text)) == len(text)
        assert spans(_segment._terminators(text)) == spans(_segment._TERMINATOR.finditer(text))

    check()
    assert _segment._latin1_stand_ins("\u201cNo,\u201d he said \u2014 it\u2019s") == 'xNo," he said x it\'s'
