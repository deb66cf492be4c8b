"""find_dateline: the publication date printed at the top of an article, if there is one."""

from __future__ import annotations

import datetime as dt
import logging
import re

from ..spans import Span
from ..text import Doc
from .finder import find_dates

logger = logging.getLogger(__name__)

HEAD_CHARS = 200
# What may precede the date on its line: nothing, a label ("date", "Published:") with perhaps
# the time of day (pages and live blogs stamp "Updated 14:05 GMT, 2 November 2023"), or a
# wire-style dateline city with an optional agency ("WASHINGTON (AP)").
_PREFIX = re.compile(
    r"\W*(?:(?:date(?:line|d)?|published|posted|updated|last\s+updated|first\s+published|filed"
    r"|released)(?:\s+on)?\s*[:\-–—|]?\s*"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s*(?:,|on)?\s*)?"
    r"|(?-i:[A-Z][A-Z .,'’-]*(?:\([A-Za-z .]+\))?)[\s,_:|–—-]*"
    r"|by\s+[^\n|]{1,60}\|\s*)?",
    re.IGNORECASE,
)
# A dateline's date is complete, so its year is written in digits: without a publication date
# (unknown while the dateline is sought) no other date of the head gets a day's value either,
# for such a value is counted from a written date or the publication date.
_DIGIT = re.compile(r"\d")


def find_dateline(text: str | Doc) -> tuple[dt.date, Span] | None:
    """The publication date at the very top of ``text`` and its span, else None.

    Only a complete date (day, month and year) starting within the first 200 characters counts,
    and only when its line holds nothing before it but a label or a dateline city.
    """
    if isinstance(text, Doc):
        text = text.text
    head = text[: HEAD_CHARS + 40]
    if _DIGIT.search(head) is None:
        return None  # (most heads: the date scan is spared)
    for mention in find_dates(head):
        if mention.start >= HEAD_CHARS:
            break
        if mention.granularity != "day" or mention.value is None or mention.type != "DATE":
            continue
        line_start = head.rfind("\n", 0, mention.start) + 1
        prefix = head[line_start : mention.start]
        if _PREFIX.fullmatch(prefix) is None:
            logger.debug("date %r at the top is not a dateline (prefix %r)", mention.text, prefix)
            continue
        day = dt.date.fromisoformat(mention.value)
        return day, Span.of(text, mention.start, mention.end)
    return None
