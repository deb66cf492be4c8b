"""What the article says the claim's subject did not do, in a sentence retrieval leaves out:
"Veloce-Nord was also sanctioned" for "The team was not sanctioned" (the article puts "team"
before Veloce-Nord alone) is contradicted (`negation_flip`); the denial itself, what the subject
did do, and a description the article gives two names are kept."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """LAUSANNE, Switzerland, March 12 (Reuters) - Former Tour de France stage winner Luca \
Ferrante has been banned for four years after testing positive for the blood-booster EPO, the \
International Testing Agency (ITA) said on Wednesday.
The 31-year-old Italian, who rides for the Belgian team Veloce-Nord, returned the positive \
sample in an out-of-competition test in Girona, Spain, last June.
Veloce-Nord said in a statement that it had terminated Ferrante's contract with immediate effect.
The team was not sanctioned.
Ferrante won a mountain stage of the Tour de France in 2022, his only Grand Tour stage win."""

# "team" stands before two names: "The team" may be either.
TWO_TEAMS = ARTICLE.replace(
    "Ferrante won a", "He rode for the French team Cofidis until 2024. Ferrante won a"
)


def _check(article: str, claim: str) -> tuple[Verdict, list[str]]:
    """The verdict and this test's messages (the negation tests may doubt a claim's own
    negation that the support lacks, as they did before)."""
    [result] = check_claims(article, [claim])
    flips = [f.message for f in result.flags if f.code is FlagCode.NEGATION_FLIP]
    return result.verdict, [m for m in flips if "; the article says" in m]


def test_what_a_sentence_about_the_subject_denies_is_contradicted() -> None:
    verdict, messages = _check(ARTICLE, "Veloce-Nord was also sanctioned.")
    assert verdict is Verdict.CONTRADICTED
    assert messages and "The team was not sanctioned" in messages[0]


@pytest.mark.parametrize(
    ("article", "claim"),
    [
        # The denial itself.
        (ARTICLE, "Veloce-Nord was not sanctioned."),
        # What the subject did do.
        (ARTICLE, "Veloce-Nord terminated Ferrante's contract."),
        # A description the article gives two names.
        (TWO_TEAMS, "Veloce-Nord was also sanctioned."),
    ],
)
def test_the_denial_what_was_done_or_a_shared_description_is_kept(article: str, claim: str) -> None:
    _, messages = _check(article, claim)
    assert messages == []
