"""Which bodies are armed groups: a group's cue next to the name ("the militant group Hamas",
"M23 rebels"), or its members named as fighters before it ("guerrillas of the Revolutionary
Armed Forces of Colombia")."""

from __future__ import annotations

import re

from .cluster import Cluster
from .context import Neighbours
from .lexicon import GROUP_CUES


def group_cued(cluster: Cluster, *, near: Neighbours) -> bool:
    """ "Wagner mercenary group", "the militant group Hamas": one mention has a group cue."""
    return any(not m.possessive and near.group_cue(m.start, m.end) for m in cluster.mentions)


# Group cues that name a collective, not its members: "a faction of the Labour Party" is part
# of a party, "guerrillas of the X" are X's fighters.
_COLLECTIVES = frozenset(
    {
        "group",
        "groups",
        "faction",
        "factions",
        "gang",
        "gangs",
        "cartel",
        "cartels",
        "militia",
        "militias",
        "outfit",
        "insurgency",
    }
)
_GROUP_MEMBERS = "|".join(sorted(GROUP_CUES - _COLLECTIVES))
# A body's name after its members and "of", perhaps after "the" or its leader's possessive:
# "guerrillas of the Revolutionary Armed Forces", "fighters of Charles Taylor 's National".
_MEMBERS_OF = re.compile(
    rf"\b(?:{_GROUP_MEMBERS}) of (?:the )?"
    r"(?:(?:[A-Z][\w.-]* )+'s |(?:[A-Z][\w.-]* )*[A-Z][\w.-]*'s )?\Z"
)


def armed_group(cluster: Cluster, *, near: Neighbours) -> bool:
    """A body's name that is an armed group's: "the Wagner Group's mercenaries", or its
    members are fighters ("guerrillas of the Revolutionary Armed Forces of Colombia")."""
    ms = cluster.mentions
    if any(m.words[-1] == "Group" for m in ms) and group_cued(cluster, near=near):
        return True
    text = near.text
    return any(_MEMBERS_OF.search(text, max(0, m.start - 80), m.start) for m in ms)
