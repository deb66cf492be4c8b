"""The year of the event a claim copies: a year of another sentence's event is a date swap."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_flagged

KARABAKH = """The two countries fought two wars over the region of Nagorno-Karabakh, most \
recently in 2020. In September 2023, Azerbaijan retook the region in a one-day offensive, and \
more than 100,000 ethnic Armenians fled to Armenia. The ministers will meet again in November."""
RETOOK = "Azerbaijan retook Nagorno-Karabakh in {} in a one-day offensive."

FOUGHT = "The two countries last fought over Nagorno-Karabakh in 2020."
AFTER = "Azerbaijan retook the region in a one-day offensive after the 2020 war."

# (id, claim, a date_swapped finding expected)
CASES = [
    ("year-of-another-event", RETOOK.format(2020), True),
    ("its-own-year", RETOOK.format(2023), False),
    ("year-of-the-other-sentence-there", FOUGHT, False),
    ("year-apart-from-the-copied-words", AFTER, False),
]


@pytest.mark.parametrize(("claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_claim_keeps_the_year_of_the_event_it_copies(claim: str, swapped: bool) -> None:
    assert_flagged(KARABAKH, claim, FlagCode.DATE_SWAPPED, swapped)
