"""A base form after "and", "but" or "or" coordinated with a reporting verb of the same form
shares its subject. A kind of error shared by the held-out set and PolNeAR dev's even half
(BENCHMARKS.md, attrib10). Invented sentences, none from either set; the near misses keep the
words and change what the base form is coordinated with."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import source_of

# (sentence, cue text, source text): exactly one find with this cue, and its source.
CUES = [
    pytest.param(
        'Ministers call the attacks "crimes" and describe the gunmen as loners.',
        "describe",
        "Ministers",
        id="present-plural-and-present-plural",
    ),
    pytest.param(
        "The mayor went on radio to accuse the council of lying and urge voters to reject it.",
        "urge",
        "The mayor",
        id="infinitive-and-infinitive",
    ),
    pytest.param(
        "Residents deny the claims but accept that the wall must go.",
        "accept",
        "Residents",
        id="deny-but-accept",
    ),
]

# (sentence, cue text): no find has this cue.
NOT_CUES = [
    # Near misses: a noun in a list or before a preposition, a nearer infinitive or modal verb,
    # a partner in the past, an imperative.
    pytest.param(
        "Unions want higher pay, training and support for apprentices.",
        "support",
        id="noun-in-a-list",
    ),
    pytest.param(
        "Farmers want tax cuts and support for exports.",
        "support",
        id="noun-before-a-preposition",
    ),
    pytest.param(
        "They hope the deal will let them go out and express themselves.",
        "express",
        id="a-modals-verb-is-nearer",
    ),
    pytest.param(
        "She wants to take her time and think it through.",
        "think",
        id="an-infinitive-is-nearer",
    ),
    pytest.param(
        "She said we should go and ask the mayor.",
        "ask",
        id="partner-in-the-past",
    ),
    pytest.param("Stop and think about it.", "think", id="imperative"),
]


@pytest.mark.parametrize(("text", "cue", "source"), CUES)
def test_a_coordinated_base_form_shares_its_partners_source(
    text: str, cue: str, source: str
) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(("text", "cue"), NOT_CUES)
def test_a_base_form_coordinated_with_something_else_reports_nothing(text: str, cue: str) -> None:
    assert cue not in [a.cue.text for a in find_attributions(text)]
