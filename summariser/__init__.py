"""summariser: grounded, validated structured summaries of news articles."""

from .errors import (
    AuthenticationError,
    BackendError,
    ConfigurationError,
    InputError,
    InvalidOutputError,
    RetryExhaustedError,
    SummariserError,
)
from .report import CheckReport, ClaimCheck, Flag, FlagCode
from .schema import Actor, AlignmentStatus, Claim, DateRef, Evidence, Source, Summary
from .spans import Span

__all__ = [
    "Actor",
    "AlignmentStatus",
    "AuthenticationError",
    "BackendError",
    "CheckReport",
    "Claim",
    "ClaimCheck",
    "ConfigurationError",
    "DateRef",
    "Evidence",
    "Flag",
    "FlagCode",
    "InputError",
    "InvalidOutputError",
    "RetryExhaustedError",
    "Source",
    "Span",
    "Summary",
    "SummariserError",
]
