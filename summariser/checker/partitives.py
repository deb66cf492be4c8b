"""A part of a counted whole counts the same thing: "took 89 of the 230 seats" took 89 seats.

The noun after a number is what it counts ("230 seats"), but in a partitive ("89 of the 230
seats", "100 of its 1,000 handsets") the part before "of" counts that noun too: a claim that
"the alliance won 89 seats" restates it, and is no rival count of the whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .quantities import NumberMention

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def partitive_part(
    toks: Sequence[Tok], whole: NumberMention, mentions: Sequence[NumberMention]
) -> NumberMention | None:
    """The number that ``whole`` is the whole of ("89" in "89 of the 230 seats"), or None."""
    k = whole.i - 1
    if k >= 0 and toks[k].norm in _DETERMINERS:
        k -= 1
    if k < 1 or toks[k].norm != "of":
        return None
    return next((m for m in mentions if m.j == k), None)
