"""A name after a governing word and preposition ("made by", "talks with") must be theirs."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Lumina unveiled its first pair of smart glasses on Tuesday, priced at $1,299.
The device runs on a chip designed in-house and is made by Taiwan's Foxconn, the company said.
Battery life is about six hours, less than rival products from Meta.
Lumina's phone shipments fell 8% in the second quarter, while Apple and Samsung gained share.
Vaughan confirmed that he has held talks with the ECB over becoming England's new director.
He spoke with new ECB chief executive Tom Harrison for an hour.
Locke had been working as No 2 under Johnston when the manager left.
Locke replaced Allan Johnston in February."""

# (id, claim): the claim's name is never the governed one in the article; another name is.
SWAPPED = [
    ("maker-from-another-sentence", "The glasses are made by Samsung."),
    ("maker-another-name", "The device is made by Apple."),
    ("deputy-under-another", "Locke had been working as No 2 under Tom Harrison."),
]

# (id, claim): the article ties the name to the word, a part of it, or to the rival.
KEPT = [
    ("right-maker", "The glasses are made by Foxconn."),
    ("surname-given-in-full", "Locke had been working as No 2 under Allan Johnston."),
    ("body-and-its-officer", "The former captain has held talks with Tom Harrison."),
    ("name-and-word-in-one-sentence", "Rival products from Meta last longer."),
]


@pytest.mark.parametrize("claim", [c for _, c in SWAPPED], ids=[i for i, _ in SWAPPED])
def test_a_name_after_a_governing_word_the_article_gives_another_is_swapped(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.CONTRADICTED, check.flags
    assert FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_a_name_the_article_ties_to_its_governing_word_is_not_swapped(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert FlagCode.ENTITY_SWAPPED not in {f.code for f in check.flags}, check.flags


def test_a_swapped_governed_name_is_flagged_once_with_both_names() -> None:
    (check,) = check_claims(ARTICLE, ["The glasses are made by Samsung."])
    swaps = [f for f in check.flags if f.code is FlagCode.ENTITY_SWAPPED]
    assert len(swaps) == 1
    assert "'Samsung'" in swaps[0].message and "Foxconn" in swaps[0].message
