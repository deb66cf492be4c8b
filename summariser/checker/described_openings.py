"""A sentence that opens with a description in headline style before its subject's name: "PGA
Tour star Rickie Fowler accused ...", "former Chelsea boss Jose Mourinho said ...".

News writes who someone is right before the name, without an article or a comma; the name is
still the subject of the verb after it. The subject test (subjects.py) reads a name as a
clause's subject only when the clause opens at it; this lets it open at such a description
too: a few content words from the sentence's start up to the name, none a verb or a number,
with only spaces between them (a comma or a dash there ends a phrase of its own: "Last week,
Fowler ...").
"""

from __future__ import annotations

from .features import NUM, Tok
from .verb_forms import verb_like

MAX_WORDS = 4  # words of the description ("Manchester United star Ander Herrera")


def described_opening(toks: list[Tok] | tuple[Tok, ...], i: int, text: str) -> bool:
    """Whether the words before the name at ``i`` are all a description opening the sentence."""
    if not 0 < i <= MAX_WORDS:
        return False
    for k in range(i):
        t = toks[k]
        if not t.content or t.kind == NUM or verb_like(toks, k):
            return False
        if not text[t.end : toks[k + 1].start].isspace():
            return False  # (a comma, dash or quotation mark: no part of one phrase)
    return True
