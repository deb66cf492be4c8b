"""The shared tokens (summariser.text) read as the checker's raw tokens (see features.py).

A checker token is a word or a number made of word characters alone: the shared tokens that
are all letters and digits are checker tokens as they are, punctuation is none, and only the
few stretches of text where the two differ are read with the checker's own word rule
(``features.TOKEN_SPLIT``): a word holding an apostrophe, a hyphen, "&", "_" or a full stop
("Mali's", "don't", "25-year-old", "U.S.", "Mr."), an affiliation ("(R-S.C.)"), a quotation
mark opening a clitic ("'s"), a number going on over "." or "," ("1,000", "3.5") and one
running into letters ("5bn": "5" and "bn").
"""

from __future__ import annotations

import bisect
import re

from ..text import Doc
from ..text.tokens import reread, stretches

# Where the two readings may part (each checked against the tokens: see ``_odd``).
_ODD = re.compile(r"[-'’`&_(.]|\d(?=[.,]\d|[^\W\d_])")


def raw_tokens(
    doc: Doc, pattern: re.Pattern[str], start: int = 0, stop: int | None = None
) -> tuple[list[str], list[int], list[int]] | None:
    """The checker's raw tokens of ``doc.text[start:stop]`` (``pattern``: the checker's word
    rule with one group), their starts and ends: what ``pattern.split`` of that text gives;
    None when a shared token crosses ``start`` or ``stop`` (an affiliation with a space in it,
    "(R-S.C. Ind)", across a sentence end), for that text is then read alone.
    ``start`` and ``stop`` lie at white space or the ends of the text (as sentences do)."""
    text = doc.text
    stop = len(text) if stop is None else stop
    words, starts, ends = doc.words, doc.starts, doc.ends
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, stop)
    if (lo and ends[lo - 1] > start) or (hi and ends[hi - 1] > stop):
        return None
    if lo or hi < len(words):
        words, starts, ends = words[lo:hi], starts[lo:hi], ends[lo:hi]
    odd = _odd(text, words, starts, ends, start, stop)
    return reread(text, (words, starts, ends), list(map(str.isalnum, words)), odd, pattern, group=1)


def _odd(
    text: str, words: list[str], starts: list[int], ends: list[int], start: int, stop: int
) -> list[tuple[int, int]]:
    """The token ranges [a, b) of the stretches between spaces (tokens touching) that are read
    with the checker's word rule, in order."""
    n = len(words)
    odd: list[int] = []
    for m in _ODD.finditer(text, start, stop):
        at = m.start()
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= ends[k]:
            continue
        mark = text[at]
        word = words[k]
        if mark.isdecimal():  # a number going on over "." or ",", or into letters
            if starts[k] == at or word[0].isdecimal():
                odd.append(k)
        elif starts[k] < at or (len(word) > 1 and mark not in "-."):
            odd.append(k)  # inside a word; "(R-S.C.)", "_id", "``" ("--", "..." hold no word)
        elif mark in "'’`" and k + 1 < n and starts[k + 1] == ends[k]:
            odd.append(k)  # a quotation mark right before a word: perhaps a clitic ("'s")
        elif mark == "_":
            odd.append(k)
    return stretches(starts, ends, odd)
