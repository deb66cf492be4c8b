"""Who did it: a verb after a bare "and" shares its clause's subject, and two people of one
family ("Jordan Hale", "Ryan Hale") are two people."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_flagged

TRIAL = """A man who stabbed a father of two outside a nightclub in Cardiff has been found guilty \
of murder. His brother, Ryan Hale, 24, was found guilty of affray. Shortly after 2am, Jordan \
Hale followed Mr Cartwright outside and stabbed him three times with a kitchen knife. Detective \
Inspector Gareth Evans said knife crime destroys families."""
SHORT_NAME = TRIAL.replace("Jordan Hale", "Alexander Hale")
FIGHT = """A man who stabbed a father of two outside a nightclub in Cardiff has been found guilty \
of murder. Shortly after 2am, Jordan Hale argued with the guests, and Ryan Hale punched a friend \
of Mr Cartwright. Detective Inspector Gareth Evans said knife crime destroys families."""
STABBED = "{} stabbed Mr Cartwright three times with a kitchen knife."
PUNCHED = "{} punched a friend of Mr Cartwright."

# (id, article, claim, an entity_swapped finding expected)
CASES = [
    ("subject-of-the-first-verb", TRIAL, STABBED.format("Jordan Hale"), False),
    ("surname-alone", TRIAL, STABBED.format("Hale"), False),
    ("another-person-for-the-second-verb", TRIAL, STABBED.format("Gareth Evans"), True),
    ("brother-for-brother", TRIAL, STABBED.format("Ryan Hale"), True),
    ("short-given-name", SHORT_NAME, STABBED.format("Alex Hale"), False),
    ("clause-after-comma-and", FIGHT, PUNCHED.format("Ryan Hale"), False),
    ("brother-of-the-other-clause", FIGHT, PUNCHED.format("Jordan Hale"), True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_predicate_keeps_its_subject(article: str, claim: str, swapped: bool) -> None:
    assert_flagged(article, claim, FlagCode.ENTITY_SWAPPED, swapped)
