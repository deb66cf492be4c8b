"""A claim sentence that stops at a determiner ("She knew the") states a fact it never
finishes: not supported. A sentence may end at a preposition, an auxiliary or "his"."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = (
    "Another woman, Catherine Somani, 23, was also stabbed in the abdomen as she tried to break "
    "up the fight, WABC reported. She knew the attacker. Police said the suspect ran as fast as "
    "he could. Officers said the choice to press charges was hers. Doctors said the new vaccine "
    "is worth waiting for, according to an official. Somani was given a grade A by the hospital."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Catherine Somani was stabbed in the abdomen. She knew the", Verdict.UNVERIFIED),
        ("Catherine Somani was stabbed in the abdomen. She knew the attacker.", Verdict.SUPPORTED),
        ("catherine somani was stabbed in the abdomen . she knew the .", Verdict.UNVERIFIED),
        ("she knew the . catherine somani was stabbed in the abdomen .", Verdict.UNVERIFIED),
        ("Doctors said the new vaccine is worth waiting for, according to an", Verdict.UNVERIFIED),
        ("Doctors said the new vaccine is worth waiting for.", Verdict.SUPPORTED),
        ("Somani tried to break up their", Verdict.UNVERIFIED),
        ("Police said the suspect ran as fast as he could.", Verdict.SUPPORTED),
        ("Officers said the choice to press charges was hers.", Verdict.SUPPORTED),
        ("Somani was given a grade A by the hospital.", Verdict.SUPPORTED),
        ("The hospital gave Somani a grade A", Verdict.SUPPORTED),
    ],
    ids=[
        "stops-at-the",
        "near-miss-the-noun-comes",
        "lowercased-stops-at-the",
        "first-sentence-stops-at-the",
        "stops-at-an",
        "near-miss-ends-at-a-preposition",
        "stops-at-a-possessive",
        "near-miss-ends-at-an-auxiliary",
        "near-miss-ends-at-a-possessive-pronoun",
        "near-miss-a-capital-letter-grade",
        "near-miss-a-capital-letter-grade-without-full-stop",
    ],
)
def test_a_sentence_cut_off_at_a_determiner_is_not_supported(claim: str, verdict: Verdict) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert result.verdict is verdict, (result.flags, result.warnings)
    cut = [f for f in [*result.flags, *result.warnings] if "stops at" in f.message]
    assert bool(cut) is (verdict is Verdict.UNVERIFIED)
    if cut:
        assert cut[0].code is FlagCode.LOW_SUPPORT
