"""Subjects not written next to their verb. A pronoun after a reporting clause: "Siemens said
on Thursday it would cut 2,700 jobs" gives the cuts to "it", whose antecedent is before it in the
sentence or just before; a claim giving them to a name found neither there nor in the sentences
before is unverified. A participle after a comma ("..., cutting 1,500 jobs") has the subject of
the clause it hangs from ("Rival General Electric", whose head is the name)."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

CUTS = """FRANKFURT (Reuters) - Siemens said on Thursday it would cut 2,700 jobs at its power unit.
Most of the jobs will go in Germany, where the unit employs 12,000 people.
Rival General Electric announced a similar restructuring in March, cutting 1,500 jobs in France.
Later, Bosch said that they had no plans to cut jobs."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("General Electric will cut 2,700 jobs at its power unit.", Verdict.UNVERIFIED),
        ("Siemens will cut 2,700 jobs at its power unit.", Verdict.SUPPORTED),
        ("Siemens said it would cut 2,700 jobs at its power unit.", Verdict.SUPPORTED),
    ],
)
def test_a_pronoun_subject_takes_its_antecedent_from_before_it(
    claim: str, verdict: Verdict
) -> None:
    [result] = check_claims(CUTS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
    if verdict is Verdict.UNVERIFIED:
        [flag] = [f for f in result.flags if f.code is FlagCode.ENTITY_MISSING]
        assert "'it'" in flag.message


def test_the_antecedent_may_come_in_the_sentence_before() -> None:
    text = "Siemens reported lower orders on Thursday.\nThe company said it would cut 2,700 jobs."
    [result] = check_claims(text, ["Siemens will cut 2,700 jobs."])
    assert result.verdict is Verdict.SUPPORTED, result.flags


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Siemens cut 1,500 jobs in France in March.", Verdict.CONTRADICTED),
        ("General Electric cut 1,500 jobs in France in March.", Verdict.SUPPORTED),
        ("General Electric announced a restructuring, cutting 1,500 jobs.", Verdict.SUPPORTED),
        # the other cut, with its own number, still finds its subject's pronoun
        ("General Electric will cut 2,700 jobs at its power unit.", Verdict.UNVERIFIED),
    ],
)
def test_a_participle_takes_the_subject_of_its_clause(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(CUTS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


def test_a_participle_after_another_clause_opener_is_not_read() -> None:
    text = "Rival General Electric said that orders rose, cutting its losses in France."
    [result] = check_claims(text, ["Siemens cut its losses in France."])
    assert FlagCode.ENTITY_SWAPPED not in {f.code for f in result.flags}, result.flags


def test_a_claim_with_a_pronoun_subject_is_read_for_its_slots() -> None:
    text = (
        "Born in Lyon in 1933, Moreau-Laurent studied under Jean Prouvé before opening her "
        "own practice.\nShe married the engineer Paul Laurent in 1960."
    )
    swapped, kept = check_claims(
        text, ["She studied under Paul Laurent.", "She studied under Jean Prouvé."]
    )
    assert swapped.verdict is Verdict.CONTRADICTED, swapped.flags
    assert kept.verdict is Verdict.SUPPORTED, kept.flags


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("FRANKFURT (Reuters) - Siemens announced a restructuring, cutting 1,500 jobs.", "siemens"),
        (
            "Rival General Electric announced a restructuring, cutting 1,500 jobs.",
            "rival general electric",
        ),
        ("GE announced cuts, closing two plants.", "ge"),
        ("In March, GE announced cuts, closing two plants.", None),
    ],
)
def test_a_participle_hangs_from_the_first_name_a_verb_follows(
    text: str, subject: str | None
) -> None:
    from summariser.checker.participles import participle_subject
    from summariser.checker.prepare import prepared

    art = prepared(text)
    toks = art.sentences[0].toks
    v = max(k for k, t in enumerate(toks) if t.norm.endswith("ing"))
    found = participle_subject(toks, v, art.text)
    assert (found and " ".join(t.norm for t in toks[found[0] : found[1]])) == subject
