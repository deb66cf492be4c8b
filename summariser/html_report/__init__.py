"""HTML reports people can look at: evidence highlighted over the article, flags, the check.

One self-contained file per report (inline CSS and script, no external loads), built with
autoescaping Jinja2 templates shipped in the package. The DOM is a contract that tests and
users' scripts rely on: each evidence span is ``<mark data-claim="c1 c2">``, each claim one
element with ``data-claim-id`` and ``data-verdict``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..report import ClaimCheck
from ..schema import Summary
from .open_view import checks_view
from .render import ensure_writable, write_page
from .view import summary_view

__all__ = ["batch_report", "check_report", "ensure_writable", "summary_report", "write_page"]


def summary_report(summary: Summary, article: str, *, title: str, origin: str | None = None) -> str:
    """The page of one summary (with its check report, if any) over its article."""
    from .render import article_page

    return article_page(summary_view(summary, article, title=title, origin=origin))


def check_report(
    checks: list[ClaimCheck],
    article: str,
    *,
    title: str,
    published: dt.date | None = None,
    origin: str | None = None,
) -> str:
    """The page of open-mode claim checks over the article."""
    from .render import article_page

    return article_page(
        checks_view(checks, article, title=title, published=published, origin=origin)
    )


def batch_report(output: Path, *, articles: Path, title: str | None = None) -> str:
    """The page of a `summarise batch` OUTPUT file: an index, then each article's view."""
    # Imported here: the batch package brings the openai SDK, which single reports do not need.
    from .batch import batch_report as build

    return build(output, articles=articles, title=title)
