"""A list that names the same thing twice: "left out Alan Shearer and Alan Shearer".

Coordination joins different things; a phrase joined to itself ("Rojo and Rojo", "a woman and a
woman", "David Ospina, David Ospina") is a summariser repeating itself where it could not
produce the second item, as "UNK" marks a word it could not produce. The evidence names two
things there, so the claim, as written, says something no sentence of the article says.

English does join a word to itself to intensify ("more and more", "bigger and bigger", "again
and again", "years and years"): a single word of that kind is no list.
"""

from __future__ import annotations

from ..report import FlagCode
from .flags import P_CONTRADICTION, PLACEHOLDER, ClaimView, Finding
from .prepare import PreparedArticle

MAX_ITEM = 3  # tokens of a repeated item
_JOINS = frozenset({"and", "or"})
# Words English repeats to intensify or to say "for a long time" (with "and", "after" or "by").
_INTENSIFIERS = frozenset(
    {"more", "less", "again", "over", "on", "round", "through", "time", "times", "years"}
    | {"months", "weeks", "days", "hours", "miles", "back", "far", "wide", "by", "so", "very"}
    | {"much", "many"}
)


def _intensifier(item: list[str]) -> bool:
    """A single adverb, quantifier, stretch of time or comparative ("bigger")."""
    return len(item) == 1 and (item[0] in _INTENSIFIERS or item[0].endswith("er"))


def repeat_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """The first item of the claim's lists that is the item before it again."""
    toks, text = view.toks, view.text
    words = [t.norm for t in toks if t.content]
    if len(set(words)) == len(words):
        return []  # (an item holds a content word: it would occur twice)
    norms = [t.norm for t in toks]
    n = len(norms)
    for size in range(1, MAX_ITEM + 1):
        for i in range(n - 2 * size + 1):
            k = i + size  # where the second item starts, after a joining word or a comma
            joined = norms[k] in _JOINS
            second = k + 1 if joined else k
            if second + size > n or norms[second] != norms[i]:
                continue
            item = norms[i:k]
            if norms[second : second + size] != item:
                continue
            if not joined and "," not in text[toks[k - 1].end : toks[k].start]:
                continue
            if not any(t.content for t in toks[i : i + size]) or _intensifier(item):
                continue
            if PLACEHOLDER in item:
                continue  # ("UNK UNK and UNK UNK": two names its writer could not produce)
            if _in_article(art, norms[i : second + size]):
                continue  # the article repeats it too ("again, again")
            start, end = toks[second].start, toks[second + size - 1].end
            msg = f"The claim lists {text[start:end]!r} twice, where a list names different things."
            return [Finding(FlagCode.LOW_SUPPORT, msg, start, end, P_CONTRADICTION)]
    return []


def _in_article(art: PreparedArticle, words: list[str]) -> bool:
    """Whether some article sentence has these words in a row."""
    run = f" {' '.join(words)} "
    return any(run in f" {' '.join(s.cols.norms)} " for s in art.sentences)
