"""Participles dated by a time phrase in a subject: "A study published in May found ...",
"Figures released yesterday show ...", "a report issued last week". The time tells when the
document appeared, so the participle describes the subject and the finite verb after it is
the clause's own."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    SPEECH_LEMMAS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.phrases import is_content_word
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

TIME_NOUNS = words("week month year weekend morning afternoon evening night summer spring fall")
TIME_DEICTICS = words("this last next that each every earlier later past")
_PLURAL_TIMES = words("days weeks months years decades")
_NUMBER_WORDS = words("a two three four five six seven eight nine ten several few")
_DATE_PREPOSITIONS = words("in on")
_YEARS = frozenset(str(year) for year in range(1900, 2100))
# The words a time phrase may end or start with: cheap tests before a look.
DATE_ENDS = TIME_NOUNS | TIME_WORDS | _YEARS | {"ago", "may"}
# Words that open a participle's time or place phrase, for a cheap test before a look (with
# "at": a place may open it as well as a time). "that" and "a" are left out: after a verb they
# open a clause or an object far more often than "that week" or "a week ago".
TIME_OPENERS = (TIME_WORDS | TIME_DEICTICS | _NUMBER_WORDS | words("in on at")) - {"that", "a"}


def time_start(doc: Doc, last: int, lo: int) -> int | None:
    """Start of a time phrase ending at ``last`` ("Tuesday", "last week", "earlier this year",
    "two weeks ago", "in May", "in 2019"), else None. "May" is a month only after "in"."""
    low = doc.lowers[last]
    start: int | None = None
    if low == "ago":
        k = last - 1
        if (
            k - 1 >= lo
            and doc.lowers[k] in _PLURAL_TIMES
            and (doc.lowers[k - 1] in _NUMBER_WORDS or doc.lowers[k - 1].isdigit())
        ):
            start = k - 1
    elif low in TIME_NOUNS:
        if last - 1 >= lo and doc.lowers[last - 1] in TIME_DEICTICS:
            start = last - 1
    elif low in TIME_WORDS or low in _YEARS:
        start = last
        if last - 1 >= lo and doc.lowers[last - 1] in {"last", "this", "next"}:
            start = last - 1
    elif low == "may" and last - 1 >= lo and doc.lowers[last - 1] == "in":
        return last - 1
    if start is None:
        return None
    if start - 1 >= lo and doc.lowers[start - 1] in {"earlier", "later"}:
        start -= 1  # "earlier this year"
    if start - 1 >= lo and doc.lowers[start - 1] in _DATE_PREPOSITIONS:
        start -= 1
    return start


def time_end(doc: Doc, at: int, hi: int) -> int | None:
    """End (exclusive) of a time phrase starting at ``at`` (as ``time_start``), else None."""
    k = at
    if k < hi and doc.lowers[k] in _DATE_PREPOSITIONS:
        k += 1
    if k < hi and doc.lowers[k] in {"earlier", "later"}:
        k += 1
    if k + 1 < hi and doc.lowers[k] in TIME_DEICTICS and doc.lowers[k + 1] in TIME_NOUNS:
        return k + 2
    if k + 1 < hi and doc.lowers[k] in {"last", "this", "next"} and doc.lowers[k + 1] in TIME_WORDS:
        return k + 2
    if k < hi and (doc.lowers[k] in TIME_WORDS or doc.lowers[k] in _YEARS):
        return k + 1
    if k < hi and doc.lowers[k] == "may" and k > at and doc.lowers[k - 1] == "in":
        return k + 1
    if (
        k + 2 < hi
        and (doc.lowers[k] in _NUMBER_WORDS or doc.lowers[k].isdigit())
        and doc.lowers[k + 1] in _PLURAL_TIMES
        and doc.lowers[k + 2] == "ago"
    ):
        return k + 3
    return None


def participle(doc: Doc, i: int) -> bool:
    """Whether token ``i`` reads as a past participle ("released", "seen", "drawn")."""
    low = doc.lowers[i]
    if not doc.words[i][0].islower() or low in AUXILIARIES:
        return False
    form = CUE_FORMS.get(low)
    return (form is not None and form[1] == "past") or low.endswith(("ed", "en", "wn"))


def issuing_participle(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a regular participle not of speech ("published", "released"):
    "said" or "claimed on Wednesday" are a clause's own verbs."""
    low = doc.lowers[i]
    form = CUE_FORMS.get(low)
    if form is not None and form[0] in SPEECH_LEMMAS:
        return False
    return low.endswith(("ed", "en")) and participle(doc, i)


def dated_participle(doc: Doc, i: int, last: int) -> bool:
    """Whether token ``i`` is a participle of issuing dated by the time phrase ending at
    ``last`` ("figures published on Thursday", "a report released last week")."""
    if doc.lowers[last] not in TIME_WORDS and doc.lowers[last] not in TIME_NOUNS:
        return False
    return issuing_participle(doc, i)


def dated_before(doc: Doc, last: int, lo: int) -> int | None:
    """The participle before a time phrase ending at ``last`` ("released yesterday",
    "published in May", "issued two weeks ago"), else None."""
    start = time_start(doc, last, lo)
    if start is None or start - 1 <= lo or not issuing_participle(doc, start - 1):
        return None
    return start - 1


def finite_at(doc: Doc, at: int) -> bool:
    """Whether token ``at`` is a finite verb form, past or -s ("found", "shows")."""
    if not doc.words[at][0].islower():
        return False
    form = VERB_FORMS.get(doc.lowers[at])
    return form is not None and form[1] in {"past", "third"}


PLACE_PREPOSITIONS = words("in on at")
MAX_PHRASES = 12
_DASHES = frozenset(
    {"-", "–", "—", "--"}
)  # tokens of the place and time phrases after a participle


def placed_before(doc: Doc, last: int, lo: int) -> int | None:
    """The participle before place and time phrases ending at ``last`` ("A study published in
    the Lancet on Monday", "Research published last year in a journal"), else None."""
    first = max(lo + 1, last - MAX_PHRASES)
    for j in range(last - 1, first - 1, -1):
        low = doc.lowers[j]
        nxt = doc.lowers[j + 1]
        if (
            (
                nxt in PLACE_PREPOSITIONS
                or (nxt in TIME_OPENERS and time_end(doc, j + 1, last + 1) is not None)
            )
            and low.endswith("ed")
            and issuing_participle(doc, j)
        ):
            return j  # (only "-ed": "the deaths of black men at police hands" has no verb)
        if low in _DASHES or not (
            low in PLACE_PREPOSITIONS
            or low in DETERMINERS
            or low in TIME_WORDS
            or low in TIME_DEICTICS
            or is_content_word(doc, j)
        ):
            return None
    return None
