"""Reading a batch's inputs: a JSONL file or a folder of .txt and .html files, one item each.

A bad input never stops the batch: it becomes an item that carries its InputError, recorded in
the errors file like any other failure. Lines without a usable id get the id ``line:N``.

A row holds its article as ``text``, or as a web page in ``html`` or at ``url``. Pages are
decoded here but extracted later (in the batch's worker processes, see stages.py), and URLs
are fetched by the runner, so reading stays quick and never waits on the network.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..article import MAX_INPUT_BYTES, decode_article, validate_article
from ..document import Document, Page
from ..errors import InputError
from ..html_text import decode_page, sniff_html
from ..sources import HTML_SUFFIXES

logger = logging.getLogger(__name__)

_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES})
_HTTP = re.compile(r"https?://", re.IGNORECASE)
# Lines far above the article limit are not parsed at all (only to find their id).
_MAX_PARSED_LINE = 4 * MAX_INPUT_BYTES
_ID_PREFIX = re.compile(rb'^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){1,500}"|\d{1,30})')


@dataclass(frozen=True)
class Item:
    """One input article, or the error that stops it from being one."""

    id: str
    where: str  # "articles.jsonl:17" or "articles/a.txt", for messages
    text: str = ""
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    page: Page | None = None  # a web page to extract (an html row, a page in the folder)
    fetch: bool = False  # the article is the page at `url` (a url row)
    error: InputError | None = None

    def source(self) -> Document | Page:
        """What to summarise, once any fetching is done."""
        if self.page is not None:
            return self.page
        return Document(text=self.text, title=self.title, url=self.url)


def check_size(text: str, *, name: str) -> str:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"{name} is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes "
            "(split it into articles first)"
        )
    return text


def check_text(text: str, *, name: str) -> str:
    """Refuse what cannot be summarised: empty, binary, too large, HTML."""
    return validate_article(check_size(text, name=name), name=name)


def count_items(source: Path) -> int:
    """How many items `read_items` will yield (non-blank lines, or article files)."""
    if source.is_dir():
        return len(_text_files(source))
    with source.open("rb") as file:
        return sum(1 for line in file if line.strip())


def check_source(source: Path) -> None:
    """Refuse a source with nothing to read: missing, or a folder without article files."""
    if not source.exists():
        raise InputError(f"{source}: no such file or folder")
    if source.is_dir() and not _text_files(source):  # a wrong folder, or another suffix
        suffixes = ", ".join(sorted(_SUFFIXES))
        raise InputError(f"{source} holds no article files ({suffixes})")


def read_items(source: Path) -> Iterator[Item]:
    """Items of a JSONL file or a folder of .txt/.html files, lazily, in input order."""
    check_source(source)
    if source.is_dir():
        yield from _read_folder(source)
    else:
        yield from _read_jsonl(source)


def _text_files(folder: Path) -> list[Path]:
    # Sorted so the order (and the progress bar) is the same on every run and platform.
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in _SUFFIXES and p.name[:1] != "."),
        key=lambda p: p.name,
    )


def _read_folder(folder: Path) -> Iterator[Item]:
    """id = the file's name (e.g. ``a.txt``), unique within the folder."""
    for path in _text_files(folder):
        where = str(path)
        try:
            if not path.is_file():
                raise InputError(f"{where} is not a regular file")
            size = path.stat().st_size
            if size > MAX_INPUT_BYTES:  # refused before reading it
                raise InputError(
                    f"{where} is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes "
                    "(split it into articles first)"
                )
            yield _file_item(path, path.read_bytes(), where=where)
        except InputError as exc:
            yield Item(id=path.name, where=where, error=exc)
        except OSError as exc:
            yield Item(id=path.name, where=where, error=InputError(f"{where}: {exc.strerror}"))


