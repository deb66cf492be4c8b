"""A number's word in a relative clause is the clause's subject's, not the claim's."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

GLASSES = """Battery life is about six hours, less than rival products from Meta, which last up \
to eight hours, according to analysts."""
PHONES = """The new phone's battery lasts 20 hours, the company said."""

# (id, article, claim, a number flag expected: number_swapped or number_mismatch)
CASES = [
    ("the-main-clause-number", GLASSES, "The glasses' battery lasts about six hours.", False),
    ("the-own-slot", PHONES, "The new phone's battery lasts 18 hours.", True),
    ("the-slot-outside-a-relative", PHONES, "The new phone's battery lasts 20 hours.", False),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_word_in_a_relative_clause_is_its_subject_slot(
    article: str, claim: str, swapped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in result.flags}
    flagged = bool(codes & {FlagCode.NUMBER_SWAPPED, FlagCode.NUMBER_MISMATCH})
    assert flagged == swapped, result.flags
