"""The garbage collector's settings while a batch runs.

CPython's cyclic collector starts a young-generation pass every 700 net allocations and walks
every object that survived earlier passes: the imported modules' hundreds of thousands of
objects and each article's analysis while it waits for the model. A 600-word article allocates
tens of thousands of objects, so the default settings spend about a fifth of the pipeline's CPU
walking objects that are not garbage (`python benchmarks/batch.py` prints both figures).
Freezing what exists when the batch starts and collecting less often removes nearly all of it;
a batch's own cycles are few and still collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Young passes every 10,000 net allocations instead of 700 (a few per article, not dozens).
BATCH_THRESHOLDS = (10_000, 10, 10)


def tune_for_batch() -> None:
    """Settings for a process that only runs batch items (a worker): for its whole life."""
    gc.collect()  # freeze what is alive, not garbage
    gc.freeze()
    gc.set_threshold(*BATCH_THRESHOLDS)


@contextmanager
def batch_collector() -> Iterator[None]:
    """The batch settings for a while, in a process that goes on afterwards: restored after."""
    before = gc.get_threshold()
    tune_for_batch()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()  # back into the oldest generation: collectable again
