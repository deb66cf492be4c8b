"""A quantity's course in the aligned slot: a copied value given a course its evidence denies
("rose to 97.2%" for "was unchanged at 97.2%", "fell 0.4%" for "was up 0.4%", "cut its
dividend to 2.20 euros" for "keep its dividend unchanged at 2.20 euros"), or a course ended in
the slot of one held ("stop investing" for "keep investing"), is contradicted (`negation_flip`);
the same course in other words, another quantity's course, a limit ("up to") and a verb that
causes ("kept helicopters grounded") are not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """The overall pass rate, grades A* to E, was unchanged at 97.2%.
The share of top grades fell to 27.8% from 28.4% last year.
Shares in Halvorsen were down 3.1%, the most on the DAX index, which was up 0.4%.
Sabine Roth said the company would keep its dividend unchanged at 2.20 euros per share.
Ruth Porat said the company would keep investing in artificial intelligence.
Hackers stole the data of up to 2.4 million customers.
Poor visibility kept helicopters grounded until the afternoon.
The bank said it would hold its main rate at 4.5% and expected to cut it to 4.25% in March."""


def _course(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    messages = [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]
    return result.verdict, messages


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        # A change where the evidence says the value held.
        ("The overall pass rate rose to 97.2%.", "unchanged at 97.2"),
        ("Halvorsen cut its dividend to 2.20 euros per share.", "unchanged at 2.20"),
        # The other way round.
        ("The DAX index fell 0.4%.", "up 0.4"),
        ("The share of top grades rose to 27.8%.", "fell"),
        # A course ended in one word's slot where the evidence holds it.
        ("Ruth Porat said the company would stop investing in artificial intelligence.", "keep"),
    ],
)
def test_a_course_the_evidence_denies_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _course(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        # The same course in other words.
        "The overall pass rate remained at 97.2%.",
        "The share of top grades dropped to 27.8%.",
        "The DAX index rose 0.4%.",
        "Halvorsen will keep its dividend at 2.20 euros per share.",
        "Ruth Porat said the company would continue investing in artificial intelligence.",
        # Another quantity's course, by the same value's side.
        "Shares in Halvorsen fell 3.1%.",
        # "up to" is a limit, not a course.
        "Hackers stole the data of 2.4 million customers.",
        # A verb that causes before its object holds no course of its own.
        "Poor visibility stopped helicopters from flying.",
    ],
)
def test_the_same_course_or_another_slot_is_kept(claim: str) -> None:
    verdict, messages = _course(claim)
    assert not any("where its evidence says" in m for m in messages), messages
    assert verdict is not Verdict.CONTRADICTED
