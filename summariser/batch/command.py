"""The `summarise batch` command: many articles, concurrently, resumable, nothing lost."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.logging import RichHandler

from ..errors import SummariserError
from ..options import fail, model_options, settings_from_options
from ..terminal import PACKAGE
from .ledger import errors_path_for
from .progress import RichProgress, make_progress
from .tally import ProgressSink, final_lines

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_INTERRUPTED = 130


@click.command()
@click.argument("source", metavar="SOURCE", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="Summaries (JSONL)."
)
@click.option(
    "--errors",
    type=click.Path(path_type=Path),
    help="Failures (JSONL; default: OUTPUT with .errors.jsonl).",
)
@click.option(
    "-c",
    "--concurrency",
    type=click.IntRange(1, 512),
    default=8,
    show_default=True,
    help="Model requests in flight at most (fewer while the server answers 429).",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=None,
    help="Processes for analysis and checking (default: cores - 1, at most 4, for batches "
    "of 100 or more; 0: all in one process).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where items run: this machine, or the Ray cluster at $RAY_ADDRESS (a local Ray when "
    "unset; needs the 'ray' extra). With ray, --workers counts Ray actors (default: one per CPU).",
)
@model_options
@click.option("--retry-failed", is_flag=True, help="Run again the ids in the errors file.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the model-result cache.")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    help="Cache folder (default: $SUMMARISER_CACHE_DIR or ~/.cache/summariser).",
)
@click.option(
    "--progress-interval",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds between status lines when stderr is not a terminal.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log retries and progress details.")
def batch(
    source: Path,
    output: Path,
    errors: Path | None,
    concurrency: int,
    workers: int | None,
    engine: str,
    retry_failed: bool,
    no_cache: bool,
    cache_dir: Path | None,
    progress_interval: float,
    verbose: bool,
    **options: Any,
) -> None:
    """Summarise many articles (JSONL or a folder) into OUTPUT; resumable.

    One JSON line per article. SOURCE is a JSONL file (fields id and one of text, html (a web
    page) or url (fetched), and optionally published, title, url) or a folder of .txt and .html
    files (id = the file name); a web page's main text is extracted. Each output line holds the
    id and the summary with its check report; each failure goes to the errors file (id, code,
    message, attempts). Every input id ends up in exactly one of the two, even after a crash:
    rerun the same command to resume (recorded ids are skipped). Duplicate ids are reported and
    processed once. Empty, binary, non-UTF-8 and over-5 MB articles, pages that cannot be
    fetched and lines that are not JSON objects are per-item errors. Model results are cached:
    a rerun of the same articles costs nothing.

    Exit codes: 0 every input summarised; 1 an input's record is a failure, from this run
    or an earlier one (see the errors file; --retry-failed runs them again), or a worker
    process died (rerun to resume); 3 input error; 4 configuration error, found before any
    item is recorded; 5 the backend stopped the batch (e.g. a refused API key); 130
    interrupted (rerun to resume).
    """
    from .cache import DraftCache
    from .dispatch import run_batch
    from .runner import BatchJob

    errors_path = errors or errors_path_for(output)
    progress = make_progress(sys.stderr, interval=progress_interval)
    with _logging(progress, verbose=verbose):
        try:
            settings = settings_from_options(options)
            job = BatchJob(
                source=source,
                output=output,
                errors=errors_path,
                concurrency=concurrency,
                workers=workers,
                engine=engine,
                retry_failed=retry_failed,
                cache=None if no_cache else DraftCache(cache_dir),
            )
            tally = asyncio.run(run_batch(job, settings=settings, progress=progress))
        except KeyboardInterrupt:
            click.echo("summarise: interrupted; rerun the same command to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except SummariserError as exc:
            fail(exc)
    for line in final_lines(tally, output=str(output), errors=str(errors_path)):
        click.echo(line, err=True)
    if tally.stopped is not None:
        fail(tally.stopped)
    # The whole job, not just this run: failures recorded by earlier runs count too.
    sys.exit(EXIT_SOME_FAILED if tally.failing else EXIT_OK)


_CHATTY = ("instructor", "trafilatura", "htmldate", "courlan", "justext")


class _Quiet(logging.Filter):
    """Without -v: no per-attempt chatter from Instructor (retries are accounted for in the
    tally) or from the page extractor (a page without text is an item's error), and no
    tracebacks (the errors file has each item's message)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(_CHATTY):
            return False
        record.exc_info = None
        record.exc_text = None
        return True


@contextmanager
def _logging(progress: ProgressSink, *, verbose: bool) -> Iterator[None]:
    """Log records go above the progress bar (or to stderr) while the batch runs."""
    handler: logging.Handler
    if isinstance(progress, RichProgress):
        handler = RichHandler(console=progress.console, show_time=False, show_path=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    if not verbose:
        handler.addFilter(_Quiet())
    root = logging.getLogger()
    root.addHandler(handler)
    # -v is this package's INFO records; other libraries' (httpx logs every request at INFO)
    # stay at their own level.
    package = logging.getLogger(PACKAGE)
    level = package.level
    if verbose:
        package.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        package.setLevel(level)
