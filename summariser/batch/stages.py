"""The pipeline's CPU-bound steps of a batch item, in the event loop or in worker processes.

Before the model: extract a web page's main text, validate, analyse and render (`prepare`);
after it: ground and check (`finish`). They take ~4 ms of CPU per 600-word article (pure
Python; ~0.6 ms less with the engines compiled; a web page's extraction adds 7-11 ms); in the
event loop that CPU caps a batch at roughly 1 / (4 ms + the client's ~4 ms) whatever the
concurrency, so on a machine with spare cores the steps run in worker processes and the loop
only talks to the model.

An article's two steps run in the same worker, which keeps its analysis in between, so little
crosses between processes: the text (or page) in and the rendered request out; the draft in
and the summary's JSON out.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple, Protocol

from ..analysis import Analysis
from ..backends.base import BackendTraits, DraftRequest, DraftResult, Traits
from ..document import Document, Page
from ..drafts import Draft
from ..errors import ConfigurationError
from ..html_text import extract_page
from ..pipeline import finish, prepare
from ..settings import Settings
from .collector import tune_for_batch
from .workers import Worker

logger = logging.getLogger(__name__)

# Below this many items the workers' start-up (~0.7 s each) costs more than they save.
WORKERS_FROM_ITEMS = 100


def auto_workers(items: int) -> int:
    """Worker processes for a batch of this size: one core for the event loop, the rest
    (up to 4) for the pipeline; none for small batches, on a single core or on Windows."""
    if items < WORKERS_FROM_ITEMS or sys.platform == "win32":
        return 0
    return max(0, min((os.cpu_count() or 1) - 1, 4))


class Finished(NamedTuple):
    """One article's summary as JSON, and the codes of its notices (counted by the batch)."""

    json: str
    notices: tuple[str, ...]


class Stages(Protocol):
    """Where a batch runs the pipeline's steps around the model call."""

    async def prepare(
        self, key: str, source: Document | Page, *, published: dt.date | None
    ) -> DraftRequest:
        """Extract, validate, analyse and render one article (kept under `key` until
        finish/forget)."""

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> Finished:
        """The grounded, checked summary of the article under `key`."""

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

    def prepare(self, key: str, source: Document | Page, published: dt.date | None) -> DraftRequest:
        config = self.settings
        if published is not None:
            config = config.model_copy(update={"published": published})
        document = extract_page(source, name=key) if isinstance(source, Page) else source
        analysis, request = prepare(document, settings=config, backend=self.backend)
        self.analyses[key] = (analysis, config)
        return request

    def finish(self, key: str, result: DraftResult, timings: dict[str, float]) -> Finished:
        analysis, config = self.analyses.pop(key)
        summary = finish(analysis, result, backend=self.backend, settings=config, timings=timings)
        return Finished(summary.model_dump_json(), tuple(n.code for n in summary.metadata.notices))

    def forget(self, key: str) -> None:
        self.analyses.pop(key, None)


class InlineStages:
    """The steps in the event loop itself (small batches, single-core machines)."""

    def __init__(self, *, settings: Settings, backend: Traits) -> None:
        self._kept = _Kept(settings, backend)

    async def prepare(
        self, key: str, source: Document | Page, *, published: dt.date | None
    ) -> DraftRequest:
        return self._kept.prepare(key, source, published)

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> Finished:
        return self._kept.finish(key, result, timings)

    def forget(self, key: str) -> None:
        self._kept.forget(key)

    def close(self) -> None:
        return None


def _setup(settings: Settings, traits: BackendTraits) -> dict[str, Callable[..., Any]]:
    """A worker process's steps (run once in the worker)."""
    kept = _Kept(settings, traits)
    tune_for_batch()  # this process only runs batch items
    return {"prepare": kept.prepare, "finish": kept.finish, "forget": kept.forget}


class WorkerStages:
    """The steps in `count` worker processes, each article pinned to the least busy one."""

    def __init__(self, *, settings: Settings, backend: Traits, count: int) -> None:
        if sys.platform == "win32":
            raise ConfigurationError("--workers needs a POSIX system; use --workers 0")
        # Spawned, not forked: the parent runs an event loop and a ledger thread. The API key
        # stays here: workers never call the model.
        context = multiprocessing.get_context("spawn")
        safe = settings.model_copy(update={"api_key": None})
        args = (safe, BackendTraits.of(backend))
        self._workers = [Worker(context, setup=_setup, args=args) for _ in range(count)]
        self._home: dict[str, Worker] = {}

    async def prepare(
        self, key: str, source: Document | Page, *, published: dt.date | None
    ) -> DraftRequest:
        worker = min(self._workers, key=lambda w: w.load)
        self._home[key] = worker
        request = await worker.call("prepare", key, source, published)
        assert isinstance(request, DraftRequest)
        return request

    async def finish(self, key: str, result: DraftResult, *, timings: dict[str, float]) -> Finished:
        if type(result.draft) is not Draft:  # a class made per request does not pickle
            result = replace(result, draft=Draft.model_construct(**dict(result.draft)))
        finished = await self._home.pop(key).call("finish", key, result, timings)
        assert isinstance(finished, Finished)
        return finished

    def forget(self, key: str) -> None:
        worker = self._home.pop(key, None)
        if worker is not None:
            worker.send("forget", key)

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
