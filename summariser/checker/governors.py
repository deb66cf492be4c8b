"""The verb that governs a copied complement: "admitted knowing that his brother was carrying a
knife" against "admitted he had thrown the first punch but denied knowing that his brother was
carrying a knife".

The alignment pairs the claim's "admitted" with the evidence's and drops "he had thrown the
first punch but denied" as if it were an aside; but the dropped stretch is a predicate of its
own, and its last word, "denied", is what governs the complement the claim copies. Where that
word is the opposite of the claim's word before the same complement, the claim says the
opposite of the evidence.
"""

from __future__ import annotations

from .features import Tok
from .flags import Finding
from .moved_values import opens_predicate
from .opposites import opposite_finding


def governor_finding(
    toks: list[Tok], i: int, ev: tuple[Tok, ...], j1: int, j2: int, text: str, evidence: str
) -> Finding | None:
    """A contradiction when the evidence stretch [j1, j2) dropped before the claim's copied
    words at ``i`` is a predicate whose last word is the opposite of the claim's word before
    them, toks[i - 1]."""
    if i == 0 or i >= len(toks) or not toks[i].content:
        return None  # (a complement opens with the word governed: not "and", not a comma)
    if j2 - j1 < 2 or not opens_predicate(ev, j1, j2 - 1):
        return None
    return opposite_finding(toks, i - 1, ev, j2 - 1, text, evidence)
