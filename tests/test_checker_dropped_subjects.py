"""The opposite predicate of a subject the alignment drops: "The gap between girls and boys at
the top grades widened" for "Girls continued to outperform boys at the top grades, although the
gap narrowed slightly" is contradicted (`negation_flip`); the same predicate, another subject's
opposite, and a sentence that also has the claim's predicate are kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Girls continued to outperform boys at the top grades, although the gap narrowed \
slightly.
Lorries kept arriving at the Dover crossing on Friday, although the queue was shortened by \
the evening.
Exports of French wine to China rose in May while sales in the region fell.
Prices for Chilean copper in London fell in March and rose in April."""


def _check(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        # The subject opens the claim and follows the copied words in the evidence.
        ("The gap between girls and boys at the top grades widened.", "gap narrowed"),
        # Past a form of "be" before the evidence's predicate.
        ("The queue of lorries at the Dover crossing lengthened.", "queue was shortened"),
    ],
)
def test_the_opposite_of_a_dropped_subject_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _check(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        # The same predicate.
        "The gap between girls and boys at the top grades narrowed.",
        # Another subject: "sales" fell, not the exports.
        "Exports of French wine to China rose in May.",
        # The evidence also has the claim's predicate of the same subject.
        "Prices for Chilean copper in London rose.",
    ],
)
def test_the_same_predicate_or_another_subjects_opposite_is_kept(claim: str) -> None:
    _, messages = _check(claim)
    assert messages == []
