"""Where articles come from: a file, stdin or an http(s) URL, as text or as a web page.

A web page is recognised by its content (an HTML preamble or dense markup; for a file also by
its .html/.htm/.xhtml name; for a URL also by its content type) and its main text extracted;
anything else must be UTF-8 text (or text in the charset the server declares).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .article import decode_article, validate_article
from .document import Document, Page
from .errors import InputError
from .html_text import decode_page, extract_page, sniff_html

if TYPE_CHECKING:
    from .web import Fetched

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FETCH_TIMEOUT = 30.0  # seconds to connect, and between bytes read
_URL = re.compile(r"\A[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_url(source: str) -> bool:
    """Whether a command-line argument is a URL rather than a file name."""
    return bool(_URL.match(source))


def read_article(source: str | Path, *, timeout: float = FETCH_TIMEOUT) -> Document:
    """The article at ``source``: a file, ``-`` for stdin, or an http(s) URL."""
    if isinstance(source, str) and is_url(source):
        return fetch_article(source, timeout=timeout)
    data, name = read_bytes(source)
    html = Path(source).suffix.lower() in HTML_SUFFIXES or sniff_html(data)
    return ready(_from_bytes(data, name=name, html=html), name=name)


def fetch_article(url: str, *, timeout: float = FETCH_TIMEOUT) -> Document:
    """The article at an http(s) URL (see web.fetch for the limits)."""
    from .web import fetch  # httpx2 is imported only when a page is fetched

    return ready(from_fetched(fetch(url, timeout=timeout), name=url), name=url)


async def afetch_source(url: str, *, timeout: float = FETCH_TIMEOUT) -> Document | Page:
    """Fetch ``url`` and decode it; a page's extraction is left to the caller (a batch does it
    in its worker processes)."""
    from .web import afetch

    return from_fetched(await afetch(url, timeout=timeout), name=url)


def from_fetched(fetched: Fetched, *, name: str) -> Document | Page:
    """A fetched page, or text (text/plain, or no content type, unless it looks like HTML)."""
    html = fetched.media_type in HTML_TYPES or sniff_html(fetched.body)
    return _from_bytes(fetched.body, name=name, html=html, charset=fetched.charset, url=fetched.url)


def ready(source: Document | Page, *, name: str) -> Document:
    """A Document whatever was read: a page's main text is extracted here."""
    return extract_page(source, name=name) if isinstance(source, Page) else source


def read_bytes(source: str | Path) -> tuple[bytes, str]:
    """The bytes of a file or of stdin (``-``), and the name to use in messages."""
    if str(source) == "-":
        return sys.stdin.buffer.read(), "stdin"
    file = Path(source)
    if not file.exists():
        raise InputError(f"{source}: no such file")
    if file.is_dir():
        raise InputError(f"{source} is a directory, not an article file")
    try:
        return file.read_bytes(), str(source)
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})") from None


def _from_bytes(
    data: bytes, *, name: str, html: bool, charset: str | None = None, url: str | None = None
) -> Document | Page:
    if html:
        return Page(html=decode_page(data, charset=charset, name=name), url=url)
    text = decode_page(data, charset=charset, name=name) if charset else None
    if text is None:
        text = decode_article(data, name=name)
    return Document(text=validate_article(text, name=name), url=url)
