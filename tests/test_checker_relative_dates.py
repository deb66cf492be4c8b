"""Relative dates against relative dates: "last week" excludes "next week", "tomorrow" excludes
"yesterday"; "tonight" agrees with "today"; a day against a week (one may fall in the other)
is unverified; "over the past year" is a stretch of time, not a date."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.quantities import relative_clash
from summariser.report import FlagCode, Verdict

ARTICLE = """Senator Maria Lopez said the Senate would vote next week on the infrastructure bill.
The governor will sign the order tonight, her office said.
Sales have doubled over the past year, the company said."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Lopez said the Senate would vote next week on the bill.", Verdict.SUPPORTED),
        ("Lopez said the Senate would vote last week on the bill.", Verdict.CONTRADICTED),
        ("Lopez said the Senate would vote this week on the bill.", Verdict.CONTRADICTED),
        ("Lopez said the Senate would vote next month on the bill.", Verdict.UNVERIFIED),
        ("Lopez said the Senate would vote tomorrow on the bill.", Verdict.UNVERIFIED),
        ("The governor will sign the order today, her office said.", Verdict.SUPPORTED),
        ("The governor will sign the order tomorrow, her office said.", Verdict.CONTRADICTED),
        ("Sales have doubled over the last year, the company said.", Verdict.SUPPORTED),
    ],
)
def test_relative_dates_are_compared_by_what_they_can_mean(claim: str, verdict: Verdict) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    dated = FlagCode.DATE_MISMATCH in {f.code for f in check.flags}
    assert dated is (verdict is not Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("mine", "theirs", "clash"),
    [
        ("yesterday", "tomorrow", True),
        ("today", "tonight", False),
        ("next week", "last week", True),
        ("this year", "this year", False),
        ("next week", "next month", None),
        ("tomorrow", "next week", None),
    ],
)
def test_relative_clash(mine: str, theirs: str, clash: bool | None) -> None:
    assert relative_clash(mine, theirs) is clash
