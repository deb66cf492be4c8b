"""What resolution needs besides the match: the text, publication date, anchors and tense."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .calendar import Tense
from .lexicon import MONTHS, NUMBER_WORDS
from .tense import local_tense

# The word before a position, matched on the reversed window: a search of the window for
# r"([A-Za-z]+)\W*$" tries (and backtracks over) every letter of it; matched from the end, the
# non-word tail and then the letters are read once (the same word: the last run of ASCII
# letters with nothing but non-word characters after it).
_PREV_WORD_REVERSED = re.compile(r"\W*([A-Za-z]+)")
_NEXT_WORD = re.compile(r"^\W*([A-Za-z]+)")


@dataclass
class Context:
    """Resolution state for one text, updated as mentions are resolved left to right.

    ``last_year`` is the most recent year written out in the text (anchor of "the following
    year"); ``last_day`` the most recent day-level date (anchor of "the next day").
    """

    text: str
    published: dt.date | None
    last_year: int | None = None
    last_day: dt.date | None = None
    _tense_cache: dict[tuple[int, int], Tense] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        """Local tense around ``text[start:end]`` (cached)."""
        key = (start, end)
        if key not in self._tense_cache:
            self._tense_cache[key] = local_tense(self.text, start, end)
        return self._tense_cache[key]

    def prev_word(self, start: int) -> str:
        """The word just before ``start``, lower-cased ('' when none)."""
        m = _PREV_WORD_REVERSED.match(self.text[max(0, start - 30) : start][::-1])
        return m.group(1)[::-1].lower() if m else ""

    def next_word(self, end: int) -> str:
        """The word just after ``end``, as written ('' when none)."""
        m = _NEXT_WORD.search(self.text[end : end + 30])
        return m.group(1) if m else ""


@dataclass(frozen=True)
class Resolved:
    """A resolved candidate: TIMEX3 type, value and granularity, plus anchor information."""

    type: str
    value: str | None
    granularity: str
    explicit_year: int | None = None  # a year written out in the expression
    day: dt.date | None = None  # the day it denotes, when day-level
    clock: tuple[int, int] | None = None  # a time of day whose date is still to be found
    # "the day before <date>": (unit, signed count) to apply to a date written right after.
    shift_next: tuple[str, int] | None = None


def month_number(word: str) -> int:
    """1..12 for a month name or abbreviation ("Sept.", "AUGUST")."""
    return MONTHS[word.lower().rstrip(".")]


def parse_number(word: str | None) -> int | None:
    """An integer from digits or number words; None for vague or fractional quantities."""
    if word is None:
        return None
    w = " ".join(word.lower().replace(",", "").split())
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] or None
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def day_value(day: dt.date) -> str:
    """TIMEX3 day value."""
    return day.isoformat()


def decade_value(decade: int) -> str:
    """TIMEX3 decade value as TempEval-3 gold writes it: the 1990s are ``199X``."""
    return f"{decade:03d}X"


def month_value(year: int, month: int) -> str:
    """TIMEX3 month value."""
    return f"{year:04d}-{month:02d}"
