"""Who speaks in a claim without capitals: the word before its reporting verb, read as English.

A claim in lower case ("police said") shows no names, so the word right before the verb is
taken for the speaker, who must be near the evidence. That word is not the speaker's name when
English shows otherwise:
- an aside set off by commas ends at the verb ("rob taber , who lived in the complex , says"):
  the speaker is the word before the aside, as for a name (engines._before_aside);
- an adverb stands between an auxiliary and the verb ("the district has now said");
- an article opens the phrase ("the boy said", "a witness said", "the 41-year-old says"): a
  description, which a claim in capitals is already free to word its own way. A possessive
  ("his father says") is left to the test: it names someone by a tie to another person.
"""

from __future__ import annotations

from collections.abc import Callable

from .features import NUM, WORD, Tok
from .lexicon import ARTICLES, AUXILIARIES

MAX_PHRASE = 5  # words of a description between its article and the verb


def bare_speaker(
    toks: list[Tok], text: str, c: int, *, aside: int, quoted: Callable[[str], bool]
) -> int | None:
    """The index of the speaker's word before the cue ``c`` of a claim without capitals, or
    None when that place holds a description, a quotation's words or nothing to read."""
    k = c - 1
    gap = text[toks[k].end : toks[c].start]
    if quoted(gap):
        return None  # (the word before is a quotation's)
    if "," in gap:
        opening = next(
            (m for m in range(k, max(0, k - aside), -1) if "," in _before(toks, text, m)), None
        )
        if opening is None or quoted(_before(toks, text, opening)):
            return None  # ("the deal is done , said smith": the speaker comes after)
        k = opening - 1
    if k >= 1 and toks[k - 1].norm in AUXILIARIES and toks[k].norm not in AUXILIARIES:
        k -= 2  # ("has now said": the subject is before the auxiliary)
    if k < 0 or toks[k].kind != WORD or not toks[k].content:
        return None
    j = k
    while j > 0 and k - j < MAX_PHRASE and (toks[j - 1].content or toks[j - 1].kind == NUM):
        if "," in _before(toks, text, j):
            break  # (a phrase ends at a comma: "by the animals , officials said")
        j -= 1
    if j > 0 and toks[j - 1].norm in ARTICLES:
        return None  # a description ("the lake county school district")
    return k


def _before(toks: list[Tok], text: str, m: int) -> str:
    """The text between token ``m`` and the one before it."""
    return text[toks[m - 1].end : toks[m].start] if m > 0 else ""
