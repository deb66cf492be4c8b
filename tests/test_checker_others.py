"""A number followed by "other" counts the names listed before it: "Mali and five other
countries" are six countries, on either side."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

WHOLE = "Putin pledged free grain to Mali, which is one of six African countries benefitting."
PARTS = "Putin pledged free grain to Mali and five other African countries."
LISTED = "Putin pledged free grain to Mali, Niger and three other African countries."

# (id, article, claim, verdict): None where the verdict may be contradicted or unverified.
CASES = [
    (
        "claim-counts-the-name",
        WHOLE,
        "Putin pledged free grain to Mali and five other countries.",
        Verdict.SUPPORTED,
    ),
    (
        "claim-one-too-many",
        WHOLE,
        "Putin pledged free grain to Mali and six other countries.",
        None,
    ),
    (
        "claim-one-too-few",
        WHOLE,
        "Putin pledged free grain to Mali and four other countries.",
        None,
    ),
    (
        "article-counts-the-name",
        PARTS,
        "Putin pledged free grain to six African countries.",
        Verdict.SUPPORTED,
    ),
    (
        "article-parts-read-as-the-whole",
        PARTS,
        "Putin pledged free grain to five African countries.",
        None,
    ),
    (
        "article-lists-two-names",
        LISTED,
        "Putin pledged free grain to five African countries.",
        Verdict.SUPPORTED,
    ),
    (
        "both-sides-the-same-parts",
        PARTS,
        "Putin pledged grain to Mali and five other countries.",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize(
    ("article", "claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_number_with_others_counts_the_names_listed_with_it(
    article: str, claim: str, verdict: Verdict | None
) -> None:
    [result] = check_claims(article, [claim])
    if verdict is None:
        assert result.verdict is not Verdict.SUPPORTED, result.score
    else:
        assert result.verdict is verdict, (result.score, result.flags)
