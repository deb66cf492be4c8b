"""Members of a closed set exclude each other in one slot: an analyst's rating, a medal."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Shares of Veltra rose 3% on Tuesday. Analysts at Komercni Banka rated the shares a \
buy, while Erste Group kept a hold rating.
Norway's Ingrid Lund won gold in the sprint, ahead of Sweden's Ebba Nord, who took silver."""

CASES = [
    ("rating-kept", "Analysts at Komercni Banka rated the shares a buy.", True),
    ("rating-of-the-other-bank", "Analysts at Komercni Banka rated the shares a hold.", False),
    ("second-rating-kept", "Erste Group kept a hold rating.", True),
    ("second-rating-swapped", "Erste Group kept a buy rating.", False),
    ("rating-the-article-lacks", "Komercni Banka rated the shares a sell.", False),
    ("medal-kept", "Ingrid Lund won gold in the sprint.", True),
    ("medal-of-the-runner-up", "Ingrid Lund won silver in the sprint.", False),
    ("runner-up-kept", "Ebba Nord took silver.", True),
    ("runner-up-given-gold", "Ebba Nord took gold.", False),
]


@pytest.mark.parametrize(("claim", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_closed_set_member_in_another_slot_is_a_contradiction(claim: str, kept: bool) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    if kept:
        assert check.verdict is Verdict.SUPPORTED, check.flags
    else:
        assert check.verdict is Verdict.CONTRADICTED, (check.score, check.flags)
        assert FlagCode.NEGATION_FLIP in {f.code for f in check.flags}
