"""A model retelling an article in its own words: the same number written another way ("a
two-day strike" for "a 48-hour strike", "33%" for "a third", "500,000" for "half a million"),
an estimate hedged with another word ("roughly" for "about"), a streak counted by its length
("three consecutive quarters" for "a third quarter in a row"), a count whose noun the article
leaves out ("two seats short of a majority" for "229 of the 460 seats, two short of a
majority"), a name carried to a pronoun
through the sentences that keep speaking of that person. Each is kept, and the same words with
one fact changed are still flagged. (benchmarks/model_paraphrase.py measures the whole table.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser.checker import check_claims
from summariser.report import Verdict

STRIKE = """LONDON, March 14, 2024 (Reuters) - Britain's biggest rail union will stage a 48-hour \
strike on March 28 and 29, the RMT said on Thursday, in a long-running dispute over pay.

General secretary Mick Lynch said members had rejected a 4% pay offer last week. Police in \
Leeds have 72 hours to charge the two men arrested on Monday."""

NURSES = """The Royal College of Nursing, which represents about half a million nurses, was less \
convinced.

The report found that one in ten nursing posts in England was vacant last year, and that nearly \
a third of new nurses left the profession within five years."""

CUTS = """FRANKFURT (Reuters) - Siemens said on Thursday it would cut 2,700 jobs at its power unit \
after orders fell for a third quarter in a row, sending its shares down 4 percent.

Chief executive Roland Busch told analysts the cuts were "painful but necessary" and would save \
about 500 million euros a year by 2026. Most of the jobs will go in Germany, where the unit \
employs 12,000 people.

The IG Metall union, which represents most of the workers, said it would fight the plan. "We \
will not accept compulsory layoffs," union official Birgit Steinborn said.

Rival General Electric announced a similar restructuring in March, cutting 1,500 jobs in \
France. Analysts at Deutsche Bank said Siemens had moved too slowly and kept their sell rating \
on the stock.

Siemens, which employs about 320,000 people worldwide, will report full-year results on \
November 12."""

OBITUARY = """PARIS (Reuters) - Jeanne Moreau-Laurent, the French architect who designed the glass \
footbridge over the Seine at Bercy and the national library in Dakar, has died aged 91, her \
family said on Saturday.

Born in Lyon in 1933, Moreau-Laurent studied under Jean Prouvé before opening her own practice \
in Paris in 1962. She was one of the first women admitted to the French Academy of \
Architecture, in 1979, and won the Pritzker Prize in 1998.

Her best-known building, the Bercy footbridge, opened in 1994 and was voted the city's favourite \
modern structure in a 2010 poll. Critics were less kind to her 1985 extension of the Lyon opera \
house, which the newspaper Le Monde called "a glass hat on an old lady".

She married the engineer Paul Laurent in 1960; he died in 2011. She is survived by two \
daughters, one of whom, Claire, runs the practice today."""

TUTORIAL = """In a new tutorial, YouTube star Promise Tamang has turned herself into Maleficent, \
Angelina Jolie's character from the film. This is not the first time she has transformed \
herself. Her videos as Elsa drew millions of views. When she posted a picture from the \
tutorial, many of her followers could not believe their eyes."""

COALITION = """The three defectors said they had left over the government's plan to raise the \
retirement age to 67. The coalition now holds 229 of the 460 seats, two short of a majority."""

KEPT = Verdict.SUPPORTED
FLAGGED = None  # any verdict but supported


