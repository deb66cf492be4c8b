"""The package's one tokeniser: every non-space character of a text in a token, with offsets.

Tokens are words (with inner apostrophes, hyphens and "&"), dotted acronyms ("U.S."), titles and
abbreviations with their full stop ("Mr.", "Gen."), middle initials ("R." before a name),
affiliations kept whole ("(R-S.C.)"; "D-N.Y" before its full stop) and single punctuation marks
("''", "``", "--" and "..." count as one). The engines read these tokens through a shared
``Doc`` (see ``doc.py``); what one engine needs beyond them (possessives, sentence-initial
words, stems) it annotates there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate, compress

_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Rep|Reps|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Hon|Capt|Maj|Adm|Pres"
    "|Atty|Gens|Cpl|Pvt|Supt|Insp|Det|No|Inc|Corp|Ltd|Co|Bros|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec"
    "|vs|etc|approx|Ft|Mt"
)
_TITLE_INITIALS = "".join(sorted({title[0] for title in _TITLES.split("|")}))
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # acronyms: U.S., I.R.S.
    # titles and common abbreviations (the lookahead, their first letters, only saves time)
    rf"|(?=[{_TITLE_INITIALS}])\b(?:{_TITLES})\.(?=\s|$)"
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # middle initials: Joseph R. Biden
    r"|\([A-Z][A-Za-z.\- ]{0,14}\)"  # affiliations kept whole: (R-S.C.), (Vt.)
    r"|\w+(?:[’'\-&]\w+)*"  # words, with inner apostrophes and hyphens
    r"|''|``|--|\.\.\.|\S"
)
# _TOKEN as a separator (for ``split``), with the same matches found faster. Tried first, the
# tokens that only _TOKEN's word or single-character alternative can match: a word starting
# with a lowercase ASCII letter that no title or abbreviation starts with, or with a word
# character that is no ASCII letter (a digit); any word whose letters (taken whole, hence the
# possessive ``*+``) no "." follows, for only titles, acronyms and initials end in one; and a
# character that no other alternative can start.
_FAST_TOKEN = r"(?:[b-df-uw-z]\w*|[^\WA-Za-z]\w*|[A-Za-z]\w*+(?!\.))(?:[’'\-&]\w+)*|[^\w\s(`'\-.]"
# A token is never searched for at a space (the lookahead fails there at once), so the texts
# between the tokens are exactly the whitespace, and their lengths give the offsets.
_TOKEN_SPLIT = re.compile(f"(?=\\S)({_FAST_TOKEN}|{_TOKEN.pattern})")
# A party and a state of two initials after a name, AP style ("Schumer, D-N.Y.", "R-W.Va."),
# one token but for its last full stop, which may also end the sentence (a state of one
# abbreviation, "R-Tenn.", is a word and its full stop already). Rare: the pieces _TOKEN reads
# there are joined after the split, rather than trying one more alternative at every token.
# Searched from its hyphen (a pattern opening with a literal is scanned for it at C speed); the
# party's letter before it is checked below, and a match inside a longer token is passed over.
_AFFILIATION = re.compile(r"-[A-Z]\.[A-Z][a-z]?(?=\.)")
_PARTIES = frozenset("DRI")
assert not set("bcdfghijklmnopqrstuwxyz") & set(_TITLE_INITIALS)


def tokenize(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and texts of the tokens of ``text``, in order.

    ``_TOKEN`` as a separator: ``split`` gives the tokens (each after the whitespace before it)
    in one C-level call, and running sums of their lengths give the offsets. (Every non-space
    character is part of some token, so the texts between tokens are whitespace.) The pieces
    of an affiliation ("D-N", ".", "Y") are then joined into one token."""
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    starts, ends, words = offsets[0:-1:2], offsets[1::2], parts[1::2]
    for match in reversed(list(_AFFILIATION.finditer(text))):  # (earlier indices stay valid)
        start, end = match.start() - 1, match.end()
        if start < 0 or text[start] not in _PARTIES:
            continue
        first = bisect.bisect_left(starts, start)
        stop = bisect.bisect_left(starts, end)
        if first == len(starts) or starts[first] != start:
            continue  # inside a longer token ("AD-N.Y", "x-D-N.Y")
        # The last piece may run past the affiliation ("C." of "R-S.C. The"): its rest, the
        # full stop, stays a token.
        tail = [(end, ends[stop - 1])] if ends[stop - 1] > end else []
        starts[first:stop] = [start] + [a for a, _ in tail]
        ends[first:stop] = [end] + [b for _, b in tail]
        words[first:stop] = [text[start:end]] + [text[a:b] for a, b in tail]
    return starts, ends, words


def stretches(starts: list[int], ends: list[int], tokens: Iterable[int]) -> list[tuple[int, int]]:
    """The token ranges [lo, hi) of the stretches between spaces (runs of tokens that touch)
    holding ``tokens``, in order, each once."""
    n = len(starts)
    found: list[tuple[int, int]] = []
    for k in sorted(tokens):
        if found and k < found[-1][1]:
            continue  # in the stretch just found
        lo, hi = k, k + 1
        while lo > 0 and ends[lo - 1] == starts[lo]:
            lo -= 1
        while hi < n and starts[hi] == ends[hi - 1]:
            hi += 1
        found.append((lo, hi))
    return found


def reread(
    text: str,
    tokens: tuple[list[str], list[int], list[int]],
    keep: list[bool],
    odd: list[tuple[int, int]],
    pattern: re.Pattern[str],
    *,
    group: int = 0,
) -> tuple[list[str], list[int], list[int]]:
    """An engine's view of the ``tokens`` (texts, starts, ends): those ``keep`` marks, but for
    the ``odd`` stretches (see ``stretches``), which are read again with ``pattern`` (its
    ``group``): the texts, starts and ends of the view's tokens."""
    words, starts, ends = tokens
    raw: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    done = 0
    for lo, hi in [*odd, (len(words), len(words))]:
        raw += compress(words[done:lo], keep[done:lo])
        out_starts += compress(starts[done:lo], keep[done:lo])
        out_ends += compress(ends[done:lo], keep[done:lo])
        if lo < hi:
            for m in pattern.finditer(text, starts[lo], ends[hi - 1]):
                raw.append(m.group(group))
                out_starts.append(m.start(group))
                out_ends.append(m.end(group))
        done = hi
    return raw, out_starts, out_ends
