"""The people layer: descriptors, titles, levels of government, mentions in text.

Every sentence here is written for these tests. The layer is pure Python by
construction; the suite also runs with NEWSNLP_PURE_PYTHON=1.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsnlp.people import Descriptor, level_of, parse_descriptor

CASES = [
    # descriptor, expected fields (only those listed are checked)
    ("Republican Albuquerque Mayor Richard Berry",
     dict(name="Richard Berry", title="Mayor", place="Albuquerque", party="Republican", level="local")),
    ("Sen. Ron Wyden, D-Ore.",
     dict(name="Ron Wyden", title="Senator", party="Democratic", place="Oregon", level="federal")),
    ("Denver Police Chief Paul Pazen", dict(name="Paul Pazen", title="Police Chief", place="Denver", level="local")),
    ("Attorney General Jeff Sessions", dict(name="Jeff Sessions", title="Attorney General", level="federal")),
    ("California Attorney General Xavier Becerra",
     dict(name="Xavier Becerra", title="Attorney General", place="California", level="state")),
    ("the state attorney general", dict(name=None, title="Attorney General", level="state")),
    ("U.S. Attorney Jane Roe", dict(name="Jane Roe", title="U.S. Attorney", level="federal")),
    ("a spokesman for Immigration and Customs Enforcement",
     dict(name=None, title="spokesman", organization="Immigration and Customs Enforcement", level="federal")),
    ("the Justice Department", dict(name=None, title=None, organization="Justice Department", level="federal")),
    ("Bernalillo County jails", dict(organization="Bernalillo County jails", place="Bernalillo County", level="local")),
    ("city council", dict(organization="city council", level="local")),
    ("the state legislature", dict(organization="state legislature", level="state")),
    ("Gov. Jerry Brown", dict(name="Jerry Brown", title="Governor", level="state")),
    ("state Sen. Maria Lopez", dict(name="Maria Lopez", title="State Senator", level="state")),
    ("a county judge", dict(title="County Judge", level="local")),
    ("a federal judge", dict(title="Federal Judge", level="federal")),
    ("U.S. District Judge Ann Mills", dict(name="Ann Mills", title="Federal Judge", level="federal")),
    ("Rep. Sam Hill (R-Texas)", dict(name="Sam Hill", title="Representative", party="Republican", place="Texas", level="federal")),
    ("GOP Rep. Al Reed, R-N.Y.", dict(party="Republican", place="New York", level="federal")),
    ("Sen. Jo Baker, I-Vt.", dict(party="Independent", place="Vermont")),
    ("Democratic Gov. Lee Park of Oregon", dict(name="Lee Park", party="Democratic", place="Oregon", level="state")),
    ("Richard Berry, the mayor of Albuquerque", dict(name="Richard Berry", title="Mayor", place="Albuquerque", level="local")),
    ("Acting ICE Director Tom Grant", dict(name="Tom Grant", organization="ICE", title="director", level="federal")),
    ("Justice Department spokesman Dan Ortiz",
     dict(name="Dan Ortiz", title="spokesman", organization="Justice Department", level="federal")),
    ("local officials", dict(name=None, title="officials", level="local")),
    ("federal immigration agents", dict(title="agents", level="federal")),
    ("Georgia Secretary of State Ann Fox", dict(title="Secretary of State", place="Georgia", level="state")),
    ("Secretary of State Rex Tillerson", dict(title="Secretary of State", level="federal")),
    # The federal holders since 1961 are listed, so anyone else is a state's.
    ("Secretary of State Ann Fox", dict(title="Secretary of State", level="state")),
    ("Attorney General Ann Fox", dict(title="Attorney General", level="state")),
    ("Speaker Ann Fox", dict(title="Speaker of the House", level="state")),
    ("House Speaker Nancy Pelosi", dict(title="Speaker of the House", level="federal")),
    ("the Texas Senate", dict(organization="Texas Senate", level="state")),
    ("Cook County State's Attorney Pat Doyle", dict(title="District Attorney", place="Cook County", level="local")),
    ("Bernalillo County Sheriff Dan Houston", dict(title="Sheriff", place="Bernalillo County", level="local")),
    ("Mayor Bill de Vries of Springfield", dict(name="Bill de Vries", title="Mayor")),
    ("AG Jeff Sessions", dict(title="Attorney General", level="federal")),
    ("Lt. Gov. Ann Cole", dict(title="Lieutenant Governor", level="state")),
    ("Councilwoman Rosa Diaz", dict(title="City Council member", level="local")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_descriptor_fields(text: str, expected: dict) -> None:
    d = parse_descriptor(text)
    got = {k: getattr(d, k) for k in expected}
    assert got == expected


def test_members_of_congress_get_their_level_from_the_gazetteer() -> None:
    # Ron Wyden is in the current-Congress list; Jeff Sessions (a former senator) is not.
    wyden = parse_descriptor("Ron Wyden")
    assert (wyden.title, wyden.level, wyden.place, wyden.party) == ("Senator", "federal", "Oregon", "Democratic")
    assert parse_descriptor("Jeff Sessions").level is None


def test_presidents_are_federal_by_name() -> None:
    d = parse_descriptor("Barack Obama")
    assert (d.title, d.level, d.party) == ("President", "federal", "Democratic")


def test_titles_are_normalised() -> None:
    assert parse_descriptor("Rep. Kim Lee").title == "Representative"
    assert parse_descriptor("Congresswoman Kim Lee").title == "Representative"
    assert parse_descriptor("Senator Kim Lee").title == "Senator"
    assert parse_descriptor("Gov. Kim Lee").title == "Governor"


def test_descriptor_to_dict_round_trips() -> None:
    d = parse_descriptor("Gov. Jerry Brown")
    assert Descriptor(**d.to_dict()) == d


@pytest.mark.parametrize(
    "title,organization,context,level",
    [
        ("Attorney General", None, "", "federal"),
        ("Attorney General", None, "the state attorney general's office sued", "state"),
        ("Judge", None, "A federal judge in San Francisco blocked the order.", "federal"),
        ("Judge", None, "The county court judge ruled.", "local"),
        ("Judge", None, "", None),
        ("Senator", None, "He told the state Senate panel.", "state"),
        ("Senator", None, "", "federal"),
        ("Mayor", None, "federal money", "local"),
        (None, "county jails", "", "local"),
        (None, "ICE", "", "federal"),
        (None, None, "", None),
    ],
)
def test_level_of(title, organization, context, level) -> None:
    assert level_of(title, organization, context) == level


@pytest.mark.parametrize("bad", [None, b"Mayor", 3, ["Mayor"]])
def test_non_str_input_raises_type_error(bad) -> None:
    with pytest.raises(TypeError, match="expects a str"):
        parse_descriptor(bad)


@pytest.mark.parametrize("odd", ["", " ", ",,,", "(", "D-", "R-(", "Mayor Mayor Mayor", "\u201c\u201d", "of of of", "Sen.", "'s"])
def test_odd_strings_never_raise(odd: str) -> None:
    assert isinstance(parse_descriptor(odd), Descriptor)


# --- find_people: mentions in running text -------------------------------------------------

from newsnlp.people import Person, find_people  # noqa: E402

RUNNING = (
    "Republican Albuquerque Mayor Richard Berry denied the claim on Friday. "
    "A spokesman for ICE declined to comment, and the Justice Department said the county jails had not replied.\n"
    "Sen. Ron Wyden, D-Ore., said the state legislature and the city council should decide."
)


def test_every_mention_points_at_its_text() -> None:
    people = find_people(RUNNING)
    assert people, "expected mentions"
    for p in people:
        assert RUNNING[p.start : p.end] == p.text
        if p.name is not None:
            assert RUNNING[p.name_start : p.name_end] == p.name


def test_a_titled_descriptor_is_one_person_with_its_fields() -> None:
    berry = find_people(RUNNING)[0]
    assert (berry.kind, berry.text, berry.name) == ("person", "Republican Albuquerque Mayor Richard Berry", "Richard Berry")
    assert (berry.title, berry.place, berry.party, berry.level) == ("Mayor", "Albuquerque", "Republican", "local")


def test_organisations_are_found_with_their_level() -> None:
    orgs = {p.text: p.level for p in find_people(RUNNING) if p.kind == "organization"}
    assert orgs == {"Justice Department": "federal", "county jails": "local", "state legislature": "state", "city council": "local"}


def test_spokesman_for_an_agency_and_a_party_tag_are_parsed() -> None:
    by_text = {p.text: p for p in find_people(RUNNING)}
    assert by_text["spokesman for ICE"].organization == "ICE"
    assert by_text["spokesman for ICE"].level == "federal"
    wyden = by_text["Sen. Ron Wyden, D-Ore."]
    assert (wyden.name, wyden.party, wyden.place, wyden.level) == ("Ron Wyden", "Democratic", "Oregon", "federal")


def test_a_bare_plural_role_is_not_a_mention_but_a_qualified_one_is() -> None:
    assert find_people("Officials said the plan was dead.") == []
    (p,) = find_people("Local officials said the plan was dead.")
    assert (p.title, p.level) == ("officials", "local")


def test_sentence_final_names_lose_the_period_and_possessive() -> None:
    text = "The letter went to Gov. Jerry Brown. It cited Mayor Ann Lee's office."
    names = [(p.name, p.text) for p in find_people(text)]
    assert names == [("Jerry Brown", "Gov. Jerry Brown"), ("Ann Lee", "Mayor Ann Lee")]


def test_an_appositive_name_before_the_title_is_joined() -> None:
    (p,) = find_people("Richard Roe, the mayor of Santa Fe, said he was surprised.")
    assert (p.name, p.title, p.place, p.level) == ("Richard Roe", "Mayor", "Santa Fe", "local")


def test_lower_case_words_that_look_like_acronyms_are_not_agencies() -> None:
    assert find_people("The ice on the road was thick, and the fbi rumour was false.") == []


def test_person_to_dict_and_descriptor() -> None:
    (p,) = find_people("Gov. Jerry Brown spoke.")
    assert isinstance(p, Person)
    assert p.to_dict()["name"] == "Jerry Brown"
    assert p.descriptor.title == "Governor"


@pytest.mark.parametrize("odd", ["", "\n\n", "Mayor", "the the the", "Sen. ,", "(R-", "D-Ore.", "\u201cMayor\u201d", "of Mayor of"])
def test_find_people_never_raises(odd: str) -> None:
    for p in find_people(odd):
        assert odd[p.start : p.end] == p.text


def test_find_people_rejects_bytes_with_advice() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_people(b"Mayor Ann Lee")  # type: ignore[arg-type]


def test_find_people_is_linear_on_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed (timings live in benchmarks/scaling.py): ten times the text may take
    # ten times the lexicon probes and descriptor readings, not more.
    from newsnlp.people import _find
    from newsnlp.people import _lexicon as lx

    calls = {"probe": 0, "analyse": 0}
    probe, read = lx.match_kinds, _find._analyse

    def counted_probe(*args: Any) -> Any:
        calls["probe"] += 1
        return probe(*args)

    def counted_read(*args: Any) -> Any:
        calls["analyse"] += 1
        return read(*args)

    monkeypatch.setattr(lx, "match_kinds", counted_probe)
    monkeypatch.setattr(_find, "_analyse", counted_read)
    unit = "Republican Albuquerque Mayor Richard Berry told the Justice Department that county jails cooperate. "
    n_small = len(find_people(unit * 200))
    small = dict(calls)
    n_big = len(find_people(unit * 2000))
    big = {k: v - small[k] for k, v in calls.items()}
    assert n_small > 0 and n_big == 10 * n_small
    assert small["probe"] > 0 and big["probe"] <= 10 * small["probe"]
    assert small["analyse"] > 0 and big["analyse"] <= 10 * small["analyse"]


_WINDOW_TEXTS = [
    "Republican Albuquerque Mayor Richard Berry told the Justice Department that county jails cooperate.",
    "Sen. Ron Wyden, D-Ore., and Rep. Sam Hill (R-Texas) met Durbin of Illinois and Dick Durbin (D-Ill.).",
    "Ellen Canale, a spokeswoman for Mayor Ed Lee, said the Senate Judiciary Committee on Crime and Terrorism met.",
    "Sens. Edward M. Kennedy, Joseph R. Biden and Arlen Specter wrote; U.S. District Judge William Orrick ruled.",
]


@pytest.mark.parametrize("text", _WINDOW_TEXTS)
def test_descriptor_windows_read_alone_as_in_the_text(text: str) -> None:
    # find_people reads a window through a cache keyed by the window's words: that is only right
    # while analyse() reads nothing outside the window.
    from newsnlp.people import _find
    from newsnlp.people import _lexicon as lx
    from newsnlp.people._descriptor import analyse

    text = "Then " + text + " Later."
    toks = lx.tokens(text)
    words = lx.Words.of(text)
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + 12) + 1):
            assert _find._analyse(text, words, i, j) == analyse(text, toks[i:j])


def test_token_index_cuts_the_tokens_of_a_stretch() -> None:
    from newsnlp.people import _lexicon as lx

    text = "ab.c.d. U.S.-based  AT&T\n\nThe  Sen. Berry's aide, D-Ore.,  said \u201cno.\u201d"
    index = lx.TokenIndex(text, lx.tokens(text))
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert index.between(lo, hi) == lx.tokens(text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "The new order can bring a fine and jail time, the judge warned.",
        "Ann Fox, president of the Regional Bakers Association, said sales fell.",
        "He is the executive director of Georgetown University's policy institute.",
        "He is director of the Fraternal Order of Police.",
    ],
)
def test_common_words_and_private_bodies_are_not_officials(text: str) -> None:
    assert [p for p in find_people(text) if p.level is not None] == []


def test_a_title_at_the_end_of_a_sentence_takes_no_name_from_the_next() -> None:
    people = find_people("She served as secretary of state. Ann Fox is gaining in the polls.")
    assert [(p.text, p.name) for p in people] == [("secretary of state", None)]


def test_a_hometown_party_tag_marks_a_state_legislator() -> None:
    d = parse_descriptor("Sen. Ana Ruiz, D-Bell Gardens")
    assert (d.party, d.place, d.level) == ("Democratic", None, "state")


def test_foreign_leaders_are_other() -> None:
    assert parse_descriptor("Mexican President Ana Ruiz").level == "other"
    assert parse_descriptor("British Prime Minister Theresa May").name == "Theresa May"


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SenMayorGv.-(),'\u2019 DRI\nABCabc ofthe")), max_size=80))
def test_find_people_spans_always_index_the_input(text: str) -> None:
    for p in find_people(text):
        assert text[p.start : p.end] == p.text
        if p.name is not None:
            assert p.start <= p.name_start < p.name_end <= p.end
            assert text[p.name_start : p.name_end] == p.name
    assert isinstance(parse_descriptor(text), Descriptor)


def test_level_of_reads_the_qualified_title_from_context() -> None:
    assert level_of("officials", context="Local officials said they were surprised.") == "local"
    assert level_of("officials", context="Officials said they were surprised.") is None
    assert level_of("Attorney General", context="California Attorney General Ann Fox sued.") == "state"


def test_level_of_trusts_a_known_member_of_congress_over_cues() -> None:
    context = "Sen. Ron Wyden said the state legislature should act."
    assert level_of("Senator", context=context, name="Ron Wyden") == "federal"
    assert level_of("Senator", context="He told the state Senate panel.", name="Ann Fox") == "state"


@pytest.mark.parametrize(
    "text,level",
    [
        ("President Emmanuel Macron", "other"),  # not in the complete list of US presidents
        ("President Barack Obama", "federal"),
        ("President Trump", "federal"),
        ("President-elect Donald Trump", "federal"),
        ("the president", "federal"),
        ("Vice President Kamala Harris", "federal"),
    ],
)
def test_president_is_federal_only_for_us_presidents(text: str, level: str) -> None:
    assert parse_descriptor(text).level == level


def test_a_title_inside_a_body_name_is_not_a_person() -> None:
    people = find_people("A spokeswoman for the Dona Ana County Sheriff\u2019s Department declined to comment.")
    assert [(p.kind, p.title) for p in people if p.level is not None][-1] == ("organization", None)
    assert find_people("The Clean Water and Justice Political Action Committee sued.") == []


def test_party_officers_and_honorific_names_are_not_government() -> None:
    assert [p for p in find_people("State GOP Chairman Andy Hall downplayed the risk.") if p.level] == []
    # "Wright" is also a city; after "Mr." it is a person's name.
    assert [p for p in find_people("Mr. Wright\u2019s attorney appeared in court.") if p.level] == []


def test_a_role_at_the_end_of_a_sentence_has_no_period() -> None:
    (p,) = find_people("The plan surprised local officials.")
    assert (p.title, p.text) == ("officials", "local officials")


def test_honorifics_are_not_names() -> None:
    from newsnlp.people import parse_descriptor

    assert parse_descriptor("Mr. Obama").name == "Obama"
    assert parse_descriptor("Dr. Anthony Fauci").name == "Anthony Fauci"
    assert parse_descriptor("Ms. Diaz").name == "Diaz"


# Issue 5: officials and their level of government.


def _found(text: str) -> list:
    from newsnlp.people import find_people

    return [(p.name, p.title, p.place, p.level) for p in find_people(text) if p.kind == "person"]


@pytest.mark.parametrize(
    "text, name, title, level",
    [
        ("Senate Minority Whip Dick Durbin of Illinois", "Dick Durbin", "Minority Whip", "federal"),
        ("House Majority Whip Ann Kerr", "Ann Kerr", "Majority Whip", "federal"),
        ("Ohio House Majority Whip Ann Kerr", "Ann Kerr", "Majority Whip", "state"),
        ("Senate President Pro Tempore Luis de Vega", "Luis de Vega", "President Pro Tempore", "federal"),
        ("Senate President pro Tem Ana Ruiz", "Ana Ruiz", "President Pro Tempore", "federal"),
        ("Nevada Senate President pro tem Ana Ruiz", "Ana Ruiz", "President Pro Tempore", "state"),
    ],
)
def test_legislative_leadership_titles(text, name, title, level):
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == (name, title, level)


def test_a_member_of_congress_is_found_by_last_name_and_state():
    d = parse_descriptor("Durbin of Illinois")
    assert (d.name, d.title, d.party, d.level) == ("Durbin", "Senator", "Democratic", "federal")
    assert parse_descriptor("Durbin of Ohio").level is None  # no member of that name from Ohio
    assert _found("On Monday, Durbin of Illinois said the vote would wait.") == [
        ("Durbin", "Senator", "Illinois", "federal")]
    assert _found("The Duke of York and Mary Durbin of Ohio arrived.") == []


@pytest.mark.parametrize(
    "text, title, level",
    [
        ("Texas Supreme Court Justice Alma Reyes", "Judge", "state"),
        ("Ohio Supreme Court Chief Justice Alma Reyes", "Judge", "state"),
        ("Lake County Circuit Judge Alma Reyes", "Judge", "local"),
        ("U.S. District Judge Alma Reyes", "Federal Judge", "federal"),
        ("Supreme Court Justice Alma Reyes", "Federal Judge", "federal"),
    ],
)
def test_a_state_or_county_before_a_court_makes_the_judge_theirs(text, title, level):
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == ("Alma Reyes", title, level)


def test_a_federal_judge_in_a_state_stays_federal():
    assert _found("A Georgia federal judge, Ken Moss, ruled.") == [("Ken Moss", "Federal Judge", "Georgia", "federal")]


def test_an_appositive_name_before_a_placed_title():
    assert _found("Joe Smith, the Multnomah County sheriff, said deputies were ready.") == [
        ("Joe Smith", "Sheriff", "Multnomah County", "local")]
    d = parse_descriptor("Ana Ruiz, the Denver mayor")
    assert (d.name, d.title, d.place, d.level) == ("Ana Ruiz", "Mayor", "Denver", "local")


@pytest.mark.parametrize("text, name", [("First came Sen. Ann Cole's plan. Then Gov. Tom Hale\u2019s.", "Tom Hale"),
                                        ("The last word was Chuck Grassley's.", "Chuck Grassley")])
def test_a_possessive_name_at_a_sentences_end_is_the_name(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)][-1] == name


def test_a_plural_titles_list_of_names_ends_where_another_title_starts() -> None:
    text = "It was signed by U.S. Senators Ann Cole and Tom Hale and U.S. Representatives Jim Roe, Bob Vane and Al Ray."
    senators = [p.name for p in find_people(text) if p.title == "Senator"]
    assert senators == ["Ann Cole", "Tom Hale"]


def test_an_officials_title_after_a_bodys_initials_in_the_possessive() -> None:
    # The appositive name before the title is joined when the body's initials stand between.
    (p,) = find_people("Mark Moran, CBP's acting commissioner, said the wall was needed.")
    assert (p.name, p.title, p.organization, p.level) == ("Mark Moran", "commissioner", "CBP", "federal")
    (p,) = find_people("Jane Roe, the FBI's deputy director, told reporters the case was open.")
    assert (p.name, p.organization, p.level) == ("Jane Roe", "FBI", "federal")
    # A one-word name before the comma is not joined (a place as often as a person).
    assert [q.name for q in find_people("Paris, the mayor said, is safe.")] == [None]
    # Without an article or the initials between, a comma more often separates the items of a list.
    text = "They met Ann Cole, former Boston mayor and adviser Tom Hale, on Monday."
    assert "Ann Cole" not in [q.name for q in find_people(text)]


@pytest.mark.parametrize(
    "text, organization",
    [
        ("the Drug Enforcement Agency", "Drug Enforcement Administration"),
        ("the Federal Protection Service", "Federal Protective Service"),
        ("the Marine Corps", "Marine Corps"),
        ("the VA", "Department of Veterans Affairs"),
        ("the Veterans Affairs Department", "Department of Veterans Affairs"),
    ],
)
def test_more_federal_bodies(text, organization):
    from newsnlp.people import _lexicon as lx

    toks = lx.tokens(text)
    hit = lx.match_kinds(toks, 1, ("org", "place"))
    assert hit is not None and hit[2].value == organization and hit[2].level == "federal"
    assert parse_descriptor(text).level == "federal"


def test_va_is_virginia_unless_it_follows_the():
    from newsnlp.people import find_people

    found = [(p.organization, p.level) for p in find_people("He moved to Richmond, VA, and now works for the VA.")]
    assert found == [("VA", "federal")]


@pytest.mark.parametrize(
    "text, name, title, level",
    [
        ("Gen. Ray Dunn", "Ray Dunn", "General", "federal"),
        ("Retired Army Lt. Col. Ray Dunn", "Ray Dunn", "Colonel", "federal"),
        ("Adm. Ray Dunn", "Ray Dunn", "Admiral", "federal"),
        ("Sgt. Ray Dunn", "Ray Dunn", "Sergeant", None),  # police or army: no level without a cue
        ("Salem police Capt. Ray Dunn", "Ray Dunn", "Captain", "local"),
    ],
)
def test_military_and_police_ranks_are_titles(text, name, title, level):
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == (name, title, level)


def test_a_body_after_a_ranked_name_sets_the_level():
    from newsnlp.people import find_people

    (p,) = [p for p in find_people("Col. Rita Lowe of the Oregon National Guard said troops were ready.") if p.kind == "person"]
    assert (p.name, p.title, p.organization, p.level) == ("Rita Lowe", "Colonel", "Oregon National Guard", "state")
    (p,) = find_people("Maj. Tom Hart said the drill went well.")
    assert (p.name, p.title) == ("Tom Hart", "Major")


def test_an_aide_for_an_official_takes_the_officials_level():
    from newsnlp.people import find_people

    d = parse_descriptor("Nora Vance, a spokeswoman for Mayor Ed Lee")
    assert (d.name, d.title, d.level) == ("Nora Vance", "spokeswoman", "local")
    found = [(p.name, p.title, p.level) for p in find_people("Nora Vance, a spokesman for Gov. Jay Inslee, said no.")]
    assert found == [("Nora Vance", "spokesman", "state"), ("Jay Inslee", "Governor", "state")]
    assert find_people("Nora Vance, a spokeswoman for the Gaming Association, said no.") == []


def test_a_member_of_congress_is_found_by_last_name_and_party_tag():
    assert _found("Durbin (D-Ill.) said no.") == [("Durbin", "Senator", "Illinois", "federal")]
    assert _found("On Monday, Durbin, D-Ill., said no.") == [("Durbin", "Senator", "Illinois", "federal")]
    assert _found("On Monday, Mary Wexler (D-Ill.) said no.") == []  # no such member


def test_va_secretary_is_the_veterans_affairs_secretary():
    d = parse_descriptor("VA Secretary Ann Cole")
    assert (d.title, d.place, d.level) == ("Secretary of Veterans Affairs", None, "federal")


@pytest.mark.parametrize("text", ["They met Sen. Z. on Monday.", "Sen. Z... said", "Mayor Jane Doe."])
def test_the_name_span_lies_inside_the_mention(text: str) -> None:
    # Found by benchmarks/fuzz.py: the mention dropped a final period that the name kept ("Z.").
    people = find_people(text)
    assert people
    for p in people:
        assert p.name_start is not None and p.name_end is not None
        assert p.start <= p.name_start <= p.name_end <= p.end
        assert text[p.name_start:p.name_end] in text[p.start:p.end]
