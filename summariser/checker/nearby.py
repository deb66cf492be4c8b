"""Whether an article writes two words close together: what it says of a person or a place it
writes beside it ("lead author Hannah Coates", "Gdansk, Poland")."""

from __future__ import annotations

from .prepare import PreparedArticle


def written_near(art: PreparedArticle, one: str, other: str, *, reach: int) -> bool:
    """Whether some sentence has the content stems ``one`` and ``other`` at most ``reach``
    words apart."""
    for s in art.sentences:
        if one not in s.stems or other not in s.stems:
            continue
        stems = [t.stem for t in s.toks]
        at_one = [k for k, w in enumerate(stems) if w == one]
        if any(abs(a - b) <= reach for a in at_one for b, w in enumerate(stems) if w == other):
            return True
    return False
