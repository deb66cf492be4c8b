"""A verb the article lacks, put between words copied from the article in place of the
article's own verb, changes what happened: not supported. A noun so put, a reworded verb, a
modal rewording and a verb with new words around it are left alone."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = (
    "ESPN's Britt McHenry found herself in the news after a video surfaced showing her berating "
    "and belittling an employee of a tow company in Arlington, Virginia. The German city of "
    "Munich is today opening a new museum dedicated to exploring its past as the birthplace of "
    "the Nazi movement. Emmanuel Adebayor has one year left to run on his current contract at "
    "White Hart Lane. Under the deal, trucks will be allowed to cross at two checkpoints from "
    "December 1. Officials said the minister resigned from the cabinet on Monday after the vote."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "A video surfaced showing her berating and exposing an employee of a tow company.",
            Verdict.UNVERIFIED,
        ),
        (
            "Munich is opening a new museum dedicated to solving its past as the birthplace of "
            "the Nazi movement.",
            Verdict.UNVERIFIED,
        ),
        (
            "munich is opening a new museum dedicated to solving its past as the birthplace of "
            "the nazi movement .",
            Verdict.UNVERIFIED,
        ),
        (
            "A video surfaced showing her berating and belittling an employee of a tow company.",
            Verdict.SUPPORTED,
        ),
        (
            "Emmanuel Adebayor has one year left to run on his current deal at White Hart Lane.",
            Verdict.SUPPORTED,
        ),
        ("Trucks will be able to cross at two checkpoints from December 1.", Verdict.SUPPORTED),
        (
            "Officials said the minister quit from the cabinet on Monday after the vote.",
            Verdict.SUPPORTED,
        ),
        ("A video showed McHenry shouting at a tow company employee.", Verdict.SUPPORTED),
    ],
    ids=[
        "another-verb-in-a-copied-frame",
        "another-infinitive-in-a-copied-frame",
        "lowercased-another-infinitive",
        "near-miss-the-articles-verb",
        "near-miss-another-noun-for-the-same-thing",
        "near-miss-a-modal-reworded",
        "near-miss-a-wordnet-rewording",
        "near-miss-a-new-verb-with-new-words-around-it",
    ],
)
def test_a_verb_put_in_place_of_the_articles_between_copied_words_is_not_supported(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    mine = [f for f in [*result.flags, *result.warnings] if "same words around it" in f.message]
    assert bool(mine) is (verdict is Verdict.UNVERIFIED), mine
    if verdict is Verdict.UNVERIFIED:
        assert result.verdict is verdict
        assert mine[0].code is FlagCode.LOW_SUPPORT
