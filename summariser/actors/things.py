"""A name right after "the" or a possessive determiner: a person's name takes none
("Kelbrook Smith said", not "the Kelbrook Smith said"), where a product, a work or a landmark
does ("his Ford Mustang.", "the Hubble Space Telescope has"). A name that modifies the noun
after it is still a person's ("the Bob Dylan song", "the Mitchell brothers"), but not an index's
or an average's name ("the Dow Jones industrial average": a market's measure); a plural after
"the" is a party's or a team's (``evidence.plural_body``); "a" stands before a person's name
as a kind ("done that to a Mitt Romney")."""

from __future__ import annotations

import re

from .cues import FINITE_VERBS
from .lexicon import STOPWORDS

# (Read from the text: this is asked of every person-shaped name.)
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)[ \t\u00a0]+\Z"
)
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z][a-z'-]*)")
# A market's measure named by the name, perhaps with one word between: "industrial average".
_MEASURE = frozenset({"average", "averages", "index", "indices", "indexes"})
_TWO_WORDS_AFTER = re.compile(r"[ \t\u00a0]+[a-z][a-z'-]*[ \t\u00a0]+([a-z]+)")


def determined_thing(text: str, start: int, end: int, *, last: str) -> bool:
    """Whether the name at ``start:end`` (its last word ``last``) is a thing's: a determiner
    right before it, and after it a measure's noun or no noun it modifies (a verb, a function
    word, punctuation or a capital)."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) in _MEASURE:
        return True  # "the Dow Jones index"
    second = _TWO_WORDS_AFTER.match(text, end) if after is not None else None
    if second is not None and second.group(1) in _MEASURE:
        return True  # "the Dow Jones industrial average"
    if last[-1] == "s":
        return False
    if after is None:
        return True
    word = after.group(1)
    return word in FINITE_VERBS or word.endswith("ed") or word.capitalize() in STOPWORDS
