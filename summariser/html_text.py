"""Web pages to articles: decode the page's bytes, extract its main text, title and date.

Extraction is trafilatura's (with htmldate for the date), a maintained extractor built and
evaluated for news pages: hand-written tag stripping would let navigation, cookie banners,
related-story lists and footers reach the model. The extracted text is the article: every
evidence offset of a summary indexes it (``Summary.article.text``), not the HTML.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from types import ModuleType
from typing import Any

from .article import MAX_INPUT_BYTES, looks_like_html
from .document import Document, Page
from .errors import ConfigurationError, InputError

logger = logging.getLogger(__name__)

WEB_EXTRA_HINT = "pip install 'summariser[web]'"
# Fewer words than this extracted from a page is a page without an article.
MIN_WORDS = 5

# Where a page may declare its charset: <meta charset="..."> or <meta http-equiv=...
# content="text/html; charset=...">; browsers look only this far into the bytes.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# Labels that browsers decode as windows-1252 (the WHATWG Encoding Standard): pages labelled
# latin-1 routinely hold its curly quotes and dashes in 0x80-0x9f.
_WINDOWS_1252_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "ascii",
        "us-ascii",
        "l1",
        "cp819",
        "iso_8859-1",
        "windows-1252",
    }
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_html(data: bytes) -> bool:
    """Whether these bytes are a web page rather than article text (any ASCII-based charset)."""
    return looks_like_html(data[:200_000].decode("latin-1"))


def decode_page(data: bytes, *, charset: str | None = None, name: str = "page") -> str:
    """Decode a page: a byte-order mark, else ``charset`` (from HTTP headers), else the page's
    own <meta> declaration, else UTF-8. Undecodable bytes are an error, never replaced."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name} is {len(data):,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes")
    label, where = None, ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label, where = encoding, "its byte-order mark"
            break
    if label is None and b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like binary data (it contains NUL bytes), not a web page")
    if label is None and charset:
        label, where = charset, "the server"
    if label is None:
        found = _META_CHARSET.search(data[:_PRESCAN_BYTES])
        if found:
            label, where = found.group(1).decode("ascii"), "its <meta> tag"
    encoding = _codec(label or "utf-8", name=name, where=where)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        declared = f"declared by {where}" if where else "(none declared; UTF-8 assumed)"
        raise InputError(
            f"{name} is not valid {label or 'utf-8'} {declared} (bad byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start})"
        ) from None
    return text.removeprefix("\ufeff")


def _codec(label: str, *, name: str, where: str) -> str:
    lowered = label.strip().lower()
    if lowered in _WINDOWS_1252_LABELS:
        return "cp1252"
    if lowered in ("utf-8", "utf8"):
        return "utf-8-sig"
    try:
        return codecs.lookup(lowered).name
    except LookupError:
        raise InputError(f"{name} declares an unknown charset {label!r} ({where})") from None


def from_html(html: str, *, url: str | None = None, name: str = "page") -> Document:
    """The page's main text as a Document, with its title and its own publication date.

    Paragraphs are separated by blank lines, and a first line that repeats the title (the
    headline) is left out: it is in ``title``, and the article starts with its lede.
    """
    trafilatura = _trafilatura()
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        # Only the page's metadata (JSON-LD, Open Graph, <meta>, <time>): a date found in the
        # text would hide where it came from, and a dateline is read later, as a dateline.
        date_extraction_params=_date_params(),
    )
    title = _clean(getattr(extracted, "title", None) or "") or None
    text = _paragraphs(getattr(extracted, "text", None) or "", title=title)
    if len(text.split()) < MIN_WORDS:  # a page of menus alone yields "Home" and the like
        found = f" (only {text[:80]!r})" if text else ""
        raise InputError(f"{name} has no article text that could be extracted{found}")
    published = _date(getattr(extracted, "date", None), name=name)
    logger.info(
        "%s: %d characters of text, title %r, published %s", name, len(text), title, published
    )
    return Document(text=text, format="html", title=title, url=url, published=published)


def extract_page(page: Page, *, name: str = "page") -> Document:
    """from_html() of a Page (what a batch carries from reading to the pipeline)."""
    return from_html(page.html, url=page.url, name=name)


def _trafilatura() -> ModuleType:
    try:
        import trafilatura
    except ImportError:
        raise ConfigurationError(
            f"reading web pages needs the 'web' extra (trafilatura): {WEB_EXTRA_HINT}"
        ) from None
    return trafilatura


def _date_params() -> dict[str, Any]:
    from trafilatura.settings import set_date_params

    params: dict[str, Any] = set_date_params(extensive=False)
    return params


def _clean(line: str) -> str:
    return " ".join(line.split())


def _unboxed(line: str) -> str:
    """A one-cell table row as its text: trafilatura writes a table cell as "| text |", and
    pages that lay out their story in a table would put the bars into every claim. A row of
    several cells ("| Arsenal | 10 | 8 |") is data and keeps its bars."""
    if line.startswith("| ") and line.endswith(" |") and " | " not in line[2:-2]:
        return line[2:-2].strip()
    return line


def _paragraphs(text: str, *, title: str | None) -> str:
    lines = [_unboxed(_clean(line)) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


def _date(value: object, *, name: str) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        logger.info("%s: ignoring the page's unreadable date %r", name, value)
        return None
