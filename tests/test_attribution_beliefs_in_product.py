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
from tests.test_checker import _cited

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


@pytest.mark.parametrize(
    ("source", "flagged"),
    [("Dana Whitlock", False), ("Tom Reyes", True)],
    ids=["the-holder", "another-speaker"],
)
def test_the_checker_takes_the_holder_as_the_source_of_what_she_accepted(
    source: str, flagged: bool
) -> None:
    codes = [
        f.code for e in check(_cited(HELD, source, ARTICLE), ARTICLE).elements for f in e.flags
    ]
    assert codes == ([FlagCode.SOURCE_NOT_FOUND] if flagged else [])