ROWS = [
    # A span of time in another unit of hours: 48 hours are two days, 72 three.
    (STRIKE, "The RMT will stage a two-day strike on March 28 and 29.", KEPT),
    (STRIKE, "The RMT will stage a three-day strike on March 28 and 29.", FLAGGED),
    (STRIKE, "The RMT will stage a 24-hour strike on March 28 and 29.", FLAGGED),
    (STRIKE, "Police in Leeds have three days to charge the two men.", KEPT),
    (STRIKE, "Police in Leeds have two days to charge the two men.", FLAGGED),
    (STRIKE, "Police in Leeds have three weeks to charge the two men.", FLAGGED),
    # A percentage for the article's fraction, as for a fraction of its percentage.
    (NURSES, "Nearly 33% of new nurses left the profession within five years.", KEPT),
    (NURSES, "Nearly 25% of new nurses left the profession within five years.", FLAGGED),
    (NURSES, "Nearly 50% of new nurses left the profession within five years.", FLAGGED),
    (NURSES, "Nearly 33 new nurses left the profession within five years.", FLAGGED),
    # "half a million" is 500,000.
    (NURSES, "The Royal College of Nursing represents about 500,000 nurses.", KEPT),
    (NURSES, "The Royal College of Nursing represents about 300,000 nurses.", FLAGGED),
    (NURSES, "The Royal College of Nursing represents half a billion nurses.", FLAGGED),
    # "roughly" hedges the number as "about" does: the number test judges it.
    (CUTS, "Busch expects the cuts to bring savings of roughly 500 million euros a year.", KEPT),
    (CUTS, "Busch expects the cuts to bring savings of roughly 800 million euros a year.", FLAGGED),
    # A count whose noun is left out before a word of degree, on the same side of the mark.
    (COALITION, "The coalition is two seats short of a majority.", KEPT),
    (COALITION, "The coalition is two seats shy of a majority.", KEPT),
    (COALITION, "The coalition is three seats short of a majority.", FLAGGED),
    (COALITION, "The coalition is two seats above a majority.", FLAGGED),
    (COALITION, "The coalition is two seats clear of a majority.", FLAGGED),
    # A streak counted by its last: "a third quarter in a row" is three quarters.
    (CUTS, "Orders at the power unit fell for three consecutive quarters.", KEPT),
    (CUTS, "Orders at the power unit fell for three straight quarters.", KEPT),
    (CUTS, "Orders at the power unit fell for four consecutive quarters.", FLAGGED),
    (CUTS, "Orders at the power unit fell for four quarters in a row.", FLAGGED),
    # A name carried to "She" by sentences that each hold a form of "she"; not a name they
    # hold as an object or a possessor, nor one after the pronoun.
    (OBITUARY, "Moreau-Laurent married the engineer Paul Laurent in 1960.", KEPT),
    (OBITUARY, "Jeanne Moreau-Laurent married the engineer Paul Laurent in 1960.", KEPT),
    (OBITUARY, "Jean Prouvé married the engineer Paul Laurent in 1960.", FLAGGED),
    (OBITUARY, "Prouvé married the engineer Paul Laurent in 1960.", FLAGGED),
    (OBITUARY, "Claire married the engineer Paul Laurent in 1960.", FLAGGED),
    (OBITUARY, "Moreau-Laurent married the engineer Paul Laurent in 1970.", FLAGGED),
    (TUTORIAL, "Promise Tamang posted a picture from the tutorial.", KEPT),
    (TUTORIAL, "Angelina Jolie posted a picture from the tutorial.", FLAGGED),
]


@pytest.mark.parametrize(("article", "claim", "verdict"), ROWS, ids=[row[1] for row in ROWS])
def test_a_models_rewording_is_kept_and_its_near_miss_flagged(
    article: str, claim: str, verdict: Verdict | None
) -> None:
    check = check_claims(article, [claim])[0]
    if verdict is None:
        assert check.verdict is not Verdict.SUPPORTED, (check.score, check.flags)
    else:
        assert check.verdict is verdict, (check.score, check.flags)


# The whole table of benchmarks/model_paraphrase.py on the stories (its FRANK rows need
# ../shared): each faithful paraphrase kept, each near miss flagged; the known misses, marked,
# fail the test once they pass, so the marks follow the checker.
_DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
_STORIES = {
    row["story"]: row["text"]
    for row in map(json.loads, (_DATA / "stories.jsonl").read_text("utf-8").splitlines())
}
_PAIRS = [
    row
    for row in map(json.loads, (_DATA / "model_paraphrases.jsonl").read_text("utf-8").splitlines())
    if "story" in row
]
_NOT_KEPT = {
    "The job cuts will bring annual savings of roughly 500 million euros by 2026.": "a light "
    "verb and a rate ('bring annual savings' for 'save ... a year')",
    "The judge ordered Price to pay back the money within a year.": "'pay back' for 'repay'",
}
_NOT_FLAGGED = {
    "Steinborn called the cuts painful but necessary.": "a paraphrased reporting verb",
    "The decision to cut 1,500 jobs will save about 500 million euros a year.": "another "
    "count of the article in a nominalisation",
    "Deutsche Bank vowed to fight the plan.": "another name in a paraphrased slot",
    "General Electric cut 1,500 jobs in Germany in March.": "another place of the article",
    "General Electric to cut 2,700 power unit jobs": "another name in a headline",
    "Alphabet's quarterly revenue missed analysts' estimates.": "'missed' for 'beating'",
    "Google Cloud revenue growth slowed to 28% from 22%.": "two numbers exchanged",
    "Almost half of new nurses quit the profession within five years.": "'half' is no number",
}


def _marked(claim: str, known: dict[str, str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=known[claim])] if claim in known else []
    return pytest.param(_STORIES[_story_of(claim)], claim, marks=marks, id=claim)


def _story_of(claim: str) -> str:
    return next(r["story"] for r in _PAIRS if claim in (r["faithful"], r["unfaithful"]))


@pytest.mark.parametrize(("article", "claim"), [_marked(r["faithful"], _NOT_KEPT) for r in _PAIRS])
def test_a_models_paraphrase_of_a_story_is_kept(article: str, claim: str) -> None:
    check = check_claims(article, [claim])[0]
    assert check.verdict is Verdict.SUPPORTED, (check.score, check.flags)


@pytest.mark.parametrize(
    ("article", "claim"), [_marked(r["unfaithful"], _NOT_FLAGGED) for r in _PAIRS]
)
def test_its_near_miss_is_flagged(article: str, claim: str) -> None:
    check = check_claims(article, [claim])[0]
    assert check.verdict is not Verdict.SUPPORTED, (check.score, check.flags)
