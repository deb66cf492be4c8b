"""A list that names the same thing twice, and a clause that names one person in two of its
roles: summarisers repeating themselves.

Coordination joins different things; a phrase joined to itself ("Rojo and Rojo", "a woman and a
woman", "David Ospina, David Ospina") is a summariser repeating itself where it could not
produce the second item, as "UNK" marks a word it could not produce. The evidence names two
things there, so the claim, as written, says something no sentence of the article says.

English does join a word to itself to intensify ("more and more", "bigger and bigger", "again
and again", "years and years"): a single word of that kind is no list.

Nor does English name one person twice within a clause: "Myleene Klass made a swipe at Myleene
Klass" can only mean two people (the same one would be "herself"), so a summary writing it has
put one name where the evidence has another. A possessor may be named again ("Klass's fans
praised Klass"), and so may anyone after a clause opens ("Klass said that Klass ...").
"""

from __future__ import annotations

from collections import Counter

from ..report import FlagCode
from .flags import P_CONTRADICTION, PLACEHOLDER, ClaimView, Finding
from .lexicon import CLAUSE_OPENERS
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
    # An item opens with a word the claim has twice: only there can one start (most words
    # occur once).
    twice = Counter(norms)
    opens = [i for i, w in enumerate(norms) if twice[w] > 1]
    for size in range(1, MAX_ITEM + 1):
        for i in opens:
            if i > n - 2 * size:
                break
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
    return _named_twice(view, art)


def _named_twice(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """A full name of the article opening a clause (its subject) and given again, word for
    word, later in the same clause."""
    toks, text = view.toks, view.text
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and toks[end].content and art.is_name(toks[end]):
            if end > k and text[toks[end - 1].end : toks[end].start].strip():
                break  # a name ends at punctuation
            end += 1
        if end > k:
            runs.append((k, end))
        k = max(end, k + 1)
    norms = [t.norm for t in toks]
    for x, (i, j) in enumerate(runs):
        opener = i - (i > 0 and norms[i - 1] == "the")
        if j - i < 2 or (opener > 0 and norms[opener - 1] not in CLAUSE_OPENERS):
            continue  # only a full name that is its clause's subject
        for a, b in runs[x + 1 :]:
            if norms[a:b] != norms[i:j]:
                continue
            gap = text[toks[j - 1].end : toks[a].start]
            if gap.lstrip().startswith(("'s", "’s", "'", "’")) or any(c in gap for c in ";:.!?"):
                continue  # a possessor, or another sentence
            if any(w in CLAUSE_OPENERS for w in norms[j:a]):
                continue  # another clause
            start, end = toks[a].start, toks[b - 1].end
            msg = (
                f"The claim names {text[start:end]!r} twice in one clause, where the article "
                "has two people or things."
            )
            return [Finding(FlagCode.LOW_SUPPORT, msg, start, end, P_CONTRADICTION)]
    return []


def _in_article(art: PreparedArticle, words: list[str]) -> bool:
    """Whether some article sentence has these words in a row."""
    run = f" {' '.join(words)} "
    return any(run in f" {' '.join(s.cols.norms)} " for s in art.sentences)
