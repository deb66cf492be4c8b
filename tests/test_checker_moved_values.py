"""A value carried over from another predicate of the evidence sentence into the copied slot."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

OFFICER = "She was appointed an Officer of the Order of Australia in {}."
HONOURS = OFFICER.format("2011 and won the Darwin Medal in 2015")
TWICE = OFFICER.format("2011 and again in 2015")
BOTH = OFFICER.format("2011 and 2015")
PLANT = "The company opened a plant in 2019 that closed in 2023."
ACTRESS = (
    "Natalia Moon worked as an actress in Australia and starred in a film shot in the Philippines."
)
ACTRESS_LIST = "Natalia Moon worked as an actress in Australia and the Philippines."
MOON = "Natalia Moon worked as an actress in the Philippines."

# (id, article, claim, the flag expected or None for a supported claim)
CASES = [
    ("year-of-the-next-predicate", HONOURS, OFFICER.format(2015), FlagCode.DATE_SWAPPED),
    ("its-own-year", HONOURS, OFFICER.format(2011), None),
    ("second-item-of-a-list", BOTH, OFFICER.format(2015), None),
    ("repeated-with-again", TWICE, OFFICER.format(2015), None),
    (
        "year-of-a-relative-clause",
        PLANT,
        "The company opened a plant in 2023.",
        FlagCode.DATE_SWAPPED,
    ),
    ("place-of-the-next-predicate", ACTRESS, MOON, FlagCode.ENTITY_SWAPPED),
    ("place-dropped-from-a-list", ACTRESS_LIST, MOON, None),
]


@pytest.mark.parametrize(
    ("article", "claim", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_value_of_another_predicate_is_no_value_of_this_one(
    article: str, claim: str, code: FlagCode | None
) -> None:
    result = check_claims(article, [claim])[0]
    if code is None:
        assert result.verdict is Verdict.SUPPORTED, result.flags
        return
    assert result.verdict is Verdict.CONTRADICTED
    assert code in {f.code for f in result.flags}
