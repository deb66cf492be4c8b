"""A batch on Ray: the driver reads, skips and records; Ray actors summarise.

The driver (the process running `summarise batch --engine ray`) does what the local runner's
event loop does, with the same code: it reads the inputs, reports duplicates, skips ids the
ledger already holds *before* dispatching them, records bad inputs itself, and is the single
writer of the output and errors files, so the exactly-once guarantees of the ledger (one
fsync'd line per record, a torn tail cut off on reopening) hold as they do locally. Each other
item goes to one of the `ItemRunner` actors, which runs the local runner's per-item code
(prepare, cache, model call under the cluster-wide limit, finish) and hands back the item's
one record for the driver to write. A killed driver takes its actors with it; whatever they
had not handed back was not recorded and runs again on the rerun (from the cache, if its
model call had finished).
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from typing import Any

from .. import errors as error_classes
from ..backends import make_backend
from ..errors import BackendError, SummariserError, WorkerError
from ..schema import Usage
from ..settings import Settings
from .collector import batch_collector, tune_for_batch
from .inputs import Item, count_items
from .ledger import Kind, Ledger
from .limiter import AdaptiveLimiter
from .ray_cluster import ClusterLimiter, connected, require_ray, start_limiter
from .runner import BatchJob, _Run, _Stop
from .stages import InlineStages
from .tally import ProgressSink, Tally

logger = logging.getLogger(__name__)

DIED = (
    "a Ray worker died (killed, out of memory, or its node left); "
    "the items in flight are not recorded: rerun the batch to resume"
)

# Counters each actor reports (running totals), summed by the driver into its tally.
_COUNTERS = ("cached", "tokens_saved", "model_calls", "attempts")


class _Records:
    """Stands in for the Ledger on a worker: keeps each item's one record for the driver."""

    def __init__(self) -> None:
        self.kept: dict[str, tuple[Kind, bytes]] = {}

    async def append(self, kind: Kind, key: str, line: bytes) -> None:
        self.kept[key] = (kind, line)


class ItemRunner:
    """Summarises one item at a time, many at once (run as a Ray async actor)."""

    def __init__(self, job: BatchJob, settings: Settings, limiter: Any) -> None:
        tune_for_batch()  # this process only runs batch items
        self.backend = make_backend(settings)
        self.records = _Records()
        self.tally = Tally()
        self.cluster = ClusterLimiter(limiter)
        self.run = _Run(
            job,
            settings=settings,
            backend=self.backend,
            stages=InlineStages(settings=settings, backend=self.backend),
            ledger=self.records,  # type: ignore[arg-type]
            tally=self.tally,
            progress=None,
            limiter=self.cluster,  # type: ignore[arg-type]
        )
        if hasattr(self.backend, "on_retry"):  # 429s reach the cluster's limiter
            self.backend.on_retry = self.cluster.observe
        if self.run.gated:  # and each HTTP request holds one of its places
            self.backend.gate = self.cluster.slot  # type: ignore[attr-defined]
        self.answers = 0  # numbers this actor's answers: its running counters only grow

    async def summarise(self, item: Item) -> dict[str, Any]:
        """The item's record (kind, line), the reason to stop the batch if there is one, and
        this actor's running counters."""
        stop: tuple[str, str] | None = None
        try:
            await self.run._process(item)
        except _Stop:
            reason = self.tally.stopped
            stop = (type(reason).__name__, str(reason))
        kind, line = self.records.kept.pop(item.id, (None, None))
        self.answers += 1
        counters: dict[str, Any] = {name: getattr(self.tally, name) for name in _COUNTERS}
        counters["usage"] = self.tally.usage.model_dump()
        counters["notices"] = dict(self.tally.notices)
        counters["answer"] = self.answers
        return {"kind": kind, "line": line, "stop": stop, "counters": counters}


def _error(name: str, message: str) -> SummariserError:
    """The driver's copy of a worker's stop reason (the same class, hence the same exit code)."""
    kind = getattr(error_classes, name, None)
    if isinstance(kind, type) and issubclass(kind, SummariserError):
        return kind(message)
    return BackendError(message)


