"""The addressee of "urge", "ask", "tell" ... before an infinitive is that infinitive's subject,
so part of what was urged ("urged drivers to stay at home"); before a "that"-clause or a
quotation it is only the hearer. A kind of content boundary shared by the held-out set and
PolNeAR dev's even half (BENCHMARKS.md, attrib10). Invented sentences, none from either set."""

from __future__ import annotations

import pytest

from tests.attribution_cases import content_of

# (sentence, cue text, content text): exactly one find with this cue, and its content.
CONTENTS = [
    pytest.param(
        "Police urged drivers to stay at home.",
        "urged",
        "drivers to stay at home",
        id="urged-object-infinitive",
    ),
    pytest.param(
        "The judge told the jury to ignore the remark.",
        "told",
        "the jury to ignore the remark",
        id="told-object-infinitive",
    ),
    pytest.param(
        "Residents have asked both councils to settle the row.",
        "have asked",
        "both councils to settle the row",
        id="asked-quantified-object-infinitive",
    ),
    # Near misses: the hearer before a clause, a name before a bare clause, "to" before a noun.
    pytest.param(
        "The minister told the committee that the plan was sound.",
        "told",
        "that the plan was sound",
        id="hearer-before-that-clause",
    ),
    pytest.param(
        "The coach told Reuters the squad was ready.",
        "told",
        "the squad was ready",
        id="hearer-before-bare-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENTS)
def test_an_infinitives_subject_belongs_to_the_content(text: str, cue: str, content: str) -> None:
    assert content_of(text, cue) == content
