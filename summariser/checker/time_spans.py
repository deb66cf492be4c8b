"""A span of time in the aligned slot: "The repair takes about a month" for "a repair that
takes about an hour"; "unavailable for nearly a week" for "unavailable for two days"; "spent
three weeks searching" for "spent three nights searching".

A span is a count and a unit of time; "a" or "an" before the unit counts one, so it is no
number to the number tests, and a span that keeps its number but changes its unit passes them
too. Where the alignment replaces a span of the claim by a span of the evidence in the same
slot, copied words anchoring it, the two must measure about the same length (in any units: "48
hours" is "two days", "four weeks" about "a month"); otherwise the claim has given the event
another length, often one the article gives another event ("next month", "nearly a week").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import NUM, Tok
from .flags import P_CONTRADICTION, Finding
from .number_flags import agrees, hedge_before
from .prepare import PreparedArticle
from .quantities import numbers

# Hours in each unit; a month and a year by their average, so rounded spans compare.
_HOURS = {
    "minute": 1 / 60,
    "hour": 1.0,
    "day": 24.0,
    "night": 24.0,  # (a stay of three nights is told as three days as often)
    "week": 168.0,
    "fortnight": 336.0,
    "month": 730.5,
    "year": 8766.0,
    "decade": 87660.0,
}
_CENTURY = 876600.0
_UNITS = {
    **_HOURS,
    **{u + "s": h for u, h in _HOURS.items()},
    "century": _CENTURY,
    "centuries": _CENTURY,
}
_ONE = frozenset({"a", "an"})
# Words that may stand before a span's count in a replaced stretch: its hedge.
_HEDGE_WORDS = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "just", "over", "under"}
    | {"more", "less", "fewer", "than", "at", "least", "most", "up", "to"}
)
_RATES = frozenset({"times", "time", "once", "twice", "per"})  # words before a rate's "a"
_SLACK = 0.1  # units converted by their averages ("a month" and "four weeks" are one span)


def _count(toks: Sequence[Tok], a: int, b: int) -> float | None:
    """The count written by ``toks[a:b]``: "a" or "an" is one; else one number filling them."""
    if b - a == 1 and toks[a].norm in _ONE:
        return 1.0
    found = numbers(toks[a:b])
    if len(found) != 1 or found[0].i != 0 or found[0].j != b - a or found[0].kind != "num":
        return None
    return found[0].value


def _span(toks: Sequence[Tok], i1: int, i2: int, text: str) -> tuple[float, str, int] | None:
    """The length in hours, the hedge and the count's index of the span that ``toks[i1:i2]``
    replaces: hedge words, a count and a unit, or the unit alone after a copied count. None when
    the stretch is anything else, or a rate ("£40 a day") or an age ("a 17-year-old")."""
    if i2 <= i1 or (unit := _UNITS.get(toks[i2 - 1].norm)) is None:
        return None
    if text[toks[i2 - 1].end : toks[i2 - 1].end + 1] == "-":
        return None  # ("a 48-hour strike", "17-year-old": a span that describes a noun)
    c = i1 if i2 - i1 > 1 else i1 - 1  # (the unit alone: its count copied before it)
    while c < i2 - 1 and toks[c].norm in _HEDGE_WORDS:
        c += 1
    if c < 0 or c >= i2 - 1 or (value := _count(toks, c, i2 - 1)) is None:
        return None
    before = toks[c - 1] if c > 0 else None
    if before is not None and (before.kind == NUM or before.norm in _RATES):
        return None  # (a rate: "£40 a day", "three times a month")
    return value * unit, hedge_before(toks, c), c


def span_finding(
    toks: Sequence[Tok],
    i1: int,
    i2: int,
    ev: Sequence[Tok],
    j1: int,
    j2: int,
    *,
    text: str,
    art: PreparedArticle,
) -> Finding | None:
    """A contradiction when the claim's replaced ``toks[i1:i2]`` and the evidence's
    ``ev[j1:j2]`` are each a span of time, and the two measure different lengths (``text``: the
    claim's)."""
    mine, theirs = _span(toks, i1, i2, text), _span(ev, j1, j2, art.text)
    if mine is None or theirs is None:
        return None
    (length, hedge, c), (other, their_hedge, d) = mine, theirs
    if hedge and hedge == their_hedge:
        hedge = ""  # ("about a month" for "about an hour": the evidence's own estimate)
    if agrees(length, hedge, other) or abs(length - other) <= _SLACK * max(length, other):
        return None
    start, end = toks[c].start, toks[i2 - 1].end
    said, have = text[start:end], art.text[ev[d].start : ev[j2 - 1].end]
    msg = f"The claim gives the span {said!r} where its evidence has {have!r}."
    # (the claim's unit written elsewhere in the article, "next month": another event's span)
    code = FlagCode.NUMBER_SWAPPED if art.holds(toks[i2 - 1]) else FlagCode.NUMBER_MISMATCH
    return Finding(code, msg, start, end, P_CONTRADICTION, True)
