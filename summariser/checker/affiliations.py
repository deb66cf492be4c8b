"""Where a person is from: "Rajiv Menon of King's College London", "Dr Hannah Coates, an
epidemiologist at Leeds".

News names a person once with the body they speak for, after "of", "at" or "from", straight
after the name or closing a short description set off by a comma. A claim that writes another
person of the article with that body ("Hannah Coates, of King's College London") has swapped
the two, when the article gives the claim's person a body of their own and the claim's body to
someone else: both ties are the article's, and neither is the claim's. A person the article
ties to no body, or to the claim's body too, is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..report import FlagCode
from .features import Tok, name_spans
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import ARTICLES
from .prepare import PreparedArticle

_OF = frozenset({"of", "at", "from"})
MAX_DESCRIPTION = 6  # words of a description between a name's comma and its "at"


class Tie(NamedTuple):
    person: frozenset[str]  # the person's stems
    body: frozenset[str]  # the body's stems
    who: str  # the person's words
    where: str  # the body's words
    start: int  # where the body's words are (claim or article text)
    end: int


def _body(toks: Sequence[Tok], k: int, text: str) -> tuple[int, int]:
    """The capitalised words of a body's name from token ``k`` (past "the"), joined by spaces
    or a possessive ("King's College London"); an empty range when none starts there."""
    if k < len(toks) and toks[k].norm == "the":
        k += 1
    end = k
    while end < len(toks) and toks[end].cap and toks[end].content:
        end += 1
        if end < len(toks) and text[toks[end - 1].end : toks[end].start] not in (" ", "'s ", "’s "):
            break
    return k, end


def ties(toks: Sequence[Tok], text: str) -> list[Tie]:
    """Each person of a sentence (a name of two words or more) with the body named after them
    by "of", "at" or "from", straight after the name or after a comma and a description."""
    out: list[Tie] = []
    for i, j in name_spans(list(toks), frozenset({toks[0].start} if toks else ())):
        if j - i < 2 or j >= len(toks):
            continue
        k = j
        if "," in text[toks[j - 1].end : toks[j].start]:
            if toks[j].norm not in ARTICLES and toks[j].norm not in _OF:
                continue
            k = j + (toks[j].norm in ARTICLES)
            while k < min(len(toks), j + MAX_DESCRIPTION) and toks[k].norm not in _OF:
                if toks[k].cap or text[toks[k - 1].end : toks[k].start].strip():
                    break
                k += 1
        elif text[toks[j - 1].end : toks[j].start].strip():
            continue
        if k >= len(toks) or toks[k].norm not in _OF:
            continue
        a, b = _body(toks, k + 1, text)
        while b > a:
            person = frozenset(t.stem for t in toks[i:j])
            body = frozenset(t.stem for t in toks[a:b])
            who = text[toks[i].start : toks[j - 1].end]
            start, end = toks[a].start, toks[b - 1].end
            out.append(Tie(person, body, who, text[start:end], start, end))
            # (two bodies: "Omar Haddad of Leeds and Imperial College London")
            a, b = _body(toks, b + 1, text) if b < len(toks) and toks[b].norm == "and" else (b, b)
    return out


def _article_ties(art: PreparedArticle, key: str) -> list[Tie]:
    return [tie for sent in art.sentences for tie in ties(sent.toks, art.text)]


def affiliation_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """A claim's person written with a body the article gives another person, where the article
    gives the claim's person a body of their own."""
    mine = ties(view.toks, view.text)
    if not mine:
        return []
    theirs = art.derived("affiliations", _article_ties)
    out: list[Finding] = []
    for tie in mine:
        own = [t for t in theirs if t.person & tie.person]
        if not own or any(t.body & tie.body for t in own):
            continue  # (no body of the person's in the article, or this one)
        # (the whole body, not a word of it: "Imperial College London" is not "King's College
        # London")
        other = next((t for t in theirs if tie.body <= t.body and not t.person & tie.person), None)
        if other is None:
            continue
        msg = (
            f"The claim puts {tie.who!r} with {tie.where!r}, where the article has"
            f" {other.who!r} of {other.where!r} and {own[0].who!r} of {own[0].where!r}."
        )
        out.append(Finding(FlagCode.ENTITY_SWAPPED, msg, tie.start, tie.end, P_CONTRADICTION, True))
    return out
