"""Acronyms of common terms: "GDP" for the article's "gross domestic product".

aliases.py spells an acronym out from the article's capitalised names. Terms that are no names
are abbreviated as well ("GDP", "CEO", "IVF"), and the article writes them in lower case. An
acronym of three letters or more whose letters are the initials of as many lower-case content
words in a row of one article sentence stands for them (fewer letters match too much by chance).
"""

from __future__ import annotations

from itertools import pairwise

from .aliases import is_acronym
from .prepare import PreparedArticle

MIN_LETTERS = 3


def spelt_in_words(word: str, art: PreparedArticle) -> frozenset[str] | None:
    """The content stems of the lower-case words in a row whose initials the acronym ``word``
    is, or None."""
    if not is_acronym(word) or not word.isalpha() or len(word) < MIN_LETTERS:
        return None
    letters = word.lower()
    n, text = len(letters), art.text
    for sent in art.sentences:
        toks = sent.toks
        for s in range(len(toks) - n + 1):
            run = toks[s : s + n]
            if "".join(t.norm[:1] for t in run) != letters:
                continue
            if all(t.content and not t.cap and t.norm.isalpha() for t in run) and all(
                text[a.end : b.start].isspace() for a, b in pairwise(run)
            ):
                return frozenset(t.stem for t in run)
    return None
