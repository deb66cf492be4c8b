"""Senses of reporting verbs that report nothing, told by their object: "claim" as winning or
taking ("claimed the title", "the fire claimed 12 lives"), and "show" giving something to a
person ("the referee showed him a red card", "show them video of the shooting")."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import AUXILIARIES, VERB_FORMS, words
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

# What one wins or takes: prizes, places, points, victims. ("victory" is left out: "claimed
# victory" is as often a declaration as a win.)
_PRIZES = words(
    """title titles crown trophy trophies cup medal medals gold silver bronze prize prizes
    jackpot championship double treble hat-trick points point place spot seat seats pole
    stage wicket wickets scalp ball possession lives life victims"""
)
_OBJECT_PRONOUNS = words("him her them me us")
# What a person is shown: a determiner or a picture noun after the pronoun.
_SHOWN = words("a an the his her their its our my some video footage pictures photos images")
LITERAL_LEMMAS = words("claim show")
_MAX_MODIFIERS = 4  # tokens between "claimed" and the noun it takes


def literal_sense(doc: Doc, lemma: str, verb: int, hi: int) -> bool:
    """Whether the verb at ``verb`` (of ``lemma``) takes an object of its literal sense."""
    k = verb + 1
    if lemma == "show":
        return k + 1 < hi and doc.lowers[k] in _OBJECT_PRONOUNS and doc.lowers[k + 1] in _SHOWN
    if lemma != "claim":
        return False
    for j in range(k, min(hi, k + _MAX_MODIFIERS)):
        low = doc.lowers[j]
        if low in _PRIZES:
            # "claimed the points were unfair": a verb after the noun makes it a clause.
            nxt = doc.lowers[j + 1] if j + 1 < hi else ""
            return nxt not in AUXILIARIES and nxt not in VERB_FORMS
        if not doc.words[j][0].isalnum() or low in {"that", "to"}:
            return False
    return False
