"""A run of events counted by its last: "fell for a third quarter in a row" is three quarters,
"a fifth consecutive win" five wins.

English counts a streak either way: by how many ("three consecutive quarters", "four straight
wins") or by the place of the latest ("a third quarter in a row", "their fifth successive
defeat"). A word of series ("consecutive", "straight", "successive") between a number and its
noun leaves the number counting the noun; an ordinal before a noun that such a word precedes,
or that "in a row" follows, counts the run it closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .features import Tok
from .quantities import NumberMention

SERIES_WORDS = frozenset({"consecutive", "straight", "successive"})
_IN_A_ROW = ("in", "a", "row")


def past_series_word(toks: Sequence[Tok], j: int) -> int:
    """The index of the word after a word of series at ``j`` ("four straight wins": "wins"),
    else ``j``."""
    if j + 1 < len(toks) and toks[j].norm in SERIES_WORDS and toks[j + 1].content:
        return j + 1
    return j


def run_count(toks: Sequence[Tok], m: NumberMention, noun: int) -> NumberMention | None:
    """The ordinal ``m`` before the word at ``noun`` as the count of a run ("a third quarter
    in a row": three), or None when it ranks no run."""
    if m.kind != "ord":
        return None
    series = noun > m.j and toks[m.j].norm in SERIES_WORDS
    in_a_row = tuple(t.norm for t in toks[noun + 1 : noun + 4]) == _IN_A_ROW
    return replace(m, kind="num") if series or in_a_row else None
