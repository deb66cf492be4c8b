"""A gerund after a preposition of an adverbial ("without mentioning", "despite admitting")
takes the subject of its main clause: after it when the adverbial opens the sentence, before
it when it follows; its content ends where the main clause begins. Invented sentences."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import content_of, source_of

# (sentence, cue, source, content): the sentence holds exactly one find with that cue.
ADJUNCTS = [
    pytest.param(
        "Without mentioning Trump, she said the country needed unity.",
        "mentioning",
        "she",
        "Trump",
        id="fronted-without",
    ),
    pytest.param(
        "Despite admitting that the bank had erred, Stumpf refused to resign.",
        "admitting",
        "Stumpf",
        "that the bank had erred",
        id="fronted-despite",
    ),
    pytest.param(
        "Stumpf apologized, despite admitting that the bank had erred.",
        "admitting",
        "Stumpf",
        "that the bank had erred",
        id="following-despite",
    ),
    pytest.param(
        "Without mentioning Trump, she said the country needed unity.",
        "said",
        "she",
        "the country needed unity",
        id="main-clause-after-the-adverbial",
    ),
]
# (sentence, word): no find's source or cue holds the word.
NOT_SOURCES = [
    pytest.param("Without mentioning Trump, she said the country needed unity.", "Without"),
    pytest.param("Despite the rain, the mayor said the parade would go ahead.", "Despite"),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), ADJUNCTS)
def test_a_gerund_adjunct_speaks_for_its_main_clauses_subject(
    text: str, cue: str, source: str, content: str
) -> None:
    assert (source_of(text, cue), content_of(text, cue)) == (source, content)


@pytest.mark.parametrize(("text", "word"), NOT_SOURCES)
def test_the_preposition_opening_an_adverbial_is_no_source(text: str, word: str) -> None:
    found = find_attributions(text)
    assert found
    assert not any(a.source and word in a.source.text for a in found)
    assert not any(word in a.cue.text for a in found)
