"""A proposition the article gives to a holder by a verb of thought or acceptance ("accepted
that", WordNet's class of verbs taking a that-clause) reaches the product: the holder is among
the summary's sources, and the checker accepts the holder, not another person, as the source of
a claim whose evidence is that proposition."""

from __future__ import annotations

import pytest

from summariser.analysis import analyse
from summariser.assemble import Assembler
from summariser.checker import check
from summariser.report import FlagCode
from summariser.schema import Claim, ClaimStatus, Evidence, Source, SourceType, Summary
from tests.test_checker import _summary

ARTICLE = (
    "Harbour Water was fined £2 million on Monday for a sewage leak in Kingsbridge. "
    "Chief executive Dana Whitlock accepted that the company's filters had failed. "
    "Environment officer Tom Reyes said the leak had lasted three weeks."
)
HELD = "the company's filters had failed"


def test_the_holder_of_an_accepted_proposition_is_a_source() -> None:
    assembler = Assembler(analyse(ARTICLE))
    assembler.add_candidate_actors()
    assembler.add_attributed_sources()
    assert [s.name for s in assembler.sources] == [
        "Chief executive Dana Whitlock",
        "Environment officer Tom Reyes",
    ]


def _cited(source: str) -> Summary:
    start = ARTICLE.index(HELD)
    evidence = Evidence(quote=HELD, start=start, end=start + len(HELD), text=HELD)
    claim = Claim(
        id="c1",
        statement="The company's filters had failed, its chief executive accepted.",
        status=ClaimStatus.ATTRIBUTED_STATEMENT,
        evidence=[evidence],
        source_id="s1",
    )
    return _summary([claim], sources=[Source(id="s1", name=source, type=SourceType.PERSON)])


@pytest.mark.parametrize(
    ("source", "flagged"),
    [("Dana Whitlock", False), ("Tom Reyes", True)],
    ids=["the-holder", "another-speaker"],
)
def test_the_checker_takes_the_holder_as_the_source_of_what_she_accepted(
    source: str, flagged: bool
) -> None:
    codes = [f.code for e in check(_cited(source), ARTICLE).elements for f in e.flags]
    assert codes == ([FlagCode.SOURCE_NOT_FOUND] if flagged else [])
