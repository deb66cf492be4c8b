"""Resolvers for durations, sets (recurrences), general references and clock times.

Durations and sets are recognised mainly so that "less than two months" or "every day" is not
mistaken for a date; their values follow TIMEX3 (P2M, P1D, XXXX-WXX-1).
"""

from __future__ import annotations

import re

from .context import Context, Resolved, parse_number
from .lexicon import PARTS_OF_DAY, REFS, SEASONS, SET_WORDS, UNITS, WEEKDAYS
from .relative import resolve_deictic, resolve_weekday

_CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}


def _period(n: int | str | None, unit: str) -> str | None:
    if n is None:
        return None
    unit = unit.lower()  # "for YEARS" in all-caps copy
    letter, clock = UNITS["century" if unit.startswith("centur") else unit.rstrip("s")]
    return f"PT{n}{letter}" if clock else f"P{n}{letter}"


def resolve_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    """two weeks / less than two months / 16-hour / the past 20 years / decades-long."""
    unit = (m.group("du_u") or m.group("dh_u")).lower()
    if m.group("dh_u"):
        return Resolved("DURATION", _period("X", unit), "duration")
    raw = m.group("du_n")
    n = parse_number(raw)
    vague = n is None and not re.search(r"[\d/.]", raw)
    return Resolved("DURATION", _period("X" if vague else n, unit), "duration")


def resolve_vague(m: re.Match[str], ctx: Context) -> Resolved | None:
    """for years / in recent days / the coming months."""
    return Resolved("DURATION", _period("X", m.group("vg_u") or m.group("vg_u2")), "duration")


def resolve_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    """daily / every Monday / twice a week / each year / on Sundays."""
    if m.group("st_word"):
        return Resolved("SET", SET_WORDS[m.group("st_word").lower()], "set")
    if m.group("st_wds"):
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[m.group('st_wds')[:-1].lower()] + 1}", "set")
    unit = (m.group("st_u") or m.group("st_u2") or m.group("st_u3")).lower()
    if unit in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", "set")
    if unit in PARTS_OF_DAY:
        return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "set")
    if unit in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[unit][0]}", "set")
    if unit == "weekend":
        return Resolved("SET", "XXXX-WXX-WE", "set")
    n = parse_number(m.group("st_n")) if m.group("st_n") else 1
    return Resolved("SET", _period(n, unit), "set")


def resolve_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    """now / currently / in the past / the future.

    "recently" and "lately" are not dates: TempEval-3 gold leaves them unmarked (0 of 3 in
    the AQUAINT set), so emitting PAST_REF for them only costs precision.
    """
    word = m.group("rf")
    if word == "Now" and re.search(
        r"(?:^|[.!?'\"]\s*|\n)\s*$", ctx.text[max(0, m.start() - 4) : m.start()]
    ):
        return None  # sentence-opening "Now, ..." is a discourse marker, not a time
    return Resolved("DATE", REFS[" ".join(m.group("rf").lower().split())], "ref")


def _hour(h: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return h if 0 <= h <= 23 else None
    if not 1 <= h <= 12:
        return None
    return (h % 12) + (12 if meridiem.lower() == "p" else 0)


def resolve_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """10:35 a.m. / 9 a.m. EST Tuesday / noon / 4 in the morning / 14:00 GMT."""
    minute = 0
    day_word = None
    if m.group("tm_h"):
        hour = _hour(int(m.group("tm_h")), m.group("tm_ap"))
        minute = int(m.group("tm_min") or 0)
        day_word = m.group("tm_day")
    elif m.group("tm24_h"):
        hour, minute = int(m.group("tm24_h")), int(m.group("tm24_min"))
    elif m.group("tmw_word"):
        if ctx.prev_word(m.start()) == "high":
            return None  # "high noon": the idiom, not the hour
        hour, minute = _CLOCK_WORDS[m.group("tmw_word").lower()]
        day_word = m.group("tmw_day")
    else:
        raw = m.group("tmm_h") or m.group("tmo_h")
        number = parse_number(raw)
        part = (m.group("tmm_part") or "").lower()
        hour = None if number is None else _hour(number, "p" if part in ("afternoon", "evening")
                                                      and number < 12 else None)  # fmt: skip
    if hour is None:
        return None
    clock = (hour, minute)
    if day_word:
        sub = _day_of(day_word, m, ctx)
        if sub is None or sub.day is None:
            return Resolved("TIME", None, "time")
        return Resolved("TIME", f"{sub.day.isoformat()}T{hour:02d}:{minute:02d}", "time",
                        None, sub.day)  # fmt: skip
    return Resolved("TIME", None, "time", clock=clock)


def _day_of(word: str, m: re.Match[str], ctx: Context) -> Resolved | None:
    """Resolve the weekday or "today" attached to a clock time, with the time's own tense."""
    from .patterns import MASTER  # local: patterns imports nothing from here, avoids a cycle

    sub = MASTER.fullmatch(word)
    if sub is None:
        return None
    shifted = _Shifted(sub, m.start(), m.end())
    resolver = resolve_weekday if sub.group("weekday") else resolve_deictic
    return resolver(shifted, ctx)  # type: ignore[arg-type]


class _Shifted:
    """A sub-match that reports the span of the whole time expression (for tense lookup)."""

    def __init__(self, match: re.Match[str], start: int, end: int) -> None:
        self._match, self._start, self._end = match, start, end

    def group(self, name: str) -> str | None:
        return self._match.group(name)

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end
