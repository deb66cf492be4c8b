"""One of several is not the one: a claim that drops "one of" before the article's first, last,
only or superlative is unverified (hedge_dropped); keeping it, or a rank the article states
alone, is supported."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARCHITECT = """Moreau-Laurent was one of the first women admitted to the French Academy of \
Architecture, in 1979.
Her Bercy footbridge was among the largest glass structures in Europe.
She was the first architect to win the city's prize twice."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Moreau-Laurent was the first woman admitted to the French Academy of Architecture.",
            Verdict.UNVERIFIED,
        ),
        ("The Bercy footbridge was the largest glass structure in Europe.", Verdict.UNVERIFIED),
        ("Moreau-Laurent was one of the first women admitted to the academy.", Verdict.SUPPORTED),
        ("She was the first architect to win the city's prize twice.", Verdict.SUPPORTED),
    ],
)
def test_one_of_several_is_not_the_one(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(ARCHITECT, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    dropped = FlagCode.HEDGE_DROPPED in {f.code for f in result.flags}
    assert dropped is (verdict is Verdict.UNVERIFIED)
