"""What the article reports as denied, alleged, in doubt or unsaid is no fact of it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Police did not say that the suspect had fled the country.
The minister denied that the government had paid the ransom.
Officials dismissed reports that the plant would close.
Smith claimed that the vote was rigged.
It is unclear whether the bridge will reopen in May.
Prosecutors will decide whether to charge the driver with dangerous driving.
The company said it would cut 500 jobs in Leeds."""

CASES = [
    # (id, claim, dropped): a claim stating the governed clause as fact drops the frame
    ("negated-saying", "The suspect had fled the country.", True),
    ("denial", "The government had paid the ransom.", True),
    ("dismissed-reports", "The plant would close.", True),
    ("allegation", "The vote was rigged.", True),
    ("question", "The bridge will reopen in May.", True),
    # the claim keeps the frame, or a doubt of its own
    ("frame-kept", "The minister denied that the government had paid the ransom.", False),
    ("allegation-kept", "Smith claimed the vote was rigged.", False),
    ("modal-kept", "Prosecutors may charge the driver with dangerous driving.", False),
    # a plain "said" is how news states: dropping it is no hedge dropped
    ("said-dropped", "The company would cut 500 jobs in Leeds.", False),
]


@pytest.mark.parametrize(("claim", "dropped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_clause_under_a_frame_of_doubt_stated_as_fact_is_unverified(
    claim: str, dropped: bool
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    hedged = FlagCode.HEDGE_DROPPED in {f.code for f in check.flags}
    assert hedged == dropped, check.flags
    if dropped:
        assert check.verdict is Verdict.UNVERIFIED
