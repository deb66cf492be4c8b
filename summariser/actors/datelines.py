"""Datelines: the place a news report was filed from, opening its first line.

"LONDON 1996-12-06", "NEW YORK (Reuters) -", "HEMPSTEAD, N.Y., Dec 6 (AP) -": one to four
capitalised words, an optional state or country after a comma, then a date or an agency tag
in brackets. The words name a place; in capitals they are no acronym.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][A-Za-z.'’-]*"
_DATELINE = re.compile(
    rf"""[ \t]*
    (?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})
    (?:[ \t]*,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}})?    # ", N.Y.", ", United Arab Emirates"
    (?:[ \t]*,?[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})? # ", Dec 6"
    [ \t]*
    (?:\d{{4}}-\d{{2}}-\d{{2}}(?=\s|$)|\([A-Z][A-Za-z-]*\)[ \t]*[-–—])""",
    re.VERBOSE,
)


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (tried one by one: a pattern anchored with a
    multiline ``^`` is tried at every character)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def dateline_places(text: str) -> list[tuple[int, int]]:
    """The spans of the place names of the datelines in ``text``, in order."""
    if "(" not in text and "-" not in text:  # every dateline holds one
        return []
    found = []
    for start in line_starts(text):
        # (A dateline's date or tag comes within its first 60 characters: a cheap test
        # spares the pattern most lines.)
        head = text[start : start + 60]
        if "(" not in head and "-" not in head:
            continue
        m = _DATELINE.match(text, start)
        if m is not None:
            found.append(m.span("place"))
    return found


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends (0 when it opens with none)."""
    m = _DATELINE.match(text)
    return m.end() if m is not None else 0
