"""A quotation that goes on over several sentences after "she said" stays its first speaker's:
each sentence takes the speaker of the one before, named or itself taken."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Lead author Dr Gabriela Ortiz said the team first heard the frog's call before \
they saw it. "We spent three nights searching for it in the moss," she said. "At first we \
thought it was an insect."
The team recommends that the species be listed as critically endangered. Dr Mark Ellison, a \
co-author, said the discovery showed how much remained unknown in the region. "Every expedition \
to these mountains turns up something new," he said."""

CASES = [
    ("first-speaker-kept", "Gabriela Ortiz said they spent three nights searching for it.", True),
    (
        "second-sentence-kept",
        "Gabriela Ortiz said that at first they thought it was an insect.",
        True,
    ),
    (
        "second-sentence-given-to-another",
        "Mark Ellison said that at first they thought it was an insect.",
        False,
    ),
    (
        "first-sentence-given-to-another",
        "Mark Ellison said they spent three nights searching for it.",
        False,
    ),
    (
        "the-others-own-quote-kept",
        "Mark Ellison said every expedition to these mountains turns up something new.",
        True,
    ),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_quotation_that_goes_on_keeps_its_speaker(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.SPEAKER_SWAPPED}, kept)
