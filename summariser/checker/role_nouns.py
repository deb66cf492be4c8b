"""A role noun written before a name ("striker Marcus Obi") is that person's, not another's.

"Chelsea signed goalkeeper Marcus Obi from Lyon" for "having signed striker Marcus Obi from
Lyon and goalkeeper Filip Novak from Sparta Prague" gives Obi the role the article gives Novak.
One such noun alone says little ("striker" may be true of several people of a story), so the
claim is held to it only when the article names the person with another role noun of this
kind and gives the claim's noun to someone else in the same sentence, never to them: a sentence
that names two people with a role each tells their roles apart ("striker X and goalkeeper Y"),
while a role in another sentence may be held as well ("midfielder" then "boss"). A former role
("former midfielder") is no role of now.
"""

from __future__ import annotations

from ..report import FlagCode
from .descriptions import MAX_TITLE, TITLE_NOUNS, spaced
from .features import Tok, name_spans
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .roles import claim_names

_KEY = "role nouns"
# (name stems, role stem, role as written, name as written, sentence)
Roles = tuple[tuple[frozenset[str], str, str, str, int], ...]
_PAST = frozenset({"former", "ex", "retired", "late"})


def _role_before(toks: list[Tok] | tuple[Tok, ...], text: str, i: int) -> Tok | None:
    """The role noun right before the name starting at ``i`` (in lower case, unless it opens the
    sentence), if one stands there."""
    if i == 0:
        return None
    t = toks[i - 1]
    opening = i == 1  # ("Goalkeeper Marcus Obi joined")
    return t if (opening or not t.cap) and t.norm in TITLE_NOUNS and spaced(text, toks, i) else None


def _past(toks: list[Tok], text: str, k: int) -> bool:
    """Whether the title ending with the role noun at ``k`` is a former one ("former Dons
    midfielder"): a word of the past among the words written right before it."""
    for m in range(k - 1, max(-1, k - 1 - MAX_TITLE), -1):
        if toks[m].norm in _PAST:
            return True
        if not spaced(text, toks, m + 1):
            return False
    return False


def _article_roles(art: PreparedArticle, key: str) -> Roles:
    """Every name of the article written after a role noun, with that noun (made once)."""
    out: list[tuple[frozenset[str], str, str, str, int]] = []
    for sid, sent in enumerate(art.sentences):
        toks = list(sent.toks)
        if not toks:
            continue
        for i, j in name_spans(toks, frozenset({toks[0].start})):
            role = _role_before(toks, art.text, i)
            if role is not None and not _past(toks, art.text, i - 1):
                name = art.text[toks[i].start : toks[j - 1].end]
                stems = frozenset(t.stem for t in toks[i:j])
                out.append((stems, role.stem, role.norm, name, sid))
    return tuple(out)


def role_noun_findings(view: ClaimView, art: PreparedArticle, skip: set[int]) -> list[Finding]:
    """Claim names given a role noun that the article gives another person, while it gives the
    claim's person another one."""
    toks = view.toks
    out: list[Finding] = []
    for i, j in claim_names(view):
        role = _role_before(toks, view.text, i)
        if role is None or i in skip or i - 1 in skip:
            continue
        roles = art.derived(_KEY, _article_roles)
        if not roles:
            return out
        words = frozenset(t.stem for t in toks[i:j])
        theirs = sorted((r, word, sid) for w, r, word, _, sid in roles if w & words)
        if not theirs or any(r == role.stem for r, _, _ in theirs):
            continue
        where = {sid for _, _, sid in theirs}
        holders = [
            n for w, r, _, n, sid in roles if r == role.stem and sid in where and not w & words
        ]
        if not holders:
            continue
        mine = view.text[toks[i].start : toks[j - 1].end]
        msg = (
            f"The claim calls {mine!r} {role.norm!r}; the article gives that role to "
            f"{holders[0]!r} and calls {mine!r} {theirs[0][1]!r}."
        )
        out.append(
            Finding(FlagCode.ENTITY_SWAPPED, msg, role.start, role.end, P_CONTRADICTION, True)
        )
    return out
