"""A content ends before a comma and a conjunction that open a new clause of the sentence with a
source and cue of its own ("said the plant would close, and the union said ..."): that clause
is the writer's, not more of what was said. After "and that" the clause is still the verb's
complement. A kind of content error shared by PolNeAR dev's even half, the wire set and the
second held-out set (BENCHMARKS.md, attrib11). Invented sentences, none from any set."""

from __future__ import annotations

import pytest

from tests.attribution_cases import content_of

# (sentence, cue text, content text): exactly one find with this cue, and its content.
CONTENTS = [
    pytest.param(
        "The mayor announced the plant would close, and the union said it would fight.",
        "announced",
        "the plant would close",
        id="and-another-source-said-after-announced",
    ),
    pytest.param(
        "She called the plan reckless, but her deputy argued that it was overdue.",
        "called",
        "the plan reckless",
        id="but-another-source-argued",
    ),
    pytest.param(
        "Officials said the bridge would reopen, while engineers warned that repairs could "
        "take months.",
        "said",
        "the bridge would reopen",
        id="while-another-source-warned",
    ),
    # Near misses: "and that" keeps the complement; no comma; no attribution after the comma.
    pytest.param(
        "The mayor told reporters the plant would close, and that the union would fight.",
        "told",
        "the plant would close, and that the union would fight",
        id="and-that-is-still-the-complement",
    ),
    pytest.param(
        "She said prices rose, and wages fell.",
        "said",
        "prices rose, and wages fell",
        id="no-cue-after-the-comma",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENTS)
def test_a_content_ends_before_a_new_clause_with_its_own_cue(
    text: str, cue: str, content: str
) -> None:
    assert content_of(text, cue) == content
