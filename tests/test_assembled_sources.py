"""Sources as the summary lists them: one per speaker the article presents."""

from __future__ import annotations

from summariser.analysis import analyse
from summariser.assemble import Assembler


def test_a_speaker_quoted_again_as_he_is_one_source():
    text = (
        "President William Ruto said the line would carry freight next week. "
        '"This railway belongs to the people of East Africa," he said.'
    )
    assembler = Assembler(analyse(text))
    assembler.add_candidate_actors()
    assembler.add_attributed_sources()
    assert [s.name for s in assembler.sources] == ["President William Ruto"]
