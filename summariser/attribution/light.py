"""Light verbs whose object is a noun of communication: the pair is the cue ("raised concerns
about", "cast doubt on", "issued a warning", "made the case for", "sounded the alarm")."""

from __future__ import annotations

import logging

from summariser.attribution.idioms import aim_end
from summariser.attribution.lexicon import DETERMINERS, words
from summariser.attribution.phrases import np_right
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

# Objects of "draw" that are a reaction to the subject: the reacting source follows "from"
# ("The plan drew criticism from environmental groups", "drew the ire of conservatives"); not
# "fire", as often gunfire ("the patrol drew fire from militants").
REACTIONS: frozenset[str] = words(
    "criticism condemnation praise ire wrath rebuke scorn ridicule outrage backlash "
    "objections complaints applause plaudits"
)
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
    # "drew parallels between", "drew criticism from X" (see REACTIONS).
    "draw": words(
        "parallel parallels comparison comparisons link links distinction contrast conclusion "
        "conclusions"
    )
    | REACTIONS,
    "take": words("issue exception offense offence umbrage"),
    "strike": words("tone note"),  # "struck a conciliatory tone" ("struck a chord" resonates)
    "distance": words("itself himself herself themselves myself ourselves yourself"),
}
# Prepositions that close the cue of one light verb, instead of _CLOSERS.
_OWN_CLOSERS: dict[str, frozenset[str]] = {
    "draw": words("from of between with to"),
    "take": words("with to at"),
    "distance": words("from"),
}
# Verbs whose particle, then an object of communication, make a reply: "brushed off the
# criticism", "shrugged off questions about" (not "brushed off the dust", "shrugged off an
# injury"). The cue is the verb and its particle.
_DISMISSALS: dict[str, frozenset[str]] = {
    "brush": words("off aside"),
    "shrug": words("off"),
    "wave": words("off away aside"),
    "laugh": words("off"),
}
_DISMISSED = words(
    """criticism criticisms concern concerns question questions suggestion suggestions claim
    claims allegation allegations accusation accusations report reports rumour rumours rumor
    rumors speculation call calls comparison comparisons doubt doubts worries fears warning
    warnings complaint complaints remarks comments idea notion threat threats talk"""
)
# Words that make the object of "hit out at" a target of words, not of blows: a reason
# follows it ("hit out at the council over the budget", "at Jones, calling him ...").
_REASONS = words("over for after about , as")
_AIMS = words("aim a another")  # "took aim at", "took a swipe at" (idioms.py)
# Modifiers allowed between the verb and its noun: "made a strong case", "left little doubt".
_MAX_GAP = 3
_MODIFIERS = DETERMINERS | words("little no strong compelling clear sharp serious new fresh it")
# A demonstrative or "the" before the noun points back to speech already reported ("made
# this statement", "made the comments"), but in idioms ("made the case", "sounded the alarm").
_ANAPHORIC = words("this these that those such")
_IDIOMS = words("case point alarm idea possibility question questions")
# Prepositions that close the cue: "raised concerns about", "made the case for".
_CLOSERS = words("about over on for of that against to")


def _object_noun(doc: Doc, nouns: frozenset[str], after: int, hi: int) -> int | None:
    """The token of a noun of ``nouns`` heading the object that starts at ``after``."""
    for k in range(after, min(hi, after + _MAX_GAP + 1)):
        low = doc.lowers[k]
        if low in nouns:
            return k
        if low not in _MODIFIERS and not (doc.words[k][0].islower() and low.isalpha()):
            return None
    return None


def _verbal_target(doc: Doc, at: int, hi: int) -> bool:
    """Whether the object after "hit out at" is a target of words: named, plural, owned or
    followed by a reason ("the referees", "Jones", "the council over ..."); "the ball" and
    "the attacker" are targets of blows."""
    first = at + 1
    if first >= hi:
        return False
    if doc.words[first][0].isupper():
        return True
    for k in range(first, min(hi, first + _MAX_GAP + 1)):
        low = doc.lowers[k]
        if low.endswith(("’s", "'s")):
            return True
        if low in _MODIFIERS:
            continue
        nxt = doc.lowers[k + 1] if k + 1 < hi else "."
        if nxt in _REASONS or nxt in {"’s", "'s"}:
            return True
        if not (nxt.isalpha() and doc.words[k + 1][0].islower()) or nxt in _CLOSERS:
            return low.endswith("s") and not low.endswith("ss")
    return False


def light_object_end(doc: Doc, lemma: str, after: int, hi: int) -> int | None:
    """One past the cue of light verb ``lemma`` whose object starts at ``after``, or None."""
    if lemma == "hit":  # "hit back", "hit out at the referees"
        if after < hi and doc.lowers[after] == "back":
            return after + 1
        if after + 1 < hi and doc.lowers[after : after + 2] == ["out", "at"]:
            return after + 2 if _verbal_target(doc, after + 1, hi) else None
        return None
    if lemma == "take" and after < hi and doc.lowers[after] in _AIMS:
        return aim_end(doc, after, hi)  # "took aim at the plan" (not "at the deer")
    particles = _DISMISSALS.get(lemma)
    if particles is not None:
        if after >= hi or doc.lowers[after] not in particles:
            return None
        return after + 1 if _object_noun(doc, _DISMISSED, after + 1, hi) is not None else None
    nouns = LIGHT_OBJECTS[lemma]
    closers = _OWN_CLOSERS.get(lemma, _CLOSERS)
    for k in range(after, min(hi, after + _MAX_GAP + 1)):
        low = doc.lowers[k]
        pointing = low in _ANAPHORIC or (low == "the" and k + 1 < hi and doc.lowers[k + 1] in nouns)
        if pointing and doc.lowers[k + 1] not in _IDIOMS and doc.lowers[k + 1] not in REACTIONS:
            return None  # "Trump made the comments Friday": said before, not new speech
        if low in nouns:
            end = k + 1
            if end < hi and doc.lowers[end] in closers:
                end += 1
            return end
        if low not in _MODIFIERS and not (doc.words[k][0].islower() and low.isalpha()):
            return None
    return None


def reacting_source(doc: Doc, verb: int, cue_end: int, hi: int) -> tuple[int, int] | None:
    """The source of a reaction drawn by the subject ("drew criticism from X", "drew the ire
    of X"): the phrase after the cue's closing "from" or "of", or None."""
    if doc.lowers[cue_end - 1] not in {"from", "of"}:
        return None
    end = np_right(doc, cue_end, hi, appositive=False)
    return None if end is None else (cue_end, end - 1)
