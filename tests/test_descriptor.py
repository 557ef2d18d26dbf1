"""parse_descriptor: a capitalised modifier opening a descriptor is no part of the name."""

from typing import Optional

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


def _plain_level_of(title, organization=None, context=""):
    """``level_of`` without its caches: the rule written out with ``analyse`` and ``find_people``."""
    from newsnlp.people import _lexicon as lx
    from newsnlp.people._descriptor import analyse, resolve_ambiguous
    from newsnlp.people import find_people

    level, ambiguous, canon = None, False, None
    if title:
        a = analyse(title, lx.tokens(title))
        level, ambiguous, canon = a.level, a.ambiguous, a.title
    if organization and (level is None or ambiguous):
        org_level = analyse(organization, lx.tokens(organization)).level
        if org_level is not None and level is None:
            level = org_level
    if not (context and title and (ambiguous or level is None)):
        return level
    for p in find_people(context):
        if p.title is not None and canon is not None and p.title.lower() == canon.lower() and p.level is not None:
            return p.level
    if canon is not None and canon[:1].isupper():
        level = resolve_ambiguous(canon, level, context)
    return level


def test_level_of_caches_match_the_plain_rule():
    from newsnlp.people import level_of

    titles = [None, "Attorney General", "attorney general", "Judge", "officials", "Senator", "Governor", "spokesman",
              "Sheriff", "President", "Mayor"]
    orgs = [None, "county jails", "Justice Department", "Texas Senate", "Albuquerque Police Department"]
    contexts = ["", "the state attorney general's office said", "a federal judge in San Francisco ruled",
                "Local officials said they were surprised.", "Texas Attorney General Ken Paxton and U.S. Attorney General Bill Barr",
                "state senators met at the statehouse", "Cook County Judge Mary Smith and the city council",
                "President Emmanuel Macron and Gov. Jay Inslee spoke."]
    for _ in range(2):  # the second round answers from the caches
        for title in titles:
            for org in orgs:
                for context in contexts:
                    assert level_of(title, org, context=context) == _plain_level_of(title, org, context), (title, org, context)


@pytest.mark.parametrize("text, name, organization, level", [
    ("Mark Roe, CBP's acting commissioner", "Mark Roe", "CBP", "federal"),
    ("Mark Roe, the CBP\u2019s acting commissioner", "Mark Roe", "CBP", "federal"),
    ("NYPD's Commissioner Dan Roe", "Dan Roe", "NYPD", "local"),
    ("In Washington, CBP's acting commissioner", None, "CBP", "federal"),
])
def test_a_bodys_initials_in_the_possessive_name_the_organisation(text, name, organization, level):
    d = parse_descriptor(text)
    assert (d.name, d.organization, d.level) == (name, organization, level)


@pytest.mark.parametrize("text, name, title", [
    ("Trump's former campaign manager, Corey Lewandowski", "Corey Lewandowski", "Trump's former campaign manager"),
    ("Obama's longtime senior adviser, Valerie Jarrett", "Valerie Jarrett", "Obama's longtime senior adviser"),
])
def test_a_politicians_possessive_before_a_role_and_a_comma_is_whom_the_person_works_for(text, name, title):
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == (name, title, None)


def test_a_party_appositive_after_the_name_gives_the_place() -> None:
    d = parse_descriptor("Rep. Jane Doe, a Democrat from Ohio")
    assert (d.name, d.party, d.place, d.level) == ("Jane Doe", "Democratic", "Ohio", "federal")
    d = parse_descriptor("Sen. John Roe, a Texas Republican")
    assert (d.party, d.place) == ("Republican", "Texas")


def test_a_place_before_a_party_word_is_the_place() -> None:
    d = parse_descriptor("the Iowa Democrat")
    assert (d.name, d.title, d.party, d.place, d.level) == (None, None, "Democratic", "Iowa", None)


@pytest.mark.parametrize("text, name", [("Mayor de Blasio", "de Blasio"), ("Mayor Bill de Blasio", "Bill de Blasio"),
                                        ("President de Gaulle", "de Gaulle")])
def test_a_name_may_start_with_a_lower_case_particle_after_a_title(text: str, name: str) -> None:
    assert parse_descriptor(text).name == name


@pytest.mark.parametrize("text, place", [("the Western Springs Republican", "Western Springs"),
                                         ("an Oak Brook Democrat", "Oak Brook"), ("the Kentucky Republican", "Kentucky")])
def test_unknown_capitalised_words_in_a_party_epithet_are_a_place_not_a_name(text: str, place: str) -> None:
    d = parse_descriptor(text)
    assert (d.name, d.place) == (None, place)


def test_a_name_before_a_party_epithet_is_still_the_name() -> None:
    assert parse_descriptor("Jane Doe, the Western Springs Republican").name == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    ["the Fraternal Order of Police", "the FBI Agents Association", "the Senate Conservatives Fund",
     "Jane Roe, head of the St. Louis Police Officers Association"],
)
def test_a_private_body_named_after_a_public_one_has_no_level(text: str) -> None:
    d = parse_descriptor(text)
    assert (d.organization, d.place) == (None, None) and d.level in (None, "other")


