"""A web server on 127.0.0.1 that serves the saved fixture pages, and the ways pages fail."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.fault_server import in_background

PAGES = Path(__file__).resolve().parent / "pages"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06" * 40
ARTICLE_TEXT = (
    "The city council approved the new budget on Monday. The mayor said the vote was a relief. "
    "Opposition members said the spending plan ignored the housing crisis."
)

TITLE = "Putin and Mali’s Goita hold third call in two months, Kremlin says"
# Text of the fixtures' navigation, cookie banners, share links, promos, related and most-read
# lists and footers: none of it may reach the article text.
BOILERPLATE = (
    "cookie",
    "Accept all",
    "Subscribe",
    "Search Sahel Daily",
    "Share on",
    "Africa Briefing",
    "Topics:",
    "Related stories",
    "Niger junta",
    "Most read",
    "AFCON",
    "All rights reserved",
    "Privacy",
    "Photo: Pool",
    "I agree",
    "Trending",
    "Advertisement",
    "More from City",
    "Metro line E",
    "Advertise",
    "By Amadou Keita",
)


def assert_no_boilerplate(text: str) -> None:
    found = [b for b in BOILERPLATE if b.lower() in text.lower()]
    assert not found, found


def assert_spans_slice(summary: dict) -> None:
    text = summary["article"]["text"]
    spans = [e for c in summary["claims"] for e in c["evidence"] if e["start"] is not None]
    assert spans
    for e in spans:
        assert text[e["start"] : e["end"]] == e["text"]
    for a in summary["actors"]:
        for m in a["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for d in summary["dates"]:
        if d["start"] is not None:
            assert text[d["start"] : d["end"]] == d["expression"]


class PageServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.user_agents: list[str] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up early (a timeout, a size limit) are what the tests want."""

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: PageServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return None

    def do_GET(self) -> None:
        self.server.user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path.startswith("/pages/"):
            self._page(path.removeprefix("/pages/"))
        elif path == "/bare/lyon-cafes-cp1252.html":  # no charset header: the <meta> says it
            self._send(200, (PAGES / "lyon-cafes-cp1252.html").read_bytes(), "text/html")
        elif path == "/plain.txt":
            self._send(200, ARTICLE_TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/image.png":
            self._send(200, PNG, "image/png")
        elif path == "/binary.html":  # a binary body that claims to be HTML
            self._send(200, PNG, "text/html")
        elif path == "/huge-declared.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(6_000_000))
            self.end_headers()
        elif path == "/huge-streamed.html":  # no Content-Length: the limit applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"word " * 20_000 + b"</p>\n"
            for _ in range(60):  # 6 MB
                self.wfile.write(chunk)
        elif path == "/trickle.html":  # every byte in time, the whole page too late
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(8):
                self.wfile.write(b"<p>Still coming.</p>\n")
                self.wfile.flush()
                time.sleep(0.25)
        elif path.startswith("/redirect/"):  # /redirect/N/<path>: N hops, then <path>
            hops, _, rest = path.removeprefix("/redirect/").partition("/")
            left = int(hops) - 1
            target = f"/redirect/{left}/{rest}" if left else f"/{rest}"
            self._redirect(target)
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/server-error":
            self._send(503, b"<h1>Service Unavailable</h1>", "text/html")
        elif path == "/slow.html":
            time.sleep(2)
            self._send(200, b"<html><body><p>Late.</p></body></html>", "text/html")
        else:
            self._send(404, b"<html><body><h1>Not Found</h1></body></html>", "text/html")

    def _page(self, name: str) -> None:
        file = PAGES / name
        if not file.is_file():
            self._send(404, b"<html><body><h1>Not Found</h1></body></html>", "text/html")
            return
        charset = "windows-1252" if "cp1252" in name else "utf-8"
        self._send(200, file.read_bytes(), f"text/html; charset={charset}")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_pages() -> Iterator[PageServer]:
    with in_background(PageServer()) as server:
        yield server
