"""The subject of a verb that "who" opens: the unnamed someone the relative clause hangs on.

"Fowler called out an online hater who accused his girlfriend of being a gold digger": the one
who accused her is "an online hater", whom the article does not name. The subject test
(subjects.py) reads a clause's subject from its opening to its verb; after "who" that is the
relative pronoun alone, which says nothing. Its antecedent is the noun phrase right before it,
and only an indefinite one ("a man who", "an abusive commenter known as 'fatalsplash' who") is
read here: that is someone the article leaves unnamed, so a name the claim gives the verb is
one the article does not give. A definite antecedent ("the man who", "the wife of X who")
may be anyone the article has named, a named one ("Anna Bell, who") is the swap test's, and
one in apposition after a comma ("John Smith, a man who") describes the name before it.
"""

from __future__ import annotations

from .features import Tok

INDEFINITE = frozenset({"a", "an"})
# Words that open a noun phrase: where the walk back from "who" stops.
_DETERMINERS = INDEFINITE | frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
)
MAX_ANTECEDENT = 6  # tokens from the determiner to "who" ("an abusive commenter known as X")
_BREAKS = frozenset(",;:()\u2014\u2013")


def indefinite_antecedent(ev: tuple[Tok, ...], head: int, text: str) -> tuple[int, int] | None:
    """The token range [a, w) of the indefinite noun phrase that the "who" right before the
    verb group at ``head`` stands for (``w`` is the index of "who"), or None."""
    w = head - 1
    if w < 1 or ev[w].norm != "who":
        return None
    for a in range(w - 1, max(-1, w - 1 - MAX_ANTECEDENT), -1):
        if not _BREAKS.isdisjoint(text[ev[a].end : ev[a + 1].start]) and a + 1 < w:
            return None  # (a comma inside: the phrase before it is another's)
        if ev[a].norm in _DETERMINERS:
            if ev[a].norm not in INDEFINITE or a + 1 == w:
                return None
            # "Smith, a man who attacked her": in apposition, the phrase describes the name
            appositive = a > 0 and "," in text[ev[a - 1].end : ev[a].start]
            return None if appositive else (a, w)
    return None
