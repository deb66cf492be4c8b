"""A reporting clause after the sentence's first clause takes it as content only when it is
set off from it (a comma or a quotation, "The plan is dead, Smith said."); a subject tied in
by a conjunction opens a clause of its own ("..., and Smith agreed."), so nothing before it is
what that subject said. Invented sentences."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions

# (sentence, cue, source, content or None)
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


@pytest.mark.parametrize(("text", "cue", "source", "content"), TRAILING)
def test_only_a_clause_set_off_takes_what_precedes_as_content(
    text: str, cue: str, source: str, content: str | None
) -> None:
    found = [a for a in find_attributions(text) if a.cue.text == cue]
    assert len(found) == 1, [(a.source, a.cue.text) for a in find_attributions(text)]
    assert found[0].source is not None
    assert found[0].source.text == source
    assert (found[0].content.text if found[0].content else None) == content
