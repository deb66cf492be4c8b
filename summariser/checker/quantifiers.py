"""Quantifiers that say the opposite of each other in one slot: "both survivors were" where the
evidence says "neither was", "all passengers were" for "none was". A universal
quantifier and a negative one over the same things contradict each other, though the claim
names the things ("survivors") where the evidence leaves them to the sentence before, so the
replaced stretch is longer than a negation cue put in or left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, Finding

MAX_SLOT = 3  # tokens of a quantified phrase: the quantifier, its noun, a verb ("both men were")

_ALL = frozenset({"both", "all", "every", "each", "everyone", "everybody", "everything"})
_NONE = frozenset({"neither", "none", "nobody", "nothing", "no"})


def _quantifier(toks: Sequence[Tok], i: int, j: int) -> str | None:
    """The kind of quantifier that opens the stretch [i, j): "all", "none" or None."""
    if i >= j:
        return None
    first = toks[i].norm
    return "all" if first in _ALL else "none" if first in _NONE else None


def quantifier_finding(
    toks: Sequence[Tok],
    i1: int,
    i2: int,
    ev: Sequence[Tok],
    j1: int,
    j2: int,
    text: str,
    evidence: str,
) -> Finding | None:
    """A contradiction when the claim's stretch [i1, i2) and the evidence's [j1, j2), one
    slot, open with opposite quantifiers."""
    if i2 - i1 > MAX_SLOT or j2 - j1 > MAX_SLOT:
        return None
    mine, theirs = _quantifier(toks, i1, i2), _quantifier(ev, j1, j2)
    if mine is None or theirs is None or mine == theirs:
        return None
    said, have = text[toks[i1].start : toks[i1].end], evidence[ev[j1].start : ev[j1].end]
    msg = f"The claim says {said!r} where its evidence says the opposite, {have!r}."
    return Finding(FlagCode.NEGATION_FLIP, msg, toks[i1].start, toks[i1].end, P_CONTRADICTION, True)
