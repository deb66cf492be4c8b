"""A person described by a head noun the article never writes, where the article describes the
person otherwise, is not supported; the article's own description, or a person it does not
describe, is left to the other tests."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """A man has been charged with murder after a woman was found dead at a flat in Bristol.
Ms Haddad, a nurse at Southmead Hospital, had moved to the city from Leeds three years ago.
Daniel Whitlock was arrested on Wednesday in Swindon.
Claire Morgan, who is leading the investigation, said officers had visited the flat before.
Whitlock was a porter at the same hospital, colleagues said."""

# (id, claim): a description the article does not give, of a person it describes.
NEW = [
    ("after-was", "Haddad was a doctor at Southmead Hospital."),
    ("in-apposition", "Haddad, a midwife, had moved to the city from Leeds three years ago."),
    ("with-a-modifier", "Whitlock was a hospital cleaner."),
]

# (id, claim): the article's description, or a person it gives none.
KEPT = [
    ("the-articles-noun", "Haddad was a nurse at Southmead Hospital."),
    (
        "the-articles-noun-in-apposition",
        "Whitlock, a porter, was arrested on Wednesday in Swindon.",
    ),
    ("no-description-of-hers", "Claire Morgan, a detective, is leading the investigation."),
]


@pytest.mark.parametrize("claim", [c for _, c in NEW], ids=[i for i, _ in NEW])
def test_a_description_the_article_lacks_is_not_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check.flags
    assert FlagCode.ENTITY_MISSING in {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_the_articles_description_or_none_is_not_flagged(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert not any("calls the person" in f.message for f in check.flags), check.flags
