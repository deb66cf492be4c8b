"""A role the article gives one person, given by the claim to another: "the study's lead author"
where the article has "Lead author Dr Gabriela Ortiz" and "Dr Mark Ellison ..., a co-author"."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Lead author Dr Gabriela Ortiz said the team first heard the frog's call before they \
saw it. Dr Mark Ellison of the Natural History Museum, a co-author, said the discovery showed how \
much remained unknown in the region.
"They knew exactly what they wanted," said the museum's director, Hélène Marchetti. France's \
culture minister, Claire Dufresne, condemned the theft."""

CASES = [
    (
        "lead-author-kept",
        "Dr Gabriela Ortiz, the study's lead author, said the team first heard the frog's call.",
        True,
    ),
    (
        "co-author-kept",
        "Dr Mark Ellison, a co-author, said the discovery showed how much remained unknown.",
        True,
    ),
    (
        "lead-author-given-to-the-co-author",
        "Dr Mark Ellison, the study's lead author, said much remained unknown in the region.",
        False,
    ),
    (
        "title-given-to-the-co-author",
        "Lead author Dr Mark Ellison said the discovery showed how much remained unknown.",
        False,
    ),
    (
        "a-one-word-role-keeps-its-owner",
        "Claire Dufresne, the museum's director, condemned the theft.",
        False,
    ),
    (
        "director-kept",
        "Hélène Marchetti, the museum's director, said they knew exactly what they wanted.",
        True,
    ),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_role_the_article_gives_another_is_a_swap(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.ENTITY_SWAPPED}, kept)
