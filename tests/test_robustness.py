"""The deterministic analysis never crashes on odd but valid text (all-caps, symbols, scripts)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.analysis import analyse
from summariser.checker import check_claims
from tests.conftest import SEED

ODD = [
    "FOR YEARS, OFFICIALS SAID, THE MINISTRY HAD WARNED OVER DECADES AND WITHIN MONTHS.",
    "“Quoted” — dashes… and ‘curly’ apostrophes; ½ fractions, №5, 2023/24, '98.",
    "Москва заявила 15 августа. 北京 said on Monday. مرحبا",
    "said said said according to according to : : : “ “ ”",
    "http://example.com/2023/08/15?x=1 user@example.com #hashtag @handle",
    "\n\n\n   \t  A.  B.  C.  Mr.  Dr.  U.S.  e.g.  \n\n",
]


@pytest.mark.parametrize(
    "text",
    [*ODD, SEED.read_text(encoding="utf-8").upper()],
    ids=[*(f"odd-{i}" for i in range(len(ODD))), "seed-upper"],
)
def test_analysis_survives_odd_text(text):
    analysis = analyse(text, published=None)
    for sentence in analysis.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text
    for mention in analysis.dates:
        assert text[mention.start : mention.end] == mention.text


WORDS = [
    "Putin",
    "SAID",
    "said",
    "for",
    "YEARS",
    "years",
    "in",
    "July",
    "JULY",
    "the",
    "Kremlin",
    "“",
    "”",
    ",",
    ".",
    ":",
    "—",
    "last",
    "WEEK",
    "Monday",
    "according",
    "to",
    "15",
    "'98",
]


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_analysis_survives_any_sequence_of_news_tokens(words):
    text = " ".join(words)
    analyse(text, published=None)
    analyse(text, published=dt.date(2024, 1, 3))


@pytest.mark.parametrize(
    "details",
    [
        " ".join(str(n) for n in range(1000)),
        " and ".join(f"Name{n} Person{n}" for n in range(300)),
    ],
    ids=["a-thousand-numbers", "three-hundred-names"],
)
def test_a_claim_with_thousands_of_unsupported_details_is_scored_not_a_crash(details):
    # Each detail the article lacks is a finding with a penalty: their sum once overflowed
    # the score's exponential.
    article = "The minister said 5 things on Monday in Paris."
    (check,) = check_claims(article, [f"The minister said {details}"])
    assert not check.supported
    assert check.score == 0.0


def test_a_claim_without_a_content_word_is_never_supported() -> None:
    from summariser.checker import check_claims
    from summariser.report import Verdict

    for claim in ("not not not.", " ".join(["not"] * 2000)):
        [result] = check_claims("The council met on Monday.", [claim])
        assert result.verdict is Verdict.UNVERIFIED
