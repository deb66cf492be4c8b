"""Words the claim leaves out between two copied stretches that carry no name, number or clause
of their own (an article and the words describing its noun) keep the stretches one anchor for
the slot before them."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode

ARTICLE = """Opener Ravi Patel struck a composed 142 as England took a first-innings lead of 214.
Captain Tom Harrington made 81 before he was caught behind.
Lena Fischer won a thrilling final as Germany took the title."""

CASES = [
    # (id, claim, swapped): another person of the article in the slot of the copied predicate
    ("article-and-adjective", "Tom Harrington struck 142 as England took control.", True),
    (
        "kept-words",
        "Tom Harrington struck a composed 142 as England took a first-innings lead.",
        True,
    ),
    ("noun-after", "Ravi Patel won the final as Germany took the title.", True),
    # the article's own subject, with or without the words left out
    ("faithful", "Ravi Patel struck 142 as England took control.", False),
    ("faithful-title", "Opener Ravi Patel struck 142 as England took control.", False),
    ("faithful-final", "Lena Fischer won the final as Germany took the title.", False),
]


@pytest.mark.parametrize(("claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_moved_before_copied_words_that_skip_an_article_s_modifiers_is_swapped(
    claim: str, swapped: bool
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    codes = {f.code for f in check.flags}
    assert (FlagCode.ENTITY_SWAPPED in codes) == swapped, check.flags
