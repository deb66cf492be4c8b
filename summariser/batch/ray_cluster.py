"""The Ray side of a batch that is not about articles: connecting, and one cluster-wide limit.

Imported only when a batch runs on Ray (the `ray` extra). `connected()` joins the cluster at
$RAY_ADDRESS, or starts a local Ray for the run when none is set, keeping Ray's start-up and
worker messages off the terminal unless this library's logging is at INFO (`-v`).

The limit on requests in flight is one AdaptiveLimiter living in one actor: every worker takes
and gives back its places there, so `concurrency` bounds the whole cluster's requests, and a
429 seen by any worker halves the limit and pauses everyone.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import openai

from ..errors import ConfigurationError
from .limiter import AdaptiveLimiter

try:
    import ray
except ImportError:  # pragma: no cover - checked by require_ray()
    ray = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

EXTRA = "pip install 'summariser[ray]'"


def require_ray() -> Any:
    """The ray module, or a ConfigurationError that says which extra to install."""
    if ray is None:
        raise ConfigurationError(f"--engine ray needs the 'ray' extra: {EXTRA}")
    return ray


@contextmanager
def connected() -> Iterator[bool]:
    """Ray for the duration of the block: the one already initialised in this process (left
    running), else the cluster at $RAY_ADDRESS or a local one (shut down afterwards). Yields
    whether this block started the connection."""
    module = require_ray()
    if module.is_initialized():
        yield False
        return
    verbose = logger.isEnabledFor(logging.INFO)
    address = os.environ.get("RAY_ADDRESS") or None
    # Ray gives its "ray" logger a stderr handler of its own when imported; without -v only
    # its errors may print while we run it (its start-up notices are not the user's concern).
    ray_logger = logging.getLogger("ray")
    level = ray_logger.level
    if not verbose:
        ray_logger.setLevel(logging.ERROR)
    try:
        try:
            module.init(
                address=address,
                include_dashboard=False,  # a web server per run: not what a batch asked for
                log_to_driver=verbose,  # workers' output stays in Ray's log files unless -v
                configure_logging=False,  # no more handlers than Ray's import already set
                logging_level=logging.INFO if verbose else logging.ERROR,
            )
        except ConnectionError as exc:
            raise ConfigurationError(f"cannot reach the Ray cluster at {address}: {exc}") from None
        try:
            yield True
        finally:
            module.shutdown()
    finally:
        ray_logger.setLevel(level)


class LimiterActor:
    """An AdaptiveLimiter for a whole cluster (run as a Ray async actor)."""

    def __init__(self, maximum: int) -> None:
        self.limiter = AdaptiveLimiter(maximum)
        self._probe: asyncio.Lock | None = None  # made in the actor's event loop

    async def acquire(self) -> None:
        await self.limiter.acquire()

    def release(self) -> None:
        self.limiter.release()

    async def probe(self) -> bool:
        """Wait to be the one caller whose whole call runs alone while the limiter probes;
        False when probing is over (go at once, no probe_done() needed)."""
        if not self.limiter.probing:
            return False
        if self._probe is None:
            self._probe = asyncio.Lock()
        await self._probe.acquire()
        if not self.limiter.probing:
            self._probe.release()
            return False
        return True

    def probe_done(self) -> None:
        assert self._probe is not None, "probe_done() without a probe"
        self._probe.release()

    def succeeded(self) -> None:
        self.limiter.succeeded()

    def rate_limited(self, delay: float) -> None:
        self.limiter.rate_limited(delay)

    def close(self) -> None:
        self.limiter.close()

    def stats(self) -> tuple[int, int]:
        """429s seen, and the lowest limit they drove it to."""
        return self.limiter.rate_limited_count, self.limiter.lowest


def start_limiter(maximum: int) -> Any:
    """A new limiter actor (needs no CPU of its own; many calls wait in it at once)."""
    actor = require_ray().remote(num_cpus=0, max_concurrency=10_000)(LimiterActor)
    return actor.remote(maximum)


class ClusterLimiter:
    """A worker's view of the limiter actor, with the methods the batch runner calls on an
    AdaptiveLimiter, so the runner's per-item code runs unchanged on a Ray worker."""

    def __init__(self, actor: Any) -> None:
        self._actor = actor
        self.probing = True  # until this worker learns otherwise
        self._closing: Any = None
        self.rate_limited_count = 0  # the driver reads the real figures from the actor
        self.lowest = 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self._actor.acquire.remote()
        try:
            yield
        finally:
            await self._settled()
            self._actor.release.remote()

    @asynccontextmanager
    async def alone_while_probing(self) -> AsyncIterator[None]:
        if not self.probing or not await self._actor.probe.remote():
            self.probing = False
            yield
            return
        try:
            yield
        finally:
            await self._settled()
            await self._actor.probe_done.remote()

    async def _settled(self) -> None:
        """A close() from this worker reaches the actor before our place is given back (an
        async actor does not promise to run one caller's calls in order)."""
        if self._closing is not None:
            await self._closing

    def close(self) -> None:
        self._closing = self._actor.close.remote()

    def succeeded(self) -> None:
        self.probing = False
        self._actor.succeeded.remote()

    def observe(self, exc: BaseException | None, delay: float) -> None:
        """The backend's retry observer: a 429 slows the whole cluster down."""
        if isinstance(exc, openai.APIStatusError) and exc.status_code == 429:
            self._actor.rate_limited.remote(delay)
