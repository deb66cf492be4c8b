"""A participle after a comma ("..., saying ...") speaks for its main clause's subject, not for
the subject of a relative clause in between. Invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_cases import source_of

# (sentence, cue, source)
PARTICIPLES = [
    pytest.param(
        "Trump was defensive about not paying an architect who said he was stiffed, saying the "
        "work was poor.",
        "saying",
        "Trump",
        id="past-a-relative-clause-on-the-object",
    ),
    pytest.param(
        "The mayor was at the site with a builder who said the bridge was safe, adding that "
        "repairs would wait.",
        "adding",
        "The mayor",
        id="past-a-relative-clause-with-its-that-clause",
    ),
    pytest.param(
        "The mayor said the bridge was safe, adding that repairs would wait.",
        "adding",
        "The mayor",
        id="no-relative-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), PARTICIPLES)
def test_a_participle_after_a_comma_speaks_for_the_main_clause(
    text: str, cue: str, source: str
) -> None:
    assert source_of(text, cue) == source
