"""What someone failed, refused or was unable to do did not happen: a claim stating it as done
contradicts its evidence (negative implicatives); the claim's own negation agrees with it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

VOTE = """Law and Justice won 35 percent of the vote but was unable to form a government.
The mayor refused to resign after the report was published.
Police failed to stop the convoy at the border."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Law and Justice formed a government after the last election.", Verdict.CONTRADICTED),
        (
            "Law and Justice won 35 percent of the vote and formed a government.",
            Verdict.CONTRADICTED,
        ),
        ("The mayor resigned after the report was published.", Verdict.CONTRADICTED),
        ("Police stopped the convoy at the border.", Verdict.CONTRADICTED),
        # the claim's own negation, or the same implicative, says the same
        ("Law and Justice could not form a government.", Verdict.SUPPORTED),
        ("Law and Justice did not form a government.", Verdict.SUPPORTED),
        ("Police did not stop the convoy at the border.", Verdict.SUPPORTED),
        ("Law and Justice won 35 percent of the vote in the last election.", Verdict.SUPPORTED),
    ],
)
def test_what_was_not_done_is_not_stated_as_done(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(VOTE, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    flipped = FlagCode.NEGATION_FLIP in {f.code for f in result.flags}
    assert flipped is (verdict is Verdict.CONTRADICTED)
