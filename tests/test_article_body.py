"""The story starts after its dateline and the dateline's separator, so that no gist or claim
starts with "- Kenya opened ..." or "(Reuters) - ..."."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, March 3, 2024 - Kenya opened a rail line. It cost $1.2 billion.",
        "NAIROBI, March 3, 2024 (Reuters) - Kenya opened a rail line. It cost $1.2 billion.",
        "NAIROBI — March 3, 2024 — Kenya opened a rail line. It cost $1.2 billion.",
        "March 3, 2024: Kenya opened a rail line. It cost $1.2 billion.",
        "date 2024-03-03 Kenya opened a rail line. It cost $1.2 billion.",
        "Published: 3 March 2024\nKenya opened a rail line. It cost $1.2 billion.",
    ],
    ids=["dash", "agency", "em-dashes", "colon", "no-separator", "own-line"],
)
def test_the_first_sentence_starts_after_the_datelines_separator(text):
    analysis = analyse(text)
    assert analysis.published == dt.date(2024, 3, 3)
    assert [s.text for s in analysis.sentences] == [
        "Kenya opened a rail line.",
        "It cost $1.2 billion.",
    ]


def test_a_dash_in_the_story_is_kept():
    analysis = analyse("Kenya opened a rail line - the first in decades. It cost a lot.")
    assert analysis.sentences[0].text == "Kenya opened a rail line - the first in decades."
