"""A speaker set off from the verb by an aside ("X, who chairs the Eurogroup, said") is the
speaker, not the aside's last name; words given to another person of the article are a swap,
reported as one even where the claim's speaker is missing from the evidence."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

ARTICLE = """Euro zone delays bank rules as ministers split

BRUSSELS (Reuters) - Euro zone finance ministers agreed on Monday to delay new capital rules \
for banks by six months.

Irish finance minister Paschal Donohoe, who chairs the Eurogroup, said the extra months would \
give governments time to study the impact on smaller lenders.

Opposition leader Karel Dvorak, whose Freedom party had tried to block the vote, said the \
reform would hurt low-income workers.

"Oh, my God, we would not have made it," said Anna Berg, whose bank lobbied for the delay.

'To see lending fall that fast at the start of March, that is abnormal,' Tomas Radcliffe, \
an economist at Nordea, said.

Finance Minister Jana Novakova said the reform would save 50 billion crowns a year.

A union official, Hugo Rhoades, who had tried to reach Ben Lane, said he had warned the ministry.

"We lent far too much," said the bank's chairman, Olaf Strand.

Its chief executive, Mia Holm, said there were still plenty of loans on offer and urged savers \
not to panic."""

# (id, claim, verdict, code expected among the flags or None)
CASES = [
    ("speaker-past-a-relative", "Paschal Donohoe said the extra months would give governments "
     "time to study the impact on smaller lenders.", Verdict.SUPPORTED, None),
    ("speaker-past-a-long-relative", "Karel Dvorak said the reform would hurt low-income "
     "workers.", Verdict.SUPPORTED, None),
    ("another-gets-his-words", "Jana Novakova said the reform would hurt low-income workers.",
     Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
    ("own-words-past-an-aside", "Hugo Rhoades said he had warned the ministry.",
     Verdict.SUPPORTED, None),
    ("the-aside-is-not-the-speaker", "Ben Lane said he had warned the ministry.",
     Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
    ("quotation-kept", '"Oh, my God, we would not have made it," said Anna Berg.',
     Verdict.SUPPORTED, None),
    ("quotation-given-to-another", '"Oh, my God, we would not have made it," said Jana '
     "Novakova.", Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
    ("speaker-after-a-description", "Olaf Strand said the bank had lent far too much.",
     Verdict.SUPPORTED, None),
    ("description-kept", "The bank's chairman said it had lent far too much.",
     Verdict.SUPPORTED, None),
    ("speaker-after-a-description-swapped", "Tomas Radcliffe said the bank had lent far too much.",
     Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
    ("second-verb-of-the-speaker", "Mia Holm urged savers not to panic.", Verdict.SUPPORTED,
     None),
    ("second-verb-given-to-another", "Olaf Strand urged savers not to panic.",
     Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
    ("claim-speaker-past-an-aside", "'To see lending fall that fast at the start of March, that "
     "is abnormal,' Tomas Radcliffe, an economist at Nordea, said.", Verdict.SUPPORTED, None),
    ("claim-speaker-past-an-aside-swapped", "'To see lending fall that fast at the start of "
     "March, that is abnormal,' Karel Dvorak, who leads the opposition, said.",
     Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
    ("speaker-absent-from-the-evidence", "'To see lending fall that fast at the start of March, "
     "that is abnormal,' Paschal Donohoe said.", Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "verdict", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_speaker_is_read_past_an_aside(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    assert_verdict(ARTICLE, claim, verdict, code)


def test_a_swap_past_an_aside_names_the_article_speaker() -> None:
    claim = "Jana Novakova said the reform would hurt low-income workers."
    (check,) = check_claims(ARTICLE, [claim])
    [flag] = [f for f in check.flags if f.code is FlagCode.SPEAKER_SWAPPED]
    assert "'Karel Dvorak'" in flag.message
