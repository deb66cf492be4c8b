"""An adverbial clause opening the sentence ("While a judge found that ..., the ruling was
overturned") ends at its comma: what its verb reports stays inside it, and the main clause's
verb reports nothing of it. Invented sentences."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions

SENTENCE = (
    "While a federal judge found that action unconstitutional, his decision was overturned by "
    "an appeals court, and the Supreme Court declined to hear the case."
)
# (sentence, cue, source, content)
CLAUSES = [
    pytest.param(
        SENTENCE, "found", "a federal judge", "that action unconstitutional", id="in-the-clause"
    ),
    pytest.param(SENTENCE, "was overturned", "an appeals court", "his decision", id="main-passive"),
    pytest.param(SENTENCE, "declined", "the Supreme Court", "to hear the case", id="main-next"),
    pytest.param(
        "Although Smith said the plan would pass, it failed in the Senate.",
        "said",
        "Smith",
        "the plan would pass",
        id="although",
    ),
    pytest.param(
        "When asked about the plan, the mayor said it would pass.",
        "said",
        "the mayor",
        "it would pass",
        id="main-clause-after-when",
    ),
    pytest.param(
        "Although the mayor is confident that the bridge will reopen, engineers disagree.",
        "is confident that",
        "the mayor",
        "the bridge will reopen",
        id="stance-adjective-in-the-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), CLAUSES)
def test_a_verb_reports_within_its_own_clause(
    text: str, cue: str, source: str, content: str
) -> None:
    found = [a for a in find_attributions(text) if a.cue.text == cue]
    assert len(found) == 1, [(a.source, a.cue.text) for a in find_attributions(text)]
    assert found[0].source is not None and found[0].content is not None
    assert (found[0].source.text, found[0].content.text) == (source, content)
