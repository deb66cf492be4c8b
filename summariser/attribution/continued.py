"""Contents that go on after their cue. A quotation: '"We had the matchup we wanted," she told
reporters. "We just didn't execute it."', '"If you look back," Scott said, "I could have written
those things."' The second quotation is more of the same speech, so it is a further fragment of
the first one's content. A sentence around a reporting clause set off by commas: "Climate change,
Mr. Obama often says, is the greatest threat" (the content is both sides of the cue).

News writing marks a change of speaker by a new paragraph or by a cue of its own. A quotation
that opens the next sentence of the same paragraph, right after a sentence that quotes and
names its speaker, and that closes at that sentence's end, is the same speaker going on; so is
one that resumes after a comma in the sentence of the cue. One that closes mid-sentence ('"B,"
she replied.', '"Ridiculous" was the word') has a cue or a frame of its own and is left alone,
as is one in a new paragraph or after "and". After a parenthetical cue, a coordinated clause
("..., the ministry said, and new talks were planned"), a participle's phrase or a relative
clause is the writer's.
"""

from __future__ import annotations

import bisect
import logging

from summariser.attribution.lexicon import VERB_FORMS, words
from summariser.attribution.model import Found
from summariser.attribution.segment import CLOSE_QUOTES, OPEN_QUOTES, TOGGLE_QUOTES, Doc

logger = logging.getLogger(__name__)

_OPENING = OPEN_QUOTES | TOGGLE_QUOTES
_CLOSING = CLOSE_QUOTES | TOGGLE_QUOTES
_MARKS = "\"'”’"  # a quotation's last character

# Words that open another clause after a cue: no quotation after them resumes the cue's, and
# after a parenthetical cue neither they nor a relative word nor a participle (tested by its
# "-ing") opens the rest of the reported clause.
_COORDINATORS = words("and but or nor yet so while whereas though although")
_NOT_REST = _COORDINATORS | words("who which whose")


def _token_at(doc: Doc, offset: int, lo: int, hi: int) -> int:
    """The index of the token of [lo, hi) that starts at character ``offset``, or -1."""
    k = bisect.bisect_left(doc.starts, offset, lo, hi)
    return k if k < hi and doc.starts[k] == offset else -1


def _quotation_first(doc: Doc, item: Found) -> bool:
    """Whether ``item`` quotes first and names its speaker after: a content that is a
    quotation ('"...," she said') or ends in one cut by the cue ('The answers are "not
    meeting the demand," says ...')."""
    content = item.content
    text = doc.text
    if content is None or content[1] > item.cue[0] or text[content[1] - 1] not in _MARKS:
        return False
    if text[content[1] - 2] == ",":
        return True
    lo, hi, _ = doc.sentences[item.sentence]
    first = _token_at(doc, content[0], lo, hi)
    return first >= 0 and doc.words[first] in _OPENING


def _closing(doc: Doc, opening: int, hi: int) -> int:
    """The closing mark of the quotation opened at token ``opening``, before ``hi``; -1 if
    there is none, or nothing is quoted."""
    quoted = doc.quoted
    close = opening + 1
    while close < hi and quoted[close]:
        close += 1
    if close >= hi or close == opening + 1 or doc.words[close] not in _CLOSING:
        return -1
    return close


def _resumed(doc: Doc, item: Found) -> tuple[int, int] | None:
    """The quotation that resumes in the same sentence after the cue, past a comma ('"If you
    look back," Scott said, "I could have written those things last week."'), or None."""
    lo, hi, _ = doc.sentences[item.sentence]
    cue_end = bisect.bisect_left(doc.starts, item.cue[1], lo, hi)
    toks = doc.words
    for k in range(cue_end, hi):
        if doc.lowers[k] in _COORDINATORS:
            return None  # '"A," he said, and the crowd shouted, "B"': another clause's
        if toks[k] in _OPENING and not doc.quoted[k] and toks[k - 1] == ",":
            close = _closing(doc, k, hi)
            return None if close < 0 else (doc.starts[k], doc.ends[close])
    return None


def _next_sentence(doc: Doc, item: Found) -> tuple[int, int] | None:
    """The quotation that opens the next sentence of the paragraph and closes it, or None."""
    number = item.sentence
    if number + 1 >= len(doc.sentences):
        return None
    paragraph = doc.sentences[number][2]
    after_lo, after_hi, after_paragraph = doc.sentences[number + 1]
    if after_paragraph != paragraph or doc.words[after_lo] not in _OPENING:
        return None
    # A sentence ends outside quotation marks only, so the quotation closes inside the next
    # sentence; it must close that sentence: nothing follows the closing mark.
    close = _closing(doc, after_lo, after_hi)
    return None if close != after_hi - 1 else (doc.starts[after_lo], doc.ends[close])


_MAX_AFTER_CUE = 4  # tokens between a parenthetical cue and its closing comma ("on Tuesday")


def _after_parenthetical(doc: Doc, item: Found) -> tuple[int, int] | None:
    """The rest of the sentence after a reporting clause set off by commas inside it ("Climate
    change, Mr. Obama often says, is the greatest threat"), or None."""
    content, source = item.content, item.source
    if content is None or source is None or not content[1] <= source[0] < item.cue[0]:
        return None
    lo, hi, _ = doc.sentences[item.sentence]
    toks = doc.words
    # Set off by commas on both sides: "X, he said, Y", not "After the union objected, Y".
    if doc.text[content[1] : source[0]].strip() != ",":
        return None
    at = bisect.bisect_left(doc.starts, item.cue[1], lo, hi)
    comma = next((k for k in range(at, min(hi, at + _MAX_AFTER_CUE + 1)) if toks[k] == ","), -1)
    if comma < 0 or any(not toks[k][0].isalnum() for k in range(at, comma)):
        return None
    first = comma + 1
    stop = hi
    while stop > first and not toks[stop - 1][0].isalnum() and toks[stop - 1] not in _MARKS:
        stop -= 1
    if stop <= first or doc.lowers[first] in _NOT_REST or toks[first] in _OPENING:
        return None
    if doc.lowers[first].endswith("ing"):
        return None
    return doc.starts[first], doc.ends[stop - 1]


def _verb_cue(doc: Doc, item: Found) -> bool:
    """Whether the cue ends in a reporting verb (not "according to", a noun or a colon)."""
    last = doc.text[item.cue[0] : item.cue[1]].lower().rsplit(None, 1)
    return bool(last) and last[-1] in VERB_FORMS


def continue_contents(found: list[Found], doc: Doc) -> None:
    """Give each find of ``found`` the fragments of its content after its cue, as ``continued``
    (in place): the quotations that go on after a find that quotes first, in its sentence and
    in the next, or the rest of a sentence after a parenthetical cue; none that holds another
    find's cue or content."""
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(item.sentence, []).append(item)
    for item in found:
        if _quotation_first(doc, item):
            spans = (_resumed(doc, item), _next_sentence(doc, item))
        elif _verb_cue(doc, item):
            spans = (_after_parenthetical(doc, item), None)
        else:
            continue
        # Contents stay in their sentence but for a colon's follow-on, which starts there.
        near = by_sentence.get(item.sentence, []) + by_sentence.get(item.sentence + 1, [])
        parts = [other.cue for other in near] + [
            o.content for o in near if o.content and o is not item
        ]
        item.continued = tuple(
            span
            for span in spans
            if span is not None and not any(s < span[1] and span[0] < e for s, e in parts)
        )
