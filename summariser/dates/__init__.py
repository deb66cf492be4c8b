"""Deterministic date normaliser: find temporal expressions in news and resolve them (TIMEX3).

``find_dates`` finds DATE/TIME expressions (and recognises DURATION/SET so they are not taken
for dates) and resolves relative ones against the publication date; ``find_dateline`` reads the
publication date from the top of an article.
"""

from __future__ import annotations

from .dateline import find_dateline
from .finder import find_dates
from .model import DateMention

__all__ = ["DateMention", "find_dateline", "find_dates"]
