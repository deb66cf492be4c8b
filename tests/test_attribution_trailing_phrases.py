"""A reporting clause that trails its content ('"...," she said', "..., the union said") keeps
that content also when a phrase of the verb and a comma follow it and the sentence goes on with
the writer's participle, adverbial clause or phrase ("said on a recent afternoon, sitting in an
empty booth", "said on Thursday, after talks broke down"). A kind shared by the wire set and the
second held-out set (BENCHMARKS.md, attrib11). Invented sentences, none from any set."""

from __future__ import annotations

import pytest

from tests.attribution_cases import content_of

# (sentence, cue text, content text): exactly one find with this cue, and its content.
CONTENTS = [
    pytest.param(
        '"This is where I learned to listen," she said on a recent afternoon, sitting in an '
        "empty booth.",
        "said",
        '"This is where I learned to listen,"',
        id="participle-after-the-verbs-phrase",
    ),
    pytest.param(
        "Dock workers will strike on Monday, the union said on Thursday, after talks broke down.",
        "said",
        "Dock workers will strike on Monday",
        id="adverbial-clause-after-the-verbs-phrase",
    ),
    pytest.param(
        "The firm is weighing a sale, people close to the talks said on Friday, in a deal that "
        "could value it at 6 billion dollars.",
        "said",
        "The firm is weighing a sale",
        id="adverbial-phrase-after-the-verbs-phrase",
    ),
    # Near misses: the interrupted clause goes on; a that-clause after the verb's phrase.
    pytest.param(
        "The difference now, he told me on Friday, is that he reads the news.",
        "told",
        "on Friday, is that he reads the news",
        id="interrupted-clause-goes-on",
    ),
    pytest.param(
        "The union said on Thursday that talks had broken down.",
        "said",
        "that talks had broken down",
        id="that-clause-after-the-verbs-phrase",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENTS)
def test_a_trailing_clause_keeps_its_content_before_the_writers_phrase(
    text: str, cue: str, content: str
) -> None:
    assert content_of(text, cue) == content
