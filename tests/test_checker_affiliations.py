"""A person written with a body the article gives another person, where the article gives the
person a body of their own, is swapped; a body the article gives the person too, or a person
the article ties to no body, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """People who walk 7,000 steps a day have a lower risk of early death, a study found.
"Seven thousand is a realistic target," said lead author Dr Hannah Coates, an epidemiologist \
at Leeds.
Professor Rajiv Menon of King's College London, who was not involved, said the findings were \
reassuring.
Dr Coates worked with Sara Lind and Omar Haddad on the analysis.
Omar Haddad of Leeds and Imperial College London wrote the statistical code."""

# (id, claim): the claim's person with the other person's body.
SWAPPED = [
    ("after-a-comma", "Hannah Coates, of King's College London, led the study."),
    ("straight-after-the-name", "Hannah Coates of King's College London led the study."),
    ("after-a-description", "Hannah Coates, a professor at King's College London, led the study."),
    ("the-other-way-round", "Rajiv Menon, an epidemiologist at Leeds, reviewed the study."),
]

# (id, claim): the person's own body, a body the article also gives them, or no body of theirs.
KEPT = [
    ("own-body", "Hannah Coates, of Leeds, led the study."),
    (
        "own-body-after-a-description",
        "Rajiv Menon, a professor at King's College London, said the findings were reassuring.",
    ),
    ("one-of-two-bodies", "Omar Haddad of Imperial College London wrote the statistical code."),
    ("a-person-tied-to-no-body", "Sara Lind of Leeds worked on the analysis."),
    ("a-body-no-one-else-has", "Hannah Coates of Leeds Beckett led the study."),
]


@pytest.mark.parametrize("claim", [c for _, c in SWAPPED], ids=[i for i, _ in SWAPPED])
def test_a_person_with_another_persons_body_is_swapped(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.CONTRADICTED, check.flags
    assert FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_a_person_with_a_body_the_article_does_not_give_another_is_not_swapped(
    claim: str,
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert not any("puts" in f.message and "with" in f.message for f in check.flags), check.flags


def test_the_swap_names_both_people_and_their_bodies() -> None:
    (check,) = check_claims(ARTICLE, ["Hannah Coates of King's College London led the study."])
    (swap,) = [f for f in check.flags if f.code is FlagCode.ENTITY_SWAPPED]
    assert "Rajiv Menon" in swap.message and "Leeds" in swap.message
