"""Where things are and which way they go: two parts of a region exclude each other, a route
or a move has a direction, and "the country" of a story of one country is that country."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

CRASH = """At least 14 people were killed when a train derailed in central Greece on Wednesday.
The train, carrying 212 passengers from Athens to Thessaloniki, left the tracks after 10 pm.
It was the country's worst rail accident since 2023.
Striker Jan Novak moved from Sparta Prague to Celtic in May."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A train derailed in northern Greece on Wednesday.", Verdict.CONTRADICTED),
        ("A train derailed in central Greece on Wednesday.", Verdict.SUPPORTED),
        (
            "The train was carrying 212 passengers from Thessaloniki to Athens.",
            Verdict.CONTRADICTED,
        ),
        ("The train carried 212 passengers from Athens to Thessaloniki.", Verdict.SUPPORTED),
        ("Jan Novak moved from Celtic to Sparta Prague in May.", Verdict.CONTRADICTED),
        ("Jan Novak moved from Sparta Prague to Celtic in May.", Verdict.SUPPORTED),
        # "the country" in a story that names one country is that country.
        ("It was Greece's worst rail accident since 2023.", Verdict.SUPPORTED),
    ],
)
def test_places_keep_their_part_their_direction_and_their_country(
    claim: str, verdict: Verdict
) -> None:
    [result] = check_claims(CRASH, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


def test_the_country_is_not_the_claims_country_when_the_story_names_two() -> None:
    text = CRASH + "\nTurkey sent rescue teams."
    [result] = check_claims(text, ["It was Greece's worst rail accident since 2023."])
    assert result.verdict is Verdict.UNVERIFIED, result.flags


def test_a_place_where_the_evidence_ends_and_the_claim_goes_on_is_its_slot() -> None:
    text = (
        "WARSAW (Reuters) - The coalition lost its majority.\n"
        "Tusk spoke to reporters in Gdansk.\n"
        "He said the coalition still had the votes to govern."
    )
    claims = [
        "Tusk spoke to reporters in Warsaw and said the coalition still had the votes.",
        "Tusk spoke to reporters in Gdansk and said the coalition still had the votes.",
    ]
    swapped, kept = check_claims(text, claims)
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.flags
    assert "'Gdansk'" in swapped.flags[0].message
    assert kept.verdict is Verdict.SUPPORTED, kept.flags


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Whitlock was arrested in Leeds.", Verdict.CONTRADICTED),
        ("Whitlock was arrested in Swindon.", Verdict.SUPPORTED),
    ],
)
def test_a_phrase_of_time_the_claim_leaves_out_breaks_no_anchor(
    claim: str, verdict: Verdict
) -> None:
    text = (
        "Daniel Whitlock, of no fixed address, was arrested on Wednesday in Swindon.\n"
        "Ms Haddad had moved to the city from Leeds three years ago."
    )
    [result] = check_claims(text, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
