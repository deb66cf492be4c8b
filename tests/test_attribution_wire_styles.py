"""Attribution in styles read from the wire set's misses (tests/data/attribution): invented
sentences, none from the set, each with the cue and source it must give; near misses use the
same words where they report nothing, or where the source lies elsewhere."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions


def _sources(text: str, cue: str) -> list[str | None]:
    """The source text of every find with this cue text."""
    return [
        a.source.text if a.source is not None else None
        for a in find_attributions(text)
        if a.cue.text == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A lone number between commas is an age, and describes an unnamed person too.
        ("The singer, 34, wrote that the split was mutual.", "wrote", "The singer, 34"),
        ("A neighbour, 71, said the water rose fast.", "said", "A neighbour, 71"),
        ("Martin Fell, 44, said he was innocent.", "said", "Martin Fell, 44"),
        # Near misses: the person is the object of another verb; a number after a score.
        ("He met the singer, 34, and said that she was calm.", "said", "He"),
        ("The match ended 2-1, 3, said the referee.", "said", "the referee"),
    ],
)
def test_source_is_found(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]
