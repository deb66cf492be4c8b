"""A claim that is one of the article's sentences, word for word, is what the article says."""

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
Police did not say that the suspect had fled the country."""

SENTENCES = [s for s in ARTICLE.split("\n") if s]


@pytest.mark.parametrize("claim", SENTENCES, ids=[s[:30] for s in SENTENCES])
def test_an_article_sentence_copied_whole_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags
    assert not check.flags and not check.warnings


@pytest.mark.parametrize(
    "claim",
    [
        "Over the past 12 months Manny has met with President Obama, President Trump and "
        "Prince Harry.",
        "She did lift a finger, she said.",
    ],
)
def test_a_sentence_copied_with_one_change_is_still_judged(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check.flags
