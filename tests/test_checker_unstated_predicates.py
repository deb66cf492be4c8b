"""A claim made of a name the article has and a predicate it never states of it is not
supported; a journalist's rewording of the predicate (a WordNet synonym, phrasal form, derived
form or hypernym, a converse predicate, or a word of the sentences around the evidence) keeps it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Finance Minister Jana Novakova said the reform would save 50 billion crowns.
Spain lost 2-0 to Holland in Rotterdam on Sunday.
Police said Peter Kral was shot dead outside his home in Brno.
Health Minister Eva Dvorak stepped down on Monday after a row over hospital budgets.
Ondrej Mach met the unions on Friday. An hour later he quit."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Invented predicates about names the article has.
        ("Jana Novakova was arrested.", Verdict.UNVERIFIED),
        ("Jana Novakova resigned.", Verdict.UNVERIFIED),
        ("Peter Kral was promoted.", Verdict.UNVERIFIED),
        ("Eva Dvorak was arrested.", Verdict.UNVERIFIED),
        # A reporting verb or a date the evidence has says nothing of what she did.
        ("Jana Novakova said she was arrested.", Verdict.UNVERIFIED),
        ("Eva Dvorak was arrested on Monday.", Verdict.UNVERIFIED),
        # The article's own predicate, and journalists' rewordings of it.
        ("Jana Novakova said the reform would save 50 billion crowns.", Verdict.SUPPORTED),
        ("Holland beat Spain 2-0.", Verdict.SUPPORTED),  # a converse ("lost to")
        ("Peter Kral was gunned down in Brno.", Verdict.SUPPORTED),  # a hypernym ("shoot")
        ("Eva Dvorak resigned.", Verdict.SUPPORTED),  # a phrasal form ("step down")
        ("Ondrej Mach resigned.", Verdict.SUPPORTED),  # a sentence after the evidence ("quit")
        ("Mach resigned.", Verdict.SUPPORTED),
        ("Mach was arrested.", Verdict.UNVERIFIED),  # a name alone opening the claim
    ],
)
def test_a_predicate_the_article_never_states_is_unverified(claim: str, verdict: Verdict) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict == verdict, (check.score, check.flags)


def test_the_doubt_names_the_unstated_words() -> None:
    (check,) = check_claims(ARTICLE, ["Jana Novakova was arrested."])
    low = [f for f in check.flags if f.code == FlagCode.LOW_SUPPORT]
    assert low and "'arrested'" in low[0].message
