"""An acronym of a common term the article writes in lower case ("GDP") is not a missing name."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

BUDGET = """The finance minister said the reform was needed to keep the budget deficit below 3% \
of economic output. The pension system's deficit is forecast to reach 1.5% of gross domestic \
product next year."""
CLINIC = """The clinic treats women under 40. Its chief executive officer, Anna Berg, said \
demand had doubled."""

# (id, article, claim, entity_missing expected)
CASES = [
    ("spelt-out-in-lower-case", BUDGET, "The pension deficit will reach 1.5% of GDP.", False),
    ("an-acronym-of-nothing", BUDGET, "The pension deficit will reach 1.5% of GNP.", True),
    ("a-title-spelt-out", CLINIC, "The clinic's CEO, Anna Berg, said demand had doubled.", False),
    (
        "two-letters-match-too-much",
        CLINIC,
        "The clinic's CE, Anna Berg, said demand had doubled.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("article", "claim", "missing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_acronym_of_lower_case_words_is_spelt_out(
    article: str, claim: str, missing: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.ENTITY_MISSING in codes) == missing, result.flags
