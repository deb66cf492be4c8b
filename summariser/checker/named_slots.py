"""A description in a name's slot that the article itself names, in the same words.

"... helped the Cambridges rekindle their romance" against the evidence's "... after he helped
the couple rekindle their romance": the slot holds a description ("the couple"), which may or may
not be the claim's name. When another sentence of the article says the same words of the name
itself ("the jockey that helped the Duke and Duchess of Cambridge rekindle their romance"), the
article has told the reader who the description is: the two sentences tell one fact.

Only a description or a pronoun in the slot is settled this way; another name there is a swap,
whatever the article says elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import product

from .features import Tok
from .prepare import PreparedArticle

MAX_NAME = 6  # tokens of the article's name between the context words ("Duke and Duchess of X")


def named_alike(
    art: PreparedArticle,
    *,
    left: Sequence[str],
    right: Sequence[str],
    same: Callable[[tuple[Tok, ...]], bool],
) -> bool:
    """Whether some article sentence has the context words ``left`` and ``right`` (normal forms)
    around a name that ``same`` takes for the claim's name."""
    for sent in art.sentences:
        if not (sent.norms.issuperset(left) and sent.norms.issuperset(right)):
            continue  # (most sentences: two set look-ups)
        toks, norms = sent.toks, sent.cols.norms
        starts = _ends_of(norms, tuple(left))
        ends = [q - len(right) for q in _ends_of(norms, tuple(right))]
        for a, b in product(starts, ends):
            if 0 < b - a <= MAX_NAME and _a_name(toks[a:b], art.is_name) and same(toks[a:b]):
                return True
    return False


def _ends_of(norms: Sequence[str], words: tuple[str, ...]) -> list[int]:
    """Where each run of ``words`` in ``norms`` ends (the index after its last word)."""
    w = len(words)
    return [p + w for p in range(len(norms) - w + 1) if tuple(norms[p : p + w]) == words]


def _a_name(middle: tuple[Tok, ...], is_name: Callable[[Tok], bool]) -> bool:
    """Whether the words between the contexts open and close with a name word."""
    return is_name(middle[0]) and is_name(middle[-1])
