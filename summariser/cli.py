"""The `summarise` command: parse arguments, call the library, print. Nothing else."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from pydantic import ValidationError
from rich.console import Console

from .article import decode_article, sha256, validate_article
from .errors import InputError, SummariserError, describe, first_invalid
from .options import fail, model_options, parse_published, settings_from_options
from .report import CheckReport
from .sources import read_article, read_bytes
from .terminal import OneLineErrorGroup, verbose_logging

if TYPE_CHECKING:
    from .backends.base import DraftRequest
    from .schema import Summary

# Exit codes (documented in the README).
EXIT_OK = 0
EXIT_UNSUPPORTED = 1  # `check` found unsupported claims
EXIT_USAGE = 2  # click's own code for bad arguments
EXIT_INTERNAL = 70  # a bug: reported in one line, details with -v
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


def read_input(path: str) -> tuple[str, str]:
    """Read FILE or '-' (stdin) as plain text (a summary to check); returns (text, name)."""
    if path != "-" and " " in path.strip() and not Path(path).exists():
        # A newcomer types the claim itself; say how to pass one rather than "no such file".
        shown = path if len(path) <= 40 else path[:40] + "..."
        raise InputError(
            f"{shown}: no such file (SUMMARY is a file of claims, or - to read them from stdin: "
            'echo "CLAIM" | summarise check ARTICLE -)'
        )
    data, name = read_bytes(path)
    # Validated here too so that messages name the file (the library only sees text).
    return validate_article(decode_article(data, name=name), name=name), name


@contextmanager
def _naming(name: str) -> Iterator[None]:
    """Input errors about "the article" from the library name the file it came from."""
    try:
        yield
    except InputError as exc:
        raise InputError(f"{name}: {describe(exc)}") from None


def _fail(exc: BaseException, *, verbose: bool) -> None:
    """One line on stderr and the exit code of the error's branch."""
    if isinstance(exc, SummariserError):
        fail(exc)
    if isinstance(exc, KeyboardInterrupt):  # else click prints a blank line, "Aborted!", exit 1
        click.echo("summarise: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if verbose:
        raise exc
    click.echo(
        f"summarise: internal error: {type(exc).__name__}: {describe(exc)} (rerun with -v)",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


_html_option = click.option(
    "--html",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write an HTML report (evidence over the article) to FILE.",
)


def _title(name: str) -> str:
    return "stdin" if name == "stdin" else Path(name).name


def _console() -> Console:
    return Console(soft_wrap=True, highlight=False)


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """--version, with whether the engines run compiled (see summariser/compiled.py)."""
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    from . import compiled

    click.echo(f"summarise, version {version('summariser')} ({compiled.describe()})")
    ctx.exit()


@click.group(cls=OneLineErrorGroup, default="run", default_if_no_args=False)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Grounded structured summaries of news articles, and a checker for any summary.

    `summarise ARTICLE` is short for `summarise run ARTICLE`.
    """


@cli.command(name="run")
@click.argument("article", metavar="ARTICLE")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the Summary (with --show-prompt: the prompt) as JSON.",
)
@model_options
@click.option(
    "--show-prompt", is_flag=True, help="Print the exact prompt and exit (no model call)."
)
@_html_option
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def run(
    article: str,
    as_json: bool,
    verbose: bool,
    show_prompt: bool,
    html: Path | None,
    **options: Any,
) -> None:
    """Summarise ARTICLE: a text file, a saved web page, an http(s) URL, or - for stdin."""
    with verbose_logging() if verbose else nullcontext():
        _run(
            article,
            as_json=as_json,
            verbose=verbose,
            show_prompt=show_prompt,
            html=html,
            options=options,
        )


def _run(
    article: str,
    *,
    as_json: bool,
    verbose: bool,
    show_prompt: bool,
    html: Path | None,
    options: dict[str, Any],
) -> None:
    try:
        from .html_report import ensure_writable, summary_report, write_page
        from .pipeline import prepare_run, summarise

        if html is not None and not show_prompt:
            ensure_writable(html)  # before the model runs, so its work is not lost
        document = read_article(article)
        name = "stdin" if article == "-" else article
        _warn_language(document.text, name=name)
        settings = settings_from_options(options)
        if show_prompt:
            with _naming(name):
                _, backend, _, request = prepare_run(document, settings=settings)
            _print_prompt(request, chat=backend.chat, model=settings.model, as_json=as_json)
            return
        with _naming(name):
            summary = summarise(document, settings=settings)
    except (Exception, KeyboardInterrupt) as exc:
        _fail(exc, verbose=verbose)
    _warn_unresolved_dates(summary)
    if as_json:
        click.echo(summary.model_dump_json(indent=2))
    else:
        from .render import print_summary

        print_summary(summary, _console())
    if html is not None:  # after printing: a failed write loses no model work
        try:
            title = document.title or _title(name)
            page = summary_report(summary, document.text, title=title, origin=name)
            write_page(page, html)
        except Exception as exc:
            _fail(exc, verbose=verbose)


def _warn_language(text: str, *, name: str) -> None:
    """Before the model runs: the user may rather stop than wait."""
    from .notices import language_notice

    notice = language_notice(text)
    if notice is not None:
        click.echo(f"summarise: warning: {name}: {notice.message}", err=True)


def _warn_unresolved_dates(summary: Summary) -> None:
    for notice in summary.metadata.notices:
        if notice.code == "unresolved_dates":
            click.echo(
                f"summarise: warning: {notice.message}; pass --published YYYY-MM-DD", err=True
            )


def _print_prompt(request: DraftRequest, *, chat: bool, model: str, as_json: bool) -> None:
    """--show-prompt: a chat model's messages are JSON already; the embedded model's prompt is
    text, or with --json an object like the chat one's (a pipe expecting JSON gets JSON)."""
    if as_json:
        key, value = ("messages", list(request.messages)) if chat else ("prompt", request.prompt)
        click.echo(json.dumps({"model": model, key: value}, indent=2, ensure_ascii=False))
    elif chat:
        click.echo(json.dumps(list(request.messages), indent=2, ensure_ascii=False))
    else:
        click.echo(request.prompt, nl=False)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the summary (what --json prints)."""
    from .schema import summary_json_schema

    click.echo(json.dumps(summary_json_schema(), indent=2))


@cli.command()
@click.argument("article", metavar="ARTICLE")
@click.argument("summary", metavar="SUMMARY")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--published",
    help="Publication date YYYY-MM-DD for relative dates (default: a --json summary's own).",
)
@_html_option
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
def check(
    article: str,
    summary: str,
    as_json: bool,
    published: str | None,
    html: Path | None,
    verbose: bool,
) -> None:
    """Check SUMMARY against ARTICLE; exit 1 if any claim is unsupported.

    ARTICLE is read as `summarise` reads it (a web page's main text). SUMMARY is a `summarise
    --json` file, a hand-written {"claims": [...]} (see the README), a JSON list of claims, or
    plain text (one claim per sentence); - is stdin.
    """
    if article == "-" and summary == "-":
        raise click.UsageError("ARTICLE and SUMMARY cannot both be - (stdin is read once)")
    report: CheckReport | None = None
    try:
        from .checker import check as check_summary
        from .checker import check_claims, split_claims
        from .given import parse_summary, validated
        from .html_report import check_report, ensure_writable, summary_report, write_page

        given = when = parse_published(published)
        if html is not None:
            ensure_writable(html)
        document = read_article(article)  # a web page is read as `summarise` read it
        text = document.text
        article_name = "stdin" if article == "-" else article
        _warn_language(text, name=article_name)
        raw, name = read_input(summary)
        when = when or document.published
        parsed = parse_summary(raw, name=name)
        title = document.title or _title(article_name)
        if isinstance(parsed, dict):
            checked = validated(parsed, document=document, given=given, name=name)
            if given is not None:  # else the date the summary was made with
                checked.metadata.published, checked.metadata.published_from = given, "argument"
            report = check_summary(checked, text)
            checks, payload = report.claims, report.model_dump(mode="json")
            if checked.metadata.article_sha256 not in ("", sha256(text)):  # the wrong pair?
                click.echo(
                    f"summarise: warning: {name} is a summary of another text than "
                    f"{article_name} (its article_sha256 differs)",
                    err=True,
                )
            if html is not None:
                checked.check = report
                write_page(summary_report(checked, text, title=title, origin=article_name), html)
        else:
            claims = split_claims(raw) if parsed is None else parsed
            if not claims:
                raise InputError(f"{name} has no claims to check")
            checks = check_claims(text, claims, published=when)
            payload = {"claims": [c.model_dump(mode="json") for c in checks]}
            if html is not None:
                page = check_report(checks, text, title=title, published=when, origin=article_name)
                write_page(page, html)
    except ValidationError as exc:
        where, message = first_invalid(exc)
        shown = "stdin" if summary == "-" else summary
        _fail(
            InputError(f"{shown} is JSON but not a summary ({where}: {message})"),
            verbose=verbose,
        )
    except ValueError as exc:
        _fail(InputError(str(exc)), verbose=verbose)
    except (Exception, KeyboardInterrupt) as exc:
        _fail(exc, verbose=verbose)
    if as_json:
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        from .render import print_claim_checks

        print_claim_checks(checks, _console(), report=report)
    sys.exit(EXIT_OK if all(c.supported for c in checks) else EXIT_UNSUPPORTED)


@cli.command()
@click.argument("output", metavar="OUTPUT", type=click.Path(path_type=Path))
@click.option(
    "--articles",
    required=True,
    type=click.Path(path_type=Path),
    help="The batch's SOURCE (JSONL or folder) holding the articles' text.",
)
@click.option(
    "-o",
    "--output",
    "html",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
@click.option("--title", help="Page title (default: from OUTPUT's name).")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
def report(output: Path, articles: Path, html: Path, title: str | None, verbose: bool) -> None:
    """Write an HTML report of a `summarise batch` OUTPUT file.

    An index of the articles with their verdict counts (filterable to those with flagged
    claims), each linking to its article view. Articles are matched to OUTPUT by id.
    """
    try:
        from .html_report import batch_report, ensure_writable, write_page

        ensure_writable(html)
        write_page(batch_report(output, articles=articles, title=title), html)
    except Exception as exc:
        _fail(exc, verbose=verbose)


def main() -> None:
    """Console-script entry point."""
    cli()


from .batch.command import batch  # noqa: E402

cli.add_command(batch)
