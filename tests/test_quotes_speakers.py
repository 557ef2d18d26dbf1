"""Speaker resolution: gender-aware pronouns, surnames, organisations (sentences written for these tests)."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from newsnlp import extract_quotes
from newsnlp.quotes._lexicon import load_data
from newsnlp.quotes._speakers import Resolver, first_names


def speakers(text: str) -> List[Tuple[str, Optional[str], str]]:
    """(cue, resolved name, first words of the quote) for every quote."""
    out = []
    for q in extract_quotes(text):
        assert q.speaker is not None, q
        out.append((q.cue.text if q.cue else "", q.speaker.name, q.text[:20]))
    return out


def name_for(text: str, cue_text_start: str) -> Optional[str]:
    """The resolved speaker name of the quote whose text starts with ``cue_text_start``."""
    hits = [q for q in extract_quotes(text) if q.text.startswith(cue_text_start)]
    assert len(hits) == 1, extract_quotes(text)
    assert hits[0].speaker is not None
    return hits[0].speaker.name


# --- gender -----------------------------------------------------------------------------------------


def test_he_skips_a_more_recent_woman_known_from_an_honorific():
    t = ("Jordan Okafor, the county treasurer, presented the budget. Robin Lindqvist, the auditor, objected to "
         "the numbers. Ms. Lindqvist has audited the county for a decade. "
         "\u201cEvery line adds up,\u201d he said.")
    assert name_for(t, "Every line adds up") == "Jordan Okafor"


def test_she_skips_a_more_recent_man_known_from_the_articles_own_pronouns():
    t = ("Mayor Quinn Adebayo rejected the demand. She said the city would not comply. "
         "Sheriff Robin Castellanos disagreed. Castellanos said his deputies would cooperate with the state. "
         "\u201cWe will see them in court,\u201d she said.")
    assert name_for(t, "We will see them in court") == "Quinn Adebayo"
    assert name_for(t, "his deputies") == "Robin Castellanos"


def test_the_object_pronoun_after_a_person_is_no_evidence_of_their_gender():
    t = ("Sen. Quinn Marlowe scolded him on Tuesday. Rep. Jordan Feld answered the charge at length. "
         "\u201cThe bill stays,\u201d she said.")
    # "scolded him" says nothing about Marlowe; Feld, the latest subject, has no known gender either.
    assert name_for(t, "The bill stays") == "Jordan Feld"


def test_the_learned_first_name_table_decides_when_the_article_does_not():
    t = ("Gov. Sarah Mendel opened the debate. Rep. Donald Ferraro answered her. "
         "\u201cWe will fight this bill,\u201d she said.")
    assert name_for(t, "We will fight this bill") == "Sarah Mendel"
    t2 = ("Gov. Sarah Mendel opened the debate. Rep. Donald Ferraro answered her. "
          "\u201cWe will fight this bill,\u201d he said.")
    assert name_for(t2, "We will fight this bill") == "Donald Ferraro"


def test_a_gendered_title_gives_the_gender():
    t = ("Spokeswoman Robin Hale defended the plan. Councilman Jordan Pike criticized it. "
         "Pike said the city could not afford it. \u201cThe plan is paid for,\u201d she said.")
    assert name_for(t, "The plan is paid for") == "Robin Hale"


def test_a_pronoun_with_no_compatible_person_gets_no_name():
    t = "Mr. Alder presented the plan. \u201cIt will work,\u201d she said."
    assert name_for(t, "It will work") is None


def test_it_and_they_go_to_an_organisation_not_a_person():
    t = ("Acme Corporation said sales fell in the spring. Jordan Blake, the chief executive, said the plant "
         "would stay open. It said prices would rise.")
    assert name_for(t, "prices would rise") == "Acme Corporation"
    assert name_for(t, "the plant would stay") == "Jordan Blake"


def test_gender_helper_orders_its_evidence():
    r = Resolver("Mr. Quill spoke. Ms. Rowan spoke. Sarah Quill left.")
    assert r.gender("Sarah Quill") == "male"  # the honorific for this surname wins over the first name
    assert r.gender("Ann Rowan") == "female"
    assert r.gender("Sarah Nobody") == "female"  # the learned table
    assert r.gender("Jordan Nobody") is None
    assert r.gender("Jordan Nobody", "spokeswoman") == "female"
    assert r.gender(None) is None


# --- surnames and organisations ---------------------------------------------------------------------


def test_a_surname_with_accents_resolves_to_the_full_name_after_a_place():
    t = ("\u00d1u\u00f1oa District Mayor In\u00e9s Pe\u00f1a, a Democrat, spoke first. "
         "Pe\u00f1a said the district would appeal the ruling.")
    assert name_for(t, "the district would appeal") == "In\u00e9s Pe\u00f1a"


def test_a_surname_the_parser_reads_as_a_place_is_still_the_person():
    t = ("Lake County Sheriff Dale Benton, a Republican, struck a different tone. Benton said his deputies "
         "already share records, and he urged the mayor to do the same.")
    assert name_for(t, "his deputies") == "Dale Benton"
    assert name_for(t, "the mayor to do") == "Dale Benton"


def test_a_capitalised_function_word_is_not_a_first_name():
    t = ("For Dana Whitcombe the vote was personal. But Whitcombe said the town would move on. "
         "\u201cWe are done arguing,\u201d he said.")
    assert name_for(t, "the town would move on") == "Dana Whitcombe"


def test_according_to_an_unnamed_office_names_the_office():
    t = "According to the state's labor department, unemployment fell to 4 percent in May."
    assert name_for(t, "unemployment fell") == "the state's labor department"


def test_according_to_a_person_keeps_the_person():
    t = "According to Mayor Jordan Reyes, the budget is balanced."
    assert name_for(t, "the budget is balanced") == "Jordan Reyes"


# --- cue words used as nouns or adjectives ----------------------------------------------------------


def test_participles_and_nouns_that_are_not_attributions():
    for t in (
        "The fund, known as the Rainy Day Account, pays for road repairs.",
        "The board held a hastily called meeting on Friday about the roads.",
        "The widely reported figure turned out to be wrong by a factor of two.",
    ):
        assert extract_quotes(t) == [], t


def test_a_family_is_a_speaker_not_an_adverb():
    t = "The family said the verdict was fair."
    q = extract_quotes(t)
    assert len(q) == 1 and q[0].speaker is not None
    assert t[q[0].speaker.start:q[0].speaker.end] == "The family"


# --- the shipped table ------------------------------------------------------------------------------


def test_first_name_table_ships_counts_and_provenance():
    data = load_data("first_names.json")
    assert "distant supervision" in data["provenance"].lower()
    names = data["names"]
    assert len(names) >= 50
    for first, v in names.items():
        assert first[:1].isupper() and " " not in first
        assert v["gender"] in ("male", "female")
        total = v["male"] + v["female"]
        assert total >= data["min_votes"]
        assert max(v["male"], v["female"]) >= data["min_share"] * total
        assert (v["male"] > v["female"]) == (v["gender"] == "male")
    assert first_names()["Sarah"] == "female" and first_names()["Donald"] == "male"


# --- participles after a clause ---------------------------------------------------------------------


def test_a_participle_after_a_clause_takes_the_clause_subject():
    t = "In March, several regional groups sued the county over its water rules, saying the permits were unlawful."
    q = [x for x in extract_quotes(t) if x.cue is not None and x.cue.text == "saying"]
    assert len(q) == 1 and q[0].speaker is not None
    assert t[q[0].speaker.start:q[0].speaker.end] == "several regional groups"
    t2 = "Chastened, the governor changed course on Friday, promising to veto the bill."
    q2 = [x for x in extract_quotes(t2) if x.cue is not None and x.cue.text == "promising"]
    assert len(q2) == 1 and q2[0].speaker is not None
    assert t2[q2[0].speaker.start:q2[0].speaker.end] == "the governor"


def test_an_unknown_town_before_a_local_title_is_the_place():
    t = "Lago Verde Mayor Ana Ruiz said the city would appeal the ruling."
    q = extract_quotes(t)
    assert len(q) == 1 and q[0].speaker is not None
    assert (q[0].speaker.name, q[0].speaker.title, q[0].speaker.place) == ("Ana Ruiz", "Mayor", "Lago Verde")
    t2 = "Acting Mayor Ana Ruiz said the city would appeal the ruling."
    sp = extract_quotes(t2)[0].speaker
    assert sp is not None and sp.place is None


def test_an_opening_participial_phrase_is_skipped_to_the_subject():
    t = ("Pressed by donors, as well as by the county's auditors, Mayor Jo Alvarez cut the budget, "
         "promising to restore the parks next year.")
    q = [x for x in extract_quotes(t) if x.cue is not None and x.cue.text == "promising"]
    assert len(q) == 1 and q[0].speaker is not None
    assert (q[0].speaker.name, q[0].speaker.title) == ("Jo Alvarez", "Mayor")


def test_a_surname_mention_carries_the_descriptor_of_the_first_mention():
    t = ("Republican Albuquerque Mayor Richard Berry said the city would cut taxes. Critics disagreed. "
         "\u201cWe are ready for this,\u201d Berry said. He said the plan was sound.")
    qs = extract_quotes(t)
    assert len(qs) == 3
    for q in qs[1:]:
        sp = q.speaker
        assert sp is not None
        assert (sp.name, sp.title, sp.place, sp.party) == ("Richard Berry", "Mayor", "Albuquerque", "Republican")
    assert t[qs[1].speaker.start:qs[1].speaker.end] == "Berry"


def test_a_descriptor_from_a_sentence_without_a_quote_is_carried_over():
    t = ("Democratic state Sen. Maria Lopez of Texas filed the bill on Monday. "
         "\u201cIt is about time,\u201d Lopez said.")
    sp = extract_quotes(t)[-1].speaker
    assert sp is not None and sp.name == "Maria Lopez"
    assert sp.title is not None and sp.party == "Democratic"


def test_a_later_mention_keeps_its_own_descriptor_fields():
    t = ("Mayor Richard Berry said the budget was late. "
         "Republican candidate Richard Berry said the race was close.")
    sp = extract_quotes(t)[1].speaker
    assert sp is not None and sp.party == "Republican" and sp.title is not None


def test_an_opening_phrase_or_dateline_is_not_the_speaker():
    cases = [
        ("Likewise, Mayor Jane Doe went after the council and called for a new vote.", "Mayor Jane Doe"),
        ("PARIS - Marine Dupont voiced support for the plan on Wednesday, saying her rivals would fail.",
         "Marine Dupont"),
        ("Arriving at the scene, police began searching, believing there were three gunmen.", "police"),
    ]
    for text, who in cases:
        q = extract_quotes(text)[-1]
        assert q.speaker is not None, text
        assert text[q.speaker.start:q.speaker.end] == who, (text, q.speaker)


def test_a_participle_cue_reports_what_follows_it():
    t = "Later in the day, Ms. Doe escalated her attacks on the senator, criticizing him for his votes."
    q = extract_quotes(t)[-1]
    assert q.cue is not None and q.cue.text == "criticizing"
    assert q.text == "him for his votes"


def test_inverted_speakers_with_lower_case_descriptors_and_datelines():
    t = "\u201cIt is over,\u201d said former Vermont governor Jane Roe, a party elder."
    assert only_speaker(t) == ("former Vermont governor Jane Roe, a party elder", "Jane Roe")
    t = "SPRINGFIELD, Ill. (AP) - Mayor Jane Doe met the families on Thursday and said the city would help."
    assert only_speaker(t) == ("Mayor Jane Doe", "Jane Doe")
    t = "Last month, Police Chief Dale Ruiz called the plan careless, but said nobody would be charged."
    q = extract_quotes(t)[-1]
    assert q.speaker is not None and q.speaker.name == "Dale Ruiz"


def only_speaker(text: str) -> Tuple[str, Optional[str]]:
    qs = extract_quotes(text)
    assert len(qs) == 1, qs
    sp = qs[0].speaker
    assert sp is not None
    return text[sp.start:sp.end], sp.name


def test_the_subject_of_an_irregular_passive_is_not_the_speaker():
    for t in ("The mayor was told that the budget was late.", "The senator is seen as the favourite by many."):
        for q in extract_quotes(t):
            assert q.speaker is None or not t[q.speaker.start:q.speaker.end].startswith("The"), (t, q)


def test_a_participle_after_a_preposition_takes_the_clause_subject():
    t = "Hours later, Mayor Jane Doe ended the meeting by declaring that the budget was sound."
    q = extract_quotes(t)[-1]
    assert q.cue is not None and q.cue.text == "declaring"
    assert q.speaker is not None and q.speaker.name == "Jane Doe"
    t = "Doe met Speaker Ryan, who surprised her by declaring he could not back the plan."
    q = extract_quotes(t)[-1]
    assert q.speaker is not None and t[q.speaker.start:q.speaker.end] == "who"


def test_a_colon_after_a_named_source_or_put_it():
    t = "WHY TURNOUT MATTERS - Jane Roe and John Poe: \u201cWe found that turnout decides close races.\u201d"
    assert t[extract_quotes(t)[0].speaker.start:extract_quotes(t)[0].speaker.end] == "Jane Roe and John Poe"
    t = "As Mayor Jane Doe put it: \u201cThe city does a better job than most of its neighbours.\u201d"
    sp = extract_quotes(t)[0].speaker
    assert sp is not None and sp.name == "Jane Doe"


def test_an_opening_time_phrase_without_a_comma_is_skipped():
    t = "On Thursday evening Mayor Jane Doe delivered her speech as the nominee, seeking to prove her critics wrong."
    sp = extract_quotes(t)[-1].speaker
    assert sp is not None and sp.name == "Jane Doe"


def test_a_possessive_apposition_between_name_and_cue():
    t = "Christie, New Jersey\u2019s sitting governor, repeated claims that the senator was not ready."
    sp = only_speaker(t)
    assert sp == ("Christie, New Jersey\u2019s sitting governor", "Christie")


def test_a_leading_conjunction_is_not_the_subject():
    t = "And now Mayor Jane Doe has taken on a larger campaign, seeking to turn the city around."
    sp = extract_quotes(t)[-1].speaker
    assert sp is not None and sp.name == "Jane Doe"


# --- which attribution reports the sentence ---------------------------------------------------------


def _mention(text: str, starts: str) -> Tuple[str, str, str]:
    """(quote text start, cue, speaker mention) of the quote whose text starts with ``starts``."""
    hits = [q for q in extract_quotes(text) if q.text.startswith(starts)]
    assert len(hits) == 1, extract_quotes(text)
    q = hits[0]
    assert q.speaker is not None and q.cue is not None, q
    return q.text[:20], q.cue.text, text[q.speaker.start:q.speaker.end]


def test_a_trailing_attribution_reports_the_whole_sentence():
    t = "The county has seen a surge of new voters this spring, Marta Quispe said."
    quotes = extract_quotes(t)
    assert len(quotes) == 1
    assert quotes[0].text == "The county has seen a surge of new voters this spring"
    assert quotes[0].cue.text == "said"
    assert quotes[0].speaker.name == "Marta Quispe"


def test_a_parenthetical_attribution_takes_over_an_earlier_cue():
    t = "Dale Ruiz spoke for an hour. His critics are hoping, he said, to delay the vote until June."
    q = extract_quotes(t)[-1]
    assert q.cue.text == "said"
    assert q.text.startswith("His critics are hoping")
    assert len(q.fragments) == 2


def test_a_comma_set_aside_between_subject_and_cue():
    t = ("Tamsin Greaves, who lost her home in the flood in Dayton, Ohio, in 2019, said the county "
         "had ignored the warnings.")
    assert name_for(t, "the county had ignored") == "Tamsin Greaves"


def test_said_according_to_an_outlet_attributes_to_the_outlet():
    t = "\u201cWe will not back down on this,\u201d Wendell Price said, according to the Valley Courier. Others agreed."
    q = extract_quotes(t)[0]
    assert q.cue.text == "according to"
    assert t[q.speaker.start:q.speaker.end] == "the Valley Courier"


def test_participle_subject_is_the_nearest_coordinate_clause():
    t = ("Residents packed the hall, and the Harbor Tenants Union has already sued the city over the rules, "
         "saying they violate the lease law.")
    _, cue, mention = _mention(t, "they violate")
    assert cue == "saying"
    assert mention.startswith("the Harbor Tenants Union")


def test_participle_subject_after_an_agency_dateline():
    t = "Springfield (AFP) \u2013 Governor Alma Reyes has vetoed the budget bill, saying that it spends too much."
    _, cue, mention = _mention(t, "that it spends too much")
    assert cue == "saying"
    assert "Alma Reyes" in mention


def test_participle_subject_after_a_place_and_a_time_phrase():
    t = "At a town hall in Ames, Iowa, on Sunday, Mrs. Whitcomb toured the plant, saying that costs would fall."
    _, _, mention = _mention(t, "that costs would fall")
    assert mention == "Mrs. Whitcomb"


def test_a_cue_after_a_quotation_with_no_speaker_leaves_it_to_the_sentence_cue():
    t = ('Campaign spokesman Reuben Tal said the mayor offers a hopeful plan in contrast to '
         '"the gloom and fear" offered at the rival rally.')
    quotes = extract_quotes(t)
    assert len(quotes) == 1
    assert quotes[0].cue.text == "said"
    assert quotes[0].speaker.name == "Reuben Tal"
    assert quotes[0].kind == "mixed"


def test_a_coordinated_subject_does_not_cut_the_reported_clause():
    t = "Okafor said both he and Lindqvist promised to cut the levy before the vote in June."
    q = extract_quotes(t)[0]
    assert q.cue.text == "said"
    assert q.text.startswith("both he and Lindqvist promised")


def test_who_takes_its_antecedents_name():
    t = "Dale Okafor, who leads the transit union, said the strike would go on. Lina Berg agreed."
    q = [q for q in extract_quotes(t) if q.text.startswith("the leads") or q.cue.text == "leads"]
    assert all(x.speaker is None or x.speaker.name in (None, "Dale Okafor") for x in q)


def test_a_trailing_outlet_reports_a_sentence_with_a_speech_verb():
    t = "Organizers added 40 guards along the parade route, the Valley Courier reported."
    q = extract_quotes(t)[0]
    assert q.cue.text == "reported"
    assert t[q.speaker.start:q.speaker.end] == "the Valley Courier"


def test_colon_speaker_is_the_subject_of_the_last_clause():
    t = 'The schedule was so odd that Mayor Okafor could only quip: "I guess the holiday was booked."'
    q = extract_quotes(t)[0]
    assert "Okafor" in t[q.speaker.start:q.speaker.end]
    t = 'Supporters surrounded a protester, with Dale Okafor reportedly yelling: "Get him out of here!"'
    q = extract_quotes(t)[0]
    assert q.speaker.name == "Dale Okafor"


def test_called_naming_after_an_indefinite_noun_is_no_cue():
    t = "A new group called the Harbor Alliance raised $5,000 last week, campaign records show."
    assert all(q.cue.text != "called" for q in extract_quotes(t))
    t = "Okafor called the plan a disgrace."
    assert [q.cue.text for q in extract_quotes(t)] == ["called"]


def test_according_to_a_report_from_a_source_names_the_source():
    t = "Sales of the bonds grew 60 percent a year, according to a recent report from Harbor Energy Finance."
    q = extract_quotes(t)[0]
    assert t[q.speaker.start:q.speaker.end] == "Harbor Energy Finance"


def test_went_on_to_say_names_the_subject():
    t = "Mayor Alma Reyes thanked the crews. She went on to say, \u201cThe river will not beat us again.\u201d"
    q = extract_quotes(t)[-1]
    assert t[q.speaker.start:q.speaker.end] == "She"
    assert q.speaker.name == "Alma Reyes"
    t = "Okafor is quoted as saying, \u201cWe will win the district.\u201d"
    assert extract_quotes(t)[0].speaker.name == "Okafor"


def test_a_possessive_description_set_off_before_the_name():
    t = "\u201cWe stand with the victims,\u201d the mayor's spokesman, Dale Okafor, wrote on Twitter."
    q = extract_quotes(t)[0]
    assert "spokesman" in t[q.speaker.start:q.speaker.end]


def test_whom_someone_spoke_to_is_not_the_speaker():
    t = "Another council source speaking to the Valley Courier said, \u201cThe vote is lost.\u201d"
    q = extract_quotes(t)[0]
    assert t[q.speaker.start:q.speaker.end] == "Another council source"
    t = "Two aides who spoke with the Valley Courier said the mayor would resign in June."
    qs = extract_quotes(t)
    assert [q.cue.text for q in qs] == ["said"]
    assert t[qs[0].speaker.start:qs[0].speaker.end].endswith("aides")


def test_a_name_that_is_also_a_function_word_after_a_quotation():
    t = "\u201cWe needed the banks for investment,\u201d From said. \u201cNow they are the villains.\u201d"
    q = extract_quotes(t)[0]
    assert t[q.speaker.start:q.speaker.end] == "From"
    t = "\u201cIt should hasten the end of the campaign,\u201d Will wrote."
    q = extract_quotes(t)[0]
    assert t[q.speaker.start:q.speaker.end] == "Will"


# --- issue 4, fifth round: text order --------------------------------------------------------------


def test_a_pronoun_goes_to_the_person_named_before_it_not_to_a_later_speaker():
    # The quotation pass used to read the whole article (and meet Ruckel) before the
    # reported-speech pass resolved the early "he".
    t = ("Transport Secretary Paul Whitby took new steps Friday to fine towns he believes are ignoring "
         "federal road rules, a move that puzzled county officials.\n"
         "In a letter to Whitby, Republican Boise Mayor Dan Ruckel rejected the charge.\n"
         "\u201cWe follow every rule we are given,\u201d Ruckel wrote.")
    qs = extract_quotes(t)
    early = [q for q in qs if q.cue is not None and q.cue.text == "believes"]
    assert len(early) == 1
    assert early[0].speaker is not None and t[early[0].speaker.start:early[0].speaker.end] == "he"
    assert (early[0].speaker.name, early[0].speaker.title) == ("Paul Whitby", "Secretary")
    assert name_for(t, "We follow every rule") == "Dan Ruckel"


def test_descriptors_of_politicians_staff_reach_the_speaker():
    t = "Former Trump adviser Roger Stone said the count was unfair. Longtime Clinton aide Huma Abedin said it was fair."
    got = [(q.speaker.name, q.speaker.title, q.speaker.place) for q in extract_quotes(t) if q.speaker]
    assert got == [("Roger Stone", "Trump adviser", None), ("Huma Abedin", "Clinton aide", None)]


def test_a_governor_with_joined_initials_keeps_the_full_name():
    t = "Gov. J.B. Pritzker said the budget was balanced. Pritzker said he would sign it."
    assert [q.speaker.name for q in extract_quotes(t) if q.speaker] == ["J.B. Pritzker", "J.B. Pritzker"]


# --- issue 4, speaker margin round -------------------------------------------------------------------


def _mention_of(t: str, cue: str) -> Optional[str]:
    hits = [q for q in extract_quotes(t) if q.cue is not None and q.cue.text == cue]
    assert len(hits) == 1, extract_quotes(t)
    sp = hits[0].speaker
    return None if sp is None else t[sp.start:sp.end]


def test_an_expletive_it_before_an_adjective_cue_is_no_speaker():
    t = "The council met for six hours. It is not clear that the mayor will sign the new budget."
    assert _mention_of(t, "clear") is None
    t = "Nor is it clear that the levy will pass in the spring vote."
    assert _mention_of(t, "clear") is None


def test_a_verb_joined_inside_a_subordinate_clause_takes_that_clause_subject():
    t = "The crowd cheered when Okafor lifted a banner over the stage and promised that taxes would fall."
    assert _mention_of(t, "promised") == "Okafor"
    t = "The mayor praised Dana Lutz, who came to the hall early and said that the plan was fair."
    assert _mention_of(t, "said") == "who"
    # A relative clause closed by a comma is over: the main clause's subject speaks.
    t = "Reyes, who won the seat in May, thanked the crews and said that the river was safe."
    assert _mention_of(t, "said") == "Reyes"
    # A reported "that" clause does not open a new subject for the joined verb.
    t = "Okafor argued that the levy was too high and said that the town could wait a year."
    assert _mention_of(t, "said") == "Okafor"


def test_a_focus_adverb_or_like_phrase_opening_the_sentence_is_no_subject():
    t = "Like the mayor, Okafor has opposed the levy for years, arguing that it hurts renters."
    assert _mention_of(t, "arguing") == "Okafor"
    t = "Even before the vote, Dana Lutz had attacked the plan and warned that rents would rise."
    assert _mention_of(t, "warned") == "Dana Lutz"
    t = "Ahead of the vote, Dana Lutz met the tenants and promised that rents would not rise."
    assert _mention_of(t, "promised") == "Dana Lutz"


def test_a_quotation_inside_an_asked_clause_is_the_question_not_the_answer():
    # The question put to the speakers is no statement of theirs.
    for t in ("Asked whether the mayor \u201cis fit to serve a second term,\u201d 61 percent of voters said yes.",
              "Asked if he would run again, the senator said no."):
        assert not [q for q in extract_quotes(t) if q.text.startswith("Asked")], extract_quotes(t)
    t = "Asked Tuesday about the levy, Okafor said \u201cwe will not raise it this year.\u201d"
    assert _mention_of(t, "said") == "Okafor"


def test_figures_of_a_poll_named_at_the_sentence_start_are_the_polls():
    t = "In a Valley Courier poll released Monday, 61 percent of renters said the levy was too high."
    assert _mention_of(t, "said") == "a Valley Courier poll released Monday"
    # Without a poll opening the sentence the figure's group stays the speaker.
    t = "Renters are angry. Some 61 percent of voters said the levy was too high."
    assert _mention_of(t, "said") in ("voters", "61 percent of voters", "Some 61 percent of voters")


def test_an_existential_there_is_no_speaker_the_noun_after_it_is():
    t = "There were also documents from the union that week showing that the plant made money."
    assert _mention_of(t, "showing") == "documents"


def test_a_time_span_opening_the_sentence_is_no_subject():
    t = "A few minutes later they changed course, opened the doors and said the count would go on."
    assert _mention_of(t, "said") == "they"
    t = "But a few days later, Okafor reversed herself, telling reporters that the levy would stay."
    assert _mention_of(t, "telling") == "Okafor"


def test_a_verb_joined_by_and_later_takes_the_clause_subject():
    t = "Dana Lutz opened the hearing when she raised the flood maps and later said the levy was unfair."
    assert _mention_of(t, "said") == "she"


def test_a_military_rank_is_a_title_not_a_name():
    t = "Retired Army Col. Anna Brandt said the base would close within a year."
    sp = extract_quotes(t)[0].speaker
    assert sp is not None and (sp.name, sp.title, sp.organization) == ("Anna Brandt", "Colonel", "Army")
    t = "Lt. Gen. Omar Haddad said the drills would go on."
    sp = extract_quotes(t)[0].speaker
    assert sp is not None and (sp.name, sp.title) == ("Omar Haddad", "General")


def test_a_campaign_named_after_a_candidate_is_an_organisation():
    t = "Donald Trump spoke in Ohio. The Trump campaign said the rally drew 5,000 people."
    sp = extract_quotes(t)[-1].speaker
    assert sp is not None and (sp.name, sp.organization) == ("Trump campaign", "Trump campaign")
    t = "Bernie Sanders spoke in Iowa. Sanders\u2019 campaign said the rally drew 5,000 people."
    sp = extract_quotes(t)[-1].speaker
    assert sp is not None and sp.name != "Bernie Sanders" and sp.organization == "Sanders\u2019 campaign"
    # A title after the campaign keeps the person.
    t = "Trump campaign manager Paul Manafort said the rally was big."
    assert extract_quotes(t)[0].speaker.name == "Paul Manafort"


def test_a_surname_after_an_honorific_without_its_period_is_the_person_named_before():
    t = 'Dr Deborah Roe said distancing will remain. "It works," Dr Roe said.'
    assert [q.speaker.name for q in extract_quotes(t) if q.speaker] == ["Deborah Roe", "Deborah Roe"]


def test_mr_and_mrs_pick_the_person_of_that_surname_by_gender() -> None:
    t = ('Donald Roe spoke on Monday. Melania Roe said she was happy. "We won," Mr Roe said. '
         '"It was fun," Mrs. Roe said.')
    assert [q.speaker.name for q in extract_quotes(t) if q.speaker] == ["Melania Roe", "Donald Roe", "Melania Roe"]


def test_one_of_a_campaigns_things_is_no_organisation():
    # (the extractor reads "promises" as a cue here; the span before it is still no campaign's name)
    t = "One of Jane Roe\u2019s top campaign promises \u2014 a program to rebuild bridges \u2014 is meeting resistance."
    (q,) = extract_quotes(t)
    assert q.speaker is not None and t[q.speaker.start:q.speaker.end] == "One of Jane Roe\u2019s top campaign"
    assert (q.speaker.name, q.speaker.organization) == (None, None)


def test_opening_time_phrases_before_the_subject_are_skipped():
    t = "Most recently, Okafor lost the vote after mocking the levy in two debates."
    assert _mention_of(t, "mocking") == "Okafor"
    t = "The day before, at a rally in Dayton, Ohio, Dana Lutz was blunt, claiming the levy would fail."
    assert _mention_of(t, "claiming") == "Dana Lutz"


def test_made_it_clear_takes_the_subject_of_made():
    t = "The mayor left early. Dana Lutz stayed on and made it clear that she would run again."
    assert _mention_of(t, "clear") == "Dana Lutz"
    t = "But Okafor, making it very clear that the levy was dead, left the hall early."
    assert _mention_of(t, "clear") == "Okafor"


# --- the descriptor cache -----------------------------------------------------------------------------

def test_the_cached_descriptor_parser_is_bounded_and_answers_as_the_parser_does():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsnlp.people import parse_descriptor as plain
    from newsnlp.quotes._descriptor import parse_descriptor as cached

    maxsize = cached.cache_parameters()["maxsize"]
    assert maxsize is not None and maxsize <= 65536  # memory stays flat over millions of articles
    words = st.sampled_from(["Republican", "Democratic", "state", "Sen.", "Gov.", "Mayor", "Albuquerque", "Texas",
                             "spokeswoman", "for", "the", "county", "clerk", "Maria", "Lopez", "Richard", "Berry",
                             "(D-N.Y.)", "Acme", "Corporation", "former", "Former", "New", "York", ","])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(words, min_size=1, max_size=7))
    def check(parts: List[str]) -> None:
        text = " ".join(parts)
        first = cached(text)
        assert first == plain(text)
        assert cached(text) is first  # the second call is answered from the cache
        assert cached(text) == plain(text)  # and the shared value was not changed by anyone

    check()


def _cue_and_mention(text: str) -> List[Tuple[str, str]]:
    return [(q.cue.text if q.cue else "", text[q.speaker.start:q.speaker.end] if q.speaker else "")
            for q in extract_quotes(text)]


def test_a_passive_with_also_or_not_before_the_participle_takes_the_agent_not_the_subject():
    assert _cue_and_mention("The plan was also criticized by the mayor as too costly.") == [("criticized", "the mayor")]
    # no agent, no speaker: the musicians are the ones recognized
    assert ("recognized", "Several young musicians") not in _cue_and_mention(
        "Several young musicians were also recognized at the gala for their work.")


def test_a_participle_of_a_state_of_mind_keeps_its_subject_as_the_source():
    assert _cue_and_mention("Local leaders are convinced that the plant will reopen next spring.") == \
        [("convinced", "Local leaders")]


def test_a_participle_opening_the_sentence_has_the_sentence_subject_and_reports_only_its_phrase():
    t = "One week after announcing her run for the seat, Dana Reyes still insists that taxes must fall next year."
    assert [(q.cue.text if q.cue else "", q.text, t[q.speaker.start:q.speaker.end] if q.speaker else "")
            for q in extract_quotes(t)] == [
        ("announcing", "her run for the seat", "Dana Reyes"),
        ("insists", "that taxes must fall next year", "Dana Reyes"),
    ]
    t = "Instead of calling the vote a failure, the senator praised the volunteers who knocked on doors."
    assert _cue_and_mention(t) == [("calling", "the senator"), ("praised", "the senator")]


def test_a_relative_clause_ending_in_a_quotation_ends_at_its_comma_and_keeps_the_subject():
    t = "Humphrey, who calls the plan a \u201cdisaster,\u201d said he would vote against it in the fall."
    assert [(q.cue.text if q.cue else "", q.text, t[q.speaker.start:q.speaker.end] if q.speaker else "")
            for q in extract_quotes(t)] == [
        ("calls", "the plan a \u201cdisaster,\u201d", "who"),
        ("said", "he would vote against it in the fall", "Humphrey"),
    ]


def test_a_participle_after_the_object_of_to_has_the_clause_subject_as_speaker():
    t = "Senator Dana Reyes is making a pitch to rural voters saying the new tax will hurt farms."
    assert _cue_and_mention(t) == [("saying", "Senator Dana Reyes")]


def test_an_apposition_ending_in_a_quoted_title_sits_between_subject_and_cue():
    t = "Dana Reyes, host of the radio show \u201cMorning Call,\u201d suggested the mayor should resign before the vote."
    assert _cue_and_mention(t) == [("suggested", "Dana Reyes")]
    # an inverted attribution after a quotation keeps its speaker after the cue
    t = "The party, held every four years, \u201callows us to get our message out,\u201d said Joe Hale, a lobbyist."
    assert _cue_and_mention(t)[-1] == ("said", "Joe Hale, a lobbyist")


@pytest.mark.parametrize("text, source", [
    ("Late last month, the county board wrote a long letter to the governor, calling the plan a costly mistake.",
     "the county board"),
    ("But that morning, the protesters had gathered at the hall, carrying signs saying the cuts were unfair.",
     "the protesters"),
])
def test_an_opening_time_phrase_is_no_subject(text, source):
    assert _cue_and_mention(text)[-1][1] == source


@pytest.mark.parametrize("mark_open, mark_close", [("\u201c", "\u201d"), ("''", "''")])
def test_a_quotation_inside_a_participle_aside_belongs_to_the_participle(mark_open, mark_close):
    t = (f"Mr. Hale, citing {mark_open}the strength of the local economy,{mark_close} said the county could "
         "balance its budget next year.")
    assert [(q.cue.text if q.cue else "", q.text, t[q.speaker.start:q.speaker.end] if q.speaker else "")
            for q in extract_quotes(t)] == [
        ("citing", "the strength of the local economy,", "Mr. Hale"),
        ("said", "the county could balance its budget next year", "Mr. Hale"),
    ]


def test_a_relative_clause_ending_in_a_two_apostrophe_quotation_ends_at_its_comma():
    t = "Humphrey, who calls the plan a ''disaster,'' said he would vote against it in the fall."
    assert _cue_and_mention(t) == [("calls", "who"), ("said", "Humphrey")]


def test_a_name_in_apposition_to_a_possessive_description_is_part_of_the_subject():
    t = "Mr. Hale's former campaign manager, Dana Reyes, said the new staff member should be fired soon."
    q = extract_quotes(t)[0]
    assert (q.text, t[q.speaker.start:q.speaker.end]) == (
        "the new staff member should be fired soon", "Mr. Hale's former campaign manager, Dana Reyes")


@pytest.mark.parametrize("text, name", [
    ("The Clinton campaign said the rally drew 5,000 people.", "Clinton campaign"),
    ("The Trump campaign said the rally drew 5,000 people.", "Trump campaign"),
    ("The Hale administration said the rule would stand for now.", "Hale administration"),
])
def test_a_campaign_named_after_a_candidate_is_named_so_even_when_the_parser_sees_no_person(text, name):
    sp = extract_quotes(text)[0].speaker
    assert sp is not None and (sp.name, sp.organization) == (name, name)


def test_the_person_in_apposition_to_someone_elses_possessive_is_the_speaker_named():
    t = "Mr. Hale's former campaign manager, Dana Reyes, said the new staff member should be fired soon."
    sp = extract_quotes(t)[0].speaker
    assert sp is not None and sp.name == "Dana Reyes"


def test_a_phrase_saying_where_it_was_said_is_not_the_subject():
    t = "Dana Reyes in a blog post said she would cut taxes next year."
    assert _cue_and_mention(t) == [("said", "Dana Reyes")]


def test_a_participle_after_a_noun_with_an_agent_is_a_passive():
    t = "In a press release issued by his firm, Hale boasted that he was the best pollster in the state."
    assert [(q.cue.text if q.cue else "", q.text, t[q.speaker.start:q.speaker.end] if q.speaker else "")
            for q in extract_quotes(t)] == [
        ("issued", "a press release", "his firm"),
        ("boasted", "that he was the best pollster in the state", "Hale"),
    ]


def test_a_pronoun_goes_to_a_person_named_by_title_and_surname():
    # "Mayor Reyes" opens the sentence before: she is the one "She" points at.
    (q,) = extract_quotes("Mayor Reyes arrived at the hall on Monday. She said the budget would pass.")
    assert q.speaker is not None and q.speaker.name == "Reyes"


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviated title before the name, then the title in full
        ('Gov. Jane Doe toured the site on Monday. "We will rebuild," said the governor.', "Jane Doe"),
        ('Sen. John Roe spoke on Monday. Gov. Jane Doe also spoke. "We will act," the senator said.', "John Roe"),
        ('Rep. Jane Roe spoke on Monday. "We will act," the congresswoman said.', "Jane Roe"),
        # the place in the description must be the holder's
        ('Ohio Gov. Jane Doe spoke. "We will act," said the Ohio governor.', "Jane Doe"),
        ('Indiana Gov. Jane Doe spoke. "We will act," said the former Florida governor.', None),
        # no single holder, or someone else named
        ('Sen. John Roe spoke on Monday. "We will act," Republican senators said.', None),
        ('Sen. John Roe spoke on Monday. "We will act," a senator said.', None),
        # a word after the name that is not part of it
        ('Attorney General Jane Roe On Monday spoke. "We will act," said the attorney general.', "Jane Roe"),
    ],
)
def test_a_title_description_goes_to_the_holder_named_with_it(text: str, expected: Optional[str]) -> None:
    assert name_for(text, "We will") == expected


def test_a_title_mention_naming_someone_else_is_not_the_earlier_holder() -> None:
    assert name_for('Gov. John Roe spoke. "We will act," said Gov.-elect Jane Doe (D).', "We will") != "John Roe"


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Sen. Jane Roe, a Democrat from Ohio, spoke. Sen. John Doe, a Republican from Iowa, spoke too. '
         '"We will act," the Democrat said.', "Jane Roe"),
        ('Sen. Jane Roe, a Democrat from Ohio, spoke. "We will act," the Ohio Democrat said.', "Jane Roe"),
        ('Sen. Jane Roe, a Democrat from Ohio, spoke. "We will act," the Iowa Democrat said.', None),
        ('Sen. Jane Roe, a Democrat from Ohio, spoke. "We will act," the Republican said.', None),
    ],
)
def test_a_party_epithet_goes_to_the_latest_person_of_that_party_and_state(text: str, expected: Optional[str]) -> None:
    assert name_for(text, "We will") == expected


@pytest.mark.parametrize("text", ['"We will act," the GOP said.', '"We will act," a Republican told reporters.'])
def test_a_party_noun_before_a_verb_of_saying_is_the_speaker(text: str) -> None:
    (q,) = extract_quotes(text)
    assert q.text == "We will act," and q.speaker is not None and q.speaker.party == "Republican"


def test_a_party_adjective_before_a_cue_noun_is_no_attribution() -> None:
    assert extract_quotes("The GOP warning was clear.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mayor Bill de Blasio spoke on Monday. "We will act," Mayor de Blasio said.', "Bill de Blasio"),
        ('Mayor Bill de Blasio spoke on Monday. "We will act," de Blasio said.', "Bill de Blasio"),
        ('"We will act," Mayor de Blasio said.', "de Blasio"),
    ],
)
def test_a_surname_with_a_particle_goes_to_the_person_named_in_full(text: str, expected: str) -> None:
    assert name_for(text, "We will") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (the honorific, here without its period, is no part of the name)
        ("Image copyright AFP Image caption Mr Trump said the wall was needed.", "Trump"),
        ("JUST WATCHED Jane Roe said the wall was needed.", "Jane Roe"),
        ('Hide Caption 1 of 11 Photos: Moments from a career. "We will win," he said.', None),
    ],
)
def test_web_page_residue_is_no_speaker(text: str, expected: Optional[str]) -> None:
    (q,) = extract_quotes(text)
    assert (q.speaker.name if q.speaker else None) == expected
