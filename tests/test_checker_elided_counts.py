"""A number whose noun is left out counts the noun of the number before it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

QUAKE = """A powerful earthquake struck the southern Philippines on Friday, killing at least 38 \
people and injuring more than 200, officials said. At least 12 people were missing."""
POLL = """The central bank cut its main rate to 3.75%. The decision was expected by 18 of 24 \
economists polled by Reuters, while the remaining six had forecast no change."""
BANKS = """Castle has 87 branches and Northway 210. The merged bank will keep most of them."""
SCORE = """The club has won 14 games this season, 3-1 against Leeds on Saturday."""

# (id, article, claim, a number flag expected: number_swapped or number_mismatch)
CASES = [
    ("left-out-after-a-comma", QUAKE, "More than 200 people were injured in the quake.", False),
    ("left-out-before-an-auxiliary", POLL, "Six economists had expected no change.", False),
    ("a-count-of-neither", QUAKE, "More than 12 people were injured in the quake.", False),
    ("a-new-number-of-the-noun", POLL, "Ten economists had expected no change.", True),
    ("after-a-name-its-own-clause", BANKS, "Castle has 210 branches.", True),
    ("the-name-own-count", BANKS, "Castle has 87 branches.", False),
    ("a-score-is-no-count", SCORE, "The club has won 3 games this season.", True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_number_without_its_noun_counts_the_noun_before(
    article: str, claim: str, swapped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in result.flags}
    flagged = bool(codes & {FlagCode.NUMBER_SWAPPED, FlagCode.NUMBER_MISMATCH})
    assert flagged == swapped, result.flags
