"""A connective links the facts of its own clause: a semicolon ends the fact it links, so what
the claim adds after it is no side of the link (and is tested as any other fact)."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims

ARTICLE = (
    "A three-year-old boy fell into a well in Tulsa on Sunday afternoon. The child was rescued "
    "by his parents before emergency crews arrived on the scene. He suffered minor bumps and "
    "bruises and was listed in stable condition at the hospital."
)
UNLINKED = "links two facts that no sentence of the article links"


@pytest.mark.parametrize(
    ("claim", "doubted"),
    [
        (
            "He was rescued by his parents before crews arrived on the scene; he suffered "
            "minor bumps and bruises.",
            False,
        ),
        (
            "he was rescued by his parents before crews arrived on the scene ; he suffered "
            "minor bumps and bruises .",
            False,
        ),
        (
            "The boy was rescued before emergency crews arrived; he was listed in stable "
            "condition at the hospital.",
            False,
        ),
        # Near misses: the link itself is the article's in no sentence.
        (
            "He suffered minor bumps and bruises before crews arrived on the scene; he was "
            "rescued by his parents.",
            True,
        ),
        (
            "He was rescued by his parents; he suffered minor bumps and bruises before crews "
            "arrived on the scene.",
            True,
        ),
        (
            "He was rescued by his parents before crews arrived on the scene, and he suffered "
            "minor bumps and bruises.",
            True,
        ),
    ],
    ids=[
        "a-clause-after-the-semicolon",
        "lowercased-tokens-apart",
        "a-shorter-clause-each-side",
        "near-miss-the-link-moved-to-the-bruises",
        "near-miss-the-link-after-the-semicolon",
        "near-miss-a-comma-is-no-clause-end",
    ],
)
def test_a_connective_links_only_the_facts_of_its_clause(claim: str, doubted: bool) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    found = [f for f in [*result.flags, *result.warnings] if UNLINKED in f.message]
    assert bool(found) is doubted, (result.score, result.flags, result.warnings)
