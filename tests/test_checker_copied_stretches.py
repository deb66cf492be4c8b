"""A claim that copies a stretch of one article sentence word for word says what the article
says: its names and values stand in the slots the article gives them (a list cut short, an
age the article gives twice), while one changed word is still judged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

ARTICLE = """Over the past 12 months Manny has met with President Obama, President Clinton and \
Prince Harry.
The three judges who dismissed the challenge - Lord Justice Moore-Bick, Lord Justice Patten and \
Sir Timothy Lloyd - are all thought to earn more than £200,000.
John Smith, 45, won the race in Leeds on Sunday. Smith, 46, said he would run again next year.
She did not lift a finger, she said.
Police did not say that the suspect had fled the country."""


@pytest.mark.parametrize(
    "claim",
    [
        "Over the past 12 months Manny has met with President Obama.",
        "Manny has met with President Obama.",
        "the three judges who dismissed the challenge - lord justice moore-bick.",
        "Smith, 46, said he would run again next year.",
        "Manny has met with President Clinton.",
    ],
)
def test_a_stretch_of_one_sentence_copied_word_for_word_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags
    assert not check.flags and not check.warnings


@pytest.mark.parametrize(
    "claim",
    [
        "Over the past 12 months Manny has met with President Trump.",  # (a name changed)
        "Smith, 47, said he would run again next year.",  # (a number changed)
        "She did lift a finger.",  # (the negation dropped)
        "Lift a finger.",  # (a copied stretch that the sentence negates)
        "The suspect had fled the country.",  # (... that the sentence does not assert)
    ],
)
def test_a_stretch_with_a_word_changed_or_outside_its_negation_is_judged(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check.flags
