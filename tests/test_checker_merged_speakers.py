"""A claim that merges two sentences keeps the speaker one of them names."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_flagged

FLOOD = """Some 150,000 homes were still without electricity on Thursday, the utility Iberdrola \
said, and several main roads and the high-speed rail line to Madrid remained closed. Transport \
minister Oscar Puente said the line could be closed for two to three weeks. Prime Minister \
Pedro Sanchez visited a crisis centre in Valencia."""
LINE = "{} said the high-speed line to Madrid could be closed for up to three weeks."

HOMES = "Oscar Puente said 150,000 homes were without electricity."

TRIAL = """Judge Jeremy Cooke said Hayes had been "dishonest" and had acted out of greed.
Hayes, who worked for UBS and Citigroup, had denied the charges. His lawyer, Neil Hawes, said his \
client would appeal against the verdict."""

# (id, article, claim, a speaker_swapped finding expected)
CASES = [
    # what another sentence's speaker said, stitched to the judge (his title is no word he said)
    (
        "another-speakers-words",
        TRIAL,
        "Judge Cooke said Hayes would appeal against the verdict.",
        True,
    ),
    ("the-speakers-own-words", TRIAL, "Judge Cooke said Hayes had acted out of greed.", False),
    ("the-lawyers-words", TRIAL, "Hawes said his client would appeal against the verdict.", False),
    ("speaker-of-the-other-sentence", FLOOD, LINE.format("Oscar Puente"), False),
    ("speaker-of-neither", FLOOD, LINE.format("Pedro Sanchez"), True),
    ("speaker-of-the-first-only", FLOOD, HOMES, True),
]


@pytest.mark.parametrize(
    ("article", "claim", "swapped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_merged_claim_keeps_the_speaker_of_one_sentence(
    article: str, claim: str, swapped: bool
) -> None:
    assert_flagged(article, claim, FlagCode.SPEAKER_SWAPPED, swapped)
