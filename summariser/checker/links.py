"""Connectives a claim adds between facts: "because", "after", "despite", "as a result".

Summarisers join copied fragments with a causal, contrastive or temporal link of their own. Each
fragment is in the article, so word overlap calls the claim supported, but the link is invented
when no article sentence holds both facts together. A link is accepted when one article sentence
holds at least LINK_SHARE of each side's article words (the connective itself may be paraphrased
there: "after" for "following").
"""

from __future__ import annotations

import logging
from itertools import compress, count

from ..report import FlagCode
from .features import Tok
from .flags import ClaimView, Finding
from .prepare import PreparedArticle

logger = logging.getLogger(__name__)

# Connectives that assert a relation between two facts (single words and phrases, lower case).
CONNECTIVES: frozenset[tuple[str, ...]] = frozenset(
    {
        ("because",),
        ("therefore",),
        ("thus",),
        ("hence",),
        ("consequently",),
        ("despite",),
        ("although",),
        ("though",),
        ("after",),
        ("before",),
        ("following",),
        ("amid",),
        ("while",),
        ("when",),
        ("since",),
        ("as", "a", "result"),
        ("due", "to"),
        ("owing", "to"),
        ("which", "means"),
        ("this", "means"),
        ("this", "suggests"),
        ("led", "to"),
        ("leading", "to"),
        ("in", "spite"),
    }
)
_LONGEST = max(len(c) for c in CONNECTIVES)
_FIRST_WORDS = frozenset(c[0] for c in CONNECTIVES)
LINK_REACH = 8  # content words each side of a connective taken as the fact it links
# A semicolon closes a clause: the fact a connective links ends there ("He was rescued before
# help arrived; he suffered bruises" links the rescue to the arrival, not to the bruises).
CLAUSE_BREAK = ";"
LINK_SHARE = 0.5  # share of each side's article words one sentence must hold to link them
P_UNLINKED = 1.0  # logits: a doubt, not a contradiction (the article may link them implicitly)


def _connectives(norms: list[str]) -> list[tuple[int, int]]:
    """Token ranges [i, j) of connectives, longest match first, never overlapping."""
    out: list[tuple[int, int]] = []
    after = 0  # (the tokens before it are taken)
    # Only a connective's first word can start one: those found at C level (speed).
    for i in compress(count(), map(_FIRST_WORDS.__contains__, norms)):
        if i < after:
            continue
        for size in range(_LONGEST, 0, -1):
            if tuple(norms[i : i + size]) in CONNECTIVES:
                out.append((i, i + size))
                after = i + size
                break
    return out


def _linked(art: PreparedArticle, left: set[str], right: set[str]) -> bool:
    """Whether one article sentence holds LINK_SHARE of both sides' words."""
    candidates = sorted({sid for s in left for sid in art.index.get(s, ())})
    for sid in candidates:
        stems = art.sentences[sid].stems
        if len(stems & left) >= LINK_SHARE * len(left) and (
            len(stems & right) >= LINK_SHARE * len(right)
        ):
            return True
    return False


def _clause(view: ClaimView, i: int, j: int) -> tuple[int, int]:
    """Token range of the clause holding the connective ``toks[i:j]``: from after the last
    semicolon before it to the first one after it."""
    toks, text = view.toks, view.text
    lo = next((k for k in range(i - 1, 0, -1) if _breaks(text, toks, k)), 0)
    hi = next((k for k in range(j, len(toks)) if _breaks(text, toks, k)), len(toks))
    return lo, hi


def _breaks(text: str, toks: list[Tok], k: int) -> bool:
    """Whether a semicolon stands between ``toks[k - 1]`` and ``toks[k]``."""
    return CLAUSE_BREAK in text[toks[k - 1].end : toks[k].start]


def link_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """Connectives joining two facts of the article that no article sentence joins.

    A connective that opens the sentence ("After the raid, ...") has no left side here and is
    not tested; only words the article has count on either side (absent words are the novel-word
    test's business).
    """
    toks = view.toks
    out: list[Finding] = []
    for i, j in _connectives([t.norm for t in toks]):
        if i == 0:
            continue
        lo, hi = _clause(view, i, j) if CLAUSE_BREAK in view.text else (0, len(toks))
        left = {t.stem for t in [t for t in toks[lo:i] if t.content][-LINK_REACH:]}
        right = {t.stem for t in [t for t in toks[j:hi] if t.content][:LINK_REACH]}
        left &= art.stems
        right &= art.stems
        if not left or not right or _linked(art, left, right):
            continue
        start, end = toks[i].start, toks[j - 1].end
        word = view.text[start:end]
        out.append(
            Finding(
                FlagCode.LOW_SUPPORT,
                f'"{word}" links two facts that no sentence of the article links',
                start,
                end,
                P_UNLINKED,
            )
        )
    return out
