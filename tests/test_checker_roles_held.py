"""Roles people hold: a title or a noun saying what someone is, written before the name ("union
official Birgit Steinborn") or after "is" with no article ("X is chief executive of Siemens"),
belongs to that name; a claim giving it to another person of the story contradicts it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

CUTS = """FRANKFURT (Reuters) - Siemens said on Thursday it would cut 2,700 jobs at its power unit.
Chief executive Roland Busch told analysts the cuts were "painful but necessary".
"We will not accept compulsory layoffs," union official Birgit Steinborn said.
Analysts at Deutsche Bank kept their sell rating on the stock.
Bank analyst Jan Weber said the plan came late."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Roland Busch is a union official.", Verdict.CONTRADICTED),
        (
            "Union official Roland Busch told analysts the cuts were necessary.",
            Verdict.CONTRADICTED,
        ),
        ("Birgit Steinborn is the chief executive.", Verdict.CONTRADICTED),
        ("Birgit Steinborn is chief executive of Siemens.", Verdict.CONTRADICTED),
        # the holder of each role, in every form
        ("Birgit Steinborn is a union official.", Verdict.SUPPORTED),
        ("Roland Busch is chief executive of Siemens.", Verdict.SUPPORTED),
        (
            "Busch, the chief executive, said the cuts were painful but necessary.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_role_stays_with_the_person_the_article_gives_it(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(CUTS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    if verdict is Verdict.CONTRADICTED:
        assert FlagCode.ENTITY_SWAPPED in {f.code for f in result.flags}


def test_one_noun_alone_makes_no_swap() -> None:
    # "bank analyst Jan Weber": one noun may be true of many people of a story.
    [result] = check_claims(CUTS, ["Roland Busch is an analyst."])
    assert result.verdict is not Verdict.CONTRADICTED, result.flags
    assert FlagCode.ENTITY_SWAPPED not in {f.code for f in result.flags}


def test_a_role_of_another_owner_is_no_swap() -> None:
    text = CUTS + "\nJohn Flannery, chief executive of General Electric, declined to comment."
    [result] = check_claims(text, ["John Flannery is chief executive of General Electric."])
    assert result.verdict is Verdict.SUPPORTED, result.flags
    [result] = check_claims(text, ["Roland Busch is chief executive of General Electric."])
    assert result.verdict is not Verdict.SUPPORTED, result.flags


VOTE = """Prime Minister Donald Tusk said he would seek a confidence vote.
President Karol Nawrocki, an ally of Kaczynski, must sign any new budget."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("President Tusk must sign any new budget.", Verdict.CONTRADICTED),
        ("President Nawrocki must sign any new budget.", Verdict.SUPPORTED),
        ("Prime Minister Nawrocki said he would seek a confidence vote.", Verdict.CONTRADICTED),
        ("Prime Minister Tusk said he would seek a confidence vote.", Verdict.SUPPORTED),
    ],
)
def test_a_title_opening_the_claim_is_its_names(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(VOTE, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


DEFECTORS = """Three defectors, led by former deputy finance minister Anna Nowak, quit the cabinet.
Prime Minister Donald Tusk said he would seek a confidence vote."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Anna Nowak is a former deputy prime minister.", Verdict.CONTRADICTED),
        ("Former deputy defence minister Anna Nowak led the defectors.", Verdict.CONTRADICTED),
        # the same office, said with fewer words
        ("Anna Nowak is a former finance minister.", Verdict.SUPPORTED),
        ("Former deputy minister Anna Nowak led the defectors.", Verdict.SUPPORTED),
    ],
)
def test_an_office_of_the_same_kind_is_another_office(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(DEFECTORS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


def test_an_office_the_article_also_gives_the_name_is_no_swap() -> None:
    text = DEFECTORS + "\nNowak, who was prime minister briefly in 2015, declined to comment."
    [result] = check_claims(text, ["Anna Nowak is a former deputy prime minister."])
    assert FlagCode.ENTITY_SWAPPED not in {f.code for f in result.flags}, result.flags


RATING = """Rival General Electric announced a similar restructuring in March.
Analysts at Deutsche Bank said Siemens had moved slowly and kept their sell rating on the stock."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Analysts at General Electric kept their sell rating on the stock.", Verdict.CONTRADICTED),
        ("Analysts at Deutsche Bank kept their sell rating on the stock.", Verdict.SUPPORTED),
    ],
)
def test_the_name_the_copied_words_lead_to_is_the_slot(claim: str, verdict: Verdict) -> None:
    # "analysts at ___": the evidence goes on past its name with a clause the claim leaves out
    [result] = check_claims(RATING, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Siemens CEO Roland Busch told analysts the cuts were necessary.", Verdict.SUPPORTED),
        ("Roland Busch is the CEO.", Verdict.SUPPORTED),
        ("Siemens CEO Birgit Steinborn said they would not accept layoffs.", Verdict.CONTRADICTED),
        ("Birgit Steinborn is the CEO of Siemens.", Verdict.CONTRADICTED),
    ],
)
def test_a_title_by_its_initials_is_the_title_spelt_out(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(CUTS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


def test_an_owner_before_one_noun_makes_no_swap_with_an_unowned_one() -> None:
    text = "Boss Jose Mourinho was angry.\nMauricio Pochettino praised his players on Sunday."
    [result] = check_claims(text, ["Tottenham boss Mauricio Pochettino praised his players."])
    assert FlagCode.ENTITY_SWAPPED not in {f.code for f in result.flags}, result.flags


NURSES = """Siva Anandaciva, the think tank's chief analyst, said the gap was growing.
The Royal College of Nursing was less convinced. Its general secretary, Nicola Ranger, said \\
ministers had made similar promises before."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Siva Anandaciva is the general secretary of the Royal College of Nursing.",
            Verdict.CONTRADICTED,
        ),
        (
            "Nicola Ranger is the general secretary of the Royal College of Nursing.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_role_after_a_possessive_pronoun_is_the_names(claim: str, verdict: Verdict) -> None:
    # "Its general secretary, Nicola Ranger,": the role is hers, with an owner's name however long
    [result] = check_claims(NURSES, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The plan was signed by Jones.", Verdict.CONTRADICTED),
        ("The plan was signed by Smith.", Verdict.SUPPORTED),
        ("The film was released by Jones.", Verdict.CONTRADICTED),
        ("The film was released by Warner.", Verdict.SUPPORTED),
    ],
)
def test_an_agent_after_a_phrase_of_time_is_the_verbs(claim: str, verdict: Verdict) -> None:
    text = (
        "The plan was signed last week by Smith. The film was released yesterday by Warner.\n"
        "Jones criticised both."
    )
    [result] = check_claims(text, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
