"""Running a batch: inputs -> prepare (stages) -> cache -> model -> finish -> ledger, concurrently.

Every item ends as exactly one record: a summary in the output or a failure in the errors file.
Per-item problems (bad input, invalid model output, a server that keeps failing for this item)
are recorded and the batch goes on. Permanent problems (a refused API key, a configuration that
cannot work) stop the whole batch at once: items in flight are abandoned unrecorded, so a rerun
after the fix picks them up. So does a run of consecutive failures to reach the model at all.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..backends.base import Backend, DraftRequest, DraftResult
from ..errors import (
    AuthenticationError,
    BackendError,
    ConfigurationError,
    InputError,
    InvalidOutputError,
    NetworkError,
    RetryExhaustedError,
    SummariserError,
    WorkerError,
    describe,
    details,
)
from ..schema import Usage
from ..settings import Settings
from ..sources import afetch_source
from .cache import DraftCache, cache_key
from .collector import batch_collector
from .inputs import Deduplicator, Item, count_items, read_items
from .ledger import Ledger, encode
from .limiter import AdaptiveLimiter
from .stages import InlineStages, Stages, WorkerStages, auto_workers
from .tally import ProgressSink, Tally

logger = logging.getLogger(__name__)

# Items in progress per model call allowed in flight: while one waits for the model, another
# is being analysed or checked, so the calls in flight stay at the concurrency limit.
ITEMS_PER_CALL = 2

# Errors that would fail every item the same way: stop instead of recording each one.
PERMANENT = (AuthenticationError, ConfigurationError, WorkerError)

# Error codes in the errors file, most specific first.
_CODES: tuple[tuple[type[BaseException], str], ...] = (
    (InvalidOutputError, "invalid_output"),
    (RetryExhaustedError, "retry_exhausted"),
    (AuthenticationError, "authentication"),
    (BackendError, "backend_error"),
    (NetworkError, "network_error"),
    (InputError, "input_error"),
    (ConfigurationError, "configuration_error"),
    (SummariserError, "error"),
)


def error_code(exc: BaseException) -> str:
    """The errors file's code for an exception ("internal_error" for a bug)."""
    for kind, code in _CODES:
        if isinstance(exc, kind):
            return code
    return "internal_error"


def failure_record(item: Item, exc: BaseException) -> dict[str, Any]:
    """The errors file's record of an item that failed with `exc`."""
    code = error_code(exc)
    record: dict[str, Any] = {"id": item.id, "code": code, "message": describe(exc)}
    record["attempts"] = getattr(exc, "attempts", 0)
    if isinstance(exc, SummariserError):
        record.update({k: v for k, v in details(exc).items() if k not in record})
    else:
        record["type"] = type(exc).__name__
    record["where"] = item.where
    return record


@dataclass(frozen=True)
class BatchJob:
    """What to run: where the articles are, where records go, and how hard to push."""

    source: Path
    output: Path
    errors: Path | None = None
    concurrency: int = 8
    retry_failed: bool = False
    cache: DraftCache | None = None
    # Consecutive items that could not reach the model before the batch stops
    # (None: 3 before the first answer, then max(10, 2 x concurrency)).
    breaker: int | None = None
    # Processes for the pipeline's CPU-bound steps: 0 runs them in the event loop, None picks
    # auto_workers() (the CLI's default). Workers are spawned, so a script that asks for them
    # needs the usual `if __name__ == "__main__":` guard.
    workers: int | None = 0
    # "local": this process and its workers; "ray": the Ray cluster at $RAY_ADDRESS, or a Ray
    # started for the run (needs the `ray` extra; see ray_engine.py). `workers` then counts
    # Ray actors (None: one per CPU of the cluster).
    engine: str = "local"


class _Stop(Exception):
    """Raised by a worker to end the batch (the reason is in the tally)."""


