"""A percentage change belongs to the quantity that changed: a claim that gives one quantity's
change to another that the article gives a change of its own is contradicted (`number_swapped`);
the quantity's own change, reworded, or a change whose quantity the article does not tell, or
a quantity the article gives no change, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

RESULTS = """LONDON (Reuters) - Brightwell Group reported a 12% fall in first-half operating
profit on
Tuesday, hurt by higher wage costs.
Revenue rose 3% to 4.1 billion pounds, and net income slipped 8%.
Sales in Asia were 900 million pounds, up 15% from a year earlier.
Shares in Brightwell were down 5% in morning trade.
Rival Castor posted a 20% rise in profit thanks to its retail arm."""

MOVED = "which the article gives to another quantity"


def _moved(claim: str) -> tuple[Verdict, bool]:
    [result] = check_claims(RESULTS, [claim])
    found = any(f.code is FlagCode.NUMBER_SWAPPED and MOVED in f.message for f in result.flags)
    return result.verdict, found


@pytest.mark.parametrize(
    "claim",
    [
        # Operating profit's change given to revenue, net income's to operating profit.
        "Brightwell's revenue fell 12%.",
        "Brightwell's net income fell 12%.",
        "Brightwell's operating profit fell 8%.",
        # The claim's first word has its capital from the sentence, not from a name.
        "Operating profit fell 8%.",
    ],
)
def test_a_change_given_to_another_quantity_is_contradicted(claim: str) -> None:
    verdict, moved = _moved(claim)
    assert moved, claim
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # Each quantity's own change, in either form.
        "Brightwell's operating profit fell 12%.",
        "Revenue rose 3% to 4.1 billion pounds.",
        "Net income fell 8%.",
        "Brightwell's shares were down 5%.",
        "Castor's profit rose 20%.",
        # The article tells no quantity for "up 15%" (after a comma): it cannot tell.
        "Revenue rose 15%.",
        # The article gives the claim's quantity no change of its own.
        "Brightwell's dividend fell 12%.",
    ],
)
def test_a_change_kept_with_its_quantity_or_untold_is_not_flagged(claim: str) -> None:
    _, moved = _moved(claim)
    assert not moved, claim
