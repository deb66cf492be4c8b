"""A claim that is one of the article's sentences, or a stretch of one, word for word, is what
the article says: its names and values stand in the slots the article gives them (a list cut
short, an age the article gives twice), while one changed word is still judged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

ARTICLE = """Over the past 12 months Manny has met with President Obama, President Clinton and \
Prince Harry.
I used to build three or four fences every year but one year we didn't and that was the year \
Don't Push It won, so we haven't since.
The three judges who dismissed the challenge - Lord Justice Moore-Bick, Lord Justice Patten and \
Sir Timothy Lloyd - are all thought to earn more than £200,000.
She did not lift a finger, she said.
Police did not say that the suspect had fled the country.
John Smith, 45, won the race in Leeds on Sunday.
Smith, 46, said he would run again next year."""

SENTENCES = [s for s in ARTICLE.split("\n") if s]
STRETCHES = [
    "Over the past 12 months Manny has met with President Obama.",
    "Manny has met with President Obama.",
    "the three judges who dismissed the challenge - lord justice moore-bick.",
    "Manny has met with President Clinton.",
    "Smith, 46.",
]


@pytest.mark.parametrize(
    "claim", SENTENCES + STRETCHES, ids=[s[:30] for s in SENTENCES + STRETCHES]
)
def test_an_article_sentence_or_a_stretch_of_one_copied_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags
    assert not check.flags and not check.warnings


@pytest.mark.parametrize(
    "claim",
    [
        "Over the past 12 months Manny has met with President Obama, President Trump and "
        "Prince Harry.",
        "She did lift a finger, she said.",
        "Smith, 47, said he would run again next year.",
        "Lift a finger.",  # (a copied stretch that its sentence negates)
        "The suspect had fled the country.",  # (... that its sentence does not assert)
    ],
)
def test_a_copy_with_a_word_changed_or_cut_from_its_negation_is_judged(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check.flags
