"""Quotations that go on after their cue: '"We had the matchup we wanted," she told reporters.
"We just didn't execute it."' The second quotation is more of the same speech, so it is a
second fragment of the first one's content.

News writing marks a change of speaker by a new paragraph or by a cue of its own; a quotation
that opens the next sentence of the same paragraph, right after a sentence that quotes and
names its speaker, and that closes at a sentence's end, is the same speaker going on. One that
closes mid-sentence ('"B," she replied.', '"Ridiculous" was the word') has a cue or a frame of
its own and is left alone, as is one in a new paragraph.
"""

from __future__ import annotations

import bisect
import logging

from summariser.attribution.model import Found
from summariser.attribution.segment import CLOSE_QUOTES, OPEN_QUOTES, TOGGLE_QUOTES, Doc

logger = logging.getLogger(__name__)

_OPENING = OPEN_QUOTES | TOGGLE_QUOTES
_CLOSING = CLOSE_QUOTES | TOGGLE_QUOTES


def _token_at(doc: Doc, offset: int, lo: int, hi: int) -> int:
    """The index of the token of [lo, hi) that starts at character ``offset``, or -1."""
    k = bisect.bisect_left(doc.starts, offset, lo, hi)
    return k if k < hi and doc.starts[k] == offset else -1


def _continuation(doc: Doc, item: Found) -> tuple[int, int] | None:
    """The span of the quotation that goes on after ``item``'s sentence, or None."""
    content = item.content
    sentences = doc.sentences
    number = item.sentence
    if content is None or number + 1 >= len(sentences):
        return None
    lo, hi, paragraph = sentences[number]
    first = _token_at(doc, content[0], lo, hi)
    # The find quotes first and names its speaker after: '"...," she said.'
    if first < 0 or doc.words[first] not in _OPENING or content[1] > item.cue[0]:
        return None
    if doc.text[content[1] - 1] not in "\"'”’":
        return None
    after_lo, after_hi, after_paragraph = sentences[number + 1]
    if after_paragraph != paragraph or doc.words[after_lo] not in _OPENING:
        return None
    # A sentence ends outside quotation marks only, so the quotation closes inside the next
    # sentence; it must close that sentence: nothing follows the closing mark.
    quoted = doc.quoted
    close = after_lo + 1
    while close < after_hi and quoted[close]:
        close += 1
    if close != after_hi - 1 or close == after_lo + 1 or doc.words[close] not in _CLOSING:
        return None
    return doc.starts[after_lo], doc.ends[close]


def continue_quotations(found: list[Found], doc: Doc) -> None:
    """Give each find of ``found`` whose quotation goes on after its sentence the span of
    that quotation as ``continued`` (in place), unless another find's cue or content is in it."""
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(item.sentence, []).append(item)
    for item in found:
        span = _continuation(doc, item)
        if span is None:
            continue
        # Contents stay in their sentence but for a colon's follow-on, which starts there.
        near = by_sentence.get(item.sentence, []) + by_sentence.get(item.sentence + 1, [])
        parts = [other.cue for other in near] + [o.content for o in near if o.content]
        if not any(s < span[1] and span[0] < e for s, e in parts if (s, e) != item.content):
            item.continued = span
