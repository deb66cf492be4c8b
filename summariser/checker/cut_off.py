"""A claim sentence cut off in mid-phrase: "Another woman was also stabbed. She knew the".

A summariser that runs out of words leaves a sentence whose last word announces a noun that
never comes. An article or a possessive determiner cannot end an English sentence ("she knew
the", "according to an", "for anyone with their"), so what the sentence says of that noun is
unknown: the article cannot be said to support a fact the claim does not finish stating. Only
determiners are read so: a preposition may end a sentence ("worth waiting for") and so may an
auxiliary ("as fast as he could"), and "his" and "her" may stand alone ("the choice was his").
"""

from __future__ import annotations

import re

from ..report import FlagCode
from .flags import P_CONTRADICTION, ClaimView, Finding

# Words that always announce a noun after them.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "your", "my"})
# What may follow the last word of a sentence that ends there (its full stop, a closing quote).
_CLOSERS = frozenset(" .!?\"'\u201d\u2019)\n\t")
_NEXT_WORD = re.compile(r"\w")  # (the next sentence's first word, if the claim goes on)


def cut_off_findings(view: ClaimView) -> list[Finding]:
    """The claim sentence's last word when it is a determiner whose noun never comes."""
    if not view.toks:
        return []
    last = view.toks[-1]
    if last.norm not in DETERMINERS or not view.text[last.start : last.end].islower():
        return []  # (a capital "A" is a letter or a grade: "Plan A", "an A")
    after = _NEXT_WORD.search(view.text, last.end)
    if not _CLOSERS.issuperset(view.text[last.end : after.start() if after else None]):
        return []  # (the sentence goes on past words the tokeniser does not count)
    msg = f"The claim stops at {view.text[last.start : last.end]!r}: what it says is unfinished."
    return [Finding(FlagCode.LOW_SUPPORT, msg, last.start, last.end, P_CONTRADICTION)]
