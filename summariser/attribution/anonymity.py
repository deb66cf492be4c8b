"""The formula by which a source stays unnamed ("who asked not to be named because ...", "who
spoke on condition of anonymity", "who declined to be identified"): it says why the source
is not named, not what was said, so it reports nothing and belongs to the source's phrase."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import words
from summariser.attribution.phrases import np_left
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

_ASKING = words("asked asking requested requesting declined declining refused refusing")
_SPEAKING = words("spoke speaking talked talking")
_NAMING = words("named identified quoted")
# Every word of the formula that may be read as a reporting verb.
FORMULA_WORDS = _ASKING | _SPEAKING | _NAMING
# Words that open the reason given after the formula ("because the talks are private").
_REASONS = words("because as since so when while to")
_MAX_SUBJECT = 30  # tokens between "who" and the main verb


def anonymity_end(doc: Doc, i: int, hi: int) -> int | None:
    """End (exclusive) of the formula whose verb is token ``i``, else None."""
    low = doc.lowers[i]
    k = i + 1
    if low in _SPEAKING:
        if doc.lowers[k : k + 1] == ["on"]:
            k += 1 + (doc.lowers[k + 1 : k + 2] == ["the"])
            if doc.lowers[k : k + 3] == ["condition", "of", "anonymity"]:
                return k + 3 if k + 3 <= hi else None
        return None
    if low not in _ASKING:
        return None
    if doc.lowers[k : k + 1] == ["anonymity"]:
        return k + 1  # "who requested anonymity"
    if doc.lowers[k : k + 1] == ["not"]:
        k += 1
    if doc.lowers[k : k + 2] != ["to", "be"]:
        return None
    k += 2
    if k < hi and doc.lowers[k].endswith("ly"):
        k += 1  # "publicly", "officially"
    return k + 1 if k < hi and doc.lowers[k] in _NAMING else None


def in_anonymity(doc: Doc, verb: int, lo: int, hi: int) -> bool:
    """Whether the verb at ``verb`` is part of the formula ("asked", "identified" in "who
    declined to be identified")."""
    for start in range(max(lo, verb - 4), verb + 1):
        if doc.lowers[start] in _ASKING or doc.lowers[start] in _SPEAKING:
            end = anonymity_end(doc, start, hi)
            if end is not None and end > verb:
                return True
    return False


def anonymous_subject(doc: Doc, prev: int, lo: int) -> tuple[int, int] | None:
    """The subject ending at ``prev`` that holds a relative clause with the formula and its
    reason ("A person who asked not to be named because the talks are private"), else None."""
    first = max(lo, prev - _MAX_SUBJECT)
    if "who" not in doc.lowers[first:prev]:
        return None
    for j in range(prev - 1, first - 1, -1):
        if doc.lowers[j] != "who":
            continue
        end = anonymity_end(doc, j + 1, prev + 1)
        if end is None or j - 1 < lo:
            return None
        if end <= prev and (doc.lowers[end] not in _REASONS or "," in doc.words[end : prev + 1]):
            return None
        start = np_left(doc, j - 1, lo)
        return None if start is None else (start, prev)
    return None
