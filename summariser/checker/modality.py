"""A possibility stated as a fact: "coffee lowers the risk of heart failure" where the article
says it "may lower the risk". Science and health news lives on this difference, and a summary
that drops the article's "may" claims more than the article does.

The evidence's verb is hedged when a modal of possibility stands before it ("may lower", "could
also reduce"); the claim keeps the hedge when a hedge word stands before its own form of the
verb ("may", "can", "could", "likely to", "possibly") or opens the clause it is in ("suggests
that", "is linked to", "believes"). A verb the supporting sentences also give without a hedge,
or that either side negates, is left to the other tests.
"""

from __future__ import annotations

import logging

from ..report import FlagCode
from .features import NEG, WORD, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

_MODALS = frozenset({"may", "might", "could"})
# What keeps a claim's statement a possibility: modals, adverbs and verbs of likelihood.
_HEDGES = _MODALS | frozenset(
    {
        *("can", "would", "possibly", "perhaps", "potentially", "likely", "probably", "maybe"),
        *("suggest", "suggests", "suggested", "linked", "associated", "help", "helps"),
        # ("Stofan believes we are close": a belief is no statement of fact)
        *("believe", "believes", "believed", "think", "thinks", "expect", "expects"),
        *("expected", "hope", "hopes", "fear", "fears", "predict", "predicts", "predicted"),
    }
)
_REACH = 3  # tokens before a verb within which its modal stands ("may also help lower")
_CLAUSE = 8  # tokens before a claim's verb within which a hedge covers it


def _hedged_at(toks: tuple[Tok, ...] | list[Tok], m: int) -> bool:
    """Whether a modal of possibility stands just before token ``m``, not negated."""
    for b in range(m - 1, max(-1, m - 1 - _REACH), -1):
        if toks[b].kind == NEG:
            return False
        if toks[b].norm in _MODALS:
            return True
        if toks[b].content and not toks[b].norm.endswith("ly"):
            return False  # (another word of the clause: the modal is not this verb's)
    return False


def modality_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """Claim verbs stated as facts where every supporting sentence gives them with a modal."""
    hedged = _hedged_stems(art, sup)
    if not hedged:
        return []  # (most claims: no supporting sentence has a modal)
    toks = view.toks
    for k, t in enumerate(toks):
        if t.stem not in hedged or not t.content or t.cap or t.kind != WORD:
            continue
        places = [
            (sid, m)
            for sid in sup.sids
            if t.stem in art.sentences[sid].stems
            for m, e in enumerate(art.sentences[sid].toks)
            if e.stem == t.stem
        ]
        if not all(_hedged_at(art.sentences[s].toks, m) for s, m in places):
            continue
        if any(x.norm in _HEDGES or x.kind == NEG for x in toks[max(0, k - _CLAUSE) : k]):
            continue
        sid, m = hedged[t.stem]
        ev = art.sentences[sid].toks
        modal = next(e for e in reversed(ev[max(0, m - _REACH) : m]) if e.norm in _MODALS)
        said = art.text[modal.start : ev[m].end]
        msg = (
            f"The claim states {view.text[t.start : t.end]!r} as a fact; the article says only "
            f"that it {said!r}."
        )
        return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []


def _hedged_stems(art: PreparedArticle, sup: Support) -> dict[str, tuple[int, int]]:
    """The stems the supporting sentences give right after a modal, each with its first place
    (sentence, token)."""
    out: dict[str, tuple[int, int]] = {}
    for sid in sup.sids:
        if _MODALS.isdisjoint(art.sentences[sid].norms):
            continue
        for key, place in art.derived(("hedged stems", sid), _sentence_hedged):
            out.setdefault(key, place)
    return out


def _sentence_hedged(
    art: PreparedArticle, key: tuple[str, int]
) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The stems sentence ``key[1]`` gives right after a modal, each at its first place, in
    order (the same for every claim: read once an article)."""
    sid = key[1]
    ev = art.sentences[sid].toks
    out: dict[str, tuple[int, int]] = {}
    for b, e in enumerate(ev):
        if e.norm in _MODALS:
            for m in range(b + 1, min(len(ev), b + 1 + _REACH)):
                if _hedged_at(ev, m):
                    out.setdefault(ev[m].stem, (sid, m))
    return tuple(out.items())
