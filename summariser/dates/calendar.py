"""Calendar arithmetic: ISO weeks, month shifts, holidays and picking the year a bare date means."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Literal

logger = logging.getLogger(__name__)

Tense = Literal["past", "future", "present"] | None

# How far ahead a bare date may lie and still be the one meant in a past-tense clause.
PAST_LOOKAHEAD_DAYS = 30


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value (ISO 8601 year and week) of the week containing ``day``.

    The week number is not zero-padded (``2000-W6``): TempEval-3 gold writes it that way.
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist in that month (e.g. 31 June)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years (29 February falls back to the 28th)."""
    return safe_date(day.year + years, day.month, day.day) or dt.date(day.year + years, 2, 28)


def pick_cyclic_year(
    position: int,
    current: int,
    year: int,
    *,
    cycle: int,
    tense: Tense,
    strict: bool = False,
    lookahead: int = 0,
) -> int:
    """The year of a yearly recurring period (``position`` 1..``cycle``) meant in news.

    Past tense means the most recent occurrence at or before ``current``, future the next one at
    or after it. With no tense cue, news mostly reports what happened: the most recent
    occurrence, unless the period starts within ``lookahead`` steps from now ("hearings in
    May", said in late March). ``strict`` ("last March", "next March") excludes the current
    period itself.
    """
    if tense == "future":
        return year if position > current or (position == current and not strict) else year + 1
    if tense != "past" and 0 < (position - current) % cycle <= lookahead:
        return year if position > current else year + 1
    return year if position < current or (position == current and not strict) else year - 1


def pick_day(
    month: int,
    day: int,
    published: dt.date,
    tense: Tense,
    *,
    lookahead_days: int = 60,
    past_lookahead_days: int = PAST_LOOKAHEAD_DAYS,
) -> dt.date | None:
    """The year-complete date of "Aug. 15" said in an article published on ``published``.

    Same rules as :func:`pick_cyclic_year`, at day level, with one more: even in a past-tense
    clause a date less than ``past_lookahead_days`` ahead is the coming one ("set a Jan. 14
    deadline", published 6 January). The alternative lies eleven months back, which news
    writes with its year; the past tense there dates the setting, not the day.
    """
    candidates = [d for y in (-1, 0, 1) if (d := safe_date(published.year + y, month, day))]
    if not candidates:
        return None
    before = [d for d in candidates if d <= published]
    after = [d for d in candidates if d >= published]
    if tense == "future" and after:
        return after[0]
    ahead = (after[0] - published).days if after else None
    if ahead is not None and ahead <= (past_lookahead_days if tense == "past" else lookahead_days):
        return after[0]
    return before[-1] if before else candidates[0]


def pick_weekday(
    weekday: int, published: dt.date, tense: Tense, *, modifier: str | None = None
) -> dt.date:
    """The date of "Friday" said in an article published on ``published``.

    "last Friday" is strictly before publication; "next"/"coming Friday" strictly after; "this
    Friday" and future tense the coming one (publication day included); otherwise the most
    recent one (publication day included), which is how news uses a bare weekday.
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier == "last":
        return published - dt.timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if modifier == "this" or tense == "future":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of a month (``n`` = -1 for the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a named holiday in ``year`` (US conventions where they differ)."""
    key = name.lower().replace("'", "").replace("’", "")
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new years day": (1, 1), "new years eve": (12, 31), "independence day": (7, 4),
        "halloween": (10, 31), "valentines day": (2, 14), "veterans day": (11, 11),
        "boxing day": (12, 26), "bastille day": (7, 14),
    }  # fmt: skip
    if key in fixed:
        return dt.date(year, *fixed[key])
    if key.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if key.startswith("easter"):
        return easter(year)
    if key == "good friday":
        return easter(year) - dt.timedelta(days=2)
    if key == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if key == "election day":
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    logger.debug("unknown holiday %r", name)
    return None
