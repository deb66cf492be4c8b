"""A sports or country club named only where a match was played is its ground: "the first
test ... at Harare Sports Club", "the final at the Kelmont Country Club". Its name's head
made it an organisation; where it is only ever the scene of play, the place is meant (as "at
the Nou Camp" is)."""

from __future__ import annotations

from collections.abc import Mapping

from .cluster import Cluster
from .lexicon import CLUB_HEADS, PLACE_HEADS
from .results import match_ground

Key = tuple[str, str]
# The heads of names that hold grounds: a club's ("Sports Club") and a ground's own; not a
# team's named for its town ("lost 2-1 at Stoke City": the side).
_GROUNDS = (PLACE_HEADS - CLUB_HEADS) | {"Club"}


def played_grounds(clusters: Mapping[Key, Cluster], *, text: str) -> list[Key]:
    """The organisations, in key order, whose every mention names where play took place."""
    return [
        key
        for key in sorted(clusters)
        if clusters[key].kind == "organisation"
        and all(
            m.words[-1] in _GROUNDS and match_ground(text, m.start, grounds=True)
            for m in clusters[key].mentions
        )
    ]
