"""The word that governs a copied complement: "admitted knowing ..." against "admitted he had
thrown the first punch but denied knowing ..."."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

TRIAL = """Ryan Hale was found not guilty of murder but guilty of affray. Ryan Hale, who punched \
a friend of Mr Cartwright during the fight, admitted he had thrown the first punch but denied \
knowing that his brother was carrying a knife. The knife was never found."""
AUDIT = """The tool reports that 44 per cent of the senator's followers are 'good'; 15 per cent \
are 'fake'; and 41 per cent are 'inactive'. The senator's office declined to comment."""
KNOWING = "Ryan Hale {} knowing that his brother was carrying a knife."
SHARES = (
    "The tool reports that 44 per cent of the senator's followers are 'good', and 41 per cent "
    "are 'inactive'."
)

# (id, article, claim, expected verdict)
CASES = [
    ("governed-by-the-opposite", TRIAL, KNOWING.format("admitted"), Verdict.CONTRADICTED),
    ("governed-by-its-own-verb", TRIAL, KNOWING.format("denied"), Verdict.SUPPORTED),
    (
        "the-first-predicate",
        TRIAL,
        "Ryan Hale admitted he had thrown the first punch.",
        Verdict.SUPPORTED,
    ),
    ("an-item-of-a-list-dropped", AUDIT, SHARES, Verdict.SUPPORTED),
]


@pytest.mark.parametrize(
    ("article", "claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_word_before_a_copied_complement_governs_it(
    article: str, claim: str, verdict: Verdict
) -> None:
    result = check_claims(article, [claim])[0]
    assert result.verdict is verdict, result.flags
    flipped = FlagCode.NEGATION_FLIP in {f.code for f in result.flags}
    assert flipped is (verdict is Verdict.CONTRADICTED)
