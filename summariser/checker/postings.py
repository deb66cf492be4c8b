"""An article's inverted index, a stem's postings found when a claim first asks for them.

A claim asks about its own dozen or two content stems, and in a batch every article is new and
checked against a claim or two: building the postings of all of an article's stems up front cost
more than finding the few asked for, each with one C-level pass over the sentences' stem sets.
A stem's postings are kept once found, so an article checked against many claims finds each stem
once. Finding is deterministic, so two threads racing for one stem store equal values.
"""

from __future__ import annotations

import logging
from itertools import compress, repeat
from operator import contains
from typing import overload

logger = logging.getLogger(__name__)


class Postings:
    """Content stem -> the ascending ids of the sentences holding it (a read-only mapping that
    answers ``get`` only: a stem no sentence holds gets the default)."""

    __slots__ = ("_found", "_sets")

    def __init__(self, sets: tuple[frozenset[str], ...]) -> None:
        self._sets = sets  # each sentence's content stems
        self._found: dict[str, tuple[int, ...]] = {}

    @overload
    def get(self, stem: str) -> tuple[int, ...] | None: ...
    @overload
    def get(self, stem: str, default: tuple[int, ...]) -> tuple[int, ...]: ...
    def get(self, stem: str, default: tuple[int, ...] | None = None) -> tuple[int, ...] | None:
        found = self._found.get(stem)
        if found is None:
            sets = self._sets
            found = tuple(compress(range(len(sets)), map(contains, sets, repeat(stem))))
            self._found[stem] = found
        return found or default
