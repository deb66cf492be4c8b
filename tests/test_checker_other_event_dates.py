"""A date of another kind moved from another event: "proposed the rules in 2028" where the
article has "proposed the rules in March" and gives 2028 to another clause's event; an event
told only as taking place is dated by its nouns."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """The regulator, which drafted the guidance in April, said it regretted the delay.
The guidance would require large lenders to cut their exposure to property loans by 2031.
The museum, which reopened in 2019, was robbed in May.
Police said the fire may be linked to a similar blaze at a warehouse in Hull in October.
The warehouse, which was rebuilt in 2021, employs 40 people."""

CASES = [
    ("the-event-s-own-month-kept", "The regulator drafted the guidance in April.", True),
    (
        "the-other-event-s-year-kept",
        "Lenders must cut their exposure to property loans by 2031.",
        True,
    ),
    ("the-reopening-year-kept", "The museum reopened in 2019.", True),
    (
        "another-event-s-year-given-to-the-draft",
        "The regulator drafted the guidance in 2031.",
        False,
    ),
    ("the-reopening-s-year-given-to-the-robbery", "The museum was robbed in 2019.", False),
    # A verb that only says the event took place dates the event its nouns name.
    (
        "the-blaze-s-month-kept",
        "A similar blaze took place at a warehouse in Hull in October.",
        True,
    ),
    (
        "the-rebuilding-s-year-given-to-the-blaze",
        "A similar blaze took place in Hull in 2021.",
        False,
    ),
    ("happened-for-took-place", "A similar blaze happened at a warehouse in Hull in 2021.", False),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_date_another_event_holds_is_moved_onto_this_one(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.DATE_SWAPPED}, kept)
