"""Retrying transient backend failures: exponential backoff with jitter, Retry-After, a time cap."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import openai
from tenacity import (
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

logger = logging.getLogger(__name__)

# A server asking us to wait longer than this is treated as "not now" rather than obeyed.
MAX_RETRY_AFTER = 60.0


def is_transient(exc: BaseException) -> bool:
    """Timeouts, connection errors, 429 and 5xx: worth another try. 4xx otherwise: not."""
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return False


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


def make_wait(
    *, multiplier: float = 0.5, maximum: float = 20.0, on_retry: RetryObserver | None = None
) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(multiplier=multiplier, max=maximum)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = retry_after_seconds(exc)
        delay = min(hinted, MAX_RETRY_AFTER) if hinted is not None else backoff(state)
        logger.info("transient failure (%s); retrying in %.2fs", type(exc).__name__, delay)
        if on_retry is not None:
            on_retry(exc, delay)
        return delay

    return wait


def retry_policy(
    *, attempts: int, total_seconds: float, on_retry: RetryObserver | None = None
) -> dict[str, Any]:
    """Keyword arguments for tenacity.Retrying / AsyncRetrying."""
    return {
        "retry": retry_if_exception(is_transient),
        "stop": stop_after_attempt(attempts) | stop_after_delay(total_seconds),
        "wait": make_wait(on_retry=on_retry),
        "reraise": True,
    }
