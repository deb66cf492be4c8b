"""Whose name fills a slot the evidence words with an aside, "whose" or "of": the name that
heads it, not the one beside it."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """SANTIAGO (Reuters) - Chile's president, Gabriel Rojas, signed the decree on Monday.
Officials in Peru and Bolivia said they would study the text.
The shortlist included the Kenyan poet Amina Waweru, whose collection Red Earth had won \
the Forward Prize, and the Welsh writer Owen Pryce.
Market analyst Tomas Berg of Northlight Capital said the shares were undervalued.
"Investors have been far too patient with the board," he said.
Chief Executive Ines Roy said the company would keep its dividend.
A Foreign Office spokesperson welcomed the release of the two sailors.
"We are overjoyed," said Roy's brother, Daniel Roy.
Foreign Office minister Maria Lind thanked the Chilean navy.
US Secretary of State Paul Reyes said the deal was a step forward, while EU foreign policy \
chief Josep Borrell said the bloc would fund the new port.
"Seven thousand is a realistic target," said lead author Dr Anna Holt, an epidemiologist.
According to the harbour master, the port will reopen in May.
Two lawmakers from the governing party, Eva Stastna and Martin Holy, defied their party and \
voted against the bill."""

# (id, claim, code): the claim's name stands where the article has another of its names.
FLAGGED = [
    ("owner-past-aside", "Peru's president signed the decree on Monday.", FlagCode.ENTITY_SWAPPED),
    (
        "owner-of-whose",
        "Owen Pryce's collection Red Earth had won the Forward Prize.",
        FlagCode.ENTITY_SWAPPED,
    ),
    ("speaker-beside-of", "Ines Roy said the shares were undervalued.", None),
    (
        "quote-going-on-from-a-speaker-of-a-firm",
        "Ines Roy said investors had been far too patient with the board.",
        FlagCode.SPEAKER_SWAPPED,
    ),
    (
        "speaker-after-a-title-with-of",
        "Paul Reyes said the bloc would fund the new port.",
        FlagCode.SPEAKER_SWAPPED,
    ),
    (
        "speaker-after-said-and-a-description",
        "Josep Borrell said seven thousand was a realistic target.",
        FlagCode.SPEAKER_SWAPPED,
    ),
    (
        "name-given-the-unnamed-speakers-title",
        "Daniel Roy, a Foreign Office spokesperson, welcomed the release of the two sailors.",
        FlagCode.ENTITY_MISSING,
    ),
]

# (id, claim): the same slots filled as the article fills them.
KEPT = [
    ("owner-past-an-aside", "Chile's president signed the decree on Monday."),
    ("owner-with-the-aside", "Chile's president, Gabriel Rojas, signed the decree on Monday."),
    ("owner-of-whose", "Amina Waweru's collection Red Earth had won the Forward Prize."),
    ("speaker-before-of", "Tomas Berg said the shares were undervalued."),
    ("speaker-with-of", "Tomas Berg of Northlight Capital said the shares were undervalued."),
    ("quote-going-on", "Tomas Berg said investors had been far too patient with the board."),
    ("speaker-after-a-title-with-of", "Paul Reyes said the deal was a step forward."),
    (
        "speaker-after-said-and-a-description",
        "Anna Holt said seven thousand was a realistic target.",
    ),
    ("according-to-a-description", "According to the harbour master, the port will reopen in May."),
    ("one-of-two-joined-subjects", "Eva Stastna voted against the bill."),
    ("the-other-of-two-joined-subjects", "Martin Holy voted against the bill."),
    ("speaker-and-title-aside", "Maria Lind, a Foreign Office minister, thanked the Chilean navy."),
]


@pytest.mark.parametrize(
    ("claim", "code"), [(c, k) for _, c, k in FLAGGED], ids=[i for i, _, _ in FLAGGED]
)
def test_a_name_in_another_names_slot_is_not_supported(claim: str, code: FlagCode | None) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check
    if code is not None:
        assert code in {f.code for f in check.flags}, check.flags


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_a_name_in_its_own_slot_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags


def test_a_speaker_named_with_a_firm_is_named_in_the_message() -> None:
    (check,) = check_claims(ARTICLE, ["Ines Roy said the shares were undervalued."])
    assert any("'Tomas Berg'" in f.message for f in check.flags), check.flags
