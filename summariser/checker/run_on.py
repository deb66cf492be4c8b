"""A sentence run on into the next without its full stop: "... his native country Armed with
court orders, detectives ...".

Scraped news loses full stops between captions and text, so a sentence's first word lands
mid-sentence with its capital and reads as a name. A name is a noun; a regular past participle
("Armed", "Based", "Influenced": a verb of English with "-ed" or "-d" added) followed by a
preposition opens a participle clause ("Armed with ...", "Based in ..."), a common way for news
to open a sentence, and is no name whatever its capital.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .lexicon import PREPOSITIONS
from .predicates import is_predicate


class _Word(Protocol):
    """A token as this module reads it (features.Tok; features imports this module)."""

    @property
    def norm(self) -> str: ...


def opens_run_on(word: str, after: str) -> bool:
    """Whether the capitalised ``word`` (lower-cased), followed by ``after``, is a participle
    opening a clause rather than a name."""
    if after not in PREPOSITIONS or not word.endswith("ed") or not is_predicate(word):
        return False
    bases = (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else "")
    return any(len(b) >= 3 and is_predicate(b) for b in bases)


def run_on_slot(toks: Sequence[_Word], j1: int, j2: int) -> bool:
    """Whether the one word ``toks[j1:j2]`` is such a participle, not a name in a slot."""
    return j2 == j1 + 1 < len(toks) and opens_run_on(toks[j1].norm, toks[j2].norm)
