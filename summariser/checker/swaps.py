"""Names swapped inside a copied stretch: the claim's words around a name, another name between.

"Promise has made videos of herself as Elsa from Angelina Jolie" copies "... as Elsa from Frozen
..." with the film's name replaced by another name of the article. Every word is in the article
and in the supporting sentences, so word overlap sees nothing; but the supporting sentence has
the claim's own words on both sides of the name, with another name between them.

The same name in another form is not a swap ("Georgia"/"Georgian", "SNP" for "Scottish
nationalists"). A name the article gives only away from the evidence (a weak ENTITY_MISSING) is
still tested, and a swap replaces that weaker finding. Two context words each side, because one
finds "swaps" in every paraphrase.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial
from itertools import compress, repeat
from operator import eq

from ..actors.gazetteer import COUNTRY_BY_NAME
from ..report import FlagCode
from .aliases import name_words, numbered
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .named_kinds import kind_named
from .named_slots import named_alike
from .owner_references import owner_reference
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

CONTEXT = 2  # tokens each side of the name that the evidence must repeat
MAX_RIVAL = 4  # tokens the evidence may have in the name's place
P_SWAP = P_CONTRADICTION  # the evidence says another name in the same words
MIN_STEM = 4  # a shorter word is not taken for another form of the name


def _rival(
    ev: tuple[Tok, ...],
    norms: tuple[str, ...],
    left: list[str],
    right: list[str],
    mine: frozenset[str],
    is_name: Callable[[Tok], bool],
    cased: bool,
) -> tuple[int, int, bool] | None:
    """Token range [a, b) of what ``ev`` (whose normal forms are ``norms``) has between ``left``
    and ``right`` instead of ``mine``, and whether that is a name (always, for an article not
    ``cased``: there names and words look alike).

    Contexts are compared by normal form: the copied words are the same words.
    """
    n = len(ev)
    width = len(left)
    # (the places of the context's first word, found at C level: a sentence has few)
    for p in compress(range(n - width - len(right)), map(eq, norms, repeat(left[0]))):
        if any(ev[p + k].norm != left[k] for k in range(1, width)):
            continue
        a = p + width
        for b in range(a + 1, min(n - len(right), a + MAX_RIVAL) + 1):
            if any(ev[b + k].norm != w for k, w in enumerate(right)):
                continue
            middle = ev[a:b]
            if not any(t.content for t in middle) or same_name(mine, middle):
                break
            return a, b, not cased or any(is_name(t) for t in middle)
    return None


def same_name(mine: frozenset[str], middle: tuple[Tok, ...]) -> bool:
    """Whether the rival is the claim's name in another form: the same word, a derived form
    ("Georgia", "Georgian"), or spelt out ("SNP" for "Scottish nationalists")."""
    for t in middle:
        for m in mine:
            short, long = sorted((m, t.stem), key=len)
            if long.startswith(short) and len(short) >= MIN_STEM:
                return True
            if m == t.stem:
                return True
    if len(mine) != 1:
        return False
    word = next(iter(mine))
    spelt = numbered(word, name_words(middle))
    if spelt is not None:  # (a numbered name: "WWII" is not "World War I")
        return spelt
    initials = "".join(t.norm[0] for t in middle if t.content)
    short, long = sorted((word, initials), key=len)
    return len(short) >= 2 and long.startswith(short)


# A supporting sentence's number, the claim's words each side of a name, and the name's stems.
_Context = tuple[int, tuple[str, ...], tuple[str, ...], frozenset[str]]


def swap_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Claim names whose copied context a supporting sentence fills with another name."""
    out: list[Finding] = []
    toks = view.toks
    # What a sentence has in a context's place, by sentence and context: a claim that repeats
    # a name in the same words (a list, a table) would scan the same sentence again for each.
    rivals: dict[_Context, tuple[int, int, bool] | None] = {}
    # The article is cased when the claim's names are name words there (a lowercased article
    # has none): only then can the evidence's word in the slot be told a name or not.
    cased = any(art.is_name(t) for i, j in view.names for t in toks[i:j])
    for i, j in view.names:
        if i < CONTEXT or j + CONTEXT > len(toks) or any(k in skip for k in range(i, j)):
            continue
        mine = frozenset(t.stem for t in toks[i:j] if t.content)
        around = toks[i - CONTEXT : i] + toks[j : j + CONTEXT]
        if not mine or not any(t.content for t in around):
            continue
        left = [t.norm for t in toks[i - CONTEXT : i]]
        right = [t.norm for t in toks[j : j + CONTEXT]]
        for sid in sup.sids:
            sent = art.sentences[sid]
            if not (sent.norms.issuperset(left) and sent.norms.issuperset(right)):
                continue  # most sentences: two set look-ups
            ev = sent.toks
            key = (sid, tuple(left), tuple(right), mine)
            if key not in rivals:
                rivals[key] = _rival(ev, sent.cols.norms, left, right, mine, art.is_name, cased)
            found = rivals[key]
            if found is None:
                continue
            start, end = toks[i].start, toks[j - 1].end
            rival = art.text[ev[found[0]].start : ev[found[1] - 1].end]
            if found[2]:
                msg = (
                    f"The claim puts {view.text[start:end]!r} where the supporting sentence "
                    f"has {rival!r}."
                )
                out.append(Finding(FlagCode.ENTITY_SWAPPED, msg, start, end, P_SWAP, True))
            elif not (
                _named(ev[found[0] : found[1]], view.text[start:end], art, left, right, mine)
                or owner_reference(ev, art.text, found[0], found[1], mine)
            ):
                # A pronoun or a description ("the couple") may or may not be the name.
                msg = (
                    f"The claim names {view.text[start:end]!r} where the supporting sentence "
                    f"has {rival!r}, and nothing says they are the same."
                )
                out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_SWAP))
            break
    return out


def _named(
    middle: tuple[Tok, ...],
    name: str,
    art: PreparedArticle,
    left: list[str],
    right: list[str],
    mine: frozenset[str],
) -> bool:
    """Whether the description ``middle`` in the slot is the claim's ``name`` (stems ``mine``),
    as the article tells: the only country it names, the name it says the same words of, or the
    only name of the kind the description names."""
    same = partial(same_name, mine)
    return (
        _the_country(middle, name, art)
        or named_alike(art, left=left, right=right, same=same)
        or kind_named(art, middle, same)
    )


_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _the_country(middle: tuple[Tok, ...], name: str, art: PreparedArticle) -> bool:
    """Whether "the country" in the slot is the claim's country: the only one the article
    names ("It was the country's worst rail accident" in a story of Greece)."""
    if {t.norm for t in middle if t.content} - _COUNTRY_NOUNS or name not in COUNTRY_BY_NAME:
        return False
    return art.derived(_COUNTRIES, _countries) == {COUNTRY_BY_NAME[name]}


def _countries(art: PreparedArticle, _key: str) -> set[str]:
    """The countries the article names (by a name of theirs in its text)."""
    return {
        country
        for form, country in COUNTRY_BY_NAME.items()
        if form in art.text and re.search(rf"\b{re.escape(form)}\b", art.text)
    }


_COUNTRIES = "countries named"
