"""Batch processing: many articles, concurrently, resumable, every input accounted for once."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import DraftCache, cache_key, default_cache_dir
    from .dispatch import run_batch
    from .inputs import Item, read_items
    from .ledger import Ledger, errors_path_for
    from .limiter import AdaptiveLimiter
    from .ray_data import summarise_dataset
    from .runner import BatchJob, error_code
    from .tally import Tally

# Imported on first use: `summarise --help` and `summarise run` need none of it (the runner
# brings the openai SDK), and summarise_dataset needs Ray (the `ray` extra).
_MODULES: dict[str, tuple[str, ...]] = {
    ".cache": ("DraftCache", "cache_key", "default_cache_dir"),
    ".dispatch": ("run_batch",),
    ".inputs": ("Item", "read_items"),
    ".ledger": ("Ledger", "errors_path_for"),
    ".limiter": ("AdaptiveLimiter",),
    ".ray_data": ("summarise_dataset",),
    ".runner": ("BatchJob", "error_code"),
    ".tally": ("Tally",),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

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
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    if name != "summarise_dataset":  # that one stays a lookup (Ray may be installed later)
        globals()[name] = value
    return value
