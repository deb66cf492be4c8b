"""What the article reports as denied, alleged, in doubt or unsaid is no fact of it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Police did not say that the suspect had fled the country.
The minister denied that the government had paid the ransom.
Officials dismissed reports that the plant would close.
Smith claimed that the vote was rigged.
It is unclear whether the bridge will reopen in May.
Prosecutors will decide whether to charge the driver with dangerous driving.
The company said it would cut 500 jobs in Leeds."""

CASES = [
    # (id, claim, dropped): a claim stating the governed clause as fact drops the frame
    ("negated-saying", "The suspect had fled the country.", True),
    ("denial", "The government had paid the ransom.", True),
    ("dismissed-reports", "The plant would close.", True),
    ("allegation", "The vote was rigged.", True),
    ("question", "The bridge will reopen in May.", True),
    # the claim keeps the frame, or a doubt of its own
    ("frame-kept", "The minister denied that the government had paid the ransom.", False),
    ("allegation-kept", "Smith claimed the vote was rigged.", False),
    ("modal-kept", "Prosecutors may charge the driver with dangerous driving.", False),
    # a plain "said" is how news states: dropping it is no hedge dropped
    ("said-dropped", "The company would cut 500 jobs in Leeds.", False),
]


def _assert_frame(article: str, claim: str, dropped: bool) -> None:
    (check,) = check_claims(article, [claim])
    hedged = FlagCode.HEDGE_DROPPED in {f.code for f in check.flags}
    assert hedged == dropped, check.flags
    if dropped:
        assert check.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("claim", "dropped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_clause_under_a_frame_of_doubt_stated_as_fact_is_unverified(
    claim: str, dropped: bool
) -> None:
    _assert_frame(ARTICLE, claim, dropped)


# A course the article only weighs ("would consider", "whether to seek"), or a question it
# leaves open, stated as done or decided.
COURSES_ARTICLE = """\
The tenants' association was considering whether to seek permission to appeal to the High Court.
The association has 21 days to apply.
The union said its members would consider a legal challenge against the new rules.
The board is weighing a sale of the Leeds plant.
The parcel weighs 3 kilograms.
The inspector said it was too early to say whether the fire was linked to a fault in the boiler."""

COURSES = [
    # (id, claim, dropped): what is weighed or asked, stated as done or decided
    ("whether-to", "The tenants' association will appeal to the High Court.", True),
    ("consider", "Union members have launched a legal challenge against the new rules.", True),
    ("weighing", "The board has agreed a sale of the Leeds plant.", True),
    ("said-whether", "The inspector said the fire was linked to a fault in the boiler.", True),
    # the claim keeps the doubt: a modal, the deliberation, the question
    ("modal-kept", "The tenants' association may appeal to the High Court.", False),
    (
        "considering-kept",
        "The tenants' association is considering an appeal to the High Court.",
        False,
    ),
    ("consider-kept", "The union said its members would consider a legal challenge.", False),
    (
        "question-kept",
        "The inspector said it was unclear whether the fire was linked to a fault.",
        False,
    ),
    # the course kept in an infinitive, a preposition's object, a verb that measures
    (
        "infinitive",
        "The tenants have 21 days to apply for permission to appeal to the High Court.",
        False,
    ),
    ("prepositions-object", "The union opposes the new rules.", False),
    ("measure", "The parcel weighs 3 kilograms.", False),
]


@pytest.mark.parametrize(
    ("claim", "dropped"), [c[1:] for c in COURSES], ids=[c[0] for c in COURSES]
)
def test_a_course_only_weighed_or_asked_stated_as_fact_is_unverified(
    claim: str, dropped: bool
) -> None:
    _assert_frame(COURSES_ARTICLE, claim, dropped)
