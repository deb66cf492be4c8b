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
# What may precede the date on its line: nothing, a label ("date", "Published:"), or a
# wire-style dateline city with an optional agency ("WASHINGTON (AP)").
_PREFIX = re.compile(
    r"\W*(?:(?:date(?:line|d)?|published|posted|updated|last\s+updated|first\s+published|filed"
    r"|released)(?:\s+on)?\s*[:\-–—|]?\s*"
    r"|(?-i:[A-Z][A-Z .,'’-]*(?:\([A-Za-z .]+\))?)[\s,_:|–—-]*"
    r"|by\s+[^\n|]{1,60}\|\s*)?",
    re.IGNORECASE,
)


def find_dateline(text: str | Doc) -> tuple[dt.date, Span] | None:
    """The publication date at the very top of ``text`` and its span, else None.

    Only a complete date (day, month and year) starting within the first 200 characters counts,
    and only when its line holds nothing before it but a label or a dateline city.
    """
    if isinstance(text, Doc):
        text = text.text
    head = text[: HEAD_CHARS + 40]
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
