"""Datelines: the place a news report was filed from, opening its first line.

"LONDON 1996-12-06", "NEW YORK (Reuters) -", "HEMPSTEAD, N.Y., Dec 6 (AP) -": one to four
capitalised words, an optional state or country after a comma, then a date or an agency tag
in brackets. The words name a place; in capitals they are no acronym.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][A-Za-z.'’-]*"
_DATELINE = re.compile(
    rf"""^[ \t]*
    (?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})
    (?:[ \t]*,[ \t]*{_WORD}(?:[ \t]+{_WORD})?)?          # ", N.Y."
    (?:[ \t]*,?[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})? # ", Dec 6"
    [ \t]*
    (?:\d{{4}}-\d{{2}}-\d{{2}}(?=\s|$)|\([A-Z][A-Za-z-]*\)[ \t]*[-–—])""",
    re.MULTILINE | re.VERBOSE,
)


def dateline_places(text: str) -> list[tuple[int, int]]:
    """The spans of the place names of the datelines in ``text``, in order."""
    if "(" not in text and "-" not in text:  # every dateline holds one
        return []
    return [m.span("place") for m in _DATELINE.finditer(text)]
