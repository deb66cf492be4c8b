"""Summaries as a Ray Data transform, for users whose articles already are a `ray.data.Dataset`.

Each row of the input (columns `id`, `text`, optionally `published`, `title`, `url`) becomes one
row of the output: `id`, `summary` (the Summary as JSON text, or None) and `error` (the
errors-file record as JSON text, or None). The work is `summarise batch --engine ray`'s: the
same ItemRunner per actor (validation, analysis, cache, model call, grounding, check) and the
same cluster-wide limit on requests in flight. What a dataset has no place for stays with the
caller: writing results whole, resuming, reporting duplicate ids. A refused key or a
configuration that cannot work fails the dataset's execution with that error.
"""

from __future__ import annotations

import asyncio
import json
import math
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..settings import Settings
from .cache import DraftCache
from .inputs import Item, item_from_row
from .ledger import encode
from .ray_cluster import require_ray, start_limiter
from .ray_engine import ItemRunner, _error
from .runner import ITEMS_PER_CALL, BatchJob, failure_record

COLUMNS = ("id", "summary", "error")


def summarise_dataset(
    dataset: Any,
    *,
    settings: Settings,
    concurrency: int = 8,
    workers: int = 2,
    cache: DraftCache | None = None,
) -> Any:
    """A lazy Dataset of summaries of `dataset`'s articles (one row each, same ids), made by
    `workers` actors with at most `concurrency` model requests in flight across all of them."""
    ray = require_ray()
    if concurrency < 1 or workers < 1:
        raise ConfigurationError("concurrency and workers must be at least 1")
    # The job's paths are not used: the caller holds the results.
    job = BatchJob(Path("-"), Path("-"), concurrency=concurrency, cache=cache, engine="ray")
    resolved = settings.model_copy(update={"api_key": settings.resolved_api_key()})
    per_worker = math.ceil(ITEMS_PER_CALL * concurrency / workers)
    limiter = start_limiter(concurrency)
    return dataset.map_batches(
        _Summarise,
        fn_constructor_kwargs={"job": job, "settings": resolved, "limiter": limiter},
        batch_size=max(1, min(64, per_worker // 2)),  # two batches at a time per actor
        batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )


class _Summarise:
    """Ray Data's callable class: a batch of rows in, their summaries or errors out."""

    def __init__(self, job: BatchJob, settings: Settings, limiter: Any) -> None:
        self.runner = ItemRunner(job, settings, limiter)

    async def __call__(self, batch: Any) -> Any:
        import pandas

        rows = batch.to_dict("records")
        results = await asyncio.gather(*(self._one(n, row) for n, row in enumerate(rows)))
        return pandas.DataFrame(results, columns=list(COLUMNS))

    async def _one(self, number: int, row: dict[str, Any]) -> dict[str, Any]:
        clean = {k: v for k, v in row.items() if k in ("id", "text", "published", "title", "url")}
        clean = {k: (None if _missing(v) else v) for k, v in clean.items()}
        if isinstance(clean.get("id"), float) and float(clean["id"]).is_integer():
            clean["id"] = int(clean["id"])
        item = item_from_row(clean, where=f"row {clean.get('id')!r}", fallback=f"row:{number}")
        if item.error is not None:
            return _row(item, "errors", encode(failure_record(item, item.error)))
        answer = await self.runner.summarise(item)
        if answer["stop"] is not None:
            raise _error(*answer["stop"])
        return _row(item, answer["kind"], answer["line"])


def _missing(value: Any) -> bool:
    """pandas' stand-ins for an absent value (NaN, NaT, None)."""
    try:
        return bool(value != value) or value is None
    except (TypeError, ValueError):
        return False


def _row(item: Item, kind: str, line: bytes) -> dict[str, Any]:
    record = json.loads(line)
    if kind == "output":
        return {"id": item.id, "summary": json.dumps(record["summary"]), "error": None}
    return {"id": item.id, "summary": None, "error": line.decode("utf-8").rstrip("\n")}
