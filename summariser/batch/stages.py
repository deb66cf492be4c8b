"""The pipeline's CPU-bound steps of a batch item, in the event loop or in worker processes.

Before the model: validate, analyse and render (`prepare`); after it: ground and check
(`finish`). They take ~8 ms of CPU per 600-word article; in the event loop that CPU caps a
batch at roughly 1 / (8 ms + the client's ~4 ms) whatever the concurrency, so on a machine with
spare cores the steps run in worker processes and the loop only talks to the model.

An article's two steps run in the same worker, which keeps its analysis in between, so little
crosses between processes: the text in and the rendered request out; the draft in and the
summary's JSON out.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from ..analysis import Analysis
from ..backends.base import BackendTraits, DraftRequest, DraftResult, Traits
from ..drafts import Draft
from ..errors import WorkerError
from ..pipeline import finish, prepare
from ..settings import Settings

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Below this many items the workers' start-up (~0.7 s each) costs more than they save.
WORKERS_FROM_ITEMS = 100


def auto_workers(items: int) -> int:
    """Worker processes for a batch of this size: one core for the event loop, the rest
    (up to 4) for the pipeline; none for small batches or on a single core."""
    if items < WORKERS_FROM_ITEMS:
        return 0
    return max(0, min((os.cpu_count() or 1) - 1, 4))


class Stages(Protocol):
    """Where a batch runs the pipeline's steps around the model call."""

    async def prepare(self, key: str, text: str, *, published: dt.date | None) -> DraftRequest:
        """Validate, analyse and render one article (kept under `key` until finish/forget)."""

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> str:
        """The grounded, checked summary of the article under `key`, as JSON."""

    def forget(self, key: str) -> None:
        """Drop what `prepare` kept (the item failed before `finish`)."""

    def close(self) -> None:
        """Release workers, if any."""


class _Kept:
    """What one process keeps between an article's two steps."""

    def __init__(self, settings: Settings, backend: Traits) -> None:
        self.settings = settings
        self.backend = backend
        self.analyses: dict[str, tuple[Analysis, Settings]] = {}

    def prepare(self, key: str, text: str, published: dt.date | None) -> DraftRequest:
        config = self.settings
        if published is not None:
            config = config.model_copy(update={"published": published})
        analysis, request = prepare(text, settings=config, backend=self.backend)
        self.analyses[key] = (analysis, config)
        return request

    def finish(self, key: str, result: DraftResult, timings: dict[str, float]) -> str:
        analysis, config = self.analyses.pop(key)
        summary = finish(analysis, result, backend=self.backend, settings=config, timings=timings)
        return summary.model_dump_json()

    def forget(self, key: str) -> None:
        self.analyses.pop(key, None)


class InlineStages:
    """The steps in the event loop itself (small batches, single-core machines)."""

    def __init__(self, *, settings: Settings, backend: Traits) -> None:
        self._kept = _Kept(settings, backend)

    async def prepare(self, key: str, text: str, *, published: dt.date | None) -> DraftRequest:
        return self._kept.prepare(key, text, published)

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> str:
        return self._kept.finish(key, result, timings)

    def forget(self, key: str) -> None:
        self._kept.forget(key)

    def close(self) -> None:
        return None


# The worker process's state, set by its initializer.
_worker: _Kept | None = None


def _start(settings: Settings, traits: BackendTraits, parent: int) -> None:
    global _worker
    _worker = _Kept(settings, traits)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker when the batch's process is gone (a kill -9 gives it no chance to
    shut us down, and a worker blocked on its queue would wait forever)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _prepare(key: str, text: str, published: dt.date | None) -> DraftRequest:
    assert _worker is not None
    return _worker.prepare(key, text, published)


def _finish(key: str, result: DraftResult, timings: dict[str, float]) -> str:
    assert _worker is not None
    return _worker.finish(key, result, timings)


def _forget(key: str) -> None:
    assert _worker is not None
    _worker.forget(key)


def _ready() -> None:
    return None


class WorkerStages:
    """The steps in `count` worker processes, each article pinned to the least busy one."""

    def __init__(self, *, settings: Settings, backend: Traits, count: int) -> None:
        # Spawned, not forked: the parent runs an event loop and a ledger thread. The API key
        # stays here: workers never call the model.
        context = multiprocessing.get_context("spawn")
        safe = settings.model_copy(update={"api_key": None})
        traits = BackendTraits.of(backend)
        self._pools = [
            ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=_start,
                initargs=(safe, traits, os.getpid()),
            )
            for _ in range(count)
        ]
        self._busy = [0] * count
        self._home: dict[str, int] = {}
        for pool in self._pools:  # start them now, while the batch reads its input
            pool.submit(_ready)

    async def _call(self, index: int, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        self._busy[index] += 1
        try:
            return await loop.run_in_executor(self._pools[index], fn, *args)
        except BrokenProcessPool:
            raise WorkerError(
                "a pipeline worker process died (killed or out of memory); "
                "the items in flight are not recorded: rerun the batch to resume"
            ) from None
        finally:
            self._busy[index] -= 1

    async def prepare(self, key: str, text: str, *, published: dt.date | None) -> DraftRequest:
        index = min(range(len(self._pools)), key=self._busy.__getitem__)
        self._home[key] = index
        return await self._call(index, _prepare, key, text, published)

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> str:
        if type(result.draft) is not Draft:  # a class made per request does not pickle
            result = replace(result, draft=Draft.model_construct(**dict(result.draft)))
        return await self._call(self._home.pop(key), _finish, key, result, timings)

    def forget(self, key: str) -> None:
        index = self._home.pop(key, None)
        if index is not None:
            future: Future[None] = self._pools[index].submit(_forget, key)
            future.add_done_callback(lambda f: f.exception())  # a dead worker forgets anyway

    def close(self) -> None:
        for pool in self._pools:
            pool.shutdown(wait=True, cancel_futures=True)
