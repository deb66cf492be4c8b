"""A route or a move has a direction: "from Thessaloniki to Athens" where the article has "from
Athens to Thessaloniki" names the same two places with the ends swapped (a train's route, a
player's transfer, a flight). The word alignment matches one of the two names and skips the
other, so the swap tests, which look for another name in a copied slot, see nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

MAX_END = 4  # tokens of a place's name after "from" or "to"


def _ends(toks: Sequence[Tok], is_name: Callable[[Tok], bool]) -> list[tuple[str, str, int, int]]:
    """Each "from A to B" of named ends: (A's first stem, B's first stem, start, end offsets)."""
    out: list[tuple[str, str, int, int]] = []
    for k, t in enumerate(toks):
        if t.norm != "from" or k + 1 >= len(toks) or not _named(toks[k + 1], is_name):
            continue
        m = k + 1
        while m < len(toks) and m - k <= MAX_END and _named(toks[m], is_name):
            m += 1
        if m + 1 < len(toks) and toks[m].norm == "to" and _named(toks[m + 1], is_name):
            out.append((toks[k + 1].stem, toks[m + 1].stem, toks[k + 1].start, toks[m + 1].end))
    return out


def _sentence_ends(art: PreparedArticle, key: tuple[str, int]) -> list[tuple[str, str, int, int]]:
    """An article sentence's "from A to B"s (the same for every claim: kept on the article)."""
    return _ends(art.sentences[key[1]].toks, art.is_name)


_ENDS = "route ends"


def _named(t: Tok, is_name: Callable[[Tok], bool]) -> bool:
    return t.content and (t.cap or is_name(t))


def direction_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A claim's "from A to B" where a supporting sentence has "from B to A"."""
    if "from" not in {t.norm for t in view.toks}:
        return []
    mine = _ends(view.toks, art.is_name)
    out: list[Finding] = []
    for a, b, start, end in mine:
        for sid in sup.sids:
            theirs = art.derived((_ENDS, sid), _sentence_ends)
            if any((x, y) == (a, b) for x, y, _, _ in theirs):
                break
            found = next(((s, e) for x, y, s, e in theirs if (x, y) == (b, a)), None)
            if found is not None:
                msg = (
                    f"The claim says {view.text[start:end]!r} where the article says "
                    f"{art.text[found[0] : found[1]]!r}: the other way round."
                )
                out.append(Finding(FlagCode.ENTITY_SWAPPED, msg, start, end, P_CONTRADICTION, True))
                break
    return out
