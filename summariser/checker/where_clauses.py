"""Places a claim may name other than its evidence's: where a clause happens, and what an area
holds.

A place followed by "where" is where the clause after it happens.

"the town of Santa Cruz, where a three-story market building collapsed, Mayor Ricardo Alonzo
told DZMM radio" says the building collapsed in Santa Cruz. A claim that copies the clause and
puts the place after it ("A three-story market building collapsed in Santa Cruz") restates the
sentence; what follows the clause in the evidence (its speaker) is not the place's slot. The
claim must give the name as a place, after a preposition ("in Santa Cruz"), not as the
speaker ("Mayor Santa Cruz told DZMM radio").
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .lexicon import PREPOSITIONS

# Nouns of an area that holds smaller places: "in Salahuddin province" may be "in Tikrit".
AREA_NOUNS = frozenset(
    {"province", "region", "state", "county", "district", "governorate", "oblast", "prefecture"}
)
REACH = 3  # tokens from "where" to the first word the claim copies ("where a ... collapsed")


def place_of_clause(
    toks: Sequence[Tok], name: Sequence[Tok], ev: Sequence[Tok], copied_from: int
) -> bool:
    """Whether the claim ``toks`` gives ``name`` (its tokens) after a preposition, and the
    evidence names it right before a "where" that opens the clause the claim copies from
    evidence token ``copied_from`` on."""
    at = next((k for k, t in enumerate(toks) if t is name[0]), 0)
    if at == 0 or toks[at - 1].norm not in PREPOSITIONS:
        return False
    stems = [t.stem for t in name]
    n = len(stems)
    for p in range(max(n, copied_from - REACH), copied_from):
        if ev[p].norm == "where" and [t.stem for t in ev[p - n : p]] == stems:
            return True
    return False


def area_named(ev: Sequence[Tok], end: int) -> bool:
    """Whether the evidence's place name ending at ``end`` names an area ("Salahuddin province"):
    a claim's other place may lie inside it, so it is no swap of the place."""
    return end < len(ev) and ev[end].norm in AREA_NOUNS