class _Run:
    def __init__(
        self,
        job: BatchJob,
        *,
        settings: Settings,
        backend: Backend,
        stages: Stages,
        ledger: Ledger,
        tally: Tally,
        progress: ProgressSink | None,
        limiter: AdaptiveLimiter | None = None,
    ) -> None:
        self.job = job
        self.settings = settings
        self.backend = backend
        self.stages = stages
        self.ledger = ledger
        self.tally = tally
        self.progress = progress
        # Any object with AdaptiveLimiter's methods will do (a Ray engine's cluster-wide one).
        self.limiter = limiter or AdaptiveLimiter(job.concurrency)
        self.gated = bool(getattr(backend, "gates_requests", False))
        self._items = ITEMS_PER_CALL * job.concurrency  # items in progress at most
        self.answered = False  # has the model answered anything yet?
        self.unreachable = 0  # consecutive items that could not reach the model
        self.tripped: BackendError | None = None  # set when they were too many

    async def go(self) -> None:
        queue: asyncio.Queue[Item | None] = asyncio.Queue(maxsize=2 * self.job.concurrency)
        tasks = [asyncio.create_task(self._produce(queue))]
        tasks += [asyncio.create_task(self._work(queue)) for _ in range(self._items)]
        try:
            await asyncio.gather(*tasks)
        except _Stop:
            logger.info("batch stopped: %s", self.tally.stopped)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.ledger.drain()
            self._count()
            self.tally.rate_limited = self.limiter.rate_limited_count
            self.tally.lowest_limit = self.limiter.lowest

    async def _produce(self, queue: asyncio.Queue[Item | None]) -> None:
        seen = Deduplicator()
        for item in read_items(self.job.source):
            if not seen.first_time(item):
                self.tally.duplicates.append(seen.repeats[-1])
                self._update()
            elif self.ledger.accounted(item.id):
                self.tally.skipped += 1
                if self.ledger.failed_only(item.id):
                    self.tally.failed_before += 1
                self._update()
            else:
                await queue.put(item)
        for _ in range(self._items):
            await queue.put(None)

    async def _work(self, queue: asyncio.Queue[Item | None]) -> None:
        while (item := await queue.get()) is not None:
            await self._process(item)
            self._update()

    async def _process(self, item: Item) -> None:
        if item.error is not None:
            await self._fail(item, item.error)
            return
        try:
            line = await self._summarise(item)
        except PERMANENT as exc:
            self.tally.stopped = exc
            raise _Stop from None
        except SummariserError as exc:
            await self._fail(item, exc)
            if self.tripped is not None:
                self.tally.stopped = self.tripped
                raise _Stop from None
            return
        except Exception as exc:  # a bug on one article must not sink the batch
            logger.warning("internal error on %s", item.where, exc_info=True)
            await self._fail(item, exc)
            return
        await self.ledger.append("output", item.id, line)

    async def _summarise(self, item: Item) -> bytes:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        try:
            source = item.source()
            if item.fetch:
                source = await afetch_source(item.url or "")
                timings["fetch"] = round(time.perf_counter() - started, 4)
                started = time.perf_counter()
            request = await self.stages.prepare(item.id, source, published=item.published)
            timings["prepare"] = round(time.perf_counter() - started, 4)
            result = await self._draft(request, timings)
        except BaseException:
            self.stages.forget(item.id)
            raise
        finished = await self.stages.finish(item.id, result, timings=timings)
        self.tally.notices.update(finished.notices)
        record: dict[str, Any] = {"id": item.id}
        record.update({k: v for k, v in (("title", item.title), ("url", item.url)) if v})
        return encode(record, raw={"summary": finished.json})

    async def _draft(self, request: DraftRequest, timings: dict[str, float]) -> DraftResult:
        """The model's result: from the cache, else from the backend (then cached)."""
        cache = self.job.cache
        key = ""
        if cache is not None:
            key = cache_key(settings=self.settings, backend=self.backend, request=request)
            cached = cache.get(key, request=request)
            if cached is not None:
                self.tally.cached += 1
                self.tally.tokens_saved += cached.usage.total_tokens
                timings["model"] = 0.0
                return cached
        async with self._admitted():
            started = time.perf_counter()
            try:
                result = await self.backend.adraft(request)
            except PERMANENT:
                self.limiter.close()  # before our slot frees: no one else may start a call
                raise
            except InvalidOutputError as exc:  # the server answered, the model got it wrong
                self._spent(exc.attempts, Usage.model_validate(exc.usage))
                self._answered()
                raise
            except BackendError as exc:
                if isinstance(exc, RetryExhaustedError):
                    self._spent(exc.attempts, Usage.model_validate(exc.usage))
                self._check_breaker(exc)  # inside the slot: before anyone else starts
                raise
            timings["model"] = round(time.perf_counter() - started, 4)
        self._answered()
        self._spent(result.attempts, result.usage)
        if cache is not None:
            cache.put(key, result)
        return result

    def _admitted(self) -> AbstractAsyncContextManager[None]:
        """Where a call waits for the limiter: for the whole call, or (when the backend holds a
        slot around each of its HTTP requests) only while the limiter probes."""
        if self.gated:
            return self.limiter.alone_while_probing()
        return self.limiter.slot()

    def _answered(self) -> None:
        self.limiter.succeeded()
        self.answered = True
        self.unreachable = 0

    def _spent(self, attempts: int, usage: Usage) -> None:
        self.tally.model_calls += 1
        self.tally.attempts += attempts
        self.tally.spend(usage)

    async def _fail(self, item: Item, exc: BaseException) -> None:
        record = failure_record(item, exc)
        self.tally.codes[record["code"]] += 1
        await self.ledger.append("errors", item.id, encode(record))

    def _check_breaker(self, exc: BackendError) -> None:
        """Stop when item after item cannot reach the model (server down, wrong URL)."""
        self.unreachable += 1
        limit = self.job.breaker or (max(10, 2 * self.job.concurrency) if self.answered else 3)
        if self.unreachable >= limit and self.tripped is None:
            self.limiter.close()
            self.tripped = BackendError(
                f"stopped after {self.unreachable} items in a row failed to get an answer "
                f"(last: {describe(exc)}); rerun with --retry-failed once the server is back"
            )

    def _count(self) -> None:
        self.tally.done = self.ledger.written["output"]
        self.tally.failed = self.ledger.written["errors"]

    def _update(self) -> None:
        self._count()
        if self.progress is not None:
            self.progress.update(self.tally)


