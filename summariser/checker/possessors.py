"""An owner named where the evidence names the thing itself: "Ferreira's alliance" for
"Democratic Alliance".

A possessive ("Ferreira's alliance", "Goita's administration") names who a thing belongs to or
who leads it. Where the evidence has a possessive of its own in that place ("Putin's
administration"), the two owners are rivals. But where the copied noun is the head of a name
("Democratic Alliance", "Liberal Initiative") and the claim writes it as a common noun, the
name's first word is part of the thing's name, not an owner: the evidence says nothing about
the owner. The claim's owner then stands only if the article ties it to the thing somewhere: a
sentence that names both ("The alliance, led by Prime Minister Tomas Ferreira"); "Renewal's
alliance", where no sentence puts Renewal with an alliance, is still a rival of the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .prepare import PreparedArticle

_POSSESSIVE = ("'s", "’s", "'", "’")


def owner_for_name(
    owner: Sequence[Tok],
    toks: Sequence[Tok],
    i2: int,
    text: str,
    ev: Sequence[Tok],
    j2: int,
    art: PreparedArticle,
) -> bool:
    """Whether the claim's value ``owner`` (ending before ``i2``) is a possessor of a common
    noun (toks[i2]) where the evidence's value before ``j2`` is the first part of a name ending
    in that noun, and some sentence of the article names the owner with that noun."""
    if i2 >= len(toks) or j2 >= len(ev) or i2 == 0 or j2 == 0:
        return False
    owned, head = toks[i2], ev[j2]
    if owned.cap or not head.cap or owned.stem != head.stem:
        return False
    mine = text[toks[i2 - 1].end : owned.start].strip()
    theirs = art.text[ev[j2 - 1].end : head.start].strip()
    if not mine.startswith(_POSSESSIVE) or theirs:
        return False
    stems = {t.stem for t in owner} | {owned.stem}
    return any(stems <= art.sentences[sid].stems for sid in art.index.get(owned.stem, ()))
