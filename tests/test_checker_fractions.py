"""A fraction for a percentage: "by a fifth" restates "by 20%"."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

TRIAL = """A once-weekly injection cut the risk of heart attack, stroke or death from heart \
disease by 20% in people with obesity, according to a large trial. About 35 per cent of the \
patients were women. The drug was tested in 41 countries."""
CUT = "The injection cut the risk of heart attack, stroke or death from heart disease by {}."

# (id, claim, supported)
CASES = [
    ("a-fifth-for-20-percent", CUT.format("a fifth"), True),
    ("a-fourth-for-20-percent", CUT.format("a fourth"), False),
    ("a-third-for-35-per-cent", "About a third of the patients were women.", True),
    ("a-tenth-for-35-per-cent", "About a tenth of the patients were women.", False),
    ("an-ordinal-that-ranks", "The drug was tested in a fifth country.", False),
]


@pytest.mark.parametrize(("claim", "supported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_fraction_may_restate_a_percentage(claim: str, supported: bool) -> None:
    result = check_claims(TRIAL, [claim])[0]
    assert (result.verdict is Verdict.SUPPORTED) == supported, result.flags
