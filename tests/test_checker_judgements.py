"""A speaker's judgement of a thing keeps its sign wherever the summary puts it: a verb of
judgement before the thing ("welcomed the delay") or a complement after it ("called the
findings worrying") against the other sign in the article is contradicted (`negation_flip`);
the same sign, a negated word, another thing's judgement or a verb that says what happened
rather than what someone thought is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """The central bank, which proposed the rules in March, said it regretted the delay.
Professor Anna Berg, who was not involved in the research, said the findings were \
"reassuring" but warned that older trackers were less reliable.
The Transport Workers Union, which has members at the airline, called the job cuts \
"a betrayal of loyal staff".
The pilots' association welcomed the pay rise but criticised the new rosters.
The regulator said it did not regret the decision to fine the airline.
Shares in the airline dropped 4% as investors worried about the cost of the strike."""


def _flags(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    "claim",
    [
        # A verb of judgement before the thing, against one in the article.
        "The central bank welcomed the delay.",
        # A complement after the thing, against a verb or a complement in the article.
        "Anna Berg described the findings as worrying.",
        "Berg said the findings were worrying.",
        # A verb of judgement against a complement after a naming verb.
        "The Transport Workers Union welcomed the job cuts.",
        # Two things judged in one sentence: each keeps its own sign.
        "The pilots' association criticised the pay rise.",
        "The pilots' association welcomed the new rosters.",
        # A negated word in the article turns round.
        "The regulator regretted the decision to fine the airline.",
    ],
)
def test_a_judgement_turned_round_is_contradicted(claim: str) -> None:
    verdict, flips = _flags(claim)
    assert flips, claim  # (this test's, or an opposite the alignment found first)
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # The same sign, in the other place.
        "The central bank regretted the delay.",
        "Berg described the findings as reassuring.",
        "The Transport Workers Union criticised the job cuts.",
        "The pilots' association welcomed the pay rise.",
        "The pilots' association criticised the new rosters.",
        # What follows "but" is another clause, not the findings' judgement.
        "Berg warned that older trackers were less reliable.",
        # A verb of valence that tells what happened, not what someone thought of it.
        "Shares in the airline dropped 4%.",
    ],
)
def test_a_judgement_kept_or_no_judgement_is_not_flagged(claim: str) -> None:
    _, flips = _flags(claim)
    assert not [m for m in flips if "judges it the other way" in m], claim
