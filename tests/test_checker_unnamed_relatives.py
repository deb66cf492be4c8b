"""Who did what a relative clause says: "a man who attacked her" is someone the article leaves
unnamed, so a claim that gives the verb a name is not supported; a claim may open with a
description in headline style before that name ("PGA Tour star Rickie Fowler accused ...")."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = (
    "PGA Tour star Rickie Fowler has earned praise from fans after calling out an online hater "
    "who accused his girlfriend Alexis Randock of being a gold digger. Police said they "
    "arrested a man who attacked Jane Doe outside a club in Leeds on Friday. John Smith, a "
    "witness, called the police. Officers named Tom Reed as the driver who hit a lamp post. "
    "Mary Clark, a nurse who treated the victims, praised the paramedics."
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("John Smith attacked Jane Doe outside a club in Leeds.", Verdict.UNVERIFIED),
        ("john smith attacked jane doe outside a club in leeds .", Verdict.UNVERIFIED),
        ("A man attacked Jane Doe outside a club in Leeds.", Verdict.SUPPORTED),
        ("Rickie Fowler accused his girlfriend of being a gold digger.", Verdict.UNVERIFIED),
        (
            "PGA Tour star Rickie Fowler accused Alexis Randock of being a gold digger.",
            Verdict.UNVERIFIED,
        ),
        (
            "pga tour star rickie fowler accused alexis randock of being a gold digger .",
            Verdict.UNVERIFIED,
        ),
        ("PGA Tour star Rickie Fowler called out an online hater.", Verdict.SUPPORTED),
        ("Tom Reed hit a lamp post.", Verdict.SUPPORTED),
        ("Mary Clark treated the victims.", Verdict.SUPPORTED),
        ("John Smith called the police.", Verdict.SUPPORTED),
    ],
    ids=[
        "a-name-for-a-man-who",
        "lowercased-name-for-a-man-who",
        "near-miss-the-unnamed-man",
        "a-name-for-an-online-hater-who",
        "headline-description-before-the-name",
        "lowercased-headline-description",
        "near-miss-described-name-doing-its-own-deed",
        "near-miss-the-driver-who-is-named",
        "near-miss-a-nurse-who-in-apposition",
        "near-miss-the-witness-named",
    ],
)
def test_a_name_given_to_what_an_unnamed_someone_did_is_not_supported(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert result.verdict is verdict, (result.flags, result.warnings)
    if verdict is Verdict.UNVERIFIED:
        assert any(f.code is FlagCode.ENTITY_MISSING for f in result.flags)
