"""A slot after a dropped adjunct or a title without an article is still the slot."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Ferraz came through Benfica's academy and made his first-team debut \
at the age of 17 under former coach Bruno Lage.
Chelsea head coach Stefan Varga sees Ferraz as a replacement for captain Reece Dalton.
The plant was opened in 1998 by the then governor Maria Silva.
Rebels were defeated in heavy fighting with government troops in Kunar province, officials said.
Villagers near Asadabad fled the fighting.
The bridge was designed for the city by architect Paul Okoro."""

# (id, claim): a name moved into a slot the article gives another name.
SWAPPED = [
    ("after-dropped-age-and-past-title", "Ferraz made his first-team debut under Stefan Varga."),
    ("after-dropped-phrase", "Ferraz made his debut under Reece Dalton."),
    ("past-title-by-agent", "The bridge was designed by Stefan Varga."),
    ("after-dropped-for-phrase", "The bridge was designed by Bruno Lage."),
]

# (id, claim): the same slots, rightly filled, or a place an area may hold.
KEPT = [
    ("adjunct-dropped-right-name", "Ferraz made his first-team debut under Bruno Lage."),
    ("title-kept", "Ferraz made his debut under former coach Bruno Lage."),
    ("title-dropped", "The bridge was designed by Paul Okoro."),
    ("place-inside-an-area", "Rebels were defeated in heavy fighting in Asadabad."),
]


@pytest.mark.parametrize("claim", [c for _, c in SWAPPED], ids=[i for i, _ in SWAPPED])
def test_a_name_in_another_names_slot_past_an_adjunct_or_title_is_swapped(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.CONTRADICTED, check.flags
    assert FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_the_right_name_past_an_adjunct_or_title_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags
