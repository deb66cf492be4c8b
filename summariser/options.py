"""Command-line options shared by `summarise run` and `summarise batch`, and their Settings."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click
from pydantic import ValidationError

from .errors import ConfigurationError, SummariserError, describe, first_invalid
from .settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

_MODEL_OPTIONS = [
    click.option(
        "-m",
        "--model",
        default="local",
        show_default=True,
        help="'local' (embedded), 'openai/<name>', or a model served at --base-url.",
    ),
    click.option(
        "--base-url", help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp, LM Studio)."
    ),
    click.option("--api-key", help="API key (default: $OPENAI_API_KEY)."),
    click.option(
        "--published",
        help="Publication date YYYY-MM-DD (default: a web page's own, else the dateline).",
    ),
    click.option(
        "--mode",
        type=click.Choice(["auto", "tools", "tools_strict", "json_schema", "json"]),
        default="auto",
        show_default=True,
        help="Instructor mode for remote backends.",
    ),
    click.option(
        "--free-quotes",
        is_flag=True,
        help="Remote models quote freely (checked and re-asked) instead of citing sentence ids.",
    ),
    click.option(
        "--max-claims",
        type=click.IntRange(1, 50),
        default=6,
        show_default=True,
        help="Claims at most.",
    ),
    click.option(
        "--timeout", type=float, default=120.0, show_default=True, help="Seconds per request."
    ),
    click.option(
        "--max-retries",
        type=click.IntRange(0, 10),
        default=3,
        show_default=True,
        help="Re-asks after invalid or truncated output.",
    ),
    click.option(
        "--transient-retries",
        type=click.IntRange(0, 10),
        default=4,
        show_default=True,
        help="Retries after a timeout, dropped connection, HTTP 429 or 5xx (a refused connection "
        "is retried once).",
    ),
    click.option("--no-check", is_flag=True, help="Skip the deterministic check report."),
]


def model_options(func: F) -> F:
    """Add the options that choose and configure the model (they end up in **options)."""
    for option in reversed(_MODEL_OPTIONS):
        func = option(func)
    return func


# Settings fields and the options that set them (to name the option in messages).
OPTION_OF = {
    "model": "--model",
    "base_url": "--base-url",
    "api_key": "--api-key",
    "published": "--published",
    "mode": "--mode",
    "max_claims": "--max-claims",
    "timeout": "--timeout",
    "max_retries": "--max-retries",
    "max_transient_retries": "--transient-retries",
}

# What to add to a library message about a setting: how to give it on the command line.
_HINTS = {"api_key": "set OPENAI_API_KEY or pass --api-key"}


def parse_published(value: str | None) -> dt.date | None:
    """--published as a date; a bad one is a bad setting (exit 4), like any other."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigurationError(
            f"--published {value!r} is not a date like 2023-10-10", setting="published"
        ) from None


def settings_from_options(options: dict[str, Any]) -> Settings:
    """Settings from the parsed model options."""
    fields: dict[str, Any] = {
        "model": options["model"],
        "base_url": options["base_url"],
        "api_key": options["api_key"],
        "mode": options["mode"],
        "max_claims": options["max_claims"],
        "timeout": options["timeout"],
        "max_retries": options["max_retries"],
        "max_transient_retries": options["transient_retries"],
        "check": not options["no_check"],
        "published": parse_published(options["published"]),
    }
    if options["free_quotes"]:
        fields["constrained"] = False
    try:
        return Settings(**fields)
    except ValidationError as exc:
        where, message = first_invalid(exc)
        raise ConfigurationError(
            f"{OPTION_OF.get(where, where)}: {message}", setting=where
        ) from None


def fail(exc: SummariserError) -> NoReturn:
    """One line on stderr and the exit code of the error's branch."""
    hint = _HINTS.get(getattr(exc, "setting", None) or "")
    suffix = f" ({hint})" if hint else ""
    click.echo(f"summarise: error: {describe(exc)}{suffix}", err=True)
    sys.exit(exc.exit_code)
