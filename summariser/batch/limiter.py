"""How many model calls may be in flight: bounded, probing first, and backing off on 429s.

A backend that gates its own HTTP requests (the OpenAI-compatible one) holds a slot for each
request only, not for the CPU-bound work of building it and validating the answer, so the
server sees up to `concurrency` requests at all times; other backends hold one per call.

AIMD, as TCP does it: each 429 halves the limit (at most once per cooldown, since one burst
of 429s is one signal) and pauses new calls for the server's Retry-After; every `limit`
successes add one back, up to the configured concurrency. The first call runs alone (a probe),
so a bad key or a wrong URL costs one request, not one per worker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import openai

logger = logging.getLogger(__name__)


class AdaptiveLimiter:
    """An asyncio limiter on calls in flight whose limit adapts to the server's 429s."""

    def __init__(
        self,
        maximum: int,
        *,
        minimum: int = 1,
        cooldown: float = 1.0,
        probe: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if maximum < 1 or not 1 <= minimum <= maximum:
            raise ValueError("need 1 <= minimum <= maximum")
        self.maximum = maximum
        self.minimum = minimum
        self.cooldown = cooldown
        self.probing = probe
        self.limit = 1 if probe else maximum
        self.in_flight = 0
        self.rate_limited_count = 0
        self.lowest = maximum  # the smallest limit 429s drove it down to
        self._clock = clock
        self._resume_at = 0.0
        self._last_decrease = -float("inf")
        self._successes = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._probe_lock = asyncio.Lock()
        self.closed = False

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the `limit` places for the duration of a model call (or of one HTTP
        request, for a backend that gates its requests itself)."""
        await self.acquire()
        try:
            yield
        finally:
            self.release()

    @asynccontextmanager
    async def alone_while_probing(self) -> AsyncIterator[None]:
        """Around a whole call whose HTTP requests each hold a `slot` (the backend gates them):
        while the limiter probes, calls run one at a time, so a refused key costs one request
        and a failure is handled before the next call starts; afterwards calls go at once and
        only their requests wait for slots."""
        if not self.probing:
            yield
            return
        await self._probe_lock.acquire()
        if not self.probing:  # the probe succeeded while we waited: go at once
            self._probe_lock.release()
            yield
            return
        try:
            yield
        finally:
            self._probe_lock.release()

    async def acquire(self) -> None:
        """Take a place (wait for one); give it back with release()."""
        loop = asyncio.get_running_loop()
        while True:
            pause = self._resume_at - self._clock()
            if pause > 0:  # the server asked everyone to wait
                await asyncio.sleep(pause)
                continue
            if self.in_flight < self.limit and not self.closed:
                self.in_flight += 1
                return
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                self._wake()  # pass on a wake-up we may have been given
                raise

    def release(self) -> None:
        """Give back a place taken with acquire()."""
        self.in_flight -= 1
        self._wake()

    def close(self) -> None:
        """Admit no one any more (the batch is stopping); waiters wait until cancelled."""
        self.closed = True

    def _wake(self) -> None:
        if self.closed:
            return
        free = self.limit - self.in_flight
        while free > 0 and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                free -= 1

    def succeeded(self) -> None:
        """A call got an answer from the model (valid or not): the server is healthy."""
        if self.probing:
            self.probing = False
            self.limit = self.maximum
        else:
            self._successes += 1
            if self._successes >= self.limit and self.limit < self.maximum:
                self.limit += 1
                self._successes = 0
        self._wake()

    def rate_limited(self, delay: float) -> None:
        """A 429: pause new calls for `delay` seconds and halve the limit (once per cooldown)."""
        now = self._clock()
        self.rate_limited_count += 1
        self._resume_at = max(self._resume_at, now + max(delay, 0.0))
        # While probing the limit is 1 already: such a 429 must not use up the cooldown, or
        # the next burst of 429s after the probe would leave the limit where it is.
        if self.probing or now - self._last_decrease < self.cooldown:
            return
        self._last_decrease = now
        self._successes = 0
        self.limit = max(self.minimum, self.limit // 2)
        self.lowest = min(self.lowest, self.limit)
        logger.info("rate limited: %d calls in flight at most now", self.limit)

    def observe(self, exc: BaseException | None, delay: float) -> None:
        """A backend's retry observer: learns about 429s from the retry loop."""
        if isinstance(exc, openai.APIStatusError) and exc.status_code == 429:
            self.rate_limited(delay)
