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
        if _names_between(sent.toks, left, right, art.is_name, same):
            return True
    return False


def _names_between(
    toks: tuple[Tok, ...],
    left: Sequence[str],
    right: Sequence[str],
    is_name: Callable[[Tok], bool],
    same: Callable[[tuple[Tok, ...]], bool],
) -> bool:
    """Whether ``toks`` has ``left``, then a name ``same`` accepts, then ``right``."""
    n, width = len(toks), len(left)
    for p in range(n - width - len(right)):
        if any(toks[p + k].norm != w for k, w in enumerate(left)):
            continue
        a = p + width
        for b in range(a + 1, min(n - len(right), a + MAX_NAME) + 1):
            if any(toks[b + k].norm != w for k, w in enumerate(right)):
                continue
            middle = toks[a:b]
            if is_name(middle[0]) and is_name(middle[-1]) and same(middle):
                return True
    return False
