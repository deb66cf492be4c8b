"""Token alignment: the longest common blocks of two token sequences, as difflib's
``SequenceMatcher(None, a, b, autojunk=False)`` finds them, and its opcodes.

The same algorithm without the general matcher's cost: no junk and no popular elements to
track (the checker uses neither), plain tuples instead of ``Match`` objects, and no matcher
object per claim. The results equal difflib's (see tests/test_binding.py).
"""

from __future__ import annotations

Block = tuple[int, int, int]  # (start in a, start in b, size)
Opcode = tuple[str, int, int, int, int]  # (tag, i1, i2, j1, j2)


def matching_blocks(a: list[str], b: list[str]) -> list[Block]:
    """The matching blocks of ``a`` and ``b`` (``SequenceMatcher.get_matching_blocks``): the
    longest common block, then recursively those left and right of it; adjacent blocks
    joined; ending with ``(len(a), len(b), 0)``."""
    b2j: dict[str, list[int]] = {}
    for j, word in enumerate(b):
        at = b2j.get(word)
        if at is None:
            b2j[word] = [j]
        else:
            at.append(j)
    la, lb = len(a), len(b)
    queue = [(0, la, 0, lb)]
    found: list[Block] = []
    nothing: list[int] = []
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        # The longest block in a[alo:ahi] x b[blo:bhi], the earliest in a, then in b, on a
        # tie: k of j2len[j] is the length of the block ending at a[i], b[j].
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        for i in range(alo, ahi):
            new: dict[int, int] = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new[j] = j2len.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = new
        if bestsize:
            found.append((besti, bestj, bestsize))
            if alo < besti and blo < bestj:
                queue.append((alo, besti, blo, bestj))
            if besti + bestsize < ahi and bestj + bestsize < bhi:
                queue.append((besti + bestsize, ahi, bestj + bestsize, bhi))
    found.sort()
    out: list[Block] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                out.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        out.append((i1, j1, k1))
    out.append((la, lb, 0))
    return out


def opcodes(blocks: list[Block]) -> list[Opcode]:
    """How to turn a into b (``SequenceMatcher.get_opcodes``), from their ``blocks``."""
    i = j = 0
    out: list[Opcode] = []
    for ai, bj, size in blocks:
        if i < ai:
            out.append(("replace" if j < bj else "delete", i, ai, j, bj))
        elif j < bj:
            out.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            out.append(("equal", ai, i, bj, j))
    return out
