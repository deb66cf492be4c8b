"""Senses of reporting verbs that report nothing, told by their object: "claim" as winning or
taking ("claimed the title", "the fire claimed 12 lives"), "show" giving something to a
person ("the referee showed him a red card", "show them video of the shooting") or arriving
("showed up at the debate"), "call"
and "know" naming ("a stream called Miracle Run", "what became known as the Buffett rule"),
and "report" from a place with nothing reported, a reporter's credit ("Julie Davis reported
from Midway Atoll.")."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    words,
)
from summariser.attribution.segment import QUOTES, Doc

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
LITERAL_LEMMAS = words("claim show call know report")
# Words that may end a name given by "called" (its clause goes on, or the sentence ends).
_NAME_ENDS = frozenset({",", ".", ";", ":", ")", "—", "--", "and", "in", "on", "at", "which"})
_MAX_MODIFIERS = 4  # tokens between "claimed" and the noun it takes


def literal_sense(doc: Doc, lemma: str, verb: int, hi: int) -> bool:
    """Whether the verb at ``verb`` (of ``lemma``) takes an object of its literal sense."""
    k = verb + 1
    if lemma == "know":
        return doc.lowers[verb] == "known" and k < hi and doc.lowers[k] == "as"
    if lemma == "call":
        return _naming(doc, verb, hi)
    if lemma == "report":
        # (a clause or quotation after the place is what was reported: "reported from Kabul
        # that ...")
        return (
            k + 1 < hi
            and doc.lowers[k] == "from"
            and doc.words[k + 1][0].isupper()
            and not any(
                doc.lowers[j] == "that" or doc.words[j] in QUOTES or doc.words[j] == ":"
                for j in range(k + 2, hi)
            )
        )
    if lemma == "show":
        if k < hi and doc.lowers[k] == "up":
            return True  # "The real Trump showed up at debate": the phrasal verb of arriving
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


def _naming(doc: Doc, verb: int, hi: int) -> bool:
    """Whether "called" right after a common noun gives that noun its name and nothing else ("a
    stream called Miracle Run."): one complement where the reporting sense takes two ("the
    senator called Trump a liar"), so the noun is the named thing, not a speaker."""
    if doc.lowers[verb] != "called" or verb == 0:
        return False
    before, low = doc.words[verb - 1], doc.lowers[verb - 1]
    if not (before.isalpha() and before.islower()) or low.endswith("ly"):
        return False
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS or low in AUXILIARIES or low in ADVERBS:
        return False  # "what he called tribalism", "who called", "has called"
    k = verb + 1
    if k >= hi or not (doc.words[k][0].isupper() or doc.words[k] in QUOTES):
        return False
    while k < hi and (doc.words[k][0].isupper() or doc.words[k] in QUOTES):
        k += 1
    # (a verb after the name makes the named noun a subject: "A group called X said ...")
    low = doc.lowers[k] if k < hi else ""
    return k == hi or low in _NAME_ENDS or low in AUXILIARIES or low in VERB_FORMS
