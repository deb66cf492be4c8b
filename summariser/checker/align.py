"""A claim sentence's words aligned with an evidence sentence's: difflib's matching blocks and
opcodes, found by a leaner form of its algorithm.

``difflib.SequenceMatcher`` (no junk, no autojunk) is general: it indexes the second sequence
with junk and popular words in mind, searches each region through a method call, extends every
match by loops that cannot extend a junk-free one, and makes a named tuple of each. Here the
second sequence's index and each first-sequence word's positions in it are made once, and a
region's longest match is found by the same dynamic programme with the same ties (the earliest
in the first sequence, then in the second), so the blocks and opcodes are difflib's own.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from difflib import Match
from itertools import compress, count

logger = logging.getLogger(__name__)

_NOTHING: list[int] = []


class Alignment:
    """The alignment of ``a`` with ``b`` (sequences of hashable words): what
    ``SequenceMatcher(None, a, b, autojunk=False)`` gives for ``get_matching_blocks`` and
    ``get_opcodes``."""

    __slots__ = ("_blocks", "_la", "_lb", "_opcodes")

    def __init__(self, a: Sequence[str], b: Sequence[str]) -> None:
        self._la = len(a)
        self._lb = len(b)
        self._blocks = _blocks(a, b)
        self._opcodes: list[tuple[str, int, int, int, int]] | None = None

    def get_matching_blocks(self) -> list[Match]:
        """The matching blocks, ascending, adjacent ones joined, and the (len(a), len(b), 0)
        sentinel last (see ``difflib.SequenceMatcher.get_matching_blocks``)."""
        return self._blocks

    def get_opcodes(self) -> list[tuple[str, int, int, int, int]]:
        """How to turn ``a`` into ``b`` (see ``difflib.SequenceMatcher.get_opcodes``)."""
        if self._opcodes is not None:
            return self._opcodes
        i = j = 0
        answer: list[tuple[str, int, int, int, int]] = []
        for ai, bj, size in self._blocks:
            if i < ai and j < bj:
                answer.append(("replace", i, ai, j, bj))
            elif i < ai:
                answer.append(("delete", i, ai, j, bj))
            elif j < bj:
                answer.append(("insert", i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(("equal", ai, i, bj, j))
        self._opcodes = answer
        return answer


def _blocks(a: Sequence[str], b: Sequence[str]) -> list[Match]:
    """difflib's matching blocks of ``a`` and ``b`` (no junk)."""
    b2j: dict[str, list[int]] = {}
    # (only the places of a's words are read: the others are skipped at C level)
    for j in compress(count(), map(set(a).__contains__, b)):
        word = b[j]
        found = b2j.get(word)
        if found is None:
            b2j[word] = [j]
        else:
            found.append(j)
    rows = [b2j.get(word, _NOTHING) for word in a]  # each word's places in b, ascending
    la, lb = len(a), len(b)
    queue = [(0, la, 0, lb)]
    found_blocks: list[tuple[int, int, int]] = []
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, k = _longest(rows, alo, ahi, blo, bhi)
        if k:
            found_blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    found_blocks.sort()
    out: list[Match] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found_blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2  # (adjacent blocks joined)
        else:
            if k1:
                out.append(Match(i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        out.append(Match(i1, j1, k1))
    out.append(Match(la, lb, 0))
    return out


def _longest(rows: list[list[int]], alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """The longest block of ``a[alo:ahi]`` and ``b[blo:bhi]`` as difflib's
    ``find_longest_match`` finds it: the earliest longest, by its end in ``a`` then in ``b``.
    (Without junk, difflib's extensions of the match found cannot extend it: the programme
    already counts every equal pair in the region.)"""
    besti, bestj, bestsize = alo, blo, 0
    j2len: dict[int, int] = {}
    for i in range(alo, ahi):
        row = rows[i]
        if not row:
            if j2len:
                j2len = {}
            continue
        get = j2len.get
        new: dict[int, int] = {}
        for j in row:
            if j < blo:
                continue
            if j >= bhi:
                break
            k = new[j] = get(j - 1, 0) + 1
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        j2len = new
    return besti, bestj, bestsize
