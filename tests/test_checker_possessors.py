"""An owner named where the evidence names the thing itself: "Ferreira's alliance" for
"Democratic Alliance"."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_flagged

VOTE = """Portugal's centre-right Democratic Alliance won Sunday's snap election with 32.1% of \
the vote, but fell well short of a majority. The alliance, led by Prime Minister Tomas \
Ferreira, took 89 of the 230 seats in parliament. The nationalist Renewal party, led by Rui \
Matos, finished third with 57 seats."""
MALI = """Wagner has been supporting Goita's administration in Mali since 2021. Putin spoke \
to Goita by phone on Tuesday."""

WON = "{}'s alliance won 32.1% of the vote, well short of a majority."

# (id, article, claim, an entity_swapped finding expected)
CASES = [
    ("leader-of-the-named-thing", VOTE, WON.format("Ferreira"), False),
    ("owner-the-article-never-ties", VOTE, WON.format("Matos"), True),
    ("another-party-as-owner", VOTE, "Renewal's alliance won Sunday's snap election.", True),
    ("owner-for-owner", MALI, "Wagner has been supporting Putin's administration in Mali.", True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_owner_rivals_an_owner_not_a_name_of_the_thing(
    article: str, claim: str, swapped: bool
) -> None:
    assert_flagged(article, claim, FlagCode.ENTITY_SWAPPED, swapped)