def _file_item(path: Path, data: bytes, *, where: str) -> Item:
    """A web page (by its name or its content) or a text file."""
    if path.suffix.lower() in HTML_SUFFIXES or sniff_html(data):
        return Item(id=path.name, where=where, page=Page(html=decode_page(data, name=where)))
    text = check_text(decode_article(data, name=where), name=where)
    return Item(id=path.name, where=where, text=text)


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            if raw.strip():
                yield parse_line(raw, where=f"{path.name}:{number}", number=number)


def parse_line(raw: bytes, *, where: str, number: int) -> Item:
    """One JSONL line -> an Item (with its error if the line or its article is unusable)."""
    fallback = f"line:{number}"
    if len(raw) > _MAX_PARSED_LINE:
        return _failed(
            _id_prefix(raw) or fallback,
            where,
            f"is {len(raw):,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes per article",
        )
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        loose = _loads(raw.decode("utf-8", "replace"))
        key = _id_of(loose) if isinstance(loose, dict) else None
        return _failed(
            key or fallback,
            where,
            f"is not valid UTF-8 (bad byte 0x{raw[exc.start]:02x} at byte {exc.start} of the "
            "line); convert it first, e.g. with `iconv -f latin1 -t utf-8`",
        )
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return _failed(fallback, where, f"is not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(row, dict):
        return _failed(fallback, where, f"is JSON but not an object ({type(row).__name__})")
    return item_from_row(row, where=where, fallback=fallback)


def item_from_row(row: dict[str, Any], *, where: str, fallback: str) -> Item:
    """A parsed row (id, text, published, title, url) -> an Item, with its error if unusable;
    `fallback` is the id of a row without a usable one."""
    key = _id_of(row)
    if key is None:
        return _failed(fallback, where, 'has no "id" (a non-empty string or an integer)')
    try:
        return _item(row, key=key, where=where)
    except InputError as exc:
        return Item(id=key, where=where, error=exc)


def _item(row: dict[str, Any], *, key: str, where: str) -> Item:
    name = f"{where} (id {key!r})"
    published = row.get("published")
    date: dt.date | None = None
    if published is not None:
        try:
            date = dt.date.fromisoformat(str(published).strip()[:10])
        except ValueError:
            raise InputError(
                f"{name}: published {published!r} is not a date like 2023-10-10"
            ) from None
    extras = {field: row.get(field) for field in ("text", "html", "title", "url")}
    for field, value in extras.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name}: {field} must be a string")
    text, html, title, url = extras["text"], extras["html"], extras["title"], extras["url"]
    item = Item(id=key, where=where, published=date, title=title, url=url)
    if text is not None:
        return replace(item, text=check_text(text, name=name))
    if html is not None:
        if not check_size(html, name=name).strip():
            raise InputError(f"{name}: html is empty")
        return replace(item, page=Page(html=html, url=url))
    if url is not None:
        if not _HTTP.match(url):
            raise InputError(f"{name}: url {url[:200]!r} is not an http(s) URL to fetch")
        return replace(item, fetch=True)
    raise InputError(f'{name} has no "text", "html" or "url" string')


def _failed(key: str, where: str, problem: str) -> Item:
    return Item(id=key, where=where, error=InputError(f"{where} {problem}"))


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _id_of(row: dict[str, Any]) -> str | None:
    """Ids are strings; integers are accepted and written as strings."""
    value = row.get("id")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _id_prefix(raw: bytes) -> str | None:
    """The id of a line too large to parse, if it comes first (as our own output writes it)."""
    found = _ID_PREFIX.match(raw)
    if not found:
        return None
    value = _loads(found.group(1).decode("utf-8", "replace"))
    return _id_of({"id": value})


class Deduplicator:
    """Remembers ids seen in this input; a repeated id is reported, not processed again."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}
        self.repeats: list[str] = []

    def first_time(self, item: Item) -> bool:
        earlier = self._first.get(item.id)
        if earlier is None:
            self._first[item.id] = item.where
            return True
        message = f"{item.where} repeats id {item.id!r} of {earlier} (skipped)"
        self.repeats.append(message)
        logger.info("%s", message)  # reported in the final tally
        return False
