"""Batch processing: many articles, concurrently, resumable, every input accounted for once."""

from __future__ import annotations

from typing import Any

from .cache import DraftCache, cache_key, default_cache_dir
from .dispatch import run_batch
from .inputs import Item, read_items
from .ledger import Ledger, errors_path_for
from .limiter import AdaptiveLimiter
from .runner import BatchJob, error_code
from .tally import Tally

__all__ = [
    "AdaptiveLimiter",
    "BatchJob",
    "DraftCache",
    "Item",
    "Ledger",
    "Tally",
    "cache_key",
    "default_cache_dir",
    "error_code",
    "errors_path_for",
    "read_items",
    "run_batch",
    "summarise_dataset",
]


def __getattr__(name: str) -> Any:
    """summarise_dataset, imported on first use: it needs Ray (the `ray` extra)."""
    if name == "summarise_dataset":
        from .ray_data import summarise_dataset

        return summarise_dataset
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
