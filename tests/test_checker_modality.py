"""A possibility the article gives ("may lower") or a plan ("will visit") stated as a fact is
unverified (`hedge_dropped`); a claim that keeps the hedge or the future, or puts the statement
under a belief, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

STUDY = """Drinking three cups of coffee a day may lower the risk of heart failure, a study found.
The researchers said the effect might also be linked to caffeine.
Decaffeinated coffee showed no such benefit, and the trial lowered costs."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Drinking coffee lowers the risk of heart failure.", Verdict.UNVERIFIED),
        ("The study proved that coffee lowers the risk of heart failure.", Verdict.UNVERIFIED),
        ("The researchers said the effect is linked to caffeine.", Verdict.UNVERIFIED),
        # The hedge kept, in other words or under a belief.
        ("Three cups of coffee a day may lower the risk of heart failure.", Verdict.SUPPORTED),
        ("Coffee could lower the risk of heart failure, a study found.", Verdict.SUPPORTED),
        ("Researchers believe coffee lowers the risk of heart failure.", Verdict.SUPPORTED),
        # A verb the supporting sentences also give without a modal.
        ("The trial lowered costs.", Verdict.SUPPORTED),
    ],
)
def test_a_possibility_stated_as_a_fact_is_unverified(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(STUDY, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    dropped = FlagCode.HEDGE_DROPPED in {f.code for f in result.flags}
    assert dropped is (verdict is Verdict.UNVERIFIED)


VISIT = """Transport minister Kostas Karamanlis said he would visit the site on Thursday.
Both Millwall and Wigan can be relegated this weekend.
The club plans to sign two strikers in January, and it has sold its goalkeeper.
The ministers met on Monday to discuss the rules and will meet again next week to vote on them."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Karamanlis said he had visited the site.", Verdict.UNVERIFIED),
        ("Karamanlis visited the site on Thursday.", Verdict.UNVERIFIED),
        ("The club signed two strikers in January.", Verdict.UNVERIFIED),
        # Still to come, in the claim too; or done in the article as well.
        ("Karamanlis will visit the site on Thursday.", Verdict.SUPPORTED),
        ("The club is set to sign two strikers in January.", Verdict.SUPPORTED),
        ("The club has sold its goalkeeper.", Verdict.SUPPORTED),
        # The purpose of a planned act is to come; of a past one, done.
        ("The ministers voted on the rules.", Verdict.UNVERIFIED),
        ("The ministers will vote on the rules next week.", Verdict.SUPPORTED),
        ("The ministers discussed the rules on Monday.", Verdict.SUPPORTED),
        # A participle after "be" is no past tense.
        ("Millwall and Wigan can be relegated this weekend.", Verdict.SUPPORTED),
    ],
)
def test_a_plan_stated_as_done_is_unverified(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(VISIT, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    dropped = FlagCode.HEDGE_DROPPED in {f.code for f in result.flags}
    assert dropped is (verdict is Verdict.UNVERIFIED)


LAWYER = """Hayes, who worked for UBS, had denied the charges.
His lawyer, Neil Hawes, said his client would appeal against the verdict."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Reported speech puts "will" in the past: the claim's "will not" negates "would".
        ("Hayes will not appeal against the verdict.", Verdict.CONTRADICTED),
        ("Hayes would not appeal against the verdict.", Verdict.CONTRADICTED),
        ("Hayes will appeal against the verdict.", Verdict.SUPPORTED),
    ],
)
def test_a_modal_in_reported_speech_is_its_past_form(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(LAWYER, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
