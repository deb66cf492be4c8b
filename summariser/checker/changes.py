"""A percentage change belongs to the quantity that changed: "Halvorsen's sales fell 14%" where
the article has "a 14% fall in operating profit" and "Sales slipped 6%", or "revenue rose 42%"
where "net income rose 42%" and revenue was "up 11%". Results stories give several quantities a
change each; a summary that hands one quantity's change to another copies every word and value
from the article, so the presence tests see nothing.

English names the quantity that changed in two places: the subject before a verb of change
("net income rose 42%", "shares were down 3.1%") or the noun after "in" when the change is a
noun ("a 14% fall in operating profit"). The claim's change is contradicted when every place the
article gives its percentage names another quantity, and the article gives the claim's quantity
a change of its own, of another percentage: the value was moved, not reworded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from ..report import FlagCode
from .features import NUM, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import AUXILIARIES, CLAUSE_OPENERS
from .prepare import PreparedArticle

logger = logging.getLogger(__name__)

_VERBS = frozenset(
    stem(w)
    for w in (
        *("rise", "rose", "risen", "fall", "fell", "fallen", "drop", "climb", "jump", "slip"),
        *("slide", "slid", "gain", "increase", "decrease", "decline", "grow", "grew", "shrink"),
        *("shrank", "slump", "plunge", "soar", "surge", "tumble", "sink", "sank", "up", "down"),
    )
)
_NOUNS = frozenset(
    stem(w) for w in ("fall", "rise", "drop", "increase", "decrease", "decline", "gain", "jump")
)
_PERCENT = frozenset({"percent", "pct"})
_HEDGES = frozenset({"as", "much", "about", "around", "nearly", "almost", "some", "by", "a"})
_OWN = 10  # words after a quantity within which its change is told ("revenue of ..., up 11%")
_BACK = 4  # words before a verb of change within which its subject's noun stands


def _percent_at(toks: Sequence[Tok], text: str, k: int) -> str | None:
    """The value of a percentage at token ``k`` ("14%", "4.5 percent", "9 per cent")."""
    t = toks[k]
    if t.kind != NUM:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    after = text[t.end : t.end + 1]
    if after == "%" or (nxt is not None and nxt.norm in _PERCENT):
        return t.norm
    if nxt is not None and nxt.norm == "per" and k + 2 < len(toks) and toks[k + 2].norm == "cent":
        return t.norm
    return None


Quantity = tuple[str, ...]  # the stems of a quantity's noun phrase, its head (noun) last


def _subject(toks: Sequence[Tok], v: int, is_name: Callable[[Tok], bool]) -> Quantity:
    """The words of the noun phrase before the verb of change ``toks[v]``, names left out (a
    name is the quantity's owner, not the quantity: "shares in Halvorsen"); empty when another
    clause or a number stands first ("..., while Castle's jumped 35%")."""
    words: list[str] = []
    for b in range(v - 1, max(-1, v - 1 - _BACK), -1):
        t = toks[b]
        if t.kind == NUM or t.norm in CLAUSE_OPENERS:
            break
        if t.norm in AUXILIARIES:
            continue
        named = t.cap and (b > 0 or is_name(t))  # (a sentence's first word has a capital anyway)
        if t.content and not named:
            words.insert(0, t.stem)
        elif words:
            break  # (the phrase ends at the first function word or name before it)
    return tuple(words)


def _changes(
    toks: Sequence[Tok], text: str, is_name: Callable[[Tok], bool]
) -> list[tuple[str, Quantity, int]]:
    """Each percentage change of a sentence: (value, what changed or nothing, index)."""
    out: list[tuple[str, Quantity, int]] = []
    for k in range(len(toks)):
        value = _percent_at(toks, text, k)
        if value is None:
            continue
        v = k - 1
        while v >= 0 and toks[v].norm in _HEDGES:
            v -= 1
        if v >= 0 and toks[v].stem in _VERBS:
            comma = any(c in ",;" for c in text[toks[v - 1].end : toks[v].start]) if v else True
            out.append((value, () if comma else _subject(toks, v, is_name), k))
            continue
        after = range(k + 1, min(len(toks), k + 4))
        noun = next((m for m in after if toks[m].stem in _NOUNS), None)
        if noun is not None and noun + 1 < len(toks) and toks[noun + 1].norm == "in":
            out.append((value, _phrase_after(toks, noun + 2), k))
        else:
            out.append((value, (), k))
    return out


def _phrase_after(toks: Sequence[Tok], m: int) -> Quantity:
    """The words of the noun phrase starting at ``m`` ("third-quarter operating profit on
    Thursday"), up to a function word, a name or a number."""
    words: list[str] = []
    while m < len(toks) and toks[m].content and not toks[m].cap and toks[m].kind != NUM:
        words.append(toks[m].stem)
        m += 1
    return tuple(words)


def _same(mine: Quantity, theirs: Quantity) -> bool:
    """Whether two phrases name one quantity: either's head among the other's words ("profit"
    and "quarterly profit thanks")."""
    return mine[-1] in theirs or theirs[-1] in mine


def _own_changes(
    toks: Sequence[Tok], text: str, thing: Quantity, is_name: Callable[[Tok], bool]
) -> set[str]:
    """The percentages the sentence gives ``thing`` a change of, by either form, or told after
    it ("revenue of $76.7 billion on Tuesday, up 11%")."""
    changes = _changes(toks, text, is_name)
    out = {value for value, what, _ in changes if what and _same(thing, what)}
    for m, t in enumerate(toks):
        if t.stem != thing[-1]:
            continue
        for value, _, k in changes:
            if m < k <= m + _OWN and any(toks[b].stem in _VERBS for b in range(m + 1, k)):
                out.add(value)
                break
    return out


def _article_changes(art: PreparedArticle, key: str) -> list[list[tuple[str, Quantity, int]]]:
    return [_changes(s.toks, art.text, art.is_name) for s in art.sentences]


def change_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """A contradiction when the claim gives a quantity the change the article gives another."""
    toks = view.toks
    for value, thing, k in _changes(toks, view.text, art.is_name):
        if not thing:
            continue
        theirs = art.derived("percentage changes", _article_changes)
        owners = [what for sentence in theirs for v, what, _ in sentence if v == value]
        if not owners or any(not what or _same(thing, what) for what in owners):
            continue  # (the article gives the value to the claim's quantity, or we cannot tell)
        own = set().union(
            *(_own_changes(s.toks, art.text, thing, art.is_name) for s in art.sentences)
        )
        if not own or value in own:
            continue
        t = toks[k]
        word = next(view.text[w.start : w.end] for w in reversed(toks[:k]) if w.stem == thing[-1])
        msg = (
            f"The claim gives {word!r} a change of {view.text[t.start : t.end]}%, which the "
            f"article gives to another quantity; its change of {word!r} is "
            f"{'% or '.join(sorted(own))}%."
        )
        return [Finding(FlagCode.NUMBER_SWAPPED, msg, t.start, t.end, P_CONTRADICTION, True)]
    return []
