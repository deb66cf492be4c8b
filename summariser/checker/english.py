"""The names a claim's capitals do not mark: those of a claim written in lower case, and a
claim's first word, capitalised in any case.

A summary written all in lower case has lost the capitals that mark its names, so a name the
article lacks ("frida ghitis") reads as an ordinary word. A word that is neither in the article
nor a word of English (``summariser.text.english``) is such a name (or a misspelling: either way
a fact the article does not give).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import attrgetter

from ..text.english import english_words, is_english
from .aliases import expansion
from .descriptions import TITLE_NOUNS
from .features import WORD, Tok
from .flags import PLACEHOLDER
from .lexicon import CALENDAR
from .prepare import PreparedArticle

_NORM = attrgetter("norm")
# A capital right after a lower-case word: a text that has none is written in lower case.
_MID_CAPITAL = re.compile(r"[a-z,;] [A-Z]")

__all__ = [
    "absent",
    "english_words",
    "in_case",
    "is_english",
    "shouted",
    "unknown_opening",
    "unknown_words",
]


def unknown_words(toks: list[Tok]) -> list[Tok]:
    """The claim's content words that are no words of English (nor numbers, calendar words or a
    system's placeholder): its names, when it is written in lower case."""
    odd = set(map(_NORM, toks)).difference(english_words())  # (at C level: most words are)
    if not odd:
        return []
    return [
        t
        for t in toks
        if t.norm in odd
        and t.content
        and t.kind == WORD
        and t.norm.isalpha()
        and t.norm != PLACEHOLDER
        and t.norm not in CALENDAR
    ]


def unknown_opening(toks: list[Tok], art: PreparedArticle) -> bool:
    """Whether a claim's capitalised first word is a name the article lacks: a word of no
    English that the article does not have in any form ("Goita paid ..."), where the first word's
    capital says nothing."""
    first = toks[0]
    if not first.cap or first.kind != WORD or not first.norm.isalpha() or is_english(first.norm):
        return False
    # (a word before a name describes it, "Welshman Jack Grealish", as a role does; nor is a
    # system's placeholder a name)
    described = (len(toks) > 1 and toks[1].cap) or first.norm in TITLE_NOUNS
    return not described and first.norm != PLACEHOLDER and absent(first, art)


def absent(t: Tok, art: PreparedArticle) -> bool:
    """Whether the article lacks the word in every form: as written, without its accents
    ("féin" for the article's "Fein"), and as the acronym of one of its names ("qpr" for
    "Queens Park Rangers")."""
    if t.stem in art.stems or art.holds(t):
        return False
    if not t.norm.isascii() and _folded(t.norm) in art.norms:
        return False
    return expansion(t.norm.upper(), art) is None


@lru_cache(maxsize=64)  # (asked once per claim; a string keeps its hash)
def in_case(text: str) -> bool:
    """Whether the text is written with capitals (a word capitalised after a lower-case one)."""
    # (a text in lower case throughout is told by one C-level scan, which stops at a capital)
    return not text.islower() and _MID_CAPITAL.search(text) is not None


def shouted(claim: str) -> bool:
    """Whether the claim is written in capitals throughout (two words at least; an acronym
    alone is a name), with as many characters in lower case."""
    if not claim.isupper():  # (most claims: told at C level)
        return False
    words = [w for w in claim.split() if sum(c.isalpha() for c in w) >= 2]
    return len(words) >= 2 and len(claim.lower()) == len(claim)


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
