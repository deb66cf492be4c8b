"""Numbers (digits or words, scaled: "1.1 m", "two million") and date words in checker tokens."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from .features import DATE_STARTS, NUM, NUMBER_STARTS, Tok
from .lexicon import (
    AMBIGUOUS_MONTHS,
    MONTH_NAMES,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RELATIVE_DATES,
    RELATIVE_DIRECTIONS,
    RELATIVE_UNITS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number with its value; ``kind`` is "num", "ord" or "year"; token index range [i, j)."""

    value: float
    kind: str
    i: int
    j: int


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_KIND = attrgetter("kind")
_NORM = attrgetter("norm")


def _none_starts(toks: Sequence[Tok], words: frozenset[str]) -> bool:
    """Whether no token is a number or one of ``words`` (told at C level: most claims have
    no number and no date, and every one starts at such a token)."""
    return NUM not in map(_KIND, toks) and words.isdisjoint(map(_NORM, toks))


def numbers(toks: Sequence[Tok], *, at: Iterable[int] | None = None) -> list[NumberMention]:
    """Numbers in digits or words, scaled by a following multiplier ("1.1 m", "two million").

    ``at``: the indices of the tokens that can start one (see TokInfo), if known.
    """
    out: list[NumberMention] = []
    if at is None and _none_starts(toks, NUMBER_STARTS):
        return out
    n = len(toks)
    for i in range(n) if at is None else at:
        t = toks[i]
        value: float | None = None
        kind = "num"
        if t.kind == NUM:
            try:
                value = float(t.norm)
            except ValueError:
                continue
            if "." not in t.norm and len(t.norm) == 4 and 1800 <= value <= 2100:
                kind = "year"
        elif t.norm == "half":
            scale = _half_of(toks, i)
            if scale is not None:
                out.append(NumberMention(scale / 2, kind, i, i + 3))
            continue
        elif t.norm in NUMBER_WORDS:
            if i > 0 and toks[i - 1].kind == NUM and t.norm in MULTIPLIERS:
                continue  # already folded into the number before it
            if i > 1 and _half_of(toks, i - 2) is not None:
                continue  # ("half a dozen": read at "half")
            value = NUMBER_WORDS[t.norm]
        elif t.norm in ORDINAL_WORDS:
            value, kind = ORDINAL_WORDS[t.norm], "ord"
        if value is None:
            continue
        j = i + 1
        if t.kind == NUM and j < n and toks[j].norm in _ORDINAL_SUFFIXES and toks[j].start == t.end:
            kind, j = "ord", j + 1  # "18th", "2nd" (the tokeniser splits the suffix off)
        if kind == "num" and j < n and toks[j].norm in MULTIPLIERS:
            value *= MULTIPLIERS[toks[j].norm]
            j += 1
        out.append(NumberMention(value, kind, i, j))
    return out


# Scale words that "half a" halves: "half a million" is 500,000, "half a dozen" six.
_SCALES = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _half_of(toks: Sequence[Tok], i: int) -> float | None:
    """The scale of "half a <scale>" starting at token ``i`` ("half a million": 1e6), or None."""
    if i + 2 >= len(toks) or toks[i].norm != "half" or toks[i + 1].norm not in ("a", "an"):
        return None
    return _SCALES.get(toks[i + 2].norm)


_COMPARATIVES = frozenset({"more", "less", "fewer", "greater", "higher", "lower"})


def is_bound(toks: Sequence[Tok], k: int) -> bool:
    """Whether the "no" at ``k`` bounds a quantity ("no more than 44"), negating nothing."""
    return (
        toks[k].norm == "no"
        and k + 2 < len(toks)
        and toks[k + 1].norm in _COMPARATIVES
        and toks[k + 2].norm == "than"
    )


def same_number(a: float, b: float) -> bool:
    """Equal up to rounding ("1.1 m" vs "1,100,000")."""
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


class DateWord(NamedTuple):
    """A calendar expression: token range [i, j), comparable form, category.

    Categories: month, weekday, year, relative, and day ("13 March", "March 13th"), whose
    form is "13 march" whatever the order or abbreviation.
    """

    i: int
    j: int
    norm: str
    cat: str


