"""One exception tree for the whole library; the CLI maps each branch to an exit code."""

from __future__ import annotations

from typing import Any


class SummariserError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1


class InputError(SummariserError):
    """The article (or another input) cannot be used: empty, binary, not UTF-8, too long."""

    exit_code = 3


class ConfigurationError(SummariserError):
    """Settings that cannot work: unknown model, missing API key, missing optional extra.

    `setting` names the Settings field at fault, if one is (a CLI can name its own option).
    """

    exit_code = 4

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


class BackendError(SummariserError):
    """The model backend failed: unreachable server, HTTP error, model load failure."""

    exit_code = 5


class AuthenticationError(BackendError):
    """The backend refused the credentials; retrying cannot help."""


class InvalidOutputError(BackendError):
    """The model kept returning output that does not satisfy the schema.

    Carries what was tried and the token usage summed over every attempt.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        usage: dict[str, int] | None = None,
        last_errors: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage or {}
        self.last_errors = last_errors or []


class RetryExhaustedError(BackendError):
    """Transient failures went on past the retry budget."""

    def __init__(self, message: str, *, attempts: int = 0, usage: dict[str, int] | None = None):
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage or {}


class NetworkError(SummariserError):
    """A web page could not be fetched: no connection, timeout, too many redirects, a server
    error. (A page that was fetched but cannot be used, such as a 404, is an InputError.)"""

    exit_code = 5


class WorkerError(SummariserError):
    """A batch's worker process died (killed, out of memory): the batch stops; a rerun resumes."""


def describe(exc: BaseException) -> str:
    """A one-line description of an exception, for logs and CLI messages."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def first_invalid(exc: Any) -> tuple[str, str]:
    """(where, what) of the first error of a pydantic ValidationError, e.g. ("published",
    "Input should be a valid date"), without pydantic's "Value error, " prefix."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return where, message


def details(exc: SummariserError) -> dict[str, Any]:
    """Machine-readable fields of an error (for JSON error records)."""
    out: dict[str, Any] = {"type": type(exc).__name__, "message": describe(exc)}
    for key in ("attempts", "usage", "last_errors"):
        if hasattr(exc, key):
            out[key] = getattr(exc, key)
    return out
