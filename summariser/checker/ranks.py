"""A rank before a superlative: "the second most expensive signing" is not "the most expensive".

An ordinal before "most", "least" or a word in "-est" counts down from the top: dropping it, or
putting one in, moves the thing to another place in the ranking. Every other word being
copied, word overlap sees nothing; the alignment shows the ordinal as the only word one side
has between the copied "the" and the copied superlative.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, Finding
from .lexicon import ORDINAL_WORDS
from .predicates import is_predicate

_SUPERLATIVES = frozenset({"most", "least", "best", "worst"})


def _superlative(t: Tok) -> bool:
    """ "most", "least", "best", "worst", or a word in "-est" whose "-er" form is a word too
    ("largest": "larger"; not "protest", "honest", "forest")."""
    w = t.norm
    return w in _SUPERLATIVES or (w.endswith("est") and is_predicate(w[:-3] + "er"))


def _ordinal(t: Tok) -> bool:
    """An ordinal other than "first": the most expensive is the first most expensive."""
    return t.norm in ORDINAL_WORDS and t.norm != "first"


def rank_finding(
    toks: Sequence[Tok], i1: int, i2: int, ev: Sequence[Tok], j1: int, j2: int, text: str
) -> Finding | None:
    """A contradiction when one side has an ordinal right before a superlative that both sides
    copy, and the other none or another (toks[i1:i2] against ev[j1:j2], the superlative at
    toks[i2] and ev[j2])."""
    if i2 >= len(toks) or j2 >= len(ev) or not _superlative(toks[i2]):
        return None
    mine, theirs = list(toks[i1:i2]), list(ev[j1:j2])
    if len(mine) > 1 or len(theirs) > 1 or not all(map(_ordinal, mine + theirs)):
        return None
    if mine and theirs:  # ("the third most expensive" for "the second most expensive")
        if mine[0].norm == theirs[0].norm:
            return None
        said = f"has the rank {mine[0].norm!r} where its evidence has {theirs[0].norm!r}"
    else:
        said = f"{'puts' if mine else 'drops'} the rank {(mine + theirs)[0].norm!r}"
    at = toks[i2] if not mine else mine[0]
    msg = f"The claim {said} before {toks[i2].norm!r}: another place in the ranking."
    return Finding(FlagCode.NUMBER_MISMATCH, msg, at.start, at.end, P_CONTRADICTION, True)
