"""Owned reporting nouns as cues: "Trump's claim that ...", "his obsession with ..."."""

from __future__ import annotations

import logging

from summariser.attribution.content import trim
from summariser.attribution.lexicon import NOUN_CUES, words
from summariser.attribution.model import Found
from summariser.attribution.phrases import np_left
from summariser.attribution.segment import Doc
from summariser.attribution.verbs import make_found

logger = logging.getLogger(__name__)

# Words that open the content of an owned reporting noun: "his claim that", "her views on".
_NOUN_FOLLOWERS = words("that to : about of on for against with over")


def noun_cue(doc: Doc, noun: int, number: int) -> Found | None:
    """ "Trump's claim that ...", "his promise to ...": an owned reporting noun with content."""
    lo, hi, _ = doc.sentences[number]
    if noun - 1 < lo or noun + 1 >= hi:
        return None
    owner = noun - 1
    low = doc.lowers[owner]
    if not (low in {"his", "her", "their", "its"} or low.endswith(("’s", "'s"))):
        return None
    follower = doc.lowers[noun + 1]
    if follower not in _NOUN_FOLLOWERS and doc.words[noun + 1] not in {"“", '"'}:
        return None
    first = owner if low in {"his", "her", "their", "its"} else (np_left(doc, owner, lo) or owner)
    content = trim(doc, noun + 1, hi)
    return make_found(doc, noun, noun + 1, (first, owner), content, number, None)


def is_noun_cue(word: str) -> bool:
    """Whether a lowercased token is a reporting noun."""
    return word in NOUN_CUES
