"""The class of verbs that take a "that"-clause in WordNet (summariser/attribution/
clause_verbs.py): outside the hand lists, each reports only when framed by its clause, and
thought and feeling nested in another's content are what was said, not attributions of their
own. Invented sentences; the near misses use the same verbs in their other frames."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from summariser.attribution.clause_verbs import CLAUSE_VERB_CLASSES, CLAUSE_VERB_FORMS
from summariser.attribution.lexicon import VERB_FORMS
from tests.attribution_cases import source_of

# (sentence, cue, source): the sentence holds exactly one find with that cue.
FRAMED = [
    pytest.param(
        "The inquiry heard that the ambulance took forty minutes to arrive.",
        "heard",
        "The inquiry",
        id="cognition-heard-that",
    ),
    pytest.param(
        "Years of research have established that the vaccine is safe.",
        "have established",
        "Years of research",
        id="cognition-established-that",
    ),
    pytest.param(
        "The mayor remembers that the council promised a new bridge.",
        "remembers",
        "The mayor",
        id="cognition-remembers-that",
    ),
    pytest.param(
        "The company accepted that its filters had failed.",
        "accepted",
        "The company",
        id="cognition-accepted-that",
    ),
    pytest.param(
        "Her lawyer requested that the court release the records.",
        "requested",
        "Her lawyer",
        id="communication-requested-that",
    ),
    pytest.param(
        "Fire officials ascertained that the blaze began in the kitchen.",
        "ascertained",
        "Fire officials",
        id="cognition-ascertained-that",
    ),
    pytest.param(
        "Many traders bet that the central bank will cut rates.",
        "bet",
        "Many traders",
        id="irregular-past-bet-that",
    ),
]

# (sentence, verb): the verb in another frame than its clause reports nothing.
NOT_FRAMED = [
    pytest.param("The mayor remembers the flood of 1993.", "remembers", id="remembers-object"),
    pytest.param("The company accepted the award on Monday.", "accepted", id="accepted-object"),
    pytest.param("The inquiry heard evidence from six witnesses.", "heard", id="heard-object"),
    pytest.param(
        "Officials requested that document last week.", "requested", id="that-demonstrative"
    ),
    pytest.param(
        "Years of research established the vaccine's safety.", "established", id="established-np"
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), FRAMED)
def test_a_wordnet_clause_verb_framed_by_its_clause_reports(
    text: str, cue: str, source: str
) -> None:
    assert source_of(text, cue) == source


@pytest.mark.parametrize(("text", "verb"), NOT_FRAMED)
def test_a_wordnet_clause_verb_without_its_clause_reports_nothing(text: str, verb: str) -> None:
    assert not any(verb in a.cue.text for a in find_attributions(text))


def test_thought_nested_in_what_was_said_is_no_attribution_of_its_own() -> None:
    found = find_attributions("The lawyer said her client remembers that the door was locked.")
    assert [a.cue.text for a in found] == ["said"]


def test_speech_nested_in_what_was_said_keeps_its_speaker() -> None:
    found = find_attributions(
        "Reuters reported that her lawyer requested that the court release the records."
    )
    assert sorted((a.cue.text, a.source.text if a.source else "") for a in found) == [
        ("reported", "Reuters"),
        ("requested", "her lawyer"),
    ]


def test_the_modal_will_is_no_clause_verb() -> None:
    # WordNet's "will" (to decree) takes a that-clause, but its form is the modal's.
    assert "will" in CLAUSE_VERB_CLASSES
    assert "will" not in VERB_FORMS


def test_the_class_holds_irregular_forms_and_three_files() -> None:
    assert CLAUSE_VERB_FORMS["heard"] == ("hear", "past")
    assert CLAUSE_VERB_FORMS["believes"] == ("believe", "third")
    assert set(CLAUSE_VERB_CLASSES.values()) == {"cognition", "communication", "emotion"}
