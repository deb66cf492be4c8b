"""The shared tokens (summariser.text) read as the checker's tokens (see features.py).

The checker's word rule never reads across white space, nor, inside a stretch of touching
shared tokens, across the bound of two of them - but in two places: a number going on over
"." or "," ("1,000": shared "1", ",", "000") and a quotation mark of its own before a word (the
clitic "'s" after a space, "don`t"). Elsewhere the checker's tokens of a text are those of each
shared token read alone, which news repeats: they are read once per distinct token and kept
(offsets relative to the token), so an article costs a dictionary look-up per token; only the
stretches where a number or a quotation mark runs on into the next token are read again with
the checker's word rule.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress, count, repeat
from operator import is_, is_not
from typing import Any, NamedTuple

from ..text import Doc

Fields = tuple[list[Any], list[int], list[int]]  # token infos, starts, ends (see features.py)
Read = Callable[[str, int, int], Fields]  # the checker's word rule over text[start:end]


class _Parts(NamedTuple):
    """A shared token that is not one checker token from its first to its last character
    ("Mali's", "U.S.", "25-year-old"), or that may run on into the next one (``runs_on``: it
    ends in a digit or is a quotation mark alone): its checker tokens, offsets from its start."""

    infos: tuple[Any, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    runs_on: bool


# A shared token that holds no checker token (punctuation), found by identity: typed as a tuple
# of any length, for a compiled build (mypyc) would copy a fixed-size one.
_NONE: tuple[str, ...] = ("",)
_QUOTES = "'’`"
_SEPARATORS = ".,"  # inside a number
# shared token -> its checker token's info, _NONE or _Parts (a small vocabulary: see features)
_MEMO: dict[str, Any] = {}
MEMO_MAX = 200_000


def shared_fields(doc: Doc, start: int, stop: int | None, *, read: Read) -> Fields | None:
    """The checker's token fields of ``doc.text[start:stop]`` (what ``read`` of that text
    gives) from the shared tokens; None when a shared token crosses ``start`` or ``stop`` (an
    affiliation with a space in it, "(R-S.C. Ind)", across a sentence end), for that text is
    then read alone. ``start`` and ``stop`` lie at white space or the ends of the text (as
    sentences do)."""
    text = doc.text
    stop = len(text) if stop is None else stop
    words, starts, ends = doc.words, doc.starts, doc.ends
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, stop)
    if (lo and ends[lo - 1] > start) or (hi and ends[hi - 1] > stop):
        return None
    words, starts, ends = words[lo:hi], starts[lo:hi], ends[lo:hi]  # (copies: edited below)
    memo = _MEMO
    infos: list[Any] = list(map(memo.get, words))
    if not all(infos):  # (a token not seen before, None: the indices found at C level)
        for k in list(compress(count(), map(is_, infos, repeat(None)))):
            infos[k] = _entry(words[k], read)
    parts = list(compress(count(), map(is_, map(type, infos), repeat(_Parts))))
    if parts:
        infos, starts, ends = _expand(text, (infos, starts, ends), parts, read)
    keep = list(map(is_not, infos, repeat(_NONE)))
    if all(keep):
        return infos, starts, ends
    return list(compress(infos, keep)), list(compress(starts, keep)), list(compress(ends, keep))


def _entry(word: str, read: Read) -> Any:
    """What ``word`` read alone gives: its one token's info, _NONE or _Parts."""
    infos, starts, ends = read(word, 0, len(word))
    digit_end = word[-1].isdecimal()
    if not infos and not word.strip(_QUOTES):
        found: Any = _Parts((), (), (), runs_on=True)
    elif not infos:
        found = _NONE
    elif len(infos) == 1 and starts[0] == 0 and ends[0] == len(word) and not digit_end:
        found = infos[0]
    else:
        found = _Parts(tuple(infos), tuple(starts), tuple(ends), runs_on=digit_end)
    if len(_MEMO) < MEMO_MAX:
        _MEMO[word] = found
    return found


def _expand(text: str, fields: Fields, parts: list[int], read: Read) -> Fields:
    """``fields`` with each _Parts entry (at the indices ``parts``) replaced by its checker
    tokens, and each stretch of touching tokens where one runs on into the next read again."""
    infos, starts, ends = fields
    edits: list[tuple[int, int, Fields]] = []  # token range [a, b) -> the fields in its place
    reread_to = 0  # tokens before this lie in a stretch read again
    for k in parts:
        if k < reread_to:
            continue
        part: _Parts = infos[k]
        if part.runs_on and _runs_on(text, ends[k], part):
            a, b = _stretch(starts, ends, k)
            while edits and edits[-1][0] >= a:  # (an earlier token of the stretch)
                edits.pop()
            edits.append((a, b, read(text, starts[a], ends[b - 1])))
            reread_to = b
        elif len(part.infos) == 1 and part.starts[0] == 0 and starts[k] + part.ends[0] == ends[k]:
            infos[k] = part.infos[0]  # (a number read whole, "2009": its offsets stand)
        else:
            at = starts[k]
            moved = (list(map(at.__add__, part.starts)), list(map(at.__add__, part.ends)))
            edits.append((k, k + 1, (list(part.infos), *moved)))
    for a, b, (new_infos, new_starts, new_ends) in reversed(edits):
        infos[a:b] = new_infos
        starts[a:b] = new_starts
        ends[a:b] = new_ends
    return infos, starts, ends


def _runs_on(text: str, end: int, part: _Parts) -> bool:
    """Whether the checker's word rule may read on past ``end``, the end of a token that ends
    in a digit (a number going on over "." or ",") or is a quotation mark alone (a clitic or
    "n't" starting there)."""
    after = text[end : end + 2]
    if part.infos:  # ends in a digit
        return len(after) == 2 and after[0] in _SEPARATORS and after[1].isdecimal()
    return bool(after) and (after[0].isalnum() or after[0] == "_")


def _stretch(starts: Sequence[int], ends: Sequence[int], k: int) -> tuple[int, int]:
    """The token range [a, b) of the stretch of touching tokens holding token ``k``."""
    a, b = k, k + 1
    while a > 0 and ends[a - 1] == starts[a]:
        a -= 1
    while b < len(starts) and starts[b] == ends[b - 1]:
        b += 1
    return a, b
