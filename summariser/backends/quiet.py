"""Keep Instructor from logging, on our behalf, failures our own retry layer handles.

Instructor's inner loop logs an ERROR for each failed API call ("API call failed on attempt 1")
and again when it gives up ("Max retries exceeded. Total attempts: 1"). Our tenacity loop retries
those failures, and the caller gets one typed error that counts every attempt, so the records are
redundant, and when the application has configured no logging Python's last-resort handler
prints them (ten lines for one unreachable server). While one of our calls runs, those records
are demoted to DEBUG: an application that logs DEBUG still sees them; nothing else does. Records
of Instructor calls the application makes itself are untouched, and no handler, level or
propagation setting of anyone's logger is changed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Where Instructor's retry loop logs: "instructor.v2.retry" (1.17), "instructor" (older 1.x).
INSTRUCTOR_LOGGERS = ("instructor.v2.retry", "instructor")

_inside: ContextVar[bool] = ContextVar("summariser_backend_call", default=False)


class _Demote(logging.Filter):
    """A logger filter: inside our calls, a record of any level goes on as if it had been
    logged at DEBUG (dropped unless DEBUG is enabled for its logger)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _inside.get() or record.levelno <= logging.DEBUG:
            return True
        record.levelno = logging.DEBUG
        record.levelname = logging.getLevelName(logging.DEBUG)
        return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)


_DEMOTE = _Demote()


def install() -> None:
    """Attach the filter to Instructor's loggers (idempotent)."""
    for name in INSTRUCTOR_LOGGERS:
        third_party = logging.getLogger(name)
        if _DEMOTE not in third_party.filters:
            third_party.addFilter(_DEMOTE)


@contextmanager
def retried_by_us() -> Iterator[None]:
    """Mark the calls made inside as ones whose failures our retry layer handles (the mark
    follows the context: the current thread, or the current asyncio task)."""
    token = _inside.set(True)
    try:
        yield
    finally:
        _inside.reset(token)
