"""Words a group said are not a named person's: a claim giving to a person of the article the
words the article gives to a group right before the same verb is contradicted
(`speaker_swapped`); the group itself, a person the article describes by the group's noun, a
person's noun in the singular, or words the article gives the claim's person, are not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Rail workers will strike on March 28, the union said on Thursday.
General secretary Mick Lynch said members had rejected a 4% pay offer.
The government said it was disappointed.
Ms Haddad, a nurse, died on Tuesday. Her family described her as "the kindest soul".
Det Ch Insp Claire Morgan, who is leading the investigation, said: "Our thoughts are with them."
"Seven thousand steps is a realistic target," the authors said.
Lead author Hannah Coates is an epidemiologist at Leeds.
The minister said the talks had been constructive.
A person familiar with the matter told Reuters the union had been offered 5%."""


def _swapped(claim: str) -> tuple[Verdict, bool]:
    [result] = check_claims(ARTICLE, [claim])
    found = any(f.code is FlagCode.SPEAKER_SWAPPED for f in result.flags)
    return result.verdict, found


@pytest.mark.parametrize(
    "claim",
    [
        "Mick Lynch said the government was disappointed.",
        'Det Ch Insp Claire Morgan described Haddad as "the kindest soul".',
        "Claire Morgan said seven thousand steps is a realistic target.",
    ],
)
def test_a_groups_words_given_to_a_person_are_contradicted(claim: str) -> None:
    verdict, swapped = _swapped(claim)
    assert swapped, claim
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # The group itself, in the claim's words.
        "The government said it was disappointed.",
        'Her family described Haddad as "the kindest soul".',
        # A person the article describes by the group's noun is one of the group.
        "Hannah Coates said seven thousand steps is a realistic target.",
        # A person's noun in the singular may be the claim's person.
        "Mick Lynch said the talks had been constructive.",
        # The person's own words.
        "Mick Lynch said members had rejected a 4% pay offer.",
        # A preposition's object is no group speaking ("familiar with the matter told").
        "Mick Lynch told Reuters the union had been offered 5%.",
    ],
)
def test_a_groups_own_or_a_members_words_are_not_flagged(claim: str) -> None:
    _, swapped = _swapped(claim)
    assert not swapped, claim
