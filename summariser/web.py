"""Fetching a web page over http(s), within limits, with one clear error for each failure.

httpx2 (the HTTP client the openai SDK already brings) does the HTTP; this module decides what
is acceptable: http(s) only, at most MAX_REDIRECTS redirects (followed here, so each hop's
scheme is checked), at most MAX_INPUT_BYTES read (checked while streaming, not after), and
only content types that can hold an article. A page that was fetched but cannot be used (a
404, an image, too large) is an InputError; one that could not be fetched is a NetworkError.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

import httpx2

from .article import MAX_INPUT_BYTES
from .errors import InputError, NetworkError, describe

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _user_agent() -> str:
    try:
        own = version("summariser")
    except PackageNotFoundError:  # running from a source tree
        own = "dev"
    return f"summariser/{own} (news article summariser; python-httpx2)"


HEADERS = {
    "User-Agent": _user_agent(),
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
}


@dataclass(frozen=True)
class Fetched:
    """A page's bytes and what the server said about them."""

    url: str  # after redirects
    body: bytes
    media_type: str  # "text/html", ... ("" when the server sent no Content-Type)
    charset: str | None  # from the Content-Type header


def fetch(url: str, *, timeout: float) -> Fetched:
    """GET ``url`` (following up to MAX_REDIRECTS redirects) and read at most MAX_INPUT_BYTES,
    all within ``timeout`` seconds (also the limit of each network operation)."""
    _check_scheme(url, url)
    deadline = time.monotonic() + timeout
    try:
        with httpx2.Client(headers=HEADERS, timeout=timeout, follow_redirects=False) as client:
            current = url
            for hop in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current) as response:
                    target = _redirect(response, url, hop)
                    if target is None:
                        media_type, charset = _accept(response, url)
                        body = _limited(response.iter_bytes(), url, deadline, timeout)
                        return Fetched(str(response.url), body, media_type, charset)
                current = target
    except (httpx2.HTTPError, httpx2.InvalidURL) as exc:
        raise _network_error(exc, url, timeout) from None
    raise AssertionError("unreachable: the loop returns or raises")


async def afetch(url: str, *, timeout: float) -> Fetched:
    """The async twin of fetch(), for batches."""
    _check_scheme(url, url)
    deadline = time.monotonic() + timeout
    try:
        async with httpx2.AsyncClient(
            headers=HEADERS, timeout=timeout, follow_redirects=False
        ) as client:
            current = url
            for hop in range(MAX_REDIRECTS + 1):
                async with client.stream("GET", current) as response:
                    target = _redirect(response, url, hop)
                    if target is None:
                        media_type, charset = _accept(response, url)
                        body = await _alimited(response.aiter_bytes(), url, deadline, timeout)
                        return Fetched(str(response.url), body, media_type, charset)
                current = target
    except (httpx2.HTTPError, httpx2.InvalidURL) as exc:
        raise _network_error(exc, url, timeout) from None
    raise AssertionError("unreachable: the loop returns or raises")


def _check_scheme(target: str, url: str) -> None:
    scheme = target.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        where = "" if target == url else f" redirects to {target}, which"
        raise InputError(f"{url}{where} is not an http(s) URL; only http and https are fetched")


def _redirect(response: httpx2.Response, url: str, hop: int) -> str | None:
    """Where a redirect points (checked), or None for a final response."""
    if not response.has_redirect_location:
        return None
    if hop == MAX_REDIRECTS:
        raise NetworkError(f"{url}: more than {MAX_REDIRECTS} redirects")
    target = str(response.url.join(response.headers["Location"]))
    _check_scheme(target, url)
    logger.info("%s redirects (%d) to %s", response.url, response.status_code, target)
    return target


def _accept(response: httpx2.Response, url: str) -> tuple[str, str | None]:
    """The media type and charset of a usable response; an error for any other."""
    status = response.status_code
    if status >= 500:
        raise NetworkError(f"{url}: the server answered HTTP {status} {response.reason_phrase}")
    if status >= 400 or status < 200 or status in (204, 205):
        raise InputError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip())
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type and media_type not in ACCEPTED_TYPES:
        raise InputError(
            f"{url} is {media_type}, not a web page or text (accepted: {', '.join(ACCEPTED_TYPES)})"
        )
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_INPUT_BYTES:
        raise InputError(_too_large(url, int(length)))
    return media_type, response.charset_encoding


def _limited(chunks: Iterator[bytes], url: str, deadline: float, timeout: float) -> bytes:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        _check_body(body, url, deadline, timeout)
    return bytes(body)


async def _alimited(
    chunks: AsyncIterator[bytes], url: str, deadline: float, timeout: float
) -> bytes:
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        _check_body(body, url, deadline, timeout)
    return bytes(body)


def _check_body(body: bytearray, url: str, deadline: float, timeout: float) -> None:
    """Within the limits so far: a server that trickles bytes is stopped too."""
    if len(body) > MAX_INPUT_BYTES:
        raise InputError(_too_large(url, None))
    if time.monotonic() > deadline:
        raise NetworkError(f"{url}: no complete answer within {timeout:g} s")


def _too_large(url: str, size: int | None) -> str:
    found = f"is {size:,} bytes" if size is not None else "is larger than the limit"
    return f"{url} {found}; the limit is {MAX_INPUT_BYTES:,} bytes"


def _network_error(
    exc: httpx2.HTTPError | httpx2.InvalidURL, url: str, timeout: float
) -> NetworkError | InputError:
    if isinstance(exc, (httpx2.InvalidURL, httpx2.UnsupportedProtocol)):
        return InputError(f"{url} is not a valid http(s) URL ({describe(exc)})")
    if isinstance(exc, httpx2.TimeoutException):
        return NetworkError(f"{url}: no answer within {timeout:g} s")
    if isinstance(exc, httpx2.ConnectError):
        return NetworkError(f"{url}: cannot connect ({describe(exc)})")
    return NetworkError(f"{url}: {type(exc).__name__}: {describe(exc)}")
