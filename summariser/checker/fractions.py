"""A fraction for a percentage: "cut the risk by a fifth" restates "cut the risk by 20%".

An ordinal after "a" or "one" that ranks no noun after it ("a fifth", "a fifth of them"; not
"a fifth round") names a part of a whole, as a percentage does: 100 divided by the ordinal.
Writers turn percentages into the nearest plain fraction ("a third" for 35%), so the two agree
as an estimate agrees with its figure. "A second" is left out: it is far more often a moment.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .quantities import NumberMention

_ARTICLES = frozenset({"a", "one"})
_PERCENT = ("%", "per cent", "percent")


def as_percent(toks: Sequence[Tok], m: NumberMention) -> float | None:
    """The percentage the fraction ``m`` names ("a fifth": 20.0), or None."""
    if m.kind != "ord" or m.value < 3 or m.i == 0 or toks[m.i - 1].norm not in _ARTICLES:
        return None
    if m.j < len(toks) and toks[m.j].content and toks[m.j].norm != "of":
        return None  # ("a fifth round": a rank of the round)
    return 100.0 / m.value


def percentages(toks: Sequence[Tok], mentions: Sequence[NumberMention], text: str) -> list[float]:
    """The values of ``mentions`` written as percentages ("20%", "20 per cent")."""
    out = []
    for m in mentions:
        last = toks[m.j - 1]
        after = text[last.end : last.end + 9].lower().lstrip()
        if m.kind == "num" and after.startswith(_PERCENT):
            out.append(m.value)
    return out
