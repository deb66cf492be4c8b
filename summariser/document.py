"""What the pipeline summarises: article text and what is known about it before analysis."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Literal

from .errors import InputError

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


def as_document(article: object) -> Document:
    """The Document to summarise: a Document as it is, a str as plain text.

    Anything else is refused in one line saying what to pass: a path would otherwise be
    summarised as the text of its name, and bytes fail deep inside the engines.
    """
    if isinstance(article, Document):
        return article
    if isinstance(article, str):
        return Document(text=article)
    if isinstance(article, os.PathLike):
        raise InputError(
            f"the article is a path, not text: read it with read_article({os.fspath(article)!r})"
        )
    if isinstance(article, bytes | bytearray):
        raise InputError("the article is bytes, not text: decode it (UTF-8) first")
    raise InputError(f"the article must be text (str) or a Document, not {type(article).__name__}")