async def run_local(
    job: BatchJob,
    *,
    settings: Settings,
    backend: Backend,
    progress: ProgressSink | None = None,
) -> Tally:
    """Run (or resume) a batch in this process (and its worker processes), with ``backend``
    already checked; `run_batch` (dispatch.py) validates the job and picks the engine."""
    chosen = backend
    with batch_collector():  # a fifth of the pipeline's CPU otherwise: see collector.py
        ledger = Ledger(job.output, errors=job.errors)
        tally = Tally()
        observed = hasattr(chosen, "on_retry")
        previous = getattr(chosen, "on_retry", None)
        previous_gate = getattr(chosen, "gate", None)
        stages: Stages | None = None
        run: _Run | None = None
        try:
            if job.retry_failed:
                logger.info("retrying %d failed ids", ledger.forget_failures())
            tally.total = count_items(job.source)
            workers = auto_workers(tally.total) if job.workers is None else job.workers
            stages = (
                WorkerStages(settings=settings, backend=chosen, count=workers)
                if workers > 0
                else InlineStages(settings=settings, backend=chosen)
            )
            run = _Run(
                job,
                settings=settings,
                backend=chosen,
                stages=stages,
                ledger=ledger,
                tally=tally,
                progress=progress,
            )
            if observed:  # the limiter learns about 429s from the backend's retry loop
                chosen.on_retry = run.limiter.observe  # type: ignore[attr-defined]
            if run.gated:  # and bounds the backend's HTTP requests in flight
                chosen.gate = run.limiter.slot  # type: ignore[attr-defined]
            await run.go()
        finally:
            if observed:
                chosen.on_retry = previous  # type: ignore[attr-defined]
            if run is not None and run.gated:
                chosen.gate = previous_gate  # type: ignore[attr-defined]
            if stages is not None:
                stages.close()
            closer = getattr(chosen, "aclose", None)
            if closer is not None:
                await closer()
            ledger.close()
            tally.finished = time.monotonic()
            if progress is not None:
                progress.close(tally)
    return tally
