"""A number or year carried over from another predicate into the slot of the copied words.

"She was appointed an Officer of the Order of Australia in 2015" against "She was appointed an
Officer of the Order of Australia in 2011 and won the Royal Society's Darwin Medal in 2015":
every word is in the sentence, and the alignment pairs the claim's "2015" with the evidence's
last token, dropping "2011 and won ... in" as if it were an aside. But the evidence's slot after
the copied words holds 2011, and what lies between the two values is another predicate ("and
won", with its own object), which owns the 2015. A list of values ("in 2011 and 2015", "in 2011
and again in 2015") carries no verb of its own: the claim merely dropped an item.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .lexicon import AUXILIARIES, CLAUSE_OPENERS, IRREGULAR_PAST, UNMARKED_PASTS
from .number_flags import agrees, hedge_before
from .predicates import is_predicate
from .quantities import NumberMention, numbers

# Words that open or carry another clause; "and" and "or" also join the items of a list.
_CLAUSE_MARKS = (AUXILIARIES | CLAUSE_OPENERS) - {"and", "or"}
_JOINS = frozenset({"and", "but", "or"})
_PASTS = frozenset(IRREGULAR_PAST) | UNMARKED_PASTS


def _finite(t: Tok) -> bool:
    """Whether a word after "and" reads as a verb in the past: "won", "cut", "signed"."""
    if t.cap or not t.content:
        return False
    return t.norm in _PASTS or (t.norm.endswith("ed") and is_predicate(t.norm))


def opens_predicate(ev: Sequence[Tok], a: int, b: int) -> bool:
    """Whether ev[a:b] holds a clause of its own: an auxiliary, a subordinator or relative, or
    "and" / "but" / "or" followed by a verb ("and won")."""
    for k in range(a, b):
        if ev[k].norm in _CLAUSE_MARKS:
            return True
        if ev[k].norm in _JOINS and k + 1 < b and _finite(ev[k + 1]):
            return True
    return False


def _at(found: list[NumberMention], i: int) -> NumberMention | None:
    return next((m for m in found if m.i == i), None)


def moved_number(
    toks: Sequence[Tok], i: int, ev: Sequence[Tok], j1: int, j2: int, text: str
) -> tuple[NumberMention, NumberMention] | None:
    """The claim's number at ``i`` (right after copied words) and the evidence's other number
    of the same kind that stands in that slot at ``j1``, when the evidence gives the claim's
    number further on, at ``j2``, inside another predicate. None otherwise."""
    mine = _at(numbers(toks[i : i + 3]), 0)
    theirs = _at(numbers(ev[j1 : j1 + 3]), 0)
    further = _at(numbers(ev[j2 : j2 + 3]), 0)
    if mine is None or theirs is None or further is None:
        return None
    if mine.kind != theirs.kind or further.value != mine.value:
        return None
    if agrees(mine.value, hedge_before(toks, i, text), theirs.value):
        return None
    if not opens_predicate(ev, j1 + theirs.j, j2):
        return None
    return mine, theirs
