"""A holiday of fixed date in a claim, read as the date it names ("on Valentine's Day" is "on
14 February") when the article does not name the holiday itself.

Summaries and highlights swap a date for its holiday and back: the article's "on February 14"
is the bullet's "on Valentine's Day". Read as words, the holiday is a name the article lacks
(`entity_missing`) and its words are missing content; read as the day it names, the date tests
judge it as any date: the article's "14 February" agrees, its "3 March" conflicts. Only holidays
whose date is the same every year and in every country that keeps them, and only after a word
that puts a date in a sentence ("on Christmas Eve", not "a Christmas Eve party"). When the
article writes the holiday itself, the claim's words are left as they are: they match the
article's own.
"""

from __future__ import annotations

import datetime as dt
import re
from operator import attrgetter

from .engines import date_values, value_at
from .features import Tok, tokenize

# The holiday's words (as tokenised: the possessive "'s" is dropped) -> the day it names.
HOLIDAYS: dict[tuple[str, ...], str] = {
    ("valentine", "day"): "14 February",
    ("valentines", "day"): "14 February",
    ("christmas", "day"): "25 December",
    ("christmas", "eve"): "24 December",
    ("boxing", "day"): "26 December",
    ("new", "year", "day"): "1 January",
    ("new", "years", "day"): "1 January",
    ("new", "year", "eve"): "31 December",
    ("new", "years", "eve"): "31 December",
    ("bastille", "day"): "14 July",
    ("bonfire", "night"): "5 November",
    ("halloween", "night"): "31 October",
}
_FIRST = frozenset(words[0] for words in HOLIDAYS)
# How an article writes each: "Valentine's Day", "Valentines Day", "New Year’s Eve".
_WRITTEN = {
    words: re.compile(r"\b" + r"['’]?s?\W+".join(words) + r"\b", re.IGNORECASE)
    for words in HOLIDAYS
}
_NORM = attrgetter("norm")
# Words after which a holiday stands for a day: "on", "by", "until", "since", ...
DATE_LEADS = frozenset({"on", "by", "until", "till", "since", "before", "after", "from", "over"})


def _holiday_at(toks: list[Tok], k: int, article: str) -> tuple[int, str] | None:
    """The width and day of a holiday written in capitals at ``toks[k]`` that the article does
    not write, or None."""
    for words, day in HOLIDAYS.items():
        width = len(words)
        if k + width <= len(toks) and all(
            toks[k + m].norm == w and toks[k + m].cap for m, w in enumerate(words)
        ):
            return None if _WRITTEN[words].search(article) else (width, day)
    return None


def holidays_as_dates(toks: list[Tok], article: str) -> list[Tok]:
    """``toks`` (a claim sentence's tokens) with each fixed-date holiday
    after a date word replaced by the day and month it names, spanning the holiday's words (so
    a finding quotes the claim's own words)."""
    if _FIRST.isdisjoint(map(_NORM, toks)):  # (most sentences: one pass at C level)
        return toks
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        found = _holiday_at(toks, k, article) if k > 0 and toks[k - 1].norm in DATE_LEADS else None
        if found is None:
            out.append(toks[k])
            k += 1
            continue
        width, day = found
        first, last = toks[k], toks[k + width - 1]
        number, month = tokenize(day, 0, len(day))
        out.append(number._replace(start=first.start, end=first.end))
        out.append(month._replace(start=toks[k + 1].start, end=last.end))
        k += width
    return out


def _month_day(value: str) -> str | None:
    """A TIMEX date's month and day ("12-25" of "2000-12-25"), or None when it has no month
    ("2001-SU", a season)."""
    if len(value) < 7 or not value[:4].isdigit() or value[4] != "-" or not value[5:7].isdigit():
        return None
    return value[5:]


def fixed_rivals(
    claim: str, article: str, spans: list[tuple[int, int]], start: int, end: int,
    stand_ins: tuple[dt.date, ...],
) -> list[str]:  # fmt: skip
    """The article's dates in ``spans`` (the evidence window) that name another day or month
    than the claim's date at [start, end) whatever the publication date: both read the same,
    less the year, against every stand-in publication date ("Valentine's Day" against "Christmas
    Day", "14 February" against "March"; not "Wednesday", which moves with it). Their text in
    the article; empty when there is none."""
    # (text, month and day) pairs: a date that moves with the publication date ("next Monday")
    # reads another day against each stand-in and drops out of the intersection.
    texts: set[tuple[str, str]] | None = None
    mine: str | None = None
    for day in stand_ins:
        value = value_at(date_values(claim, published=day), start, end)
        own = None if value is None else _month_day(value)
        if own is None or (mine is not None and own != mine):
            return []
        mine = own
        found = set()
        for s, e, other in date_values(article, published=day):
            rest = _month_day(other)
            other_day = rest is not None and len(rest) >= len(own) and rest[: len(own)] != own
            if other_day and rest is not None and any(lo <= s < hi for lo, hi in spans):
                found.add((article[s:e], rest))
        texts = found if texts is None else texts & found
        if not texts:
            return []
    return sorted({text for text, _ in texts or ()})
