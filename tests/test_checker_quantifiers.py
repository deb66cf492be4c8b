"""Opposite quantifiers in one aligned slot: "both survivors were" for "neither was", "all
passengers were" for "none was", are contradicted (`negation_flip`), though the claim names the
things the evidence leaves to the sentence before; the same quantifier with or without its
noun is kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Rescuers found two British climbers alive on the Matterhorn on Saturday.
Police said neither was in a life-threatening condition.
Doctors said both were expected to leave hospital within days.
The airline said none was hurt when the plane skidded off the runway."""


def _check(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        ("Police said both survivors were in a life-threatening condition.", "'neither'"),
        ("The airline said all passengers were hurt when the plane skidded.", "'none'"),
    ],
)
def test_an_opposite_quantifier_in_the_slot_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _check(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        "Police said neither survivor was in a life-threatening condition.",
        "Doctors said both survivors were expected to leave hospital within days.",
        "Doctors said both climbers were expected to leave hospital within days.",
        "The airline said no passenger was hurt when the plane skidded.",
    ],
)
def test_the_same_quantifier_is_kept(claim: str) -> None:
    verdict, messages = _check(claim)
    assert messages == []
    assert verdict is Verdict.SUPPORTED
