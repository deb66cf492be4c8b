"""A negation cue negates the words of its own clause, and a dropped cue is a flip only when
the claim still says what it negated.

A cue right before punctuation negates a verb it leaves out ("better than those who don't,
researchers claim": "researchers claim" is the main clause, not what is denied); past a short
aside the clause goes on ("did not, he said, attend"). "Abe was not in his office at the time.
He is in Indonesia" denies one place and states another: "Abe was in Indonesia at the time" is
no dropped negation. A claim that restates what is denied, or negates what is asserted, is
still a flip."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Children who share iPads in class do much better in early literacy tests than those \
who don't, researchers claim. Teachers do not use the tablets in maths lessons, the study found.
The prime minister was not in his office at the time. He is in Indonesia, attending an \
Asian-African conference.
The foreign minister did not, he said, attend the summit in Jakarta."""


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lowercase"])
@pytest.mark.parametrize(
    ("claim", "flipped"),
    [
        # Faithful: the elided verb's negation ends at its comma; another place than the denied.
        ("Children who share iPads in class do much better in early literacy tests, researchers "
         "claim.", False),
        ("The prime minister was in Indonesia at the time.", False),
        # Near misses: what the evidence denies, asserted; what it asserts, negated.
        ("The prime minister was in his office at the time.", True),
        ("Teachers use the tablets in maths lessons, the study found.", True),
        ("Children who share iPads in class do not do better in early literacy tests, "
         "researchers claim.", True),
        # Past a short aside the cue's clause goes on.
        ("The foreign minister attended the summit in Jakarta, he said.", True),
    ],
)  # fmt: skip
def test_a_negation_is_read_within_its_clause_and_against_what_it_negates(
    claim: str, flipped: bool, lower: bool
) -> None:
    article, claim = (ARTICLE.lower(), claim.lower()) if lower else (ARTICLE, claim)
    (check,) = check_claims(article, [claim])
    codes = {f.code for f in check.flags}
    assert (FlagCode.NEGATION_FLIP in codes) is flipped, (check.score, codes)
    assert (check.verdict is Verdict.CONTRADICTED) is flipped, (check.score, codes)
