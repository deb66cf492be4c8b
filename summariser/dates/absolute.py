"""Resolvers for expressions that carry (or nearly carry) their own calendar position.

Each takes the regex match and the :class:`Context` and returns a :class:`Resolved`, or None to
reject the candidate (e.g. "1999 people" is a count, not a year).
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar import (
    PAST_LOOKAHEAD_DAYS,
    holiday,
    iso_week,
    pick_cyclic_year,
    pick_day,
    safe_date,
)
from .context import Context, Resolved, day_value, decade_value, month_number, month_value
from .lexicon import COUNT_NOUNS, DECADE_WORDS, LABEL_WORDS, ORDINALS, WEEKDAYS


def _day_or_month_date(
    m: re.Match[str], ctx: Context, mon: str, day_s: str, year_s: str, wd: str | None
) -> Resolved | None:
    month, day = month_number(m.group(mon)), int(m.group(day_s))
    if not 1 <= day <= 31:
        return None
    if m.group(year_s):
        year = int(m.group(year_s))
        d = safe_date(year, month, day)
        return Resolved("DATE", day_value(d), "day", year, d) if d else None
    if ctx.published is None:
        return Resolved("DATE", None, "day")
    weekday = m.group(wd) if wd else None
    if weekday:
        # "Friday, Oct. 23": the weekday picks the year.
        wanted = WEEKDAYS[weekday.lower()]
        for offset in (0, -1, 1):
            d = safe_date(ctx.published.year + offset, month, day)
            if d and d.weekday() == wanted:
                return Resolved("DATE", day_value(d), "day", None, d)
    d = pick_day(month, day, ctx.published, ctx.tense(m.start(), m.end()))
    return Resolved("DATE", day_value(d), "day", None, d) if d else None


def resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2023-08-15, 2023-08-15T14:00."""
    d = safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    if d is None:
        return None
    if m.group("iso_h"):
        value = f"{d.isoformat()}T{m.group('iso_h')}:{m.group('iso_min')}"
        return Resolved("TIME", value, "time", d.year, d)
    return Resolved("DATE", day_value(d), "day", d.year, d)


def resolve_slash(m: re.Match[str], ctx: Context) -> Resolved | None:
    """8/15/2023 (US order; day-first when the first number cannot be a month)."""
    a, b, y = int(m.group("sl_a")), int(m.group("sl_b")), m.group("sl_y")
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    month, day = (b, a) if a > 12 else (a, b)
    d = safe_date(year, month, day)
    return Resolved("DATE", day_value(d), "day", year, d) if d else None


def resolve_week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """the week of March 6 -> the ISO week containing that day (2000-W10)."""
    res = _day_or_month_date(m, ctx, "wo_mon", "wo_day", "wo_year", None)
    if res is None or res.day is None:
        return None if res is None else Resolved("DATE", None, "week")
    return Resolved("DATE", iso_week(res.day), "week", res.explicit_year)


