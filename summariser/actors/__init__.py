"""Deterministic actor (named entity) candidates: who and what an article names, and where.

The embedded model only chooses among these candidates, and the checker uses them, so they are
found without any model: capitalised runs, gazetteers of countries, places and given names,
title and organisation word lists, the words around each mention (a title, an age, "Arsenal
legend", "in Sochi", "Newmont said"), and the layout of wire copy (datelines, result tables).
Places are found as their own type: they say where, not who, and rank after the actors.
"""

from .extract import find_actors
from .model import ActorCandidate, ActorKind

__all__ = ["ActorCandidate", "ActorKind", "find_actors"]