class _Driver(_Run):
    """The local runner's reading, skipping, recording and progress, with items sent to actors."""

    def __init__(self, job: BatchJob, *, actors: list[Any], **kwargs: Any) -> None:
        super().__init__(job, **kwargs)
        self.actors = actors
        self.load = [0] * len(actors)
        self.counters: dict[int, dict[str, Any]] = {}  # actor -> its latest running counters

    async def _process(self, item: Item) -> None:
        if item.error is not None:
            await self._fail(item, item.error)
            return
        chosen = min(range(len(self.actors)), key=self.load.__getitem__)
        self.load[chosen] += 1
        ray = require_ray()
        try:
            answer = await self.actors[chosen].summarise.remote(item)
        except ray.exceptions.RayActorError:
            self.tally.stopped = WorkerError(DIED)
            raise _Stop from None
        except ray.exceptions.RayError as exc:  # e.g. the item could not be sent: a bug
            logger.warning("internal error on %s", item.where, exc_info=True)
            await self._fail(item, getattr(exc, "cause", None) or exc)
            return
        finally:
            self.load[chosen] -= 1
        self._add(chosen, answer["counters"])
        if answer["kind"] is not None:
            if answer["kind"] == "errors":
                self.tally.codes[_code(answer["line"])] += 1
            await self.ledger.append(answer["kind"], item.id, answer["line"])
        if answer["stop"] is not None and self.tally.stopped is None:
            self.tally.stopped = _error(*answer["stop"])
        if self.tally.stopped is not None:
            raise _Stop

    def _add(self, actor: int, counters: dict[str, Any]) -> None:
        """Running totals arrive out of order: keep each actor's latest."""
        seen = self.counters.get(actor)
        if seen is None or counters["answer"] > seen["answer"]:
            self.counters[actor] = counters
        for name in _COUNTERS:
            setattr(self.tally, name, sum(c[name] for c in self.counters.values()))
        self.tally.notices = sum(
            (Counter(c["notices"]) for c in self.counters.values()), Counter[str]()
        )
        usage = [Usage.model_validate(c["usage"]) for c in self.counters.values()]
        self.tally.usage = Usage(
            prompt_tokens=sum(u.prompt_tokens for u in usage),
            completion_tokens=sum(u.completion_tokens for u in usage),
            total_tokens=sum(u.total_tokens for u in usage),
        )


def _code(line: bytes) -> str:
    return str(json.loads(line).get("code", "error"))


def actor_count(job: BatchJob) -> int:
    """`job.workers` actors, else one per CPU of the cluster (at least one)."""
    if job.workers:
        return job.workers
    cpus = require_ray().cluster_resources().get("CPU", 1)
    return max(1, int(cpus))


def start_runners(job: BatchJob, *, settings: Settings, limiter: Any, count: int) -> list[Any]:
    """`count` ItemRunner actors, one CPU each. They are given the API key itself: a worker on
    another machine does not have this one's environment."""
    ray = require_ray()
    resolved = settings.model_copy(update={"api_key": settings.resolved_api_key()})
    remote = ray.remote(num_cpus=1, max_restarts=0, max_concurrency=10_000)(ItemRunner)
    return [remote.remote(job, resolved, limiter) for _ in range(count)]


async def run_on_ray(
    job: BatchJob, *, settings: Settings, progress: ProgressSink | None = None
) -> Tally:
    """Run (or resume) a batch on Ray; the same tally and records as `run_batch`."""
    ray = require_ray()
    with batch_collector(), connected():
        ledger = Ledger(job.output, errors=job.errors)
        tally = Tally()
        actors: list[Any] = []
        limiter: Any = None
        try:
            if job.retry_failed:
                logger.info("retrying %d failed ids", ledger.forget_failures())
            tally.total = count_items(job.source)
            limiter = start_limiter(job.concurrency)
            actors = start_runners(job, settings=settings, limiter=limiter, count=actor_count(job))
            driver = _Driver(
                job,
                actors=actors,
                settings=settings,
                backend=_NoBackend(),
                stages=InlineStages(settings=settings, backend=_NoBackend()),
                ledger=ledger,
                tally=tally,
                progress=progress,
                limiter=AdaptiveLimiter(job.concurrency),  # unused: the actor holds the limit
            )
            logger.info("running on %d Ray actors", len(actors))
            await driver.go()
            if tally.stopped is None or not isinstance(tally.stopped, WorkerError):
                count, lowest = await limiter.stats.remote()
                tally.rate_limited, tally.lowest_limit = count, lowest
        finally:
            for actor in [*actors, limiter]:
                if actor is not None:
                    ray.kill(actor)
            ledger.close()
            tally.finished = time.monotonic()
            if progress is not None:
                progress.close(tally)
    return tally


class _NoBackend:
    """The driver never calls the model: its runner only needs a backend's traits."""

    name = "ray-driver"
    constrained = False
    chat = True
    gates_requests = False

    def context_chars(self) -> int | None:
        return None
