"""The number-slot test: a claim's number must stand where the evidence puts it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

PHONES = """The Community Technology Alliance has started handing out smartphones to homeless \
people in San Jose.
The charity plans to distribute 1,000 handsets over the next year.
So far they have given out 100 of the 1,000 handsets, each with a year of free service."""

BRIDE = """Liana Barrientos, 39, pleaded not guilty on Friday.
Prosecutors said she married 10 men over 11 years.
In 2002 alone she married six men, the newspaper reported."""

TOURISTS = """Four Swedish police officers on holiday stopped an assault on a subway train.
Samuel Kvarzell, 25, and Eric Jansberger, 28, said they were just answering the call of duty."""

SALE = """Trench coat maker Aquascutum is set to be sold for $120m (£97m) to a Hong Kong firm.
The deal was announced on Monday."""

GRID = """Jenson Button out-qualified Fernando Alonso for the second consecutive race.
Button will start 17th for McLaren and Alonso 18th."""

# (id, article, claim, a number_swapped finding expected)
CASES = [
    ("part-for-whole", PHONES, "The alliance has given 1,000 free phones to the homeless.", True),
    ("the-part", PHONES, "The alliance has given 100 free phones to the homeless.", False),
    ("said-in-another-sentence", BRIDE, "Barrientos married 10 men in 11 years.", False),
    ("another-number-of-the-sentence", BRIDE, "Prosecutors said she married 11 men.", True),
    ("age-of-another-person", TOURISTS, "Samuel Kvarzell, 28, said they answered the call.", True),
    ("own-age", TOURISTS, "Samuel Kvarzell, 25, said they answered the call of duty.", False),
    ("converted-currency", SALE, "Aquascutum is set to be sold for £97m.", False),
    ("second-clause-without-its-verb", GRID, "Fernando Alonso will start 18th.", False),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_number_fills_the_slot_the_evidence_gives_it(
    article: str, claim: str, swapped: bool
) -> None:
    result = check_claims(article, [claim])[0]
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.NUMBER_SWAPPED in codes) == swapped
    if swapped:
        assert result.verdict is Verdict.CONTRADICTED
        swap = next(f for f in result.flags if f.code is FlagCode.NUMBER_SWAPPED)
        assert swap.span is not None and swap.span.text in claim
