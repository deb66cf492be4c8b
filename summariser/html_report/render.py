"""Rendering views to one self-contained HTML file with Jinja2 (autoescaped) templates.

The page carries its own stylesheet and script and a Content-Security-Policy that allows only
that script (by its hash): no request leaves the file, and even markup that slipped past
escaping could not run a script or an event handler.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..errors import InputError
from .view import ArticleView


@dataclass(frozen=True)
class IndexRow:
    """One article of a batch report's index (view is None when its text was not found)."""

    id: str
    title: str
    view: ArticleView | None
    note: str = ""


def _asset(name: str) -> str:
    return (resources.files(__package__) / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader(__package__, "templates"),
        autoescape=True,  # every variable is text, whatever it contains
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _page(template: str, **context: object) -> str:
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    # Our own files, not data: inserted verbatim (escaping would break the CSS and JS).
    return (
        _environment()
        .get_template(template)
        .render(
            style=Markup(_asset("report.css")),
            script=Markup(script),
            script_hash=f"sha256-{digest}",
            **context,
        )
    )


def article_page(view: ArticleView) -> str:
    """One article's report."""
    return _page("article.html.jinja", title=view.title, view=view)


def batch_page(rows: list[IndexRow], *, title: str) -> str:
    """An index of articles with their verdict counts, then each article's view."""
    return _page("batch.html.jinja", title=title, rows=rows)


def ensure_writable(path: Path) -> None:
    """Refuse an output path that cannot be written before any work is spent on the report."""
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a file to write the report to")
    if not path.parent.is_dir():
        raise InputError(f"cannot write {path}: no folder {path.parent}")


def write_page(page: str, path: Path) -> None:
    """Write the page; an unwritable path is an InputError, not a traceback."""
    ensure_writable(path)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
