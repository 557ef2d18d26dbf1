"""The people layer: descriptors, titles, levels of government, mentions in text.

Every sentence here is written for these tests. The layer is pure Python by
construction; the suite also runs with NEWSNLP_PURE_PYTHON=1.
"""

from __future__ import annotations

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
    ("Secretary of State Ann Fox", dict(title="Secretary of State", level="federal")),
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
