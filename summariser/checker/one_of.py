"""One of several stated as the one: "one of the first women admitted" (or "among the first")
does not say she was the first. A claim that drops "one of" before the same first, last, only
or superlative makes the article's member of a group its sole holder (unverified: the article
does not say so)."""

from __future__ import annotations

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .support import Support

_RANKS = frozenset({"first", "last", "only", "oldest", "youngest", "largest", "biggest"})
_REACH = 4  # tokens before the rank word within which a claim's own "one of" stands


def _ranked(toks: tuple[Tok, ...] | list[Tok], k: int) -> bool:
    """Whether the word at ``k`` ranks ("first", "largest", any "-est" word)."""
    t = toks[k]
    return t.norm in _RANKS or (t.norm.endswith("est") and len(t.norm) > 5)


def _one_of(toks: tuple[Tok, ...] | list[Tok], k: int) -> bool:
    """Whether "one of (the)" or "among (the)" stands right before the rank word at ``k``."""
    m = k - 1 - (k > 0 and toks[k - 1].norm in ("the", "its", "their", "his", "her"))
    if m >= 0 and toks[m].norm == "among":
        return True
    return m >= 1 and toks[m].norm == "of" and toks[m - 1].norm == "one"


def one_of_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A rank word the evidence gives only after "one of" that the claim states alone."""
    toks = view.toks
    ranks = [k for k in range(1, len(toks)) if toks[k - 1].norm == "the" and _ranked(toks, k)]
    if not ranks:
        return []  # (most claims rank nothing)
    for k in ranks:
        if any(_one_of(toks, m) for m in range(k, min(len(toks), k + _REACH))):
            continue
        word = toks[k].norm
        found = [
            (s, j)
            for s in sup.sids
            if word in art.sentences[s].norms
            for j, t in enumerate(art.sentences[s].toks)
            if t.norm == word
        ]
        if found and all(_one_of(art.sentences[s].toks, j) for s, j in found):
            t = toks[k]
            said = view.text[t.start : t.end]
            msg = f"The claim says 'the {said}'; the article says only 'one of the {said}'."
            return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []
