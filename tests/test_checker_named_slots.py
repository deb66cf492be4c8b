"""A description in a name's slot is the claim's name when the article tells so: it says the
same words of that name elsewhere ("helped the couple rekindle their romance"), or the name is
the only one of the article of the kind the description names ("the end of the conflict" in a
story naming one war). Another name, a name the article never puts in those words, or a second
name of the kind, is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker.features import stem
from summariser.checker.named_kinds import kinds
from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

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
    assert_verdict(article, claim, verdict, code)


WAR = """Germans no longer see the Second World War as a defeat, a survey has found.
Nearly 70 years after the end of the conflict, attitudes are changing among the young.
Researchers at the Forsa Institute asked 1,000 people about World War II and Operation Overlord.
Only nine per cent of Germans now consider the end of the conflict a defeat."""

# The same story naming a second war: "the conflict" may be either.
TWO_WARS = WAR.replace("and Operation Overlord", "and the Cold War")

RIVER = """Flood water from the Mississippi River reached the town of Cairo on Sunday, and \
engineers feared the levees would not hold.
Hundreds of homes were evacuated as the river burst its banks on Monday morning."""

SURVEY = "Only nine per cent of Germans now consider the end of {} a defeat."
FLOOD = "Hundreds of homes were evacuated as the {} burst its banks on {} morning."


@pytest.mark.parametrize(
    ("article", "claim", "verdict", "code"),
    [
        # The only war the story names, in the form it gives or another ("WWII").
        (WAR, SURVEY.format("WWII"), Verdict.SUPPORTED, None),
        (WAR, SURVEY.format("World War II"), Verdict.SUPPORTED, None),
        # The river the story names: "the river" is its own head noun.
        (RIVER, FLOOD.format("Mississippi", "Monday"), Verdict.SUPPORTED, None),
        # Near misses: a name of the story of another kind ...
        (WAR, SURVEY.format("Operation Overlord"), Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        (RIVER, FLOOD.format("Cairo", "Monday"), Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        # ... a name the story lacks ...
        (WAR, SURVEY.format("the Cold War"), Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        (RIVER, FLOOD.format("Missouri", "Monday"), Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        # ... two wars named, so the description may be either ...
        (TWO_WARS, SURVEY.format("WWII"), Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        # ... or the right name with another fact changed.
        (
            WAR,
            "Only nineteen per cent of Germans now consider the end of WWII a defeat.",
            Verdict.CONTRADICTED,
            FlagCode.NUMBER_MISMATCH,
        ),
        (
            RIVER,
            FLOOD.format("Mississippi", "Sunday"),
            Verdict.CONTRADICTED,
            FlagCode.DATE_SWAPPED,
        ),
    ],
)
def test_a_description_is_the_only_name_of_its_kind(
    article: str, claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    assert_verdict(article, claim, verdict, code)


@pytest.mark.parametrize(
    ("head", "kind", "is_kind"),
    [("war", "conflict", True), ("river", "stream", True), ("war", "river", False)],
)
def test_a_head_noun_is_a_kind_of_what_wordnet_files_it_under(
    head: str, kind: str, is_kind: bool
) -> None:
    assert (stem(kind) in kinds()[stem(head)]) is is_kind
