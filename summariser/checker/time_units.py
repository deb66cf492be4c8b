"""A span of time in another unit: "two days earlier" where the evidence has "two weeks earlier".

A span of time is its number and its unit. The number test sees the claim's "two" in the
evidence and is satisfied; the count test (number_slots.py) asks what the number counts, but
finds no rival count of days where the evidence counts weeks. The same number before another
unit of time is another span: a contradiction, unless some sentence of the article gives the
claim's number with the claim's unit too. (A span rewritten in another unit with its number
changed, "14 days" for "two weeks", is left alone: durations.py converts whole years.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .quantities import NumberMention
from .support import Support

_UNITS = {
    **{u: u for u in ("second", "minute", "hour", "day", "week", "month", "year", "decade")},
    **{u + "s": u for u in ("second", "minute", "hour", "day", "week", "month", "year", "decade")},
    "century": "century",
    "centuries": "century",
}


def _unit_after(toks: Sequence[Tok], m: NumberMention) -> str | None:
    return _UNITS.get(toks[m.j].norm) if m.kind == "num" and m.j < len(toks) else None


def unit_finding(
    view: ClaimView, art: PreparedArticle, sup: Support, num: NumberMention
) -> Finding | None:
    """The claim's number before a unit of time where a supporting sentence has the same number
    before another unit of time, and no sentence of the article the claim's unit."""
    toks = view.toks
    mine = _unit_after(toks, num)
    if mine is None:
        return None
    rival: str | None = None
    for sid in sorted(set(sup.sids) | set(art.index.get(toks[num.j].stem, ()))):
        sent = art.sentences[sid]
        for m in sent.number_mentions:
            if m.value != num.value:
                continue
            theirs = _unit_after(sent.toks, m)
            if theirs == mine:
                return None
            if theirs is not None and sid in sup.sids and rival is None:
                rival = art.text[sent.toks[m.i].start : sent.toks[m.j].end]
    if rival is None:
        return None
    start, end = toks[num.i].start, toks[num.j].end
    msg = f"The claim has {view.text[start:end]!r} where the supporting sentences have {rival!r}."
    return Finding(FlagCode.NUMBER_MISMATCH, msg, start, end, P_CONTRADICTION, True)
