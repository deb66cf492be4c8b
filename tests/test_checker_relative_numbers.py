"""A number inside a relative clause (", which last up to eight hours") is its antecedent's."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Battery life is about six hours, less than rival products from Meta, which last up \
to eight hours, according to analysts.
Siemens said it would cut jobs at its plant in Erlangen, which employs 3,000 people.
Mr Okafor, who is 52, has run the bank since 2019.
The winner was Daniel Kiprop, 24, who was running only his third marathon."""

CASES = [
    # (id, claim, verdict)
    ("clause-number-to-subject", "The glasses' battery lasts up to eight hours.", "swapped"),
    ("clause-number-to-antecedent", "Rival products from Meta last up to eight hours.", "kept"),
    ("subject-own-number", "Battery life is about six hours.", "kept"),
    ("antecedent-named", "Siemens' plant in Erlangen employs 3,000 people.", "kept"),
    ("clause-number-to-sentence-subject", "Siemens employs 3,000 people.", "swapped"),
    ("age-of-the-antecedent", "Mr Okafor is 52.", "kept"),
    ("antecedent-past-apposition", "It was only Kiprop's third marathon.", "kept"),
]


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_relative_clauses_number_counts_for_its_antecedent_only(
    claim: str, expected: str
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    swapped = FlagCode.NUMBER_SWAPPED in {f.code for f in check.flags}
    assert swapped == (expected == "swapped"), check.flags
    if expected == "swapped":
        assert check.verdict is Verdict.CONTRADICTED
