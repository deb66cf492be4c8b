"""Batch processing: many articles, concurrently, resumable, every input accounted for once."""

from __future__ import annotations

from .cache import DraftCache, cache_key, default_cache_dir
from .inputs import Item, read_items
from .ledger import Ledger, errors_path_for
from .limiter import AdaptiveLimiter
from .runner import BatchJob, error_code, run_batch
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
]
