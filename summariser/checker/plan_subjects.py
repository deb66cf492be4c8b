"""Whose plan it is: the name that opens the planned verb's clause.

"Sweden's Riksbank held its rate at 2.0% last month, while the European Central Bank is expected
to keep rates unchanged": the plan to keep rates is the ECB's. A claim that the Riksbank "kept"
its rate restates the first clause, not the ECB's plan, so the plan test (plans.py) must not
read it as a plan stated as done. The subject is the nearest name before the planned verb within
its clause (no comma or clause opener between); a claim that names no word of it speaks of
another subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .lexicon import CLAUSE_OPENERS


def clause_subject(ev: Sequence[Tok], m: int, text: str) -> frozenset[str]:
    """The stems of the name nearest before the verb at ``m`` within its clause; empty when
    none stands there."""
    b = m - 1
    while b >= 0:
        t = ev[b]
        if t.norm in CLAUSE_OPENERS or "," in text[t.end : ev[b + 1].start]:
            return frozenset()
        if t.cap and t.content:
            break  # (not "The" or "It" opening the sentence)
        b -= 1
    if b < 0:
        return frozenset()
    name = []
    while b >= 0 and ev[b].cap and ev[b].content and not text[ev[b].end : ev[b + 1].start].strip():
        name.append(ev[b].stem)
        b -= 1
    return frozenset(name)


def planned_for_other(ev: Sequence[Tok], m: int, text: str, claimed: set[str]) -> bool:
    """Whether the planned verb at ``m`` has a named subject of which the claim (its stems
    ``claimed``) names no word."""
    subject = clause_subject(ev, m, text)
    return bool(subject) and subject.isdisjoint(claimed)
