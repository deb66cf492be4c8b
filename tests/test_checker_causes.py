"""A link between two facts that the article does not state (`cause_unstated`): a claim that
joins two of the article's facts by a cause, consequence or purpose ("because", "so", "led to",
"was started by", "blamed ... for") is unverified when no evidence sentence links them,
contradicted when the article calls the cause open or gives the same effect another cause; a
link the article states in other words ("after", "hurt by", "As a result," opening the next
sentence, a relative clause on the subject), a link the claim itself leaves open, and words of
the class that link nothing ("due to appear", "so far", "results from the north") are kept."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

ARTICLE = """The energy secretary, Daniel Roper, overruled his planning inspector on Tuesday.
The inspector had warned that the turbines would harm views from the national park.
A fire broke out at the Dunmore warehouse on Monday night.
The cause of the warehouse fire is under investigation.
Staff had complained about a faulty heater in the warehouse.
A tanker and a container ship collided in the strait early on Tuesday.
The container ship's owner, Straits Feeder Lines, declined to comment on the cause.
Rival Vessner Chemie posted a 9% rise in quarterly profit thanks to its pharmaceuticals unit.
Halvorsen reported a 14% fall in profit, hurt by weak demand from carmakers.
Heavy snow fell across the county on Sunday.
The council closed the Kendal bridge for repairs.
Trains to Kendal were cancelled on Monday after a landslip near Oxenholme.
The Lune bridge was damaged by the floods. As a result, buses are running on a diversion.
Holt & Pryce, which admitted its involvement, had its fine cut by 30%.
Investigators said it was too early to say what caused the derailment.
Mark Hale is due to appear at Carlisle Crown Court on Friday.
Ten walkers have been rescued so far.
The party's results from the north were its best in a decade."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Two facts the article gives apart, joined by the claim ("because", "so", "led to").
        (
            "Daniel Roper overruled his inspector because the turbines would harm views from "
            "the national park.",
            Verdict.UNVERIFIED,
        ),
        ("Heavy snow fell on Sunday, so the council closed the Kendal bridge.", Verdict.UNVERIFIED),
        ("Heavy snow led to the council closing the Kendal bridge.", Verdict.UNVERIFIED),
        # A cause the article calls open: under investigation, or not commented on.
        ("The warehouse fire was started by a faulty heater.", Verdict.CONTRADICTED),
        ("Straits Feeder Lines blamed the tanker for the collision.", Verdict.CONTRADICTED),
        # ... or said to be known where the article says it is not.
        ("Officials said the cause of the warehouse fire was known.", Verdict.CONTRADICTED),
        # The same effect given another cause than the evidence's.
        (
            "Vessner Chemie's profit rose thanks to strong demand from carmakers.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_link_the_article_does_not_state_is_flagged(claim: str, verdict: Verdict) -> None:
    assert_verdict(ARTICLE, claim, verdict, FlagCode.CAUSE_UNSTATED)


@pytest.mark.parametrize(
    "claim",
    [
        # The article's link in other words: "thanks to", "hurt by", "after", an opening
        # "As a result,", a relative clause on the subject.
        "Vessner Chemie's profit rose because of its pharmaceuticals unit.",
        "Halvorsen's profit fell because of weak demand from carmakers.",
        "A landslip near Oxenholme led to the cancellation of trains to Kendal on Monday.",
        "Buses are running on a diversion because the floods damaged the Lune bridge.",
        "Holt & Pryce's fine was cut by 30% because it admitted its involvement.",
        # A link the claim leaves open itself.
        "Investigators said it was too early to say what caused the derailment.",
        "The cause of the warehouse fire is being investigated.",
        # Words of the class that link nothing.
        "Mark Hale is due to appear at Carlisle Crown Court on Friday.",
        "Ten walkers have been rescued so far.",
        "The party's results from the north were its best in a decade.",
    ],
)
def test_a_link_the_article_states_or_no_link_is_kept(claim: str) -> None:
    assert_verdict(ARTICLE, claim, Verdict.SUPPORTED, None)
