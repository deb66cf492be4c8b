"""Stance predicates: a holder, a copula and an adjective of attitude ("They’re worried that
...", "Some Republicans, including ..., were willing to ..."). Invented sentences, with near
misses of the same words in other frames."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import source_of

# (sentence, cue, source): the sentence holds exactly one find with that cue.
STANCES = [
    pytest.param(
        "They’re worried that prices will rise again.",
        "They’re worried that",
        "They’re",
        id="contracted-are-curly",
    ),
    pytest.param(
        "We're opposed to the new toll on the bridge.",
        "We're opposed to",
        "We're",
        id="contracted-are-straight",
    ),
    pytest.param(
        "If you're skeptical of the forecast, read the fine print.",
        "you're skeptical of",
        "you're",
        id="contracted-are-in-a-condition",
    ),
    pytest.param(
        "She's confident that the bill will pass.",
        "She's confident that",
        "She's",
        id="contracted-is",
    ),
    pytest.param(
        "The mayor is certain that the bridge will reopen.",
        "is certain that",
        "The mayor",
        id="certain-that-is-held",
    ),
    pytest.param(
        "Some Republicans, including Senator Ann Ruiz of Ohio, were willing to back the bill.",
        "were willing to",
        "Some Republicans, including Senator Ann Ruiz of Ohio",
        id="subject-before-a-phrase-in-commas",
    ),
    pytest.param(
        "Ana Ruiz, the town's mayor, is confident the bridge will reopen.",
        "is confident",
        "Ana Ruiz, the town's mayor",
        id="subject-with-an-appositive",
    ),
]
# (sentence, word): no find's cue holds the word.
NOT_STANCES = [
    pytest.param("Their worried faces said little.", "worried", id="attributive-adjective"),
    pytest.param("You’re sure to enjoy the show.", "sure", id="raising-sure-to"),
    pytest.param("The bill is certain to pass the Senate.", "certain", id="raising-certain-to"),
    pytest.param("Her neighbour, Frank Dale, is less sure.", "sure", id="no-proposition-no-target"),
    pytest.param("The old dancer was delighted.", "delighted", id="a-mood-ending-its-sentence"),
]


@pytest.mark.parametrize(("text", "cue", "source"), STANCES)
def test_a_stance_predicate_gives_its_holder(text: str, cue: str, source: str) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(("text", "word"), NOT_STANCES)
def test_an_adjective_outside_a_stance_predicate_reports_nothing(text: str, word: str) -> None:
    assert not any(word in a.cue.text for a in find_attributions(text))
