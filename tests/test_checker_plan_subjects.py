"""A plan is its clause's subject's: another subject's deed stated as done is no dropped hedge."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

RATES = """Sweden's Riksbank held its rate at 2.0% last month, while the European Central Bank \
is expected to keep rates unchanged at its meeting on Dec. 17."""
VISIT = """Greek Prime Minister Kostas Karamanlis said he would visit the site of the fire on \
Thursday, and Mayor Nikos Papas was expected to join him."""
LAUNCH = """The company will open a plant in Ohio next year, its chief executive said."""

# (id, article, claim, hedge_dropped expected)
CASES = [
    ("another-subject-did-it", RATES, "Sweden's Riksbank kept its rate at 2.0% last month.", False),
    ("the-plan-stated-as-done", RATES, "The European Central Bank kept rates unchanged.", True),
    ("his-own-plan", VISIT, "Karamanlis visited the site of the fire on Thursday.", True),
    ("a-plan-with-a-pronoun", VISIT, "Karamanlis said he had visited the site of the fire.", True),
    ("an-article-opening-the-sentence", LAUNCH, "Acme opened a plant in Ohio.", True),
    ("the-other-plan", VISIT, "Mayor Nikos Papas joined Karamanlis at the site.", True),
]


@pytest.mark.parametrize(
    ("article", "claim", "dropped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_plan_belongs_to_the_subject_of_its_clause(
    article: str, claim: str, dropped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.HEDGE_DROPPED in codes) == dropped, result.flags
