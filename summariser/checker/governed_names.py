"""A name after the word and preposition that govern it must be governed by them in the article.

"The glasses are made by Samsung" takes "made by" from "The device ... is made by Taiwan's
Foxconn" and Samsung from a sentence about market share: each word is in the article, and the
evidence found for the claim (the sentence that has Samsung) says nothing of who makes what. A
verb or noun with its preposition ("made by", "debut under", "signed from") gives the name after
it one role. When no article sentence holds the governing word and the claim's name together,
and one has the word, the preposition and another name right after them, the claim moved a
name into that name's slot.

Two words of context on the left, as swaps.py asks, and the name's own words: a shared word alone
finds "swaps" in every paraphrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .appositions import holding
from .descriptions import spaced
from .features import Tok
from .flags import ClaimView, Finding
from .prepare import PreparedArticle
from .roles import claim_names
from .slot_edges import past_title
from .swap_findings import swap_finding

# Prepositions that give the name after them a role of the word before them: the agent ("made
# by"), the source ("signed from"), the one in charge ("debut under"), the other party ("lost
# to", "won against", "talks with").
GOVERNING = frozenset({"by", "from", "under", "against", "to", "with"})


def governed_findings(view: ClaimView, art: PreparedArticle, skip: set[int]) -> list[Finding]:
    """Claim names put after a governing word and preposition that the article gives another
    name, and never the claim's."""
    toks = view.toks
    out: list[Finding] = []
    for i, j in claim_names(view):
        if i < 2 or i in skip or toks[i - 1].norm not in GOVERNING:
            continue
        head = toks[i - 2]
        if (
            not head.content
            or head.cap
            or not all(spaced(view.text, toks, k) for k in range(i + 1, j))
        ):
            continue  # (a run over a quotation mark is no one name)
        held = art.index.get(head.stem, ())
        words = frozenset(t.stem for t in toks[i:j] if t.content)
        if not held or not words or not all(art.index.get(w) for w in words):
            continue  # (a name the article lacks: the presence tests judge it)
        if any(sid in art.index.get(w, ()) for w in words for sid in held):
            continue  # (a sentence holds the word and the name, or a part of it: "Johnston")
        rival = _rival(art, held, head.stem, toks[i - 1].norm, words)
        if rival is not None:
            sid, theirs = rival
            out.append(
                swap_finding(
                    FlagCode.ENTITY_SWAPPED, list(toks[i:j]), theirs, view, art, sid, "has"
                )
            )
    return out


def _rival(
    art: PreparedArticle, held: Sequence[int], head: str, prep: str, words: frozenset[str]
) -> tuple[int, list[Tok]] | None:
    """The first sentence of ``held`` with ``head`` and ``prep`` right before another name than
    ``words``, and that name's tokens; None when none, or when a sentence of the article holds
    that name and the claim's together ("ECB chief executive Tom Harrison": a body and its
    officer may stand for each other)."""
    for sid in held:
        ev = art.sentences[sid].toks
        for k in range(len(ev) - 2):
            if ev[k].stem != head or ev[k + 1].norm != prep:
                continue
            a = past_title(ev, k + 2 + (ev[k + 2].norm == "the"), art.text)
            b = a
            while b < len(ev) and ev[b].cap and ev[b].content:
                b += 1
            theirs = frozenset(t.stem for t in ev[a:b])
            if not theirs or theirs & words or holding(art, theirs | words):
                continue
            return sid, list(ev[a:b])
    return None
