"""summariser: grounded, validated structured summaries of news articles, and a checker."""

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
