"""The thing a verb acts on, told as the subject of the evidence's predicate: "closed its 270
stores" for "The 270 stores stayed open", "The museum was closed" for "Staff opened the
museum", are contradicted (`negation_flip`); the same state told either way, or another
thing's state, is kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """The retailer said hackers had stolen the data of 2.4 million customers.
The 270 stores stayed open throughout the attack, although contactless payments failed.
Staff opened the museum on Sunday, but the cafe was closed."""


def _check(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        # The claim's verb acts on what the evidence's predicate gives a state.
        ("The retailer closed its 270 stores during the attack.", "'open'"),
        # The other way round.
        ("The museum was closed on Sunday.", "'opened'"),
    ],
)
def test_the_opposite_state_of_a_thing_acted_on_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _check(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        "The retailer kept its 270 stores open during the attack.",
        "The museum was opened on Sunday.",
        "Staff closed the cafe on Sunday.",
        "The cafe was closed on Sunday.",
    ],
)
def test_the_same_state_or_another_things_is_kept(claim: str) -> None:
    _, messages = _check(claim)
    assert messages == []
