"""How the commands speak on stderr: click's own errors in one line, and what -v shows.

The house rule is one line per failure. Click prints a usage error as three (its usage line,
"Try ... for help." and "Error: ..."); the group class here has click raise it as one
"summarise: error: ..." line instead, with the same exit code (2).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click
from click_default_group import DefaultGroup

PACKAGE = "summariser"  # the logger whose records -v shows


class _OneLine(click.ClickException):
    """A click error shown as one line (exit code 1, as click's own errors)."""

    def __init__(self, error: click.ClickException) -> None:
        super().__init__(error.format_message())
        ctx = getattr(error, "ctx", None)
        self.help = f" (see '{ctx.command_path} --help')" if ctx is not None else ""

    def show(self, file: IO[Any] | None = None) -> None:
        message = " ".join(self.format_message().split())
        click.echo(f"summarise: error: {message}{self.help}", err=True)


class _OneLineUsage(_OneLine):
    """A usage error shown as one line (exit code 2, as click's usage errors)."""

    exit_code = 2


def _one_line_error(error: click.ClickException) -> _OneLine:
    """The one-line error for ``error``, with its exit code (a class variable in click)."""
    return _OneLineUsage(error) if error.exit_code == _OneLineUsage.exit_code else _OneLine(error)


@contextmanager
def _one_line() -> Iterator[None]:
    try:
        yield
    except _OneLine:
        raise
    except click.ClickException as exc:
        # Click 8.2+ shows a bare group's help through a usage error: that is no error.
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise
        raise _one_line_error(exc) from None


class OneLineErrorGroup(DefaultGroup):
    """The `summarise` group: its own and its commands' parse errors become one line."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _one_line():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _one_line():
            return super().invoke(ctx)


@contextmanager
def verbose_logging(handler: logging.Handler | None = None) -> Iterator[None]:
    """-v: this package's INFO records reach `handler` (default: stderr); other libraries'
    loggers (httpx, openai, ...) stay at their own level, so their per-request INFO lines do
    not print on the package's behalf."""
    if handler is None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(PACKAGE)
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
