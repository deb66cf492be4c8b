"""A span of time in the aligned slot: "a" or "an" counts one, and a span keeps its length."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Veltra is recalling 40,000 cars. Owners will be contacted by letter from next \
month and dealers will replace the sensor free of charge, a repair that takes about an hour.
The retailer suspended online orders for nearly a week. The 270 stores stayed open \
throughout, although contactless payments were unavailable for two days.
"We spent three nights searching for it in the moss," she said. Workers are paid £40 a day.
Couples now have sex three times a month."""

CASES = [
    ("an-hour-kept", "The repair takes about an hour.", True),
    ("the-month-kept-by-its-event", "Owners will be contacted by letter from next month.", True),
    ("the-next-month-given-to-the-repair", "The repair takes about a month.", False),
    ("two-days-kept", "Contactless payments were unavailable for two days.", True),
    ("two-days-in-hours", "Contactless payments were unavailable for 48 hours.", True),
    (
        "the-orders-week-given-to-payments",
        "Contactless payments were unavailable for nearly a week.",
        False,
    ),
    ("a-day-for-two-days", "Contactless payments were unavailable for a day.", False),
    ("the-orders-week-kept", "The retailer suspended online orders for nearly a week.", True),
    ("nights-kept", "We spent three nights searching for it.", True),
    ("nights-made-weeks", "We spent three weeks searching for it.", False),
    ("a-rate-is-no-span", "Workers are paid £40 a day.", True),
    ("a-frequency-is-no-span", "Couples now have sex three times a month.", True),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_span_of_another_length_in_the_slot_is_a_contradiction(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.NUMBER_SWAPPED, FlagCode.NUMBER_MISMATCH}, kept)
