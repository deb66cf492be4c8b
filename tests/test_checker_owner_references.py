"""A reference ("his team", "his client", "the bloc") stands for the party its sentence names
as the speaker's owner ("Tottenham boss Ange Postecoglou", "Price's barrister, Andrew Kaye",
"EU foreign policy chief Josep Borrell"): the claim may name that party in the reference's
place. A party the sentence names in another role, or not at all, is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

MATCH = """Arsenal beat Tottenham 3-1 at the Emirates Stadium on Sunday.
Tottenham boss Ange Postecoglou said his team had been too passive against Arsenal in the \
first half.
Arsenal manager Mikel Arteta praised his defenders."""

COURT = """A former hospital porter was jailed for six years on Friday for stealing from elderly \
patients.
Daniel Price, 41, admitted 14 counts of theft at Leeds Crown Court.
Price's barrister, Andrew Kaye, said his client had a gambling addiction and was ashamed.
Judge Helen Moss said the thefts were a gross breach of trust."""

TALKS = """Armenia and Azerbaijan agreed on Thursday to reopen their shared border.
EU foreign policy chief Josep Borrell said the bloc was ready to fund new customs facilities, \
while Turkey said it would send observers."""

# The same sentence where the other party is the speaker's owner, and where the reference is
# someone else: a person of another role, or of the speaker's kin.
OTHER_OWNER = MATCH.replace("Tottenham boss", "Arsenal fan")
REFEREE = MATCH.replace("said his team", "said the referee")
WIFE = COURT.replace("said his client", "said his wife")
THE_JUDGE = COURT.replace("said his client", "said the judge")


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        (MATCH, "Postecoglou said Tottenham had been too passive in the first half.", True),
        (COURT, "Andrew Kaye said Price had a gambling addiction.", True),
        (TALKS, "Josep Borrell said the EU was ready to fund new customs facilities.", True),
        # Near misses: another party of the story in the reference's place ...
        (MATCH, "Postecoglou said Arsenal had been too passive in the first half.", False),
        (COURT, "Andrew Kaye said Helen Moss had a gambling addiction.", False),
        (TALKS, "Josep Borrell said Turkey was ready to fund new customs facilities.", False),
        # ... a party absent from the story ...
        (TALKS, "Josep Borrell said Russia was ready to fund new customs facilities.", False),
        # ... and a party the sentence names, but not as whose the speaker is.
        (OTHER_OWNER, "Postecoglou said Tottenham had been too passive in the first half.", False),
        # ... and someone else in the reference's place: another role, the speaker's kin.
        (REFEREE, "Postecoglou said Tottenham had been too passive in the first half.", False),
        (WIFE, "Andrew Kaye said Price had a gambling addiction.", False),
        (THE_JUDGE, "Andrew Kaye said Price had a gambling addiction.", False),
    ],
)
def test_a_reference_stands_for_the_party_owning_its_speaker(
    article: str, claim: str, verdict: bool
) -> None:
    check = check_claims(article, [claim])[0]
    if verdict:
        assert check.verdict is Verdict.SUPPORTED, (check.score, check.flags)
    else:
        assert check.verdict is not Verdict.SUPPORTED, (check.score, check.flags)
        assert {f.code for f in check.flags} & {
            FlagCode.ENTITY_MISSING,
            FlagCode.ENTITY_SWAPPED,
        }, check.flags
