"""An event stated as done whose only evidence is a request for it (`hedge_dropped`,
unverified): "asked FEMA for help" does not say FEMA sent help, nor "urged residents to leave"
that they left; a claim that keeps the request, an event the article also gives as done, and a
"for" that names no thing asked for are kept."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

ARTICLE = """Governor Elena Ruiz declared a state of emergency in Shasta County on Tuesday.
She said she had asked the Federal Emergency Management Agency for help.
Police urged residents of the Pit valley to leave their homes.
The union called on the council to reopen the library, and the council reopened it in May.
Engineers pleaded with the board to delay the launch.
The mayor asked the public for patience after the storm closed the bridge.
Dunmore began to cut jobs in March, and Ellis pleaded guilty to fraud.
Weak demand for steel hurt Halvorsen, which cut output in May."""


@pytest.mark.parametrize(
    "claim",
    [
        # The thing asked for, given as received.
        "The Federal Emergency Management Agency has sent help to Shasta County.",
        # The infinitive a request governs, given as done.
        "Residents of the Pit valley left their homes.",
        "The board delayed the launch.",
    ],
)
def test_an_event_only_requested_is_unverified(claim: str) -> None:
    assert_verdict(ARTICLE, claim, Verdict.UNVERIFIED, FlagCode.HEDGE_DROPPED)


@pytest.mark.parametrize(
    "claim",
    [
        # The request kept.
        "Elena Ruiz said she had asked the Federal Emergency Management Agency for help.",
        "Police urged residents of the Pit valley to leave their homes.",
        # Requested, and also given as done.
        "The council reopened the library in May.",
        # The claim's verb is the article's, outside any request.
        "The storm closed the bridge.",
        # Words that look like requests but ask nothing: "began to", "pleaded guilty", the
        # noun "demand".
        "Dunmore has cut jobs.",
        "Ellis admitted fraud.",
        "Halvorsen cut its output of steel in May.",
    ],
)
def test_a_request_kept_or_an_event_also_done_is_supported(claim: str) -> None:
    assert_verdict(ARTICLE, claim, Verdict.SUPPORTED, None)
