"""An event keeps its date where the article's clause tells it with a pronoun ("will meet them
again next Monday") and where its date is a day of another month than the claim's."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Transport Secretary Mark Harper met union leaders on Tuesday and will meet them again \
next Monday.
Cyclist Luca Ferrante has been banned for four years. The ban is backdated to September 3, when \
he was provisionally suspended, and runs until 2029. His results from June onwards have been \
cancelled."""

CASES = [
    ("past-meeting-kept", "Harper met union leaders on Tuesday.", True),
    ("next-meeting-kept", "Harper will meet union leaders again next Monday.", True),
    (
        "the-past-meetings-day-given-to-the-next",
        "Harper will meet union leaders on Tuesday.",
        False,
    ),
    ("the-next-meetings-day-given-to-the-past", "Harper met union leaders on Monday.", False),
    ("the-suspensions-month-kept", "Ferrante was provisionally suspended in September.", True),
    ("the-suspensions-day-kept", "Ferrante was provisionally suspended on September 3.", True),
    (
        "the-results-month-given-to-the-suspension",
        "Ferrante was provisionally suspended in June.",
        False,
    ),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_event_keeps_the_date_of_its_own_clause(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.DATE_SWAPPED}, kept)
