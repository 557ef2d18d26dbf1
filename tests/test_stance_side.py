"""detect_stance: speakers' levels, the side each statement supports, and the balance of voices."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.stance import StanceQuote, StanceReport, detect_stance, find_officials
from newsnlp.stance._side import (
    Linear,
    SideModel,
    SideModelError,
    load_side_model,
    quote_side_features,
    side_features,
)

ROOT = Path(__file__).resolve().parent.parent

# The running example of issue 5 (AP, August 2017): the short excerpts quoted in the issue.
SESSIONS_BERRY = (
    "Attorney General Jeff Sessions took new steps Thursday to punish cities he believes are not cooperating "
    "with federal immigration agents in a move that was met with bewilderment by local officials who said they "
    "did not know why they were being singled out.\n\n"
    "\u201cBy taking simple, commonsense considerations into account, we are encouraging every jurisdiction in "
    "this country to cooperate with federal law enforcement,\u201d Sessions said in a statement that accompanied "
    "the letters.\n\n"
    "In a letter to Sessions, Republican Albuquerque Mayor Richard Berry denied that New Mexico\u2019s largest "
    "city is a sanctuary for immigrants living in the country illegally and said he has been trying to work "
    "with immigration authorities since taking office in 2009. In fact, Berry said, Immigration and Customs "
    "Enforcement staffing at the prison transport center fell in recent years.\n\n"
    "\u201cIf your agency has questions or concerns with our (Bernalillo) County jails, I would refer you to "
    "their leadership,\u201d Berry wrote.\n"
)


@pytest.fixture(scope="module")
def report() -> StanceReport:
    return detect_stance(SESSIONS_BERRY)


def _quote(report: StanceReport, fragment: str) -> StanceQuote:
    """The shortest quote that contains ``fragment``."""
    return min((q for q in report.quotes if fragment in q.text), key=lambda q: q.end - q.start)


def test_sessions_is_a_federal_attorney_general_on_the_federal_side(report: StanceReport) -> None:
    q = _quote(report, "commonsense considerations")
    assert q.speaker is not None and q.speaker.name == "Jeff Sessions"
    assert q.level == "federal" and q.side == "federal"
    [sessions] = [o for o in report.officials if o.name == "Jeff Sessions"]
    assert (sessions.title, sessions.level) == ("Attorney General", "federal")


def test_berry_is_a_republican_local_mayor_on_the_local_side_quoted_and_reported(report: StanceReport) -> None:
    [berry] = [o for o in report.officials if o.name == "Richard Berry"]
    assert (berry.title, berry.place, berry.party, berry.level) == ("Mayor", "Albuquerque", "Republican", "local")
    for fragment in ("largest city is a sanctuary", "staffing at the prison transport center",
                     "refer you to their leadership"):
        q = _quote(report, fragment)
        assert q.speaker is not None and q.speaker.name == "Richard Berry", fragment
        assert (q.level, q.side) == ("local", "local"), fragment


def test_unnamed_local_officials_who_said_are_local_and_on_the_local_side(report: StanceReport) -> None:
    q = _quote(report, "did not know why they were being singled out")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.title == "officials"
    assert (q.level, q.side) == ("local", "local")
    assert any(o.title == "officials" and o.level == "local" for o in report.officials)


def test_the_justice_department_is_federal() -> None:
    [doj] = newsnlp.find_officials("Berry referred the Justice Department to the county jails.")[:1]
    assert doj.level == "federal" and doj.kind == "organization"


def test_offsets_index_the_original_string_and_scores_are_probabilities(report: StanceReport) -> None:
    for q in report.quotes:
        assert SESSIONS_BERRY[q.start:q.end] == q.text
        assert q.side in ("federal", "local", "neutral") and 1 / 3 <= q.side_score <= 1.0


def test_balance_counts_quotes_and_words_per_side(report: StanceReport) -> None:
    b = report.balance
    quotes, nwords, share = dict(b.quotes), dict(b.words), dict(b.word_share)
    assert sum(quotes.values()) == len(report.quotes)
    assert quotes == {s: sum(q.side == s for q in report.quotes) for s in ("federal", "local", "neutral")}
    assert abs(sum(share.values()) - 1.0) < 1e-9
    assert b.dominant == max(("federal", "local"), key=nwords.__getitem__)
    assert b.dominant == "local"  # Berry's three statements outweigh Sessions's one


def test_a_former_office_holder_speaks_for_no_level_of_government() -> None:
    r = detect_stance("\u201cCities must obey the law,\u201d former House Speaker Newt Gingrich said. "
                      "\u201cWe will fight,\u201d Mayor Jim Doe said.")
    assert [(q.speaker.name, q.level) for q in r.quotes if q.speaker] == [("Newt Gingrich", "other"),
                                                                          ("Jim Doe", "local")]


def test_former_in_an_appositive_about_something_else_keeps_the_level() -> None:
    r = detect_stance("\u201cWe will sue,\u201d said Attorney General Ann Cole of California, a Democrat and former "
                      "member of Congress.")
    (q,) = r.quotes
    assert q.level == "state"


def test_a_statement_taken_for_the_speaker_gets_its_authors_level() -> None:
    text = ("Acting Homeland Security Secretary Chad Wolf spoke on Monday. Wolf in a statement "
            "Thursday described the protesters as \u201ca violent mob that attacks officers.\u201d")
    r = detect_stance(text)
    assert [q.level for q in r.quotes if "violent mob" in q.text] == ["federal"]
    # the extractor may take "a statement" itself for the speaker: the official right before it speaks
    from newsnlp.quotes import Speaker
    from newsnlp.stance._report import speaker_level

    start = text.index("a statement")
    statement = Speaker(None, start, start + len("a statement"))
    assert speaker_level(statement, find_officials(text), text=text) == "federal"


def test_a_contracted_pronoun_speaker_is_the_official_named_before() -> None:
    text = ("Mayor Jim Doe wants the city to stay a sanctuary. He\u2019s also said \u201cwe will never hand "
            "our residents to ICE agents.\u201d")
    r = detect_stance(text)
    assert [q.level for q in r.quotes if q.speaker and text[q.speaker.start:q.speaker.end] == "He\u2019s"] == ["local"]


def test_someone_who_once_served_in_government_speaks_for_none() -> None:
    r = detect_stance("Jane Roe, a constitutional litigator who served at the Department of Justice under two "
                      "presidents, said Congress may sue the city.")
    assert [q.level for q in r.quotes] == ["other"]


def test_a_speaker_span_that_names_another_official_keeps_its_own_level() -> None:
    r = detect_stance("\u201cThe state will decide,\u201d said New York Gov. Ann Cole, a Democrat who met with "
                      "President Donald Trump on Tuesday.")
    (q,) = r.quotes
    assert q.level == "state"


def test_a_state_legislator_named_again_without_state_stays_state() -> None:
    text = ("The order applies to one lawmaker, state Rep. Dan Roe. Rep. Dan Roe sued. "
            "\u201cWe are frustrated,\u201d Representative Roe said. \u201cWe will win,\u201d Roe said.")
    (roe,) = [o for o in find_officials(text) if o.name]
    assert (roe.name, roe.level) == ("Dan Roe", "state") and len(roe.mentions) == 4
    assert {q.level for q in detect_stance(text).quotes} == {"state"}


def test_an_unresolved_pronoun_takes_the_level_of_the_official_just_named() -> None:
    from newsnlp.quotes import Speaker
    from newsnlp.stance._report import speaker_level

    text = "Mayor Jim Doe spoke on Monday. He said the city would sue."
    officials = find_officials(text)
    he = text.index("He")
    assert speaker_level(Speaker(None, he, he + 2), officials, text=text) == "local"
    far = "Mayor Jim Doe spoke on Monday. " + "The weather was mild. " * 30 + "He said it."
    he = far.index("He said")
    assert speaker_level(Speaker(None, he, he + 2), find_officials(far), text=far) is None


def _level_of_span(text: str, span: str, name: "str | None" = None, title: "str | None" = None,
                   organization: "str | None" = None) -> "str | None":
    from newsnlp.quotes import Speaker
    from newsnlp.stance._report import speaker_level

    start = text.index(span)
    speaker = Speaker(name, start, start + len(span), title, organization)
    return speaker_level(speaker, find_officials(text), context=text, text=text)


@pytest.mark.parametrize("text, span, level", [
    ("Minnesota is seeking $500 million from the federal government to rebuild.", "Minnesota", "state"),
    ("The Illinois Department of Health told reporters that churches may reopen.",
     "The Illinois Department of Health", "state"),
    ("King County said it would not honor the detainer.", "King County", "local"),
    ("The state argued that the order was lawful.", "The state", "state"),
    ("The county report added that the man had died of asphyxiation.", "The county report", "local"),
    ("Huntington Beach, a city of 200,000, said it would join the lawsuit.", "Huntington Beach", "local"),
])
def test_a_speaker_that_names_a_government_by_its_place_or_kind_has_that_level(text: str, span: str,
                                                                                level: str) -> None:
    assert _level_of_span(text, span) == level


def test_washington_as_a_speaker_is_not_the_state() -> None:
    assert _level_of_span("Washington said the funds would be withheld.", "Washington") is None


def test_lawmakers_and_party_groups_take_the_chamber_of_their_sentence() -> None:
    text = "Democrats in the House said the bill would cut funding for the agency."
    assert _level_of_span(text, "Democrats") == "federal"
    text = "Republicans in the state Senate said the governor had overstepped."
    assert _level_of_span(text, "Republicans") == "state"
    assert _level_of_span("Democrats said the plan was cruel.", "Democrats") is None


def test_his_office_speaks_for_the_official_just_named() -> None:
    text = "Gov. Dan Roe approved the route on Tuesday. His office said the route avoids the wetlands."
    assert _level_of_span(text, "His office") == "state"


def test_a_body_in_a_private_speakers_descriptor_is_not_their_level() -> None:
    text = ("Ana Ruiz, an immigrant-rights activist and advocate for abolishing ICE, called the cut "
            "a good first step.")
    assert _level_of_span(text, text.split(" called")[0], name="Ana Ruiz", organization="ICE") == "other"
    text = "Jo Lane, a spokeswoman for ICE, called the cut reckless."
    assert _level_of_span(text, "Jo Lane, a spokeswoman for ICE", name="Jo Lane", title="spokeswoman",
                          organization="ICE") == "federal"


def test_an_attribution_inside_the_quote_gives_the_level_when_the_speaker_is_an_outlet() -> None:
    from newsnlp.quotes import Quote, Speaker
    from newsnlp.stance._report import _said_inside

    text = "Mayor Jim Doe spoke. \u201cWe will rebuild,\u201d Doe said, according to the Daily Planet. \u201cNow.\u201d"
    start, end = text.index("We will"), text.index("Now.") + 4
    q = Quote(text[start:end], start, end, ((start, end),), "direct", None, 0, Speaker("Daily Planet", 0, 1))
    assert _said_inside(text, q, find_officials(text)) == "local"


def test_no_quotes_means_an_empty_neutral_report() -> None:
    r = detect_stance("The weather was mild on Tuesday.")
    assert r.quotes == () and r.balance.dominant is None
    assert detect_stance("").to_dict() == {
        "officials": [], "quotes": [],
        "balance": {"quotes": {"federal": 0, "local": 0, "neutral": 0},
                    "words": {"federal": 0, "local": 0, "neutral": 0},
                    "word_share": {"federal": 0.0, "local": 0.0, "neutral": 0.0}, "dominant": None}}


def test_to_dict_has_the_cli_shape(report: StanceReport) -> None:
    d = report.to_dict()
    assert set(d) == {"officials", "quotes", "balance"}
    [q] = [q for q in d["quotes"] if "commonsense" in q["text"]]
    assert set(q) == {"text", "start", "end", "kind", "speaker", "side", "side_score"}
    assert q["speaker"]["level"] == "federal"
    json.dumps(d)


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["text"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects the article text as str"):
        detect_stance(bad)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(list("ab “”\"',.:;\n") + ["Mayor ", "said ", "Sen. ", " officials who said "]),
                max_size=40).map("".join))
def test_any_string_gives_a_report_with_valid_offsets(text: str) -> None:
    r = detect_stance(text)
    for q in r.quotes:
        assert text[q.start:q.end] == q.text


def test_shipped_model_is_verified_json_with_provenance() -> None:
    model = load_side_model()
    assert set(model.classes) == {"federal", "local", "neutral"}
    assert model.meta["trained_by"] == "scripts/train_side.py" and model.meta["hand_quotes"] > 0
    data = model.to_dict()
    assert SideModel.from_dict(json.loads(json.dumps(data))).to_dict() == data
    data["payload"]["model"]["weights"]["bias"] = [9.0, 9.0, 9.0]
    with pytest.raises(SideModelError, match="checksum"):
        SideModel.from_dict(data)
    with pytest.raises(SideModelError, match="format version"):
        SideModel.from_dict({**model.to_dict(), "format_version": 99})


def test_features_read_the_framing_of_federal_and_local_actors() -> None:
    f = side_features("The federal government is bullying our city.")
    assert f["frame:federal-"] == 1.0 and f["actor:local"] == 1.0
    g = quote_side_features(quote="The federal government is bullying our city.", level="state")
    assert g["level=local&frame:federal-"] == 1.0 and g["level=state"] == 1.0
    with pytest.raises(TypeError):
        side_features(b"x")  # type: ignore[arg-type]


def test_the_level_is_crossed_with_the_quotes_dispute_words_only() -> None:
    f = quote_side_features(quote="Our county must honor every ICE detainer.", level="local")
    crossed = {k for k in f if k.startswith("level=local&w=")}
    assert {"level=local&w=detain", "level=local&w=ice"} <= crossed
    assert "level=local&w=must" not in crossed and "level=local&w=everi" not in crossed
    g = quote_side_features(quote="Our county must honor every ICE detainer.", level="federal")
    assert "level=federal&w=detain" in g and "level=local&w=detain" not in g


def test_linear_layer_is_a_softmax_of_summed_weights() -> None:
    lin = Linear(["a", "b"], {"x": [1.0, -1.0]})
    pa, pb = lin.predict_proba({"x": 1.0, "unknown": 5.0})
    assert abs(pa - 1 / (1 + 2.718281828459045 ** -2)) < 1e-12 and abs(pa + pb - 1) < 1e-12
    with pytest.raises(SideModelError):
        Linear(["a", "b"], {"x": [1.0]})


def test_pure_python_mode_gives_identical_reports() -> None:
    """The side model has one (pure-Python) inference path; the whole report must not depend on the mode."""
    code = ("import json, sys, newsnlp; from newsnlp import _compat; "
            "print(json.dumps([_compat.PURE_PYTHON, newsnlp.detect_stance(sys.stdin.read()).to_dict()]))")
    outs = []
    for pure in ("1", "0"):
        env = {**os.environ, "NEWSNLP_PURE_PYTHON": pure, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", code], input=SESSIONS_BERRY.encode(), capture_output=True,
                              env=env, cwd=ROOT, timeout=120, check=True)
        outs.append(json.loads(proc.stdout))
    assert outs[0][0] is True and outs[1][0] is False
    assert outs[0][1] == outs[1][1]


def test_cli_stance_subcommand(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "ap-2017", "text": SESSIONS_BERRY}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newsnlp", "stance", str(f)], capture_output=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert rec["id"] == "ap-2017" and set(rec) == {"id", "officials", "quotes", "balance"}
    assert set(rec["officials"][0]) == {"name", "title", "level", "organization", "place", "party"}
    sessions = [q for q in rec["quotes"] if "commonsense" in q["text"]][0]
    assert sessions["speaker"]["level"] == "federal" and sessions["side"] == "federal"
    assert rec["balance"]["dominant"] == "local"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé 'ʼ\u2019-.İ\u00df1_\n")) | st.characters(), max_size=60))
def test_the_side_models_word_split_is_newsnlp_words(text: str) -> None:
    # _words replaces \u2019 once over the text instead of per word; the words must not change.
    from newsnlp.stance._side import _words

    assert _words(text) == newsnlp.words(text)


def test_predict_proba_sums_features_in_name_order_for_any_number_of_classes() -> None:
    weights = {"a": [0.1, 0.7, -0.2], "b": [1e16, -3.0, 0.3], "c": [-1e16, 2.0, 0.0]}
    three = Linear(["x", "y", "z"], weights)
    two = Linear(["x", "y"], {k: v[:2] for k, v in weights.items()})
    features = {"c": 1.0, "a": 2.0, "b": 1.0, "unknown": 5.0}
    # by hand, in sorted feature order: a, b, c (the large terms cancel only in this order)
    sums = [2.0 * weights["a"][k] + weights["b"][k] + weights["c"][k] for k in range(3)]
    assert sums[0] == 0.0  # 0.2 + 1e16 rounds to 1e16: another order of additions would give 0.2
    import math

    def softmax(xs: list) -> list:
        top = max(xs)
        exps = [math.exp(x - top) for x in xs]
        return [e / sum(exps) for e in exps]

    assert three.predict_proba(features) == softmax(sums)
    assert two.predict_proba(features) == softmax(sums[:2])


def test_distant_labels_leave_an_officials_words_without_dispute_vocabulary_unlabelled() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    try:
        from train_side import distant_label
    finally:
        sys.path.pop(0)
    plain = {"quote": "It was a long and sunny afternoon.", "context": "He spoke at noon."}
    assert distant_label({**plain, "level": "state"}) is None
    assert distant_label({**plain, "level": None}) == "neutral"
    assert distant_label({"quote": "We will remain a sanctuary city.", "context": "", "level": "local"}) == "local"


# Sentences written for this test, cut into pieces hypothesis recombines: actors, framing, dispute and side
# words, first person, and cue verbs with a colon (whose feature is crossed with the level too).
_SIDE_PIECES = [
    "We", "Our city", "The federal government", "Washington", "ICE", "the sheriff", "the county", "the state",
    "is bullying", "will not comply with", "must honor", "threatens", "supports", "protects", "sanctuary",
    "detainer requests", "immigrants", "the law", "funding", "lawsuit", "I", "Congress", "the mayor",
    "\u2019s", "'s", ",", ".", "\u201c", "\u201d", "\n", "cooperate", "defund", "unconstitutional", "safe",
]


@settings(max_examples=300, deadline=None)
@given(
    quote=st.lists(st.sampled_from(_SIDE_PIECES), max_size=14).map(" ".join),
    context=st.lists(st.sampled_from(_SIDE_PIECES), max_size=20).map(" ".join),
    cue=st.sampled_from([None, "", "said", "Said", "told reporters", "wrote:", ":", "says: ", "  "]),
    level=st.sampled_from([None, "federal", "state", "local", "other"]),
    party=st.sampled_from([None, "", "Democrat", "Republican", "R"]),
    administration=st.sampled_from([None, "rep", "dem"]),
)
def test_side_model_fast_path_gives_the_probabilities_of_the_feature_dict(
        quote: str, context: str, cue: object, level: object, party: object, administration: object) -> None:
    # SideModel.predict_proba skips building the feature dict; it must give the very same floats as the
    # plain rule: Linear.predict_proba over quote_side_features.
    model = load_side_model()
    inputs = {"quote": quote, "context": context, "cue": cue, "level": level, "party": party, "title": None,
              "administration": administration}
    plain = model.linear.predict_proba(quote_side_features(**inputs))
    assert model.predict_proba(**inputs) == plain


def test_side_model_fast_path_on_the_running_example() -> None:
    model = load_side_model()
    for q in detect_stance(SESSIONS_BERRY).quotes:
        for level in (None, "state", "local", "federal"):
            for cue in (None, "said", "said:"):
                inputs = {"quote": q.text, "context": SESSIONS_BERRY[max(0, q.start - 200): q.end + 200],
                          "cue": cue, "level": level, "party": "Republican"}
                assert model.predict_proba(**inputs) == model.linear.predict_proba(quote_side_features(**inputs))


_OFFICIAL_PIECES = ["Mayor Jane Doe", "Sheriff Tom Hale", "Gov. Ann Cole", "former Gov. Bob Wise", "Doe", "Hale",
                    "Cole", "the mayor", "Sen. Ted Cruz", " said", " says", " told reporters", ", ", ". ", " ",
                    "\u201c", "\u201d", "we will act", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_OFFICIAL_PIECES), min_size=1, max_size=14).map(" ".join))
@example("Gov. Ann Cole and Mayor Jane Doe met. \u201cWe will act, Doe said, and Cole said we will act.\u201d")
def test_said_inside_gives_the_first_official_of_the_plain_loop(text: str) -> None:
    # _said_inside reads only the mentions that start inside the quote (bisect over the sorted mentions);
    # the plain rule: the first official, in order, with a "<mention> said" strictly inside the quote
    from types import SimpleNamespace

    from newsnlp.stance._report import _SAID_AFTER, _said_inside

    def plain(q: Any, officials: Any) -> Any:
        for o in officials:
            if o.kind != "person" or o.name is None or o.level is None or o.former:
                continue
            for a, b in o.mentions:
                if q.start < a and b < q.end and _SAID_AFTER.match(text, b, min(q.end, b + 12)):
                    return o.level
        return None

    officials = tuple(find_officials(text))
    edges = sorted({0, len(text)} | {x + d for o in officials for m in o.mentions for x in m for d in (-1, 0, 1)
                                     if 0 <= x + d <= len(text)})
    for start in edges:
        for end in edges:
            if start < end:
                q = SimpleNamespace(start=start, end=end)
                assert _said_inside(text, q, officials) == plain(q, officials)


def test_the_administration_is_the_president_an_article_names_most() -> None:
    from newsnlp.stance._side import administration_party

    assert administration_party("President Trump spoke. Later Mr. Trump left. The Obama administration had sued.") == "rep"
    assert administration_party("The Obama administration said it would appeal, President Barack Obama added.") == "dem"
    # a former president and a vice president are not the administration; a tie or no president gives none
    assert administration_party("Former President Obama and Vice President Biden spoke.") is None
    assert administration_party("President Trump met President Obama.") is None
    assert administration_party("The mayor spoke.") is None


def test_a_speakers_party_is_read_against_the_articles_administration() -> None:
    quote = "The sanctuary policy keeps our city safe."
    dem = quote_side_features(quote=quote, level="federal", party="Democrat", administration="rep")
    assert dem["align=against"] == 1.0 and dem["level=federal&align=against"] == 1.0
    rep = quote_side_features(quote=quote, level="state", party="Republican", administration="rep")
    assert rep["level=local&align=with"] == 1.0 and "align=against" not in rep
    assert not any("align" in k for k in quote_side_features(quote=quote, level="federal", party="Democrat"))
    assert not any("align" in k for k in quote_side_features(quote=quote, party="Green", administration="dem"))


def test_report_inputs_carry_the_articles_administration() -> None:
    from newsnlp.stance._report import quote_inputs

    text = ("President Trump wants the money back. \u201cWe will not give up our sanctuary policy,\u201d "
            "Mayor Jane Doe said.")
    rows = quote_inputs(text, find_officials(text))
    assert rows and all(inputs["administration"] == "rep" for _, _, inputs in rows)


def test_distant_labels_read_the_officials_party_against_the_administration() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    try:
        from train_side import distant_label
    finally:
        sys.path.pop(0)
    said = {"quote": "ICE must stop these deportations.", "context": ""}
    assert distant_label({**said, "level": "federal", "party": "Democrat", "administration": "rep"}) == "local"
    assert distant_label({**said, "level": "federal", "party": "Democrat", "administration": "dem"}) == "federal"
    assert distant_label({**said, "level": "federal", "party": None, "administration": "rep"}) == "federal"
    assert distant_label({**said, "level": "state", "party": "Republican", "administration": "rep"}) is None
    assert distant_label({**said, "level": "state", "party": "Democrat", "administration": "rep"}) == "local"


def _toy_model(meta: dict) -> SideModel:
    lin = Linear(["federal", "local", "neutral"],
                 {"bias": [0.0, 0.0, 0.4], "w=sanctuari": [0.0, 2.0, 0.0], "w=ice": [2.0, 0.0, 0.0]})
    return SideModel(lin, meta)


def test_the_neutral_scale_of_the_model_lets_a_close_side_win() -> None:
    inputs = {"quote": "We decide today."}  # p(neutral) 0.43, each side 0.29 with the toy weights
    fed, loc, neu = _toy_model({}).predict_proba(**inputs)
    assert _toy_model({}).predict(**inputs) == ("neutral", neu)
    side, score = _toy_model({"neutral_scale": 0.5}).predict(**inputs)
    assert side in ("federal", "local") and abs(score - fed / (fed + loc + 0.5 * neu)) < 1e-12
    assert _toy_model({"neutral_scale": 0.9}).predict(**inputs)[0] == "neutral"


def test_a_speakers_confident_statements_decide_their_uncertain_ones() -> None:
    model = _toy_model({"propagate": {"confident": 0.6, "neutral_below": 0.7}})
    quotes = [{"quote": "We remain a sanctuary."}, {"quote": "We decide today."}, {"quote": "We decide today."}]
    assert model.predict_article(quotes, ["Doe", "Doe", "Roe"])[1][0] == "local"
    assert model.predict_article(quotes, ["Doe", "Doe", "Roe"])[2][0] == "neutral"  # another speaker
    assert [s for s, _ in model.predict_article(quotes)] == [model.predict(**q)[0] for q in quotes]
    # two confident sides of one speaker tie: no vote
    tie = [{"quote": "We remain a sanctuary."}, {"quote": "ICE came."}, {"quote": "We decide today."}]
    assert model.predict_article(tie, ["Doe", "Doe", "Doe"])[2][0] == "neutral"
    # a statement the model calls clearly neutral keeps its side
    strict = _toy_model({"propagate": {"confident": 0.6, "neutral_below": 0.3}})
    assert strict.predict_article(quotes, ["Doe", "Doe", "Roe"])[1][0] == "neutral"
    with pytest.raises(ValueError):
        model.predict_article(quotes, ["Doe"])


def test_the_shipped_model_carries_its_decision_rule() -> None:
    meta = load_side_model().meta
    assert 0 < meta["neutral_scale"] <= 1
    assert set(meta["propagate"]) == {"confident", "neutral_below"}


def test_a_speakers_group_of_the_gazetteer_is_a_feature_of_the_quote() -> None:
    from newsnlp.stance._side import speaker_group_sides

    quote = "The county will keep its policy."
    aclu = quote_side_features(quote=quote, speaker_text="Jane Roe, a lawyer with the American Civil Liberties Union")
    assert aclu["group=local"] == 1.0 and "group=federal" not in aclu
    cis = quote_side_features(quote=quote, speaker_text="Tom Hale", organization="Center for Immigration Studies")
    assert cis["group=federal"] == 1.0 and "group=local" not in cis
    assert not any(k.startswith("group=") for k in quote_side_features(quote=quote, speaker_text="he"))
    # whole words only: "reliable" is not the ACLU's "liberties", "casa" needs "casa de maryland"
    assert speaker_group_sides("a reliable source at Casa Blanca") == ()
    assert speaker_group_sides("NORML and NumbersUSA") == ("federal", "local")


@pytest.mark.parametrize("speaker_text, organization", [
    ("Jane Roe, a lawyer with the American Civil Liberties Union", None), ("Tom Hale", "NumbersUSA"),
    ("the Drug Policy Alliance and the Fraternal Order of Police", None), ("", None), ("she", None)])
def test_side_model_fast_path_reads_the_speakers_group_like_the_feature_dict(speaker_text: str,
                                                                             organization: Any) -> None:
    model = load_side_model()
    for quote in ("We will not honor ICE detainers.", "Sanctuary cities must comply with the law.", "It rained."):
        inputs = {"quote": quote, "context": "", "level": None, "speaker_text": speaker_text,
                  "organization": organization}
        assert model.predict_proba(**inputs) == model.linear.predict_proba(quote_side_features(**inputs))


def test_distant_labels_give_a_gazetteer_groups_statements_its_side() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    try:
        from train_side import distant_label
    finally:
        sys.path.pop(0)
    said = {"quote": "These deportations must stop.", "context": "", "level": None}
    assert distant_label({**said, "speaker_text": "the American Civil Liberties Union"}) == "local"
    assert distant_label({**said, "speaker_text": "Tom Hale of NumbersUSA"}) == "federal"
    assert distant_label({**said, "speaker_text": "Tom Hale, a retired teacher"}) is None
    # no dispute vocabulary: the neutral rule as before; an official keeps the level's rule
    assert distant_label({"quote": "It rained all day.", "context": "", "level": None,
                          "speaker_text": "the ACLU"}) == "neutral"
    assert distant_label({**said, "level": "federal", "speaker_text": "a lawyer with the ACLU"}) == "federal"


def test_a_bare_pronoun_speaker_follows_the_last_described_speaker_as_side_evidence() -> None:
    from newsnlp.stance._report import quote_rows

    text = ("Immigration agents arrested 40 people in the city on Tuesday.\n\n"
            "\u201cThese raids are meant to frighten our neighbors,\u201d said Jane Roe, a lawyer with the American "
            "Civil Liberties Union. \u201cThe city should keep its sanctuary policy,\u201d she said.\n\n"
            "\u201cWe will keep fighting in court,\u201d she added.\n\n"
            "The weather was cold.\n\nAnd more.\n\n\u201cIt was a long day,\u201d he said.\n")
    rows = quote_rows(text, find_officials(text))
    by_quote = {q.text.split(",")[0].split(" ")[0]: (q, level, inputs, key) for q, level, inputs, key in rows}
    roe = by_quote["These"]
    assert roe[2]["speaker_text"].startswith("Jane Roe") and roe[3] == "Jane Roe"
    for first in ("The", "We"):  # her next statements, in her paragraph and the next
        q, level, inputs, key = by_quote[first]
        assert text[q.speaker.start:q.speaker.end] == "she" and level is None
        assert inputs["speaker_text"] == roe[2]["speaker_text"] and key == "Jane Roe"
    # two paragraphs further on, a "he" is left alone
    q, level, inputs, key = by_quote["It"]
    assert inputs["speaker_text"] == "he" and level is None


def test_a_speakers_party_comes_from_the_descriptor_or_the_congress_gazetteer() -> None:
    from newsnlp.stance._report import _congress_party, _descriptor_party, quote_inputs

    assert _descriptor_party("House Democrats") == "Democratic"
    assert _descriptor_party("Jo Roe, a spokesman for the Democratic-led committee") == "Democratic"
    assert _descriptor_party("a GOP aide") == "Republican" and _descriptor_party("the mayor") is None
    # a current member of Congress by full name (the shipped people gazetteer); anyone else: unknown
    assert _congress_party("Nancy Pelosi") == "Democratic"
    assert _congress_party("Jane Nobody") is None and _congress_party(None) is None
    text = ("President Trump wants the money back. \u201cThe cuts are cruel and they will fail,\u201d "
            "House Democrats said in a statement.")
    [inputs] = [i for q, _, i in quote_inputs(text, find_officials(text)) if "cruel" in q.text]
    assert inputs["party"] == "Democratic"
    assert quote_side_features(**inputs)["align=against"] == 1.0


def test_a_speakers_group_carries_to_the_same_speakers_later_quotes() -> None:
    from newsnlp.stance._report import quote_inputs
    from newsnlp.stance._side import quote_groups

    text = ("\u201cThe raids terrify whole neighborhoods,\u201d said Maria Vega, a lawyer with the American Civil "
            "Liberties Union.\n\n\u201cWe will see them in court every single time,\u201d Vega said.\n\n"
            "\u201cThe weather was fine for the parade today,\u201d said Tom Reed.")
    rows = quote_inputs(text, find_officials(text))
    by_quote = {q.text.split()[1]: inputs for q, _, inputs in rows}
    assert quote_groups(by_quote["raids"]) == ("local",)
    assert "described_as" in by_quote["will"] and quote_groups(by_quote["will"]) == ("local",)
    assert "group=local" in quote_side_features(**by_quote["will"])
    # another speaker in the same article does not take it
    assert quote_groups(by_quote["weather"]) == () and "described_as" not in by_quote["weather"]


def _levels(text: str) -> dict:
    """Speaker span -> reported level of every quote of ``text``."""
    return {text[q.speaker.start:q.speaker.end]: q.level for q in detect_stance(text).quotes if q.speaker}


@pytest.mark.parametrize("text, span, level", [
    # the court's own words tell its level ...
    ('"The order stands," the state Supreme Court said.', "the state Supreme Court", "state"),
    ('A judge in Ohio ruled on Monday. "The order stands," a Cook County judge wrote.', "a Cook County judge",
     "local"),
    # ... else the last court the article named that tells it
    ('The Oregon Supreme Court heard the case on Monday. "The order stands," the court wrote.', "the court",
     "state"),
    ('The 9th Circuit heard the case in May. "The rule is unlawful," the court said.', "the court", "federal"),
    ('The U.S. Supreme Court took the case. "The statute is void," the justices wrote.', "the justices",
     "federal"),
    ('The Texas Supreme Court heard the appeal. "The statute is void," the justices wrote.', "the justices",
     "state"),
])
def test_a_court_speaking_without_a_name_takes_the_level_of_the_court_it_stands_for(text: str, span: str,
                                                                                     level: str) -> None:
    assert _levels(text)[span] == level


def test_a_court_with_no_court_named_before_has_no_level_from_it() -> None:
    assert _levels('"The statute is void," the court wrote.')["the court"] is None


def test_the_state_and_party_epithet_is_the_member_named_before() -> None:
    text = ('Rep. Ayanna Pressley spoke at a rally on Monday. "The raids must stop," the Massachusetts Democrat '
            'said.')
    assert _levels(text)["the Massachusetts Democrat"] == "federal"
    # a member of that party but of another state named before: no level
    text = 'Rep. Ayanna Pressley spoke on Monday. "The raids must stop," the Texas Democrat said.'
    assert _levels(text)["the Texas Democrat"] is None


@pytest.mark.parametrize("span, level", [
    ("Some localities", "local"), ("The two aldermen", "local"), ("Several states", "state"),
    ("Police chiefs", "local"), ("County supervisors", "local"), ("The presidents", None),
])
def test_governments_and_office_holders_in_the_plural_have_their_level(span: str, level: str) -> None:
    assert _levels(f'{span} said the rule "goes too far."')[span] == level


def test_a_police_department_by_its_initials_is_local() -> None:
    assert _levels('"Crime is up," the NYPD said.')["the NYPD"] == "local"
    assert _levels('"We are ready," said the LAPD\u2019s chief.')["the LAPD\u2019s chief"] == "local"


def test_the_spokesperson_is_the_last_spokesperson_quoted() -> None:
    text = ('A DHS spokesperson said the officers acted lawfully. "Our officers protect federal property," '
            'the spokesperson said.')
    assert _levels(text)["the spokesperson"] == "federal"


@pytest.mark.parametrize("text, span, level", [
    # a person's rivals, advisers or supporters are not that person
    ('President Joe Biden spoke on Monday. "We will win," said one of Biden\'s Democratic rivals.',
     "one of Biden\'s Democratic rivals", None),
    ('President Joe Biden spoke on Monday. "No," some of Mr. Biden\u2019s supporters said.',
     "some of Mr. Biden\u2019s supporters", "other"),
    # the partitive's own apposition still names the speaker
    ('"We will win," said one of its sponsors, Sen. Jane Roe, D-Ore.', "one of its sponsors, Sen. Jane Roe",
     "federal"),
])
def test_one_of_a_persons_circle_is_not_that_person(text: str, span: str, level: Optional[str]) -> None:
    assert _levels(text)[span] == level


@pytest.mark.parametrize("span, level", [
    ("a Biden skeptic", None),  # not Biden
    ("Biden\u2019s critics", "other"),
    ("Jane Roe, a Biden supporter", "other"),
])
def test_someone_in_a_relation_to_a_person_is_not_that_person(span: str, level: Optional[str]) -> None:
    text = f'President Joe Biden spoke on Monday. "It is a disaster," said {span}.'
    assert _levels(text)[span] == level


def test_a_speaker_with_another_known_first_name_is_not_the_official_of_that_surname() -> None:
    text = 'Sen. Mike Lee spoke on Monday. "We fought," Robert Lee said. "No," Michael Lee said.'
    levels = {q.speaker.name: q.level for q in detect_stance(text).quotes if q.speaker}
    assert levels == {"Robert Lee": None, "Michael Lee": "federal"}


def test_a_private_speaker_stays_private_when_named_again() -> None:
    text = ('"We will fight this," said Ana Ruiz, an immigrant-rights activist and advocate for abolishing ICE. '
            '"The goal is to abolish this agency," Ms. Ruiz said.')
    levels = _levels(text)
    assert levels["Ms. Ruiz"] == "other"



@pytest.mark.parametrize("text, span, level", [
    ('The Ohio Supreme Court heard the case. "The order stands," Friday\'s decision said.', "Friday's decision",
     "state"),
    ('The U.S. Supreme Court heard the case. Today\'s ruling says the statute "is void."', "Today's ruling",
     "federal"),
    ('"The grant conditions are unlawful," the Northern District of Illinois wrote.',
     "the Northern District of Illinois", "federal"),
])
def test_a_courts_ruling_speaks_for_the_court(text: str, span: str, level: str) -> None:
    assert _levels(text)[span] == level


def test_a_relative_clause_naming_the_body_a_speaker_runs_gives_its_level() -> None:
    text = ("Anthony Roe, who directs the National Institutes of Health, said reopening too soon is a risk. "
            '"We are ready," said Jane Poe, who heads the Department of Homeland Security. Al Moe, who runs '
            "the Oregon Health Authority, said cases were rising. Bo Loe, who leads the American Civil "
            "Liberties Union, said the suit would go on.")
    assert list(_levels(text).values()) == ["federal", "federal", "state", None]


def test_a_report_speaks_for_the_government_body_that_wrote_it() -> None:
    text = ("The inspector general of the Department of Homeland Security released a new review. The "
            "Department of Homeland Security's review found problems. \"The program failed,\" the review said.\n\n"
            'A report by the Government Accountability Office came out. "Costs rose," the report said.\n\n'
            'A Cato Institute study looked at crime. "Crime fell," the study said.')
    assert list(_levels(text).values()) == ["federal", "federal", None]


def test_a_relative_pronoun_speaker_is_the_official_just_named() -> None:
    text = ("The threat prompted governors to court the airline, including New York Gov. Andrew Cuomo, who said "
            "the state would welcome it. Residents who said they were afraid stayed home.")
    assert [q.level for q in detect_stance(text).quotes] == ["state", None]


def test_a_body_named_again_by_its_kind_is_the_last_such_body() -> None:
    text = ('The Justice Department sued the city on Monday. "The law is clear," the department said. '
            'The Oregon Health Authority issued new rules. "Cases are rising," the agency said. '
            'ICE detained him. "He was a threat," the agency said.')
    levels = {q.text: q.level for q in detect_stance(text).quotes}
    assert [levels["The law is clear,"], levels["Cases are rising,"], levels["He was a threat,"]] == [
        "federal", "state", "federal"]


def test_a_party_group_without_a_chamber_in_its_sentence_takes_the_articles_chambers() -> None:
    text = ('The House passed the bill on Tuesday after a debate in Congress. "This bill is cruel," Democrats '
            "said. The Senate votes next week.")
    assert _levels(text)["Democrats"] == "federal"
    text = 'The state Senate passed the bill. The legislature adjourns soon. "This bill is cruel," Democrats said.'
    assert _levels(text)["Democrats"] == "state"


def test_a_news_release_or_statement_speaks_for_who_issued_it() -> None:
    text = ("The Minnesota Department of Public Safety issued a news release on Sunday. \"Businesses were "
            "damaged,\" the release said. Gov. Tim Walz's statement came later. \"We will rebuild,\" the statement "
            'said. The ACLU criticized the report. "It is flawed," the report said.')
    levels = {q.text: q.level for q in detect_stance(text).quotes}
    assert [levels["Businesses were damaged,"], levels["We will rebuild,"], levels["It is flawed,"]] == [
        "state", "state", None]


@pytest.mark.parametrize("span, level", [("Both Ventura and Orange Counties", "local"),
                                         ("The Maryland and Virginia assemblies", "state")])
def test_governments_in_the_plural_after_their_names(span: str, level: str) -> None:
    assert _levels(f'{span} said the rule "goes too far."')[span] == level


def test_a_relative_clause_after_an_official_is_no_private_descriptor() -> None:
    text = ("Eight states never issued such orders.\n\nMichigan's Democratic governor, who has angered protesters "
            "with her orders, told reporters that it is too early to lift them.")
    (q,) = [q for q in newsnlp.detect_stance(text).quotes if q.speaker and q.speaker.title == "Governor"]
    assert q.level == "state"


@pytest.mark.parametrize(
    "text, level",
    [
        # a private-body word inside the matched official's own name is no private descriptor
        ("Jane Roe, director of the National Institute of Allergy and Infectious Diseases, said the plan was risky.",
         "federal"),
        ("Jane Roe, who directs the National Institute of Allergy and Infectious Diseases, said the plan was risky.",
         "federal"),
        ("Jane Roe, a scholar at the Cato Institute, said the plan was risky.", None),
        # the president of a private body speaks for no government
        ('"We back the officers," said Jane Roe, president of the Fraternal Order of Police.', "other"),
        ('"We back the plan," said Jane Roe, president of the American Gaming Association.', "other"),
        ('"We back the plan," the president said.', "federal"),
        ('"We back the plan," said President Donald Trump.', "federal"),
        ('"No," said Jane Roe, a senior vice president at Acme Health.', "other"),
        ('"No," said Jane Roe, president of United Teachers Los Angeles.', "other"),
        ('"No," said Jane Roe, president of the city council.', "local"),
        ('"No," said Jane Roe, the assistant to the president for public engagement.', "federal"),
        # the speaker's own descriptor: a place deciding a multi-level office; supporters, journalists, veterans
        ('"It was wrong," said Jane Roe, chief information officer for the West Virginia Secretary of State\u2019s '
         'Office.', "state"),
        ('"We lost," said John Doe, a Trump supporter.', "other"),
        ('"He was rude," said the CNN White House correspondent Jane Roe.', "other"),
        ('"We marched," said Jane Roe, an Air Force veteran.', "other"),
        ('"It was wrong," said Iowa GOP chairman Jane Roe.', None),
    ],
)
def test_the_level_of_a_speaker_outside_government_or_in_a_named_body(text: str, level: Optional[str]) -> None:
    (q,) = detect_stance(text).quotes
    assert q.level == level
