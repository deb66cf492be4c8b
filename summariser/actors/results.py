"""Lines of sports results and standings, where the names are teams.

"Lazio 2 Roma 1", "Barcelona 3 Real Madrid 1": a name and a score, twice, fill the line;
"Ajax 12 9 2 1 30 10 29": a name then a row of five or more numbers (played, won, drawn ...).
People's results read otherwise ("Sampras beat Ivanisevic 6-3 6-4", "Montgomerie 69 70").
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_SCORE = re.compile(
    rf"^[ \t]*(?P<home>{_NAME})[ \t]+\d{{1,2}}[ \t]+(?P<away>{_NAME})[ \t]+\d{{1,2}}[ \t]*$",
    re.MULTILINE,
)
_TABLE = re.compile(rf"^[ \t]*(?P<team>{_NAME})(?:[ \t]+\d{{1,3}}){{5,}}[ \t]*$", re.MULTILINE)


def team_starts(text: str) -> frozenset[int]:
    """Where the team names of ``text``'s result and standings lines start."""
    found = {m.start(g) for m in _SCORE.finditer(text) for g in ("home", "away")}
    found.update(m.start("team") for m in _TABLE.finditer(text))
    return frozenset(found)
