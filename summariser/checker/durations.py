"""Spans of time in other units: "three decades" is 30 years, "two centuries" 200.

A writer rounds a span into the unit that reads best, so "the highest in 30 years" restates
"the highest in three decades", and "worked with her for 20 years" restates "for two decades".
The numbers differ (30 and 3); the spans they measure do not. Only units that are whole
multiples of a year are converted: weeks and months do not divide years evenly, and "three
weeks" for "21 days" is rare in news.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .features import Tok
from .quantities import NumberMention

_IN_YEARS = {
    "year": 1.0,
    "years": 1.0,
    "decade": 10.0,
    "decades": 10.0,
    "century": 100.0,
    "centuries": 100.0,
}


def shifted(m: NumberMention, offset: int) -> NumberMention:
    """``m`` found in a slice of tokens that starts at ``offset``, indexed in the whole."""
    return replace(m, i=m.i + offset, j=m.j + offset)


def in_years(toks: Sequence[Tok], m: NumberMention) -> float | None:
    """The span of time ``m`` measures in years, when the word after it is a unit of years
    ("three decades": 30.0); None when it counts anything else."""
    if m.kind != "num" or m.j >= len(toks):
        return None
    unit = _IN_YEARS.get(toks[m.j].norm)
    return None if unit is None else m.value * unit


def in_two_units(
    toks: Sequence[Tok], m: NumberMention, others: Sequence[Tok], theirs: NumberMention
) -> tuple[float, float] | None:
    """The spans ``m`` of ``toks`` and ``theirs`` of ``others`` measure, in years, when they
    give them in two units of years ("30 years", "three decades"); None otherwise (in one
    unit, the numbers themselves are compared)."""
    mine, other = in_years(toks, m), in_years(others, theirs)
    if mine is None or other is None:
        return None
    if toks[m.j].norm.rstrip("s") == others[theirs.j].norm.rstrip("s"):
        return None
    return mine, other
