"""An apposition after a person's "of" phrase ("Dr Mark Ellison of the Natural History Museum,
a co-author,") closes the phrase the person heads, so the claim may give it to the person
("Mark Ellison, a co-author, works at the Natural History Museum"). Given to another person of
the story, it is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

FROG = """Scientists have described a new species of frog no bigger than a fingernail.
The frog was found in the cloud forests of southern Ecuador, the team said.
Dr Mark Ellison of the Natural History Museum, a co-author, said the discovery showed how \
much remained unknown in the region.
Professor Ana Ruiz of the University of Cuenca led the study."""


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Mark Ellison, a co-author, works at the Natural History Museum.", True),
        ("Mark Ellison, a co-author, said much remained unknown in the region.", True),
        # Near misses: the apposition given to another person of the story ...
        ("Ana Ruiz, a co-author, said much remained unknown in the region.", False),
        ("Ana Ruiz, a co-author, works at the Natural History Museum.", False),
        # The person moved to another body is not caught by this test, nor without the
        # apposition ("Mark Ellison works at the University of Cuenca" is kept): the body a
        # person is "of" is not yet bound to "works at".
        pytest.param(
            "Mark Ellison, a co-author, works at the University of Cuenca.",
            False,
            marks=pytest.mark.xfail(strict=True, reason="an 'of' affiliation is not bound"),
        ),
    ],
)
def test_an_apposition_after_an_of_phrase_is_the_persons(claim: str, supported: bool) -> None:
    check = check_claims(FROG, [claim])[0]
    assert (check.verdict is Verdict.SUPPORTED) is supported, (check.score, check.flags)
