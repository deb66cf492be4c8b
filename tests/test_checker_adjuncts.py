"""A slot past a dropped adjunct or a title is still the slot; who fills it; how it is quoted."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.flags import readable
from summariser.report import FlagCode, Verdict

ARTICLE = """Ferraz came through Benfica's academy and made his first-team debut \
at the age of 17 under former coach Bruno Lage.
Chelsea head coach Stefan Varga sees Ferraz as a replacement for captain Reece Dalton.
The plant was opened in 1998 by the then governor Maria Silva.
Rebels were defeated in heavy fighting with government troops in Kunar province, officials said.
Villagers near Asadabad fled the fighting.
The bridge was designed for the city by architect Paul Okoro."""

# (id, claim): a name moved into a slot the article gives another name.
SWAPPED = [
    ("after-dropped-age-and-past-title", "Ferraz made his first-team debut under Stefan Varga."),
    ("after-dropped-phrase", "Ferraz made his debut under Reece Dalton."),
    ("past-title-by-agent", "The bridge was designed by Stefan Varga."),
    ("after-dropped-for-phrase", "The bridge was designed by Bruno Lage."),
]

# (id, claim): the same slots, rightly filled, or a place an area may hold.
KEPT = [
    ("adjunct-dropped-right-name", "Ferraz made his first-team debut under Bruno Lage."),
    ("title-kept", "Ferraz made his debut under former coach Bruno Lage."),
    ("title-dropped", "The bridge was designed by Paul Okoro."),
    ("place-inside-an-area", "Rebels were defeated in heavy fighting in Asadabad."),
]


@pytest.mark.parametrize("claim", [c for _, c in SWAPPED], ids=[i for i, _ in SWAPPED])
def test_a_name_in_another_names_slot_past_an_adjunct_or_title_is_swapped(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.CONTRADICTED, check.flags
    assert FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_the_right_name_past_an_adjunct_or_title_is_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags


WRAPPED = (
    "Police said the man, named locally as Daniel Whitlock, was arrested on Wednesday\n"
    "in Swindon, about 40 miles from the flat where the woman was found dead by\n"
    "officers early on Tuesday morning.\n"
)


def test_a_message_quotes_a_wrapped_sentence_with_spaces_not_escaped_breaks() -> None:
    (check,) = check_claims(WRAPPED, ["The man was arrested on Wednesday in Bristol."])
    messages = [f.message for f in check.flags]
    assert any("Wednesday in Swindon" in m for m in messages), messages
    assert not any("\\n" in m for m in messages), messages


def test_a_backslash_quoted_in_a_message_is_left_as_written() -> None:
    assert readable(repr("C:\\new")) == repr("C:\\new")
    assert readable(repr("one\n  two")) == repr("one two")


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        # "said Daniel Whitlock was arrested": the name is the reported clause's subject
        ("Sarah Jones was arrested in Swindon on Wednesday.", FlagCode.ENTITY_SWAPPED),
        # "..., said Daniel Whitlock.": the speaker
        ("Sarah Jones said the van was stolen in Swindon.", FlagCode.SPEAKER_SWAPPED),
    ],
)
def test_a_name_after_said_is_the_speaker_unless_its_own_verb_follows(
    claim: str, code: FlagCode
) -> None:
    article = (
        "Police said Daniel Whitlock was arrested in Swindon on Wednesday. "
        "The van was stolen in Swindon, said Daniel Whitlock. Sarah Jones was arrested in Bristol."
    )
    (check,) = check_claims(article, [claim])
    assert code in {f.code for f in check.flags}, check.flags


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a claim's first word that is no English word and that the article lacks is a name
        ("Goita paid £55m for Tiago Reis in 2023.", Verdict.UNVERIFIED),
        ("Chelsea paid £55m for Tiago Reis in 2023.", Verdict.UNVERIFIED),
        ("Manchester City paid £55m for Tiago Reis in 2023.", Verdict.SUPPORTED),
        # a role before a name, and a system's placeholder, are no names
        ("Midfielder Tiago Reis cost £55m in 2023.", None),
        ("UNK paid £55m for Tiago Reis in 2023.", None),
    ],
)
def test_a_name_opening_the_claim_that_the_article_lacks_is_missing(
    claim: str, verdict: Verdict | None
) -> None:
    article = "The fee surpasses the £55m that Manchester City paid for Tiago Reis in 2023."
    (check,) = check_claims(article, [claim])
    missing = FlagCode.ENTITY_MISSING in {f.code for f in check.flags}
    assert missing == (verdict is Verdict.UNVERIFIED), check.flags
    if verdict is not None:
        assert check.verdict is verdict, check.flags
