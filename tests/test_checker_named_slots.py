"""A description in a name's slot ("helped the couple rekindle their romance") is the claim's
name when the article says the same words of that name elsewhere; another name, or a name the
article never puts in those words, is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

JOCKEY = """Prince George's sister could be called Sam, after the jockey who helped the Duke \
and Duchess of Cambridge rekindle their romance.
Bookmakers have cut the odds on the name after Sam Waley-Cohen rode in the Grand National on \
Saturday.
The Middletons watched the race at Aintree with friends.
Waley-Cohen finished 15th on Oscar Time, his best result for years.
He is a close friend of the Duchess and was invited to the royal wedding in 2011.
The 33-year-old amateur jockey was once dubbed 'The Royal Matchmaker' after he helped the \
couple rekindle their romance during their brief split in 2007."""

WHO = "Waley-Cohen helped the Cambridges rekindle their romance"

# The same story where the words are said of another couple, and where they are said of none.
OTHERS = JOCKEY.replace("of Cambridge rekindle", "of Sussex rekindle")
UNNAMED = JOCKEY.split("\n", 1)[1]


@pytest.mark.parametrize(
    ("article", "claim", "verdict", "code"),
    [
        # The article names the couple in the same words elsewhere: one fact, told twice.
        (JOCKEY, f"{WHO} during their brief split.", Verdict.SUPPORTED, None),
        (JOCKEY, f"{WHO} during their brief split in 2007.", Verdict.SUPPORTED, None),
        # Near misses: a name the article has, but never in those words ...
        (
            JOCKEY,
            "Waley-Cohen helped the Middletons rekindle their romance during their brief split.",
            Verdict.UNVERIFIED,
            FlagCode.ENTITY_MISSING,
        ),
        # ... the right couple, a changed year ...
        (
            JOCKEY,
            f"{WHO} during their brief split in 2009.",
            Verdict.CONTRADICTED,
            FlagCode.DATE_MISMATCH,
        ),
        # ... the same words said of another couple, or of no one by name.
        (OTHERS, f"{WHO} during their brief split.", Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        (UNNAMED, f"{WHO} during their brief split.", Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
    ],
)
def test_a_description_is_the_name_the_article_gives_in_the_same_words(
    article: str, claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    check = check_claims(article, [claim])[0]
    assert check.verdict is verdict, (check.score, check.flags)
    if code is not None:
        assert code in {f.code for f in check.flags}, check.flags
