"""summariser: grounded, validated structured summaries of news articles, and a checker.

The public names are imported on first use (PEP 562), so that `summarise --help` does not wait
for the whole library, and a Ctrl-C while the command starts is not a traceback from an import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actors import ActorCandidate, find_actors
    from .attribution import Attribution, find_attributions
    from .checker import SUPPORT_THRESHOLD, check, check_claims, split_claims
    from .dates import DateMention, find_dateline, find_dates
    from .document import Document
    from .errors import (
        AuthenticationError,
        BackendError,
        ConfigurationError,
        InputError,
        InvalidOutputError,
        NetworkError,
        RetryExhaustedError,
        SummariserError,
        WorkerError,
    )
    from .html_text import from_html
    from .pipeline import asummarise, summarise
    from .report import CheckReport, ClaimCheck, ElementCheck, Flag, FlagCode, Verdict
    from .schema import (
        Actor,
        AlignmentStatus,
        Article,
        Claim,
        ClaimStatus,
        DateRef,
        Evidence,
        Metadata,
        Source,
        Summary,
        Usage,
    )
    from .settings import Settings
    from .sources import fetch_article, read_article
    from .spans import Span

_MODULES: dict[str, tuple[str, ...]] = {
    ".actors": ("ActorCandidate", "find_actors"),
    ".attribution": ("Attribution", "find_attributions"),
    ".checker": ("SUPPORT_THRESHOLD", "check", "check_claims", "split_claims"),
    ".dates": ("DateMention", "find_dateline", "find_dates"),
    ".document": ("Document",),
    ".errors": (
        "AuthenticationError",
        "BackendError",
        "ConfigurationError",
        "InputError",
        "InvalidOutputError",
        "NetworkError",
        "RetryExhaustedError",
        "SummariserError",
        "WorkerError",
    ),
    ".html_text": ("from_html",),
    ".pipeline": ("asummarise", "summarise"),
    ".report": ("CheckReport", "ClaimCheck", "ElementCheck", "Flag", "FlagCode", "Verdict"),
    ".schema": (
        "Actor",
        "AlignmentStatus",
        "Article",
        "Claim",
        "ClaimStatus",
        "DateRef",
        "Evidence",
        "Metadata",
        "Source",
        "Summary",
        "Usage",
    ),
    ".settings": ("Settings",),
    ".sources": ("fetch_article", "read_article"),
    ".spans": ("Span",),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


__all__ = [
    "SUPPORT_THRESHOLD",
    "Actor",
    "ActorCandidate",
    "AlignmentStatus",
    "Article",
    "Attribution",
    "AuthenticationError",
    "BackendError",
    "CheckReport",
    "Claim",
    "ClaimCheck",
    "ClaimStatus",
    "ConfigurationError",
    "DateMention",
    "DateRef",
    "Document",
    "ElementCheck",
    "Evidence",
    "Flag",
    "FlagCode",
    "InputError",
    "InvalidOutputError",
    "Metadata",
    "NetworkError",
    "RetryExhaustedError",
    "Settings",
    "Source",
    "Span",
    "SummariserError",
    "Summary",
    "Usage",
    "Verdict",
    "WorkerError",
    "asummarise",
    "check",
    "check_claims",
    "fetch_article",
    "find_actors",
    "find_attributions",
    "find_dateline",
    "find_dates",
    "from_html",
    "read_article",
    "split_claims",
    "summarise",
]
