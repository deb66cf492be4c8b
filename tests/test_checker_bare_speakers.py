"""In a claim without capitals the word before a reporting verb stands for its speaker, read as
English reads it: the word before an aside that ends at the verb ("rob taber , who lived on site ,
says"), the subject before an auxiliary and an adverb ("has now said"), and no name at
all after an article ("a witness said", "the 41-year-old says"), a description a claim in
capitals is already free to word its own way. A speaker the article lacks is still flagged, and
so is a possessive's noun ("his brother said"), which names someone by a tie to another."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

FIRE = """a fire tore through beach-side apartments in westhampton on wednesday .
her partner , building manager rob taber who lived and worked in the building , said he has \
lost everything .
dave rose , who saw the blaze , told abc 7 : ` you could see flames from about three miles away . '
the apartments are open between may and november .
it is not known what started the blaze .
sarah wilson , 41 , explained how anxiety had left her feeling very alone .
lake county school district told the station on thursday they would not suspend logan ."""


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [
        # The speaker before an aside, a subject before "has now", a description.
        (
            "building manager rob taber , who lived on site , says he has lost everything .",
            Verdict.SUPPORTED,
            None,
        ),
        (
            "lake county school district has now said it will not suspend logan .",
            Verdict.SUPPORTED,
            None,
        ),
        ("the school district has now said it will not suspend logan .", Verdict.SUPPORTED, None),
        (
            "a witness said you could see flames from about three miles away .",
            Verdict.SUPPORTED,
            None,
        ),
        ("the 41-year-old says anxiety had left her feeling very alone .", Verdict.SUPPORTED, None),
        # Near misses: a speaker the article lacks, before an aside or "has now" ...
        (
            "building manager mark price , who lived on site , says he has lost everything .",
            Verdict.UNVERIFIED,
            FlagCode.ATTRIBUTION_MISMATCH,
        ),
        (
            "price has now said it will not suspend logan .",
            Verdict.UNVERIFIED,
            FlagCode.ATTRIBUTION_MISMATCH,
        ),
        # ... or right before the verb, as before.
        (
            "price said it will not suspend logan .",
            Verdict.UNVERIFIED,
            FlagCode.ATTRIBUTION_MISMATCH,
        ),
        (
            "his brother said he has lost everything .",
            Verdict.UNVERIFIED,
            FlagCode.ATTRIBUTION_MISMATCH,
        ),
    ],
)
def test_the_speaker_of_a_claim_without_capitals_is_read_as_english_reads_it(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    (check,) = check_claims(FIRE, [claim])
    codes = {f.code for f in check.flags}
    assert check.verdict is verdict, (check.score, codes)
    if code is None:
        assert FlagCode.ATTRIBUTION_MISMATCH not in codes
    else:
        assert code in codes
