"""A relation read in either voice, with the article's names where the article puts them: a
passive claim ("X is chaired by Y") against an agent named outright ("Z, who chairs X"), a name
that opens the article's sentence, an aside that ends in a name, and names sharing a slot."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Reporters met Paschal Donohoe in Brussels.
Donohoe, who chairs the Eurogroup, told reporters the talks had been constructive.
French finance minister Bruno Le Maire said France would not accept the rule.
Sterling, the forward who will lead the line in the absence of the injured Daniel Sturridge, \
was fined on Monday.
Jordon Ibe was pictured with team-mate Raheem Sterling.
Liverpool boss Brendan Rodgers fined Ibe on Friday, and the Reds squad trained."""

SWAPPED = {FlagCode.ENTITY_SWAPPED, FlagCode.SPEAKER_SWAPPED}

# (id, claim, verdict): None where the verdict may be contradicted or unverified, not supported.
CASES = [
    ("passive-claim-other-agent", "The Eurogroup is chaired by Le Maire.", Verdict.CONTRADICTED),
    ("passive-claim-right-agent", "The Eurogroup is chaired by Donohoe.", Verdict.SUPPORTED),
    ("reduced-relative-claim", "The Eurogroup, chaired by Le Maire, met.", Verdict.CONTRADICTED),
    ("active-claim-past-tense", "Le Maire chaired the Eurogroup.", Verdict.CONTRADICTED),
    ("active-claim-right-agent", "Donohoe chaired the Eurogroup.", Verdict.SUPPORTED),
    # (and "Daniel Sturridge, was fined" ends an aside: Sturridge is no rival subject)
    ("subject-opening-the-sentence", "Sterling was fined on Monday.", Verdict.SUPPORTED),
    # The agent of "by" is the name that heads it, not its owner ("Reds boss"), and "boss" is
    # no verb of "Reds".
    (
        "owner-before-the-agent",
        "Ibe was fined by Reds boss Brendan Rodgers.",
        Verdict.SUPPORTED,
    ),
    (
        "owner-before-the-subject",
        "Reds boss Brendan Rodgers fined Ibe on Friday.",
        Verdict.SUPPORTED,
    ),
    ("names-sharing-a-slot", "Raheem Sterling and Jordon Ibe were pictured.", Verdict.SUPPORTED),
    ("names-sharing-a-slot-reordered", "Ibe and Raheem Sterling were pictured.", Verdict.SUPPORTED),
]


@pytest.mark.parametrize(("claim", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_relation_binds_its_names_in_either_voice(claim: str, verdict: Verdict | None) -> None:
    [result] = check_claims(ARTICLE, [claim])
    codes = {f.code for f in result.flags}
    if verdict is None:
        assert result.verdict is not Verdict.SUPPORTED, result.score
        return
    assert result.verdict is verdict, (result.score, result.flags)
    assert bool(codes & SWAPPED) is (verdict is Verdict.CONTRADICTED)
    if verdict is Verdict.SUPPORTED:  # not even a doubt about a name's place
        assert FlagCode.ENTITY_MISSING not in {f.code for f in result.warnings}
