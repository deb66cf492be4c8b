"""Who did what, read off a passive verb's "by" and a relative clause's antecedent: "Five
experts, chaired by Professor Amara Quist, ..." says Quist chaired them, and "Halden Water,
which runs the treatment plant, ..." says Halden Water runs it. A claim that gives the
predicate to another party of the story is contradicted, in the active voice or in the passive;
the right party, a description of it, or an active paraphrase is kept."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode
from tests.checker_cases import assert_contradicted

ARTICLE = (
    "Five experts, chaired by Professor Amara Quist, on Monday rejected the plan to "
    "close the Brennock ward. Health minister Oliver Grange had backed the closure last year. "
    "The ferry Island Star, carrying 300 passengers, was hit in thick fog by the trawler "
    "Morning Gull, the coastguard said. "
    "Halden Water, which runs the treatment plant, said supplies were safe. Councillor Rita "
    "Moss said the plant would stay open. "
    "People who walk more live longer, according to a large study published on Tuesday. "
    "Researchers at Calder University and the Royal Marsden Trust in London pooled data from "
    "14 studies covering more than 9,000 adults, who were followed for seven years. "
    "The study was observational. The study was funded by the British Lung Foundation."
)


@pytest.mark.parametrize(
    ("claim", "kept"),
    [
        ("Oliver Grange chaired the panel that threw out the plan.", False),
        ("Amara Quist chaired the panel that threw out the plan.", True),
        ("Professor Amara Quist led the experts who rejected the plan.", True),
        ("The Island Star hit the Morning Gull in thick fog.", False),
        ("The Morning Gull hit the Island Star in thick fog.", True),
        ("The trawler hit the ferry in thick fog.", True),
        ("Rita Moss runs the plant.", False),
        ("Halden Water runs the plant.", True),
        ("The water company runs the plant.", True),
        ("The study was funded by the Royal Marsden Trust.", False),
        ("The study was funded by the British Lung Foundation.", True),
        ("The British Lung Foundation funded the study.", True),
        ("The study was funded by a charity.", True),
    ],
    ids=[
        "a-reduced-relative-agent-given-to-another",
        "near-miss-the-agent-without-title",
        "near-miss-the-agent-with-another-verb",
        "a-passive-agent-and-patient-exchanged",
        "near-miss-the-passive-made-active",
        "near-miss-descriptions-of-both",
        "a-which-clause-given-to-another",
        "near-miss-the-antecedent-itself",
        "near-miss-a-description-of-it",
        "a-passive-agent-given-to-another",
        "near-miss-the-same-agent",
        "near-miss-the-agent-made-subject",
        "near-miss-an-unnamed-agent",
    ],
)
def test_an_agent_or_antecedent_the_article_names_binds_the_predicate(
    claim: str, kept: bool
) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.ENTITY_SWAPPED}, kept)
