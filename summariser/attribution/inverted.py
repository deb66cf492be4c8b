"""The subject after its verb in an inverted reporting clause ('"...," said Smith.',
"..., said a police spokesman, Sgt. John Smith.")."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import DETERMINERS, TIME_WORDS, words
from summariser.attribution.phrases import np_right
from summariser.attribution.reading import plural_subject
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)


def inverted_source(doc: Doc, cue_end: int, hi: int) -> tuple[int, int] | None:
    """The subject after the cue in '"...," said Smith.' (inclusive token range)."""
    end = np_right(doc, cue_end, hi)
    if end is None:
        return None
    # "said Smith, who ..." is fine; "said the plan would ..." is not an inverted subject.
    if (
        end < hi
        and doc.words[end] not in {",", ".", ";", ":", "!", "?", "—", "--"}
        and doc.lowers[end] not in {"who", "in", "on", "at", "during", "after", "before", "for"}
    ):
        return None
    if doc.lowers[cue_end] in DETERMINERS and end - cue_end < 2:
        return None
    if end < hi and doc.words[end] == "," and doc.lowers[cue_end] in DETERMINERS:
        end = _apposed_name(doc, end, hi) or end
    return cue_end, end - 1


# Pronouns that stand alone as an inverted subject ('"...," said another.').
_LONE_PRONOUNS = words("another one someone everyone everybody nobody none either neither")


def bare_object(doc: Doc, source: tuple[int, int], lo: int, hi: int) -> bool:
    """Whether an inverted subject after a bare comma is a lowercase singular noun without
    article: no speaker, but a mass or abstract noun, the verb's object ("mining companies,
    including Patriot, declared bankruptcy."). Only where the sentence writes names with
    capitals: in lower-cased copy "..., said smyth." names a speaker."""
    first, last = source
    if first != last or not any(w[0].isupper() for w in doc.words[lo + 1 : hi]):
        return False
    return _bare_singular(doc, first)


def _bare_singular(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a lowercase singular noun, no pronoun that stands alone."""
    word, low = doc.words[k], doc.lowers[k]
    return (
        word.isalpha() and word.islower() and not plural_subject(low) and low not in _LONE_PRONOUNS
    )


_MAX_NAME = 6


def _apposed_name(doc: Doc, comma: int, hi: int) -> int | None:
    """End of a name apposed to a description ("said a police spokesman, Sgt. John Smith."):
    two or more capitalised words, titles included, closing the sentence or its clause."""
    if not doc.words[comma - 1][0].islower():
        return None  # the description's head is a common noun
    k = comma + 1
    while k < hi and k - comma <= _MAX_NAME and doc.words[k] not in {",", "."}:
        word = doc.words[k]
        if not word[0].isupper() or word in QUOTES or doc.lowers[k] in TIME_WORDS:
            return None
        k += 1
    return k if k - comma > 2 and (k == hi or doc.words[k] in {",", "."}) else None
