"""A span of time in another unit ("two days" for "two weeks") is another span."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

VISIT = """The police watchdog said it had been notified because officers had visited the flat \
two weeks earlier following a report of a domestic incident."""
STUDY = """Participants were followed for an average of seven years. Two years into the study, \
most of them had bought a step tracker."""
MATCH = """Mendes won the final in three hours and 12 minutes."""

# (id, article, claim, a number flag expected: number_mismatch or number_swapped)
CASES = [
    ("another-unit", VISIT, "Officers had visited the flat two days earlier.", True),
    ("the-same-unit", VISIT, "Officers had visited the flat two weeks earlier.", False),
    ("a-longer-unit", STUDY, "Participants were followed for seven months on average.", True),
    ("its-unit-elsewhere", STUDY, "Two years into the study, participants had trackers.", False),
    # The unit is said elsewhere, so the unit test leaves it; but the two years are another
    # event's ("into the study"), and the following is told with seven (event_numbers.py).
    ("the-unit-said-elsewhere", STUDY, "Participants were followed for two years.", True),
    ("a-unit-beside-another", MATCH, "The final lasted more than three hours.", False),
    ("minutes-for-hours", MATCH, "The final lasted three minutes.", True),
]


@pytest.mark.parametrize(
    ("article", "claim", "mismatch"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_number_with_another_unit_of_time_is_another_span(
    article: str, claim: str, mismatch: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in result.flags}
    flagged = bool(codes & {FlagCode.NUMBER_MISMATCH, FlagCode.NUMBER_SWAPPED})
    assert flagged == mismatch, result.flags
