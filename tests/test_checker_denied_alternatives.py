"""What a sentence denies in contrast (", not Y") is contradicted by a claim that states Y."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

SALES = """Chief Operating Officer Daniel Kwok said Lumina expected to ship "hundreds of \
thousands, not millions" of the glasses in the first year."""
ARREST = """The arrest was made by customs officers, not police, a spokesman said."""
SURVEY = """Most of the members backed the plan, but not all of them agreed to pay more."""
FOCUS = """Food prices rose sharply in March, not least because of the drought."""

# (id, article, claim, contradicted by a negation_flip expected)
CASES = [
    (
        "the-denied-one",
        SALES,
        "Lumina expects to ship millions of the glasses in its first year.",
        True,
    ),
    (
        "the-affirmed-one",
        SALES,
        "Lumina expects to ship hundreds of thousands of the glasses.",
        False,
    ),
    (
        "denied-in-the-claim-too",
        SALES,
        "Lumina expects to ship hundreds of thousands, not millions, of the glasses.",
        False,
    ),
    ("a-denied-body", ARREST, "The arrest was made by police, a spokesman said.", True),
    ("the-body-that-did-it", ARREST, "Customs officers made the arrest, a spokesman said.", False),
    (
        "the-not-alone-dropped",
        SURVEY,
        "Most of the members backed the plan, but all of them agreed to pay more.",
        True,
    ),
    (
        "not-least-is-no-contrast",
        FOCUS,
        "Food prices rose sharply in March, partly because of the drought.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("article", "claim", "denied"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_claim_stating_the_denied_alternative_is_contradicted(
    article: str, claim: str, denied: bool
) -> None:
    result = check_claims(article, [claim])[0]
    flipped = any(f.code is FlagCode.NEGATION_FLIP for f in result.flags)
    assert (flipped and result.verdict is Verdict.CONTRADICTED) == denied, result.flags
