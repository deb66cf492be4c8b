"""A unit after its number is one word short or in full: "the 4km ride" is the article's "four
kilometres ride", "70mph" its "70 miles per hour"; another unit, or a word that is no unit
because no number stands before it, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.features import tokenize
from summariser.checker.open_mode import claim_views
from summariser.checker.prepare import prepared
from summariser.checker.support import find_support
from summariser.report import Verdict

ARTICLE = (
    "Sam Ortiz cycles to the plant in Dayton every morning. The four kilometres ride takes him "
    "an hour because of the hills. He covers 400 kilometres a month, at a steady 12 miles per "
    "hour, and carries a 2kg bag and 5 pounds of tools."
)


@pytest.mark.parametrize(
    ("claim", "word", "covered"),
    [
        ("The 4km ride takes him an hour.", "km", True),
        ("The 4 km ride takes him an hour.", "km", True),
        ("the 4km ride takes him an hour .", "km", True),
        ("He carries a 2 kilogram bag.", "kilogram", True),
        ("He rides at a steady 12mph.", "mph", True),
        ("He carries 5lb of tools.", "lb", True),
        # Near misses: another unit, another run of words, no number before the word.
        ("The 4mm ride takes him an hour.", "mm", False),
        ("He rides at a steady 12kph.", "kph", False),
        ("He covers 400 yds a month.", "yds", False),
        ("The km ride takes him an hour.", "km", False),
    ],
    ids=[
        "symbol-for-the-name",
        "symbol-apart",
        "lowercased",
        "name-for-the-symbol",
        "symbol-for-a-name-of-three-words",
        "pounds-as-lb",
        "near-miss-another-unit",
        "near-miss-kilometres-and-hour-not-in-a-run",
        "near-miss-yards-for-km",
        "near-miss-no-number-before-it",
    ],
)
def test_a_unit_after_a_number_is_covered_by_its_other_form(
    claim: str, word: str, covered: bool
) -> None:
    art = prepared(ARTICLE)
    view = claim_views(claim, art)[0]
    sup = find_support(art, view.toks, names=view.names, text=view.text)
    unit = next(t for t in tokenize(claim) if t.norm == word)
    assert (unit.stem in sup.covered) is covered, sup


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The 4km ride to the plant takes him an hour.", Verdict.SUPPORTED),
        ("The 5km ride takes him an hour.", Verdict.CONTRADICTED),
    ],
    ids=["the-unit-shortened", "near-miss-another-number"],
)
def test_a_bullet_with_a_shortened_unit_is_kept_and_a_changed_number_is_not(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert result.verdict is verdict, (result.score, result.flags)
