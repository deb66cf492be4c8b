"""Who a thing was done to, and who did it, as the article binds them: a passive claim's
subject against the object (or passive subject) of the same verb in the evidence, a predicate
the article tells of someone else, and a speaker named after his office."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

ARTICLE = """Czech parliament passes pension reform after marathon debate

PRAGUE (Reuters) - The Czech lower house passed a pension reform bill on Tuesday after a \
40-hour debate, with 105 deputies in favour and 71 against.

Opposition leader Karel Dvorak, whose Freedom party had tried to block the vote, said the \
reform would hurt low-income workers. Ondrej Mach, a deputy from the ruling coalition, voted \
against the bill, citing concerns about the retirement age.

Finance Minister Jana Novakova said the reform would save 50 billion crowns a year by 2030.

Separately, a court in Brno sentenced former mayor Marta Wolska to 10 years in prison for \
bribery. Her deputy, Petr Kral, was acquitted.

Secretary of State Antony Blinken said Washington welcomed the reform.

Two journalists held for more than a year in Belarus were freed on Thursday in a prisoner \
exchange. In return, Lithuania released Viktor Sokal, a Belarusian businessman."""

# (id, claim, verdict, flag code expected among the flags or None)
CASES = [
    # what was done, to whom
    ("object-made-passive-subject", "Marta Wolska was sentenced to 10 years in prison.",
     Verdict.SUPPORTED, None),
    ("with-her-title", "Former mayor Marta Wolska was sentenced to 10 years.",
     Verdict.SUPPORTED, None),
    ("passive-kept", "Petr Kral was acquitted.", Verdict.SUPPORTED, None),
    ("another-done-to", "Petr Kral was sentenced to 10 years in prison.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("passive-subject-swapped", "Marta Wolska was acquitted.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("description-in-the-slot", "Her deputy was acquitted.", Verdict.SUPPORTED, None),
    ("active-object-kept", "The court acquitted Petr Kral.", Verdict.SUPPORTED, None),
    ("active-object-swapped", "The court acquitted Marta Wolska.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("done-to-another-outside-the-evidence", "Jana Novakova was acquitted.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("a-place-is-no-subject", "In exchange, Lithuania freed Viktor Sokal, a Belarusian "
     "businessman.", Verdict.SUPPORTED, None),
    # a predicate the article tells of one person, given to another it names elsewhere
    ("own-predicate", "Ondrej Mach voted against the bill.", Verdict.SUPPORTED, None),
    ("predicate-of-another", "Karel Dvorak voted against the bill.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("own-words", "Karel Dvorak said the reform would hurt low-income workers.",
     Verdict.SUPPORTED, None),
    # a speaker named after his office
    ("named-after-his-office", "Antony Blinken said Washington welcomed the reform.",
     Verdict.SUPPORTED, None),
    ("surname-after-his-office", "Blinken said Washington welcomed the reform.",
     Verdict.SUPPORTED, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "verdict", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_names_stay_in_the_slot_the_article_gives_them(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    assert_verdict(ARTICLE, claim, verdict, code)


def test_a_predicate_told_of_another_quotes_the_article_sentence() -> None:
    (check,) = check_claims(ARTICLE, ["Karel Dvorak voted against the bill."])
    [flag] = [f for f in check.flags if f.code is FlagCode.ENTITY_SWAPPED]
    assert "'Ondrej Mach'" in flag.message and "ruling coalition" in flag.message


def test_a_speaker_after_his_office_is_named_without_it() -> None:
    (check,) = check_claims(ARTICLE, ["Karel Dvorak said Washington welcomed the reform."])
    assert check.verdict is Verdict.CONTRADICTED
    [flag] = [f for f in check.flags if f.code is FlagCode.SPEAKER_SWAPPED]
    assert "'Antony Blinken'" in flag.message and "'State Antony" not in flag.message
