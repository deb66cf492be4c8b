"""A list that names the same thing twice says what no sentence of the article says."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

TEAM = """The Dutchman left out Alan Shearer and Duncan Ferguson in 1999.
The photoshoot featured Calum Chambers, David Ospina and Mesut Ozil.
A new pension scheme for the firm's staff and pensioners has been given guarantees by the union.
Prices rose more and more as the years went by, and queues grew bigger and bigger.
"Again, again," the crowd shouted."""


@pytest.mark.parametrize(
    ("claim", "twice"),
    [
        ("The Dutchman left out Alan Shearer and Alan Shearer in 1999.", True),
        ("the dutchman left out alan shearer and alan shearer in 1999 .", True),
        ("The photoshoot featured David Ospina, David Ospina and Mesut Ozil.", True),
        (
            "A new pension scheme for the firm's staff and staff has been given guarantees by "
            "the union.",
            True,
        ),
        ("The Dutchman left out Alan Shearer and Duncan Ferguson in 1999.", False),
        ("Prices rose more and more as the years went by.", False),
        ("Queues grew bigger and bigger.", False),
        ('"Again, again," the crowd shouted.', False),
    ],
    ids=[
        "a-name-listed-twice",
        "lowercased",
        "a-name-listed-twice-with-a-comma",
        "a-noun-listed-twice",
        "two-names",
        "more-and-more",
        "a-comparative-repeated",
        "the-article-repeats-it",
    ],
)
def test_a_list_that_names_the_same_thing_twice_is_not_supported(claim: str, twice: bool) -> None:
    result = check_claims(TEAM, [claim])[0]
    listed_twice = any("twice" in f.message for f in result.flags)
    assert listed_twice is twice
    assert (result.verdict is Verdict.SUPPORTED) is not twice
    if "staff and staff" in claim:  # nothing else in it is wrong: the repetition alone
        assert result.verdict is Verdict.UNVERIFIED


RALLY = """Ben Elton took a swipe at Myleene Klass over the tax plan at a rally.
Myleene Klass said that Myleene Klass's critics had not read the plan."""


@pytest.mark.parametrize(
    ("claim", "twice"),
    [
        ("Myleene Klass took a swipe at Myleene Klass over the tax plan at a rally.", True),
        ("myleene klass took a swipe at myleene klass over the tax plan at a rally .", True),
        ("Ben Elton took a swipe at Myleene Klass over the tax plan at a rally.", False),
        ("Myleene Klass said that Myleene Klass's critics had not read the plan.", False),
    ],
    ids=["subject-named-again", "lowercased", "two-people", "after-a-clause-opens"],
)
def test_a_clause_that_names_its_subject_again_is_not_supported(claim: str, twice: bool) -> None:
    result = check_claims(RALLY, [claim])[0]
    assert any("twice in one clause" in f.message for f in result.flags) is twice
    if twice:
        assert result.verdict is not Verdict.SUPPORTED


def test_a_name_the_article_lacks_given_twice_is_one_flag() -> None:
    result = check_claims(RALLY, ["Pixie Lott and her sister Pixie Lott sang at a rally."])[0]
    missing = [f for f in result.flags if "does not appear in the article" in f.message]
    assert [f.span.text for f in missing] == ["Pixie Lott"]
    assert result.verdict is Verdict.UNVERIFIED
