"""Two names that share a word but end differently are two names ("Manchester United" is not
"Manchester City")."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """The fee would surpass the £55m that Manchester City paid for defender Tiago Reis \
in 2023.
Manchester United had also held talks with Benfica over the player."""

CASES = [
    # (id, claim, verdict)
    ("other-head", "Manchester United paid £55m for Tiago Reis in 2023.", Verdict.CONTRADICTED),
    ("same-name", "Manchester City paid £55m for Tiago Reis in 2023.", Verdict.SUPPORTED),
    ("head-alone", "City paid £55m for Tiago Reis in 2023.", Verdict.SUPPORTED),
]


@pytest.mark.parametrize(("claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_subject_sharing_a_word_with_the_articles_is_another_name_if_its_head_differs(
    claim: str, verdict: Verdict
) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is verdict, check.flags
    swapped = FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}
    assert swapped == (verdict is Verdict.CONTRADICTED)
