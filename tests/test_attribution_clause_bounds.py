"""Where a reporting verb's clause begins and ends. An adverbial clause opening the sentence
("While a judge found that ..., the ruling was overturned") ends at its comma: what its verb
reports stays inside it, and the main clause's verb reports nothing of it. A reporting clause
after the sentence's first clause takes it as content only when it is set off from it (a comma
or a quotation, "The plan is dead, Smith said."); a subject tied in by a conjunction opens a
clause of its own ("..., and Smith agreed."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_cases import content_of, source_of

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

# (sentence, cue, source, content or None): clauses after the first
TRAILING = [
    pytest.param(
        "The plan is dead, Smith said.", "said", "Smith", "The plan is dead", id="set-off"
    ),
    pytest.param("The economy is weak, and Smith agreed.", "agreed", "Smith", None, id="after-and"),
    pytest.param(
        "The plan is dead, but Smith disagrees.", "disagrees", "Smith", None, id="after-but"
    ),
    pytest.param(
        "He attacked rivals for taking donations, which he said bought leverage and return favors.",
        "attacked",
        "He",
        "rivals for taking donations, which he said bought leverage and return favors",
        id="a-noun-after-and-reads-as-no-trailing-subject",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), CLAUSES + TRAILING)
def test_a_verb_reports_within_its_own_clause(
    text: str, cue: str, source: str, content: str | None
) -> None:
    assert (source_of(text, cue), content_of(text, cue)) == (source, content)
