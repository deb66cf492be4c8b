"""An act the evidence denies by its noun: "named the two journalists" for "did not mention the
journalists' names", "will fine everyone" for "will focus ... rather than issue fines to
everyone" are contradicted
(`negation_flip`); the same denial, another act or an act the evidence also asserts is kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Two Western journalists were freed on Thursday in a prisoner exchange.
Belarusian state media reported the exchange but did not mention the journalists' names.
Police, who have said they will focus on the most dangerous drivers rather than issue fines to \
everyone caught over the limit, will patrol the main roads.
Officers searched the house on Friday, but no arrests had been made by the evening.
The ministry did not release a statement, but it named the two officers who led the search.
A third climber died on the mountain on Saturday, Swiss officials said.
Police did not release his name but said he was 46 and from Manchester.
Rescuers did not give an estimate of the cost."""


def _check(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        # The noun of the claim's verb after the verb a negation governs, past its determiners.
        ("Belarusian state media named the two journalists.", "names"),
        # A sentence outside the support that opens with the claim's subject and a negation.
        ("Police named the climber who died.", "his name"),
        # After "rather than" and its verb, in a clause with the claim's modal.
        ("Police will fine everyone caught over the limit.", "fines"),
    ],
)
def test_an_act_its_evidence_withholds_by_its_noun_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _check(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        # The same denial, in the claim's own words.
        "Belarusian state media did not mention the journalists' names.",
        # Another act of the same sentence.
        "Belarusian state media reported the exchange.",
        "Police will focus on the most dangerous drivers.",
        "Officers searched the house on Friday.",
        # The act its evidence asserts elsewhere in the sentence ("named the two officers").
        "The ministry named the two officers who led the search.",
        # What the sentence outside the support says its subject did do.
        "Police said the climber who died was 46.",
        # Another subject's denial, outside the support.
        "Officials estimated the cost of the rescue.",
        # A modal the frame's clause lacks: the hedge tests' matter.
        "Officers may arrest two men at the house.",
    ],
)
def test_the_same_denial_or_an_asserted_act_is_kept(claim: str) -> None:
    _, messages = _check(claim)
    assert messages == []
