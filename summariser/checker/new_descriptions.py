"""What a person is, in words the article never uses: "Haddad was a doctor" where the article
has "Ms Haddad, a nurse at Southmead Hospital".

A description in apposition ("X, a nurse,") or after "is" or "was" ("X was a nurse") says what a
person is. Where the article describes the person that way and the claim gives them a head noun
the article nowhere writes, the claim tells something the article does not: the article's own
description is the one it supports. A head noun the article has somewhere is left to the other
tests, which bind it ("the same description to another name").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle

_COPULAS = frozenset({"is", "was", "are", "were"})
_INDEFINITE = frozenset({"a", "an"})
_ENDS = frozenset({"at", "in", "for", "of", "from", "with", "who", "and", "on"})
MAX_MODIFIERS = 3  # words between "a" and the head noun ("a senior staff nurse")

Description = tuple[frozenset[str], int, int]  # the person's stems, the head noun's characters


def descriptions(toks: Sequence[Tok], text: str) -> list[Description]:
    """Each run of capitalised words (a name) with the head noun of the indefinite description
    that follows it, in apposition or after "is" or "was": "X, a nurse at ...", "X was a nurse"."""
    out: list[Description] = []
    k = 0
    while k < len(toks):
        if not toks[k].cap or not toks[k].content:
            k += 1
            continue
        j = k + 1
        while j < len(toks) and toks[j].cap and toks[j].content:
            j += 1
        a = j
        if a < len(toks) and toks[a].norm in _COPULAS:
            a += 1
        elif a >= len(toks) or "," not in text[toks[j - 1].end : toks[a].start]:
            k = j
            continue
        head = _head(toks, a, text)
        if head is not None:
            person = frozenset(t.stem for t in toks[k:j])
            out.append((person, toks[head].start, toks[head].end))
        k = j
    return out


def _head(toks: Sequence[Tok], a: int, text: str) -> int | None:
    """The head noun of an indefinite description opening at ``a`` ("a nurse at ...", "a senior
    nurse,"): its last lower-case content word before a preposition, a comma or the end."""
    if a >= len(toks) or toks[a].norm not in _INDEFINITE:
        return None
    end = a + 1
    while end < min(len(toks), a + 2 + MAX_MODIFIERS) and toks[end].content and not toks[end].cap:
        if end > a + 1 and text[toks[end - 1].end : toks[end].start].strip():
            break
        if toks[end].norm in _ENDS:
            break
        end += 1
    if end == a + 1:
        return None
    closed = (
        end >= len(toks)
        or toks[end].norm in _ENDS
        or bool(text[toks[end - 1].end : toks[end].start].strip())
    )
    return end - 1 if closed else None


def _article_descriptions(art: PreparedArticle, key: str) -> list[Description]:
    return [d for sent in art.sentences for d in descriptions(sent.toks, art.text)]


def new_description_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """A doubt when the claim describes a person of the article by a head noun the article
    never writes, where the article describes that person otherwise."""
    out: list[Finding] = []
    for person, start, end in descriptions(view.toks, view.text):
        noun = next(t for t in view.toks if t.start == start)
        if art.index.get(noun.stem) or noun.norm in art.norms:
            continue
        theirs = [
            art.text[a:b]
            for p, a, b in art.derived("descriptions", _article_descriptions)
            if p & person
        ]
        if not theirs:
            continue
        msg = (
            f"The claim calls the person {view.text[start:end]!r}, a word the article does not"
            f" use; the article calls them {theirs[0]!r}."
        )
        out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_CONTRADICTION))
    return out
