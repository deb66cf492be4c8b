"""find_dates: one regex scan over the text, then left-to-right resolution with anchors."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

from pydantic import TypeAdapter

from ..errors import InputError
from ..text import Doc
from . import absolute, extent, relative
from .context import Context, Resolved
from .model import DateMention
from .patterns import DAY_RANGE_TAIL
from .scan import scan

logger = logging.getLogger(__name__)

Resolver = Callable[[re.Match[str], Context], Resolved | None]

_RESOLVERS: dict[str, Resolver] = {
    "iso": absolute.resolve_iso,
    "slash": absolute.resolve_slash,
    "time": extent.resolve_time,
    "week_of": absolute.resolve_week_of,
    "md": absolute.resolve_md,
    "dm": absolute.resolve_dm,
    "my": absolute.resolve_my,
    "fiscal": absolute.resolve_fiscal,
    "quarter": absolute.resolve_quarter,
    "yrange": absolute.resolve_year_range,
    "yshort": absolute.resolve_short_year,
    "decade": absolute.resolve_decade,
    "century": absolute.resolve_century,
    "ago": relative.resolve_ago,
    "offset": relative.resolve_offset,
    "duration": extent.resolve_duration,
    "set": extent.resolve_set,
    "deictic": relative.resolve_deictic,
    "relunit": relative.resolve_relunit,
    "season": relative.resolve_season,
    "holiday": absolute.resolve_holiday,
    "weekday": relative.resolve_weekday,
    "ref": extent.resolve_ref,
    "vague": extent.resolve_vague,
    "year": absolute.resolve_year,
    "month": relative.resolve_month,
}
_TIME_ANCHOR_WINDOW = 120
_PARAGRAPH = re.compile(r"\n\s*\n")


def _as_date(published: dt.date | str | None) -> dt.date | None:
    if published is None or isinstance(published, dt.datetime):
        return published.date() if isinstance(published, dt.datetime) else None
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError as exc:
        raise InputError(f"published date is not ISO (YYYY-MM-DD): {published!r}") from exc


# One call to pydantic-core for all of a text's mentions, strict as every value already has
# its exact type: the same models as one validation each, for less.
_NEW_MENTIONS = TypeAdapter(list[DateMention]).validate_python


def _fields(text: str, start: int, end: int, res: Resolved) -> dict[str, object]:
    """The fields of the ``DateMention`` for one resolved expression."""
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "type": res.type,
        "value": res.value,
        "granularity": res.granularity,
    }


def _range_tail(text: str, m: re.Match[str], res: Resolved) -> tuple[int, int, Resolved] | None:
    """The "16" of "August 15-16" / "April 24 and 25" (or the "25" of "2024-25") as a second
    mention."""
    if m.lastgroup == "yrange":
        end_year = absolute.year_range_end(m)
        assert end_year is not None  # the resolver rejected the match otherwise
        return m.start("yrr_b"), m.end("yrr_b"), Resolved("DATE", str(end_year), "year", end_year)
    if res.day is None or m.lastgroup not in ("md",):
        return None
    tail = DAY_RANGE_TAIL.match(text, m.end())
    if tail is None:
        return None
    day = int(tail.group("day"))
    if day <= res.day.day:
        return None
    try:
        second = res.day.replace(day=day)
    except ValueError:
        return None
    return tail.start("day"), tail.end("day"), Resolved("DATE", second.isoformat(), "day",
                                                        None, second)  # fmt: skip


def _joins_previous(
    text: str, previous: tuple[int, int, Resolved], start: int, res: Resolved
) -> bool:
    """Whether a day-level date completes the previous "the day before ..." mention."""
    return (
        previous[2].shift_next is not None
        and res.day is not None
        and res.type == "DATE"
        and not text[previous[1] : start].strip()
    )


def _anchor_time(
    text: str, start: int, res: Resolved, days: list[tuple[int, dt.date]], pub: dt.date | None
) -> Resolved:
    """Give a bare clock time ("at 10:35 a.m.") the nearest day in its paragraph, else pub."""
    assert res.clock is not None
    best: dt.date | None = None
    best_gap = _TIME_ANCHOR_WINDOW + 1
    for pos, day in days:
        gap = abs(pos - start)
        lo, hi = sorted((pos, start))
        if gap < best_gap and not _PARAGRAPH.search(text, lo, hi):
            best, best_gap = day, gap
    best = best or pub
    if best is None:
        return res
    hour, minute = res.clock
    return Resolved("TIME", f"{best.isoformat()}T{hour:02d}:{minute:02d}", "time", None, best)


def find_dates(text: str | Doc, published: dt.date | str | None = None) -> list[DateMention]:
    """Temporal expressions in ``text`` (plain text or the article's shared ``Doc``), sorted and
    non-overlapping, resolved against ``published`` (a date or ISO string; None leaves relative
    expressions unvalued)."""
    if isinstance(text, Doc):
        text = text.text  # (dates are read from the characters: one scan, see scan.py)
    ctx = Context(text=text, published=_as_date(published))
    found: list[tuple[int, int, Resolved]] = []
    for m in scan(text):
        kind = m.lastgroup
        if kind is None or kind == "skip":
            continue
        res = _RESOLVERS[kind](m, ctx)
        if res is None:
            continue
        if found and _joins_previous(text, found[-1], m.start(), res):
            # The written date stays the anchor of what follows ("The next morning").
            anchors = [res]
            prev_start, _, prev = found.pop()
            assert prev.shift_next is not None and res.day is not None
            found.append((prev_start, m.end(), relative.shift_from(res.day, *prev.shift_next)))
        else:
            found.append((m.start(), m.end("yrr_a") if kind == "yrange" else m.end(), res))
            anchors = [res]
            tail = _range_tail(text, m, res)
            if tail is not None:
                found.append(tail)
                anchors.append(tail[2])
        for item in anchors:
            if item.explicit_year is not None:
                ctx.last_year = item.explicit_year
            if item.day is not None and item.type == "DATE":
                ctx.last_day = item.day
    days = [(s, r.day) for s, _, r in found if r.day is not None and r.type in ("DATE", "TIME")]
    fields = []
    for start, end, res in found:
        if res.clock is not None:
            res = _anchor_time(text, start, res, days, ctx.published)
        fields.append(_fields(text, start, end, res))
    mentions: list[DateMention] = _NEW_MENTIONS(fields, strict=True)
    mentions.sort(key=lambda x: x.start)
    return _non_overlapping(mentions)


def _non_overlapping(mentions: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
