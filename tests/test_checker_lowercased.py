"""Names in a claim written in lower case: a word neither in the article nor English is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.checker import check_claims
from summariser.checker.english import is_english
from summariser.report import FlagCode, Verdict
from tests.test_checker import ARTICLE, _ptb_lower

# (id, claim, the name flagged as missing from the article, or None)
LOWERCASED_CASES = [
    ("copied", "three armed men robbed a security van in glasgow on monday .", None),
    (
        "invented-place",
        "three armed men robbed a security van in edinburgh on monday .",
        "edinburgh",
    ),
    (
        "invented-person",
        "officers working for gavin foxall were studying cctv footage .",
        "gavin foxall",
    ),
    # A name ends at punctuation, as a capitalised one does ("frida ghitis: ...").
    ("name-before-colon", "gavin foxall : nobody had been injured .", "gavin foxall"),
    # Words of English the article lacks are a paraphrase's, not names.
    ("english-words", "gunmen carjacked a security van in glasgow on monday .", None),
]


_ABSENT = frozenset({FlagCode.ENTITY_MISSING, FlagCode.ATTRIBUTION_MISMATCH})


@pytest.mark.parametrize("article", [ARTICLE, _ptb_lower(ARTICLE)], ids=["cased", "lowercased"])
@pytest.mark.parametrize(
    ("claim", "missing"), [c[1:] for c in LOWERCASED_CASES], ids=[c[0] for c in LOWERCASED_CASES]
)
def test_a_lowercased_claims_invented_name_is_missing_from_the_article(
    article: str, claim: str, missing: str | None
) -> None:
    result = check_claims(article, [claim])[0]
    # (a speaker the article lacks is flagged as a speaker)
    named = {f.span.text for f in result.flags if f.code in _ABSENT and f.span is not None}
    if missing is None:
        assert not named
    else:
        assert named == {missing}
        assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("article", "claim"),
    [
        (  # the name without its accents
            "Sinn Fein leader Gerry Adams called for talks on Irish unity on Monday.",
            "the sinn féin leader called for talks on irish unity .",
        ),
        (  # an acronym of a name the article spells out, in lower case
            "Islamic State has claimed the killing of the two men in Syria.",
            "isis claimed the killing of the two men in syria .",
        ),
    ],
)
def test_another_form_of_the_articles_name_is_no_invented_name(article: str, claim: str) -> None:
    result = check_claims(article, [claim])[0]
    assert not [f for f in result.flags if f.code is FlagCode.ENTITY_MISSING]


@pytest.mark.parametrize(
    "claim",
    [
        # Opening with a capital against a cased article: written in case, naming no one, so a
        # word missing from the word list ("livestreamed") is no name.
        "A security van was robbed and the raid was livestreamed, police said.",
    ],
)
def test_a_cased_claim_without_names_has_no_guessed_names(claim: str) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert not {f.code for f in [*result.flags, *result.warnings]} & _ABSENT
    # The same claim in lower case has lost its capitals: the unknown word may be a name.
    lowered = check_claims(ARTICLE, [claim.lower()])[0]
    assert {f.code for f in lowered.flags} & _ABSENT


@pytest.mark.parametrize(
    ("word", "english"),
    [("county", True), ("gunmen", True), ("selfie", True), ("london", False), ("gavin", False)],
)
def test_the_word_list_holds_lower_case_english_and_no_names(word: str, english: bool) -> None:
    assert is_english(word) is english


SEED = Path(__file__).resolve().parents[1] / "examples" / "putin-mali.txt"

# (id, claim, verdict): a claim in capitals throughout is read as one in lower case.
SHOUTED_CASES = [
    ("headline", "PUTIN HELD TALKS WITH MALI'S LEADER, THE KREMLIN SAID.", Verdict.SUPPORTED),
    (
        "headline-swap",
        "PRIGOZHIN HELD TALKS WITH MALI'S LEADER, THE KREMLIN SAID.",
        Verdict.CONTRADICTED,
    ),
    (
        "headline-invented",
        "BIDEN HELD TALKS WITH MALI'S LEADER, THE KREMLIN SAID.",
        Verdict.UNVERIFIED,
    ),
]


@pytest.mark.parametrize(
    ("claim", "verdict"), [c[1:] for c in SHOUTED_CASES], ids=[c[0] for c in SHOUTED_CASES]
)
def test_a_claim_in_capitals_throughout_marks_no_name(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(SEED.read_text(encoding="utf-8"), [claim])
    assert result.verdict is verdict, (result.score, result.flags)
    assert result.claim == claim  # reported as written


def test_a_name_opening_the_claim_is_looked_for_in_the_evidence_as_any_name() -> None:
    """ "Putin" opening the claim is in the article but not in the sentence that gives the
    plane crash (Prigozhin's): a doubt, whether the claim is cased or not."""
    cased, lowered = check_claims(
        SEED.read_text(encoding="utf-8"),
        ["Putin died in a plane crash in August.", "putin died in a plane crash in august."],
    )
    for result in (cased, lowered):
        doubts = [*result.flags, *result.warnings]
        assert [
            f.span.text.lower() for f in doubts if f.code is FlagCode.ENTITY_MISSING and f.span
        ] == ["putin"]
