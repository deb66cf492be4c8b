"""A place the article names after the event's words, but past another verb, is that verb's
event's place, not the claim's event's."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = """Kenya's Daniel Kiprop broke the men's marathon world record in Berlin on Sunday, \
finishing in two hours and 21 seconds to take 14 seconds off the mark set by Elias Korir in \
Chicago in 2024.
The glasses will go on sale in the United States on Oct. 23 and in Europe and Japan early \
next year."""

CASES = [
    ("place-kept", "Kiprop broke the world record in Berlin.", True),
    ("the-other-verbs-place", "Kiprop broke the world record in Chicago.", False),
    ("the-other-verbs-place-kept-by-it", "Korir set the mark in Chicago.", True),
    ("a-list-of-places-first", "The glasses will go on sale in the United States.", True),
    ("a-list-of-places-later", "The glasses will go on sale in Japan.", True),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_place_past_another_verb_is_not_the_events(claim: str, kept: bool) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.ENTITY_SWAPPED}, kept)
