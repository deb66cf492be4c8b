"""A sentence run on into the next without its full stop: its first word, a participle with
its capital ("... his native country Armed with court orders, detectives ..."), is no name, so a
claim's name in that place is no swap; a true name there still is."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

RUN_ON = (
    "Police say Giorgi Soumbadze, a martial arts teacher, has left the country. The Tbilisi, "
    "Georgia, native admitted to trading videos earlier this month. Two days after his interview "
    "with police, he fled, possibly returning to his native country Armed with court orders, "
    "detectives in Maryland were able to obtain information which led them to Soumbadze."
)
NAMED = RUN_ON.replace(
    "native country Armed with court orders,",
    "native country Armenia with his family. With orders,",
)
BASED = RUN_ON.replace("Armed with court orders", "Based on court orders")
FLED = "Two days after his interview with police, he fled, possibly returning to his native country"


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        (RUN_ON, f"{FLED} of Georgia.", Verdict.SUPPORTED),
        (RUN_ON, f"{FLED} Georgia.", Verdict.SUPPORTED),
        (BASED, f"{FLED} of Georgia.", Verdict.SUPPORTED),
        # Near misses: a name the article lacks; a true name in the place.
        (RUN_ON, f"{FLED} of Armenia.", Verdict.UNVERIFIED),
        (NAMED, f"{FLED} of Georgia.", Verdict.CONTRADICTED),
        (NAMED, f"{FLED} Georgia.", Verdict.CONTRADICTED),
    ],
    ids=[
        "participle-after-the-slot",
        "participle-after-the-slot-no-of",
        "another-participle",
        "near-miss-a-country-the-article-lacks",
        "near-miss-a-name-in-the-slot",
        "near-miss-a-name-in-the-slot-no-of",
    ],
)
def test_a_run_on_sentences_participle_is_no_name_in_the_slot(
    article: str, claim: str, verdict: Verdict
) -> None:
    result = check_claims(article, [claim])[0]
    assert result.verdict is verdict, (result.score, result.flags)
