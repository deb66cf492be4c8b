"""What a speaker denies, told as what the speaker affirms: "Laura Whitfield admitted that the
government had cut funding" for "She rejected claims that the government had cut funding",
"Ferreira agreed to a coalition" for "Ferreira ... ruled out a coalition" are contradicted
(`negation_flip`); the denial itself, someone else's affirming, and what is not denied are
kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Education Secretary Laura Whitfield said students should be proud of the results.
She rejected claims that the government had cut funding for sixth forms, saying spending had risen.
Ferreira said he would seek to govern with a minority and ruled out a coalition with Renewal.
The minister denied that the ministry had lost the exam papers.
Union leader Mick Lynch said members had rejected a 4% pay offer last week."""


def _check(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    return result.verdict, [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]


@pytest.mark.parametrize(
    ("claim", "theirs"),
    [
        # A that-clause after "rejected claims", its speaker a pronoun the sentence before names.
        (
            "Laura Whitfield admitted that the government had cut funding for sixth forms.",
            "rejected",
        ),
        ("Laura Whitfield said the government had cut funding for sixth forms.", "rejected"),
        # A proposal after "ruled out", its speaker named before it in the sentence.
        ("Ferreira agreed to a coalition with Renewal.", "ruled out"),
    ],
)
def test_affirming_what_the_speaker_denies_is_contradicted(claim: str, theirs: str) -> None:
    verdict, messages = _check(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and theirs in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        # The denial itself.
        "Laura Whitfield rejected claims that the government had cut funding for sixth forms.",
        "Ferreira ruled out a coalition with Renewal.",
        "The minister denied that the ministry had lost the exam papers.",
        # Someone else's affirming: the claims were made, by others.
        "Critics said that the government had cut funding for sixth forms.",
        # The denial in other words ("turned down" is "rejected" in WordNet).
        "Union members turned down a 4% pay offer.",
        # What the speaker does not deny.
        "Ferreira said he would seek to govern with a minority.",
    ],
)
def test_the_denial_or_another_speakers_claim_is_kept(claim: str) -> None:
    _, messages = _check(claim)
    assert messages == []
