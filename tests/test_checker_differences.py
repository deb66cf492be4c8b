"""A change given as its amount ("gained nine seats") agrees with the two ends the article gives
("89 of the 230 seats, up from 80") when it is their difference, in the same direction, and the
party the sentence gives it to. Another amount, the change reversed and another party's change
stay flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ELECTION = """Portugal's centre-right Democratic Alliance won Sunday's snap election with 32.1% \
of the vote, but fell well short of a majority.
The alliance, led by Prime Minister Tomas Ferreira, took 89 of the 230 seats in parliament, up \
from 80 in the election held in March last year.
The Socialist Party came second with 23.4% and 58 seats, its worst result since 1987.
Turnout was 64.4%, the highest in three decades.
Socialist leader Ines Duarte conceded defeat shortly after midnight.
The Liberal Initiative won nine seats."""

SINCE = "compared with last year's election."


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        (f"The alliance gained nine seats {SINCE}", True),
        # Near misses: another amount ...
        (f"The alliance gained eight seats {SINCE}", False),
        # ... the change reversed ...
        (f"The alliance lost nine seats {SINCE}", False),
        # ... another party's change ...
        (f"The Socialist Party gained nine seats {SINCE}", False),
        # ... and the difference of the whole parliament and the old seats.
        (f"The alliance gained 150 seats {SINCE}", False),
    ],
)
def test_a_change_given_as_its_amount_agrees_with_the_two_ends_the_article_gives(
    claim: str, supported: bool
) -> None:
    check = check_claims(ELECTION, [claim])[0]
    assert (check.verdict is Verdict.SUPPORTED) is supported, (check.score, check.flags)
    if not supported:
        numbers = {FlagCode.NUMBER_MISMATCH, FlagCode.NUMBER_SWAPPED}
        assert numbers & {f.code for f in check.flags}, check.flags
