"""Light lexical features: tokens, numbers, date words, names (sentences: sentences.py).

One tokeniser serves raw and PTB-tokenised/lowercased text alike: "don't" and "do n't" both give
``do not``, "it's" and "it 's" both give ``it``, "£1.1m" and "£ 1.1 m" both give ``1.1 m``, and
"-lrb-" is treated as punctuation, so a tokenised copy of an article yields the same tokens.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import (
    AMBIGUOUS_MONTHS,
    MONTH_NAMES,
    MONTHS,
    MULTIPLIERS,
    NEGATION_CUES,
    NOT_NAMES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RELATIVE_DATES,
    STOPWORDS,
    WEEKDAYS,
)

logger = logging.getLogger(__name__)

# Order matters: "n't" before words; clitics ("'s", "'re") are consumed and dropped; codes with
# digits ("G4S", "MP3") are single words. Case is spelt out in the classes rather than by
# re.IGNORECASE, and "don't" is split in Python (see tokenize): both make the scan twice as fast.
_TOKEN_RE = re.compile(
    r"(?P<neg>[nN]['’`][tT]\b)"
    r"|(?P<clitic>['’`](?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])\b)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:\d[^\W_]*)?)"
)
_NT_AFTER = re.compile(r"['’`][tT]\b")  # after a word ending in "n": "don't" is "do" + "n't"
_BRACKET_TOKENS = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})

WORD, NUM, NEG = 0, 1, 2


class Tok(NamedTuple):
    """One token: its normal form, its stem, where it is, whether it was capitalised.

    A NamedTuple rather than a frozen dataclass: tokens are made by the thousand per second.
    """

    norm: str
    stem: str
    start: int
    end: int
    cap: bool
    kind: int
    content: bool


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A crude, memoised suffix-stripper: enough to match "killed"/"kills"/"killing"."""
    cached = _STEMS.get(word)
    if cached is not None:
        return cached
    s = word
    if len(s) > 4 and s.endswith("ies"):
        s = s[:-3] + "y"
    elif len(s) > 5 and s.endswith("ing"):
        s = s[:-3]
    elif (len(s) > 4 and s.endswith("ed")) or (len(s) > 4 and s.endswith("es") and s[-3] in "sxzh"):
        s = s[:-2]
    elif len(s) > 3 and s.endswith("s") and not s.endswith(("ss", "us", "is")):
        s = s[:-1]
    if len(s) > 4 and s.endswith("ly"):
        s = s[:-2]
    if len(s) > 3 and s[-1] in "ey":
        s = s[:-1]
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeiou":
        s = s[:-1]  # "stopped" -> "stopp" -> "stop"
    if len(_STEMS) < 200_000:
        _STEMS[word] = s
    return s


_WordInfo = tuple[str, str, bool, int, bool]  # norm, stem, capitalised, kind, content
_WORDS: dict[str, _WordInfo | None] = {}  # raw word -> its token fields (None: dropped)
_MISSING: _WordInfo = ("", "", False, WORD, False)


def _word_info(raw: str) -> _WordInfo | None:
    """The token fields of a word (memoised: news reuses a small vocabulary)."""
    norm = raw.lower()
    info: _WordInfo | None
    if norm in _BRACKET_TOKENS:
        info = None
    elif norm in NEGATION_CUES:
        info = (norm, stem(norm), raw[0].isupper(), NEG, False)
    else:
        content = len(norm) > 1 and norm not in STOPWORDS
        info = (norm, stem(norm), raw[0].isupper(), WORD, content)
    if len(_WORDS) < 200_000:
        _WORDS[raw] = info
    return info


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    toks: list[Tok] = []
    append = toks.append
    new = tuple.__new__  # Tok(...) through NamedTuple's __new__ costs a third more
    words = _WORDS
    skip = -1
    for m in _TOKEN_RE.finditer(text, start, stop):
        group = m.lastgroup
        s, e = m.span()
        if s < skip:
            continue
        if group == "word":
            raw = m.group()
            info = words.get(raw, _MISSING)
            if info is _MISSING:
                info = _word_info(raw)
            if info is None:
                continue
            if raw[-1] in "nN" and len(raw) > 1 and _NT_AFTER.match(text, e, stop):
                info = words.get(raw[:-1], _MISSING)
                if info is _MISSING:
                    info = _word_info(raw[:-1])
                if info is not None:
                    append(new(Tok, (info[0], info[1], s, e - 1, info[2], info[3], info[4])))
                append(new(Tok, ("not", "not", e - 1, e + 2, False, NEG, False)))
                skip = e + 2
                continue
            append(new(Tok, (info[0], info[1], s, e, info[2], info[3], info[4])))
        elif group == "num":
            norm = m.group().replace(",", "")
            append(new(Tok, (norm, norm, s, e, False, NUM, True)))
        elif group == "neg":
            append(new(Tok, ("not", "not", s, e, False, NEG, False)))
    return toks


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number with its value; ``kind`` is "num", "ord" or "year"; token index range [i, j)."""

    value: float
    kind: str
    i: int
    j: int


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def numbers(toks: list[Tok]) -> list[NumberMention]:
    """Numbers in digits or words, scaled by a following multiplier ("1.1 m", "two million")."""
    out: list[NumberMention] = []
    n = len(toks)
    for i, t in enumerate(toks):
        value: float | None = None
        kind = "num"
        if t.kind == NUM:
            try:
                value = float(t.norm)
            except ValueError:
                continue
            if "." not in t.norm and len(t.norm) == 4 and 1800 <= value <= 2100:
                kind = "year"
        elif t.norm in NUMBER_WORDS:
            if i > 0 and toks[i - 1].kind == NUM and t.norm in MULTIPLIERS:
                continue  # already folded into the number before it
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


def date_words(toks: list[Tok]) -> list[DateWord]:
    """Calendar words (month, weekday, year, relative) and day-of-month dates."""
    out: list[DateWord] = []
    for i, t in enumerate(toks):
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
        elif t.kind == NUM and len(norm) == 4 and norm.isdigit() and 1800 <= int(norm) <= 2100:
            out.append(DateWord(i, i + 1, norm, "year"))
    return out


def _day_number(t: Tok) -> int | None:
    if t.kind != NUM or not t.norm.isdigit() or len(t.norm) > 2:
        return None
    day = int(t.norm)
    return day if 1 <= day <= 31 else None


def _day_of(toks: list[Tok], m: int) -> tuple[int, int, int] | None:
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


def _month_context(toks: list[Tok], i: int) -> bool:
    """Whether a lower-case "may"/"march" reads as a month: "in may", "may 2015", "3 march"."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (prev is not None and (prev.norm in _MONTH_LEADS or prev.kind == NUM)) or (
        nxt is not None and nxt.kind == NUM
    )


def name_spans(toks: list[Tok], sentence_starts: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges [i, j) of capitalised word runs that look like names.

    The first word of a sentence counts only when the run goes on ("Natalia Moon said");
    calendar words and capitalised function words are not names.
    """
    out: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not (t.cap and t.kind == WORD and t.norm not in NOT_NAMES and _nameable(t)):
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].cap and toks[j].kind == WORD and _nameable(toks[j]):
            j += 1
        if t.start in sentence_starts and j == i + 1:
            i = j
            continue
        out.append((i, j))
        i = j
    return out


def _nameable(t: Tok) -> bool:
    return t.content and t.norm not in WEEKDAYS and t.norm not in MONTHS
