"""Where a pronoun's antecedent may stand: back through the sentences that keep referring to
the same person.

"Born in Lyon in 1933, Moreau-Laurent studied under Jean Prouvé. She was one of the first women
... Her best-known building ... Critics were less kind to her 1985 extension ... She married the
engineer Paul Laurent in 1960." Each sentence from the name on holds a form of "she": the run
carries the name to the last "She", however many sentences back it stands. Only a gendered
pronoun (he, she) is followed so: "it" and "they" may refer to any company, team or group of
a sentence, so a run of them ties nothing together. Past the sentences right before the
pronoun, a name counts only where it can be the run's topic: whole, and neither a possessor
nor a preposition's object. "Promise Tamang has turned herself into Maleficent, Angelina
Jolie's character" and "Moreau-Laurent studied under Jean Prouvé" speak of Promise Tamang and
of Moreau-Laurent. A sentence wholly in quotation marks ('"I have never cancelled a show in my
career."') is the speaker's own words: it carries the run on rather than breaking it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .lexicon import PREPOSITIONS
from .prepare import PreparedArticle

# The forms of a gendered subject pronoun (its object, possessive and reflexive).
FORMS = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}
_APOSTROPHES = ("'", "\u2019")
_QUOTES = '"\u201c\u201d'


def names_antecedent(
    art: PreparedArticle, sid: int, pronoun: str, name: frozenset[str], *, back: int
) -> bool:
    """Whether the sentences before sentence ``sid`` give the name (its content stems) that its
    ``pronoun`` may stand for: any of the ``back`` sentences right before it, or, when each of
    an unbroken run of sentences right before it holds a form of the same gendered pronoun, a
    sentence of the run or the one that opens it, where the whole name stands neither as a
    possessor nor after a preposition."""
    lo = max(0, sid - back)
    if any(name & art.sentences[k].stems for k in range(lo, sid)):
        return True
    forms = FORMS.get(pronoun)
    if forms is None:
        return False
    first = sid
    while first > 0 and (
        not forms.isdisjoint(t.norm for t in art.sentences[first - 1].toks)
        or _quoted(art, first - 1)
    ):
        first -= 1
    return any(
        name & art.sentences[k].stems and _named(art.sentences[k].toks, name, art.text)
        for k in range(max(0, first - 1), lo)
    )


def _named(toks: Sequence[Tok], name: frozenset[str], text: str) -> bool:
    """Whether the tokens hold all the name's words together, neither after a preposition
    ("under Jean Prouvé") nor as a possessor ("Jolie's")."""
    k = 0
    while k < len(toks):
        if toks[k].stem not in name:
            k += 1
            continue
        governed = k > 0 and toks[k - 1].norm in PREPOSITIONS
        run = {toks[k].stem}
        while k + 1 < len(toks) and toks[k + 1].stem in name:
            k += 1
            run.add(toks[k].stem)
        if not governed and run == name and not text.startswith(_APOSTROPHES, toks[k].end):
            return True
        k += 1
    return False


def _quoted(art: PreparedArticle, sid: int) -> bool:
    """Whether sentence ``sid`` stands wholly within quotation marks."""
    toks = art.sentences[sid].toks
    if not toks:
        return False
    before = art.text[max(0, toks[0].start - 3) : toks[0].start].strip()
    after = art.text[toks[-1].end : toks[-1].end + 3].lstrip(".!?,")
    return before[-1:] in _QUOTES and after[:1] in _QUOTES
