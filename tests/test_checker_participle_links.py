"""A participle clause after a comma ("..., causing a pileup") says what the clause before it
did: put after another sentence's clause, it gives the deed to a subject the article does not
give it to, and the claim is not supported."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = (
    "A spring snowstorm and icy roads caught Colorado drivers by surprise Friday, causing a "
    "39-vehicle pileup near Boulder and other bad wrecks. No serious injuries were reported in "
    "the crashes on U.S. Highway 36 between Boulder and Denver, but tow-truck drivers were kept "
    "busy. Officials closed the highway for three hours, leaving commuters stranded in the snow."
)
ANOTHER = "of another clause than the one the claim puts before it"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "No serious injuries were reported in the crashes on U.S. Highway 36, causing a "
            "39-vehicle pileup near Boulder.",
            Verdict.UNVERIFIED,
        ),
        (
            "no serious injuries were reported in the crashes on u.s. highway 36 , causing a "
            "39-vehicle pileup near boulder .",
            Verdict.UNVERIFIED,
        ),
        (
            "A snowstorm and icy roads caught Colorado drivers by surprise, causing a 39-vehicle "
            "pileup near Boulder.",
            Verdict.SUPPORTED,
        ),
        (
            "Officials closed the highway, leaving commuters stranded in the snow.",
            Verdict.SUPPORTED,
        ),
        (
            "The storm struck Colorado, causing a 39-vehicle pileup near Boulder.",
            Verdict.SUPPORTED,
        ),
        (
            "No serious injuries were reported in the crashes on U.S. Highway 36, but tow-truck "
            "drivers were kept busy.",
            Verdict.SUPPORTED,
        ),
    ],
    ids=[
        "participle-after-another-sentences-clause",
        "lowercased-participle-after-another-clause",
        "near-miss-the-articles-own-clause-shortened",
        "near-miss-a-short-main-clause-of-its-own",
        "near-miss-a-reworded-main-clause",
        "near-miss-no-participle",
    ],
)
def test_a_participle_clause_hung_on_another_sentences_clause_is_not_supported(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert result.verdict is verdict, (result.flags, result.warnings)
    mine = [f for f in [*result.flags, *result.warnings] if ANOTHER in f.message]
    assert bool(mine) is (verdict is Verdict.UNVERIFIED)
    if mine:
        assert mine[0].code is FlagCode.LOW_SUPPORT
