"""Conjoined predicates share their subject: "Jordan Hale followed Mr Cartwright outside and
stabbed him" says Jordan Hale stabbed him.

A verb right after a bare "and" or "but" (no comma, no subject of its own) continues the clause
before it, whose subject does both. Without this the subject test read no subject for the
second verb, and a claim giving it to another person of the story ("Ryan Hale stabbed Mr
Cartwright") passed. After a comma, "and" more often opens a clause with a subject of its own
("..., and more than 100,000 Armenians fled"), which the clause test reads as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from .features import Tok, verb_key

_JOINS = frozenset({"and", "but"})
Subjects = Callable[[tuple[Tok, ...], str, str, int], list[tuple[int, int]]]


def shared_subject(
    ev: tuple[Tok, ...],
    head: int,
    text: str,
    *,
    subjects: Subjects,
    is_verb: Callable[[tuple[Tok, ...], int], bool],
) -> tuple[int, int] | None:
    """The subject of the verb before the bare "and" that opens the verb group at ``head``:
    the subject ``subjects`` gives that verb; None when no such verb or subject."""
    if head < 2 or ev[head - 1].norm not in _JOINS:
        return None
    if text[ev[head - 2].end : ev[head - 1].start].strip():
        return None  # (", and": a new clause, which may have its own subject)
    for v in range(head - 2, 0, -1):
        if is_verb(ev, v):
            # (only the verbs before the "and": the walk back ends at the sentence's start; a
            # verb without a subject of its own is inside a clause the first verb governs, "said
            # there were still places ... and urged", so the walk goes on to that one)
            before = subjects(ev, verb_key(ev[v]), text, v + 1)
            if before:
                return before[-1]
    return None
