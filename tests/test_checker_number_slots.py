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

EARNINGS = """Alphabet reported third-quarter revenue of $76.7 billion, up 11% from a year earlier.
Net income rose 42% to $19.7 billion, helped by cost cuts."""

VOTE = """Portugal's centre-right Democratic Alliance won Sunday's snap election with 32.1% of \
the vote. The Socialist Party came second with 23.4% and 58 seats, its worst result since 1987. \
The nationalist Renewal party finished third with 22.8% of the vote and 57 seats."""

FLOOD = """The death toll from flash floods in eastern Spain rose to 158 on Thursday. Almost all \
of the deaths were in the province of Valencia. Two people died in the neighbouring region of \
Castilla-La Mancha and one in Andalusia. The town of Paiporta was among the worst hit, with at \
least 62 dead, its mayor Maribel Albalat said."""

# (id, article, claim, a number_swapped finding expected)
GLASSES = """Battery life is about six hours, less than rival products from Meta, which last up \
to eight hours, according to analysts."""
PHONE = """The phone's battery lasts 20 hours and its charger takes 2 hours."""

CASES = [
    ("part-for-whole", PHONES, "The alliance has given 1,000 free phones to the homeless.", True),
    ("the-part", PHONES, "The alliance has given 100 free phones to the homeless.", False),
    ("said-in-another-sentence", BRIDE, "Barrientos married 10 men in 11 years.", False),
    ("another-number-of-the-sentence", BRIDE, "Prosecutors said she married 11 men.", True),
    ("age-of-another-person", TOURISTS, "Samuel Kvarzell, 28, said they answered the call.", True),
    ("own-age", TOURISTS, "Samuel Kvarzell, 25, said they answered the call of duty.", False),
    ("converted-currency", SALE, "Aquascutum is set to be sold for £97m.", False),
    ("second-clause-without-its-verb", GRID, "Fernando Alonso will start 18th.", False),
    # The claim rewords the sentence that gives its number ("rose 11%" for "up 11%").
    ("reworded-sentence", EARNINGS, "Alphabet's revenue rose 11% to $76.7 billion.", False),
    ("word-of-another-sentence", EARNINGS, "Net income rose 11% to $19.7 billion.", True),
    # Numbers listed after one word each fill its slot ("with 23.4% and 58 seats").
    ("second-of-a-listed-pair", VOTE, "The Socialists came second with 58 seats.", False),
    ("a-number-of-another-party", VOTE, "The Socialists came second with 57 seats.", True),
    # A count the claim rewords from the sentence holding most of it, against another count.
    (
        "count-of-its-own-sentence",
        FLOOD,
        "At least 62 people died in Paiporta, its mayor said.",
        False,
    ),
    ("count-of-another-place", FLOOD, "62 people died in Castilla-La Mancha.", True),
    # A word a relative pronoun opens a clause with is that clause's subject's slot.
    ("word-of-a-relative-clause", GLASSES, "The glasses' battery lasts about six hours.", False),
    ("word-of-the-main-clause", PHONE, "The phone's battery lasts 2 hours.", True),
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


COURT = """A former nurse was sentenced on Friday to 12 years in prison for stealing painkillers \
from patients, prosecutors said.
Karen Miller, 44, pleaded guilty in March to 15 counts of theft.
Liverpool beat Brentford 3-0 at Anfield, their 20th win of the season.
One in five nurses surveyed by the union said they had seen drugs go missing."""


@pytest.mark.parametrize(
    ("claim", "swapped"),
    [
        # The noun a number counts: 12 counts nothing here but years.
        ("Miller was convicted of 12 counts of theft.", True),
        ("Miller pleaded guilty to 15 counts of theft.", False),
        ("Miller was sentenced to 12 years in prison.", False),
        # A score's second number counts no wins; a share counts no nurses.
        ("Liverpool's 3-0 win at Anfield was their 20th win of the season.", False),
        ("One in five nurses said they had seen drugs go missing.", False),
    ],
)
def test_a_number_counts_the_noun_the_article_counts_with_it(claim: str, swapped: bool) -> None:
    check = check_claims(COURT, [claim])[0]
    codes = {f.code for f in check.flags}
    assert (FlagCode.NUMBER_SWAPPED in codes) is swapped, check.flags
    assert (check.verdict is Verdict.CONTRADICTED) is swapped
