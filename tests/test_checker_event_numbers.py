"""A count stays with its event: a claim that tells an event of the article in the article's
words but with the count the article gives another event is contradicted (`number_swapped`);
the event's own count, in another unit or hedged, a count whose event the article tells in other
words, or a count the article lacks, is not judged so."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

STORY = """MANILA (AP) - A powerful earthquake struck the southern Philippines on Friday, killing
at least 38 people and injuring more than 200, officials said, as rescuers searched collapsed
buildings for survivors.
Most of the deaths were in the town of Santa Cruz, where a three-story market building
collapsed. At least 12 people were missing there.
Jordan Hale, 27, was convicted by a jury at Cardiff Crown Court on Tuesday after a three-week
trial. His brother, Ryan Hale, 24, was found not guilty of murder but guilty of affray. The jury
deliberated for 11 hours.
The Socialist Party came second with 58 seats. The nationalist Renewal party finished third with
57 seats. The Liberal Initiative won nine seats.
Sales slipped 6% to 9.3 billion euros, and quarterly operating profit fell 4.8%."""

MOVED = "The claim counts the event"


def _moved(claim: str) -> tuple[Verdict, bool]:
    [result] = check_claims(STORY, [claim])
    found = any(f.code is FlagCode.NUMBER_SWAPPED and MOVED in f.message for f in result.flags)
    return result.verdict, found


@pytest.mark.parametrize(
    "claim",
    [
        # The deaths' count given to the missing, the trial's length to the deliberation.
        "At least 38 people were missing in Santa Cruz.",
        "The jury deliberated for three weeks.",
    ],
)
def test_a_count_given_to_another_event_is_contradicted(claim: str) -> None:
    verdict, moved = _moved(claim)
    assert moved, claim
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # Each event with its own count, hedged or in another unit of time.
        "At least 12 people were missing in Santa Cruz.",
        "About 12 people were missing in Santa Cruz.",
        "The jury deliberated for 11 hours.",
        "The jury deliberated for 660 minutes.",
        "Hale was convicted after a trial of three weeks.",
        # Another party's count of seats "won" is not the Renewal party's: the owner differs.
        "Renewal won 57 seats.",
        # The event told in other words ("fell" for "slipped") keeps its count, though another
        # sentence has "fell" with another number.
        "Quarterly sales fell 6% to 9.3 billion euros.",
        # A count of another noun ("people" where the article counts seats) is not compared.
        "The Liberal Initiative won the votes of 57 people.",
        # A count the article lacks is the number tests' affair.
        "The jury deliberated for 14 hours.",
    ],
)
def test_a_count_kept_with_its_event_is_not_flagged_as_moved(claim: str) -> None:
    _, moved = _moved(claim)
    assert not moved, claim
