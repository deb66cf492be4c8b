"""A date stays with its event: a claim that gives its event the date the article gives another
clause's event is contradicted (`date_swapped`); the event's own date, a date of a list or a
span, a date that opens its clause, or a date the article gives the event too, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

STORY = """Transport Secretary Mark Harper met union leaders on Tuesday and will meet them again
next Monday.
The probe was launched on an Ariane 5 rocket from French Guiana in 2015, and reached Jupiter in
2022 after three fly-bys of Earth.
In 2019, the agency hired 300 engineers, and in 2021 it opened a second control centre.
Drivers will strike on Thursday and Friday, the union said on Wednesday.
The committee approved the budget in March; the council rejected it in June.
The two climbers set off from the hut on Monday and were caught by a storm on Tuesday."""

MOVED = "The claim dates the event"


def _moved(claim: str) -> tuple[Verdict, bool]:
    [result] = check_claims(STORY, [claim])
    found = any(f.code is FlagCode.DATE_SWAPPED and MOVED in f.message for f in result.flags)
    return result.verdict, found


@pytest.mark.parametrize(
    "claim",
    [
        # The second clause's date given to the first clause's meeting.
        "Mark Harper met union leaders on Monday.",
        # The arrival's year given to the launch, the opening's to the hiring.
        "The probe was launched in 2022.",
        "The agency hired 300 engineers in 2021.",
        # The council's month given to the committee's approval (clauses cut at ";").
        "The committee approved the budget in June.",
        # A past spelt as its present, told by its particle ("set off"), has its own date.
        "The climbers set off on Tuesday.",
    ],
)
def test_a_date_given_to_another_clauses_event_is_contradicted(claim: str) -> None:
    verdict, moved = _moved(claim)
    assert moved, claim
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # Each event with its own date.
        "Mark Harper met union leaders on Tuesday.",
        "Harper will meet the union leaders again on Monday.",
        "The probe was launched in 2015.",
        "The probe reached Jupiter in 2022.",
        "The agency hired 300 engineers in 2019.",
        "The agency opened a second control centre in 2021.",
        "The council rejected the budget in June.",
        "The climbers set off on Monday.",
        "The climbers were caught by a storm on Tuesday.",
        # A date of a list ("on Thursday and Friday") is the event's too.
        "Drivers will strike on Friday.",
        # No verb the article dates: "announced" is the claim's word (a paraphrase).
        "The union announced the strike on Wednesday.",
        # A date the article lacks is the date tests' affair, not a moved date.
        "The probe was launched in 2016.",
    ],
)
def test_a_date_kept_with_its_event_is_not_flagged_as_moved(claim: str) -> None:
    _, moved = _moved(claim)
    assert not moved, claim
