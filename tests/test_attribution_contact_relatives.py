"""A relative clause without its relative word ("the guides I wrote", "cards they never asked
for") describes the noun before it: its verb has that noun as object and reports nothing of
its own. A noun ending a fronted phrase before a subject whose verb keeps its object or
content is no such head. Invented sentences."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import source_of

# (sentence, cue of the relative clause): no find has that cue.
RELATIVES = [
    pytest.param("Please read the two guides I wrote in 2014 for parents.", "wrote", id="object"),
    pytest.param(
        "Customers got credit cards in the mail they never asked for or wanted.",
        "never asked",
        id="stranded-preposition",
    ),
    pytest.param(
        "He cannot dispense with facts he doesn’t find convenient.",
        "doesn’t find",
        id="object-and-complement",
    ),
    pytest.param("The four loopholes he cited are all legal.", "cited", id="subject-head-with-gap"),
]
# (sentence, cue, source): the pronoun's verb reports.
NOT_RELATIVES = [
    pytest.param(
        "On the video she reveals her step-by-step process.",
        "reveals",
        "she",
        id="fronted-phrase",
    ),
    pytest.param(
        "This time we are talking about bigger amounts of money.",
        "are talking about",
        "we",
        id="fronted-time-phrase",
    ),
    pytest.param(
        "Cia officials told the media they had concluded that hackers helped him.",
        "had concluded",
        "they",
        id="clause-after-an-addressee",
    ),
    pytest.param(
        "The deal would pay its bills He said so on Monday.", "said", "He", id="missing-stop"
    ),
    pytest.param("Last week he said the plant would close.", "said", "he", id="after-a-time"),
]


@pytest.mark.parametrize(("text", "cue"), RELATIVES)
def test_a_relative_clause_without_its_pronoun_reports_nothing(text: str, cue: str) -> None:
    assert not any(a.cue.text == cue for a in find_attributions(text))


@pytest.mark.parametrize(("text", "cue", "source"), NOT_RELATIVES)
def test_a_noun_ending_a_fronted_phrase_leaves_the_subject_its_verb(
    text: str, cue: str, source: str
) -> None:
    assert source_of(text, cue) == source
