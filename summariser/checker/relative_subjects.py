"""The subject of a verb that "who" opens: the unnamed someone the relative clause hangs on.

"Fowler called out an online hater who accused his girlfriend of being a gold digger": the one
who accused her is "an online hater", whom the article does not name. The subject test
(subjects.py) reads a clause's subject from its opening to its verb; after "who" that is the
relative pronoun alone, which says nothing. Its antecedent is the noun phrase right before it,
and only an indefinite one ("a man who", "an abusive commenter known as 'fatalsplash' who") is
read here: that is someone the article leaves unnamed, so a name the claim gives the verb is
one the article does not give. A definite antecedent ("the man who", "the wife of X who")
may be anyone the article has named, and one in apposition after a comma ("John Smith, a man
who") describes the name before it.

A named one after a comma is read too ("Perth and Kinross Council, which owns the building";
"Manchester United, who made an offer"): a non-restrictive relative adds a predicate of the
name it follows, so a claim giving that predicate to another party of the story contradicts it.
Not when the name is a preposition's object and the relative may hang on the noun before it
("a centrepiece by James Keir, which", "the son of X, who").
"""

from __future__ import annotations

from ..actors.lexicon import ENTITY_NOUNS, KIN_NOUNS, PERSON_NOUNS
from .features import Tok
from .lexicon import PREPOSITIONS

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


_WHO_NOUNS = PERSON_NOUNS | KIN_NOUNS | ENTITY_NOUNS  # nouns a "who" may stand for
_JOINERS = frozenset({"of", "and", "&"})  # inside a name: "Perth and Kinross Council"


def named_antecedent(ev: tuple[Tok, ...], head: int, text: str) -> tuple[int, int] | None:
    """The token range of the name that a "who" or "which" after a comma, right before the
    verb group at ``head``, stands for, or None."""
    w = head - 1
    if w < 2 or ev[w].norm not in ("who", "which") or "," not in text[ev[w - 1].end : ev[w].start]:
        return None
    a = w
    while a > 0 and _BREAKS.isdisjoint(text[ev[a - 1].end : ev[a].start] if a < w else ""):
        t = ev[a - 1]
        joins = t.norm in _JOINERS and 1 < a < w and ev[a - 2].cap and ev[a - 2].content
        if not (t.cap and t.content) and not joins:
            break
        a -= 1
    if a == w:
        return None
    if a == 0 or ev[a - 1].norm not in PREPOSITIONS:
        return a, w
    # (the relative may hang on the noun before the preposition)
    return None if ev[w].norm == "which" or a < 2 or ev[a - 2].norm in _WHO_NOUNS else (a, w)
