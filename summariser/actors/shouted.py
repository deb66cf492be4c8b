"""A team shouted on a result line and named again in prose: "HOUSTON 102 Sacramento 94" ...
"Houston won their ninth straight game". Results lines print the home side in capitals, so the
capitals are a convention of the line, not another name: the prose form of the same words names
the same team, unless a place's word governs it ("in Houston", "visited Houston", "a Houston
hotel"), where the city is meant."""

from __future__ import annotations

from collections.abc import Mapping

from .cluster import Cluster
from .context import Neighbours
from .results import result_side

Key = tuple[str, str]


def shouted_sides(
    clusters: Mapping[Key, Cluster], *, text: str, near: Neighbours
) -> list[tuple[Key, Key]]:
    """(prose cluster, shouted side's cluster) pairs to merge, in key order."""
    sides: dict[str, Key] = {}
    for key, cluster in clusters.items():
        if (
            key[0] in ("name", "org")
            and key[1].isupper()
            and len(key[1]) > 1  # (not an initial)
            and all(result_side(text, m.start, m.end) for m in cluster.mentions)
        ):
            sides[key[1]] = key
    if not sides:
        return []
    pairs = []
    for key in sorted(clusters):
        if key[0] != "name" or key[1].isupper():
            continue
        target = sides.get(key[1].upper())
        if target is None:
            continue
        mentions = clusters[key].mentions
        if any(near.is_place(m.start, m.end) or near.is_locative(m.start) for m in mentions):
            continue
        pairs.append((key, target))
    return pairs
