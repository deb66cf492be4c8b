"""A span of time restated in another unit of years: "30 years" for "three decades"."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

TURNOUT = """Portugal's centre-right Democratic Alliance won Sunday's election with 32.1% of \
the vote. The nationalist Renewal party finished third with 22.8% of the vote and 57 seats. \
Turnout was 64.4%, the highest in three decades. Markets took the result calmly."""
COLLEAGUE = """Margaret Ellery, the marine biologist, has died at her home in Townsville. She was \
84. "She never lost her temper, and she never lost her nerve," said Professor Terry Hughes, who \
worked with her for two decades. She published more than 200 papers."""
TEACHER = """Margaret Ellery, the marine biologist, has died at her home in Townsville. Her \
death was announced by James Cook University, where she taught for more than three decades. \
She published more than 200 papers."""
BRIDGE = """The old stone bridge at Elm Cross will close for repairs in May. The bridge has \
stood over the river for 200 years, and carries 9,000 cars a day. Drivers face a long detour."""

HUGHES = "Terry Hughes, who worked with her for {}, said she never lost her nerve."
STOOD = "The bridge has stood over the river for {} centuries."

# (id, article, claim, supported)
CASES = [
    ("decades-as-years", TURNOUT, "Turnout of 64.4% was the highest in 30 years.", True),
    ("another-span", TURNOUT, "Turnout of 64.4% was the highest in 20 years.", False),
    ("decades-in-an-aside", COLLEAGUE, HUGHES.format("20 years"), True),
    ("another-unit-not-of-years", COLLEAGUE, HUGHES.format("20 months"), False),
    ("hedged-both-ways", TEACHER, "She taught at James Cook University for over 30 years.", True),
    ("centuries-as-years", BRIDGE, STOOD.format("two"), True),
    ("too-many-centuries", BRIDGE, STOOD.format("three"), False),
]


@pytest.mark.parametrize(
    ("article", "claim", "supported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_span_of_time_may_be_given_in_another_unit_of_years(
    article: str, claim: str, supported: bool
) -> None:
    result = check_claims(article, [claim])[0]
    assert (result.verdict is Verdict.SUPPORTED) == supported, result.flags