@pytest.mark.parametrize(
    "text, organization",
    [("White House National Security Council spokesman Ned Price", "White House"),
     ("White House Council of Economic Advisers Chair Kevin Hassett", "White House"),
     ("the Chicago City Council", "Chicago City Council"),
     ("the White House Council on Environmental Quality", "White House")],
)
def test_a_public_council_is_not_a_private_body(text: str, organization: str) -> None:
    d = parse_descriptor(text)
    assert d.organization == organization and d.level in ("federal", "local")


@pytest.mark.parametrize("text, name", [("Senate Majority Leader Mitch McConnell Addison", "Mitch McConnell"),
                                        ("Donald Trump Jr.", "Donald Trump Jr.")])
def test_a_word_glued_to_a_known_name_is_not_part_of_it(text: str, name: str) -> None:
    assert parse_descriptor(text).name == name


@pytest.mark.parametrize(
    "text, name",
    [("the Heritage Foundation", None), ("The Republican National Committee", None), ("Quinnipiac University", None),
     ("the Brennan Center for Justice", None), ("Harvard University professor Jane Roe", "Jane Roe"),
     ("Jane Roe, president of the Kentucky Coal Association", "Jane Roe"), ("Gov. Jim Justice", "Jim Justice")],
)
def test_a_bodys_name_is_no_persons_name(text: str, name: Optional[str]) -> None:
    d = parse_descriptor(text)
    assert d.name == name and d.level in (None, "other", "state")


@pytest.mark.parametrize(
    "text, name, title, level",
    [
        ("State Attorney General Jane Roe", "Jane Roe", "Attorney General", "state"),
        ("St. Louis County Executive Jane Roe", "Jane Roe", "County Executive", "local"),
        ("Florida State Attorney Jane Roe", "Jane Roe", "District Attorney", "local"),
        ("the Muslim Public Affairs Council", None, None, None),
    ],
)
def test_titles_and_councils_inside_longer_names(text: str, name: Optional[str], title: Optional[str],
                                                 level: Optional[str]) -> None:
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == (name, title, level)


@pytest.mark.parametrize("text", ["Some", "Others", "Many Democrats", "Some of Mr Trump's supporters",
                                  "One of Biden's rivals"])
def test_a_quantifier_is_no_name(text: str) -> None:
    assert parse_descriptor(text).name is None


def test_a_partitive_takes_nothing_from_the_person_in_the_possessive() -> None:
    d = parse_descriptor("one of Biden's Democratic presidential rivals")
    assert (d.name, d.title, d.party, d.level) == (None, None, "Democratic", None)


@pytest.mark.parametrize("text, name, title", [
    ("CNN aviation analyst Jane Roe", "Jane Roe", "CNN aviation analyst"),
    ("the Fox News host Tucker Roe", "Tucker Roe", "Fox News host"),
    ("New York Times reporter Jane Roe", "Jane Roe", "New York Times reporter"),
    ("Former Trump adviser Roger Roe", "Roger Roe", "Trump adviser"),
])
def test_a_name_after_a_body_or_brand_and_a_job_noun(text: str, name: str, title: str) -> None:
    d = parse_descriptor(text)
    assert (d.name, d.title) == (name, title)


@pytest.mark.parametrize("text, name, title", [
    ("Professor Whitmarsh", "Whitmarsh", "Professor"),
    ("Prof. Jane Roe", "Jane Roe", "Prof"),
    ("The Rev. Jane Roe", "Jane Roe", "Rev"),
    ("Acme Lodge General Manager Jane Roe", "Jane Roe", "Acme Lodge General Manager"),
    ("Pierce County Medical Examiner Jane Roe", "Jane Roe", None),
])
def test_a_job_in_capitals_before_a_name_is_no_part_of_it(text: str, name: str, title: Optional[str]) -> None:
    d = parse_descriptor(text)
    assert d.name == name
    if title is not None:
        assert d.title == title


@pytest.mark.parametrize("text", ["a Trump skeptic", "Sanders supporters", "Obama\u2019s biographer"])
def test_a_relation_to_a_person_names_no_one(text: str) -> None:
    d = parse_descriptor(text)
    assert (d.name, d.title, d.level) == (None, None, None)


@pytest.mark.parametrize("text, level", [
    ("lawmakers in Washington", "federal"),  # the capital
    ("officials in Washington", "federal"),
    ("leaders in Washington state", "state"),
    ("sheriffs in Washington", "state"),  # an office of its own: Washington the state
])
def test_washington_as_the_capital(text: str, level: str) -> None:
    assert parse_descriptor(text).level == level


def test_a_name_after_a_quantifier_phrase_is_kept() -> None:
    assert parse_descriptor("One wind company owner, Matt Gilhousen").name == "Matt Gilhousen"
