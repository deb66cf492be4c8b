"""The running count of a batch: what happened to its items, tokens spent, time taken."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import SummariserError
from ..schema import Usage


@dataclass
class Tally:
    """Counts of one run of a batch (items from earlier runs are `skipped`)."""

    total: int = 0  # items in the input
    done: int = 0  # summaries written to the output by this run
    failed: int = 0  # records written to the errors file by this run
    skipped: int = 0  # already accounted for by an earlier run
    failed_before: int = 0  # of those, the ones whose record is a failure
    duplicates: list[str] = field(default_factory=list)  # repeated ids (not processed)
    cached: int = 0  # model results taken from the cache
    tokens_saved: int = 0  # tokens those cached results had cost
    model_calls: int = 0  # calls to the model (each may include retries)
    attempts: int = 0  # attempts the backend reported (transient retries included)
    usage: Usage = field(default_factory=Usage)  # tokens spent by this run
    codes: Counter[str] = field(default_factory=Counter)  # error codes of this run's failures
    notices: Counter[str] = field(default_factory=Counter)  # notice codes of its summaries
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    stopped: SummariserError | None = None  # why the batch stopped early, if it did
    rate_limited: int = 0  # 429s seen
    lowest_limit: int = 0  # fewest calls in flight the limiter went down to

    @property
    def processed(self) -> int:
        """Items this run finished (written either way)."""
        return self.done + self.failed

    @property
    def failing(self) -> int:
        """Input ids whose record is a failure, from this run or an earlier one: the job is
        not done while there are any."""
        return self.failed + self.failed_before

    @property
    def accounted(self) -> int:
        return self.processed + self.skipped + len(self.duplicates)

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Items finished per second by this run."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate (None before the first item)."""
        remaining = max(self.total - self.accounted, 0)
        return remaining / self.rate if self.rate > 0 else None

    def spend(self, usage: Usage) -> None:
        self.usage = Usage(
            prompt_tokens=self.usage.prompt_tokens + usage.prompt_tokens,
            completion_tokens=self.usage.completion_tokens + usage.completion_tokens,
            total_tokens=self.usage.total_tokens + usage.total_tokens,
        )


class ProgressSink(Protocol):
    """Whatever shows a batch's progress (a rich bar, periodic lines, nothing)."""

    def update(self, tally: Tally) -> None:
        """Called after every item."""

    def close(self, tally: Tally) -> None:
        """Called once, when the batch ends (normally or not)."""


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = round(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _earlier(tally: Tally) -> str:
    """Items of earlier runs, and how many of them failed."""
    failed = f" ({tally.failed_before:,} of them failed)" if tally.failed_before else ""
    return f"{tally.skipped:,} already done{failed}"


def _duplicates(tally: Tally) -> str:
    return _count(len(tally.duplicates), "duplicate id", "duplicate ids") + " skipped"


def _notices(notices: Counter[str]) -> str:
    """What the summaries' metadata.notices say, counted, with the remedy a batch has."""
    said = []
    if notices["not_english"]:
        said.append(
            f"{_count(notices['not_english'], 'article does', 'articles do')} not read as "
            "English (the engines are built for English)"
        )
    if notices["unresolved_dates"]:
        said.append(
            f"{_count(notices['unresolved_dates'], 'article has', 'articles have')} dates left "
            "unresolved for want of a publication date (give their rows a 'published' field)"
        )
    return "notices: " + "; ".join(said) + " (metadata.notices in the output)"


def status_line(tally: Tally) -> str:
    """One line for periodic progress (the same words as the closing tally)."""
    return (
        f"batch: {tally.accounted:,}/{tally.total:,} inputs ({tally.done:,} summarised, "
        f"{tally.failed:,} failed, {_earlier(tally)}, {_duplicates(tally)}), "
        f"{tally.usage.total_tokens:,} tokens, {tally.rate:.1f}/s, "
        f"ETA {format_duration(tally.eta)}"
    )


def final_lines(tally: Tally, *, output: str, errors: str) -> list[str]:
    """The closing tally: what happened, tokens, time, and whether the job still has failures."""
    lines = [
        f"batch: {tally.total:,} inputs: {tally.done:,} summarised -> {output}, "
        f"{tally.failed:,} failed -> {errors}, {_earlier(tally)}, {_duplicates(tally)}"
    ]
    if tally.codes:
        lines.append(
            "failures: " + ", ".join(f"{code} {n}" for code, n in sorted(tally.codes.items()))
        )
    if tally.notices:
        lines.append(_notices(tally.notices))
    usage = tally.usage
    lines.append(
        f"tokens: {usage.prompt_tokens:,} prompt + {usage.completion_tokens:,} completion = "
        f"{usage.total_tokens:,}; {tally.model_calls} model calls ({tally.attempts} attempts); "
        f"{tally.cached} from cache ({tally.tokens_saved:,} tokens saved)"
    )
    if tally.rate_limited:
        lines.append(
            f"rate limits: {tally.rate_limited} 429s; slowed down to {tally.lowest_limit} in flight"
        )
    lines.append(f"time: {format_duration(tally.elapsed)}, {tally.rate:.1f} articles/s")
    lines.extend(tally.duplicates[:10])
    if len(tally.duplicates) > 10:
        lines.append(f"... and {len(tally.duplicates) - 10} more duplicate ids")
    if tally.failing:
        lines.append(
            f"not done: {_count(tally.failing, 'input has', 'inputs have')} a failure record "
            f"in {errors}; --retry-failed runs them again"
        )
    return lines
