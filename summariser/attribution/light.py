"""Light verbs whose object is a noun of communication: the pair is the cue ("raised concerns
about", "cast doubt on", "issued a warning", "made the case for", "sounded the alarm")."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import DETERMINERS, words
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

# Each light verb with the nouns that make it report: the verb alone does something else
# ("raised prices", "cast a vote", "issued bonds", "made money").
LIGHT_OBJECTS: dict[str, frozenset[str]] = {
    "raise": words("concern concerns question questions doubt doubts alarm objection objections"),
    "cast": words("doubt doubts aspersions"),
    "issue": words(
        "statement statements warning warnings call appeal plea denial apology ultimatum "
        "threat threats rebuke challenge"
    ),
    "make": words(
        "case point claim claims argument statement remark remarks comment comments "
        "condemnation accusation accusations "
        "allegation allegations plea appeal pledge promise vow threat threats clear secret"
    ),
    "sound": words("alarm warning call"),
    "float": words("idea proposal possibility notion"),
    "level": words("accusation accusations allegation allegations charge charges criticism"),
    "lodge": words("complaint complaints objection objections protest"),
    "leave": words("doubt"),
}
# Modifiers allowed between the verb and its noun: "made a strong case", "left little doubt".
_MAX_GAP = 3
_MODIFIERS = DETERMINERS | words("little no strong compelling clear sharp serious new fresh it")
# A demonstrative or "the" before the noun points back to speech already reported ("made
# this statement", "made the comments"), but in idioms ("made the case", "sounded the alarm").
_ANAPHORIC = words("this these that those such")
_IDIOMS = words("case point alarm idea possibility question questions")
# Prepositions that close the cue: "raised concerns about", "made the case for".
_CLOSERS = words("about over on for of that against to")


def light_object_end(doc: Doc, lemma: str, after: int, hi: int) -> int | None:
    """One past the cue of light verb ``lemma`` whose object starts at ``after``, or None."""
    nouns = LIGHT_OBJECTS[lemma]
    for k in range(after, min(hi, after + _MAX_GAP + 1)):
        low = doc.lowers[k]
        pointing = low in _ANAPHORIC or (low == "the" and k + 1 < hi and doc.lowers[k + 1] in nouns)
        if pointing and doc.lowers[k + 1] not in _IDIOMS:
            return None  # "Trump made the comments Friday": said before, not new speech
        if low in nouns:
            end = k + 1
            if end < hi and doc.lowers[end] in _CLOSERS:
                end += 1
            return end
        if low not in _MODIFIERS and not (doc.words[k][0].islower() and low.isalpha()):
            return None
    return None
