"""What the pipeline summarises: article text and what is known about it before analysis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Format = Literal["text", "html"]


@dataclass(frozen=True)
class Document:
    """An article ready to summarise.

    ``text`` is what every evidence offset indexes (for a web page: the extracted main text);
    ``published`` is the page's own publication date from its metadata, if it has one (an
    explicit ``published=`` setting still wins over it, and it wins over a dateline).
    """

    text: str
    format: Format = "text"
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Page:
    """A decoded web page whose main text is yet to be extracted (see html_text.from_html)."""

    html: str
    url: str | None = None
