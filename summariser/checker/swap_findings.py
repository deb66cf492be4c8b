"""The contradiction of a claim value put where an evidence sentence has another: its message
names both spans and quotes the sentence."""

from __future__ import annotations

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .quantities import NumberMention


def moved_swap(
    value: tuple[NumberMention, NumberMention],
    toks: list[Tok],
    i1: int,
    ev: tuple[Tok, ...],
    j1: int,
    view: ClaimView,
    art: PreparedArticle,
    sid: int,
) -> Finding:
    """The swap of a number or year that ``moved_number`` found (its offsets in slices)."""
    a, b = value
    code = FlagCode.DATE_SWAPPED if a.kind == "year" else FlagCode.NUMBER_SWAPPED
    mine, theirs = list(toks[i1 + a.i : i1 + a.j]), list(ev[j1 + b.i : j1 + b.j])
    return swap_finding(code, mine, theirs, view, art, sid, "has")


def swap_finding(
    code: FlagCode,
    mine: list[Tok],
    theirs: list[Tok],
    view: ClaimView,
    art: PreparedArticle,
    sid: int,
    what: str,
) -> Finding:
    """The contradiction of a claim value put where evidence sentence ``sid`` has another."""
    start, end = mine[0].start, mine[-1].end
    a, b = theirs[0].start, theirs[-1].end
    sentence = art.text[art.sentences[sid].start : art.sentences[sid].end]
    msg = (
        f"The claim puts {view.text[start:end]!r} where the article {what} "
        f"{art.text[a:b]!r}: {sentence!r}"
    )
    return Finding(code, msg[:400], start, end, P_CONTRADICTION, True)
