"""The event a value of a sentence belongs to: the words of its clause, and its verbs.

A sentence is cut into clauses at ";" or ":" and at "and" / "but" / "while" after a comma or
before a verb of its own ("and will meet", "and reached"). A value (a date, a number) anchors
its clause's words; in a clause with two values each anchors the words before it (values with
no word of an event between them, "in 2011 and again in 2015", "3% to 4.1 billion", anchor the
same words), and a value that opens its clause ("In 2015, the company ...") the words after it.
A clause tells its event by its verbs: a past, or a word after an auxiliary, a modal or "to",
marked when a modal governs it ("will meet" is not "met").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from .features import NUM, Tok, verb_key
from .lexicon import AUXILIARIES, IRREGULAR_PAST, NUMBER_WORDS, RELATIVE_DIRECTIONS
from .predicates import is_predicate

_JOINS = frozenset({"and", "but", "while", "whereas"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
_AFTER = AUXILIARIES | _MODALS | {"to"}  # words a verb follows
_MODAL_REACH = 3  # words before a verb within which a modal governs it ("will not meet")
_STOPS = frozenset(";:—–")  # marks that end a clause
_NOT_EVENT = frozenset(RELATIVE_DIRECTIONS) | frozenset(NUMBER_WORDS)  # a value's own words


class Span(Protocol):
    @property
    def i(self) -> int: ...
    @property
    def j(self) -> int: ...


S = TypeVar("S", bound=Span)


def _past(t: Tok) -> bool:
    """Whether the word reads as a verb in the past: "met", "launched"."""
    if t.cap or not t.content:
        return False
    return t.norm in IRREGULAR_PAST or (t.norm.endswith("ed") and is_predicate(t.norm))


def _verb_after(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` opens a predicate: an auxiliary or a verb in the past."""
    return k < len(toks) and (toks[k].norm in _AFTER - {"to"} or _past(toks[k]))


def _is_verb(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a verb: a past, a word after an auxiliary, a modal or "to", or
    one of the pasts spelt as their present that a particle follows ("set off", "put out"; "a
    set of" is a noun)."""
    t = toks[k]
    if _past(t) or (k > 0 and toks[k - 1].norm in _AFTER and t.content and not t.cap):
        return True
    return t.norm in _PLAIN_PASTS and k + 1 < len(toks) and toks[k + 1].norm in _PARTICLES


_PLAIN_PASTS = frozenset({"set", "put", "cut", "shut", "let", "hit", "quit"})
_PARTICLES = frozenset({"off", "out", "up", "down", "aside", "back"})


def event_verbs(toks: Sequence[Tok], a: int, b: int) -> frozenset[str]:
    """The verbs of ``toks[a:b]`` by their present, a modal's marked."""
    out: set[str] = set()
    for k in range(a, b):
        if _is_verb(toks, k):
            modal = any(u.norm in _MODALS for u in toks[max(a, k - _MODAL_REACH) : k])
            out.add(f"{verb_key(toks[k])}/modal" if modal else verb_key(toks[k]))
    return frozenset(out)


def event_words(toks: Sequence[Tok], a: int, b: int, *, owners: bool = False) -> frozenset[str]:
    """The stems of the lower-case content words of ``toks[a:b]`` (a verb by its present); with
    ``owners``, of the names before its first verb too: whose event it is (a name after the
    verb, a place or an object, is other tests' affair)."""
    verb = next((k for k in range(a, b) if _is_verb(toks, k)), b) if owners else a
    return frozenset(
        verb_key(t)
        for k, t in enumerate(toks[a:b], start=a)
        if t.content and (not t.cap or k < verb) and t.kind != NUM and t.norm not in _NOT_EVENT
    )


def _clause_starts(toks: Sequence[Tok], text: str) -> list[int]:
    """The indices of the tokens that open a clause (0 first)."""
    out = [0]
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end : toks[k].start]
        if any(c in _STOPS for c in gap):
            out.append(k)
        elif toks[k].norm in _JOINS and ("," in gap or _verb_after(toks, k + 1)):
            out.append(k + 1)
    return out


def anchors(toks: Sequence[Tok], text: str, values: Sequence[S]) -> list[tuple[S, int, int]]:
    """Each of ``values`` (spans of the sentence ``toks``, in order; offsets into ``text``) with
    the token range of the words it anchors."""
    if not values:
        return []
    starts = _clause_starts(toks, text)
    out: list[tuple[S, int, int]] = []
    for lo, hi in zip(starts, [*starts[1:], len(toks)], strict=True):
        mine = [v for v in values if lo <= v.i < hi]
        if len(mine) == 1:
            out.append((mine[0], lo, hi))
            continue
        prev = lo
        for n, v in enumerate(mine):
            if n and not event_words(toks, prev, v.i):
                out.append((v, out[-1][1], out[-1][2]))  # ("on Tuesday and Wednesday")
            elif n == 0 and not event_words(toks, lo, v.i):
                out.append((v, v.j, mine[1].i))  # (a value that opens its clause)
            else:
                out.append((v, prev, v.i))
            prev = v.j
    return out
