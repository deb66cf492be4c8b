"""A rank before a superlative: "the second most expensive signing" is not "the most
expensive"."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

TRANSFER = """If completed, the deal would make Adeyemi the second most expensive signing in \
Chelsea's history, behind Enzo Fernandez. Paris is the third largest city in the league. Lyon \
is the largest club in the region. Hundreds joined the second protest against the club."""
SIGNING = "Adeyemi will become the {}expensive signing in Chelsea's history."

PROTEST = "Hundreds joined the protest against the club."

# (id, claim, expected verdict)
CASES = [
    ("rank-dropped", SIGNING.format("most "), Verdict.CONTRADICTED),
    ("rank-kept", SIGNING.format("second most "), Verdict.SUPPORTED),
    ("another-rank", SIGNING.format("third most "), Verdict.CONTRADICTED),
    ("rank-dropped-before-est", "Paris is the largest city in the league.", Verdict.CONTRADICTED),
    ("rank-put-in", "Lyon is the second largest club in the region.", Verdict.CONTRADICTED),
    ("ordinal-before-a-noun-in-est", PROTEST, Verdict.SUPPORTED),
]


@pytest.mark.parametrize(("claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_rank_before_a_superlative_is_a_place(claim: str, verdict: Verdict) -> None:
    result = check_claims(TRANSFER, [claim])[0]
    assert result.verdict is verdict, result.flags
    ranked = FlagCode.NUMBER_MISMATCH in {f.code for f in result.flags}
    assert ranked is (verdict is Verdict.CONTRADICTED)
