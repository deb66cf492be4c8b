"""A fixed-date holiday is a date: it agrees with the day it names and conflicts with others."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

THEN = "She said yes, and the couple will marry in Paris next summer."
BY_DATE = f"Police said Mark Smith, 34, proposed to his girlfriend on February 14 at the top of \
the Eiffel Tower. {THEN}"
BY_HOLIDAY = f"Police said Mark Smith, 34, proposed to his girlfriend on Valentine's Day at the \
top of the Eiffel Tower. {THEN}"
PROPOSED = "Mark Smith proposed to his girlfriend {} at the top of the Eiffel Tower."


@pytest.mark.parametrize(
    ("article", "when", "verdict"),
    [
        (BY_DATE, "on Valentine's Day", Verdict.SUPPORTED),
        (BY_DATE, "on Valentine’s Day", Verdict.SUPPORTED),
        (BY_HOLIDAY, "on Valentine's Day", Verdict.SUPPORTED),
        (BY_HOLIDAY, "in February", Verdict.SUPPORTED),
        (BY_DATE, "on Christmas Day", Verdict.CONTRADICTED),
        (BY_DATE, "on New Year's Eve", Verdict.CONTRADICTED),
        (BY_HOLIDAY, "on Christmas Day", Verdict.CONTRADICTED),
        (BY_HOLIDAY, "in March", Verdict.CONTRADICTED),
        (BY_HOLIDAY, "on 14 March", Verdict.CONTRADICTED),
    ],
    ids=[
        "the-holiday-of-the-articles-date",
        "curly-apostrophe",
        "the-articles-own-holiday",
        "the-month-of-the-articles-holiday",
        "another-holiday-than-the-articles-date",
        "a-holiday-of-another-month",
        "another-holiday-than-the-articles",
        "another-month-than-the-articles-holiday",
        "another-day-than-the-articles-holiday",
    ],
)
def test_a_fixed_date_holiday_is_judged_as_the_day_it_names(
    article: str, when: str, verdict: Verdict
) -> None:
    result = check_claims(article, [PROPOSED.format(when)])[0]
    assert result.verdict is verdict
    if verdict is Verdict.CONTRADICTED:
        assert any(f.code is FlagCode.DATE_MISMATCH for f in result.flags)


def test_a_holiday_is_read_as_a_day_when_the_article_writes_only_its_first_word() -> None:
    """The "New" of "New York" is not the article writing "New Year's Day"."""
    article = "Mark Smith, 34, of New York, proposed to his girlfriend on January 1 in Paris."
    claim = "Mark Smith proposed to his girlfriend on New Year's Day in Paris."
    assert check_claims(article, [claim])[0].verdict is Verdict.SUPPORTED


def test_a_holiday_the_article_has_no_date_for_is_not_supported() -> None:
    article = "Mark Smith, 34, proposed to his girlfriend at the top of the Eiffel Tower."
    result = check_claims(article, [PROPOSED.format("on Valentine's Day")])[0]
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Mark Smith bought a Valentine's Day card at the top of the Eiffel Tower.",
        "Mark Smith proposed to his girlfriend at a Christmas Eve party.",
    ],
    ids=["a-holiday-before-a-noun", "a-holiday-after-an-article"],
)
def test_a_holiday_that_names_no_day_stays_a_name(claim: str) -> None:
    """Only after a word that puts a date in a sentence ("on", "by", "since") is a holiday a day:
    "a Christmas Eve party" is a kind of party, and the article's date does not confirm it."""
    result = check_claims(BY_DATE, [claim])[0]
    assert result.verdict is not Verdict.SUPPORTED
    assert not any(f.code is FlagCode.DATE_MISMATCH for f in [*result.flags, *result.warnings])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Without a publication date, "next Monday" may be any Monday: December 14 among them.
        ("The ministers will vote on the reform on December 14.", Verdict.UNVERIFIED),
        ("The ministers will vote on the reform on Christmas Day.", Verdict.UNVERIFIED),
        # A date that does not move with the publication date still conflicts.
        ("The ministers met on December 2.", Verdict.CONTRADICTED),
    ],
    ids=["a-date-for-a-relative-day", "a-holiday-for-a-relative-day", "a-fixed-date-conflicts"],
)
def test_only_a_date_fixed_whatever_the_publication_date_is_a_rival(
    claim: str, verdict: Verdict
) -> None:
    article = (
        "The ministers met on December 1 to discuss the rules. Talks were hard, officials said. "
        "Nothing was agreed. The ministers will meet again next Monday to vote on the reform."
    )
    result = check_claims(article, [claim])[0]
    assert result.verdict is verdict, (result.verdict, result.flags)
