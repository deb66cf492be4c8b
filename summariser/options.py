"""Command-line options shared by `summarise run` and `summarise batch`, and their Settings."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click
from pydantic import ValidationError

from .errors import InputError, SummariserError, describe
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
    click.option("--no-check", is_flag=True, help="Skip the deterministic check report."),
]


def model_options(func: F) -> F:
    """Add the options that choose and configure the model (they end up in **options)."""
    for option in reversed(_MODEL_OPTIONS):
        func = option(func)
    return func


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
        "check": not options["no_check"],
    }
    if options["free_quotes"]:
        fields["constrained"] = False
    if options["published"]:
        try:
            fields["published"] = dt.date.fromisoformat(options["published"])
        except ValueError:
            raise InputError(
                f"--published {options['published']!r} is not a date like 2023-10-10"
            ) from None
    try:
        return Settings(**fields)
    except ValidationError as exc:
        raise InputError(validation_line(exc)) from None


def validation_line(exc: ValidationError) -> str:
    """The first validation error, in one line."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"invalid setting {where}: {first['msg']}"


def fail(exc: SummariserError) -> NoReturn:
    """One line on stderr and the exit code of the error's branch."""
    click.echo(f"summarise: error: {describe(exc)}", err=True)
    sys.exit(exc.exit_code)
