"""Showing a batch's progress: a rich bar on a terminal, periodic plain lines otherwise."""

from __future__ import annotations

import logging
import time
from typing import Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from .tally import ProgressSink, Tally, format_duration, status_line

logger = logging.getLogger(__name__)


class RichProgress:
    """A live bar: done/total, failed, tokens, rate, ETA (rendered on stderr)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._bar = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TextColumn(
                "[green]{task.fields[done]} summarised[/] [red]{task.fields[failed]} failed[/]"
            ),
            TextColumn("{task.fields[tokens]} tokens"),
            TextColumn("{task.fields[rate]}/s"),
            TextColumn("ETA {task.fields[eta]}"),
            console=console,
            refresh_per_second=4,
        )
        self._task: TaskID | None = None

    def update(self, tally: Tally) -> None:
        fields: dict[str, Any] = {
            "done": tally.done,
            "failed": tally.failed,
            "tokens": f"{tally.usage.total_tokens:,}",
            "rate": f"{tally.rate:.1f}",
            "eta": format_duration(tally.eta),
        }
        if self._task is None:
            self._bar.start()
            self._task = self._bar.add_task("batch", total=tally.total, **fields)
        self._bar.update(self._task, completed=tally.accounted, total=tally.total, **fields)

    def close(self, tally: Tally) -> None:
        if self._task is not None:
            self.update(tally)
            self._bar.stop()


class PlainProgress:
    """A status line every `interval` seconds (for logs, CI, pipes)."""

    def __init__(self, stream: TextIO, *, interval: float = 10.0) -> None:
        self.stream = stream
        self.interval = interval
        self._last = time.monotonic()

    def update(self, tally: Tally) -> None:
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._print(tally)

    def close(self, tally: Tally) -> None:
        self._print(tally)

    def _print(self, tally: Tally) -> None:
        print(status_line(tally), file=self.stream, flush=True)


def make_progress(stream: TextIO, *, interval: float = 10.0) -> ProgressSink:
    """The rich bar if `stream` is a terminal, else plain periodic lines."""
    if stream.isatty():
        return RichProgress(Console(file=stream))
    return PlainProgress(stream, interval=interval)
