"""A part of a counted whole counts the same thing: "took 89 of the 230 seats" took 89 seats."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

VOTE = """Portugal's centre-right Democratic Alliance won Sunday's snap election with 32.1% of \
the vote. The alliance, led by Prime Minister Tomas Ferreira, took 89 of the 230 seats in \
parliament, up from 80 in the election held in March last year. The Socialist Party came \
second with 23.4% of the vote and 58 seats."""
PHONES = """The Community Technology Alliance has started handing out smartphones to homeless \
people in San Jose. The charity plans to distribute 1,000 handsets over the next year. So far \
they have given out 100 of its 1,000 handsets, each with a year of free service."""

# (id, article, claim, a number_swapped finding expected)
CASES = [
    ("the-part", VOTE, "The alliance took 89 seats.", False),
    ("the-whole", VOTE, "The alliance took 230 seats.", True),
    ("the-part-with-its-own", PHONES, "The alliance has given out 100 handsets.", False),
    ("the-whole-with-its-own", PHONES, "The alliance has given out 1,000 handsets.", True),
    ("the-partitive-copied", VOTE, "The alliance won 89 of the 230 seats.", False),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_part_of_a_partitive_counts_its_noun(article: str, claim: str, swapped: bool) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in result.flags}
    assert (FlagCode.NUMBER_SWAPPED in codes) == swapped, result.flags
