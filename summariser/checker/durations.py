"""Spans of time in other units: "three decades" is 30 years, "two centuries" 200.

A writer rounds a span into the unit that reads best, so "the highest in 30 years" restates
"the highest in three decades", and "worked with her for 20 years" restates "for two decades".
The numbers differ (30 and 3); the spans they measure do not. So too for the short spans of a
strike, a deadline or a detention, told in hours or days: "a 48-hour strike" is "a two-day
strike", "within 72 hours" is "within three days". A span is converted only within its family
of units, each a whole multiple of the one below (years, decades, centuries; hours, days,
weeks): months do not divide years evenly, nor weeks months.
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
_IN_HOURS = {
    "hour": 1.0,
    "hours": 1.0,
    "day": 24.0,
    "days": 24.0,
    "week": 168.0,
    "weeks": 168.0,
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


def in_hours(toks: Sequence[Tok], m: NumberMention) -> float | None:
    """The span of time ``m`` measures in hours, when the word after it is a unit of hours
    ("two days": 48.0, "a 48-hour strike": 48.0); None when it counts anything else."""
    if m.kind != "num" or m.j >= len(toks):
        return None
    unit = _IN_HOURS.get(toks[m.j].norm)
    return None if unit is None else m.value * unit


def is_span(toks: Sequence[Tok], m: NumberMention) -> bool:
    """Whether ``m`` measures a span of time in a unit that converts (see the module)."""
    return in_years(toks, m) is not None or in_hours(toks, m) is not None


def in_two_units(
    toks: Sequence[Tok], m: NumberMention, others: Sequence[Tok], theirs: NumberMention
) -> tuple[float, float] | None:
    """The spans ``m`` of ``toks`` and ``theirs`` of ``others`` measure, in one unit, when they
    give them in two units of one family ("30 years", "three decades"; "48 hours", "two
    days"); None otherwise (in one unit, the numbers themselves are compared)."""
    for measure in (in_years, in_hours):
        mine, other = measure(toks, m), measure(others, theirs)
        if mine is None or other is None:
            continue
        if toks[m.j].norm.rstrip("s") == others[theirs.j].norm.rstrip("s"):
            return None
        return mine, other
    return None
