"""A role noun before a name ("striker Marcus Obi") belongs to that person."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Chelsea have spent more than £150m this summer, having signed striker Marcus Obi \
from Lyon and goalkeeper Filip Novak from Sparta Prague.
Former Dons midfielder Paul Sheerin, player-manager at Arbroath since 2010, was chosen by boss \
Derek McInnes."""

CASES = [
    # (id, claim, verdict): the role the same sentence gives another person
    ("role-of-the-other", "Chelsea signed goalkeeper Marcus Obi from Lyon.", Verdict.CONTRADICTED),
    ("role-opening-claim", "Goalkeeper Marcus Obi joined Chelsea from Lyon.", Verdict.CONTRADICTED),
    ("other-way-round", "Chelsea signed striker Filip Novak.", Verdict.CONTRADICTED),
    ("own-role", "Chelsea signed striker Marcus Obi from Lyon.", Verdict.SUPPORTED),
    ("own-role-other", "Chelsea signed goalkeeper Filip Novak.", Verdict.SUPPORTED),
    # a former role is no role of now: a former midfielder may be a boss
    ("past-role", "Arbroath boss Paul Sheerin was chosen by Derek McInnes.", None),
]


@pytest.mark.parametrize(("claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_role_noun_the_article_gives_another_person_is_swapped(
    claim: str, verdict: Verdict | None
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    swapped = FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}
    if verdict is None:
        assert not swapped, check.flags
    else:
        assert check.verdict is verdict, check.flags
        assert swapped == (verdict is Verdict.CONTRADICTED)
