"""A numbered name's acronym keeps its number: "WWII" is "the Second World War", not World War I."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.aliases import numbered
from summariser.report import Verdict

POLL = "Germans no longer see {} as a defeat, a poll by the Koerber Foundation found."
CLAIM = "Germans no longer see {} as a defeat."


@pytest.mark.parametrize(
    ("article_name", "claim_name", "kept"),
    [
        ("World War II", "WWII", True),
        ("World War II", "WW2", True),
        ("the Second World War", "WWII", True),
        ("World War 2", "WWII", True),
        ("World War Two", "WW2", True),
        ("World War I", "WWI", True),
        ("the First World War", "WWI", True),
        ("World War II", "WWI", False),
        ("the Second World War", "WWI", False),
        ("World War I", "WWII", False),
        ("World War I", "WW2", False),
        ("the First World War", "WWII", False),
    ],
    ids=[
        "roman",
        "arabic-for-roman",
        "ordinal-before-the-name",
        "roman-for-arabic",
        "arabic-for-a-number-word",
        "the-first",
        "the-first-by-its-ordinal",
        "the-first-for-the-second",
        "the-first-for-the-second-by-its-ordinal",
        "the-second-for-the-first",
        "arabic-second-for-the-first",
        "the-second-for-the-first-by-its-ordinal",
    ],
)
def test_a_numbered_names_acronym_must_give_its_number(
    article_name: str, claim_name: str, kept: bool
) -> None:
    result = check_claims(POLL.format(article_name), [CLAIM.format(claim_name)])[0]
    assert (result.verdict is Verdict.SUPPORTED) is kept


@pytest.mark.parametrize(
    ("acronym", "words", "answer"),
    [
        ("wwii", ["world", "war", "ii"], True),
        ("wwi", ["world", "war", "ii"], False),
        ("fm", ["first", "minister"], None),  # an ordinal that the acronym does not end with
        ("hiv", ["human", "immunodeficiency", "virus"], None),  # no number: letters decide
        ("ww2", ["world", "war"], False),  # a number the name lacks
    ],
    ids=["spelt", "another-number", "ordinal-as-a-word", "no-number", "number-the-name-lacks"],
)
def test_numbered_reads_the_number_apart_from_the_letters(
    acronym: str, words: list[str], answer: bool | None
) -> None:
    assert numbered(acronym, words) is answer