def date_words(toks: Sequence[Tok], *, at: Iterable[int] | None = None) -> list[DateWord]:
    """Calendar words (month, weekday, year, relative) and day-of-month dates.

    ``at``: the indices of the tokens that can start one (see TokInfo), if known.
    """
    out: list[DateWord] = []
    if at is None and _none_starts(toks, DATE_STARTS):
        return out
    for i in range(len(toks)) if at is None else at:
        t = toks[i]
        norm = t.norm
        if norm in WEEKDAYS:
            out.append(DateWord(i, i + 1, norm, "weekday"))
        elif norm in MONTHS:
            if norm in AMBIGUOUS_MONTHS and not (t.cap or _month_context(toks, i)):
                continue  # "may" the verb, "march" the walk
            out.append(DateWord(i, i + 1, MONTH_NAMES[norm], "month"))  # "Mar" is "march"
            day = _day_of(toks, i)
            if day is not None:
                lo, hi, number = day
                out.append(DateWord(lo, hi, f"{number} {MONTH_NAMES[norm]}", "day"))
        elif norm in RELATIVE_DATES:
            out.append(DateWord(i, i + 1, norm, "relative"))
        elif norm in RELATIVE_DIRECTIONS and i + 1 < len(toks):
            unit = toks[i + 1].norm
            # ("over the past year", "in the next month": a stretch of time, not a date)
            if unit in RELATIVE_UNITS and (i == 0 or toks[i - 1].norm not in _DETERMINERS):
                out.append(DateWord(i, i + 2, f"{RELATIVE_DIRECTIONS[norm]} {unit}", "relative"))
        elif t.kind == NUM and len(norm) == 4 and norm.isdigit() and 1800 <= int(norm) <= 2100:
            out.append(DateWord(i, i + 1, norm, "year"))
    return out


def _day_number(t: Tok) -> int | None:
    if t.kind != NUM or not t.norm.isdigit() or len(t.norm) > 2:
        return None
    day = int(t.norm)
    return day if 1 <= day <= 31 else None


def _day_of(toks: Sequence[Tok], m: int) -> tuple[int, int, int] | None:
    """The day number written with the month at ``m``: "13 March", "13th of March", "March 13"."""
    k = m - 1
    if k >= 0 and toks[k].norm == "of":
        k -= 1
    if k >= 0 and toks[k].norm in _ORDINAL_SUFFIXES:
        k -= 1
    day = _day_number(toks[k]) if k >= 0 else None
    if day is not None:
        return k, m + 1, day
    if m + 1 < len(toks):
        day = _day_number(toks[m + 1])
        if day is not None:
            end = m + 2
            if end < len(toks) and toks[end].norm in _ORDINAL_SUFFIXES:
                end += 1
            return m, end, day
    return None


_MONTH_LEADS = frozenset(
    ["in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "from"]
)


def _month_context(toks: Sequence[Tok], i: int) -> bool:
    """Whether a lower-case "may"/"march" reads as a month: "in may", "may 2015", "3 march"."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (prev is not None and (prev.norm in _MONTH_LEADS or prev.kind == NUM)) or (
        nxt is not None and nxt.kind == NUM
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def relative_clash(mine: str, theirs: str) -> bool | None:
    """Whether two relative date expressions exclude each other: True for days apart
    ("yesterday", "tomorrow") or one unit in two directions ("next week", "last week"); False
    when they agree ("today", "tonight"); None when neither tells (a day against a week, a week
    against a month: one may fall in the other)."""
    a, b = _DAY_OFFSETS.get(mine), _DAY_OFFSETS.get(theirs)
    if a is not None and b is not None:
        return a != b
    mine_parts, theirs_parts = mine.split(), theirs.split()
    if len(mine_parts) == 2 == len(theirs_parts) and mine_parts[1] == theirs_parts[1]:
        return mine_parts[0] != theirs_parts[0]
    return None
