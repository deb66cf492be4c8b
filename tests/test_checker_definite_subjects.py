"""A name opening the claim after "The" ("The European Central Bank held ...") is the subject
its verb is tested for, as one without it is."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """OSLO, Dec 3 (Reuters) - Norway's central bank cut its main interest rate by a \
quarter point to 3.75% on Thursday, its second cut this year.

The krone weakened 0.6% against the euro after the announcement, to 11.82 per euro.

Sweden's Riksbank held its rate at 2.0% last month, while the European Central Bank is \
expected to keep rates unchanged at its meeting on Dec. 17. Norway's mainland economy grew \
0.3% in the third quarter, official data showed last month.
Hamilton was a second ahead of his team-mate Nico Rosberg, as the German described it. Rosberg \
will start second on the grid.
Officials at the British Pest Control Association said pest numbers were at a record high.
The BPCA said councils had cut free services."""

CASES = [
    ("subject-kept", "Sweden's Riksbank held its rate at 2.0% last month.", True),
    ("subject-kept-with-the", "The Riksbank held its rate at 2.0% last month.", True),
    ("the-other-bank", "The European Central Bank held its rate at 2.0% last month.", False),
    (
        "the-other-bank-without-the",
        "European Central Bank held its rate at 2.0% last month.",
        False,
    ),
    (
        "the-other-banks-own-clause",
        "The European Central Bank is expected to keep rates unchanged.",
        True,
    ),
    ("a-one-word-description", "The German will start second on the grid.", True),
    (
        "an-acronym-spelt-out",
        "The British Pest Control Association said councils had cut services.",
        True,
    ),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_after_the_opening_the_is_its_verbs_subject(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.ENTITY_SWAPPED}, kept)
