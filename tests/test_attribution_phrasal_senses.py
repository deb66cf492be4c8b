"""A reporting verb in a phrasal verb of another sense reports nothing: "show up" is to arrive
("The real Trump showed up at the debate"), while "showed that ..." reports. Invented
sentences."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import source_of

# (sentence, word): no find's cue holds the word.
PHRASAL = [
    pytest.param("The real candidate showed up at the debate.", "showed", id="showed-up"),
    pytest.param("Nearly 17,000 patients failed to show up for appointments.", "show", id="to"),
    pytest.param("If the father shows up in Miami, the family will meet him.", "shows", id="if"),
]


@pytest.mark.parametrize(("text", "word"), PHRASAL)
def test_a_phrasal_verb_of_another_sense_reports_nothing(text: str, word: str) -> None:
    assert not any(word in a.cue.text for a in find_attributions(text))


def test_the_reporting_sense_with_its_clause_still_reports() -> None:
    assert source_of("The poll showed that support was falling.", "showed") == "The poll"
