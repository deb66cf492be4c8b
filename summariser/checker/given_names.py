"""Two people of one family: "Ryan Hale" is not "Jordan Hale".

A name in another form is the same name ("Hale" for "Jordan Hale", "Alex" for "Alexander
Hale"), so a shared word is normally enough. But where both are a given name and a surname, and
the given names differ outright, they are two people who share a surname
(brothers, a married couple, a father and son), and one in the other's place is a swap.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .values import TITLES


def _full(name: Sequence[Tok]) -> list[Tok]:
    """The name's given name and surname, past any title ("Mr", "Dr"): empty unless the span
    is just those two capitalised words (not a list, "Fred Allen and Norman Corwin", nor a
    longer run, "Chinese Grand Prix Vettel")."""
    words = [t for t in name if t.norm.rstrip(".") not in TITLES]
    return words if len(words) == 2 and all(t.cap and t.content for t in words) else []


def other_person(mine: Sequence[Tok], theirs: Sequence[Tok]) -> bool:
    """Whether two names of a given name and a surname share the surname but not the given name,
    and neither given name is a short form of the other ("Alex", "Alexander")."""
    a, b = _full(mine), _full(theirs)
    if not a or not b or a[-1].stem != b[-1].stem:
        return False
    first, other = a[0].norm, b[0].norm
    return not (first.startswith(other) or other.startswith(first))
