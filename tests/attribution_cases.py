"""One row of an attribution table test: the one find of a sentence with a given cue."""

from __future__ import annotations

from summariser.attribution import Attribution, find_attributions


def the_find(text: str, cue: str) -> Attribution:
    """The one find of ``text`` whose cue text is ``cue`` (the assertion lists every find)."""
    found = find_attributions(text)
    matching = [a for a in found if a.cue.text == cue]
    assert len(matching) == 1, [(a.source.text if a.source else None, a.cue.text) for a in found]
    return matching[0]


def source_of(text: str, cue: str) -> str | None:
    """The source text of the one find of ``text`` with cue ``cue``."""
    item = the_find(text, cue)
    return item.source.text if item.source else None


def content_of(text: str, cue: str) -> str | None:
    """The content text of the one find of ``text`` with cue ``cue``."""
    item = the_find(text, cue)
    return item.content.text if item.content else None
