"""Whose words a clause reports: a relative clause's subject speaks for that clause only, and a
participle of speech after a comma ("..., saying") reports for the main clause's subject."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_flagged

OPENING = """Armenia and Azerbaijan agreed on Thursday to reopen their shared border to freight \
traffic. Armenian foreign minister Ararat Mirzoyan and his Azerbaijani counterpart, Jeyhun \
Bayramov, met in Geneva. Mirzoyan called the agreement "a small but real step towards peace". """
RELATIVE = (
    OPENING
    + """Bayramov was more cautious, saying Azerbaijan would not sign a full \
peace treaty until Armenia changed its constitution, which Baku says contains a claim to \
Azerbaijani territory. Armenia denies that it does."""
)
PARTICIPLE = (
    OPENING
    + """Bayramov was more cautious, saying Azerbaijan would not sign a full \
peace treaty until Armenia changed its constitution."""
)
WHO = """Armenia and Azerbaijan agreed on Thursday to reopen their shared border to freight \
traffic. Ararat Mirzoyan met Jeyhun Bayramov, who was more cautious, saying Azerbaijan would \
not sign a full peace treaty until Armenia changed its constitution."""
MEMO = """Nimbus said on Tuesday it would lay off 1,800 employees. Chief executive Priya Raman \
announced the cuts in a memo to staff, saying the company had grown too fast during the \
pandemic. Finance chief Tom Okafor said the layoffs would save about $600 million a year."""
GROWN = "{} said the company had grown too fast during the pandemic."
TREATY = "{} said Azerbaijan would not sign a peace treaty until Armenia changed its constitution."
TERRITORY = "{} says the Armenian constitution contains a claim to Azerbaijani territory."

# (id, article, claim, a speaker_swapped finding expected)
CASES = [
    ("words-before-the-relative-clause", RELATIVE, TREATY.format("Bayramov"), False),
    ("words-of-the-relative-clause", RELATIVE, TERRITORY.format("Baku"), False),
    ("another-speaker-for-the-clause", RELATIVE, TERRITORY.format("Mirzoyan"), True),
    ("participle-of-the-opening-name", PARTICIPLE, TREATY.format("Bayramov"), False),
    ("another-speaker-for-the-participle", PARTICIPLE, TREATY.format("Mirzoyan"), True),
    ("participle-of-a-relative-clause", WHO, TREATY.format("Bayramov"), False),
    ("participle-after-a-described-name", MEMO, GROWN.format("Priya Raman"), False),
    ("another-speaker-after-a-description", MEMO, GROWN.format("Tom Okafor"), True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_clause_reports_for_its_own_subject(article: str, claim: str, swapped: bool) -> None:
    assert_flagged(article, claim, FlagCode.SPEAKER_SWAPPED, swapped)
