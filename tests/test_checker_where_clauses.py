"""A place followed by "where" is where the clause after it happens: no swap of its speaker."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

QUAKE = """Most of the deaths were in the town of Santa Cruz, where a three-story market \
building collapsed, Mayor Ricardo Alonzo told DZMM radio. In Davao, the quake cracked the \
walls of a hospital."""
RAID = """Officers searched a house in Leeds, where the suspect had lived for a year, \
Detective Sarah Kent said. He was later arrested in York."""

SWAPS = {FlagCode.ENTITY_SWAPPED, FlagCode.SPEAKER_SWAPPED}

# (id, article, claim, a swap flag expected)
CASES = [
    (
        "the-place-of-the-clause",
        QUAKE,
        "A three-story market building collapsed in Santa Cruz.",
        False,
    ),
    ("another-place", QUAKE, "A three-story market building collapsed in Davao.", True),
    (
        "the-place-as-speaker",
        QUAKE,
        "A three-story market building collapsed, Santa Cruz told DZMM radio.",
        True,
    ),
    (
        "the-place-with-its-speaker",
        QUAKE,
        "A three-story market building collapsed in Santa Cruz, Ricardo Alonzo said.",
        False,
    ),
    ("a-lived-place", RAID, "The suspect had lived for a year in Leeds.", False),
    ("a-place-of-another-clause", RAID, "The suspect had lived for a year in York.", True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_place_before_where_is_the_place_of_its_clause(
    article: str, claim: str, swapped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    assert bool({f.code for f in result.flags} & SWAPS) == swapped, result.flags
