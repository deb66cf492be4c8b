"""What a number counts: another noun ("N X" where the evidence's N counts Y), or its ordinal."""

from __future__ import annotations

import pytest

from summariser.checker.counted_nouns import may_name_same
from summariser.checker.features import stem
from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Kenya won the second one-day international in Nairobi by six wickets on Saturday.
The parcel weighed 12 grams when it reached the depot. Harlow Foods will cut 600 jobs at its \
bakery in Leeds. The council built 40 council homes on the old depot site last year.
Police arrested nine men after the raid on the warehouse. The plant has had 17 leaks since \
2019, four of which forced it to close. The survey drew on 31,482 photographs of the coast.
All five were released on bail on Monday. It is the third recall of the Corsa van this year.
The alliance now holds 118 of the 240 seats, two short of a majority."""

CASES = [
    ("wickets-kept", "Kenya won the second one-day international by six wickets.", True),
    ("wickets-made-runs", "Kenya won the second one-day international by six runs.", False),
    ("grams-made-kilograms", "The parcel weighed 12 kilograms when it reached the depot.", False),
    ("jobs-as-positions", "Harlow Foods will cut 600 positions at its bakery in Leeds.", True),
    ("jobs-made-stores", "Harlow Foods will cut 600 stores in Leeds.", False),
    ("council-homes-as-homes", "The council built 40 homes on the old depot site.", True),
    ("men-as-people", "Police arrested nine people after the raid on the warehouse.", True),
    ("men-as-suspects", "Police arrested nine suspects after the raid on the warehouse.", True),
    ("a-pronoun-count-may-be-anything", "Four incidents forced the plant to close.", True),
    ("a-precise-figure-reworded", "The survey drew on 31,482 images of the coast.", True),
    ("an-elided-noun-may-be-anything", "All five suspects were released on bail.", True),
    (
        "a-degree-word-s-measure-counts-the-seats",
        "The alliance is two seats shy of a majority.",
        True,
    ),
    (
        "the-third-time-is-the-third-recall",
        "It is the third time this year the Corsa van has been recalled.",
        True,
    ),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_number_counting_another_noun_is_a_contradiction(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.NUMBER_SWAPPED}, kept)


KINDS = [
    ("victims", "people", True),  # (a kind of person; "people" is English's plural of person)
    ("positions", "jobs", True),  # (one synset)
    ("houses", "homes", True),  # (a kind of dwelling, "home")
    ("miners", "men", True),  # (two nouns for people: roles one person may hold both)
    ("wickets", "runs", False),
    ("grams", "kilograms", False),
    ("seats", "votes", False),
    ("wickets", "zzyzx", True),  # (a word WordNet lacks may be anything)
]


@pytest.mark.parametrize(("a", "b", "same"), KINDS, ids=[f"{a}-{b}" for a, b, _ in KINDS])
def test_nouns_name_the_same_things_when_one_is_a_kind_of_the_other(
    a: str, b: str, same: bool
) -> None:
    assert may_name_same(stem(a), stem(b)) is same
    assert may_name_same(stem(b), stem(a)) is same


ORDINALS = """Snow is forecast for Friday, the fifth day of the festival, and the organisers \
will have to run the remaining four days with half the staff."""

ORDINAL_CASES = [
    ("the-fifth-day-kept", "Snow is forecast for the fifth day of the festival.", True),
    (
        "four-days-kept",
        "The organisers will run the remaining four days with half the staff.",
        True,
    ),
    (
        "four-days-made-the-fourth-day",
        "Snow is forecast for the fourth day of the festival.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("claim", "kept"), [c[1:] for c in ORDINAL_CASES], ids=[c[0] for c in ORDINAL_CASES]
)
def test_an_ordinal_is_not_the_cardinal_of_its_value(claim: str, kept: bool) -> None:
    assert_contradicted(ORDINALS, claim, {FlagCode.NUMBER_SWAPPED}, kept)
