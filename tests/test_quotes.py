"""Quotes and attribution: statements about news, on sentences written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp import Quote, Speaker, extract_quotes
from newsnlp.quotes._cli import process

ROOT = Path(__file__).resolve().parent.parent


def only(text: str) -> Quote:
    qs = extract_quotes(text)
    assert len(qs) == 1, qs
    return qs[0]


def mention(text: str, q: Quote) -> str:
    assert q.speaker is not None
    return text[q.speaker.start:q.speaker.end]


# --- direct quotes -------------------------------------------------------------------------------


def test_curly_direct_quote_with_titled_speaker_after():
    t = "“We will not back down,” Mayor Jane Doe said on Monday."
    q = only(t)
    assert (q.kind, q.text, q.cue.text) == ("direct", "We will not back down,", "said")
    assert mention(t, q) == "Mayor Jane Doe"
    assert (q.speaker.name, q.speaker.title) == ("Jane Doe", "Mayor")


def test_straight_quotes_with_inverted_attribution_and_apposition():
    t = '"We will not back down," said Jane Doe, the mayor of Springfield.'
    q = only(t)
    assert q.kind == "direct" and q.text == "We will not back down,"
    assert q.speaker.name == "Jane Doe"
    assert mention(t, q).startswith("Jane Doe, the mayor")


def test_nested_single_quotes_stay_inside_the_quotation():
    t = "“He told me, ‘Never again,’ and I believed him,” Gov. Tom Reed said."
    q = only(t)
    assert q.text == "He told me, ‘Never again,’ and I believed him,"
    assert (q.speaker.name, q.speaker.title) == ("Tom Reed", "Governor")


def test_a_split_quote_with_the_attribution_in_the_middle_is_one_quote():
    t = "“The bill is dead,” he said, “and we need a new one.”"
    q = only(t)
    assert q.kind == "direct"
    assert [t[s:e] for s, e in q.fragments] == ["The bill is dead,", "and we need a new one."]
    assert (q.start, q.end) == (q.fragments[0][0], q.fragments[-1][1])
    assert mention(t, q) == "he"


def test_a_quote_resumed_after_the_attribution_sentence_joins_it():
    t = "“The bill is dead,” Sen. Ron Wyden, D-Ore., said. “We need a new one.”"
    q = only(t)
    assert [t[s:e] for s, e in q.fragments] == ["The bill is dead,", "We need a new one."]
    sp = q.speaker
    assert (sp.name, sp.title, sp.party, sp.place) == ("Ron Wyden", "Senator", "Democratic", "Oregon")


def test_a_quotation_continues_into_a_paragraph_that_reopens_it():
    t = "Smith said:\n\n“The first point is simple.\n\n“The second point is harder to explain.”\n\nThe meeting ended."
    q = only(t)
    assert [t[s:e] for s, e in q.fragments] == ["The first point is simple.", "The second point is harder to explain."]
    assert q.speaker.name == "Smith"


def test_colon_introduced_quote_takes_the_clause_subject():
    t = "The governor put it bluntly: “We are out of money.”"
    q = only(t)
    assert (q.kind, q.text, q.cue.text) == ("direct", "We are out of money.", ":")
    assert mention(t, q) == "The governor"


def test_block_quote_signed_with_a_dash():
    t = "“Nobody asked us what we wanted for this town.” ― Maria Lopez"
    q = only(t)
    assert q.kind == "direct" and q.speaker.name == "Maria Lopez"


def test_unbalanced_quotation_marks_do_not_raise_and_stay_in_the_paragraph():
    t = 'She said “this never ends.\n\nAnd "another one, he said'
    qs = extract_quotes(t)
    for q in qs:
        assert t[q.start:q.end] == q.text
        assert "\n\n" not in t[q.fragments[0][0]:q.fragments[0][1]]


def test_a_scare_quote_alone_is_not_a_quote():
    assert extract_quotes("The so-called “reform” package passed the House on Tuesday.") == []


# --- indirect and mixed --------------------------------------------------------------------------


def test_reported_speech_with_told_reporters_that():
    t = "Police Chief Paul Pazen told reporters that the suspect had fled the state."
    q = only(t)
    assert q.kind == "indirect" and q.cue.text == "told"
    assert q.text.endswith("the suspect had fled the state")
    assert (q.speaker.name, q.speaker.title) == ("Paul Pazen", "Police Chief")


def test_according_to_after_the_content():
    t = "The suspect fled the state on Friday, according to the Denver Police Department."
    q = only(t)
    assert q.cue.text == "according to"
    assert q.text == "The suspect fled the state on Friday"
    assert mention(t, q) == "the Denver Police Department"


def test_according_to_before_the_content():
    t = "According to two officials, the deal collapsed late on Friday night."
    q = only(t)
    assert q.text == "the deal collapsed late on Friday night"
    assert mention(t, q) == "two officials"


def test_denied_that_and_a_title_resolved_to_the_person_introduced_with_it():
    t = ("Attorney General Jeff Sessions denied that he had met the ambassador. "
         "The attorney general said the meeting never took place.")
    first, second = extract_quotes(t)
    assert first.cue.text == "denied" and first.text == "that he had met the ambassador"
    assert first.speaker.name == "Jeff Sessions"
    assert mention(t, second) == "The attorney general"
    assert second.speaker.name == "Jeff Sessions"


def test_vowed_to_with_a_full_descriptor():
    t = "Republican Albuquerque Mayor Richard Berry vowed to veto the budget."
    q = only(t)
    assert (q.kind, q.cue.text, q.text) == ("indirect", "vowed", "to veto the budget")
    sp = q.speaker
    assert (sp.name, sp.title, sp.place, sp.party) == ("Richard Berry", "Mayor", "Albuquerque", "Republican")


def test_content_before_the_attribution():
    t = "The plan will fail badly, the senator warned on Tuesday."
    q = only(t)
    assert q.text == "The plan will fail badly" and q.cue.text == "warned"
    assert mention(t, q) == "the senator"


def test_a_quoted_fragment_inside_reported_speech_is_mixed():
    t = "Sanders said the plan was “a gift to Wall Street” and would fail."
    q = only(t)
    assert q.kind == "mixed"
    assert q.text == "the plan was “a gift to Wall Street” and would fail"


def test_an_organisation_can_be_the_speaker():
    t = "The Justice Department said it would review the case."
    q = only(t)
    assert q.speaker.name == "Justice Department"


def test_a_spokesman_for_an_agency():
    t = "A spokesman for Immigration and Customs Enforcement said the agency does not comment on cases."
    q = only(t)
    assert mention(t, q) == "A spokesman for Immigration and Customs Enforcement"
    assert q.speaker.organization == "Immigration and Customs Enforcement"


# --- speaker resolution --------------------------------------------------------------------------


def test_a_pronoun_goes_to_the_most_recent_person():
    t = "Maria Lopez runs the shelter. She said the city had cut its funding twice."
    q = only(t)
    assert mention(t, q) == "She" and q.speaker.name == "Maria Lopez"


def test_a_surname_goes_to_the_full_name_used_earlier():
    t = "Kevin Sullivan runs the agency. “No one leaked anything,” Sullivan said."
    q = only(t)
    assert mention(t, q) == "Sullivan" and q.speaker.name == "Kevin Sullivan"


def test_time_phrases_between_speaker_and_cue_are_skipped():
    t = "Sanders on Tuesday said he wants to close four loopholes."
    q = only(t)
    assert mention(t, q) == "Sanders"


def test_a_passive_cue_does_not_make_the_target_a_speaker():
    t = "The governor was accused of hiding the report from lawmakers."
    for q in extract_quotes(t):
        assert q.speaker is None or t[q.speaker.start:q.speaker.end] != "The governor"


# --- contract ------------------------------------------------------------------------------------


def test_results_are_frozen_dataclasses_that_convert_to_dicts():
    q = only("“We will win,” Mayor Jane Doe said.")
    d = q.to_dict()
    assert d["kind"] == "direct" and d["speaker"]["name"] == "Jane Doe" and d["cue"]["text"] == "said"
    json.dumps(d)
    with pytest.raises(Exception):
        q.kind = "indirect"  # type: ignore[misc]
    assert isinstance(q.speaker, Speaker)


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a"]])
def test_non_strings_raise_type_error_saying_what_was_expected(bad):
    with pytest.raises(TypeError, match="expects the article as str"):
        extract_quotes(bad)  # type: ignore[arg-type]


def test_empty_and_blank_texts_have_no_quotes():
    assert extract_quotes("") == [] and extract_quotes(" \n\n ") == []


_NEWSY = st.lists(
    st.sampled_from(["“", "”", '"', "''", "‘", "’", " said ", " he ", "Smith", ", ", ". ", "\n\n", ":", "according to ",
                     " that ", "Sen. ", "(D-Ore.)", " ― ", "the mayor", "x", "?"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_no_string_makes_it_raise_and_offsets_index_the_input(text):
    qs = extract_quotes(text)
    assert [(q.start, q.end) for q in qs] == sorted((q.start, q.end) for q in qs)
    for a, b in zip(qs, qs[1:]):
        assert b.end > a.end, (a, b)  # in text order, none nested in the one before it
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
        assert q.fragments and q.fragments[0][0] == q.start and q.fragments[-1][1] == q.end
        assert all(s < e for s, e in q.fragments)
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)


def test_cli_process_returns_the_agreed_shape():
    t = "“We will win,” Mayor Jane Doe said. She said the vote was close."

    class Args:
        kinds = "direct,indirect,mixed"
        fragments = False

    out = process(t, Args(), {"text": t})
    assert [q["kind"] for q in out["quotes"]] == ["direct", "indirect"]
    first = out["quotes"][0]
    assert set(first) == {"text", "start", "end", "kind", "cue", "speaker"}
    assert set(first["speaker"]) == {"name", "start", "end", "title", "organization", "place", "party"}
    assert t[first["start"]:first["end"]] == first["text"]


def test_package_root_exports_the_quote_api():
    assert {"extract_quotes", "Quote", "Speaker"} <= set(newsnlp.__all__)


def test_both_modes_give_identical_quotes():
    """Pure-Python mode (no numpy/sklearn/nltk/joblib) gives the same result by construction."""
    t = ("“The bill is dead,” Sen. Ron Wyden, D-Ore., said. “We need a new one.”\n\n"
         "According to two officials, the deal collapsed. Maria Lopez said the city cut funding.")
    code = ("import json,sys; from newsnlp import extract_quotes; "
            "print(json.dumps([q.to_dict() for q in extract_quotes(sys.stdin.read())]))")
    outs = []
    for pure in ("0", "1"):
        env = dict(os.environ, NEWSNLP_PURE_PYTHON=pure)
        r = subprocess.run([sys.executable, "-c", code], input=t, capture_output=True, text=True,
                           env=env, cwd=ROOT, check=True)
        outs.append(json.loads(r.stdout))
    assert outs[0] == outs[1] == [q.to_dict() for q in extract_quotes(t)]


def test_a_parenthetical_attribution_splits_the_reported_content():
    t = "Barack Obama spoke first. The museum, Mr. Obama said, would make visitors face hard truths."
    q = only(t)
    assert [t[s:e] for s, e in q.fragments] == ["The museum", "would make visitors face hard truths"]
    assert q.speaker.name == "Barack Obama"


def test_a_second_clause_with_its_own_cue_is_a_second_quote():
    t = "The video shows him with his hands raised, but Officer Betty Shelby said he refused her commands."
    qs = extract_quotes(t)
    assert qs[-1].cue.text == "said" and qs[-1].text == "he refused her commands"
    assert qs[-1].speaker.name == "Betty Shelby"
    assert all("Shelby" not in q.text for q in qs)


def test_a_name_in_apposition_to_a_description():
    t = "A lawyer for the newspapers, David Schulz, said no decision had been made."
    q = only(t)
    assert mention(t, q) == "A lawyer for the newspapers, David Schulz"
    assert q.speaker.name == "David Schulz"


def test_a_quoted_title_before_the_attribution_is_not_the_quote():
    t = 'In an interview on CBS\'s "Face the Nation," Trump said the debate was rigged against him.'
    q = only(t)
    assert q.kind == "indirect" and q.text == "the debate was rigged against him"
    assert mention(t, q) == "Trump"


def test_a_dashed_apposition_between_speaker_and_cue():
    t = "Aaron Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements."
    q = only(t)
    assert q.speaker.name == "Aaron Kall" and q.text == "the candidate tended to make announcements"


def test_a_participle_cue_after_a_comma_starts_its_own_quote():
    t = "Governor Ann Lee said the budget was balanced, adding that taxes would not rise next year."
    qs = extract_quotes(t)
    assert [q.cue.text for q in qs] == ["said", "adding"]
    assert qs[0].text == "the budget was balanced"
    assert qs[1].speaker.name == "Ann Lee"


def test_a_question_quote_keeps_its_attribution_and_continuation():
    t = "“How many times do we have to see this?” Clinton said. “In Tulsa, an unarmed man died.”"
    q = only(t)
    assert [t[s:e] for s, e in q.fragments] == ["How many times do we have to see this?", "In Tulsa, an unarmed man died."]
    assert mention(t, q) == "Clinton"


def test_an_unattributed_quotation_after_reported_speech_continues_it():
    t = 'His partner, Lawrence Cummings, called him a master at impossible deals. "He did it again and again."'
    q = only(t)
    assert q.kind == "mixed" and len(q.fragments) == 2
    assert t[q.fragments[1][0]:q.fragments[1][1]] == "He did it again and again."
    assert q.speaker.name == "Lawrence Cummings"


def test_a_participle_after_an_attribution_shares_its_speaker():
    t = '"We see no link to terrorism," Mayor Bill de Blasio said, adding that details would take hours to emerge.'
    first, second = extract_quotes(t)
    assert first.kind == "direct" and second.cue.text == "adding"
    assert second.text == "that details would take hours to emerge"
    assert second.speaker is not None and second.speaker.start == first.speaker.start


def test_transcript_lines_name_their_speakers():
    t = ('Partial transcript:\n\n"WALLACE: Do you really see those two as equivalent?\n\n'
         '"PENCE: Well, look, the question is why."')
    first, second = extract_quotes(t)
    assert (first.text, first.speaker.name) == ("Do you really see those two as equivalent?", "WALLACE")
    assert (second.text, second.speaker.name) == ("Well, look, the question is why.", "PENCE")


def test_a_pronoun_inherits_the_descriptor_of_the_person_it_resolves_to():
    t = "“We will win,” Sen. Ron Wyden, D-Ore., said. He said the vote was close."
    second = extract_quotes(t)[1]
    sp = second.speaker
    assert (t[sp.start:sp.end], sp.name, sp.title, sp.party) == ("He", "Ron Wyden", "Senator", "Democratic")


def test_no_quote_is_nested_in_another_and_the_order_is_the_texts():
    # Found by fuzzing: the quotation “1.5(R-C” sat inside the reported content
    # that "according to" gave, and came after it.
    text = 'he said\u201c1.5(R-C"according to'
    qs = extract_quotes(text)
    assert len(qs) == 1
    assert qs[0].text == '\u201c1.5(R-C"according to'
    assert qs[0].kind == "mixed"
    # A participle cue inside a reported statement gave the quotation twice: alone
    # and inside the outer statement. The outer one, holding both, is kept.
    text = "Clinton posted a message on Facebook, saying \u201cwe will not stop fighting for this city.\u201d"
    q = only(text)
    assert q.text == "a message on Facebook, saying \u201cwe will not stop fighting for this city.\u201d"
    assert q.cue is not None and q.cue.text == "posted"


def test_reported_words_after_the_closing_mark_belong_to_a_mixed_quote():
    t = "The mayor says \u201cthe budget is a mess\u201d because of the new stadium."
    q = only(t)
    assert q.kind == "mixed" and q.text.endswith("because of the new stadium")


def test_a_reported_clause_before_the_quotation_makes_it_mixed():
    t = "The senator said he rarely campaigns for others, \u201cexcept for people I am close to.\u201d"
    q = only(t)
    assert q.kind == "mixed" and q.text.startswith("he rarely campaigns")
    # "told reporters," names whom: the quotation alone is the quote.
    t = "The senator told reporters on the bus, \u201cI rarely campaign for other people at all.\u201d"
    assert only(t).kind == "direct"


def test_unquoted_words_between_the_quotation_and_its_attribution_belong_to_it():
    t = '"We have voted for the bill many times" and against the amendment, the mayor said.'
    q = only(t)
    assert q.kind == "mixed" and q.text.endswith("against the amendment")
    assert q.cue is not None and q.cue.text == "said"


def test_a_relative_clause_cue_does_not_swallow_the_main_clause():
    t = "Former candidate Jane Roe, who on Tuesday endorsed the mayor, said Wednesday she agrees with the plan."
    qs = extract_quotes(t)
    main = [q for q in qs if q.cue is not None and q.cue.text == "said"]
    assert len(main) == 1
    assert main[0].text.endswith("she agrees with the plan")
    assert main[0].speaker is not None and main[0].speaker.name == "Jane Roe"
    assert all(q.end <= main[0].start or q is main[0] for q in qs)


def test_a_word_that_is_a_cue_only_before_that_clause():
    t = "New polls show that the mayor is losing support in the suburbs."
    q = only(t)
    assert q.cue is not None and q.cue.text == "show"
    assert q.text == "that the mayor is losing support in the suburbs"
    assert q.speaker is not None and t[q.speaker.start:q.speaker.end] == "New polls" and q.speaker.name is None
    assert extract_quotes("The polls show a close race in the suburbs this year.") == []


def test_a_paragraph_that_only_goes_on_quoting_joins_the_quote_before():
    t = ("\u201cThe budget is late,\u201d Mayor Jane Doe said. \u201cWe all know why.\u201d\n\n"
         "\u201cThe council has had the numbers since March and did nothing with them.\u201d\n\n"
         "The council did not respond.")
    qs = extract_quotes(t)
    assert len(qs) == 1
    assert len(qs[0].fragments) == 3 and qs[0].speaker is not None and qs[0].speaker.name == "Jane Doe"
    # A new paragraph with its own attribution stays a quote of its own.
    t2 = t.replace("did nothing with them.\u201d", "did nothing,\u201d said council member Ann Lee.")
    assert len(extract_quotes(t2)) == 2


def test_according_to_a_poll_by_an_agency_names_the_agency():
    t = "The mayor leads with 24 percent, according to a recent poll by the Springfield Gazette."
    q = only(t)
    assert q.text == "The mayor leads with 24 percent"
    assert q.speaker is not None and t[q.speaker.start:q.speaker.end] == "the Springfield Gazette"


def test_a_participle_after_said_shares_the_speaker_and_ends_the_content():
    t = "The council did not complain when taxes rose, a city official said, adding that the impact was small."
    qs = extract_quotes(t)
    assert [q.text for q in qs] == ["The council did not complain when taxes rose", "that the impact was small"]
    assert all(q.speaker is not None and t[q.speaker.start:q.speaker.end] == "a city official" for q in qs)


def test_a_second_attribution_between_two_quotations_keeps_them_apart():
    t = '"That never happened," Bob said. Visibly annoyed, he asked, "Was I going to stay behind by myself?"'
    qs = extract_quotes(t)
    assert [q.text for q in qs] == ["That never happened,", "Was I going to stay behind by myself?"]
    assert [q.cue.text for q in qs] == ["said", "asked"]
    # Without a cue of its own the second quotation resumes the first.
    t = '"That never happened," Bob said. "Nobody was going to stay behind by himself."'
    assert len(extract_quotes(t)) == 1


def test_an_opening_mark_typed_as_the_closing_one_still_closes():
    t = "\u201cIt is unusual,\u201c said Jane Roe, a lawyer. \u201cIt is a hard thing to do.\u201d"
    q = only(t)
    assert q.fragments == ((1, 15), (43, 68))
    assert q.speaker is not None and q.speaker.name == "Jane Roe"


def test_a_progressive_cue_keeps_its_speaker_but_it_is_worth_noting_has_none():
    t = "Secretary of State Jane Roe is reminding voters that the polls close at eight."
    q = only(t)
    assert q.text == "voters that the polls close at eight"
    assert q.speaker is not None and q.speaker.name == "Jane Roe"
    for t in ("It is worth noting that the polls close at eight.", "It is worth noting the polls close at eight."):
        assert all(q.speaker is None for q in extract_quotes(t))


def test_a_floating_quantifier_after_the_subject_is_skipped():
    t = "Senator Ann Lee and Governor Bob Hale have both argued that the tariffs cost jobs."
    q = only(t)
    assert mention(t, q) == "Senator Ann Lee and Governor Bob Hale"
    t = "The mayors all said that the grant had arrived late."
    assert mention(t, only(t)) == "The mayors"


def test_an_age_and_a_relative_clause_between_name_and_cue():
    t = "Mary Okafor, 58, who lives outside Denver, says she plans to vote for the mayor."
    q = only(t)
    assert q.speaker.name == "Mary Okafor" and q.text.startswith("she plans")


def test_an_apposition_with_a_capitalised_place_before_a_title():
    t = "Chris Dolan, South Carolina director for the campaign, said the office had opened in May."
    q = only(t)
    assert q.speaker.name == "Chris Dolan" and q.text == "the office had opened in May"


def test_a_participle_introducing_a_second_quotation_keeps_the_speaker():
    t = '"The roads are safe," Mayor Ann Lee said, adding, "We will open the bridge on Monday."'
    qs = extract_quotes(t)
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Ann Lee", "Ann Lee"]
    assert qs[1].text == "We will open the bridge on Monday."


def test_a_pronoun_before_the_cue_after_a_noun_is_the_subject():
    t = "Governor Ann Lee has not hidden the changes she wants to see in the budget."
    qs = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "wants"]
    assert qs and mention(t, qs[0]) == "she"


def test_a_participle_after_an_opening_subordinate_clause_takes_the_main_subject():
    t = "If he wins the race, Mayor Bob Hale has said he will cut taxes, promising to freeze fees as well."
    qs = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "promising"]
    assert qs and qs[0].speaker is not None and qs[0].speaker.name == "Bob Hale"


def test_an_expletive_it_is_no_clause_subject():
    from newsnlp.quotes._subject import sentence_subject

    t = "It was at the fair that the senator spoke, pointing to the new bridge as proof of progress."
    assert sentence_subject(t, 0, t.index("pointing")) is None
    t = "It endorsed the plan on Monday, pointing to the new bridge as proof of progress."
    assert sentence_subject(t, 0, t.index("pointing")) == (0, 2)


def test_inverted_speakers_with_of_in_the_descriptor_and_a_bare_determiner():
    t = '"The first line of defense is the community," said former secretary of state Jane Hale.'
    assert only(t).speaker.name == "Jane Hale"
    t = '"Watch the count closely," tweeted another.'
    assert mention(t, only(t)) == "another"
    t = '"Our ideas are different," agrees Mary Stone, a teacher.'
    assert only(t).speaker.name == "Mary Stone"


def test_a_participle_after_a_quoted_show_name_or_before_keeps_the_speaker():
    t = '"He is the best nominee," Ann Lee said on "Morning Talk," adding, "His problem is the map."'
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(t)] == ["Ann Lee", "Ann Lee"]
    t = '"Nothing you can do," Bob Hale said before adding: "Maybe there is a way."'
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(t)] == ["Bob Hale", "Bob Hale"]


def test_a_that_clause_subject_is_not_joined_to_the_noun_before():
    from newsnlp.quotes._speakers import mention_before

    t = "It is worth a note that the state court ruled the map unfair."
    s, e = mention_before(t, 0, t.index("ruled"))
    assert t[s:e] == "the state court"
    t = "Critics point to the fact that Mayor Ann Lee said nothing."
    s, e = mention_before(t, 0, t.index("said"))
    assert t[s:e] == "Mayor Ann Lee"


def test_a_state_after_an_opening_place_phrase_is_not_the_subject():
    t = "Speaking at a town hall in Salem, New Hampshire, Governor Ann Lee attacked the plan, calling it a mistake."
    qs = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "calling"]
    assert qs and qs[0].speaker is not None and qs[0].speaker.name == "Ann Lee"


def test_the_next_month_opens_a_sentence_before_its_subject():
    from newsnlp.quotes._subject import sentence_subject

    t = "The next month, Senator Ann Lee announced a lawsuit, claiming she was fired unfairly."
    s, e = sentence_subject(t, 0, t.index("claiming"))
    assert t[s:e] == "Senator Ann Lee"


def test_a_run_on_text_of_trailing_attributions_is_not_reread_per_cue(monkeypatch):
    # ", the Post reported," 3,000 times in one "sentence": each trailing attribution may take
    # over the statement before it, but only within a bounded stretch, so the letters counted
    # stay proportional to the text (before the bound: 2,999 calls over ~1,500 characters each).
    from newsnlp.quotes import _extract as E

    seen = []
    orig = E._Article.quoted_letters

    def counting(self, s, e):
        seen.append(e - s)
        return orig(self, s, e)

    monkeypatch.setattr(E._Article, "quoted_letters", counting)
    text = ", the Post reported, " * 3000
    E.extract_quotes_impl(text)
    assert sum(seen) < 4 * len(text)


# --- issue 4, fifth round: trailing attributions -----------------------------------------------------


def test_a_trailing_attribution_after_a_quoted_phrase_reports_the_sentence():
    t = "In one memo, Dale Ruiz described how he had put a ledger in a \u201cshred bin,\u201d the Tribune reported."
    q = only(t)
    assert (q.cue.text, mention(t, q)) == ("reported", "the Tribune")
    assert q.text.startswith("In one memo, Dale Ruiz described")


@pytest.mark.parametrize("tail, source, cue", [
    ("officials said", "officials", "said"),
    ("records showed", "records", "showed"),
    ("a new survey found", "a new survey", "found"),
    ("Harmon maintains", "Harmon", "maintains"),
])
def test_a_trailing_attribution_takes_over_a_sentence_with_an_earlier_cue(tail, source, cue):
    t = f"Dale Benton has maintained support among older voters in the county, {tail}."
    q = only(t)
    assert (q.cue.text, mention(t, q)) == (cue, source)
    assert q.text == "Dale Benton has maintained support among older voters in the county"


@pytest.mark.parametrize("dateline", ["WASHINGTON, Dec. 8 (UPI) \u2014", "WASHINGTON \u2015", "PARIS, Aug 31 (Reuters) -"])
def test_a_dateline_with_a_date_or_a_horizontal_bar_is_not_the_subject(dateline):
    t = f"{dateline} In response to the ruling, Mayor Dana Ortiz rallied supporters, saying the fight was not over."
    q = only(t)
    assert (q.cue.text, mention(t, q), q.speaker.name) == ("saying", "Mayor Dana Ortiz", "Dana Ortiz")


@pytest.mark.parametrize("sentence, source", [
    ("At the time, she released a statement saying the company would grow.", "she"),
    ("The Harbor Alliance on Tuesday released a parody website asking for donations to the library.",
     "The Harbor Alliance"),
])
def test_what_a_speaker_put_out_before_a_participle_is_not_the_speaker(sentence, source):
    q = only(sentence)
    assert mention(sentence, q) == source


def test_a_cue_in_a_subordinate_clause_after_a_quotation_does_not_claim_it():
    t = "Dale Sims says he was \u201ckind of riding the fence\u201d until Haley said she was backing the senator."
    q = extract_quotes(t)[0]
    assert (q.cue.text, mention(t, q)) == ("says", "Dale Sims")
    assert q.text.startswith("he was \u201ckind of riding the fence\u201d")


@pytest.mark.parametrize("sentence, source", [
    ("At the rally, a group of pastors called for a boycott, and the Harbor Alliance strongly denounced the plan "
     "and said it would fight it in court.", "the Harbor Alliance"),
    ("For that she drew the mayor\u2019s ire - he called her \u201cweak\u201d and said she had little support in the county.",
     "he"),
])
def test_a_verb_joined_by_and_takes_the_subject_of_its_own_clause(sentence, source):
    said = [q for q in extract_quotes(sentence) if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert mention(sentence, said[0]) == source


def test_an_unknown_verb_of_saying_before_a_colon_has_its_subject_before_it():
    t = "At the town hall in Hudson, New Hampshire Monday, a retired teacher retorted: \u201cWe will not move.\u201d"
    q = only(t)
    assert (q.kind, q.cue.text, mention(t, q)) == ("direct", ":", "a retired teacher")


def test_a_verb_before_a_colon_with_no_one_before_it_is_no_source():
    t = "But it may have an impact that has so far been largely ignored: \u201cThe banks will pay for it.\u201d"
    for q in extract_quotes(t):
        assert q.speaker is None or mention(t, q) != "far"


def test_a_lead_in_ending_in_a_colon_is_no_part_of_the_quotation_after_it():
    # 'X declared the need for ...: "A," she said.': the words before the colon report X's own
    # statement; the quotation the trailing cue attributes starts at its opening mark.
    t = "In her speech, Dana Reyes praised the new budget: \u201cIt will work for every family in town,\u201d she said."
    said = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1
    assert (said[0].kind, said[0].text) == ("direct", "It will work for every family in town,")
    # ... and the statement the lead-in reports ends at the colon.
    praised = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "praised"]
    assert [(q.text, mention(t, q)) for q in praised] == [("the new budget", "Dana Reyes")]


@pytest.mark.parametrize("text, cue, source", [
    ("That said, most nurses say they expect the hospital to reopen.", "say", "most nurses"),
    ("(That said, she also noted, \u201cThe vote will be close, and we are ready for it.\u201d)", "noted", "she"),
])
def test_that_said_is_a_set_phrase_not_an_attribution(text, cue, source):
    qs = extract_quotes(text)
    assert all(q.cue is None or q.cue.text != "said" for q in qs)
    assert [(q.cue.text, mention(text, q)) for q in qs if q.cue is not None] == [(cue, source)]


@pytest.mark.parametrize("text, quote", [
    # a short reported clause after the cue is what was said, not an adverbial like "on Tuesday."
    ("Shortly after the vote, Mayor Dana Reyes said the plan would fail.", "the plan would fail"),
    ("Late on Friday, the mayor said she would resign.", "she would resign"),
    # after "told" a short noun phrase says to whom; the sentence before is what was said
    ("The city will need more money for its schools, Mayor Dana Reyes told a council panel Tuesday.",
     "The city will need more money for its schools"),
])
def test_a_short_clause_after_a_cue_is_the_statement(text, quote):
    assert [q.text for q in extract_quotes(text)] == [quote]


def test_a_statement_cut_at_the_next_clause_is_typed_by_what_is_left():
    # The first content ran to the sentence end (over the quotation) before "but ... said" cut it.
    t = ("The mayor said the plan would fail badly next year, but the council chairwoman said it was "
         "\u201ca good deal for all of us.\u201d")
    assert [(q.kind, q.text) for q in extract_quotes(t)] == [
        ("indirect", "the plan would fail badly next year"),
        ("mixed", "it was \u201ca good deal for all of us.\u201d"),
    ]


@pytest.mark.parametrize("text, quotes", [
    ("While the mayor insists the budget is balanced, Dana Reyes said she doubts the numbers add up.",
     [("insists", "the budget is balanced"), ("said", "she doubts the numbers add up")]),
    ("After the council voted to close the plant, the governor said she would appeal the decision in court.",
     [("voted", "to close the plant"), ("said", "she would appeal the decision in court")]),
])
def test_a_speech_verb_opening_the_main_clause_after_a_comma_is_not_swallowed(text, quotes):
    assert [(q.cue.text, q.text) for q in extract_quotes(text) if q.cue is not None] == quotes


def test_a_passive_cue_with_an_agent_reports_about_its_subject():
    t = "The new budget was sharply criticized by the mayor as a gift to developers."
    assert [(q.text, q.cue.text, mention(t, q)) for q in extract_quotes(t)] == [
        ("The new budget", "criticized", "the mayor")]
    # after "asked" the words that follow the agent are what was said
    t = "Reyes was asked by the host whether she would run again next year."
    assert [(q.text, q.cue.text) for q in extract_quotes(t)] == [
        ("by the host whether she would run again next year", "asked")]


def test_a_lead_in_ending_in_a_dash_is_no_part_of_the_quotation_after_it():
    t = ("Dana Reyes praised the new budget for the schools - \u201cIt will work for every family in town,\u201d "
         "she said.")
    assert [(q.cue.text, q.kind, q.text) for q in extract_quotes(t)] == [
        ("praised", "indirect", "the new budget for the schools"),
        ("said", "direct", "It will work for every family in town,"),
    ]


def test_a_cue_after_but_does_not_attribute_the_quotation_before_it():
    t = ("Reyes said the plan had flaws, calling it \u201ca rushed job by the county board,\u201d but she denied "
         "that she would vote against it.")
    denied = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == "denied"]
    assert [q.text for q in denied] == ["that she would vote against it"]


@pytest.mark.parametrize("text, reported", [
    ("Mayor Dana Reyes spoke briefly, spending most of her time at the podium taking questions.", False),
    ("As Reyes spoke, the council members were leaving the hall one by one.", False),
    ("Mayor Dana Reyes spoke at the town hall on Tuesday about the new budget for the schools.", True),
    ("Mayor Dana Reyes spoke on Monday, a day before the vote.", False),
    ("Mayor Dana Reyes spoke to reporters outside the hall after the vote.", False),
    ("Two aides who spoke on condition of anonymity left the hall early.", False),
    ("Mayor Dana Reyes spoke on the budget at length.", True),
    ("Mayor Dana Reyes spoke out against the new budget for the schools.", True),
])
def test_a_verb_of_speaking_reports_only_with_a_topic(text, reported):
    spoke = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text == "spoke"]
    assert bool(spoke) == reported
