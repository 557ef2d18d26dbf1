"""parse_descriptor: a capitalised modifier opening a descriptor is no part of the name."""

import pytest

from newsnlp.people._descriptor import parse_descriptor


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Former candidate Dana Whitfield", "Dana Whitfield", None),
        ("Former Sen. Ron Wyden", "Ron Wyden", "Senator"),
        ("Acting Mayor Elena Vargas", "Elena Vargas", "Mayor"),
        ("Veteran strategist Karl Brandt", "Karl Brandt", None),
        ("Outgoing chairman Tom Hale", "Tom Hale", "chairman"),
        ("Interim Police Chief Dale Ruiz", "Dale Ruiz", "Police Chief"),
        ("Then Gov. Mike Pence", "Mike Pence", "Governor"),
    ],
)
def test_leading_modifier_is_not_a_name(text, name, title):
    d = parse_descriptor(text)
    assert d.name == name
    assert d.title == title


def test_lower_case_form_parses_the_same():
    assert parse_descriptor("Former candidate Dana Whitfield").name == parse_descriptor("former candidate Dana Whitfield").name


def test_modifier_alone_is_no_name():
    assert parse_descriptor("Former").name is None
    assert parse_descriptor("Retired").name is None


def test_modifier_after_a_separator():
    # "..., former candidate Dana Whitfield" written with a capital after a dash.
    assert parse_descriptor("the speaker \u2014 Former candidate Dana Whitfield").name == "Dana Whitfield"


def test_place_before_local_title_still_read():
    d = parse_descriptor("Former Santa Rita Mayor Elena Vargas")
    assert (d.name, d.title) == ("Elena Vargas", "Mayor")


def test_issue_examples_unchanged():
    d = parse_descriptor("Republican Albuquerque Mayor Richard Berry")
    assert (d.name, d.title, d.place, d.party) == ("Richard Berry", "Mayor", "Albuquerque", "Republican")
    d = parse_descriptor("Sen. Ron Wyden, D-Ore.")
    assert (d.name, d.title, d.place, d.party) == ("Ron Wyden", "Senator", "Oregon", "Democratic")


# --- issue 4, fifth round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Former Trump adviser Roger Stone", "Roger Stone", "Trump adviser"),
        ("Trump adviser Roger Stone", "Roger Stone", "Trump adviser"),
        ("Longtime Clinton aide Huma Abedin", "Huma Abedin", "Clinton aide"),
        ("a longtime Clinton aide, Huma Abedin", "Huma Abedin", "Clinton aide"),
    ],
)
def test_a_politicians_surname_before_a_noun_is_whom_the_person_works_for(text, name, title):
    d = parse_descriptor(text)
    assert (d.name, d.title, d.place) == (name, title, None)


def test_a_place_before_a_role_is_still_a_place():
    d = parse_descriptor("Iowa aide Jane Doe")
    assert (d.name, d.title, d.place) == ("Jane Doe", "aide", "Iowa")


@pytest.mark.parametrize(
    "text, name, place",
    [
        ("Gov. J.B. Pritzker", "J.B. Pritzker", None),
        ("Illinois Gov. J.B. Pritzker", "J.B. Pritzker", "Illinois"),
        ("Sen. A.J. Quarles, D-Ore.", "A.J. Quarles", "Oregon"),
    ],
)
def test_initials_written_together_do_not_end_the_name(text, name, place):
    d = parse_descriptor(text)
    assert (d.name, d.place) == (name, place)


@pytest.mark.parametrize(
    "text, organization, level",
    [
        ("the Senate Committee on Armed Services", "Senate Committee on Armed Services", "federal"),
        ("House Committee on Oversight and Reform", "House Committee on Oversight and Reform", "federal"),
        ("the Senate Judiciary Committee", "Senate Judiciary Committee", "federal"),
        ("the Ohio House Committee on Finance", "Ohio House Committee on Finance", "state"),
    ],
)
def test_a_committee_of_a_chamber_is_one_body_without_a_name(text, organization, level):
    d = parse_descriptor(text)
    assert (d.name, d.organization, d.level) == (None, organization, level)