def resolve_md(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Aug. 15 / August 15, 2023 / Thursday, April 6."""
    return _day_or_month_date(m, ctx, "md_mon", "md_day", "md_year", "md_wd")


def resolve_dm(m: re.Match[str], ctx: Context) -> Resolved | None:
    """15 August 2023 / the 15th of August."""
    return _day_or_month_date(m, ctx, "dm_mon", "dm_day", "dm_year", "dm_wd")


def resolve_my(m: re.Match[str], ctx: Context) -> Resolved | None:
    """January 1998 / late November 1999."""
    year = int(m.group("my_year"))
    return Resolved("DATE", month_value(year, month_number(m.group("my_mon"))), "month", year)


def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """1998 / early 1997 / post-1959 / the year 2000 - unless the number counts things."""
    year = int(m.group("yr"))
    if not (m.group("yr_mod") or m.group("yr_the")):
        if ctx.prev_word(m.start()) in LABEL_WORDS:
            return None
        if ctx.next_word(m.end()).lower() in COUNT_NOUNS:
            return None
    return Resolved("DATE", str(year), "year", year)


def year_range_end(m: re.Match[str]) -> int | None:
    """The second year of "2024-25" / "1994-97" / "2019/2020", or None if not a range."""
    first, raw = int(m.group("yrr_a")), m.group("yrr_b")
    second = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    if len(raw) == 2 and second <= first:
        second += 100  # "1999-00"
    # Longer spans with two digits ("1998-12") are more likely a year and month.
    return second if 0 < second - first <= (10 if len(raw) == 2 else 100) else None


def resolve_year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """2024-25 -> 2024 (the finder adds the second end, 2025, as its own mention)."""
    if year_range_end(m) is None:
        return None
    year = int(m.group("yrr_a"))
    return Resolved("DATE", str(year), "year", year)


def resolve_short_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'98 -> 1998: the year with those last two digits nearest before publication (up to
    ten years ahead counts: "the class of '25")."""
    if ctx.published is None:
        return Resolved("DATE", None, "year")
    year = ctx.published.year // 100 * 100 + int(m.group("ys"))
    if year > ctx.published.year + 10:
        year -= 100
    return Resolved("DATE", str(year), "year", year)


def _decade_of_short(tens: int, ctx: Context) -> str | None:
    """'90s -> 199 (the most recent such decade that has started by publication)."""
    if ctx.published is None:
        return None
    century = ctx.published.year // 100
    start = century * 100 + tens
    if start > ctx.published.year:
        start -= 100
    return decade_value(start // 10)


def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """the 1990s (199) / mid-1990s / the '90s / the nineties / the 1800s (century 18)."""
    full = m.group("dc_full")
    if full:
        if full.endswith("00") and int(full) < 2000:
            return Resolved("DATE", full[:2], "century")
        return Resolved("DATE", decade_value(int(full[:3])), "decade", int(full))
    short = m.group("dc_short") or m.group("dc_short2")
    tens = int(short) if short else DECADE_WORDS[m.group("dc_word").lower()]
    return Resolved("DATE", _decade_of_short(tens, ctx), "decade")


def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """the 20th century (19) / this century."""
    ordinal = m.group("ce_ord")
    if ordinal:
        key = ordinal.lower()
        n = int(re.sub(r"\D", "", key)) if key[0].isdigit() else ORDINALS.get(key, 0)
        return Resolved("DATE", f"{n - 1:02d}", "century") if 0 < n < 30 else None
    if ctx.published is None:
        return Resolved("DATE", None, "century")
    rel = m.group("ce_rel").lower().split()[-1]
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1}[rel]
    return Resolved("DATE", f"{ctx.published.year // 100 + shift:02d}", "century")


def resolve_fiscal(m: re.Match[str], ctx: Context) -> Resolved | None:
    """fiscal 2023 / FY23 / this fiscal year -> FY2023."""
    raw = m.group("fy_year") or m.group("fy_year2")
    if raw:
        digits = raw.lstrip("'’")
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        if len(digits) == 2 and int(digits) >= 50:
            year -= 100
        return Resolved("DATE", f"FY{year}", "year", year)
    if ctx.published is None:
        return Resolved("DATE", None, "year")
    rel = m.group("fy_rel").lower().split()[-1]
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    return Resolved("DATE", f"FY{ctx.published.year + shift}", "year")


def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """the third quarter (of 2023) / Q3 -> 2023-Q3."""
    ordinal = m.group("q_ord")
    n = ORDINALS[ordinal.lower()] if ordinal else int(m.group("q_num"))
    if not 1 <= n <= 4:
        return None
    explicit = m.group("q_year") or m.group("q_year2")
    if explicit:
        return Resolved("DATE", f"{explicit}-Q{n}", "quarter", int(explicit))
    if ctx.published is None:
        return Resolved("DATE", None, "quarter")
    pub = ctx.published
    rel = m.group("q_rel")
    if rel:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[rel.lower()]
    else:
        current = (pub.month - 1) // 3 + 1
        tense = ctx.tense(m.start(), m.end())
        year = pick_cyclic_year(n, current, pub.year, cycle=4, tense=tense)
    return Resolved("DATE", f"{year}-Q{n}", "quarter")


def resolve_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Thanksgiving / Christmas 2022 / last Easter."""
    name = " ".join(m.group("ho_name").split())
    if m.group("ho_year"):
        year = int(m.group("ho_year"))
        d = holiday(name, year)
        if d is not None and m.group("ho_week"):
            return Resolved("DATE", iso_week(d), "week", year)
        return Resolved("DATE", day_value(d), "day", year, d) if d else None
    if ctx.published is None:
        return Resolved("DATE", None, "day")
    pub = ctx.published
    days = [d for y in (-1, 0, 1) if (d := holiday(name, pub.year + y))]
    if not days:
        return None
    mod = (m.group("ho_mod") or "").lower()
    tense = "past" if mod == "last" else "future" if mod == "next" else None
    tense = tense or ctx.tense(m.start(), m.end())
    chosen: dt.date
    soon = [d for d in days if 0 <= (d - pub).days <= PAST_LOOKAHEAD_DAYS]
    if tense == "past" and soon and mod != "last":
        chosen = soon[0]  # "as Easter week began", six days before Easter: see pick_day
    elif tense == "past":
        chosen = max((d for d in days if d <= pub), default=days[0])
    elif tense == "future":
        chosen = min((d for d in days if d >= pub), default=days[-1])
    else:
        chosen = min(days, key=lambda d: abs((d - pub).days))
    if m.group("ho_week"):
        return Resolved("DATE", iso_week(chosen), "week")
    return Resolved("DATE", day_value(chosen), "day", None, chosen)
