"""What a reader of a summary should know about how its article was read: a text that does
not read as English, dates left unresolved for want of a publication date. The library says
it once, in the summary's metadata; each front end words the remedy its own way (the CLI's
`--published`, a batch row's `published` field)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .language import reads_as_english
from .schema import DateRef, Notice

NOT_ENGLISH = (
    "the article does not read as English; the engines are built for English, so its "
    "sentences, names, dates and speakers may be read wrong"
)


def language_notice(text: str) -> Notice | None:
    return None if reads_as_english(text) else Notice(code="not_english", message=NOT_ENGLISH)


def dates_notice(dates: Sequence[DateRef], *, published: dt.date | None) -> Notice | None:
    """Dates the article gives relative to a publication date nobody gave ("on Tuesday")."""
    unresolved = [d.expression for d in dates if d.value is None]
    if published is not None or not unresolved:
        return None
    return Notice(
        code="unresolved_dates",
        message=f"no publication date (none given, no page date or dateline), so "
        f"{len(unresolved)} date(s) such as {unresolved[0]!r} are unresolved",
    )


def reading_notices(
    text: str, *, dates: Sequence[DateRef], published: dt.date | None
) -> list[Notice]:
    """Every notice an article's reading gives, in a fixed order (language, then dates)."""
    found = (language_notice(text), dates_notice(dates, published=published))
    return [notice for notice in found if notice is not None]
