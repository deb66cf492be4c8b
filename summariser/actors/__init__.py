"""Deterministic actor (named entity) candidates: who and what an article names.

The embedded model only chooses among these candidates, and the checker uses them, so they are
found without any model: capitalised runs, a country gazetteer, title and organisation word lists,
and the words around each mention.
"""

from .extract import find_actors
from .model import ActorCandidate, ActorKind

__all__ = ["ActorCandidate", "ActorKind", "find_actors"]
