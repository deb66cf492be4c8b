"""A quote whose speaker is left unnamed continues the speaker of the sentence before it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

LAUNCH = """"This is the biggest bet we have made since our first phone," Raman told an audience \
of developers. "We think glasses will be the next computer most people carry." Chief Operating \
Officer Daniel Kwok said Lumina expected to ship hundreds of thousands of the glasses."""
BANK = """Governor Ida Wold said the rate would likely be cut further next year. Deputy Governor \
Erik Lunde told a news conference that unemployment remained low. "The labour market is \
cooling, but only slowly," he said."""
TWO = """Governor Ida Wold and Deputy Governor Erik Lunde spoke to reporters. Lunde said \
unemployment was low and Wold said rates would fall. "The labour market is cooling," he said."""
ASIDE = """Paschal Donohoe, who chairs the Eurogroup, said the delay would help smaller \
lenders. "Nobody wants to rush a reform of this size," he said. Bruno Le Maire told reporters \
the rules would cost French banks billions."""
# (id, article, claim, speaker_swapped expected)
CASES = [
    ("a-quote-that-goes-on", LAUNCH, "Daniel Kwok said glasses would be the next computer.", True),
    ("its-own-speaker", LAUNCH, "Raman said glasses would be the next computer.", False),
    ("he-said-after-a-named-one", BANK, "Ida Wold said the labour market was cooling.", True),
    ("he-said-its-own", BANK, "Lunde said the labour market was cooling, but only slowly.", False),
    ("two-named-before", TWO, "Wold said the labour market was cooling.", False),
    (
        "a-name-in-an-aside",
        ASIDE,
        "Donohoe said nobody wanted to rush a reform of this size.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_unnamed_quote_continues_the_speaker_before(
    article: str, claim: str, swapped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in result.flags}
    assert (FlagCode.SPEAKER_SWAPPED in codes) == swapped, result.flags
