"""Retrying transient backend failures: exponential backoff with jitter, Retry-After, a time cap,
and a quick end when nothing listens at the server's address."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from typing import Any

import openai
from tenacity import (
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    stop_any,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base

logger = logging.getLogger(__name__)

# A server asking us to wait longer than this is treated as "not now" rather than obeyed.
MAX_RETRY_AFTER = 60.0

# A refused connection means nothing listens at that address: one quick retry covers a server
# that is restarting; backing off for half a minute would only delay the error.
REFUSED_ATTEMPTS = 2
REFUSED_WAIT = 0.25


# 5xx answers that say what the server cannot do, not that it cannot do it now: 501 Not
# Implemented (a web server that is not the API), 505 HTTP Version Not Supported.
_PERMANENT_5XX = frozenset({501, 505})


def is_transient(exc: BaseException) -> bool:
    """Timeouts, connection errors, 429 and 5xx: worth another try. 4xx, 501, 505: not."""
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        return status == 429 or (status >= 500 and status not in _PERMANENT_5XX)
    return False


def is_refused(exc: BaseException) -> bool:
    """Whether a connection error was ECONNREFUSED (found anywhere in its chain of causes)."""
    if not isinstance(exc, openai.APIConnectionError) or isinstance(exc, openai.APITimeoutError):
        return False
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ConnectionRefusedError) or (
            isinstance(current, OSError) and current.errno == errno.ECONNREFUSED
        ):
            return True
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
        pending.extend(getattr(current, "exceptions", ()))  # anyio: one error per address
    return False


def failure_kind(exc: BaseException | None) -> str:
    """A few words for a transient failure: 'HTTP 503', 'timed out', 'connection refused'..."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if exc is not None and is_refused(exc):
        return "connection refused"
    if isinstance(exc, openai.APIConnectionError):
        return "connection failed"
    return type(exc).__name__


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """The server's Retry-After (seconds or retry-after-ms), if it sent one."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    try:
        if "retry-after-ms" in headers:
            return float(headers["retry-after-ms"]) / 1000.0
        if "retry-after" in headers:
            return float(headers["retry-after"])
    except (TypeError, ValueError):  # an HTTP-date: fall back to our own backoff
        return None
    return None


# Told about every transient failure about to be retried, with the delay chosen
# (a batch's rate limiter uses it to slow everyone down when 429s pile up).
RetryObserver = Callable[[BaseException | None, float], None]


def _exception(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome else None


class _StopWhenRefused(stop_base):
    """Stop after REFUSED_ATTEMPTS when the connection keeps being refused."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        exc = _exception(retry_state)
        return (
            exc is not None and retry_state.attempt_number >= REFUSED_ATTEMPTS and is_refused(exc)
        )


def make_wait(
    *, multiplier: float = 0.5, maximum: float = 20.0, on_retry: RetryObserver | None = None
) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(multiplier=multiplier, max=maximum)

    def wait(state: RetryCallState) -> float:
        exc = _exception(state)
        hinted = retry_after_seconds(exc)
        if hinted is not None:
            delay = min(hinted, MAX_RETRY_AFTER)
        elif exc is not None and is_refused(exc):
            delay = REFUSED_WAIT
        else:
            delay = backoff(state)
        if on_retry is not None:
            on_retry(exc, delay)
        return delay

    return wait


def announce(*, attempts: int, where: str) -> Callable[[RetryCallState], None]:
    """Log a retry; tenacity calls this only when another attempt follows (it computes a wait
    even after the last one)."""

    def before_sleep(state: RetryCallState) -> None:
        exc = _exception(state)
        refused = exc is not None and is_refused(exc)
        logger.info(
            "%s: %s (attempt %d of %d); retrying in %.2fs",
            where,
            failure_kind(exc),
            state.attempt_number,
            min(attempts, REFUSED_ATTEMPTS) if refused else attempts,
            state.next_action.sleep if state.next_action else 0.0,
        )

    return before_sleep


def retry_policy(
    *,
    attempts: int,
    total_seconds: float,
    where: str = "the server",
    on_retry: RetryObserver | None = None,
) -> dict[str, Any]:
    """Keyword arguments for tenacity.Retrying / AsyncRetrying: at most `attempts` tries (two
    when the connection is refused) within `total_seconds`."""
    return {
        "retry": retry_if_exception(is_transient),
        "stop": stop_any(
            stop_after_attempt(attempts), stop_after_delay(total_seconds), _StopWhenRefused()
        ),
        "wait": make_wait(on_retry=on_retry),
        "before_sleep": announce(attempts=attempts, where=where),
        "reraise": True,
    }
