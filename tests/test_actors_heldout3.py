"""Actors in CoNLL-2003 test-style wire copy, third round: kinds of misses read on the conll3
hand set that recur in an older one, each mechanism with invented sentences (none from
CoNLL-2003 or the hand sets), and near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_actors_heldout import forms_of
from tests.test_actors_markets import type_of

_RESULTS = (
    "Results on Thursday ( home team in capitals ) :\nDENVER 102 Orvale 94\nKelmont 97 BOSTON 91\n"
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A side shouted on a result line is the same team when the prose names it again.
        (
            _RESULTS + "Jon Brenta scored 31 as Denver won their ninth game .\n",
            "Denver",
            "organisation",
        ),
        (_RESULTS + "Jon Brenta had Boston 's only basket .\n", "Boston", "organisation"),
        # Near misses: a place's word governs the name (the city); a city no line shouts.
        (_RESULTS + "Jon Brenta was born in Denver .\n", "Denver", "place"),
        (_RESULTS + "Jon Brenta visited Boston on Friday .\n", "Boston", "place"),
        (_RESULTS + "Jon Brenta scored 31 as Chicago won their ninth game .\n", "Chicago", "place"),
    ],
)
def test_heldout3_kinds_types(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "form", "forms"),
    [
        (
            _RESULTS + "Jon Brenta scored 31 as Denver won their ninth game .\n",
            "Denver",
            ["DENVER", "Denver"],
        ),
        (_RESULTS + "Jon Brenta was born in Denver .\n", "Denver", ["Denver"]),
    ],
)
def test_heldout3_name_forms(text: str, form: str, forms: list[str] | None) -> None:
    assert forms_of(text, form) == forms
